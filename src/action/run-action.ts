/**
 * The GitHub Action flow: inputs → settings → run() → snapshot, outputs,
 * job summary, then the publishers (commit, PR comment, Slack). A publisher
 * failing never stops the others, nor loses the report; the exit code is
 * fail-on's alone.
 */
import type { Report } from '../audit/report.js'
import { EXIT, FatalError, errorMessage } from '../core/errors.js'
import type { Annotation, Ports } from '../core/ports.js'
import { publishSettings, type Publishers, type PublishSettings, type ReportLinks } from '../publish/publishers.js'
import { md } from '../render/escape.js'
import type { Settings } from '../settings.js'
import { DEFAULT_SNAPSHOT_PATH, blobUrl, snapshotFiles } from '../history/history.js'
import { VERSION } from '../core/version.js'
import { isPullRequest, runName, runUrl, type ActionContext } from './context.js'
import { actionReader, actionSettings, type InputIo } from './inputs.js'
import type { ActionResult, RunnerIo } from './runner.js'

export { OUTPUTS, type ActionResult, type OutputName, type RunnerIo } from './runner.js'

/** Exit 1: the cause as an error annotation and in the job summary, where a nightly failure is seen. */
async function couldNotRun(io: RunnerIo, ports: Ports, message: string, where?: Annotation): Promise<ActionResult> {
  ports.logger.error(message, where)
  await io.summary(`## Vault coverage: could not run\n\n${md(message)}\n\nNothing was audited (exit 1). See the README's exit codes for what to do.\n`)
  return { exitCode: EXIT.fatal }
}

/** When the settings could not be built, the Slack settings alone may still be: enough to say the run failed. */
function failureSettings(io: InputIo): PublishSettings | undefined {
  try {
    return publishSettings(actionReader(io), DEFAULT_SNAPSHOT_PATH)
  } catch {
    return undefined
  }
}

/** The markdown snapshot the history came from, on the branch it was read from. */
function lastCommitted(report: Report, context: ActionContext, branch: string | undefined): { snapshotPath?: string; snapshotUrl?: string } {
  const json = report.history?.previous.location
  if (!json) return {}
  const snapshotPath = json.replace(/\.json$/, '.md')
  return { snapshotPath, snapshotUrl: blobUrl(context.serverUrl, context, branch ?? context.baseRef ?? 'HEAD', snapshotPath) }
}

