/**
 * Every target of a targets file in one process, at most `parallel` at a time:
 * each is the single run (settings → columns → audit) with the target's keys
 * over the entry point's reader. A target that fails is recorded with its
 * cause and never stops the others; each target's report is written as soon
 * as it is built and only its counts are kept, so the process holds reports'
 * counts, not inventories.
 */
import { errorMessage, FatalError } from '../core/errors.js'
import type { Logger, Ports } from '../core/ports.js'
import type { PreviousLookup } from '../history/history.js'
import { SharedHosts } from '../net/budget.js'
import { eachConcurrently } from '../net/pool.js'
import type { OptionReader } from '../options.js'
import { renderJson } from '../render/json.js'
import { renderMarkdown } from '../render/markdown.js'
import { run } from '../run.js'
import { buildSettings, CORE_OPTIONS, type SettingsContext } from '../settings.js'
import type { TargetOutcome } from '../audit/org.js'
import { targetReader, type Target, type TargetsFile } from './targets.js'

export interface OrgRunIo {
  writeText: (path: string, text: string) => Promise<void>
}

export interface OrgRunOptions {
  parallel: number
  /** Where TARGET.json and TARGET.md go; none: not written. */
  outputDir?: string
  /** Each target's snapshots live in SNAPSHOT_DIR/TARGET/ unless it names its own snapshot-path. */
  snapshotDir: string
  /** Where a target's earlier snapshots are, by its snapshot path (its own folder); none: no comparison. */
  previous?: (snapshotPath: string) => PreviousLookup | undefined
  /** Hides credentials in a cause (defence in depth: no message is built from one). */
  redact: (text: string) => string
}

/** A target's reader, with its snapshot folder of its own unless it names one. */
export function orgTargetReader(base: OptionReader, target: Target, file: TargetsFile, snapshotDir: string): OptionReader {
  const reader = targetReader(base, target, file)
  const own = (input: string) => input in target.values || input in file.defaults
  return {
    ...reader,
    read: (option) =>
      option === CORE_OPTIONS.snapshotPath && !own(option.input!) ? `${snapshotDir.replace(/\/+$/, '')}/${target.name}/{date}.md` : reader.read(option),
  }
}

/** A logger whose lines name the target: `[payments] Audited 12 secrets…`. */
const prefixed = (logger: Logger, name: string): Logger => ({
  debug: (m) => logger.debug(`[${name}] ${m}`),
  info: (m) => logger.info(`[${name}] ${m}`),
  warning: (m) => logger.warning(`[${name}] ${m}`),
  error: (m, where) => logger.error(`[${name}] ${m}`, where),
})

/** One target, start to end: its outcome, its report files written. Never throws for the target's own failure. */
export async function runTarget(
  target: Target,
  file: TargetsFile,
  base: OptionReader,
  ctx: SettingsContext,
  ports: Ports,
  io: OrgRunIo,
  options: OrgRunOptions,
): Promise<TargetOutcome> {
  const team = target.team ? { team: target.team } : {}
  const logger = prefixed(ports.logger, target.name)
  try {
    const settings = await buildSettings(orgTargetReader(base, target, file, options.snapshotDir), ctx)
    const previous = options.previous?.(settings.snapshotPath)
    const { report, exitCode } = await run(settings, { ...ports, logger }, { ...(previous ? { previous } : {}) })
    if (options.outputDir) {
      await io.writeText(`${options.outputDir}/${target.name}.json`, renderJson(report))
      await io.writeText(`${options.outputDir}/${target.name}.md`, renderMarkdown(report))
    }
    // Only what the rollup reads stays in memory.
    return {
      name: target.name,
      ...team,
      exitCode,
      report: { counts: report.counts, ...(report.historyUnavailable ? { historyUnavailable: report.historyUnavailable } : {}) },
    }
  } catch (err) {
    const cause = options.redact(err instanceof FatalError ? err.message : `unexpected error: ${errorMessage(err)}`)
    logger.error(`failed: ${cause}`)
    // The failure is a record of its own, so a rollup of the directory says "failed", never "missing" or "no drift".
    if (options.outputDir)
      await io.writeText(`${options.outputDir}/${target.name}.failed.json`, `${JSON.stringify({ name: target.name, exitCode: 1, cause })}\n`)
    return { name: target.name, ...team, failed: cause }
  }
}

/** Every target, at most `parallel` at a time, outcomes in the file's order. */
export async function runTargets(
  file: TargetsFile,
  base: OptionReader,
  ctx: SettingsContext,
  ports: Ports,
  io: OrgRunIo,
  options: OrgRunOptions,
): Promise<TargetOutcome[]> {
  const outcomes: TargetOutcome[] = new Array(file.targets.length)
  // One pace per store host for every target: fifty projects behind one Infisical stay under its limits together.
  const shared = { ...ports, hosts: ports.hosts ?? new SharedHosts() }
  await eachConcurrently([...file.targets.keys()], Math.max(1, options.parallel), async (i) => {
    outcomes[i] = await runTarget(file.targets[i]!, file, base, ctx, shared, io, options)
  })
  return outcomes
}
