/**
 * The publishers of an action run — the snapshot commit, the PR comment and
 * Slack — with their option rows and settings. Each is loaded on first use
 * and reports its own outcome; one failing never stops the others.
 */
import { isDrift, type Report } from '../audit/report.js'
import { createHash } from 'node:crypto'
import { EXIT, FatalError } from '../core/errors.js'
import { parseInput, valueOf, valueOrDefault, type Option, type OptionReader } from '../options.js'
import type { Logger } from '../core/ports.js'
import { dayInName, postedOn, type Notification, type PreviousLookup, type SnapshotFiles } from '../history/history.js'
import { z, type Infer } from '../core/schema.js'
import type { CommitFile, CommitOutcome, GitHubClientOptions, Octokit, Repository } from './github.js'
import type { SlackMessage } from '../render/slack.js'
import { isSafeEndpoint } from '../net/loopback.js'

const notifyOnSchema = z.enum(['drift', 'always', 'never', 'drift-or-skew', 'change'])
const commitSchema = z.enum(['auto', 'true', 'false'])
export type NotifyOn = Infer<typeof notifyOnSchema>

export const PUBLISH_OPTIONS = {
  commit: {
    input: 'commit',
    default: 'auto',
    help: 'Commit the snapshot: `auto` (yes, except on pull_request), `true` or `false`.',
  },
  branch: {
    input: 'branch',
    default: '',
    help: "Branch to commit the snapshot to. Empty: the repository's default branch.",
  },
  githubToken: {
    input: 'github-token',
    secret: true,
    default: '${{ github.token }}',
    help: 'Token for the snapshot commit (`contents: write`) and the PR comment (`pull-requests: write`).',
  },
  slackWebhookUrl: {
    input: 'slack-webhook-url',
    secret: true,
    default: '',
    help: 'Slack incoming webhook for the drift section (masked). Empty: no Slack post.',
  },
  notifyOn: {
    input: 'notify-on',
    default: 'drift',
    help: 'When to post to Slack: `drift` (drift-count > 0), `change` (drift appeared or resolved since the previous snapshot), `drift-or-skew`, `always` or `never`. Never on pull_request.',
  },
  slackMention: {
    input: 'slack-mention',
    default: '',
    help: 'One mention for on-call in the Slack message, e.g. `<!subteam^S0123ABC>` (a user group), `<@U0123ABC>` or `<!here>`. The only mention a message can ever carry.',
  },
  notifyOnFailure: {
    input: 'notify-on-failure',
    default: 'true',
    help: 'Post a short Slack message when the audit could not run (exit 1) or could not read everything (exit 2), with the cause and the run link.',
  },
  prComment: {
    input: 'pr-comment',
    default: 'false',
    help: 'On pull_request, keep one comment with the coverage summary, updated in place.',
  },
} satisfies Record<string, Option>

export interface PublishSettings {
  /** The snapshot path template (`{date}` in the file name). */
  snapshotPath: string
  commit: 'auto' | 'true' | 'false'
  branch?: string
  githubToken?: string
  slackWebhookUrl?: string
  notifyOn: NotifyOn
  prComment: boolean
  /** Validated: a user group, a user, or here/channel. */
  slackMention?: string
  notifyOnFailure: boolean
}

