/**
 * One store contract and one reading routine. A store kind is its option
 * rows, its settings, a location parsed once into a typed value, the
 * credentials to mask and a lazily opened client that lists one location;
 * its failures are typed at its edge. The routine does the rest, the same for
 * every store: the prefix, the locations in parallel, and — through one table —
 * which failure stops the run and which leaves a column unreadable.
 */
import { normalizePath, type Inventory, type ReadableEnvironment, type SourceInfo } from '../audit/inventory.js'
import { FatalError } from '../core/errors.js'
import { eachConcurrently } from '../net/pool.js'
import type { OptionReader, OptionTable } from '../options.js'
import type { Ports } from '../core/ports.js'
import type { NetworkSettings, Provider, Source, SourceOptions, SourceSpec, StoreRef, Throttling } from './source.js'

/** What a failure at a store's edge is, whatever the store's own words for it. */
export type FailureKind = 'auth' | 'unreachable' | 'denied' | 'not-found' | 'throttled' | 'sealed' | 'failed'

/** A store's failure, typed; its message is fixed words (never the server's text). */
export class StoreFailure extends Error {
  override name = 'StoreFailure'
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message)
  }
}

/** The one table: a failure stops the run (exit 1) or leaves its column unreadable (exit 2). */
export const ON_FAILURE: Record<FailureKind, 'stop' | 'unreadable'> = {
  // No column can be read: the credentials are refused or missing.
  auth: 'stop',
  // The store does not answer at all (no route, no network, no region).
  unreachable: 'stop',
  // It answers but can read nothing (a sealed Vault).
  sealed: 'stop',
  // The location names no project, mount or engine: the configuration is wrong, not the store.
  'not-found': 'stop',
  // This column only: the identity may not list it.
  denied: 'unreadable',
  // The run's deadline came while the store's quota paced it.
  throttled: 'unreadable',
  // Anything else that broke one column's listing.
  failed: 'unreadable',
}

/** One location's listing: a readable environment without the slug the routine gives it. */
export type Listing = Omit<ReadableEnvironment, 'slug' | 'status'>

export interface ListContext {
  /** Normalized (`/`, `/app`). */
  prefix: string
  now: Date
  /** Expiry companion suffix: the only keys whose values a store may read. */
  companionSuffix: string
}

/** An open store: what the routine asks of it. Every method throws StoreFailure for a failure it knows. */
export interface StoreClient<L> {
  /** Before any listing (log in, check the token, bind regions); also says where the run reads. */
  connect?(locations: L[]): Promise<void>
  /** Every location the store has, when no column names one (the `--source` store alone). */
  locations?(): Promise<L[]>
  /** What the report names as the store, once connected. */
  describe(locations: L[]): SourceInfo
  /** A location's display name, when the store has one (an Infisical environment's `Staging`). */
  nameOf?(location: L): string | undefined
  list(location: L, context: ListContext): Promise<Listing>
  /** How many listings run at once (default: all); a store whose listings are large lists fewer. */
  listConcurrency?: number
  /** After every listing: what the listings left open (imports, folder checks); may change the environments. */
  complete?(inventory: Inventory, context: ListContext): Promise<void>
  throttling?(): Throttling[]
  /** Releases what connect() acquired (a token); never throws. */
  close?(): Promise<void>
}

/** A store kind, as its own folder declares it. */
export interface StoreKind<S, L> {
  kind: string
  /** How a column names it in help and errors: `vault:MOUNT/PATH`. */
  usage: string
  /** Absent: the kind is only ever a column (`NAME=KIND:LOCATION`). */
  source?: SourceSpec
  options: OptionTable
  /** Where a run audits when no prefix is configured. */
  defaultPathPrefix?: string
  /** The store holds what workflows read as `${{ secrets.X }}`: the contract holds those reads against its columns only. */
  workflowSecrets?: true
  /** The store says when each secret was last read (AWS Secrets Manager): the usage signal of unused candidates. */
  tracksAccess?: true
  settings(reader: OptionReader, specLocation: string | undefined, network: NetworkSettings): S
  /** A column's location parsed, or what was expected instead (a message fragment). */
  location(text: string): { location: L } | { expected: string }
  /** The location as text: the column's slug in the answer, and its name in messages. */
  format(location: L): string
  credentials(settings: S): string[]
  /** Loads the store's code (and any SDK) only when a run reads it. */
  open(settings: S, ports: Ports): Promise<StoreClient<L>>
  /**
   * Where a secret that a manifest names (an ExternalSecret's remote key) sits among a column's rows, the way the
   * listing places it; undefined when it is not under this location. `prefix`: the audit's path prefix.
   */
  identityOf?(location: L, ref: StoreRef, prefix: string): { path: string; key: string } | undefined
}

