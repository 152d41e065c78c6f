/**
 * GitHub: the dated snapshot and its JSON twin as one commit (git data API),
 * and the sticky pull-request comment. Loaded only when a run publishes.
 */
import type { getOctokit } from '@actions/github'
import type { CommitOutcome, SnapshotFiles } from '../action.js'
import { errorMessage } from '../errors.js'
import { GENERATED_AT_PREFIX } from '../render/markdown.js'
import { COMMENT_MARKER } from '../render/summary.js'
import { newestBefore, snapshotPattern, type PreviousLookup } from '../previous.js'
import type { Logger } from '../run.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface Repository {
  owner: string
  repo: string
}

const MAX_ATTEMPTS = 3
const status = (err: unknown): number | undefined => (err as { status?: number })?.status
const isRuleViolation = (err: unknown): boolean => /rule violation|protected branch|ruleset|required status check/i.test(errorMessage(err))

/** What a re-run of the same day would change, minus the timestamp. */
const withoutTimestamp = {
  markdown: (text: string) => text.split('\n').filter((l) => !l.startsWith(GENERATED_AT_PREFIX)).join('\n'),
  json: (text: string) => {
    try {
      const { generatedAt: _, ...rest } = JSON.parse(text)
      return JSON.stringify(rest)
    } catch {
      return text
    }
  },
}

async function readFile(octokit: Octokit, repo: Repository, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || data.encoding !== 'base64') return undefined
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (err) {
    if (status(err) === 404) return undefined
    throw err
  }
}

export async function commitSnapshot(
  octokit: Octokit,
  repo: Repository,
  files: SnapshotFiles,
  message: string,
  branchInput: string | undefined,
  logger: Logger,
): Promise<CommitOutcome> {
  let branch = branchInput
  try {
    branch ??= (await octokit.rest.repos.get({ ...repo })).data.default_branch
    for (let attempt = 1; ; attempt++) {
      const [markdown, json] = await Promise.all([readFile(octokit, repo, files.markdownPath, branch), readFile(octokit, repo, files.jsonPath, branch)])
      if (
        markdown !== undefined &&
        json !== undefined &&
        withoutTimestamp.markdown(markdown) === withoutTimestamp.markdown(files.markdown) &&
        withoutTimestamp.json(json) === withoutTimestamp.json(files.json)
      ) {
        logger.info(`Snapshot ${files.markdownPath} unchanged on ${branch} but for its timestamp: no commit`)
        return { status: 'unchanged' }
      }
      const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha
      const baseTree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data.tree.sha
      const tree = await octokit.rest.git.createTree({
        ...repo,
        base_tree: baseTree,
        tree: [
          { path: files.markdownPath, mode: '100644', type: 'blob', content: files.markdown },
          { path: files.jsonPath, mode: '100644', type: 'blob', content: files.json },
        ],
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
      logger.info(`Committed ${files.markdownPath} and ${files.jsonPath} to ${branch} as ${commit.data.sha}`)
      return { status: 'committed', sha: commit.data.sha, url: `${commit.data.html_url.replace(/\/commit\/.*$/, '')}/blob/${commit.data.sha}/${files.markdownPath}` }
    }
  } catch (err) {
    const code = status(err)
    if (isRuleViolation(err)) {
      logger.error(
        `A branch protection rule or ruleset rejected the snapshot commit on ${branch}: ${errorMessage(err)}. Allow the workflow's token to bypass it, or set the branch input to an unprotected branch.`,
      )
    } else if (code === 409 || code === 422) {
      logger.error(`The snapshot commit on ${branch} kept conflicting after ${MAX_ATTEMPTS} attempts (${code}): ${errorMessage(err)}. The report is in the job summary and outputs.`)
    } else if (code === 403 || code === 404) {
      logger.error(`Cannot commit the snapshot to ${branch ?? 'the default branch'} (${code}: ${errorMessage(err)}): the token needs permissions: contents: write.`)
    } else {
      logger.error(`Snapshot commit failed: ${errorMessage(err)}`)
    }
    return { status: 'failed' }
  }
}

/** One comment per pull request, found by its marker and updated in place. */
export async function upsertComment(octokit: Octokit, repo: Repository, issueNumber: number, body: string, logger: Logger): Promise<void> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 })
    const mine = comments.find((c) => c.body?.includes(COMMENT_MARKER))
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

/** The newest JSON snapshot before today in the repository's snapshot folder, read as a blob (snapshots can pass 1 MB). */
export function githubLookup(octokit: Octokit, repo: Repository, branch: string | undefined, template: string): PreviousLookup {
  return {
    async find(today) {
      const ref = branch ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch
      const { dir } = snapshotPattern(template)
      let listing
      try {
        listing = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref })).data
      } catch (err) {
        if (status(err) === 404) return undefined // no snapshot folder yet
        throw err
      }
      if (!Array.isArray(listing)) return undefined
      const name = newestBefore(listing.map((e) => e.name), template, today)
      const entry = listing.find((e) => e.name === name)
      if (!entry) return undefined
      const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha })
      return { location: `${dir}/${entry.name}`, text: Buffer.from(blob.data.content, 'base64').toString('utf8') }
    },
  }
}
