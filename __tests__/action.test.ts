import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionContext } from '../src/action/context.js'
import { GH, SLACK, actionInProcess } from './helpers/action.js'
import { ROOT } from './helpers/cli.js'
import { HOST, PROJECT_ID, legacyServer, mountNock, recordedValues } from './helpers/recorded.js'
import { mountOnNock, type SeenRequest } from './helpers/serve.js'
import { GitHubStandIn, SlackStandIn, slackError } from './helpers/standins.js'

const CLIENT_SECRET = 'ua-client-secret-0123456789abcdef'
const CF_SECRET = 'cf-access-secret-0123456789abcdef'

let github: GitHubStandIn
let slack: SlackStandIn
let ghSeen: SeenRequest[]
let infisicalSeen: SeenRequest[]

beforeEach(() => {
  nock.disableNetConnect()
  github = new GitHubStandIn()
  slack = new SlackStandIn()
  ghSeen = mountOnNock(GH, github.handler)
  mountOnNock(SLACK, slack.handler)
  infisicalSeen = mountNock(legacyServer())
})
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

const baseInputs = (): Record<string, string> => ({
  'infisical-client-id': '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
  'infisical-client-secret': CLIENT_SECRET,
  'infisical-project-id': PROJECT_ID,
  'infisical-host': HOST,
  'path-prefix': '/MooseQuest/',
  'cf-access-client-id': 'cf-id.access',
  'cf-access-client-secret': CF_SECRET,
  'extra-headers': 'X-Proxy-Token: proxy-token-0123456789',
  'github-token': 'ghs_token0123456789abcdef',
  'slack-webhook-url': `${SLACK}/services/T000/B000/standin-webhook-token`,
  now: '2026-11-23T00:00:00Z',
  'snapshot-path': 'docs/ops/{date}-vault-coverage-snapshot.md',
})

const action = (inputs: Record<string, string>, context: Partial<ActionContext> = {}) => actionInProcess(github, inputs, context)

const decodeTree = (req: SeenRequest) => JSON.parse(req.body).tree as { path: string; content: string }[]

