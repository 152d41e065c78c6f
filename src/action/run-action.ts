/**
 * The GitHub Action flow: inputs → settings → run() → snapshot, outputs,
 * job summary, then the publishers (commit, PR comment, Slack). A publisher
 * failing never stops the others, nor loses the report; the exit code is
 * fail-on's alone.
 */
import { isDrift, type Report } from '../audit/report.js'
import { EXIT, FatalError, errorMessage } from '../errors.js'
import type { Annotation, Ports } from '../ports.js'
import type { CommitOutcome } from '../publish/github.js'
import { publishSettings, shouldNotify, type Publishers, type PublishSettings, type ReportLinks } from '../publish/publishers.js'
import { md } from '../render/escape.js'
import type { Settings } from '../settings.js'
import { DEFAULT_SNAPSHOT_PATH, blobUrl, snapshotFiles, type Notification } from '../history.js'
import { isPullRequest, runUrl, type ActionContext } from './context.js'
import { createHash } from 'node:crypto'
import { actionReader, actionSettings, type InputIo } from './inputs.js'

/** The outputs action.yml declares, and what each means. */
export const OUTPUTS = {
  'drift-count': 'Rows missing where expected or present where not expected.',
  'skew-count': 'Secrets with a version gap or an updatedAt lag between environments.',
  'expiring-count': 'Expiry companions expired or expiring within the warning window.',
  'unreadable-count': 'Environments that could not be read (their rows are incomplete, never drift).',
  'new-drift-count': 'Drift rows that were not drifting in the previous snapshot (all of them when there is none).',
  'resolved-drift-count': 'Drift rows of the previous snapshot that no longer drift.',
  'snapshot-path': 'Repository path of the markdown snapshot (committed or not).',
  'commit-sha': 'The snapshot commit, or empty when nothing was committed.',
  'slack-posted': '`true` when the drift section was posted to Slack.',
  'report-json': 'Path of the full JSON report on the runner (schema in the README).',
} as const

export type OutputName = keyof typeof OUTPUTS

/** What the runner provides, as ports: inputs, masking, outputs, summary, files. */
export interface RunnerIo extends InputIo {
  setOutput(name: OutputName, value: string): void
  /** Append markdown to the job summary; a no-op outside the runner. */
  summary(markdown: string): Promise<void>
  writeText(path: string, text: string): Promise<void>
  /** Where report-json is written (RUNNER_TEMP). */
  tempDir: string
}

export interface ActionResult {
  exitCode: number
  report?: Report
}

/** Exit 1: the cause as an error annotation and in the job summary, where a nightly failure is seen. */
async function couldNotRun(io: RunnerIo, ports: Ports, message: string, where?: Annotation): Promise<ActionResult> {
  ports.logger.error(message, where)
  await io.summary(`## Vault coverage: could not run\n\n${md(message)}\n\nNothing was audited (exit 1). See the README's exit codes for what to do.\n`)
  return { exitCode: EXIT.fatal }
}

/** One digest of the drift set: the same rows drifting the same way give the same digest. */
function driftDigest(report: Report): string {
  const drift = report.rows.filter(isDrift).map((r) => [r.path, r.key, r.status, r.missingIn, r.unexpectedIn])
  return createHash('sha256').update(JSON.stringify(drift)).digest('hex')
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
  let post = !pullRequest && Boolean(publish.slackWebhookUrl) && shouldNotify(report, publish.notifyOn)
  let notification: Notification | undefined
  if (post) {
    const day = report.generatedAt.slice(0, 10)
    notification = { day, digest: driftDigest(report) }
    const earlier = await publishers.postedToday(day, publish)
    if (earlier?.digest === notification.digest) {
      post = false
      ports.logger.info('The same drift was posted to Slack earlier today: not posting it again')
    }
  }

  const files = await snapshotFiles(report, publish.snapshotPath, notification)
  const { renderSummary } = await import('../render/summary.js')
  const reportJsonPath = `${io.tempDir.replace(/\/$/, '')}/vault-coverage-report.json`
  await io.writeText(reportJsonPath, files.json)
  io.setOutput('drift-count', String(report.counts.drift))
  io.setOutput('skew-count', String(report.counts.skew))
  io.setOutput('expiring-count', String(report.counts.expiring))
  io.setOutput('unreadable-count', String(report.counts.unreadable))
  io.setOutput('new-drift-count', String(report.counts.newDrift))
  io.setOutput('resolved-drift-count', String(report.counts.resolvedDrift))
  io.setOutput('snapshot-path', files.markdownPath)
  io.setOutput('report-json', reportJsonPath)

  // The job summary is written before any publisher runs: a publisher that fails or stalls loses nothing.
  // A pull request commits nothing: it points at the last committed snapshot, when there is one.
  const committed = pullRequest ? lastCommitted(report, context, publish.branch) : { snapshotPath: files.markdownPath }
  await io.summary(renderSummary(report, { maxBytes: 1_000_000, runUrl: runUrl(context), ...committed }))

  let commit: CommitOutcome | undefined
  const wantCommit = publish.commit === 'true' || (publish.commit === 'auto' && !pullRequest)
  if (wantCommit) commit = await group('Snapshot commit', () => publishers.commit(report, files, publish))
  else ports.logger.info(pullRequest ? 'Pull request: dry run, no snapshot commit (set commit: true to commit anyway)' : 'commit: false, no snapshot commit')
  io.setOutput('commit-sha', commit?.status === 'committed' ? commit.sha : '')

  const links: ReportLinks = { runUrl: runUrl(context), ...(commit?.status === 'committed' ? { snapshotUrl: commit.url } : {}) }
  if (links.snapshotUrl) await io.summary(`Snapshot committed: [${md(files.markdownPath)}](${links.snapshotUrl})\n`)

  if (pullRequest && publish.prComment)
    await publishers.comment(renderSummary(report, { maxBytes: 60_000, runUrl: links.runUrl, ...committed, marker: true }), publish)

  let posted = false
  if (pullRequest) ports.logger.info('Pull request: dry run, no Slack post')
  else if (!publish.slackWebhookUrl) ports.logger.debug('No slack-webhook-url: no Slack post')
  else if (post) posted = await publishers.slack(report, links, publish)
  else if (exitCode === EXIT.incomplete && publish.notifyOnFailure) {
    // Nothing to post by notify-on, but the audit could not read everything: say so.
    const cause = exitMessage(exitCode, report, settings.failOn, settings.failOnHygiene) ?? 'an environment could not be read'
    posted = await publishers.slackFailure('incomplete', cause, links.runUrl, publish)
  } else if (!notification) ports.logger.info(`notify-on: ${publish.notifyOn}: nothing to post`)
  io.setOutput('slack-posted', String(posted))

  const message = exitMessage(exitCode, report, settings.failOn, settings.failOnHygiene)
  if (message) ports.logger.error(message)
  return { exitCode, report }
}