const bool = (reader: OptionReader, option: Option): boolean =>
  parseInput(z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']), valueOrDefault(reader, option), reader.nameOf(option)).toLowerCase() === 'true'

export function publishSettings(reader: OptionReader, snapshotPath: string): PublishSettings {
  const o = PUBLISH_OPTIONS
  const webhook = valueOf(reader, o.slackWebhookUrl)
  // https only; plain http is accepted on loopback, for a local stand-in. The URL is a credential: never echoed.
  if (webhook && (!isSafeEndpoint(webhook) || /\s/.test(webhook))) {
    throw new FatalError(
      `Invalid ${reader.nameOf(o.slackWebhookUrl)}: expected an https:// URL without a user name or password (plain http only to 127.0.0.1, ::1 or localhost)`,
    )
  }
  const branch = valueOf(reader, o.branch)
  const token = valueOf(reader, o.githubToken)
  const mention = valueOf(reader, o.slackMention)
  // The one mention a message may carry: Slack's own syntax for a group, a user, or here/channel; nothing else.
  if (mention && !/^<(!subteam\^[A-Z0-9]{1,32}|@[UW][A-Z0-9]{1,32}|!here|!channel)>$/.test(mention)) {
    throw new FatalError(`Invalid ${reader.nameOf(o.slackMention)}: expected <!subteam^ID>, <@USERID>, <!here> or <!channel>`)
  }
  return {
    snapshotPath,
    commit: parseInput(commitSchema, valueOrDefault(reader, o.commit), reader.nameOf(o.commit)),
    ...(branch ? { branch } : {}),
    ...(token ? { githubToken: token } : {}),
    ...(webhook ? { slackWebhookUrl: webhook } : {}),
    notifyOn: parseInput(notifyOnSchema, valueOrDefault(reader, o.notifyOn), reader.nameOf(o.notifyOn)),
    prComment: bool(reader, o.prComment),
    ...(mention ? { slackMention: mention } : {}),
    notifyOnFailure: bool(reader, o.notifyOnFailure),
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
      // Without a previous snapshot every drift row is new; with earlier ones unreadable, nothing is known to have changed.
      if (report.historyUnavailable) return false
      return report.history ? report.counts.newDrift + report.counts.resolvedDrift > 0 : report.counts.drift > 0
  }
}

export interface ReportLinks {
  snapshotUrl?: string
  runUrl: string
  /** Which run this is (`acme/shop · Vault coverage #42`), for a message read among other audits'. */
  runName?: string
}

/** What the publishers know of the run they follow; each decides from it whether it runs. */
export interface RunOutcome {
  report: Report
  files: SnapshotFiles
  settings: PublishSettings
  /** A pull-request event: a dry run unless a setting says otherwise. */
  pullRequest: boolean
  exitCode: number
  /** The line that explains a non-zero exit (the incomplete alert's cause). */
  exitMessage?: string
  /** The snapshot the job summary and the PR comment point at. */
  committed: { snapshotPath?: string; snapshotUrl?: string }
}

/** Slack's decision, made before the snapshot is written: its JSON twin records what is posted today. */
export interface SlackPlan {
  post: boolean
  notification?: Notification
}

/** The publishers (and the repository's snapshot history), passed in so tests can inject clients that nock sees. */
export interface Publishers {
  /** The previous snapshot in the repository, for the delta; undefined without a token. */
  previous(settings: PublishSettings): PreviousLookup | undefined
  /** Whether today's report is posted: by notify-on, and not again when the same drift was posted earlier today. */
  plan(report: Report, settings: PublishSettings, pullRequest: boolean): Promise<SlackPlan>
  /** The snapshot commit, when `commit` asks for one; undefined when it does not. */
  commit(run: RunOutcome): Promise<CommitOutcome | undefined>
  /** The sticky pull-request comment, on a pull request with `pr-comment`. */
  comment(run: RunOutcome, links: ReportLinks): Promise<void>
  /** Slack: the planned post, else the incomplete alert when asked for, else nothing, saying why. */
  slack(run: RunOutcome, links: ReportLinks, plan: SlackPlan): Promise<boolean>
  /** The short "could not run" message, when nothing was audited. */
  slackFailure(kind: 'could-not-run' | 'incomplete', cause: string, runUrl: string, settings: PublishSettings): Promise<boolean>
  /** An org rollup's one commit of every snapshot, when `commit` asks for one (never on a pull request). */
  commitAll(files: CommitFile[], message: string, settings: PublishSettings): Promise<CommitOutcome | undefined>
  /** An org rollup's one Slack message. */
  post(message: SlackMessage, settings: PublishSettings): Promise<boolean>
}

/** One digest of the drift set: the same rows drifting the same way give the same digest. */
function driftDigest(report: Report): string {
  const drift = report.rows.filter(isDrift).map((r) => [r.path, r.key, r.status, r.missingIn, r.unexpectedIn])
  return createHash('sha256').update(JSON.stringify(drift)).digest('hex')
}

export interface PublisherDeps {
  logger: Logger
  fetch: typeof globalThis.fetch
  sleep: (ms: number) => Promise<void>
  repository: Repository
  serverUrl: string
  prNumber?: number
  /** GitHub client settings other than the token; tests shrink the time unit. */
  github?: Partial<Omit<GitHubClientOptions, 'fetch' | 'logger'>>
  slack?: { timeoutMs: number; retries: number; minTimeoutMs: number; maxWaitMs: number; attempts?: number }
}

/** Every GitHub call before the audit (the history lookup) ends within a minute; every one after it within two. */
export const GITHUB_HISTORY_DEADLINE_MS = 60_000
export const GITHUB_PUBLISH_DEADLINE_MS = 120_000
/** Slack: at most five attempts of ten seconds, and thirty seconds of rate-limit waits. */
export const SLACK_LIMITS = { timeoutMs: 10_000, attempts: 5, maxWaitMs: 30_000 }

export function snapshotCommitMessage(report: Report): string {
  const c = report.counts
  // [skip ci]: a token that can start workflows (a PAT) must not loop them.
  return `Vault coverage snapshot ${report.generatedAt.slice(0, 10)}: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expiring [skip ci]`
}

/** The real publishers, loaded on first use so an audit-only run never pays for them. */
export function createPublishers(deps: PublisherDeps): Publishers {
  const repo = deps.repository
  // One client for the history lookup (before the audit) and one for publishing (after it), each with
  // its own deadline: a slow store read between them must not spend the publishers' time.
  const clients = new Map<string, Promise<Octokit>>()
  const octokit = (token: string, purpose: 'history' | 'publish' = 'publish'): Promise<Octokit> => {
    let client = clients.get(purpose)
    if (!client) {
      const deadlineMs = purpose === 'history' ? GITHUB_HISTORY_DEADLINE_MS : GITHUB_PUBLISH_DEADLINE_MS
      client = import('./github.js').then(({ githubClient }) =>
        githubClient(token, { fetch: deps.fetch, logger: deps.logger, timeoutMs: 30_000, budgetMs: 60_000, deadlineMs, ...deps.github }),
      )
      clients.set(purpose, client)
    }
    return client
  }
  const client = async (settings: PublishSettings, what: string) => {
    if (!settings.githubToken) {
      deps.logger.error(`github-token is empty: ${what} needs a token (the default is the workflow's GITHUB_TOKEN)`)
      return undefined
    }
    return octokit(settings.githubToken)
  }
  const publishers: Publishers = {
    previous(settings) {
      if (!settings.githubToken) return undefined
      return {
        async list(today) {
          const [client, { githubLookup }] = await Promise.all([octokit(settings.githubToken!, 'history'), import('./github.js')])
          return githubLookup(client, repo, settings.branch, settings.snapshotPath).list(today)
        },
        async read(location) {
          const [client, { githubLookup }] = await Promise.all([octokit(settings.githubToken!, 'history'), import('./github.js')])
          return githubLookup(client, repo, settings.branch, settings.snapshotPath).read(location)
        },
        // Without it the trend would read no night: the window is chosen by the day in each name.
        dayOf: dayInName(settings.snapshotPath),
      }
    },
    async plan(report, settings, pullRequest) {
      if (pullRequest || !settings.slackWebhookUrl || !shouldNotify(report, settings.notifyOn)) return { post: false }
      const day = report.generatedAt.slice(0, 10)
      const notification = { day, digest: driftDigest(report) }
      const earlier = await postedToday(day, settings)
      if (earlier?.digest === notification.digest) {
        deps.logger.info('The same drift was posted to Slack earlier today: not posting it again')
        return { post: false, notification }
      }
      return { post: true, notification }
    },
    async commit({ report, files, settings, pullRequest }) {
      if (!(settings.commit === 'true' || (settings.commit === 'auto' && !pullRequest))) {
        deps.logger.info(pullRequest ? 'Pull request: dry run, no snapshot commit (set commit: true to commit anyway)' : 'commit: false, no snapshot commit')
        return undefined
      }
      const github = await client(settings, 'the snapshot commit')
      if (!github) return { status: 'failed' }
      const { commitSnapshot } = await import('./github.js')
      return commitSnapshot(
        github,
        repo,
        files,
        snapshotCommitMessage(report),
        { ...(settings.branch ? { branch: settings.branch } : {}), serverUrl: deps.serverUrl },
        deps.logger,
      )
    },
    async comment({ report, settings, pullRequest, committed }, links) {
      if (!pullRequest || !settings.prComment || deps.prNumber === undefined) return
      const github = await client(settings, 'the pull-request comment')
      if (!github) return
      const [{ upsertComment }, { renderSummary, renderPrOwners }] = await Promise.all([import('./github.js'), import('../render/summary.js')])
      // The owners of what this pull request introduces are mentioned; the tables never ping anyone.
      const body = renderSummary(report, { maxBytes: 60_000, runUrl: links.runUrl, ...committed, marker: true }) + renderPrOwners(report)
      await upsertComment(github, repo, deps.prNumber, body, deps.logger)
    },
    async slack({ report, settings, pullRequest, exitCode, exitMessage }, links, plan) {
      if (pullRequest) {
        deps.logger.info('Pull request: dry run, no Slack post')
        return false
      }
      if (!settings.slackWebhookUrl) {
        deps.logger.debug('No slack-webhook-url: no Slack post')
        return false
      }
      if (plan.post) {
        const [{ postSlack }, { renderSlack }] = await Promise.all([import('./slack.js'), import('../render/slack.js')])
        const message = renderSlack(report, { ...links, ...(settings.slackMention ? { mention: settings.slackMention } : {}) })
        return postSlack(settings.slackWebhookUrl, message, slackOptions())
      }
      // Nothing to post by notify-on, but the audit could not read everything: say so.
      if (exitCode === EXIT.incomplete && settings.notifyOnFailure)
        return publishers.slackFailure('incomplete', exitMessage ?? 'an environment could not be read', links.runUrl, settings)
      if (!plan.notification) deps.logger.info(`notify-on: ${settings.notifyOn}: nothing to post`)
      return false
    },
    async commitAll(files, message, settings) {
      if (settings.commit === 'false') {
        deps.logger.info('commit: false, no snapshot commit')
        return undefined
      }
      const github = await client(settings, 'the snapshot commit')
      if (!github) return { status: 'failed' }
      const { commitFiles } = await import('./github.js')
      return commitFiles(github, repo, files, message, { ...(settings.branch ? { branch: settings.branch } : {}), serverUrl: deps.serverUrl }, deps.logger)
    },
    async post(message, settings) {
      if (!settings.slackWebhookUrl) {
        deps.logger.debug('No slack-webhook-url: no Slack post')
        return false
      }
      const { postSlack } = await import('./slack.js')
      return postSlack(settings.slackWebhookUrl, message, slackOptions())
    },
    async slackFailure(kind, cause, runUrl, settings) {
      const [{ postSlack }, { renderSlackFailure }] = await Promise.all([import('./slack.js'), import('../render/slack.js')])
      const message = renderSlackFailure(kind, cause, { runUrl, ...(settings.slackMention ? { mention: settings.slackMention } : {}) })
      return postSlack(settings.slackWebhookUrl!, message, slackOptions())
    },
  }
  return publishers

  function slackOptions() {
    return { fetch: deps.fetch, sleep: deps.sleep, logger: deps.logger, ...SLACK_LIMITS, retries: 2, minTimeoutMs: 1000, ...deps.slack }
  }

  /** What today's committed snapshot says was posted to Slack, if anything. */
  async function postedToday(day: string, settings: PublishSettings): Promise<Notification | undefined> {
    if (!settings.githubToken) return undefined
    try {
      const [client, { githubLookup }] = await Promise.all([octokit(settings.githubToken, 'history'), import('./github.js')])
      const lookup = githubLookup(client, repo, settings.branch, settings.snapshotPath)
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      const [newest] = await lookup.list(next)
      if (!newest?.includes(day)) return undefined
      // Untrusted like every earlier snapshot: only a well-formed record of today counts.
      return postedOn(await lookup.read(newest), day)
    } catch {
      return undefined
    }
  }
}
