/**
 * Reading columns: each store the columns name is created once and asked for
 * its locations (stores in parallel); the answers are put in column order,
 * each environment renamed to its column.
 */
import type { ContractInventory, EnvironmentInventory, Inventory } from '../audit/inventory.js'
import type { Ports } from '../core/ports.js'
import { plural } from '../render/plural.js'
import type { Column, Source, SourceOptions, Store, Throttling } from './source.js'

export interface ColumnPlan {
  /** One per kind, in the order the columns first name them. */
  stores: Store[]
  /** Undefined: every environment of the one store. */
  columns?: Column[]
}

export interface ReadColumns {
  inventory: Inventory
  /** Release what the reads acquired (tokens); never throws. */
  close(): Promise<void>
}

export async function readColumns(plan: ColumnPlan, options: Omit<SourceOptions, 'locations'>, ports: Ports): Promise<ReadColumns> {
  const sources: Source[] = []
  const close = async () => {
    await Promise.all(sources.map((s) => s.close?.()))
  }
  // Created one after another (each loads its code), then read in parallel. Settled, not raced:
  // a store still logging in when another fails must finish before close() revokes.
  for (const store of plan.stores) sources.push(await store.create(ports))
  const results = await Promise.allSettled(
    plan.stores.map(async (store, i) => {
      const source = sources[i]!
      const locations = plan.columns ? [...new Set(plan.columns.filter((c) => c.kind === store.kind).map((c) => c.location))] : undefined
      return { kind: store.kind, inventory: await source.read({ ...options, ...(locations ? { locations } : {}) }) }
    }),
  )
  plan.stores.forEach((store, i) => logThrottling(store.kind, sources[i]!, ports))
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) {
    await close()
    throw failed.reason
  }
  const parts = results.map((r) => (r as PromiseFulfilledResult<{ kind: string; inventory: Inventory }>).value)
  const inventory = mergeColumns(parts, plan.columns)
  // Manifests' remote keys are placed once every store column is read: each store places a name as it lists it.
  if (plan.columns && inventory.contracts?.some((c) => c.references)) {
    const { placeReferences } = await import('./k8s/place.js')
    placeReferences(inventory, plan.columns, plan.stores)
  }
  return { inventory, close }
}

/**
 * The stores' answers as one inventory in column order; an environment's slug
 * becomes its column's name. Contract columns go to `contracts`, apart from the
 * store columns (and from `source`, which names stores).
 */
export function mergeColumns(parts: { kind: string; inventory: Inventory }[], columns: Column[] | undefined): Inventory {
  const stores = parts.filter((p) => !p.inventory.contracts)
  const first = (stores[0] ?? parts[0]!).inventory
  if (!columns) return first
  const byKind = new Map(parts.map((p) => [p.kind, p.inventory]))
  const environments: EnvironmentInventory[] = []
  const contracts: ContractInventory[] = []
  for (const column of columns) {
    const answer = byKind.get(column.kind)
    const named = { slug: column.name, ...(column.spec ? { location: column.spec } : {}) }
    const contract = answer?.contracts?.find((c) => c.slug === column.location)
    if (contract) {
      contracts.push({ ...contract, ...named })
      continue
    }
    const env = answer?.environments.find((e) => e.slug === column.location)
    if (!env) throw new Error(`the ${column.kind} store gave no answer for ${column.location}`)
    environments.push({ ...env, ...named })
  }
  return {
    source: first.source,
    ...(stores.length > 1 ? { sources: stores.map((p) => p.inventory.source) } : {}),
    pathPrefix: first.pathPrefix,
    environments,
    ...(contracts.length ? { contracts } : {}),
  }
}

/** Once per store: which host throttled it, how often, and what its pace cost in time. */
function logThrottling(kind: string, source: Source, ports: Ports): void {
  const hosts = source.throttling?.() ?? []
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  if (hosts.length === 1) {
    const [t] = hosts as [Throttling]
    ports.logger.info(`${kind}: ${t.host} throttled ${plural(t.throttles, 'request')} for its quota; pacing to it cost ${seconds(t.waitedMs)}`)
  } else if (hosts.length > 1) {
    const total = hosts.reduce((n, t) => n + t.throttles, 0)
    const each = hosts.map((t) => `${t.host}: ${t.throttles}, ${seconds(t.waitedMs)}`).join('; ')
    ports.logger.info(`${kind}: ${hosts.length} hosts throttled ${plural(total, 'request')} for their quotas; pacing to them cost ${each}`)
  }
}
