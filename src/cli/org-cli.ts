/** The command line's org runs: `--targets FILE` (every target, then the rollup) and `rollup DIR`. */
import { EXIT, FatalError } from '../core/errors.js'
import { diskLookup } from '../history/history.js'
import type { Ports } from '../core/ports.js'
import { credentialsIn } from '../options.js'
import { readReportsDir } from '../org/reports-dir.js'
import { rollup, statusOf, type TargetOutcome } from '../audit/org.js'
import { withDiscovered } from '../org/discover.js'
import { runTargets } from '../org/run-org.js'
import { loadTargets } from '../org/targets.js'
import { renderOrgMarkdown } from '../render/org.js'
import { settingsOptions } from '../settings.js'
import type { Report } from '../audit/report.js'
import { exitCodeFor } from '../run.js'
import { targetKeys } from '../action/inputs.js'
import type { CliCommand, CliContext } from './args.js'

/** What the org runs need of the command line's io. */
type CliIo = CliContext & {
  readdir: (dir: string) => Promise<string[]>
  stdout: (text: string) => void
  stderr: (text: string) => void
  writeText: (path: string, text: string) => Promise<void>
}

type OrgKind = Extract<CliCommand, { kind: 'org' | 'rollup' }>

export async function runOrgCli(command: OrgKind, io: CliIo, ports: Ports, redact: (text: string) => string): Promise<number> {
  const listed = command.kind === 'org' || command.targets ? await loadTargets(command.targets!, io.readText, targetKeys(io.stores)) : undefined
  // Discovery needs the store's credentials: an audit has them; a rollup of reports may not, and reads what arrived.
  const file = listed && command.kind === 'org' ? await withDiscovered(listed, command.reader, ports) : listed
  const gate = {
    incompleteFails: command.failOn !== 'none',
    gate: (summed: Pick<Report, 'counts' | 'historyUnavailable'>) => exitCodeFor(summed as Report, command.failOn, command.failOnHygiene),
  }
  let outcomes: TargetOutcome[]
  if (command.kind === 'org') {
    outcomes = await runTargets(file!, command.reader, io, ports, io, {
      parallel: command.parallel,
      ...(command.outputDir ? { outputDir: command.outputDir } : {}),
      snapshotDir: command.snapshotDir,
      ...(command.history ? { previous: (snapshotPath: string) => diskLookup(snapshotPath, io) } : {}),
      redact,
    })
  } else {
    // A report's exit code as its run would have had it under the org's gate: incomplete, else clean (the gate reads the sum).
    const exitOf = (report: Parameters<typeof statusOf>[0]) => (statusOf(report) === 'incomplete' && command.failOn !== 'none' ? EXIT.incomplete : EXIT.ok)
    outcomes = await readReportsDir(command.dir, io, file, exitOf)
    if (!outcomes.length) throw new FatalError(`No target reports in ${command.dir} (TARGET.json or TARGET.failed.json)`)
  }
  const { org, exitCode } = rollup(outcomes, { ...gate, now: command.now ?? ports.now() })
  const reportDir = command.kind === 'org' ? command.outputDir : command.dir
  const markdown = renderOrgMarkdown(org, (t) => (t.counts && reportDir ? `${t.name}.md` : undefined))
  const json = `${JSON.stringify(org, null, 2)}\n`
  if (command.outputDir) {
    await io.writeText(`${command.outputDir}/org.json`, json)
    await io.writeText(`${command.outputDir}/org.md`, markdown)
    io.stderr(`Wrote ${command.outputDir}/org.json and org.md\n`)
  }
  io.stdout(command.format === 'json' ? json : markdown)
  const s = org.statuses
  ports.logger.info(`Org: ${org.targets.length} targets: ${s.ok} ok, ${s.drift} drift, ${s.incomplete} incomplete, ${s.failed} failed, ${s.missing} missing`)
  return exitCode
}

/** Every credential the entry point was given, for redaction of org messages. */
export const orgCredentials = (command: Extract<CliCommand, { kind: 'org' }>, io: CliIo): string[] => credentialsIn(command.reader, settingsOptions(io.stores))
