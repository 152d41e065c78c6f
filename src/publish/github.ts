/**
 * GitHub: the client (retries 5xx, waits out rate limits within a budget,
 * a timeout per attempt), the dated snapshot and its JSON twin as one commit
 * (git data API), the sticky pull-request comment, and the snapshot history.
 * Loaded only when a run publishes.
 */
import type { getOctokit } from '@actions/github'
import { errorMessage } from '../core/errors.js'
import { RetryBudget } from '../net/budget.js'
import type { Logger } from '../core/ports.js'
import { GENERATED_AT_PREFIX } from '../render/markdown.js'
import { COMMENT_MARKER } from '../render/summary.js'
import { blobUrl, datedBefore, dayInName, snapshotPattern, type PreviousLookup, type SnapshotFiles } from '../history/history.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface Repository {
  owner: string
  repo: string
}

export type CommitOutcome = { status: 'committed'; sha: string; url: string } | { status: 'unchanged' } | { status: 'failed' }

export interface GitHubClientOptions {
  fetch: typeof globalThis.fetch
  logger: Logger
  /** One request attempt. */
  timeoutMs: number
  /** All rate-limit waits together. */
  budgetMs: number
  /** Every call of this client — attempts, retries and waits — ends within this, from the client's creation. */
  deadlineMs: number
  /** API root; default: the runner's GITHUB_API_URL, else api.github.com. */
  baseUrl?: string
  /** Tests shrink the plugins' time units (1 = milliseconds instead of seconds). */
  timeUnitMs?: number
}

/** Status codes retrying cannot fix; 409 and 422 are the ref update's own re-read loop. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451]

/** The Octokit of @actions/github with the retry and throttling plugins. */
export async function githubClient(token: string, options: GitHubClientOptions): Promise<Octokit> {
  const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js'),
  ])
  const unit = options.timeUnitMs ?? 1000
  // The stores' budget: the plugins sleep their own waits, charged to it; every attempt ends by its deadline.
  const budget = new RetryBudget({ timeoutMs: options.timeoutMs, maxWaitMs: options.budgetMs, deadlineMs: options.deadlineMs, sleep: async () => {} })
  const waitOut =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= 2 || !budget.charge(retryAfter * unit)) {
        options.logger.warning(`GitHub ${what} on ${request.method} ${request.url}: not waiting ${retryAfter} s more (the wait budget is spent)`)
        return false
      }
      options.logger.info(`GitHub ${what} on ${request.method} ${request.url}: waiting ${retryAfter} s`)
      return true
    }
  // One attempt ends at its timeout or at the client's deadline, whichever comes first; past the deadline, at once.
  const timed: typeof globalThis.fetch = (url, init) => {
    const ms = Math.max(0, Math.min(options.timeoutMs, budget.remainingMs()))
    const limit = AbortSignal.timeout(ms)
    return options.fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit })
  }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: { fetch: timed },
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: unit },
      throttle: {
        onRateLimit: waitOut('rate limit'),
        onSecondaryRateLimit: waitOut('secondary rate limit'),
        retryAfterBaseValue: unit,
        // GitHub asks for a second between writes; scaled with the time unit.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
      },
    },
    retry,
    throttling,
  )
}

const MAX_ATTEMPTS = 3
const status = (err: unknown): number | undefined => (err as { status?: number })?.status
const isRuleViolation = (err: unknown): boolean => /rule violation|protected branch|ruleset|required status check/i.test(errorMessage(err))

/** What a re-run of the same day would change, minus the timestamp. */
const withoutTimestamp = {
  markdown: (text: string) =>
    text
      .split('\n')
      .filter((l) => !l.startsWith(GENERATED_AT_PREFIX))
      .join('\n'),
  json: (text: string) => {
    try {
      const { generatedAt: _, ...rest } = JSON.parse(text)
      return JSON.stringify(rest)
    } catch {
      return text
    }
  },
}

/** A file's text at a ref, raw (no 1 MB base64 limit); undefined when it does not exist. */
async function readFile(octokit: Octokit, repo: Repository, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } })
    // GitHub answers raw files as text/plain; a client that hands back bytes for another type still reads as text.
    const body: unknown = data
    return typeof body === 'string' ? body : body instanceof ArrayBuffer ? new TextDecoder().decode(body) : undefined
  } catch (err) {
    if (status(err) === 404) return undefined
    throw err
  }
}

/** A file of a commit: its repository path and text. */
export interface CommitFile {
  path: string
  content: string
}

export async function commitSnapshot(
  octokit: Octokit,
  repo: Repository,
  files: SnapshotFiles,
  message: string,
  target: { branch?: string; serverUrl: string },
  logger: Logger,
): Promise<CommitOutcome> {
  const unchanged = async (branch: string): Promise<boolean> => {
    const [markdown, json] = await Promise.all([readFile(octokit, repo, files.markdownPath, branch), readFile(octokit, repo, files.jsonPath, branch)])
    const same =
      markdown !== undefined &&
      json !== undefined &&
      withoutTimestamp.markdown(markdown) === withoutTimestamp.markdown(files.markdown) &&
      withoutTimestamp.json(json) === withoutTimestamp.json(files.json)
    if (same) logger.info(`Snapshot ${files.markdownPath} unchanged on ${branch} but for its timestamp: no commit`)
    return same
  }
  const list = [
    { path: files.markdownPath, content: files.markdown },
    { path: files.jsonPath, content: files.json },
  ]
  return commitFiles(octokit, repo, list, message, target, logger, unchanged)
}

