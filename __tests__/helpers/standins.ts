/**
 * Stand-ins for the GitHub REST API (the git data and contents endpoints the
 * snapshot commit uses, and issue comments) and a Slack incoming webhook.
 * Stateful: commits move the branch head and change the files.
 */
import type { Answer, Handler, SeenRequest } from './serve.js'

interface Commit {
  sha: string
  message: string
  parents: string[]
  files: Map<string, string>
  author?: unknown
  committer?: unknown
}

export class GitHubStandIn {
  readonly owner = 'moosequest'
  readonly repo = 'ops'
  defaultBranch = 'main'
  head = 'c0'
  readonly commits = new Map<string, Commit>([['c0', { sha: 'c0', message: 'initial', parents: [], files: new Map() }]])
  private readonly trees = new Map<string, Map<string, string>>()
  /** Answers for the next ref updates, used up in order (e.g. a 409, a ruleset rejection). */
  readonly refUpdateAnswers: Answer[] = []
  readonly comments: { id: number; body: string; user?: string }[] = []
  /**
   * The login GET /user answers: a user's token (a PAT) has one; the workflow's installation token gets
   * 403 "Resource not accessible by integration" there, as GitHub answers it.
   */
  authenticatedAs?: string
  /** The login comments created through the API are written by. */
  get writer(): string {
    return this.authenticatedAs ?? 'github-actions[bot]'
  }
  /** Faults served before the real answer: the first whose method and path end match is used up. */
  readonly faults: { method: string; pathEnd: string; answer: Answer }[] = []
  private counter = 0

  /** The files on the branch head. */
  get files(): Map<string, string> {
    return this.commits.get(this.head)!.files
  }

  /** Somebody else pushes: the head moves under a run in progress. */
  pushElsewhere(path: string, content: string): void {
    const sha = `c${++this.counter}x`
    this.commits.set(sha, { sha, message: 'elsewhere', parents: [this.head], files: new Map([...this.files, [path, content]]) })
    this.head = sha
  }

