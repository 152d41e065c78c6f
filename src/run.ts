/** The one flow both entry points share: settings → source → audit → report and exit code. */
import { audit } from './audit/audit.js'
import type { Report } from './audit/report.js'
import { EXIT } from './errors.js'
import type { FailOn, Settings, SourceSettings } from './settings.js'
import { FileSource } from './sources/file.js'
import type { Source } from './sources/source.js'
import { loadPrevious, type PreviousLookup } from './previous.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
}

/** Everything with a side effect, passed in so tests need no module mocking. */
export interface Ports {
  logger: Logger
  fetch: typeof globalThis.fetch
  now: () => Date
  sleep: (ms: number) => Promise<void>
  /** Reads a UTF-8 file (inventory files). */
  readText: (path: string) => Promise<string>
  /** Registers a credential learnt at run time (the access token) for masking; the action's is core.setSecret. */
  mask?: (secret: string) => void
}

export interface RunResult {
  report: Report
  exitCode: number
}

export async function createSource(settings: SourceSettings, ports: Ports): Promise<Source> {
  if (settings.kind === 'file') return new FileSource(settings.path, ports.readText)
  const { InfisicalSource } = await import('./sources/infisical.js')
  return new InfisicalSource(settings, ports)
}

export function exitCodeFor(report: Report, failOn: FailOn): number {
  if (failOn === 'none') return EXIT.ok
  if (report.counts.unreadable > 0) return EXIT.incomplete
  if (failOn === 'drift' && report.counts.drift > 0) return EXIT.gate
  return EXIT.ok
}

export interface RunOptions {
  /** Where the previous snapshot is found, for the delta; none: no comparison. */
  previous?: PreviousLookup
}

export async function run(settings: Settings, ports: Ports, options: RunOptions = {}): Promise<RunResult> {
  const source = await createSource(settings.source, ports)
  let inventory
  try {
    inventory = await source.read({
      environments: settings.environments,
      pathPrefix: settings.pathPrefix,
      companionSuffix: settings.policy.expiry.suffix,
    })
  } catch (err) {
    await source.close?.()
    throw err
  }
  // The token is revoked while the audit runs.
  const closing = source.close?.()
  const now = settings.now ?? ports.now()
  const previous = await loadPrevious(options.previous, now.toISOString().slice(0, 10), ports.logger)
  const report = audit(inventory, settings.policy, now, previous)
  await closing
  for (const env of report.environments) {
    if (env.status === 'unreadable') ports.logger.warning(`Environment ${env.slug} could not be read: ${env.reason}`)
  }
  const c = report.counts
  ports.logger.info(
    `Audited ${c.rows} secrets in ${report.environments.length} environments: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expired or expiring, ${c.unreadable} unreadable`,
  )
  return { report, exitCode: exitCodeFor(report, settings.failOn) }
}