/**
 * Files in one commit on the branch (its head re-read and the commit rebuilt when the branch moved meanwhile):
 * an org's every snapshot at once, so fifty jobs never race on the branch. The outcome links the first file.
 */
export async function commitFiles(
  octokit: Octokit,
  repo: Repository,
  files: CommitFile[],
  message: string,
  target: { branch?: string; serverUrl: string },
  logger: Logger,
  unchanged?: (branch: string) => Promise<boolean>,
): Promise<CommitOutcome> {
  let branch = target.branch
  let landed: string | undefined
  const first = files[0]!.path
  try {
    branch ??= (await octokit.rest.repos.get({ ...repo })).data.default_branch
    for (let attempt = 1; ; attempt++) {
      if (await unchanged?.(branch)) return { status: 'unchanged' }
      const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha
      const baseTree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data.tree.sha
      const tree = await octokit.rest.git.createTree({
        ...repo,
        base_tree: baseTree,
        tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
      })
      // No author or committer: the bot token's commit then shows as Verified.
      const commit = await octokit.rest.git.createCommit({ ...repo, message, tree: tree.data.sha, parents: [head] })
      try {
        await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.data.sha, force: false })
      } catch (err) {
        const code = status(err)
        if ((code === 409 || code === 422) && !isRuleViolation(err) && attempt < MAX_ATTEMPTS) {
          logger.info(`${branch} moved while committing (${code}); re-reading and retrying (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`)
          continue
        }
        throw err
      }
      landed = commit.data.sha
      logger.info(`Committed ${files.length === 2 ? `${first} and ${files[1]!.path}` : `${files.length} files`} to ${branch} as ${landed}`)
      return { status: 'committed', sha: landed, url: blobUrl(target.serverUrl, repo, landed, first) }
    }
  } catch (err) {
    // The ref moved: whatever failed after it, the commit landed.
    if (landed) return { status: 'committed', sha: landed, url: blobUrl(target.serverUrl, repo, landed, first) }
    const code = status(err)
    if (isRuleViolation(err)) {
      logger.error(
        `A branch protection rule or ruleset rejected the snapshot commit on ${branch}: ${errorMessage(err)}. Allow the workflow's token to bypass it, or set the branch input to an unprotected branch.`,
      )
    } else if (code === 409 || code === 422) {
      logger.error(
        `The snapshot commit on ${branch} kept conflicting after ${MAX_ATTEMPTS} attempts (${code}): ${errorMessage(err)}. The report is in the job summary and outputs.`,
      )
    } else if (code === 403 || code === 404) {
      logger.error(
        `Cannot commit the snapshot to ${branch ?? 'the default branch'} (${code}: ${errorMessage(err)}): the token needs permissions: contents: write.`,
      )
    } else {
      logger.error(`Snapshot commit failed: ${errorMessage(err)}`)
    }
    return { status: 'failed' }
  }
}

/** The login the token acts as: a user's (a PAT), else the workflow token's bot (installation tokens cannot read /user). */
async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    return 'github-actions[bot]'
  }
}

/**
 * One comment per pull request, found by its marker and updated in place —
 * only one the token's own identity wrote: anyone can paste the marker into a
 * comment, and a forged report must not be taken over or kept up to date.
 */
export async function upsertComment(octokit: Octokit, repo: Repository, issueNumber: number, body: string, logger: Logger): Promise<void> {
  try {
    const [comments, login] = await Promise.all([
      octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
      ownLogin(octokit),
    ])
    const mine = comments.find((c) => c.body?.includes(COMMENT_MARKER) && c.user?.login === login)
    if (mine) {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body })
      logger.info(`Updated the coverage comment on #${issueNumber}`)
    } else {
      await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body })
      logger.info(`Commented the coverage report on #${issueNumber}`)
    }
  } catch (err) {
    logger.warning(`Could not comment on #${issueNumber} (${errorMessage(err)}): the token needs permissions: pull-requests: write.`)
  }
}

/** Earlier JSON snapshots in the repository's snapshot folder, newest first, read raw (snapshots can pass 1 MB). */
export function githubLookup(octokit: Octokit, repo: Repository, branch: string | undefined, template: string): PreviousLookup {
  let ref: Promise<string> | undefined
  const branchRef = () => (ref ??= branch ? Promise.resolve(branch) : octokit.rest.repos.get({ ...repo }).then((r) => r.data.default_branch))
  return {
    async list(today) {
      const { dir } = snapshotPattern(template)
      let listing
      try {
        listing = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref: await branchRef() })).data
      } catch (err) {
        if (status(err) === 404) return [] // no snapshot folder yet
        throw err
      }
      if (!Array.isArray(listing)) return []
      return datedBefore(
        listing.map((e) => e.name),
        template,
        today,
      ).map((name) => `${dir}/${name}`)
    },
    async read(location) {
      const at = await branchRef()
      const text = await readFile(octokit, repo, location, at)
      if (text === undefined) throw new Error(`not found on ${at}`)
      return text
    },
    dayOf: dayInName(template),
  }
}
