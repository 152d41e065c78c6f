/** Small builders for inventories in tests: the shapes the file source produces. */
import { expect } from '@jest/globals'
import type { EnvironmentInventory, Inventory, SecretMeta } from '../../src/audit/inventory.js'

export const secret = (path: string, key: string, version = 1, updatedAt = '2026-11-01T00:00:00Z', expiresAt?: string): SecretMeta => ({
  path,
  key,
  version,
  updatedAt,
  ...(expiresAt !== undefined ? { expiresAt } : {}),
})

export const env = (slug: string, secrets: SecretMeta[], missingFolders?: string[]): EnvironmentInventory => ({
  slug,
  status: 'ok',
  secrets,
  ...(missingFolders ? { missingFolders } : {}),
})

export const unreadable = (slug: string, reason = 'HTTP 503'): EnvironmentInventory => ({ slug, status: 'unreadable', reason })

export const inventory = (environments: EnvironmentInventory[], pathPrefix = '/MooseQuest'): Inventory => ({
  source: { kind: 'file', location: 'test.json' },
  pathPrefix,
  environments,
})

export const NOW = new Date('2026-11-23T00:00:00Z')

/** An unreadable environment never makes drift: no row is missing or unexpected there, and its cells are `?`. */
export function noDriftFrom(report: {
  environments: { slug: string; status: string }[]
  rows: { missingIn: string[]; unexpectedIn: string[]; cells: Record<string, { state: string }> }[]
}): void {
  const unreadable = report.environments.filter((e) => e.status === 'unreadable').map((e) => e.slug)
  for (const row of report.rows) {
    for (const slug of unreadable) {
      if (row.missingIn.includes(slug) || row.unexpectedIn.includes(slug) || row.cells[slug]?.state !== 'unreadable') {
        throw new Error(`drift from unreadable ${slug}: ${JSON.stringify(row)}`)
      }
    }
  }
}

/** The list, after asserting it holds something: `.every` and a loop of assertions pass on an empty list. */
export function nonEmpty<T>(items: readonly T[]): readonly T[] {
  expect(items.length).toBeGreaterThan(0)
  return items
}