describe('a nightly run', () => {
  it('commits the snapshot and its JSON twin as one commit, posts drift to Slack once, sets every output', async () => {
    const { result, rec } = await action(baseInputs())
    expect(result.exitCode).toBe(0)

    const trees = ghSeen.filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
    expect(trees).toHaveLength(1)
    const tree = decodeTree(trees[0]!)
    expect(tree.map((t) => t.path)).toEqual(['docs/ops/2026-11-23-vault-coverage-snapshot.md', 'docs/ops/2026-11-23-vault-coverage-snapshot.json'])
    expect(tree[0]!.content).toContain('folder `/MooseQuest/cloudflare` does not exist in staging')
    expect(JSON.parse(tree[1]!.content).schemaVersion).toBe(1)
    const [commit] = github.runCommits()
    expect(commit).toMatchObject({ author: undefined, committer: undefined, parents: ['c0'] })
    expect(commit!.message).toMatch(/^Vault coverage snapshot 2026-11-23: \d+ drift, \d+ skew, \d+ expiring \[skip ci\]$/)
    expect(github.head).toBe(commit!.sha)

    expect(slack.posts).toHaveLength(1)
    expect(slack.posts[0]!.text).toMatch(/^🔴 \d+ drift rows in MooseQuest \/MooseQuest/)
    expect(JSON.stringify(slack.posts[0]!.blocks)).toContain('CLOUDFLARE_API_TOKEN')

    const drift = JSON.parse(rec.files.get('/runner/temp/vault-coverage-report.json')!).counts.drift
    expect(Object.fromEntries(rec.outputs)).toEqual({
      'drift-count': String(drift),
      'skew-count': expect.stringMatching(/^\d+$/),
      'expiring-count': expect.stringMatching(/^\d+$/),
      'unreadable-count': '0',
      'new-drift-count': String(drift),
      'resolved-drift-count': '0',
      'sarif-file': '/runner/temp/vault-coverage.sarif',
      'snapshot-path': 'docs/ops/2026-11-23-vault-coverage-snapshot.md',
      'report-json': '/runner/temp/vault-coverage-report.json',
      'report-markdown': '/runner/temp/vault-coverage-report.md',
      'report-csv': '/runner/temp/vault-coverage-report.csv',
      'commit-sha': commit!.sha,
      'slack-posted': 'true',
    })
    expect(rec.summary).toContain(`## Vault coverage: ${drift} drift`)
    expect(rec.summary).toContain(
      `[docs/ops/2026-11-23-vault-coverage-snapshot.md](https://github.com/moosequest/ops/blob/${commit!.sha}/docs/ops/2026-11-23-vault-coverage-snapshot.md)`,
    )
  })

  it('masks every credential before it logs anything, the access token included', async () => {
    const { rec } = await action(baseInputs())
    const firstLog = rec.events.findIndex((e) => e.startsWith('log:'))
    const masksBefore = rec.events.slice(0, firstLog).filter((e) => e === 'mask').length
    expect(rec.secrets.slice(0, masksBefore)).toEqual(
      expect.arrayContaining([
        CLIENT_SECRET,
        CF_SECRET,
        'proxy-token-0123456789',
        'ghs_token0123456789abcdef',
        `${SLACK}/services/T000/B000/standin-webhook-token`,
      ]),
    )
    expect(rec.secrets).toContain('<access-token>')
  })

  it('sends no secret value anywhere: commit, Slack, outputs, summary, logs', async () => {
    const { rec } = await action(baseInputs())
    const everything = [
      ...ghSeen.map((r) => r.body),
      ...slack.posts.map((p) => JSON.stringify(p)),
      ...rec.outputs.values(),
      rec.summary,
      ...rec.logs,
      ...rec.files.values(),
    ].join('\n')
    for (const value of recordedValues()) expect(everything).not.toContain(value)
    for (const credential of [CLIENT_SECRET, CF_SECRET, 'proxy-token-0123456789']) expect(everything).not.toContain(credential)
  })

  it('makes no commit when a re-run changes nothing but the timestamp', async () => {
    await action(baseInputs())
    const first = github.head
    ghSeen.length = 0
    const { rec } = await action({ ...baseInputs(), now: '2026-11-23T06:30:00Z' })
    expect(github.head).toBe(first)
    expect(ghSeen.some((r) => r.path.endsWith('/git/trees'))).toBe(false)
    expect(rec.outputs.get('commit-sha')).toBe('')
    expect(rec.logs).toContain('info: Snapshot docs/ops/2026-11-23-vault-coverage-snapshot.md unchanged on main but for its timestamp: no commit')
  })

  it('re-reads and retries when the branch moves during the commit (422 not a fast forward)', async () => {
    github.refUpdateAnswers.push({ status: 422, body: { message: 'Update is not a fast forward' } })
    github.pushElsewhere('README.md', 'someone else')
    const { rec } = await action(baseInputs())
    const commits = github.runCommits()
    expect(commits).toHaveLength(2)
    expect(github.head).toBe(commits[1]!.sha)
    expect(github.files.get('README.md')).toBe('someone else')
    expect(rec.outputs.get('commit-sha')).toBe(commits[1]!.sha)
  })

  it('gives up after three conflicts with an error, and still reports and posts', async () => {
    for (let i = 0; i < 3; i++) github.refUpdateAnswers.push({ status: 409, body: { message: 'Reference cannot be updated' } })
    const { result, rec } = await action(baseInputs())
    expect(result.exitCode).toBe(0)
    expect(ghSeen.filter((r) => r.method === 'PATCH')).toHaveLength(3)
    expect(rec.logs.filter((l) => l.startsWith('error:'))).toEqual([
      expect.stringMatching(/^error: The snapshot commit on main kept conflicting after 3 attempts \(409\)/),
    ])
    expect(rec.outputs.get('commit-sha')).toBe('')
    expect(rec.outputs.get('drift-count')).not.toBe('0')
    expect(rec.summary).toContain('### Drift')
    expect(slack.posts).toHaveLength(1)
  })

  it('names a ruleset rejection and does not retry it', async () => {
    github.refUpdateAnswers.push({ status: 422, body: { message: 'Repository rule violations found\n\nChanges must be made through a pull request.' } })
    const { rec } = await action(baseInputs())
    expect(ghSeen.filter((r) => r.method === 'PATCH')).toHaveLength(1)
    expect(rec.logs.find((l) => l.startsWith('error:'))).toMatch(
      /^error: A branch protection rule or ruleset rejected the snapshot commit on main: Repository rule violations found/,
    )
    expect(slack.posts).toHaveLength(1)
  })
})

