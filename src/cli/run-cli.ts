/** The command line: flags and environment → run() → the report on stdout or in a file. */
import type { Report } from '../audit/report.js'
import { EXIT, FatalError, errorMessage } from '../core/errors.js'
import type { Ports } from '../core/ports.js'
import { redactor } from '../options.js'
import { cliCommand, usage, type CliContext, type Format } from './args.js'

export interface CliIo extends CliContext {
  readdir: (dir: string) => Promise<string[]>
  stdout: (text: string) => void
  stderr: (text: string) => void
  writeText: (path: string, text: string) => Promise<void>
  version: string
}

/** The renderer of a format, loaded on demand; SARIF points at the snapshot the run would commit (`snapshotPath`). */
export async function renderer(format: Format, sarif?: { version: string; snapshotPath: string }): Promise<(report: Report) => string> {
  if (format === 'sarif') {
    const { renderSarif } = await import('../render/sarif.js')
    const { renderMarkdown } = await import('../render/markdown.js')
    // The snapshot's dated path, as history.ts's datedPath writes it.
    const dated = (report: Report) => (sarif?.snapshotPath ?? '').replaceAll('{date}', report.generatedAt.slice(0, 10))
    return (report) => renderSarif(report, { version: sarif?.version ?? '', snapshot: { path: dated(report), markdown: renderMarkdown(report) } })
  }
  if (format === 'csv') return (await import('../render/csv.js')).renderCsv
  if (format === 'json') return (await import('../render/json.js')).renderJson
  return (await import('../render/markdown.js')).renderMarkdown
}

export async function runCli(argv: string[], io: CliIo, ports: Ports): Promise<number> {
  let redact = (text: string): string => text
  try {
    const command = await cliCommand(argv, io)
    if (command.kind === 'help') {
      io.stdout(`${usage(io.stores)}\n`)
      return EXIT.ok
    }
    if (command.kind === 'version') {
      io.stdout(`${io.version}\n`)
      return EXIT.ok
    }
    if (command.kind === 'org' || command.kind === 'rollup') {
      const { runOrgCli, orgCredentials } = await import('./org-cli.js')
      redact = redactor(command.kind === 'org' ? orgCredentials(command, io) : [])
      return await runOrgCli(command, io, ports, redact)
    }
    redact = redactor(command.settings.stores.flatMap((s) => s.credentials))
    // The audit engine loads once the settings are valid: a bad flag fails fast.
    // One after the other: jest's ESM loader loses a module two concurrent imports share (both load audit/expiry).
    const { run, exitMessage } = await import('../run.js')
    const { diskLookup, fileLookup } = await import('../history/history.js')
    const spec = command.previous
    const previous = spec.kind === 'path' ? fileLookup(spec.path, io.readText) : spec.kind === 'auto' ? diskLookup(spec.snapshotPath, io) : undefined
    const { report, exitCode } = await run(command.settings, ports, { previous })
    const text = (await renderer(command.format, { version: io.version, snapshotPath: command.settings.snapshotPath }))(report)
    if (command.output) {
      try {
        await io.writeText(command.output, text)
      } catch (err) {
        throw new FatalError(`Cannot write --output ${command.output}: ${errorMessage(err)}`)
      }
      io.stderr(`Wrote ${command.output}\n`)
    } else {
      io.stdout(text)
    }
    // The gate's reason after the report, where a pull-request log ends: "NEW_KEY is used at src/x.ts:3 and declared nowhere; …".
    if (exitCode === EXIT.gate) ports.logger.error(exitMessage(exitCode, report, command.settings.failOn, command.settings.failOnHygiene)!)
    return exitCode
  } catch (err) {
    if (err instanceof FatalError) {
      io.stderr(`Error: ${redact(err.message)}\n`)
      return EXIT.fatal
    }
    io.stderr(`Unexpected error: ${redact(errorMessage(err))}\n`)
    return EXIT.fatal
  }
}
