/**
 * The GitHub Action flow: inputs → settings → run() → snapshot, outputs,
 * job summary, then the publishers (commit, PR comment, Slack). A publisher
 * failing never stops the others, nor loses the report; the exit code is
 * fail-on's alone.
 */
import { z, type Infer } from './schema.js'
import type { Report } from './audit/report.js'
import { EXIT, FatalError, errorMessage } from './errors.js'
import { md } from './render/escape.js'
import type { Ports } from './run.js'
import {
  environmentList,
  failOnSchema,
  infisicalSettings,
  loadPolicy,
  parseInput,
  parseNow,
  parseSourceSpec,
  secretsOf,
  type Settings,
  type SourceSettings,
  DEFAULT_SNAPSHOT_PATH,
} from './settings.js'
import type { PreviousLookup } from './previous.js'

const notifyOnSchema = z.enum(['drift', 'always', 'never', 'drift-or-skew', 'change'])
const commitSchema = z.enum(['auto', 'true', 'false'])
export type NotifyOn = Infer<typeof notifyOnSchema>

export interface PublishSettings {
  /** With `{date}` replaced by the report's UTC date. */
  snapshotPath: string
  commit: 'auto' | 'true' | 'false'
  branch?: string
  githubToken?: string
  slackWebhookUrl?: string
  notifyOn: NotifyOn
  prComment: boolean
}

export interface ActionContext {
  eventName: string
  owner: string
  repo: string
  serverUrl: string
  runId: string
  /** Set on pull_request events. */
  prNumber?: number
}

/** What the runner provides, as ports: inputs, masking, outputs, summary, files. */
export interface RunnerIo {
  input(name: string): string
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  /** Append markdown to the job summary; a no-op outside the runner. */
  summary(markdown: string): Promise<void>
  writeText(path: string, text: string): Promise<void>
  readText(path: string): Promise<string>
  exists(path: string): boolean
  /** Where report-json is written (RUNNER_TEMP). */
  tempDir: string
}

/** The publishers (and the repository's snapshot history), passed in so tests can inject clients that nock sees. */
export interface Publishers {
  /** The previous snapshot in the repository, for the delta; undefined without a token. */
  previous(settings: PublishSettings): PreviousLookup | undefined
  commit(report: Report, files: SnapshotFiles, settings: PublishSettings): Promise<CommitOutcome>
  comment(body: string, settings: PublishSettings): Promise<void>
  slack(report: Report, links: ReportLinks, settings: PublishSettings): Promise<boolean>
}

export interface SnapshotFiles {
  markdownPath: string
  markdown: string
  jsonPath: string
  json: string
}

export type CommitOutcome = { status: 'committed'; sha: string; url: string } | { status: 'unchanged' } | { status: 'failed' }

export interface ReportLinks {
  snapshotUrl?: string
  runUrl: string
}

const bool = (name: string) => (value: string) =>
  parseInput(z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', '']), value, name).toLowerCase() === 'true'

/** Inputs → Settings. Every bad input fails here, naming the input and what was expected. */
export async function actionSettings(io: RunnerIo): Promise<{ settings: Settings; publish: PublishSettings }> {
  const input = (name: string) => io.input(name).trim()
  // Mask first: nothing may be logged before every credential is registered.
  for (const name of ['infisical-client-secret', 'cf-access-client-secret', 'github-token', 'slack-webhook-url']) {
    const value = input(name)
    if (value) io.setSecret(value)
  }
  for (const line of input('extra-headers').split(/\r?\n/)) {
    const value = line.slice(line.indexOf(':') + 1).trim()
    if (line.includes(':') && value) io.setSecret(value)
  }

  const policy = await loadPolicy(input('policy') || undefined, io.readText, io.exists)
  const sourceInput = input('source') || 'infisical'
  const spec = parseSourceSpec(sourceInput)
  let source: SourceSettings
  if (spec?.kind === 'file') {
    source = spec
  } else if (spec?.kind === 'infisical') {
    source = infisicalSettings(
      {
        clientId: input('infisical-client-id'),
        clientSecret: input('infisical-client-secret'),
        projectId: input('infisical-project-id'),
        host: input('infisical-host'),
        cfAccessClientId: input('cf-access-client-id'),
        cfAccessClientSecret: input('cf-access-client-secret'),
        extraHeaders: io.input('extra-headers'),
        timeoutSeconds: input('timeout-seconds'),
        maxWaitSeconds: input('max-wait-seconds'),
        expiryTag: input('expiry-tag'),
      },
      {
        missing: 'Missing required inputs',
        expiryTag: 'expiry-tag',
        clientId: 'infisical-client-id',
        clientSecret: 'infisical-client-secret',
        projectId: 'infisical-project-id',
        host: 'infisical-host',
        extraHeaders: 'extra-headers',
        cf: 'cf-access-client-id / cf-access-client-secret',
        timeout: 'timeout-seconds',
        maxWait: 'max-wait-seconds',
      },
    )
  } else {
    throw new FatalError(`Invalid source: expected "infisical" or "file:PATH", got "${sourceInput}"`)
  }

  const snapshotPath = input('snapshot-path') || DEFAULT_SNAPSHOT_PATH
  if (!snapshotPath.endsWith('.md') || !snapshotPath.slice(snapshotPath.lastIndexOf('/')).includes('{date}') || snapshotPath.startsWith('/') || snapshotPath.split('/').includes('..')) {
    throw new FatalError(`Invalid snapshot-path: expected a relative path ending in .md with {date} in the file name, such as ${DEFAULT_SNAPSHOT_PATH}`)
  }
  const webhook = input('slack-webhook-url')
  // https only; plain http is accepted on loopback, for a local stand-in.
  if (webhook && !/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/])\S+$/.test(webhook)) {
    throw new FatalError('Invalid slack-webhook-url: expected an https:// URL')
  }
  const prefix = input('path-prefix') || policy.pathPrefix

  const settings: Settings = {
    source,
    environments: environmentList(input('environments'), 'environments') ?? policy.environments,
    pathPrefix: prefix || (source.kind === 'infisical' ? '/' : undefined),
    policy,
    failOn: parseInput(failOnSchema, input('fail-on') || 'incomplete', 'fail-on'),
    ...(input('now') ? { now: parseNow(input('now'), 'now') } : {}),
  }
  const publish: PublishSettings = {
    snapshotPath,
    commit: parseInput(commitSchema, input('commit') || 'auto', 'commit'),
    ...(input('branch') ? { branch: input('branch') } : {}),
    ...(input('github-token') ? { githubToken: input('github-token') } : {}),
    ...(webhook ? { slackWebhookUrl: webhook } : {}),
    notifyOn: parseInput(notifyOnSchema, input('notify-on') || 'drift', 'notify-on'),
    prComment: bool('pr-comment')(input('pr-comment')),
  }
  return { settings, publish }
}