describe('GitHub calls', () => {
  it('retries a 5xx on a write, then commits', async () => {
    github.faults.push({ method: 'POST', pathEnd: '/git/trees', answer: { status: 502, body: { message: 'Bad Gateway' } } })
    const { rec } = await action(baseInputs())
    expect(ghSeen.filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))).toHaveLength(2)
    expect(rec.outputs.get('commit-sha')).toBe(github.head)
  })

  it('waits out a secondary rate limit as retry-after says, within the budget', async () => {
    github.faults.push({
      method: 'POST',
      pathEnd: '/git/commits',
      answer: {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        headers: { 'content-type': 'application/json', 'retry-after': '7' },
      },
    })
    const { rec } = await action(baseInputs())
    expect(rec.logs).toContainEqual(expect.stringMatching(/^info: GitHub secondary rate limit on POST .*\/git\/commits: waiting 7 s$/))
    expect(rec.outputs.get('commit-sha')).toBe(github.head)
  })

  it('stops waiting when the rate-limit budget is spent, and says so', async () => {
    for (let i = 0; i < 3; i++) {
      github.faults.push({
        method: 'POST',
        pathEnd: '/git/trees',
        answer: {
          status: 403,
          body: { message: 'You have exceeded a secondary rate limit.' },
          headers: { 'content-type': 'application/json', 'retry-after': '1000000' },
        },
      })
    }
    const { result, rec } = await action(baseInputs())
    expect(result.exitCode).toBe(0)
    expect(rec.logs).toContainEqual(expect.stringMatching(/^warning: GitHub secondary rate limit on POST .*: not waiting 1000000 s more/))
    expect(rec.outputs.get('commit-sha')).toBe('')
    expect(slack.posts).toHaveLength(1)
  })

  it('links the snapshot from the server URL, the repository, the sha and the path (no html_url needed)', async () => {
    const { rec } = await action(baseInputs(), { serverUrl: 'https://ghe.example.com' })
    const sha = rec.outputs.get('commit-sha')!
    expect(sha).toBe(github.head)
    expect(rec.summary).toContain(`(https://ghe.example.com/moosequest/ops/blob/${sha}/docs/ops/2026-11-23-vault-coverage-snapshot.md)`)
  })

  it('draws the trend from the twins on the branch, one read per night of the window', async () => {
    // The trend fixture's nights up to the run's day (11-23): 21 twins, one of an older format, no run on 11-20.
    const dir = join(ROOT, '__tests__/fixtures/trend')
    const names = readdirSync(dir).filter((n) => n.endsWith('.json') && n < '2026-11-23')
    for (const name of names)
      github.pushElsewhere(`docs/ops/${name.replace('-coverage.json', '-vault-coverage-snapshot.json')}`, readFileSync(join(dir, name), 'utf8'))
    const { result, rec } = await action(baseInputs())
    expect(result.exitCode).toBe(0)
    expect(rec.logs).toContain('info: Trend since 2026-10-25: 21 earlier snapshots read (1 of an older format, skipped)')
    expect(rec.summary).toContain('### Trend (last 30 nights)')
    expect(rec.summary).toContain('xychart-beta')
    expect(rec.summary).toContain('Skipped, not guessed: 1 earlier snapshot (1 of an older format).')
  })

  it('names the previous snapshot it could not read, and still audits', async () => {
    github.pushElsewhere('docs/ops/2026-11-20-vault-coverage-snapshot.json', '{}')
    for (let i = 0; i < 4; i++)
      github.faults.push({
        method: 'GET',
        pathEnd: '/contents/docs/ops/2026-11-20-vault-coverage-snapshot.json',
        answer: { status: 500, body: { message: 'Server Error' } },
      })
    const { result, rec } = await action(baseInputs())
    expect(result.exitCode).toBe(0)
    expect(rec.logs).toContainEqual(
      expect.stringMatching(/^warning: Could not read the earlier snapshot docs\/ops\/2026-11-20-vault-coverage-snapshot\.json \(/),
    )
    // Earlier snapshots exist but none could be read: nothing is new, and notify-on: change stays quiet.
    expect(rec.outputs.get('new-drift-count')).toBe('0')
    expect(rec.summary).toContain('History unavailable')
  })
})

