/**
 * The built action (dist/index.js) run as the runner runs it: a child process with
 * INPUT_* variables and the runner's files, against local servers for Infisical
 * (the recorded responses), the GitHub API and a Slack webhook.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT, node24, runProcess } from './helpers/cli.js'
import { PROJECT_ID, fixture, legacyServer, recordedValues, startServer } from './helpers/recorded.js'
import { readOutputs } from './helpers/outputs.js'
import { serveOverHttp, type Served } from './helpers/serve.js'
import { GitHubStandIn, SlackStandIn } from './helpers/standins.js'

const CLIENT_SECRET = 'ua-client-secret-e2e-0123456789'
let infisical: Served
let githubServer: Served
let slackServer: Served
let github: GitHubStandIn
let slack: SlackStandIn
let node: string
let oidc: Served
const OIDC_REQUEST_TOKEN = 'runner-request-token-0123456789'
const WORKFLOW_JWT = 'eyJhbGciOiJSUzI1NiJ9.workflow-oidc-token-0123456789'

beforeAll(async () => {
  node = await node24()
  github = new GitHubStandIn()
  slack = new SlackStandIn()
  const oidcLogin = {
    method: 'POST',
    path: '/api/v1/auth/oidc-auth/login',
    status: 200,
    body: fixture('02-').response.body,
    headers: { 'content-type': 'application/json' },
  }
  ;[infisical, githubServer, slackServer, oidc] = await Promise.all([
    startServer([oidcLogin, ...legacyServer()]),
    serveOverHttp(github.handler),
    serveOverHttp(slack.handler),
    // The runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), as core.getIDToken calls it.
    serveOverHttp((req) =>
      req.headers.authorization === `Bearer ${OIDC_REQUEST_TOKEN}`
        ? { status: 200, body: { value: `${WORKFLOW_JWT}.${req.query.audience ?? 'none'}` } }
        : { status: 401, body: { message: 'bad request token' } },
    ),
  ])
}, 200_000)
afterAll(async () => {
  await Promise.all([infisical.close(), githubServer.close(), slackServer.close(), oidc.close()])
})

async function runAction(
  event: string,
  inputs: Record<string, string>,
  payload: unknown = {},
  files: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'vca-e2e-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '')
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload))
  const env: Record<string, string> = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_API_URL: githubServer.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    RUNNER_TEMP: dir,
    ...extraEnv,
  }
  const all = {
    'infisical-client-id': '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
    'infisical-client-secret': CLIENT_SECRET,
    'infisical-project-id': PROJECT_ID,
    'infisical-host': infisical.url,
    'path-prefix': '/MooseQuest',
    'github-token': 'ghs_e2e_token_0123456789',
    'slack-webhook-url': `${slackServer.url}${slack.path}`,
    now: '2026-11-23T00:00:00Z',
    ...inputs,
  }
  // The runner keeps hyphens in input variable names: INPUT_SLACK-WEBHOOK-URL.
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await runProcess(join(ROOT, 'dist/index.js'), [], env, dir, node)
  return { ...result, outputs: readOutputs(readFileSync(join(dir, 'output'), 'utf8')), summary: readFileSync(join(dir, 'summary'), 'utf8'), dir }
}

describe('dist/index.js as the runner runs it', () => {
  it("logs in with OIDC Auth using the runner's OIDC token: audience passed, token masked, no client secret sent", async () => {
    const seen = infisical.seen.length
    const run = await runAction(
      'schedule',
      {
        'infisical-client-secret': '',
        'infisical-client-id': '',
        'infisical-identity-id': 'b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d',
        'infisical-oidc-audience': 'https://infisical.example',
        commit: 'false',
        'slack-webhook-url': '',
      },
      {},
      {},
      { ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN },
    )
    expect(run.code).toBe(0)
    const jwt = `${WORKFLOW_JWT}.https://infisical.example`
    const login = infisical.seen.slice(seen).find((r) => r.path === '/api/v1/auth/oidc-auth/login')!
    expect(JSON.parse(login.body)).toEqual({ identityId: 'b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d', jwt })
    expect(infisical.seen.slice(seen).some((r) => r.path.includes('universal-auth'))).toBe(false)
    // Masked before anything else is logged, and never printed otherwise.
    const lines = run.stdout.split('\n')
    const mask = lines.indexOf(`::add-mask::${jwt}`)
    expect(mask).toBeGreaterThanOrEqual(0)
    expect(lines.filter((l) => l.includes(jwt) && !l.startsWith('::add-mask::'))).toEqual([])
    expect(run.summary).not.toContain(jwt)
  })

  it('says what to add when the workflow has no OIDC token (no id-token: write)', async () => {
    const run = await runAction('schedule', {
      'infisical-client-secret': '',
      'infisical-client-id': '',
      'infisical-identity-id': 'b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d',
      commit: 'false',
      'slack-webhook-url': '',
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Failed to obtain Infisical auth token: the workflow gave no OIDC token; add `permissions: id-token: write` to the job',
    )
  })

  it('runs on Node 24, the runtime action.yml declares', () => {
    expect(execFileSync(node, ['-p', 'process.versions.node']).toString()).toMatch(/^24\./)
  })

  it('points a policy error at its file and line as an annotation, and exits 1 before any request', async () => {
    const seen = infisical.seen.length
    const run = await runAction(
      'schedule',
      {},
      {},
      { '.github/vault-coverage.yml': 'rules:\n  - { match: X, class: custom-ok }\nskew:\n  versionGap: three\n' },
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=\.github\/vault-coverage\.yml,line=4::Invalid policy: \.github\/vault-coverage\.yml:4: skew\.versionGap: /m)
    expect(run.summary).toContain('## Vault coverage: could not run')
    expect(infisical.seen.length).toBe(seen)
    // The failure reaches Slack too, with the cause and no credential.
    const alert = JSON.stringify(slack.posts.at(-1))
    expect(alert).toContain('Vault coverage could not run')
    expect(alert).toContain('skew.versionGap')
    expect(alert).not.toContain(CLIENT_SECRET)
  })

  it('on schedule: commits the snapshot, posts drift to Slack once, writes every output and the summary', async () => {
    const postsBefore = slack.posts.length
    const run = await runAction('schedule', {})
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    const trees = githubServer.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
    expect(trees).toHaveLength(1)
    const [markdown, json] = JSON.parse(trees[0]!.body).tree as { path: string; content: string }[]
    expect(markdown!.path).toBe('docs/ops/2026-11-23-vault-coverage-snapshot.md')
    expect(markdown!.content).toMatch(/^# Vault coverage snapshot — 2026-11-23\n/)
    expect(markdown!.content).toContain('folder `/MooseQuest/cloudflare` does not exist in staging')
    expect(JSON.parse(json!.content).counts.drift).toBe(Number(run.outputs['drift-count']))

    expect(slack.posts).toHaveLength(postsBefore + 1)
    expect(Number(run.outputs['drift-count'])).toBeGreaterThan(0)
    expect(Object.keys(run.outputs).sort()).toEqual([
      'commit-sha',
      'drift-count',
      'expiring-count',
      'new-drift-count',
      'report-csv',
      'report-json',
      'report-markdown',
      'resolved-drift-count',
      'sarif-file',
      'skew-count',
      'slack-posted',
      'snapshot-path',
      'unreadable-count',
    ])
    expect(run.outputs['commit-sha']).toBe(github.head)
    expect(run.outputs['slack-posted']).toBe('true')
    expect(JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')).schemaVersion).toBe(1)
    expect(run.summary).toContain(`## Vault coverage: ${run.outputs['drift-count']} drift`)
    // The log folds into groups, with the audit's lines inside the first.
    expect(run.stdout).toMatch(/^::group::Audit: infisical\n(?:.*\n)*?Audited \d+ secrets .*\n::endgroup::$/m)
    expect(run.stdout).toMatch(/^::group::Snapshot commit\n(?:.*\n)*?Committed .*\n::endgroup::$/m)
  })

  it.each([
    ['a path prefix', { 'path-prefix': '/MooseQuest\n::error::forged-by-prefix' }, 'under /MooseQuest\\n::error::forged-by-prefix'],
    ['an environment list', { environments: 'prod\n::stop-commands::forged' }, 'Invalid environments'],
  ])('lets no workflow command through from %s in the log', async (_, inputs, shown) => {
    const run = await runAction('workflow_dispatch', { commit: 'false', 'fail-on': 'none', ...inputs })
    expect(run.stdout).toContain(shown)
    expect(run.stdout.split('\n').filter((l) => /^::(error|stop-commands)::forged/.test(l))).toEqual([])
    expect(run.stdout).not.toMatch(/^::stop-commands::/m)
  })

  it('on pull_request: commits nothing and posts nothing; fail-on: drift exits 3', async () => {
    const before = { writes: githubServer.seen.filter((r) => r.method !== 'GET').length, slack: slack.posts.length }
    const run = await runAction('pull_request', { 'fail-on': 'drift' }, { pull_request: { number: 12 } })
    expect(run.code).toBe(3)
    expect(githubServer.seen.filter((r) => r.method !== 'GET').length).toBe(before.writes)
    expect(slack.posts.length).toBe(before.slack)
    expect(run.outputs['commit-sha']).toBe('')
    expect(run.outputs['slack-posted']).toBe('false')
    expect(run.stdout).toMatch(/::error::fail-on: drift: \d+ drift rows \(exit 3\)/)
  })

  it("the README's contract check on pull_request: a new process.env read fails it, saying who reads it and where it is missing", async () => {
    const files = {
      '.env.example': 'HEROKU_API_KEY=example-value-not-a-secret\n',
      'src/app.ts': 'export const key = process.env.NEW_KEY\n',
    }
    const run = await runAction(
      'pull_request',
      { environments: 'env=dotenv:.env.example\ncode=code:src/**\nprod\nstaging', 'fail-on': 'new-drift' },
      { pull_request: { number: 12 } },
      files,
    )
    expect(run.code).toBe(3)
    expect(run.stdout).toContain('NEW_KEY is used at src/app.ts:1 and declared nowhere; missing in prod, staging')
    expect(run.summary).toContain('NEW\\_KEY')
    expect(run.stdout + run.summary).not.toContain('example-value-not-a-secret')
    // The SARIF file for code scanning: written on the pull request too, NEW_KEY an alert at the line that reads it.
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      version: string
      runs: {
        results: {
          ruleId: string
          message: { text: string }
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
        }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const alert = sarif.runs[0]!.results.find((r) => r.ruleId === 'missing' && r.message.text.includes('NEW\\_KEY'))!
    expect(alert.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'src/app.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } })
    expect(readFileSync(run.outputs['sarif-file']!, 'utf8')).not.toContain('example-value-not-a-secret')
  })

  it('posts nothing to Slack when there is no drift', async () => {
    const before = slack.posts.length
    const run = await runAction('workflow_dispatch', { environments: 'prod', commit: 'false' })
    expect(run.code).toBe(0)
    expect(run.outputs['drift-count']).toBe('0')
    expect(slack.posts.length).toBe(before)
  })

  it('leaks no secret value into any request, output, summary or log line', async () => {
    const run = await runAction('schedule', { now: '2026-11-24T00:00:00Z' })
    const requests = [...githubServer.seen, ...slackServer.seen, ...infisical.seen].map((r) => `${r.path} ${JSON.stringify(r.query)} ${r.body}`)
    // `::add-mask::` lines are the runner's masking commands, consumed by the runner.
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    const everything = [...requests, ...log, run.stderr, run.summary, JSON.stringify(run.outputs), readFileSync(run.outputs['report-json']!, 'utf8')].join('\n')
    for (const value of recordedValues()) expect(everything).not.toContain(value)
    expect(log.join('\n')).not.toContain(CLIENT_SECRET)
    expect(run.stdout).toContain(`::add-mask::${CLIENT_SECRET}`)
  })
})
