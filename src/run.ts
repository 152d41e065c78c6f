/** The one flow both entry points share: settings → source → audit → report and exit code. */
import { audit } from './audit/audit.js'
import { parseCodeowners } from './audit/owners.js'
import type { Report } from './audit/report.js'
import { EXIT, FatalError } from './core/errors.js'
import { checkPolicyEnvironments, PolicyError } from './core/policy.js'
import type { Ports } from './core/ports.js'
import { loadPrevious, type PreviousLookup } from './history/history.js'
import { windowStart } from './audit/trend.js'
import type { FailOn, HygieneGate, Settings } from './settings.js'
import { readColumns } from './sources/columns.js'
import { plural } from './render/plural.js'
import { capped, partReason, unreadParts } from './render/unreadable.js'

/** Warnings about unreadable parts in the log, at most. */
const WARNING_LINES = 20

export interface RunResult {
  report: Report
  exitCode: number
}

export function exitCodeFor(report: Report, failOn: FailOn, hygiene: readonly HygieneGate[] = []): number {
  if (failOn === 'none' && hygiene.length === 0) return EXIT.ok
  const c = report.counts
  if (failOn !== 'none' && (c.unreadable > 0 || c.unreadablePaths > 0 || c.unreadFiles > 0)) return EXIT.incomplete
  if (failOn === 'drift' && report.counts.drift > 0) return EXIT.gate
  // A gate that could not compare does not pass: with drift and no readable history, any of it may be new.
  if (failOn === 'new-drift' && report.historyUnavailable && report.counts.drift > 0) return EXIT.incomplete
  if (failOn === 'new-drift' && report.counts.newDrift > 0) return EXIT.gate
  if (hygiene.some((h) => report.counts[h === 'stale-exceptions' ? 'staleExceptions' : h] > 0)) return EXIT.gate
  return EXIT.ok
}

/** The one line that explains a non-zero exit. */
export function exitMessage(exitCode: number, report: Report, failOn: string, hygiene: readonly string[] = []): string | undefined {
  if (exitCode === EXIT.incomplete && failOn === 'new-drift' && report.historyUnavailable && !unreadParts(report).length) {
    return `fail-on: new-drift could not compare with the previous snapshot (${report.historyUnavailable}): ${plural(report.counts.drift, 'drift row')} may be new (exit 2). Make the snapshot history readable and re-run, or gate on fail-on: drift.`
  }
  if (exitCode === EXIT.incomplete) {
    const parts = capped(unreadParts(report), 5, (p) => (p.path ? `${p.where}:${p.path}` : p.where))
    return `Audit incomplete: ${parts.join(', ')} could not be read (exit 2). The rest of the report stands; fix access and re-run.`
  }
  if (exitCode === EXIT.gate) {
    const c = report.counts
    const parts: string[] = [
      failOn === 'new-drift' && c.newDrift ? plural(c.newDrift, 'new drift row') : failOn === 'drift' && c.drift ? plural(c.drift, 'drift row') : '',
      hygiene.includes('undeclared') && c.undeclared ? plural(c.undeclared, 'undeclared secret') : '',
      hygiene.includes('undocumented') && c.undocumented ? plural(c.undocumented, 'undocumented key') : '',
      hygiene.includes('stale-exceptions') && c.staleExceptions ? plural(c.staleExceptions, 'policy exception') + ' that excused nothing' : '',
      hygiene.includes('unused') && c.unused ? plural(c.unused, 'unused candidate') : '',
    ]
    // What the contract asks for and no store holds: "NEW_KEY is used at src/x.ts:3 and declared nowhere; missing in prod, staging".
    const fresh = new Set((report.history?.newDrift ?? report.rows).map((r) => `${r.path}\u0000${r.key}`))
    const gatedOnDrift = parts[0] !== ''
    const asked = report.rows
      .filter((r) => gatedOnDrift && r.declared && r.status === 'missing' && (failOn !== 'new-drift' || fresh.has(`${r.path}\u0000${r.key}`)))
      .flatMap((r) => (r.ask ? [r.ask] : []))
    const examples = asked.length ? ` ${asked.slice(0, 3).join('. ')}${asked.length > 3 ? `; and ${asked.length - 3} more` : ''}.` : ''
    return `fail-on: ${[failOn, ...hygiene].join(',')}: ${parts.filter(Boolean).join(', ')} (exit 3).${examples} See the job summary.`
  }
  return undefined
}

