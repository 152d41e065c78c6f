/**
 * Snapshot history, in one place: the snapshot's name (the path template,
 * `{date}` in the file name) and its files (the dated markdown and its JSON
 * twin); finding and reading the previous JSON twin, validated by one schema
 * — the rows, skew, expiry and carried drift the comparison reads, and the
 * record of what was posted to Slack that day. A JSON twin is untrusted input
 * (anyone who can write that folder can plant one): every field is validated
 * strictly, and one that fails is skipped for the next older one. When none
 * can be read the history is "unavailable": nothing is reported as new,
 * rather than everything. (The comparison itself is audit/history.ts: pure.)
 */
import { isRealDay } from '../audit/expiry.js'
import type { EarlierNight, EarlierNights, HistoryInput, PreviousSnapshot } from '../audit/history.js'
import { SCHEMA_VERSION, type Fix, type Report } from '../audit/report.js'
import { FatalError, errorMessage } from '../core/errors.js'
import type { Logger } from '../core/ports.js'
import { z, type Schema } from '../core/schema.js'
import { eachConcurrently } from '../net/pool.js'

export const DEFAULT_SNAPSHOT_PATH = 'docs/ops/{date}-vault-coverage-snapshot.md'
/** The nights the trend covers by default. */
export const TREND_NIGHTS = 30
/** An org run's snapshots: SNAPSHOT_DIR/TARGET/DAY.md for each target, SNAPSHOT_DIR/org/DAY.md for the org. */
export const DEFAULT_SNAPSHOT_DIR = 'docs/ops/vault-coverage'

export interface SnapshotFiles {
  markdownPath: string
  markdown: string
  jsonPath: string
  json: string
}

/** The same rules for every entry point: relative, no `..`, `.md`, `{date}` in the file name. */
export function checkSnapshotTemplate(template: string, name: string): string {
  const file = template.slice(template.lastIndexOf('/') + 1)
  if (template.slice(0, template.lastIndexOf('/') + 1).includes('{date}')) {
    // The history lookup lists one folder for earlier snapshots: a dated folder would hide them all.
    throw new FatalError(
      `Invalid ${name}: {date} may appear in the file name only, not in a folder (earlier snapshots are looked up in one folder), such as ${DEFAULT_SNAPSHOT_PATH}`,
    )
  }
  if (!template.endsWith('.md') || !file.includes('{date}') || template.startsWith('/') || template.split('/').includes('..')) {
    throw new FatalError(`Invalid ${name}: expected a relative path ending in .md with {date} in the file name, such as ${DEFAULT_SNAPSHOT_PATH}`)
  }
  return template
}

/** A file's page on GitHub, from the server, the repository, a commit or branch and the path: no response field needed. */
export const blobUrl = (serverUrl: string, repo: { owner: string; repo: string }, ref: string, path: string): string =>
  `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(ref)}/${path.split('/').map(encodeURIComponent).join('/')}`

/** The template with `{date}` as the report's UTC day. */
export const datedPath = (template: string, report: Report): string => template.replaceAll('{date}', report.generatedAt.slice(0, 10))

/** What was posted to Slack on a day: a digest of the drift set, so a re-run the same day posts it once. */
export interface Notification {
  day: string
  digest: string
}

/** The snapshot's files; `notification`: what this run posts, recorded in the JSON twin beside the report. */
export async function snapshotFiles(report: Report, template: string, notification?: Notification): Promise<SnapshotFiles> {
  const [{ renderMarkdown }, { renderJson }] = await Promise.all([import('../render/markdown.js'), import('../render/json.js')])
  const markdownPath = datedPath(template, report)
  return {
    markdownPath,
    markdown: renderMarkdown(report),
    jsonPath: markdownPath.replace(/\.md$/, '.json'),
    json: renderJson(report, notification ? { notification } : {}),
  }
}