export async function snapshotFiles(report: Report, snapshotPath: string): Promise<SnapshotFiles> {
  const [{ renderMarkdown }, { renderJson }] = await Promise.all([import('./render/markdown.js'), import('./render/json.js')])
  const markdownPath = snapshotPath.replaceAll('{date}', report.generatedAt.slice(0, 10))
  return {
    markdownPath,
    markdown: renderMarkdown(report),
    jsonPath: markdownPath.replace(/\.md$/, '.json'),
    json: renderJson(report),
  }
}

export function shouldNotify(report: Report, notifyOn: NotifyOn): boolean {
  switch (notifyOn) {
    case 'always':
      return true
    case 'never':
      return false
    case 'drift-or-skew':
      return report.counts.drift > 0 || report.counts.skew > 0
    case 'drift':
      return report.counts.drift > 0
    case 'change':
      // Without a previous snapshot, every drift row is new.
      return report.history ? report.counts.newDrift + report.counts.resolvedDrift > 0 : report.counts.drift > 0
  }
}

/** Exit 1: the cause as an error annotation and in the job summary, where a nightly failure is seen. */
async function couldNotRun(io: RunnerIo, ports: Ports, message: string): Promise<ActionResult> {
  ports.logger.error(message)
  await io.summary(`## Vault coverage: could not run\n\n${md(message)}\n\nNothing was audited (exit 1). See the README's exit codes for what to do.\n`)
  return { exitCode: EXIT.fatal }
}

export interface ActionResult {
  exitCode: number
  report?: Report
}