export interface RunOptions {
  /** Where the previous snapshot is found, for the delta; none: no comparison. */
  previous?: PreviousLookup
  /** Compare with a snapshot of today too (a pull-request check, which commits none of its own). */
  includeToday?: boolean
}

/** The policy's environment names against the audited columns, as the policy file's own error. */
function checkEnvironments(policy: Settings['policy'], audited: readonly string[]): void {
  try {
    checkPolicyEnvironments(policy, audited)
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err
    throw new FatalError(`Invalid policy: ${err.message}`, { file: err.file ?? policy.origin, ...(err.line ? { line: err.line } : {}) })
  }
}

/** The checkout's CODEOWNERS, where GitHub looks for it (.github/, the root, docs/); undefined when there is none. */
async function readCodeowners(ports: Ports): Promise<((file: string) => string[] | undefined) | undefined> {
  for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
    try {
      return parseCodeowners(await ports.readText(path))
    } catch {
      // Not there (or not readable): the next place, then none.
    }
  }
  return undefined
}

export async function run(settings: Settings, ports: Ports, options: RunOptions = {}): Promise<RunResult> {
  const now = settings.now ?? ports.now()
  // Known before any request when the columns are named; else once the store has said what it holds.
  if (settings.columns) {
    const contracts = new Set(settings.stores.filter((s) => s.contract).map((s) => s.kind))
    checkEnvironments(
      settings.policy,
      settings.columns.filter((c) => !contracts.has(c.kind)).map((c) => c.name),
    )
  }
  const { inventory, close } = await readColumns(settings, { pathPrefix: settings.pathPrefix, companionSuffix: settings.policy.expiry.suffix, now }, ports)
  // Tokens are revoked while the audit runs.
  const closing = close()
  if (!settings.columns) {
    try {
      checkEnvironments(
        settings.policy,
        inventory.environments.map((e) => e.slug),
      )
    } catch (err) {
      await closing
      throw err
    }
  }
  // Snapshots dated before this day count: today's own is left out of a nightly re-run, not of a pull-request check.
  const bound = new Date(now.getTime() + (options.includeToday ? 86_400_000 : 0)).toISOString().slice(0, 10)
  const nights = settings.trendNights
  const history = await loadPrevious(options.previous, bound, ports.logger, nights ? windowStart(now.toISOString().slice(0, 10), nights) : undefined)
  const codeowners = inventory.contracts?.length ? await readCodeowners(ports) : undefined
  const report = audit(inventory, settings.policy, now, history, { ...(codeowners ? { codeowners } : {}), trendNights: nights })
  await closing
  // One line per environment, folder and file, however many reads failed there: the JSON report lists each.
  const lines = capped(
    unreadParts(report),
    WARNING_LINES,
    (p) => (p.path ? `${p.where}:${p.path} could not be read: ${partReason(p)}` : `Environment ${p.where} could not be read: ${p.reason}`),
    (n) => `…and ${plural(n, 'more part')} could not be read (the JSON report lists every one)`,
  )
  for (const line of lines) ports.logger.warning(line)
  const c = report.counts
  ports.logger.info(
    `Audited ${plural(c.rows, 'secret')} in ${plural(report.environments.length, 'environment')}: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expired or expiring, ${c.unreadable} unreadable`,
  )
  return { report, exitCode: exitCodeFor(report, settings.failOn, settings.failOnHygiene) }
}
