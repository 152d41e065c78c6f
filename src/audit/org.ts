/**
 * The org rollup: every target's outcome → one report a platform lead reads.
 * Pure: outcomes in, org report and exit code out. A target that failed or
 * whose report never arrived is never "no drift"; the org's exit code is the
 * worst of its targets', and the fail-on words apply to the sum.
 */
import type { Counts, Report } from './report.js'
import { EXIT } from '../core/errors.js'

export const ORG_SCHEMA_VERSION = 1

export type TargetStatus = 'ok' | 'drift' | 'incomplete' | 'failed' | 'missing'

/** What one target's run came to: its report, or why there is none. */
/** Of a target's report, what the rollup reads. */
export type TargetReport = Pick<Report, 'counts' | 'historyUnavailable'>

export type TargetOutcome =
  | { name: string; team?: string; report: TargetReport; exitCode: number }
  | { name: string; team?: string; failed: string }
  | { name: string; team?: string; missing: true }

export interface OrgTarget {
  name: string
  team?: string
  status: TargetStatus
  exitCode: number
  /** The target's own report counts, exactly; absent for a failed or missing target. */
  counts?: Counts
  /** Why it failed or is missing, in the tool's own words. */
  cause?: string
}

export interface OrgTeam {
  team: string
  targets: string[]
  statuses: Record<TargetStatus, number>
  counts: Counts
}

export interface OrgReport {
  schemaVersion: number
  generatedAt: string
  targets: OrgTarget[]
  teams: OrgTeam[]
  /** The sum over every target with a report. */
  counts: Counts
  statuses: Record<TargetStatus, number>
}

const COUNT_KEYS: (keyof Counts)[] = [
  'rows',
  'drift',
  'missing',
  'unexpected',
  'byDesign',
  'incomplete',
  'skew',
  'expiring',
  'expired',
  'unreadable',
  'unreadablePaths',
  'unreadFiles',
  'rotationOverdue',
  'undeclared',
  'undocumented',
  'newDrift',
  'resolvedDrift',
  'staleExceptions',
  'unused',
]

export const zeroCounts = (): Counts => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as Counts

const add = (sum: Counts, counts: Counts): void => {
  for (const k of COUNT_KEYS) sum[k] += counts[k]
}

const noStatuses = (): Record<TargetStatus, number> => ({ ok: 0, drift: 0, incomplete: 0, failed: 0, missing: 0 })

/** A report's status: incomplete when any part was not read, drift when it has drift, else ok. */
export function statusOf(report: TargetReport): TargetStatus {
  const c = report.counts
  if (c.unreadable > 0 || c.unreadablePaths > 0 || c.unreadFiles > 0) return 'incomplete'
  return c.drift > 0 ? 'drift' : 'ok'
}

/** How bad an exit code is: could not run, then incomplete, then the gate, then clean. */
const SEVERITY: Record<number, number> = { [EXIT.ok]: 0, [EXIT.gate]: 1, [EXIT.incomplete]: 2, [EXIT.fatal]: 3 }
export const worse = (a: number, b: number): number => ((SEVERITY[b] ?? 3) > (SEVERITY[a] ?? 3) ? b : a)

export interface RollupOptions {
  /** Whether an incomplete or missing target makes the org incomplete (not under `fail-on: none`). */
  incompleteFails: boolean
  /** The fail-on gate of one run, applied to the org's summed counts (its incomplete parts already counted). */
  gate: (summed: Pick<Report, 'counts' | 'historyUnavailable'>) => number
  now: Date
}

/** The org report of every outcome, in the order given, and the org's exit code. */
export function rollup(outcomes: readonly TargetOutcome[], options: RollupOptions): { org: OrgReport; exitCode: number } {
  const counts = zeroCounts()
  const statuses = noStatuses()
  const targets: OrgTarget[] = []
  const teams = new Map<string, OrgTeam>()
  let exitCode: number = EXIT.ok
  let historyMissing = false
  for (const outcome of outcomes) {
    const team = outcome.team
    let target: OrgTarget
    if ('report' in outcome) {
      target = { name: outcome.name, ...(team ? { team } : {}), status: statusOf(outcome.report), exitCode: outcome.exitCode, counts: outcome.report.counts }
      add(counts, outcome.report.counts)
      if (outcome.report.historyUnavailable && outcome.report.counts.drift > 0) historyMissing = true
      if (target.status === 'incomplete' && options.incompleteFails) exitCode = worse(exitCode, EXIT.incomplete)
    } else if ('failed' in outcome) {
      target = { name: outcome.name, ...(team ? { team } : {}), status: 'failed', exitCode: EXIT.fatal, cause: outcome.failed }
      exitCode = worse(exitCode, EXIT.fatal)
    } else {
      target = {
        name: outcome.name,
        ...(team ? { team } : {}),
        status: 'missing',
        exitCode: EXIT.incomplete,
        cause: 'no report arrived (its job did not finish, or its artifact was not downloaded)',
      }
      // As an unreadable environment counts: incomplete, unless the gate is off.
      if (options.incompleteFails) exitCode = worse(exitCode, EXIT.incomplete)
    }
    targets.push(target)
    statuses[target.status]++
    if (team) {
      let entry = teams.get(team)
      if (!entry) teams.set(team, (entry = { team, targets: [], statuses: noStatuses(), counts: zeroCounts() }))
      entry.targets.push(target.name)
      entry.statuses[target.status]++
      if (target.counts) add(entry.counts, target.counts)
    }
  }
  // The fail-on words on the sum, as one run's gate reads its own counts (the incomplete parts were counted above).
  const summed = {
    counts: { ...counts, unreadable: 0, unreadablePaths: 0, unreadFiles: 0 },
    ...(historyMissing ? { historyUnavailable: 'a target had no readable history' } : {}),
  }
  exitCode = worse(exitCode, options.gate(summed))
  const org: OrgReport = {
    schemaVersion: ORG_SCHEMA_VERSION,
    generatedAt: options.now.toISOString(),
    targets,
    teams: [...teams.values()].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0)),
    counts,
    statuses,
  }
  return { org, exitCode }
}
