/**
 * Reading columns: each store the columns name is created once and asked for
 * its locations (stores in parallel); the answers are put in column order,
 * each environment renamed to its column.
 */
import type { EnvironmentInventory, Inventory } from '../audit/inventory.js'
import type { Ports } from '../ports.js'
import type { Column, Source, SourceOptions, Store } from './source.js'

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
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) {
    await close()
    throw failed.reason
  }
  const parts = results.map((r) => (r as PromiseFulfilledResult<{ kind: string; inventory: Inventory }>).value)
  return { inventory: mergeColumns(parts, plan.columns), close }
}

/** The stores' answers as one inventory in column order; an environment's slug becomes its column's name. */
export function mergeColumns(parts: { kind: string; inventory: Inventory }[], columns: Column[] | undefined): Inventory {
  const first = parts[0]!.inventory
  if (!columns) return first
  const byKind = new Map(parts.map((p) => [p.kind, p.inventory]))
  const environments = columns.map((column): EnvironmentInventory => {
    const env = byKind.get(column.kind)?.environments.find((e) => e.slug === column.location)
    if (!env) throw new Error(`the ${column.kind} store gave no answer for ${column.location}`)
    return { ...env, slug: column.name, ...(column.spec ? { location: column.spec } : {}) }
  })
  return {
    source: first.source,
    ...(parts.length > 1 ? { sources: parts.map((p) => p.inventory.source) } : {}),
    pathPrefix: first.pathPrefix,
    environments,
  }
}