/** A store kind as the registry holds it: its types stay inside. */
export function defineStore<S, L>(store: StoreKind<S, L>): Provider {
  return {
    kind: store.kind,
    usage: store.usage,
    ...(store.source ? { source: store.source } : {}),
    options: store.options,
    ...(store.defaultPathPrefix !== undefined ? { defaultPathPrefix: store.defaultPathPrefix } : {}),
    location: (text) => {
      const parsed = store.location(text)
      return 'expected' in parsed ? parsed : { location: store.format(parsed.location) }
    },
    bind: (reader, specLocation, network) => {
      const settings = store.settings(reader, specLocation, network)
      return {
        kind: store.kind,
        credentials: store.credentials(settings),
        ...(store.defaultPathPrefix !== undefined ? { defaultPathPrefix: store.defaultPathPrefix } : {}),
        // Opened here, one store after another: each loads its code before any reads.
        create: async (ports) => storeSource(store, settings, ports, await store.open(settings, ports)),
        ...(store.identityOf
          ? {
              identityOf: (text: string, ref: StoreRef, prefix: string) => {
                const parsed = store.location(text)
                return 'expected' in parsed ? undefined : store.identityOf!(parsed.location, ref, prefix)
              },
            }
          : {}),
      }
    },
  }
}

/** A failure the routine maps: a StoreFailure by the table; a FatalError as it is; anything else is a bug. */
function failure(err: unknown): StoreFailure | FatalError {
  if (err instanceof StoreFailure || err instanceof FatalError) return err
  throw err
}

const stop = (err: StoreFailure | FatalError): FatalError => (err instanceof FatalError ? err : new FatalError(err.message))

/** Every location of the store, for a run whose columns name none. */
async function every<L>(client: StoreClient<L>): Promise<L[]> {
  if (!client.locations) throw new FatalError('columns name their location (NAME=KIND:LOCATION)')
  try {
    return await client.locations()
  } catch (err) {
    throw stop(failure(err))
  }
}

/** The one reading routine: connect, list each location, and decide each failure by the table. */
export function storeSource<S, L>(store: StoreKind<S, L>, settings: S, ports: Ports, opened?: StoreClient<L>): Source {
  let client = opened
  return {
    async read(options: SourceOptions) {
      // The locations were checked when the columns were: a failure here is a bug, not input.
      const given = options.locations?.map((text) => {
        const parsed = store.location(text)
        if ('expected' in parsed) throw new Error(`${store.kind}: ${text} is not a location`)
        return parsed.location
      })
      const open = (client ??= await store.open(settings, ports))
      try {
        await open.connect?.(given ?? [])
      } catch (err) {
        throw stop(failure(err))
      }
      const locations = given ?? (await every(open))
      const context = { prefix: normalizePath(options.pathPrefix ?? '/'), now: options.now, companionSuffix: options.companionSuffix }
      const environments: Inventory['environments'] = new Array(locations.length)
      await eachConcurrently([...locations.keys()], open.listConcurrency ?? locations.length, async (i) => {
        const location = locations[i]!
        const slug = store.format(location)
        const holds = { ...(store.workflowSecrets ? { workflowSecrets: true as const } : {}), ...(store.tracksAccess ? { tracksAccess: true as const } : {}) }
        try {
          environments[i] = { slug, ...holds, status: 'ok', ...(await open.list(location, context)) }
        } catch (err) {
          const failed = failure(err)
          if (failed instanceof FatalError || ON_FAILURE[failed.kind] === 'stop') throw stop(failed)
          const name = open.nameOf?.(location)
          environments[i] = {
            slug,
            ...(store.workflowSecrets ? { workflowSecrets: true as const } : {}),
            ...(name ? { name } : {}),
            status: 'unreadable',
            reason: failed.message,
          }
        }
      })
      const inventory: Inventory = { source: open.describe(locations), pathPrefix: context.prefix, environments }
      try {
        await open.complete?.(inventory, context)
      } catch (err) {
        throw stop(failure(err))
      }
      return inventory
    },
    throttling: () => client?.throttling?.() ?? [],
    close: async () => client?.close?.(),
  }
}
