/** What every store implements, and how the registry knows a store: its provider. */
import type { Inventory } from '../audit/inventory.js'
import { FatalError } from '../core/errors.js'
import type { OptionReader, OptionTable } from '../options.js'
import type { Ports } from '../core/ports.js'

export interface SourceOptions {
  /**
   * The locations the columns name in this store, distinct, in column order
   * (Infisical: environment slugs; Vault: `MOUNT/PATH`); undefined = every
   * environment the store has. Each environment of the answer has its
   * location as its slug.
   */
  locations?: string[]
  /** Undefined: the source's own default (`/` for a vault, the file's prefix for a file). */
  pathPrefix?: string
  /** Expiry companion suffix: the only keys whose values a source may read. */
  companionSuffix: string
  /** The audit clock: a deletion scheduled before it has happened. */
  now: Date
}

/** A host that refused requests for its quota during a read. */
export interface Throttling {
  host: string
  /** Requests it refused. */
  throttles: number
  /** Time requests spent waiting for its pace (overlapping waits counted once). */
  waitedMs: number
}

export interface Source {
  read(options: SourceOptions): Promise<Inventory>
  /** The hosts that throttled this read, for one log line per store. */
  throttling?(): Throttling[]
  /** Release what read() acquired (a token); may run while the audit does. Never throws. */
  close?(): Promise<void>
}

/** Settings every network store shares. */
export interface NetworkSettings {
  /** One request attempt. */
  timeoutMs: number
  /** Upper bound on all retry waits together. */
  maxWaitMs: number
  /** The store's whole read — every attempt and every wait — ends within this. */
  runTimeoutMs: number
}

/** A column: `NAME=KIND:LOCATION`, or a bare `NAME` of the `--source` store. */
export interface Column {
  name: string
  kind: string
  /** Normalized by the provider; what SourceOptions.locations carries. */
  location: string
  /** As written (`vault:secret/prod`), for the report; absent for a bare name. */
  spec?: string
}

/** How a provider serves as `--source`, the store of bare environment names. */
export interface SourceSpec {
  /** `infisical`, `file:PATH`. */
  usage: string
  /** Whether the spec carries `:LOCATION` after the kind. */
  location: 'required' | 'none'
  /** The location a bare environment name reads (`file:PATH` and `prod` → `PATH#prod`). */
  bare(specLocation: string | undefined, name: string): string
}

/**
 * A kind as the registry holds it: its option rows, how a column names it,
 * and bind(), which builds its settings and returns the store a run uses. Made
 * by defineStore (./store.ts) for a store, by defineKind for a kind that reads
 * in its own way (an inventory file, contract columns); never by hand.
 */
export interface Provider {
  kind: string
  /** How a column names it in help and errors: `infisical:ENV`, `vault:MOUNT/PATH`. */
  usage: string
  /** Absent: the kind is only ever a column (`NAME=KIND:LOCATION`). */
  source?: SourceSpec
  /** A contract column (keys the repository declares or uses), held against the store columns. */
  contract?: true
  /** A column's LOCATION normalized, or what was expected instead (a message fragment); `column`: the column's name. */
  location(text: string, column: string): { location: string } | { expected: string }
  options: OptionTable
  /** Where a run audits when no prefix is configured; undefined: the source decides. */
  defaultPathPrefix?: string
  /** `specLocation`: the `--source` spec's location when this kind is the `--source`. */
  bind(reader: OptionReader, specLocation: string | undefined, network: NetworkSettings): Store
  /** The store columns a contract location is scoped to (`k8s:GLOB?env=prod`): checked against the columns. */
  scope?(location: string): string[] | undefined
}

/** A secret as a manifest names it in its store: the name, and the store's own qualifier (an Infisical environment, a Google project). */
export interface StoreRef {
  name: string
  scope?: string
}

/** A kind that reads in its own way: its own Source, not a store's listing. */
export interface OwnKind<S> extends Omit<Provider, 'bind'> {
  settings(reader: OptionReader, specLocation: string | undefined, network: NetworkSettings): S
  credentials(settings: S): string[]
  create(settings: S, ports: Ports): Promise<Source>
}

/** A kind bound to its settings: what Settings carries and run() uses. */
export interface Store {
  kind: string
  contract?: true
  credentials: string[]
  defaultPathPrefix?: string
  create(ports: Ports): Promise<Source>
  /** Where a secret a manifest names sits among the rows of a column at `location` (the store's own placing); undefined: not there. */
  identityOf?(location: string, ref: StoreRef, prefix: string): { path: string; key: string } | undefined
}

/** A kind that reads in its own way, as the registry holds it: its settings type stays inside. */
export function defineKind<S>(kind: OwnKind<S>): Provider {
  const { settings, credentials, create, ...rest } = kind
  return {
    ...rest,
    bind: (reader, specLocation, network) => {
      const bound = settings(reader, specLocation, network)
      return {
        kind: kind.kind,
        ...(kind.contract ? { contract: true as const } : {}),
        credentials: credentials(bound),
        ...(kind.defaultPathPrefix !== undefined ? { defaultPathPrefix: kind.defaultPathPrefix } : {}),
        create: (ports) => create(bound, ports),
      }
    },
  }
}

/** Pick the requested slugs in the requested order; an unknown slug is an error naming the valid ones. */
export function selectEnvironments<T extends { slug: string }>(available: T[], requested: string[] | undefined, where: string): T[] {
  if (!requested) return available
  const unknown = requested.filter((slug) => !available.some((e) => e.slug === slug))
  if (unknown.length > 0) {
    throw new FatalError(
      `Unknown environment ${unknown.map((s) => `"${s}"`).join(', ')} in ${where}; valid environments: ${available.map((e) => e.slug).join(', ')}`,
    )
  }
  return requested.map((slug) => available.find((e) => e.slug === slug)!)
}