describe('Slack', () => {
  const noDrift = { ...baseInputs(), source: 'file:examples/demo-inventory.json', environments: 'prod', commit: 'false' }

  it('does not post without drift by default, posts with notify-on: always, never with never', async () => {
    expect((await action(noDrift)).rec.outputs.get('slack-posted')).toBe('false')
    expect(slack.posts).toHaveLength(0)
    expect((await action({ ...noDrift, 'notify-on': 'always' })).rec.outputs.get('slack-posted')).toBe('true')
    expect(slack.posts).toHaveLength(1)
    expect((await action({ ...baseInputs(), 'notify-on': 'never' })).rec.outputs.get('slack-posted')).toBe('false')
    expect(slack.posts).toHaveLength(1)
  })

  it('waits out a 429 as Retry-After says, then posts', async () => {
    slack.answers.push(slackError(429, 'rate_limited', { 'retry-after': '7' }))
    const { rec } = await action(baseInputs())
    expect(rec.sleeps).toContain(7000)
    expect(slack.posts).toHaveLength(2)
    expect(rec.outputs.get('slack-posted')).toBe('true')
  })

  it.each([
    [404, 'no_service', 'the webhook was revoked or its app removed: create a new incoming webhook'],
    [410, 'channel_is_archived', 'the channel is archived: unarchive it or use another webhook'],
    [403, 'action_prohibited', 'a workspace admin restricted posting to this channel'],
  ])('warns on %i %s without retrying, and the commit stands', async (status, code, cause) => {
    slack.answers.push(slackError(status, code))
    const { result, rec } = await action(baseInputs())
    expect(result.exitCode).toBe(0)
    expect(slack.posts).toHaveLength(1)
    expect(rec.logs).toContain(`warning: Slack post failed (${status} ${code}): ${cause}`)
    expect(rec.outputs.get('slack-posted')).toBe('false')
    expect(rec.outputs.get('commit-sha')).toMatch(/^c\d+$/)
  })

  it('retries a 500, then warns', async () => {
    for (let i = 0; i < 3; i++) slack.answers.push(slackError(500, 'internal_error'))
    const { rec } = await action(baseInputs())
    expect(slack.posts).toHaveLength(3)
    expect(rec.logs).toContain('warning: Slack post failed (500 internal_error): Slack is failing; the next run will post again')
  })
})

