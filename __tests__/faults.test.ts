/**
 * Fault injection: every bad day from the issue, each asserting the documented
 * exit code, a clear message, no secret value leaked, and nothing lost (the
 * report is still produced whenever the audit could run).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { noDriftFrom, nonEmpty } from './helpers/inventory.js'
import nock from 'nock'
import { actionInProcess, GH, SLACK } from './helpers/action.js'
import { cli } from './helpers/cli.js'
import { HOST, PROJECT_ID, fixture, fromFixture, legacyServer, mountNock, recordedValues, type Route } from './helpers/recorded.js'
import { mountOnNock } from './helpers/serve.js'
import { GitHubStandIn, SlackStandIn, slackError } from './helpers/standins.js'

const VALUES = recordedValues()
const ENV = {
  INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
  INFISICAL_CLIENT_SECRET: 'fault-client-secret-0123456789',
  INFISICAL_PROJECT_ID: PROJECT_ID,
  INFISICAL_HOST: HOST,
  INFISICAL_PATH_PREFIX: '/MooseQuest',
}
const list = (environment: string, extra: Partial<Route>): Route => ({
  method: 'GET',
  path: '/api/v3/secrets/raw',
  query: { environment },
  status: 200,
  body: null,
  ...extra,
})
const json = { 'content-type': 'application/json; charset=utf-8' }

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

function noLeak(...texts: string[]) {
  const all = texts.join('\n')
  for (const value of VALUES) expect(all).not.toContain(value)
  expect(all).not.toContain(ENV.INFISICAL_CLIENT_SECRET)
}

describe('Infisical on a bad day (the CLI, JSON report)', () => {
  it.each<[string, Route[], string[], number, RegExp, number]>([
    // name, routes in front of the recorded server, extra flags, exit code, message, readable environments
    [
      '429 with retry-after, then success',
      [fromFixture('44-', { path: '/api/v3/secrets/raw', query: { environment: 'prod' }, times: 1 })],
      [],
      0,
      /Audited \d+ secrets in 3 environments/,
      3,
    ],
    [
      '500, 502 and 503, then success',
      [500, 502, 503].map((status) => list('staging', { status, raw: `<html>${status}</html>`, headers: { 'content-type': 'text/html' }, times: 1 })),
      [],
      0,
      /Audited/,
      3,
    ],
    [
      'a request that hangs past the timeout',
      [list('dev', { hang: true })],
      ['--timeout', '0.2'],
      2,
      /Environment dev could not be read: GET \/api\/v3\/secrets\/raw timed out after 0\.2 s; gave up: after 6 attempts/,
      2,
    ],
    [
      'a connection reset',
      [list('staging', { reset: true })],
      [],
      2,
      /Environment staging could not be read: GET \/api\/v3\/secrets\/raw: network error \(ECONNRESET\)/,
      2,
    ],
    [
      'truncated JSON',
      [list('prod', { raw: JSON.stringify(fixture('09-').response.body).slice(0, 700), headers: json })],
      [],
      2,
      /Environment prod could not be read: GET \/api\/v3\/secrets\/raw returned a body that is not valid JSON \(status 200, expected JSON\); gave up/,
      2,
    ],
    [
      'one environment failing permanently',
      [list('staging', { status: 500, body: { statusCode: 500, message: 'Something went wrong', error: 'InternalServerError' } })],
      [],
      2,
      /Environment staging could not be read: GET \/api\/v3\/secrets\/raw failed: 500 InternalServerError; gave up: after 6 attempts/,
      2,
    ],
  ])('%s', async (_, faults, flags, code, message, readable) => {
    mountNock([...faults, ...legacyServer()])
    const r = await cli(['--format', 'json', ...flags], ENV)
    expect(r.code).toBe(code)
    expect([r.stderr, ...r.logs].join('\n')).toMatch(message)
    const report = JSON.parse(r.stdout)
    expect(report.environments.map((e: { slug: string }) => e.slug)).toEqual(['dev', 'staging', 'prod'])
    expect(report.environments.filter((e: { status: string }) => e.status === 'ok')).toHaveLength(readable)
    if (readable < 3) {
      noDriftFrom(report) // an unreadable environment is never "all secrets missing"
      expect(report.rows.length).toBeGreaterThan(0)
    }
    noLeak(r.stdout, r.stderr, ...r.logs)
  })

  it.each<[string, Route[], RegExp]>([
    [
      'an HTML page with status 200 (Cloudflare Access login)',
      [
        {
          method: 'POST',
          path: '/api/v1/auth/universal-auth/login',
          status: 200,
          raw: '<html><title>Cloudflare Access</title></html>',
          body: null,
          headers: { 'content-type': 'text/html' },
        },
      ],
      /^Error: Failed to obtain Infisical auth token: POST \/api\/v1\/auth\/universal-auth\/login returned an HTML page \(status 200, expected JSON\): Cloudflare Access \(or another proxy\) answered instead of Infisical/,
    ],
    [
      'the project call refused (403, not a member)',
      [{ method: 'GET', path: `/api/v1/projects/${PROJECT_ID}`, status: 403, body: fixture('41-').response.body, headers: json }],
      /^Error: The machine identity is not a member of project 8fd2f847-3576-4c49-bb1f-77dd115338a1 \(403\)\. Add it to the project/,
    ],
  ])('%s: exit 1 with the cause, nothing printed as a report', async (_, faults, message) => {
    mountNock([...faults, ...legacyServer()])
    const r = await cli([], ENV)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
    noLeak(r.stderr, ...r.logs)
  })
})

describe('server behaviour that must not become a false result (issue 13)', () => {
  const v4 = (environment: string, extra: Partial<Route>): Route => ({
    method: 'GET',
    path: '/api/v4/secrets',
    query: { environment },
    status: 200,
    body: null,
    ...extra,
  })

  it.each<[string, Route[], string[], number, RegExp, number]>([
    // name, routes in front of the recorded server, extra flags, exit code, a log line, readable environments
    [
      'x-ratelimit-reset on a 500 is no wait: the 1-2-4 s backoff applies',
      [
        list('staging', {
          status: 500,
          body: { statusCode: 500, message: 'boom', error: 'InternalServerError' },
          headers: { ...json, 'x-ratelimit-reset': '60' },
          times: 2,
        }),
      ],
      [],
      0,
      /GET \/api\/v3\/secrets\/raw: retrying in 1000 ms[^]*GET \/api\/v3\/secrets\/raw: retrying in 2000 ms/,
      3,
    ],
    [
      'x-ratelimit-reset on a 429 is the wait',
      [
        list('staging', {
          status: 429,
          body: { statusCode: 429, message: 'slow down', error: 'RateLimitExceeded' },
          headers: { ...json, 'x-ratelimit-reset': '7' },
          times: 1,
        }),
      ],
      [],
      0,
      /GET \/api\/v3\/secrets\/raw: retrying in 7000 ms/,
      3,
    ],
    [
      'a passing 5xx on the first listing decides no API: the next answer does',
      [v4('dev', { status: 503, raw: '<html>503</html>', headers: { 'content-type': 'text/html' }, times: 1 })],
      [],
      0,
      /No \/api\/v4\/secrets on this server; using \/api\/v3\/secrets\/raw/,
      3,
    ],
    [
      'a listing item without secretPath makes its environment unreadable, not drift under the prefix',
      [list('staging', { body: { secrets: [{ secretKey: 'ORPHAN', version: 1, type: 'shared', updatedAt: '2026-11-01T00:00:00Z' }] }, headers: json })],
      [],
      2,
      /Environment staging could not be read: unexpected listing shape at secrets\[0\]\.secretPath: expected a string/,
      2,
    ],
  ])('%s', async (_, faults, flags, code, line, readable) => {
    mountNock([...faults, ...legacyServer()])
    const r = await cli(['--format', 'json', ...flags], ENV)
    expect(r.code).toBe(code)
    expect([r.stderr, ...r.logs].join('\n')).toMatch(line)
    const report = JSON.parse(r.stdout)
    expect(report.environments.filter((e: { status: string }) => e.status === 'ok')).toHaveLength(readable)
    if (readable < 3) noDriftFrom(report)
    noLeak(r.stdout, r.stderr, ...r.logs)
  })

  it.each([
    ['403', 403, 'PermissionDenied'],
    ['404', 404, 'NotFound'],
    ['500', 500, 'Internal'],
  ])("keeps a server's free text out of every output: a %s that echoes a value", async (_, status, error) => {
    const echoed = 'sk_live_ECHOED_IN_AN_ERROR_0123'
    mountNock([list('staging', { status, body: { statusCode: status, message: `cannot read STRIPE_KEY=${echoed}`, error }, headers: json }), ...legacyServer()])
    for (const format of ['json', 'md', 'csv']) {
      const r = await cli(['--format', format, '--max-wait', '0'], ENV)
      expect(r.code).toBe(2)
      expect([r.stdout, r.stderr, ...r.logs].join('\n')).not.toContain(echoed)
      expect(r.logs.join('\n')).toContain(`${status}`)
    }
  })

  it('treats the 2024-10 server\'s 500 "Failed to find project" (fixture 54) as not found: exit 1 at once, no retry', async () => {
    const routes = legacyServer()
    const workspace = fromFixture('54-', { path: `/api/v1/workspace/${PROJECT_ID}` })
    mountNock([routes[0]!, routes[1]!, workspace])
    const r = await cli([], ENV)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `Error: Project ${PROJECT_ID} not found on ${HOST} (GET /api/v1/workspace/${PROJECT_ID} answered 500): check the project id (a slug works too) and that the machine identity is a member\n`,
    )
    expect(r.logs.filter((l) => l.includes(`GET /api/v1/workspace/${PROJECT_ID} →`))).toHaveLength(1)
  })

  it('bounds the whole read by --run-timeout: a hanging server costs the limit, not attempts × timeouts', async () => {
    mountNock([list('dev', { hang: true }), list('staging', { hang: true }), list('prod', { hang: true }), ...legacyServer()])
    const started = Date.now()
    const r = await cli(['--format', 'json', '--timeout', '0.5', '--run-timeout', '1'], ENV)
    const took = Date.now() - started
    expect(r.code).toBe(2)
    expect(took).toBeLessThan(4000) // without the limit: 3 environments × 6 attempts × 0.5 s = 9 s
    const report = JSON.parse(r.stdout)
    expect(nonEmpty<{ status: string }>(report.environments).every((e: { status: string }) => e.status === 'unreadable')).toBe(true)
    expect(r.logs.join('\n')).toMatch(/the run's time limit \(1 s\) was reached/)
  })
})

describe('GitHub and Slack on a bad day (the action)', () => {
  let github: GitHubStandIn
  let slack: SlackStandIn
  beforeEach(() => {
    github = new GitHubStandIn()
    slack = new SlackStandIn()
    mountOnNock(GH, github.handler)
    mountOnNock(SLACK, slack.handler)
    mountNock(legacyServer())
  })
  const inputs = {
    'infisical-client-id': ENV.INFISICAL_CLIENT_ID,
    'infisical-client-secret': ENV.INFISICAL_CLIENT_SECRET,
    'infisical-project-id': PROJECT_ID,
    'infisical-host': HOST,
    'path-prefix': '/MooseQuest',
    'github-token': 'ghs_fault_token_0123456789',
    'slack-webhook-url': `${SLACK}/services/T000/B000/standin-webhook-token`,
    now: '2026-11-23T00:00:00Z',
  }

  it.each<[string, () => void, { commit: 'yes' | 'no'; posted: boolean; message?: RegExp }]>([
    [
      'GitHub 409, then success',
      () => github.refUpdateAnswers.push({ status: 409, body: { message: 'Reference cannot be updated' } }),
      { commit: 'yes', posted: true },
    ],
    [
      'GitHub 409 three times',
      () => github.refUpdateAnswers.push(...Array(3).fill({ status: 409, body: { message: 'Reference cannot be updated' } })),
      { commit: 'no', posted: true, message: /^error: The snapshot commit on main kept conflicting after 3 attempts/ },
    ],
    [
      'a GitHub ruleset rejection',
      () => github.refUpdateAnswers.push({ status: 409, body: { message: 'Repository rule violations found' } }),
      { commit: 'no', posted: true, message: /^error: A branch protection rule or ruleset rejected the snapshot commit on main/ },
    ],
    ['Slack 429, then success', () => slack.answers.push(slackError(429, 'rate_limited', { 'retry-after': '2' })), { commit: 'yes', posted: true }],
    [
      'Slack 404 no_service',
      () => slack.answers.push(slackError(404, 'no_service')),
      { commit: 'yes', posted: false, message: /^warning: Slack post failed \(404 no_service\): the webhook was revoked/ },
    ],
    [
      'Slack 410 channel_is_archived',
      () => slack.answers.push(slackError(410, 'channel_is_archived')),
      { commit: 'yes', posted: false, message: /^warning: Slack post failed \(410 channel_is_archived\)/ },
    ],
    [
      'Slack 500, every time',
      () => slack.answers.push(...Array(3).fill(slackError(500, 'internal_error'))),
      { commit: 'yes', posted: false, message: /^warning: Slack post failed \(500 internal_error\)/ },
    ],
  ])('%s: exit 0, the report reaches the summary and outputs', async (_, inject, expected) => {
    inject()
    const { result, rec } = await actionInProcess(github, inputs)
    expect(result.exitCode).toBe(0)
    expect(rec.outputs.get('commit-sha')).toMatch(expected.commit === 'yes' ? /^c\d+$/ : /^$/)
    expect(rec.outputs.get('slack-posted')).toBe(String(expected.posted))
    if (expected.message) expect(rec.logs.some((l) => expected.message!.test(l))).toBe(true)
    expect(Number(rec.outputs.get('drift-count'))).toBeGreaterThan(0)
    expect(rec.summary).toContain('### Drift')
    expect(JSON.parse(rec.files.get('/runner/temp/vault-coverage-report.json')!).schemaVersion).toBe(1)
    noLeak(rec.summary, ...rec.logs, ...rec.outputs.values(), ...slack.posts.map((p) => JSON.stringify(p)))
  })

  it('a GitHub request that never answers costs the publish deadline, not the job: summary and outputs come first', async () => {
    for (let i = 0; i < 20; i++) github.faults.push({ method: 'POST', pathEnd: '/git/trees', answer: { status: 200, body: {}, hang: true } })
    const started = Date.now()
    const { result, rec } = await actionInProcess(github, inputs, {}, { github: { timeoutMs: 300, deadlineMs: 1500 } })
    const took = Date.now() - started
    expect(took).toBeLessThan(5000) // per attempt 0.3 s, all GitHub calls after the audit within 1.5 s
    expect(result.exitCode).toBe(0)
    expect(rec.outputs.get('commit-sha')).toBe('')
    expect(rec.logs).toContainEqual(expect.stringMatching(/^error: Snapshot commit failed/))
    // The summary and the outputs that need no publisher were written before the commit was tried.
    expect(rec.summary).toContain('### Drift')
    expect(Number(rec.outputs.get('drift-count'))).toBeGreaterThan(0)
    expect(slack.posts).toHaveLength(1)
  })

  it('Slack answering 429 on every post: at most 5 attempts, waits within the budget, and a warning that says rate limited', async () => {
    for (let i = 0; i < 20; i++) slack.answers.push(slackError(429, 'rate_limited', { 'retry-after': '1' }))
    const { result, rec } = await actionInProcess(
      github,
      inputs,
      {},
      { slack: { timeoutMs: 1000, retries: 2, minTimeoutMs: 1, maxWaitMs: 30_000, attempts: 5 } },
    )
    expect(result.exitCode).toBe(0)
    expect(slack.posts.length).toBeLessThanOrEqual(5)
    expect(rec.outputs.get('slack-posted')).toBe('false')
    expect(rec.logs).toContainEqual(expect.stringMatching(/^warning: Slack post failed \(429 rate_limited\): rate limited/))
    expect(rec.sleeps.filter((ms) => ms === 1000).length).toBeLessThanOrEqual(4)
  })

  it('secrets named <!channel>, =HYPERLINK(…), and with | and a newline: no ping, no formula, no broken table', async () => {
    const hostile = ['<!channel>', '=HYPERLINK("https://evil.example","x")', 'PIPE|AND\nNEWLINE']
    const body = fixture('09-').response.body as { secrets: Record<string, unknown>[] }
    const prod = {
      ...body,
      secrets: [...body.secrets, ...hostile.map((key, i) => ({ ...body.secrets[0], id: `h${i}`, secretKey: key, secretPath: '/MooseQuest' }))],
    }
    nock.cleanAll()
    mountOnNock(GH, github.handler)
    mountOnNock(SLACK, slack.handler)
    mountNock([list('prod', { body: prod, headers: json }), ...legacyServer()])
    const { result, rec } = await actionInProcess(github, inputs)
    expect(result.exitCode).toBe(0)
    const slackText = JSON.stringify(slack.posts)
    expect(slackText).not.toContain('<!channel>')
    expect(slackText).toContain('&lt;!channel&gt;')
    const snapshot = github.files.get('docs/ops/2026-11-23-vault-coverage-snapshot.md')!
    expect(snapshot).toContain('`PIPE\\|AND\\nNEWLINE`')
    const csv = (await cli(['--format', 'csv'], ENV)).stdout
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m)
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`)
    noLeak(snapshot, slackText, rec.summary, ...rec.logs)
  })
})