export async function runAction(io: RunnerIo, ports: Ports, context: ActionContext, publishers: Publishers): Promise<ActionResult> {
  const mode = io.input('mode')
  if (mode) {
    // An org mode (plan, audit, rollup): its own flow, loaded only when asked for.
    try {
      const { runOrgAction } = await import('./org-action.js')
      return await runOrgAction(mode, io, { ...ports, mask: io.setSecret }, context, publishers)
    } catch (err) {
      return couldNotRun(
        io,
        ports,
        err instanceof FatalError ? err.message : `Unexpected error: ${errorMessage(err)}`,
        err instanceof FatalError ? err.where : undefined,
      )
    }
  }
  let settings: Settings
  let publish: PublishSettings
  const pullRequest = isPullRequest(context)
  // An audit that quietly stops working is the worst failure it can have: exit 1 is posted too.
  const failed = async (message: string, where?: Annotation): Promise<ActionResult> => {
    const result = await couldNotRun(io, ports, message, where)
    const alert = publish ?? failureSettings(io)
    if (alert?.slackWebhookUrl && alert.notifyOnFailure && !pullRequest) {
      await publishers.slackFailure('could-not-run', `${message} (exit 1: nothing was audited)`, runUrl(context), alert)
    }
    return result
  }
  try {
    ;({ settings, publish } = await actionSettings({ ...io, pullRequest: isPullRequest(context) }))
  } catch (err) {
    return failed(errorMessage(err), err instanceof FatalError ? err.where : undefined)
  }

  // The audit engine and renderers load once the settings are valid: a bad input fails fast.
  const { run, exitMessage } = await import('../run.js')
  let report: Report
  let exitCode: number
  const group = ports.group ?? (<T>(_name: string, fn: () => Promise<T>) => fn())
  try {
    // A pull request compares with its base branch's last committed snapshot, today's included.
    const history = pullRequest && !publish.branch && context.baseRef ? { ...publish, branch: context.baseRef } : publish
    ;({ report, exitCode } = await group(`Audit: ${settings.stores.map((s) => s.kind).join(' + ')}`, () =>
      run(settings, { ...ports, mask: io.setSecret }, { previous: publishers.previous(history), includeToday: pullRequest }),
    ))
  } catch (err) {
    return failed(err instanceof FatalError ? err.message : `Unexpected error: ${errorMessage(err)}`)
  }

  // Decided before the snapshot is rendered: the JSON twin records what was posted today, so a re-run
  // (a workflow_dispatch after the nightly, a retried job) with the same drift does not post it again.
  const plan = await publishers.plan(report, publish, pullRequest)
  const files = await snapshotFiles(report, publish.snapshotPath, plan.notification)
  const { renderSummary } = await import('../render/summary.js')
  // Every run leaves its reports on the runner, committed or not: actions/upload-artifact can keep them.
  const temp = io.tempDir.replace(/\/$/, '')
  const { renderCsv } = await import('../render/csv.js')
  const reports = {
    json: `${temp}/vault-coverage-report.json`,
    markdown: `${temp}/vault-coverage-report.md`,
    csv: `${temp}/vault-coverage-report.csv`,
    sarif: `${temp}/vault-coverage.sarif`,
  }
  const { renderSarif } = await import('../render/sarif.js')
  await io.writeText(reports.json, files.json)
  await io.writeText(reports.markdown, files.markdown)
  await io.writeText(reports.csv, renderCsv(report))
  await io.writeText(reports.sarif, renderSarif(report, { version: VERSION, snapshot: { path: files.markdownPath, markdown: files.markdown } }))
  io.setOutput('drift-count', String(report.counts.drift))
  io.setOutput('skew-count', String(report.counts.skew))
  io.setOutput('expiring-count', String(report.counts.expiring))
  io.setOutput('unreadable-count', String(report.counts.unreadable))
  io.setOutput('new-drift-count', String(report.counts.newDrift))
  io.setOutput('resolved-drift-count', String(report.counts.resolvedDrift))
  io.setOutput('snapshot-path', files.markdownPath)
  io.setOutput('report-json', reports.json)
  io.setOutput('report-markdown', reports.markdown)
  io.setOutput('report-csv', reports.csv)
  io.setOutput('sarif-file', reports.sarif)

  // The job summary is written before any publisher runs: a publisher that fails or stalls loses nothing.
  // A pull request commits nothing: it points at the last committed snapshot, when there is one.
  const committed = pullRequest ? lastCommitted(report, context, publish.branch) : { snapshotPath: files.markdownPath }
  await io.summary(renderSummary(report, { maxBytes: 1_000_000, runUrl: runUrl(context), ...committed }))

  // Each publisher decides for itself whether it runs; they run in this order.
  const message = exitMessage(exitCode, report, settings.failOn, settings.failOnHygiene)
  const outcome = { report, files, settings: publish, pullRequest, exitCode, ...(message ? { exitMessage: message } : {}), committed }
  const commit = await group('Snapshot commit', () => publishers.commit(outcome))
  io.setOutput('commit-sha', commit?.status === 'committed' ? commit.sha : '')
  const links: ReportLinks = {
    runUrl: runUrl(context),
    runName: runName(context),
    ...(commit?.status === 'committed' ? { snapshotUrl: commit.url } : {}),
  }
  if (links.snapshotUrl) await io.summary(`Snapshot committed: [${md(files.markdownPath)}](${links.snapshotUrl})\n`)
  await publishers.comment(outcome, links)
  io.setOutput('slack-posted', String(await publishers.slack(outcome, links, plan)))

  if (message) ports.logger.error(message)
  return { exitCode, report }
}
