/**
 * Finding and reading the previous JSON snapshot: the newest
 * `<date>-vault-coverage-snapshot.json` in the snapshot folder, other than
 * today's. An unreadable or incompatible one is a warning, never a failure.
 */
import { z } from './schema.js'
import type { PreviousSnapshot } from './audit/history.js'
import { SCHEMA_VERSION } from './audit/report.js'
import { errorMessage } from './errors.js'
import type { Logger } from './ports.js'
import { newestBefore, snapshotPattern } from './snapshot.js'

export interface FoundSnapshot {
  location: string
  text: string
}

/** Where the previous snapshot comes from: the repository (action) or the disk (CLI). */
export interface PreviousLookup {
  /** `today` is YYYY-MM-DD; the answer is the newest snapshot dated before it. */
  find(today: string): Promise<FoundSnapshot | undefined>
}

export function diskLookup(
  template: string,
  io: { readdir: (dir: string) => Promise<string[]>; readText: (path: string) => Promise<string> },
): PreviousLookup {
  const { dir } = snapshotPattern(template)
  return {
    async find(today) {
      let names: string[]
      try {
        names = await io.readdir(dir)
      } catch {
        return undefined // no snapshot folder yet: nothing to compare with
      }
      const name = newestBefore(names, template, today)
      if (!name) return undefined
      const location = `${dir}/${name}`
      return { location, text: await io.readText(location) }
    },
  }
}

export const fileLookup = (path: string, readText: (path: string) => Promise<string>): PreviousLookup => ({
  find: async () => ({ location: path, text: await readText(path) }),
})

const snapshotSchema = z.object({
  schemaVersion: z.number(),
  generatedAt: z.string(),
  rows: z.array(z.object({ path: z.string(), key: z.string(), status: z.string(), firstSeen: z.optional(z.string()) })),
  skew: z._default(z.array(z.object({ path: z.string(), key: z.string() })), []),
  expiry: z._default(z.array(z.object({ path: z.string(), key: z.string(), env: z.string(), status: z.string() })), []),
})

/** Look up and validate; any problem is a warning and the comparison is skipped. */
export async function loadPrevious(lookup: PreviousLookup | undefined, today: string, logger: Logger): Promise<PreviousSnapshot | undefined> {
  if (!lookup) return undefined
  let found: FoundSnapshot | undefined
  try {
    found = await lookup.find(today)
  } catch (err) {
    logger.warning(`Could not read the previous snapshot (${errorMessage(err)}): comparison skipped`)
    return undefined
  }
  if (!found) {
    logger.info('No previous snapshot: every drift row counts as new')
    return undefined
  }
  let raw: unknown
  try {
    raw = JSON.parse(found.text)
  } catch {
    logger.warning(`Previous snapshot ${found.location} is not valid JSON: comparison skipped`)
    return undefined
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== SCHEMA_VERSION) {
    logger.warning(`Previous snapshot ${found.location} has schemaVersion ${JSON.stringify(version ?? null)}, this version reads ${SCHEMA_VERSION}: comparison skipped`)
    return undefined
  }
  const parsed = snapshotSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    logger.warning(`Previous snapshot ${found.location} is malformed at ${issue.path.join('.')}: ${issue.message}; comparison skipped`)
    return undefined
  }
  logger.info(`Comparing with the previous snapshot ${found.location} (${parsed.data.generatedAt.slice(0, 10)})`)
  return { location: found.location, ...parsed.data }
}
