/**
 * Reading a directory of target reports (the downloaded artifacts of a
 * matrix): `TARGET.json` (the report's JSON twin) or `TARGET.failed.json`
 * (`{cause}`: the target could not run). Outside text: names are checked,
 * counts must be the counts of a report, a cause is bounded; anything else is
 * refused by name. A target the targets file lists and no file holds is
 * missing.
 */
import { FatalError } from '../core/errors.js'
import { SCHEMA_VERSION } from '../audit/report.js'
import { zeroCounts, type TargetOutcome, type TargetReport } from '../audit/org.js'
import { TARGET_NAME, type TargetsFile } from './targets.js'

const MAX_CAUSE = 500

export interface ReportsDirIo {
  readdir: (dir: string) => Promise<string[]>
  readText: (path: string) => Promise<string>
}

/** A report twin's counts and history state, checked; undefined when the text is not one. */
export function reportCounts(text: string): TargetReport | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const report = parsed as { schemaVersion?: unknown; counts?: Record<string, unknown>; historyUnavailable?: unknown }
  if (!report || typeof report !== 'object' || report.schemaVersion !== SCHEMA_VERSION || !report.counts || typeof report.counts !== 'object') return undefined
  const counts = zeroCounts()
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    // A count added later (staleExceptions, unused) is 0 in a report written before it.
    const value = report.counts[key] ?? (key === 'staleExceptions' || key === 'unused' ? 0 : undefined)
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return undefined
    counts[key] = value
  }
  return { counts, ...(typeof report.historyUnavailable === 'string' ? { historyUnavailable: report.historyUnavailable.slice(0, 200) } : {}) }
}

/** The outcomes a reports directory holds, in the targets file's order (then by name); `exitOf` decides a report's exit code. */
export async function readReportsDir(
  dir: string,
  io: ReportsDirIo,
  file: TargetsFile | undefined,
  exitOf: (report: TargetReport) => number,
): Promise<TargetOutcome[]> {
  let names: string[]
  try {
    names = await io.readdir(dir)
  } catch {
    throw new FatalError(`Cannot read the reports directory ${dir}`)
  }
  const found = new Map<string, TargetOutcome>()
  const team = (name: string) => {
    const t = file?.targets.find((x) => x.name === name)?.team
    return t ? { team: t } : {}
  }
  for (const entry of names.sort()) {
    const m = /^([a-z0-9][a-z0-9-]*?)(\.failed)?\.json$/.exec(entry)
    if (!m || entry === 'org.json') continue
    const name = m[1]!
    if (!TARGET_NAME.test(name)) continue
    const text = await io.readText(`${dir}/${entry}`)
    if (m[2]) {
      let cause = 'the target could not run'
      try {
        const given = (JSON.parse(text) as { cause?: unknown }).cause
        if (typeof given === 'string' && given.trim()) cause = given.slice(0, MAX_CAUSE)
      } catch {
        // An unreadable failure record is still a failure.
      }
      found.set(name, { name, ...team(name), failed: cause })
      continue
    }
    if (found.has(name)) continue
    const report = reportCounts(text)
    if (!report) throw new FatalError(`${dir}/${entry} is not a report of this tool (schema ${SCHEMA_VERSION}): refused`)
    found.set(name, { name, ...team(name), report, exitCode: exitOf(report) })
  }
  const listed = file?.targets.map((t) => t.name) ?? []
  const outcomes: TargetOutcome[] = listed.map((name) => found.get(name) ?? { name, ...team(name), missing: true as const })
  for (const [name, outcome] of found) if (!listed.includes(name)) outcomes.push(outcome)
  return outcomes
}
