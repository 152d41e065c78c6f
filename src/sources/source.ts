/** What every provider implements: read the inventory, metadata only. */
import type { Inventory } from '../audit/inventory.js'
import { FatalError } from '../errors.js'

export interface SourceOptions {
  /** Audited environment slugs in column order; undefined = every environment the project has. */
  environments?: string[]
  /** Undefined: the source's own default (`/` for a vault, the file's prefix for a file). */
  pathPrefix?: string
  /** Expiry companion suffix: the only keys whose values a source may read. */
  companionSuffix: string
}

export interface Source {
  read(options: SourceOptions): Promise<Inventory>
  /** Release what read() acquired (the Infisical token); may run while the audit does. Never throws. */
  close?(): Promise<void>
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