  readonly handler: Handler = (req: SeenRequest): Answer => {
    const base = `/repos/${this.owner}/${this.repo}`
    const body = req.body ? JSON.parse(req.body) : {}
    // Octokit percent-encodes path parameters (heads%2Fmain, docs%2Fops%2F…), as GitHub accepts.
    const p = decodeURIComponent(req.path)
    const fault = this.faults.findIndex((f) => f.method === req.method && p.endsWith(f.pathEnd))
    if (fault >= 0) return this.faults.splice(fault, 1)[0]!.answer
    if (req.method === 'GET' && p === base) return ok({ full_name: `${this.owner}/${this.repo}`, default_branch: this.defaultBranch })
    if (req.method === 'GET' && p.startsWith(`${base}/contents/`)) {
      const path = p.slice(`${base}/contents/`.length)
      const content = this.files.get(path)
      if (content === undefined) {
        const entries = [...this.files.keys()].filter((f) => f.startsWith(`${path}/`) && !f.slice(path.length + 1).includes('/'))
        if (entries.length === 0) return { status: 404, body: { message: 'Not Found' } }
        return ok(entries.map((f) => ({ type: 'file', name: f.slice(path.length + 1), path: f, sha: `blob-${f}` })))
      }
      // The raw media type (application/vnd.github.raw, or .v3.raw) answers a file's bytes, as GitHub does.
      const accept = String(req.headers.accept ?? req.headers.Accept ?? '')
      if (/vnd\.github(\.v3)?\.raw/.test(accept)) return { status: 200, raw: content, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
      return ok({ type: 'file', encoding: 'base64', path, sha: `blob-${path}`, content: Buffer.from(content).toString('base64') })
    }
    if (req.method === 'GET' && p === `${base}/git/ref/heads/${this.defaultBranch}`)
      return ok({ ref: `refs/heads/${this.defaultBranch}`, object: { sha: this.head, type: 'commit' } })
    const commitGet = new RegExp(`^${base}/git/commits/(.+)$`).exec(p)
    if (req.method === 'GET' && commitGet) return ok({ sha: commitGet[1], tree: { sha: `tree-of-${commitGet[1]}` } })
    if (req.method === 'POST' && p === `${base}/git/trees`) {
      const parent = String(body.base_tree).replace('tree-of-', '')
      const files = new Map(this.commits.get(parent)?.files ?? [])
      for (const entry of body.tree as { path: string; content: string }[]) files.set(entry.path, entry.content)
      const sha = `t${++this.counter}`
      this.trees.set(sha, files)
      return { status: 201, body: { sha } }
    }
    if (req.method === 'POST' && p === `${base}/git/commits`) {
      const sha = `c${++this.counter}`
      this.commits.set(sha, {
        sha,
        message: body.message,
        parents: body.parents,
        files: this.trees.get(body.tree)!,
        author: body.author,
        committer: body.committer,
      })
      // No html_url: the action builds its links from the server URL, the repository, the sha and the path.
      return { status: 201, body: { sha } }
    }
    if (req.method === 'PATCH' && p === `${base}/git/refs/heads/${this.defaultBranch}`) {
      const forced = this.refUpdateAnswers.shift()
      if (forced) return forced
      const commit = this.commits.get(body.sha)
      if (!commit || commit.parents[0] !== this.head) return { status: 422, body: { message: 'Update is not a fast forward' } }
      this.head = commit.sha
      return ok({ ref: `refs/heads/${this.defaultBranch}`, object: { sha: commit.sha } })
    }
    if (req.method === 'GET' && p === '/user') {
      if (this.authenticatedAs) return ok({ login: this.authenticatedAs, type: 'User' })
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' },
      }
    }
    const issueComments = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(p)
    if (issueComments && req.method === 'GET') {
      // Paged as GitHub pages it: per_page (at most 100, default 30) and page, with a Link header to the next page.
      const perPage = Math.min(100, Number(req.query.per_page ?? 30))
      const page = Number(req.query.page ?? 1)
      const slice = this.comments.slice((page - 1) * perPage, page * perPage)
      const more = page * perPage < this.comments.length
      const link = `<https://api.github.com${p}?per_page=${perPage}&page=${page + 1}>; rel="next"`
      return {
        status: 200,
        body: slice.map((c) => ({ id: c.id, body: c.body, user: { login: c.user ?? 'github-actions[bot]' } })),
        headers: { 'content-type': 'application/json; charset=utf-8', ...(more ? { link } : {}) },
      }
    }
    if (issueComments && req.method === 'POST') {
      const comment = { id: ++this.counter, body: body.body, user: this.writer }
      this.comments.push(comment)
      return { status: 201, body: comment }
    }
    const commentPatch = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(p)
    if (commentPatch && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(commentPatch[1]))
      if (!comment) return { status: 404, body: { message: 'Not Found' } }
      comment.body = body.body
      return ok(comment)
    }
    return { status: 404, body: { message: `stand-in has no route ${req.method} ${p}` } }
  }

  /** Commits made by runs (the initial one and pushes by others excluded). */
  runCommits(): Commit[] {
    return [...this.commits.values()].filter((c) => c.sha !== 'c0' && !c.sha.endsWith('x'))
  }
}

const ok = (body: unknown): Answer => ({ status: 200, body })

export class SlackStandIn {
  readonly path = '/services/T000/B000/standin-webhook-token'
  /** Answers for the next posts, used up in order; then 200 "ok". */
  readonly answers: Answer[] = []
  readonly posts: { text: string; blocks: Record<string, unknown>[] }[] = []

  readonly handler: Handler = (req: SeenRequest): Answer => {
    if (req.method !== 'POST' || req.path !== this.path) return { status: 404, raw: 'no_service', headers: { 'content-type': 'text/plain' } }
    this.posts.push(JSON.parse(req.body))
    return this.answers.shift() ?? { status: 200, raw: 'ok', headers: { 'content-type': 'text/html' } }
  }
}

export const slackError = (status: number, code: string, headers: Record<string, string> = {}): Answer => ({
  status,
  raw: code,
  headers: { 'content-type': 'text/plain', ...headers },
})
