/**
 * Finding and reading the previous JSON snapshot: the newest
 * `<date>-vault-coverage-snapshot.json` in the snapshot folder, other than
 * today's. It is untrusted input (anyone who can write that folder can plant
 * one): every field is validated strictly, and one that fails is skipped for
 * the next older one. When none can be read the history is "unavailable":
 * nothing is reported as new, rather than everything.
 */
import { isRealDay } from './audit/expiry.js'
import type { PreviousSnapshot } from './audit/history.js'
import { SCHEMA_VERSION } from './audit/report.js'
import { errorMessage } from './errors.js'
import type { Logger } from './ports.js'
import { z } from './schema.js'
import { snapshotPattern } from './snapshot.js'

/** Where earlier snapshots are: the repository (action) or the disk (CLI). */
export interface PreviousLookup {
  /** Locations of snapshots dated before `today` (YYYY-MM-DD), newest first. */
  list(today: string): Promise<string[]>
  read(location: string): Promise<string>
}

/** How many earlier snapshots are tried before the history is called unavailable. */
const LOOK_BACK = 5

/** Of the names in a folder, the snapshots dated before today, newest first. */
export function datedBefore(names: string[], template: string, today: string): string[] {
  const { match } = snapshotPattern(template)
  return names
    .map((name) => ({ name, date: match(name) }))
    .filter((n): n is { name: string; date: string } => n.date !== undefined && n.date < today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((n) => n.name)
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
})

/** Why one candidate cannot be used; never its content. */
function validate(text: string): { snapshot: Omit<PreviousSnapshot, 'location'> } | { problem: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { problem: 'is not valid JSON' }
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== SCHEMA_VERSION) {
    const shown = typeof version === 'number' && Number.isInteger(version) ? version : version === undefined ? 'none' : 'not a number'
    return { problem: `has schemaVersion ${shown}, this version reads ${SCHEMA_VERSION}` }
  }
  const parsed = snapshotSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return { problem: `is malformed at ${issue.path.map(String).join('.')}: ${issue.message}` }
  }
  return { snapshot: parsed.data }
}

export interface PreviousResult {
  previous?: PreviousSnapshot
  /** Set when earlier snapshots exist but none could be read: why, for the report. */
  unavailable?: string
}

/** The newest earlier snapshot that reads and validates, looking back up to five; problems are warnings, never failures. */
export async function loadPrevious(lookup: PreviousLookup | undefined, today: string, logger: Logger): Promise<PreviousResult> {
  if (!lookup) return {}
  let locations: string[]
  try {
    locations = await lookup.list(today)
  } catch (err) {
    logger.warning(`History unavailable: the snapshot folder could not be listed (${errorMessage(err)}); nothing is reported as new`)
    return { unavailable: 'the snapshot folder could not be listed' }
  }
  if (locations.length === 0) {
    logger.info('No previous snapshot: every drift row counts as new')
    return {}
  }
  const problems: string[] = []
  for (const location of locations.slice(0, LOOK_BACK)) {
    let text: string
    try {
      text = await lookup.read(location)
    } catch (err) {
      logger.warning(`Could not read the previous snapshot ${location} (${errorMessage(err)})`)
      problems.push(`${location} could not be read`)
      continue
    }
    const checked = validate(text)
    if ('problem' in checked) {
      logger.warning(`Previous snapshot ${location} ${checked.problem}: skipped`)
      problems.push(`${location} ${checked.problem}`)
      continue
    }
    logger.info(`Comparing with the previous snapshot ${location} (${checked.snapshot.generatedAt.slice(0, 10)})`)
    return { previous: { location, ...checked.snapshot } }
  }
  logger.warning(`History unavailable: ${problems.length} earlier snapshot${problems.length === 1 ? '' : 's'} could not be used; nothing is reported as new`)
  return { unavailable: problems.join('; ') }
}