describe('a Slack message among other audits', () => {
  it('names the repository and the run, linked, with the workflow name escaped', async () => {
    await action(baseInputs(), { workflow: 'Vault <!channel> coverage', runNumber: '42', runId: '9001' })
    const post = slack.posts[0]!
    expect(post.text).toMatch(/^🔴 \d+ drift rows in MooseQuest \/MooseQuest · moosequest\/ops · Vault &lt;!channel&gt; coverage #42$/)
    expect(JSON.stringify(post.blocks)).toContain('<https://github.com/moosequest/ops/actions/runs/9001|moosequest/ops · Vault &lt;!channel&gt; coverage #42>')
    expect(JSON.stringify(post)).not.toContain('<!channel>')
  })
})

describe('reports on the runner', () => {
  it('with commit: false, writes the markdown, CSV and JSON reports to RUNNER_TEMP and names them as outputs', async () => {
    const { result, rec } = await action({ ...baseInputs(), commit: 'false', 'notify-on': 'never' })
    expect(result.exitCode).toBe(0)
    expect(ghSeen.filter((r) => r.method !== 'GET')).toEqual([])
    const md = rec.outputs.get('report-markdown')!
    const csv = rec.outputs.get('report-csv')!
    const json = rec.outputs.get('report-json')!
    expect([md, csv, json]).toEqual([
      '/runner/temp/vault-coverage-report.md',
      '/runner/temp/vault-coverage-report.csv',
      '/runner/temp/vault-coverage-report.json',
    ])
    expect(rec.files.get(md)).toMatch(/^# Vault coverage snapshot/)
    expect(rec.files.get(csv)!.split('\n')[0]).toMatch(/^path,key,/)
    expect(JSON.parse(rec.files.get(json)!).counts.drift).toBe(Number(rec.outputs.get('drift-count')))
    // The snapshot path still names where a commit would put it, and the log says none was made.
    expect(rec.outputs.get('commit-sha')).toBe('')
    expect(rec.logs).toContain('info: commit: false, no snapshot commit')
  })
})

describe('pull-request mode', () => {
  it('fail-on: new-drift does not pass when the base branch history cannot be read: exit 2, saying why', async () => {
    // An earlier snapshot exists, but the GitHub API refuses the history lookup.
    github.pushElsewhere('docs/ops/2026-11-20-vault-coverage-snapshot.json', '{}')
    for (let i = 0; i < 5; i++)
      github.faults.push({ method: 'GET', pathEnd: '/contents/docs/ops', answer: { status: 403, body: { message: 'Resource not accessible by integration' } } })
    const { result, rec } = await action({ ...baseInputs(), 'fail-on': 'new-drift' }, { eventName: 'pull_request', prNumber: 7 })
    expect(result.exitCode).toBe(2)
    expect(rec.outputs.get('new-drift-count')).toBe('0')
    expect(rec.logs).toContainEqual(
      expect.stringMatching(
        /^error: fail-on: new-drift could not compare with the previous snapshot \(the snapshot folder could not be listed\): \d+ drift rows may be new \(exit 2\)/,
      ),
    )
  })

  it('fail-on: new-drift passes a run with no drift even when the history cannot be read (nothing could be new)', async () => {
    const { exitCodeFor } = await import('../src/run.js')
    const { audit } = await import('../src/audit/audit.js')
    const { DEFAULT_POLICY } = await import('../src/core/policy.js')
    const { inventory, env } = await import('./helpers/inventory.js')
    const clean = audit(inventory([env('prod', []), env('staging', [])]), DEFAULT_POLICY, new Date('2026-11-23T00:00:00Z'), {
      unavailable: 'the snapshot folder could not be listed',
    })
    expect(clean.historyUnavailable).toBeDefined()
    expect(exitCodeFor(clean, 'new-drift')).toBe(0)
  })

  it('is dry: no commit, no Slack, a summary, exit 3 with fail-on: drift', async () => {
    const { result, rec } = await action({ ...baseInputs(), 'fail-on': 'drift' }, { eventName: 'pull_request', prNumber: 7 })
    expect(result.exitCode).toBe(3)
    // It reads the repository (the previous snapshot) but writes nothing.
    expect(ghSeen.filter((r) => r.method !== 'GET')).toEqual([])
    expect(slack.posts).toEqual([])
    expect(rec.outputs.get('commit-sha')).toBe('')
    expect(rec.outputs.get('slack-posted')).toBe('false')
    expect(rec.summary).toContain('### Drift')
  })

  it('keeps one sticky comment with pr-comment: true, updated in place', async () => {
    await action({ ...baseInputs(), 'pr-comment': 'true' }, { eventName: 'pull_request', prNumber: 7 })
    await action({ ...baseInputs(), 'pr-comment': 'true', now: '2026-11-24T00:00:00Z' }, { eventName: 'pull_request', prNumber: 7 })
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toMatch(/^<!-- vault-coverage-audit -->\n## Vault coverage: \d+ drift/)
    expect(ghSeen.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1)
    expect(ghSeen.some((r) => r.path.includes('/git/'))).toBe(false)
  })

  it.each([
    ['a person quoting the marker', 'octocat', '<!-- vault-coverage-audit -->\n## Vault coverage: 0 drift (forged)'],
    ['another bot', 'evil-app[bot]', '<!-- vault-coverage-audit -->\nlooks official'],
  ])('leaves a comment by %s alone, and keeps its own', async (_, user, body) => {
    github.comments.push({ id: 900, body, user })
    await action({ ...baseInputs(), 'pr-comment': 'true' }, { eventName: 'pull_request', prNumber: 7 })
    await action({ ...baseInputs(), 'pr-comment': 'true', now: '2026-11-24T00:00:00Z' }, { eventName: 'pull_request', prNumber: 7 })
    expect(github.comments.find((c) => c.id === 900)!.body).toBe(body)
    expect(github.comments.filter((c) => c.id !== 900)).toHaveLength(1)
    expect(ghSeen.filter((r) => r.method === 'PATCH' && r.path.endsWith('/issues/comments/900'))).toHaveLength(0)
  })

  it('finds its own comment on a later page of a long conversation, and updates it rather than adding another', async () => {
    for (let i = 0; i < 130; i++) github.comments.push({ id: 1000 + i, body: `review note ${i}`, user: 'octocat' })
    await action({ ...baseInputs(), 'pr-comment': 'true' }, { eventName: 'pull_request', prNumber: 7 })
    for (let i = 0; i < 20; i++) github.comments.push({ id: 2000 + i, body: `later note ${i}`, user: 'octocat' })
    await action({ ...baseInputs(), 'pr-comment': 'true', now: '2026-11-24T00:00:00Z' }, { eventName: 'pull_request', prNumber: 7 })
    const ours = github.comments.filter((c) => c.body.startsWith('<!-- vault-coverage-audit -->'))
    expect(ours).toHaveLength(1)
    // The second run read page 2 (where its comment is, after 130 others) and patched it.
    expect(ghSeen.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments') && r.query.page === '2').length).toBeGreaterThan(0)
    expect(ghSeen.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${ours[0]!.id}`))).toHaveLength(1)
  })

  it("with a person's token (GET /user answers), keeps that person's comment and leaves the bot's marker comment alone", async () => {
    github.authenticatedAs = 'release-bot-user'
    github.comments.push({ id: 900, body: '<!-- vault-coverage-audit -->\nan older run under the workflow token', user: 'github-actions[bot]' })
    await action({ ...baseInputs(), 'pr-comment': 'true' }, { eventName: 'pull_request', prNumber: 7 })
    await action({ ...baseInputs(), 'pr-comment': 'true', now: '2026-11-24T00:00:00Z' }, { eventName: 'pull_request', prNumber: 7 })
    expect(github.comments.filter((c) => c.user === 'release-bot-user')).toHaveLength(1)
    expect(github.comments.find((c) => c.id === 900)!.body).toContain('an older run under the workflow token')
    expect(ghSeen.filter((r) => r.method === 'GET' && r.path === '/user').length).toBeGreaterThan(0)
  })
})

describe('inputs', () => {
  it.each([
    [{ 'fail-on': 'sometimes' }, 'Invalid fail-on: Invalid option: expected one of "none"|"drift"|"new-drift"|"incomplete"'],
    [{ 'notify-on': 'weekly' }, 'Invalid notify-on'],
    [{ commit: 'yes' }, 'Invalid commit'],
    [{ 'pr-comment': 'yes' }, 'Invalid pr-comment'],
    [{ 'snapshot-path': '/etc/passwd.md' }, 'Invalid snapshot-path: expected a relative path ending in .md'],
    [{ 'slack-webhook-url': 'http://insecure.example' }, 'Invalid slack-webhook-url: expected an https:// URL'],
    // The text starts like loopback; the host is another. The URL (a credential) is never echoed.
    [
      { 'slack-webhook-url': 'http://localhost:1@hooks.evil.example/services/T1/B1/webhook-token-xyz' },
      'Invalid slack-webhook-url: expected an https:// URL without a user name or password',
    ],
    [
      { 'slack-webhook-url': 'http://localhost:1@127.0.0.1:9/services/T1/B1/webhook-token-xyz' },
      'Invalid slack-webhook-url: expected an https:// URL without a user name or password',
    ],
    [{ 'slack-webhook-url': 'https://user:pass@hooks.slack.com/services/T1/B1/webhook-token-xyz' }, 'Invalid slack-webhook-url'],
    [{ 'slack-webhook-url': 'http://127.0.0.2.evil.example/services/T1/B1/webhook-token-xyz' }, 'Invalid slack-webhook-url'],
    [{ 'infisical-host': 'ftp://x' }, 'Invalid infisical-host: expected an http(s) URL'],
    [{ 'extra-headers': 'not a header line' }, 'extra-headers: line 1: expected "Header-Name: value"'],
    [{ 'infisical-client-id': '', 'infisical-project-id': '' }, 'Missing required inputs: infisical-client-id, infisical-project-id'],
    [{ 'cf-access-client-secret': '' }, 'cf-access-client-id / cf-access-client-secret: give both'],
    [{ environments: 'prod;staging' }, 'Invalid environments'],
    [{ 'snapshot-path': 'docs/{date}/{date}-snap.md' }, 'Invalid snapshot-path: {date} may appear in the file name only'],
    [{ 'snapshot-path': 'docs/../x/{date}.md' }, 'Invalid snapshot-path'],
    // A header value with a control character is refused, and never echoed.
    [{ 'extra-headers': 'X-Proxy-Token: tok\u0000en-SECRET-VALUE' }, 'extra-headers: line 1: the value of X-Proxy-Token holds a control character'],
    [{ 'extra-headers': 'X-Proxy-Token: tok\ren-SECRET-VALUE' }, 'extra-headers: line 1: the value of X-Proxy-Token holds a control character'],
    [{ 'cf-access-client-secret': 'cf-SECRET-VALUE\nX-Injected: 1' }, 'cf-access-client-secret: the value holds a control character'],
    [{ 'cf-access-client-id': 'id\u001b[31m-SECRET-VALUE' }, 'cf-access-client-id: the value holds a control character'],
  ])('%j fails with exit 1 naming the input', async (override, message) => {
    const { result, rec } = await action({ ...baseInputs(), ...override })
    expect(result.exitCode).toBe(1)
    expect(rec.logs.find((l) => l.startsWith('error:'))).toContain(message)
    expect([...rec.logs, rec.summary].join('\n')).not.toContain('SECRET-VALUE')
    expect([...rec.logs, rec.summary].join('\n')).not.toContain('webhook-token-xyz')
    expect(rec.summary).toMatch(/^## Vault coverage: could not run\n\n.*Nothing was audited \(exit 1\)/s)
    expect(infisicalSeen).toEqual([])
  })
})

describe('the job summary', () => {
  it('stays under 1 MiB and says so when it cuts the drift list', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const path = join(mkdtempSync(join(tmpdir(), 'vca-')), 'big.json')
    const secrets = Array.from({ length: 12_000 }, (_, i) => ({
      path: '/big/folder-with-a-long-name',
      key: `A_RATHER_LONG_SECRET_NAME_NUMBER_${i}`,
      version: 1,
      updatedAt: '2026-11-01T00:00:00Z',
    }))
    writeFileSync(
      path,
      JSON.stringify({
        environments: [
          { slug: 'prod', secrets },
          { slug: 'staging', secrets: [] },
        ],
      }),
    )
    const { rec } = await action({ ...baseInputs(), source: `file:${path}`, 'path-prefix': '', commit: 'false', 'notify-on': 'never' })
    expect(Buffer.byteLength(rec.summary)).toBeLessThan(1_000_000)
    expect(Buffer.byteLength(rec.summary)).toBeGreaterThan(400_000)
    expect(rec.summary).toContain('_Cut to stay under 976 KiB; the snapshot has every row._')
  })
})
