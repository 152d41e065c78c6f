/**
 * What could not be read, grouped for people: one part per unreadable
 * environment, per folder (however many of its secrets failed) and per
 * contract file. A store that failed 200,000 reads gives one line, not
 * 200,000; the JSON report keeps every entry. Pure.
 */
import type { Report } from '../audit/report.js'
import { plural } from './plural.js'

export interface UnreadPart {
  /** The environment or contract column. */
  where: string
  /** A folder of the environment, or a file of the contract; absent: the whole environment. */
  path?: string
  subtree?: boolean
  /** How many failed reads the part stands for. */
  count: number
  /** The first failure's reason, in the source's fixed words. */
  reason: string
}

export function unreadParts(report: Report): UnreadPart[] {
  const parts: UnreadPart[] = []
  for (const e of report.environments) {
    if (e.status === 'unreadable') parts.push({ where: e.slug, count: 1, reason: e.reason ?? 'unreadable' })
    const byFolder = new Map<string, UnreadPart>()
    for (const u of e.unreadablePaths ?? []) {
      const id = `${u.subtree ? 'tree' : 'folder'}\u0000${u.path}`
      const seen = byFolder.get(id)
      if (seen) seen.count++
      else byFolder.set(id, { where: e.slug, path: u.path, subtree: u.subtree, count: 1, reason: u.reason })
    }
    parts.push(...byFolder.values())
  }
  for (const c of report.contracts ?? []) for (const u of c.unread ?? []) parts.push({ where: c.slug, path: u.file, count: 1, reason: u.reason })
  return parts
}

/** `(reason)` for one failure; `(N reads failed; the first: reason)` for many. */
export const partReason = (part: UnreadPart): string => (part.count === 1 ? part.reason : `${plural(part.count, 'read')} failed; the first: ${part.reason}`)

/** At most `limit` items, then "…and N more". */
export const capped = <T>(items: T[], limit: number, each: (item: T) => string, more = (n: number) => `…and ${n} more`): string[] => [
  ...items.slice(0, limit).map(each),
  ...(items.length > limit ? [more(items.length - limit)] : []),
]