export async function runAction(io: RunnerIo, ports: Ports, context: ActionContext, publishers: Publishers): Promise<ActionResult> {
  let settings: Settings
  let publish: PublishSettings
  try {
    ;({ settings, publish } = await actionSettings(io))
    for (const secret of secretsOf(settings)) io.setSecret(secret)
  } catch (err) {
    return couldNotRun(io, ports, errorMessage(err))
  }

  // The audit engine and renderers load once the settings are valid: a bad input fails fast.
  const { run } = await import('./run.js')
  let report: Report
  let exitCode: number
  try {
    ;({ report, exitCode } = await run(settings, { ...ports, mask: io.setSecret }, { previous: publishers.previous(publish) }))
  } catch (err) {
    return couldNotRun(io, ports, err instanceof FatalError ? err.message : `Unexpected error: ${errorMessage(err)}`)
  }

  const files = await snapshotFiles(report, publish.snapshotPath)
  const { renderSummary } = await import('./render/summary.js')
  const isPullRequest = context.eventName === 'pull_request' || context.eventName === 'pull_request_target'
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

  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`
  let commit: CommitOutcome | undefined
  const wantCommit = publish.commit === 'true' || (publish.commit === 'auto' && !isPullRequest)
  if (wantCommit) commit = await publishers.commit(report, files, publish)
  else ports.logger.info(isPullRequest ? 'Pull request: dry run, no snapshot commit (set commit: true to commit anyway)' : 'commit: false, no snapshot commit')
  io.setOutput('commit-sha', commit?.status === 'committed' ? commit.sha : '')

  const links: ReportLinks = { runUrl, ...(commit?.status === 'committed' ? { snapshotUrl: commit.url } : {}) }
  const summary = renderSummary(report, { maxBytes: 1_000_000, ...links, snapshotPath: files.markdownPath })
  await io.summary(summary)

  if (isPullRequest && publish.prComment) await publishers.comment(renderSummary(report, { maxBytes: 60_000, ...links, snapshotPath: files.markdownPath, marker: true }), publish)

  let posted = false
  if (isPullRequest) ports.logger.info('Pull request: dry run, no Slack post')
  else if (!publish.slackWebhookUrl) ports.logger.debug('No slack-webhook-url: no Slack post')
  else if (shouldNotify(report, publish.notifyOn)) posted = await publishers.slack(report, links, publish)
  else ports.logger.info(`notify-on: ${publish.notifyOn}: nothing to post`)
  io.setOutput('slack-posted', String(posted))

  return { exitCode, report }
}

export interface PublisherDeps {
  logger: Ports['logger']
  fetch: typeof globalThis.fetch
  sleep: (ms: number) => Promise<void>
  context: ActionContext
  /** Builds the GitHub client; tests inject one whose fetch nock sees. */
  octokit: (token: string) => Promise<import('./publish/github.js').Octokit>
  slack?: { timeoutMs: number; retries: number; minTimeoutMs: number; maxWaitMs: number }
}

export function snapshotCommitMessage(report: Report): string {
  const c = report.counts
  // [skip ci]: a token that can start workflows (a PAT) must not loop them.
  return `Vault coverage snapshot ${report.generatedAt.slice(0, 10)}: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expiring [skip ci]`
}

/** The real publishers, loaded on first use so an audit-only run never pays for them. */
export function createPublishers(deps: PublisherDeps): Publishers {
  const repo = { owner: deps.context.owner, repo: deps.context.repo }
  const client = async (settings: PublishSettings, what: string) => {
    if (!settings.githubToken) {
      deps.logger.error(`github-token is empty: ${what} needs a token (the default is the workflow's GITHUB_TOKEN)`)
      return undefined
    }
    return deps.octokit(settings.githubToken)
  }
  return {
    previous(settings) {
      if (!settings.githubToken) return undefined
      return {
        async find(today) {
          const octokit = await deps.octokit(settings.githubToken!)
          const { githubLookup } = await import('./publish/github.js')
          return githubLookup(octokit, repo, settings.branch, settings.snapshotPath).find(today)
        },
      }
    },
    async commit(report, files, settings) {
      const octokit = await client(settings, 'the snapshot commit')
      if (!octokit) return { status: 'failed' }
      const { commitSnapshot } = await import('./publish/github.js')
      return commitSnapshot(octokit, repo, files, snapshotCommitMessage(report), settings.branch, deps.logger)
    },
    async comment(body, settings) {
      if (deps.context.prNumber === undefined) return
      const octokit = await client(settings, 'the pull-request comment')
      if (!octokit) return
      const { upsertComment } = await import('./publish/github.js')
      await upsertComment(octokit, repo, deps.context.prNumber, body, deps.logger)
    },
    async slack(report, links, settings) {
      const [{ postSlack }, { renderSlack }] = await Promise.all([import('./publish/slack.js'), import('./render/slack.js')])
      const slack = deps.slack ?? { timeoutMs: 10_000, retries: 2, minTimeoutMs: 1000, maxWaitMs: 60_000 }
      return postSlack(settings.slackWebhookUrl!, renderSlack(report, links), { fetch: deps.fetch, sleep: deps.sleep, logger: deps.logger, ...slack })
    },
  }
}

/** The runner's context, from its environment variables and event payload. */
export function contextFromEnv(env: Record<string, string | undefined>, eventPayload: unknown): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const number = (eventPayload as { pull_request?: { number?: unknown } } | undefined)?.pull_request?.number
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    ...(typeof number === 'number' ? { prNumber: number } : {}),
  }
}

/** The one line that explains a non-zero exit. */
export function exitMessage(exitCode: number, report: Report | undefined, failOn: string): string | undefined {
  if (!report) return undefined
  if (exitCode === EXIT.incomplete) {
    const envs = report.environments.filter((e) => e.status === 'unreadable').map((e) => e.slug)
    return `Audit incomplete: ${envs.join(', ')} could not be read (exit 2). The rest of the report stands; fix access and re-run.`
  }
  if (exitCode === EXIT.gate) return `fail-on: ${failOn}: ${report.counts.drift} drift rows (exit 3). See the job summary.`
  return undefined
}