/** The folder and the file-name pattern of the JSON twins a template produces. */
export function snapshotPattern(template: string): { dir: string; match: (name: string) => string | undefined } {
  const cut = template.lastIndexOf('/')
  const dir = cut < 0 ? '.' : template.slice(0, cut)
  const file = template.slice(cut + 1).replace(/\.md$/, '.json')
  const [before = '', after = ''] = file.split('{date}')
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^${escape(before)}(\\d{4}-\\d{2}-\\d{2})${escape(after)}$`)
  return { dir, match: (name) => pattern.exec(name)?.[1] }
}

/** Where earlier snapshots are: the repository (action) or the disk (CLI). */
export interface PreviousLookup {
  /** Locations of snapshots dated before `today` (YYYY-MM-DD), newest first. */
  list(today: string): Promise<string[]>
  read(location: string): Promise<string>
  /** The day a location's file name carries (the trend reads the nights of its window); absent for one named file. */
  dayOf?(location: string): string | undefined
}

/** How many earlier snapshots are tried before the history is called unavailable. */
const LOOK_BACK = 5
/** Snapshots read at once for the trend. */
const READS_AT_ONCE = 6

/** Of the names in a folder, the snapshots dated before today, newest first. */
export function datedBefore(names: string[], template: string, today: string): string[] {
  const { match } = snapshotPattern(template)
  return names
    .map((name) => ({ name, date: match(name) }))
    .filter((n): n is { name: string; date: string } => n.date !== undefined && n.date < today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((n) => n.name)
}

/** The day in a snapshot location's file name, by the template. */
export function dayInName(template: string): (location: string) => string | undefined {
  const { match } = snapshotPattern(template)
  return (location) => match(location.slice(location.lastIndexOf('/') + 1))
}

export function diskLookup(template: string, io: { readdir: (dir: string) => Promise<string[]>; readText: (path: string) => Promise<string> }): PreviousLookup {
  const { dir } = snapshotPattern(template)
  return {
    async list(today) {
      let names: string[]
      try {
        names = await io.readdir(dir)
      } catch {
        return [] // no snapshot folder yet: nothing to compare with
      }
      return datedBefore(names, template, today).map((name) => `${dir}/${name}`)
    },
    read: (location) => io.readText(location),
    dayOf: dayInName(template),
  }
}

export const fileLookup = (path: string, readText: (path: string) => Promise<string>): PreviousLookup => ({
  list: async () => [path],
  read: readText,
})

// Strict: every string the comparison reads or the report may carry forward has a known form.
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day like 2026-11-23'), z.refine(isRealDay, 'expected a real day'))
const folder = z.string().check(z.startsWith('/', 'expected an absolute folder path'), z.maxLength(4096))
const name = z.string().check(z.minLength(1), z.maxLength(4096))
const driftStatus = z.enum(['missing', 'unexpected'])
// The day's Slack record, read on its own: a malformed one never costs the comparison its snapshot.
const notificationSchema = z.object({ day: isoDay, digest: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest')) })
const snapshotSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime({ offset: true }),
  rows: z.array(
    z.object({
      path: folder,
      key: name,
      status: z.enum(['ok', 'missing', 'unexpected', 'by-design', 'incomplete']),
      firstSeen: z.optional(isoDay),
    }),
  ),
  skew: z._default(z.array(z.object({ path: folder, key: name })), []),
  expiry: z._default(
    z.array(
      z.object({
        path: folder,
        key: name,
        env: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an environment slug')),
        status: z.enum(['expired', 'expiring', 'malformed', 'orphan', 'missing-companion', 'companion-missing-here', 'unknown']),
      }),
    ),
    [],
  ),
  carriedDrift: z._default(z.array(z.object({ path: folder, key: name, status: driftStatus, firstSeen: isoDay })), []),
  // By exception id (`rule:12`, `class:edge`, `ignore:OTEL_*`): the last day it excused something.
  exceptionsExcused: z._default(z.record(z.string().check(z.maxLength(300)), isoDay), {}),
})

const fixSchema = z.object({ path: folder, key: name, status: driftStatus, firstSeen: isoDay, resolvedOn: isoDay })
const count = z.int().check(z.minimum(0))
// What one night gives the trend, validated on its own: its counts and what it resolved (with the first day). Older
// fixes come from the compared snapshot's record (`trend.fixed`), which already holds every earlier night's.
const nightSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime({ offset: true }),
  counts: z.object({ drift: count, newDrift: count, resolvedDrift: count }),
  history: z.optional(z.object({ resolvedDrift: z.array(z.object({ path: folder, key: name, status: driftStatus, firstSeen: z.optional(isoDay) })) })),
})

type Problem = { problem: string; olderFormat?: true }

/** The text as JSON of this format, or why not (never its content); `olderFormat`: a snapshot of an earlier schema. */
function parseTwin(text: string): { raw: unknown } | Problem {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { problem: 'is not valid JSON' }
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== SCHEMA_VERSION) {
    const shown = typeof version === 'number' && Number.isInteger(version) ? version : version === undefined ? 'none' : 'not a number'
    const older = version === undefined || (typeof version === 'number' && version < SCHEMA_VERSION)
    return { problem: `has schemaVersion ${shown}, this version reads ${SCHEMA_VERSION}`, ...(older ? { olderFormat: true as const } : {}) }
  }
  return { raw }
}

function checked<T>(raw: unknown, schema: Schema<T>): { value: T } | Problem {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { value: parsed.data }
  const issue = parsed.error.issues[0]!
  return { problem: `is malformed at ${issue.path.map(String).join('.')}: ${issue.message}` }
}

/** A snapshot to compare with, or why one candidate cannot be used. */
function validate(raw: unknown): { snapshot: Omit<PreviousSnapshot, 'location'> } | Problem {
  const result = checked(raw, snapshotSchema)
  if ('problem' in result) return result
  const fixed = checked(raw, z.object({ trend: z.optional(z.object({ fixed: z.array(fixSchema) })) }))
  const record = 'value' in fixed ? fixed.value.trend?.fixed : undefined
  return { snapshot: { ...result.value, ...(record ? { fixed: record } : {}) } }
}

/** One night for the trend: its day (the snapshot's own), counts and the drift it resolved with their first days. */
function night(raw: unknown): { night: EarlierNight } | Problem {
  const result = checked(raw, nightSchema)
  if ('problem' in result) return result
  const twin = result.value
  const day = twin.generatedAt.slice(0, 10)
  const fixed: Fix[] = (twin.history?.resolvedDrift ?? []).flatMap((r) => (r.firstSeen ? [{ ...r, firstSeen: r.firstSeen, resolvedOn: day }] : []))
  return {
    night: {
      day,
      drift: twin.counts.drift,
      newDrift: twin.counts.newDrift,
      resolvedDrift: twin.counts.resolvedDrift,
      fixed,
    },
  }
}

/** What an earlier JSON twin says was posted to Slack on `day`; undefined when it records nothing valid for that day. */
export function postedOn(text: string, day: string): Notification | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = notificationSchema.safeParse((raw as { notification?: unknown } | null)?.notification)
  return parsed.success && parsed.data.day === day ? parsed.data : undefined
}

export type PreviousResult = HistoryInput

/** What one location gave: the parsed JSON, or why not. */
type Read = { raw: unknown } | (Problem & { unread?: true })

/**
 * One listing, then the snapshots the history needs: the newest that reads and
 * validates (looking back up to five) to compare with, and — given `since`, the
 * trend's first day — every snapshot of the trend's window, at most one read
 * each. Problems are warnings, never failures.
 */
export async function loadPrevious(lookup: PreviousLookup | undefined, today: string, logger: Logger, since?: string): Promise<PreviousResult> {
  if (!lookup) return {}
  let locations: string[]
  try {
    locations = await lookup.list(today)
  } catch (err) {
    logger.warning(`History unavailable: the snapshot folder could not be listed (${errorMessage(err)}); nothing is reported as new`)
    return { unavailable: 'the snapshot folder could not be listed' }
  }
  const none = { nights: [], skipped: { unreadable: 0, olderFormat: 0 } }
  if (locations.length === 0) {
    logger.info('No previous snapshot: every drift row counts as new')
    return since ? { earlier: none } : {}
  }
  // Each snapshot is read once. Only the few the comparison may need are kept whole; a night of the trend
  // keeps its counts, so 90 nights of large snapshots never sit in memory together.
  const candidates = new Set(locations.slice(0, LOOK_BACK))
  const window = new Set(since && lookup.dayOf ? locations.filter((l) => (lookup.dayOf!(l) ?? '') >= since) : [])
  const kept = new Map<string, Read>()
  const nights = new Map<string, { night: EarlierNight } | Problem>()
  const read = async (location: string): Promise<Read> => {
    const known = kept.get(location)
    if (known) return known
    let result: Read
    try {
      result = parseTwin(await lookup.read(location))
    } catch (err) {
      logger.warning(`Could not read the earlier snapshot ${location} (${errorMessage(err)})`)
      result = { problem: 'could not be read', unread: true }
    }
    if (window.has(location)) nights.set(location, 'raw' in result ? night(result.raw) : result)
    if (candidates.has(location)) kept.set(location, result)
    return result
  }
  await eachConcurrently([...window], READS_AT_ONCE, async (location) => void (await read(location)))

  const result: PreviousResult = {}
  const problems: string[] = []
  for (const location of candidates) {
    const text = await read(location)
    const snapshot = 'raw' in text ? validate(text.raw) : text
    if ('problem' in snapshot) {
      if (!('unread' in snapshot)) logger.warning(`Previous snapshot ${location} ${snapshot.problem}: skipped`)
      problems.push(`${location} ${snapshot.problem}`)
      continue
    }
    logger.info(`Comparing with the previous snapshot ${location} (${snapshot.snapshot.generatedAt.slice(0, 10)})`)
    result.previous = { location, ...snapshot.snapshot }
    break
  }
  kept.clear()
  if (!result.previous) {
    logger.warning(`History unavailable: ${problems.length} earlier snapshot${problems.length === 1 ? '' : 's'} could not be used; nothing is reported as new`)
    result.unavailable = problems.join('; ')
  }
  if (since) {
    const earlier: EarlierNights = { nights: [], skipped: { unreadable: 0, olderFormat: 0 } }
    for (const location of window) {
      const parsed = nights.get(location)!
      if ('night' in parsed) earlier.nights.push(parsed.night)
      else earlier.skipped[parsed.olderFormat ? 'olderFormat' : 'unreadable']++
    }
    const { unreadable, olderFormat } = earlier.skipped
    const skipped = [unreadable ? `${unreadable} unreadable` : '', olderFormat ? `${olderFormat} of an older format` : ''].filter(Boolean)
    logger.info(
      `Trend since ${since}: ${window.size} earlier snapshot${window.size === 1 ? '' : 's'} read${skipped.length ? ` (${skipped.join(', ')}, skipped)` : ''}`,
    )
    result.earlier = earlier
  }
  return result
}
