/**
 * AWS Secrets Manager and SSM Parameter Store columns through the CLI: the
 * official SDK clients talk to a loopback stand-in (JSON 1.1 on the documented
 * shapes, SigV4 required) through AWS_ENDPOINT_URL. Metadata only, presence
 * and native signals, paging, and every error the issue names.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { awsEnv, awsFixture, awsStandIn, setEnv, SERVER_TEXT, type AwsParameter, type AwsSecret, type AwsWorld } from './helpers/aws.js'
import { actionInProcess, runnerEnv } from './helpers/action.js'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { HOST, PROJECT_ID, currentServer, mountNock, recordedValues } from './helpers/recorded.js'
import { cliUnderQuota, expectHeldUnderQuota } from './helpers/quota.js'
import { closedPort, serveOverHttp, type Answer, type Served } from './helpers/serve.js'
import { GitHubStandIn } from './helpers/standins.js'
import { nonEmpty } from './helpers/inventory.js'

const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const SM = 'prod=aws-sm:prod/,staging=aws-sm:staging/'
const SSM = 'prod=aws-ssm:/prod,staging=aws-ssm:/staging'
const KEY = awsEnv('').AWS_SECRET_ACCESS_KEY!

const secret = (name: string, extra: Partial<AwsSecret> = {}): AwsSecret => ({
  name,
  changed: '2026-11-20T10:00:00Z',
  value: `value-of-${name}-0123456789`,
  ...extra,
})
const parameter = (name: string, extra: Partial<AwsParameter> = {}): AwsParameter => ({
  name,
  version: 1,
  changed: '2026-11-20T10:00:00Z',
  value: `value-of-${name}-0123456789`,
  ...extra,
})

export const secretsWorld = (): AwsWorld => ({
  keys: ['AKIAAUDITTEST0000001'],
  pageSize: 2,
  secrets: [
    secret('prod/app/DATABASE_URL'),
    secret('staging/app/DATABASE_URL', { changed: '2026-10-01T10:00:00Z' }),
    secret('prod/app/STRIPE_KEY', { tags: { 'expires-at': '2026-11-30', team: 'payments' } }),
    secret('staging/app/STRIPE_KEY'),
    // Rotation on and past due; staging's date is left behind by rotation switched off.
    secret('prod/app/API_TOKEN', { rotation: { enabled: true, next: '2026-11-01T00:00:00Z' } }),
    secret('staging/app/API_TOKEN', { rotation: { enabled: false, next: '2026-10-01T00:00:00Z' } }),
    secret('prod/OLD_KEY'),
    secret('staging/OLD_KEY', { deleted: '2026-11-21T00:00:00Z' }),
    // Not under prod/: production/ only looks like it.
    secret('production/app/LOOKALIKE'),
  ],
})

let served: Served | undefined
let restore: (() => void) | undefined
afterEach(async () => {
  restore?.()
  restore = undefined
  await served?.close()
  served = undefined
})

// What this machine's environment might add to the SDK's chain: none of it takes part.
const UNSET = Object.fromEntries(
  [
    'AWS_PROFILE',
    'AWS_SESSION_TOKEN',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_ENDPOINT_URL_SECRETS_MANAGER',
    'AWS_ENDPOINT_URL_SSM',
    'AWS_DEFAULT_REGION',
  ].map((k) => [k, undefined]),
)

async function serve(world: AwsWorld, env: Record<string, string | undefined> = {}) {
  const standIn = awsStandIn(world)
  served = await serveOverHttp(standIn.handler)
  restore = setEnv({ ...UNSET, ...awsEnv(served.url), ...env })
  return { ...standIn, seen: served.seen, url: served.url }
}

async function audit(columns: string, args: string[] = []) {
  const r = await cli(['--environments', columns, '--format', 'json', ...NOW, ...args])
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined }
}

const row = (report: Report | undefined, path: string, key: string) => report?.rows.find((r) => r.path === path && r.key === key)

describe('an AWS Secrets Manager column', () => {
  it('lists each prefix once, page by page, and reads presence, deletion, expiry tags, rotation and lag', async () => {
    const aws = await serve(secretsWorld())
    const r = await audit(SM)
    expect(r.stderr).toBe('')
    const report = r.report!
    expect(report.environments.map((e) => [e.slug, e.location])).toEqual([
      ['prod', 'aws-sm:prod/'],
      ['staging', 'aws-sm:staging/'],
    ])
    expect(report.rows.map((x) => `${x.path} ${x.key} ${x.status}`)).toEqual([
      '/ OLD_KEY missing',
      '/app API_TOKEN ok',
      '/app DATABASE_URL ok',
      '/app STRIPE_KEY ok',
    ])
    expect(row(report, '/', 'OLD_KEY')!.cells.staging).toEqual({ state: 'absent', reason: 'scheduled for deletion' })
    expect(report.expiry).toEqual([expect.objectContaining({ key: 'STRIPE_KEY', env: 'prod', status: 'expiring', expiresAt: '2026-11-30T00:00:00.000Z' })])
    expect(report.rotation).toEqual([expect.objectContaining({ key: 'API_TOKEN', env: 'prod', dueAt: '2026-11-01T00:00:00.000Z' })])
    expect(row(report, '/app', 'DATABASE_URL')!.cells.staging).toMatchObject({ state: 'present', updatedAt: '2026-10-01T10:00:00.000Z' })
    // LastChangedDate feeds the lag; Secrets Manager has no version numbers, so no version gap.
    expect(report.skew).toEqual([expect.objectContaining({ key: 'DATABASE_URL', lag: { newest: 'prod', stalest: 'staging', days: 50 } })])
    expect(report.skew[0]!.version).toBeUndefined()
    // One filtered listing per column, followed to the end: 4 + 4 entries at 2 a page.
    const lists = aws.seen.map(
      (s) => JSON.parse(s.body) as { Filters: { Key: string; Values: string[] }[]; IncludePlannedDeletion: boolean; MaxResults: number },
    )
    expect(nonEmpty(aws.calls).every((c) => c.startsWith('ListSecrets eu-west-1 '))).toBe(true)
    expect(lists.filter((l) => l.Filters[0]!.Values[0] === 'prod/')).toHaveLength(2)
    expect(lists.filter((l) => l.Filters[0]!.Values[0] === 'staging/')).toHaveLength(2)
    expect(nonEmpty(lists).every((l) => l.IncludePlannedDeletion === true && l.MaxResults === 100 && l.Filters[0]!.Key === 'name')).toBe(true)
    expect(aws.valueRequests).toEqual([])
  })
})

export const parametersWorld = (): AwsWorld => ({
  keys: ['AKIAAUDITTEST0000001'],
  pageSize: 1,
  emptyPages: 2,
  parameters: [
    parameter('/prod/app/DATABASE_URL', { version: 7 }),
    parameter('/staging/app/DATABASE_URL', { version: 3 }),
    parameter('/prod/app/CERT', { policies: { expiration: '2026-11-10T00:00:00.000Z' } }),
    // Reminders, not an expiry.
    parameter('/staging/app/CERT', { policies: { expirationNotification: true, noChangeNotification: true } }),
    parameter('/prod/ROOT_ONLY'),
    parameter('/production/app/LOOKALIKE'),
  ],
})

describe('an AWS SSM Parameter Store column', () => {
  it('follows empty pages that still carry a NextToken to the end, and reads versions and Expiration policies', async () => {
    const aws = await serve(parametersWorld())
    const r = await audit(SSM)
    expect(r.stderr).toBe('')
    const report = r.report!
    expect(report.rows.map((x) => `${x.path} ${x.key} ${x.status}`)).toEqual(['/ ROOT_ONLY missing', '/app CERT ok', '/app DATABASE_URL ok'])
    expect(report.skew.find((x) => x.key === 'DATABASE_URL')).toMatchObject({
      version: { newest: 'prod', newestVersion: 7, oldest: 'staging', oldestVersion: 3, gap: 4 },
    })
    expect(report.expiry).toEqual([expect.objectContaining({ key: 'CERT', env: 'prod', status: 'expired', expiresAt: '2026-11-10T00:00:00.000Z' })])
    // prod: 3 pages of one, each after 2 empty pages; staging: 2 of one, the same way.
    const bodies = aws.seen.map((x) => JSON.parse(x.body) as { ParameterFilters: unknown; MaxResults: number })
    expect(bodies).toHaveLength(9 + 6)
    expect(bodies.filter((b) => JSON.stringify(b.ParameterFilters) === '[{"Key":"Path","Option":"Recursive","Values":["/prod"]}]')).toHaveLength(9)
    expect(nonEmpty(bodies).every((b) => b.MaxResults === 50)).toBe(true)
    expect(r.logs).toContain('info: aws-ssm:/prod: 3 secrets in 2 folders under / (9 pages)')
    expect(aws.valueRequests).toEqual([])
  })
})

describe('AWS errors', () => {
  it('a denied environment: that column unreadable, exit 2, a line naming it and the cause, no drift from it', async () => {
    await serve({ ...secretsWorld(), denied: ['staging/'] })
    const r = await audit(SM)
    expect(r.code).toBe(2)
    expect(r.logs).toContain(
      'warning: Environment staging could not be read: the credentials may not list aws-sm:staging/: access denied (AccessDeniedException); the policy needs secretsmanager:ListSecrets',
    )
    expect(r.report!.rows.filter((x) => x.missingIn.includes('staging'))).toEqual([])
    expect(row(r.report, '/app', 'DATABASE_URL')).toMatchObject({ status: 'incomplete', cells: { staging: { state: 'unreadable' } } })
  })

  it('throttling is retried within the run budget, not the SDK default of 3 attempts', async () => {
    const aws = await serve({ ...secretsWorld(), throttle: 5 })
    const r = await audit(SM)
    expect(r.code).toBe(0)
    expect(aws.seen).toHaveLength(5 + 4)
    expect(nonEmpty(aws.seen).every((x) => x.headers['amz-sdk-request'] === 'attempt=1; max=1')).toBe(true)
  })

  it('throttling is waited out past the retry wait budget: the quota is paced, not given up on', async () => {
    const aws = await serve({ ...secretsWorld(), throttle: 12 })
    const r = await audit(SM, ['--max-wait', '2'])
    expect(r.code).toBe(0)
    expect(aws.seen.length).toBeGreaterThan(12)
  })

  it('throttling until the run reaches its time limit: unreadable, exit 2, saying so', async () => {
    await serve({ ...secretsWorld(), throttle: 1000 })
    const r = await audit(SM, ['--run-timeout', '20'])
    expect(r.code).toBe(2)
    expect(r.logs).toContain(
      "warning: Environment prod could not be read: aws-sm:prod/: throttled (ThrottlingException); gave up: the run's time limit (20 s) was reached",
    )
  })

  it('bad credentials: exit 1 naming the store and the cause, never the key', async () => {
    const aws = await serve({ ...secretsWorld(), keys: ['AKIASOMEONEELSE00001'] })
    const r = await audit(SM)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `Error: AWS Secrets Manager at ${aws.url.slice(7)} rejected the credentials (UnrecognizedClientException): they are invalid or expired; check what aws-actions/configure-aws-credentials provided\n`,
    )
    expect(r.stderr + r.logs.join('\n')).not.toContain(KEY)
  })

  it('no credentials anywhere in the chain: exit 1 saying where they come from', async () => {
    await serve(secretsWorld(), { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined })
    const r = await audit(SSM)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^Error: AWS SSM Parameter Store: no credentials in the AWS SDK's chain .*: run aws-actions\/configure-aws-credentials before this step\n$/,
    )
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('a %s AWS_REGION: exit 1 naming AWS_REGION, before any request', async (_what, region) => {
    const aws = await serve(secretsWorld(), { AWS_REGION: region })
    const r = await audit(SM)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Error: AWS Secrets Manager: no region: AWS_REGION is missing or empty')
    expect(aws.seen).toEqual([])
  })

  it('an unreachable endpoint: exit 1 naming host:port', async () => {
    const port = await closedPort()
    restore = setEnv({ ...UNSET, ...awsEnv(`http://127.0.0.1:${port}`) })
    const r = await audit(SSM, ['--max-wait', '1'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`^Error: Cannot reach AWS SSM Parameter Store at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\); gave up: `))
  })

  it('a listing that never answers: each attempt ends at its timeout, then the run stops naming host:port', async () => {
    const aws = await serve({ ...secretsWorld(), hang: true })
    const r = await audit('prod=aws-sm:prod/', ['--timeout', '0.3', '--max-wait', '1'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `Error: Cannot reach AWS Secrets Manager at ${aws.url.slice(7)} (timed out); gave up: the next retry (in 2 s) would exceed the retry budget of 1 s\n`,
    )
    expect(aws.seen).toHaveLength(2)
  })

  it('5xx answers are retried, then that column is unreadable with the status', async () => {
    const aws = await serve({ ...secretsWorld(), failing: 500 })
    const r = await audit('prod=aws-sm:prod/', ['--max-wait', '3'])
    expect(r.code).toBe(2)
    expect(r.logs).toContain(
      'warning: Environment prod could not be read: aws-sm:prod/ could not be listed (InternalServiceError, HTTP 500); gave up: the next retry (in 4 s) would exceed the retry budget of 3 s',
    )
    expect(aws.seen).toHaveLength(3)
  })

  it('refuses a location of the wrong form, naming the entry and what was expected', async () => {
    const ssm = await cli(['--environments', 'prod=aws-ssm:prod', ...NOW])
    expect(ssm.stderr).toBe(
      'Error: Invalid --environments: entry "prod=aws-ssm:prod": expected aws-ssm:/PATH: a parameter path that starts with / such as /prod/app (letters, digits, _ . - and /)\n',
    )
    const sm = await cli(['--environments', 'prod=aws-sm:prod/?zone=a', ...NOW])
    expect(sm.stderr).toBe(
      'Error: Invalid --environments: entry "prod=aws-sm:prod/?zone=a": expected aws-sm:PREFIX: only ?region= and ?profile= after the prefix, not "zone"\n',
    )
  })
})

describe('AWS columns in other regions and accounts', () => {
  it('?region= and ?profile= give a column its own client: the region signs the request, the profile picks the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-aws-'))
    const credentials = join(dir, 'credentials')
    writeFileSync(credentials, '[audit-prod]\naws_access_key_id = AKIAPROFILEKEY000002\naws_secret_access_key = profile-secret-key-that-must-not-leak\n')
    const aws = await serve({ ...secretsWorld(), keys: ['AKIAAUDITTEST0000001', 'AKIAPROFILEKEY000002'] }, { AWS_SHARED_CREDENTIALS_FILE: credentials })
    const r = await audit('prod=aws-sm:prod/?region=us-east-2&profile=audit-prod,staging=aws-sm:staging/')
    expect(r.code).toBe(0)
    expect(new Set(aws.calls)).toEqual(new Set(['ListSecrets us-east-2 AKIAPROFILEKEY000002', 'ListSecrets eu-west-1 AKIAAUDITTEST0000001']))
    expect(r.report!.environments.map((e) => e.location)).toEqual(['aws-sm:prod/?region=us-east-2&profile=audit-prod', 'aws-sm:staging/'])
    expect(r.stdout + r.logs.join('\n')).not.toContain('profile-secret-key-that-must-not-leak')
  })
})

describe('an empty prefix', () => {
  it('is every secret of the account and region: the per-account or per-region layout', async () => {
    const aws = await serve(secretsWorld())
    const r = await audit('all=aws-sm:?region=us-east-2')
    expect(r.code).toBe(0)
    expect(r.report!.rows.map((x) => `${x.path} ${x.key}`)).toContain('/production/app LOOKALIKE')
    expect(aws.seen.map((x) => JSON.parse(x.body) as Record<string, unknown>).every((b) => b.Filters === undefined)).toBe(true)
  })
})

describe('no value-reading call, ever', () => {
  it('the AWS sources import no command that reads a value (the stand-in tests above show none is sent)', () => {
    const dir = join(ROOT, 'src/sources/aws')
    for (const file of readdirSync(dir)) {
      expect([file, readFileSync(join(dir, file), 'utf8').match(/GetSecretValue|BatchGetSecretValue|GetParameters?(ByPath|History)?Command/g)]).toEqual([
        file,
        null,
      ])
    }
  })
})

describe('no value, no key, no server text in any output', () => {
  it('markdown, JSON and CSV of an audit with denials and throttling', async () => {
    const world = {
      ...secretsWorld(),
      ...parametersWorld(),
      secrets: secretsWorld().secrets,
      denied: ['staging/', '/staging'],
      throttle: 2,
      keys: ['AKIAAUDITTEST0000001'],
    }
    const aws = await serve(world)
    const columns = `${SM},prod-ssm=aws-ssm:/prod,staging-ssm=aws-ssm:/staging`
    const outputs = await Promise.all(['md', 'json', 'csv'].map((format) => cli(['--environments', columns, '--format', format, ...NOW])))
    expect(outputs.map((o) => `${o.code} ${o.stderr}`)).toEqual(['2 ', '2 ', '2 '])
    const all = outputs.flatMap((o) => [o.stdout, o.stderr, ...o.logs]).join('\n')
    expect(all).toContain('STRIPE_KEY')
    for (const s of [...world.secrets!, ...world.parameters!]) expect(all).not.toContain(s.value)
    expect(all).not.toContain(KEY)
    expect(all).not.toContain(SERVER_TEXT)
    expect(all).not.toContain('not authorized to perform')
    expect(aws.valueRequests).toEqual([])
  })
})

describe('the action with AWS columns', () => {
  it('reads the credentials aws-actions/configure-aws-credentials left in the environment; no input of its own', async () => {
    const aws = await serve(secretsWorld())
    const { result, rec } = await actionInProcess(new GitHubStandIn(), {
      environments: `prod=aws-sm:prod/\nstaging=aws-sm:staging/`,
      'fail-on': 'none',
      commit: 'false',
      now: '2026-11-23T00:00:00Z',
    })
    expect(result.exitCode).toBe(0)
    expect(rec.outputs.get('drift-count')).toBe('1')
    expect(rec.summary).toContain('OLD_KEY')
    expect(nonEmpty(aws.calls).every((c) => c.endsWith('AKIAAUDITTEST0000001'))).toBe(true)
    expect([rec.summary, ...rec.logs, ...rec.files.values()].join('\n')).not.toContain(KEY)
  })
})

describe('a migration check: Infisical prod against AWS Secrets Manager prod', () => {
  const world: AwsWorld = {
    keys: ['AKIAAUDITTEST0000001'],
    secrets: [
      // AWS keeps its own naming for one key, and lacks the cloudflare folder.
      secret('prod/MooseQuest/heroku/heroku-api-key'),
      secret('prod/MooseQuest/heroku/HEROKU_APP_NAME'),
      secret('prod/MooseQuest/heroku/HEROKU_PROD_ONLY_TOKEN'),
      secret('prod/MooseQuest/stripe/STRIPE_SECRET_KEY'),
      secret('prod/MooseQuest/stripe/webhooks/STRIPE_WEBHOOK_SECRET'),
      secret('prod/MooseQuest/APP_URL'),
      secret('prod/MooseQuest/AWS_ONLY'),
    ],
  }
  const ENV = {
    INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
    INFISICAL_CLIENT_SECRET: 'mixed-client-secret-0123456789',
    INFISICAL_PROJECT_ID: PROJECT_ID,
    INFISICAL_HOST: HOST,
  }
  const dates = {
    'prod|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2027-01-01',
    'prod|/MooseQuest/stripe|STRIPE_SECRET_KEY__EXPIRES_AT': '2027-01-01',
    'prod|/MooseQuest/cloudflare|CLOUDFLARE_API_TOKEN__EXPIRES_AT': '2027-01-01',
  }
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })

  it('lines the two columns up under one prefix with loose names, and reports what AWS lacks', async () => {
    nock.disableNetConnect()
    nock.enableNetConnect('127.0.0.1')
    mountNock(currentServer(dates))
    const aws = await serve(world)
    const dir = mkdtempSync(join(tmpdir(), 'vca-aws-'))
    writeFileSync(join(dir, 'loose.yml'), 'names: loose\n')
    const columns = 'infisical-prod=infisical:prod,aws-prod=aws-sm:prod/'
    const args = ['--environments', columns, '--path-prefix', '/MooseQuest', '--policy', join(dir, 'loose.yml'), ...NOW]
    const r = await cli([...args, '--format', 'json'], ENV)
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    expect(report.sources?.map((x) => x.kind)).toEqual(['infisical', 'aws-sm'])
    const byKey = Object.fromEntries(report.rows.map((x) => [x.key, x]))
    expect(byKey.HEROKU_API_KEY).toMatchObject({ path: '/MooseQuest/heroku', status: 'ok', names: { 'aws-prod': 'heroku-api-key' } })
    expect(byKey.CLOUDFLARE_API_TOKEN).toMatchObject({ missingIn: ['aws-prod'] })
    expect(byKey.AWS_ONLY).toMatchObject({ missingIn: ['infisical-prod'] })
    expect(byKey.STRIPE_WEBHOOK_SECRET).toMatchObject({ path: '/MooseQuest/stripe/webhooks', status: 'ok' })
    // The path prefix narrowed the server's name filter.
    expect(aws.seen.map((x) => (JSON.parse(x.body) as { Filters: { Values: string[] }[] }).Filters[0]!.Values[0])).toEqual(['prod/MooseQuest/'])
    const md = await cli(args, ENV)
    expect(md.stdout).toContain('| `/MooseQuest/heroku` | `HEROKU_API_KEY` (aws-prod: `heroku-api-key`) |')
    expect(md.stdout).toContain('- Source: aws-sm (`eu-west-1`)')
    const all = [r.stdout, r.stderr, ...r.logs, md.stdout, ...md.logs].join('\n')
    for (const value of [...recordedValues(), ...world.secrets!.map((x) => x.value), ENV.INFISICAL_CLIENT_SECRET, KEY]) expect(all).not.toContain(value)
    expect(aws.valueRequests).toEqual([])
  })
})

describe('the built action under Node 24 with AWS columns', () => {
  it("loads the SDK's chunk from the action's bundle and reads the environment configure-aws-credentials leaves", async () => {
    const aws = awsStandIn(secretsWorld())
    served = await serveOverHttp(aws.handler)
    const { dir, env } = runnerEnv({ environments: SM, commit: 'false', 'fail-on': 'none', now: '2026-11-23T00:00:00Z' }, awsEnv(served.url))
    const r = await runProcess(join(ROOT, 'dist/index.js'), [], env, dir, await node24())
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('OLD_KEY')
    expect(nonEmpty(aws.calls).every((c) => c.startsWith('ListSecrets eu-west-1 '))).toBe(true)
    expect(aws.valueRequests).toEqual([])
    expect(r.stdout + r.stderr).not.toContain(KEY)
  }, 180_000)
})

describe('the built CLI under Node 24 against a loopback AWS', () => {
  it('audits Secrets Manager and SSM columns in one run, never asks for a value, and leaks nothing', async () => {
    const world: AwsWorld = { ...secretsWorld(), parameters: parametersWorld().parameters!, emptyPages: 1 }
    const aws = awsStandIn(world)
    served = await serveOverHttp(aws.handler)
    const columns = `${SM},prod-params=aws-ssm:/prod,staging-params=aws-ssm:/staging`
    const r = await runProcess(join(ROOT, 'dist/cli/index.js'), ['--environments', columns, ...NOW], awsEnv(served.url), ROOT, await node24())
    expect(r.stderr).toContain('aws-sm:prod/: 4 secrets in 2 folders under / (4 pages)')
    expect(r.stderr).toContain('aws-ssm:/staging: 2 secrets in 1 folder under / (2 pages)')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('| `/` | `OLD_KEY` | ✓ | — |')
    expect(r.stdout).toContain('missing in staging (scheduled for deletion)')
    expect(aws.valueRequests).toEqual([])
    expect(new Set(aws.calls.map((c) => c.split(' ')[0]))).toEqual(new Set(['ListSecrets', 'DescribeParameters']))
    const all = r.stdout + r.stderr
    for (const s of [...world.secrets!, ...world.parameters!]) expect(all).not.toContain(s.value)
    expect(all).not.toContain(KEY)
    expect(all).not.toContain(SERVER_TEXT)
  }, 180_000)
})

describe('the built CLI under an AWS API quota of 3 requests a second', () => {
  // AWS's answer over a request-rate quota: 400 ThrottlingException in the JSON 1.1 protocol (fixture error-throttling).
  const refused = (): Answer => ({ status: 400, body: awsFixture('error-throttling'), headers: { 'content-type': 'application/x-amz-json-1.1' } })

  it('finishes with exit 0 and the drift of an unlimited run, within 1.3 × its requests', async () => {
    const world: AwsWorld = { ...secretsWorld(), pageSize: 1 }
    for (let i = 0; i < 10; i++) {
      world.secrets!.push(secret(`prod/app/FILLER_${i}`))
      if (i !== 3) world.secrets!.push(secret(`staging/app/FILLER_${i}`))
    }
    const run = (rate: number | undefined) => cliUnderQuota(awsStandIn(world).handler, rate, refused, ['--environments', SM, ...NOW], awsEnv)
    const unlimited = await run(undefined)
    const limited = await run(3)
    expectHeldUnderQuota(unlimited, limited, limited.quota!.refused, 'aws-sm', /AWS Secrets Manager in eu-west-1/)
    expect(row(limited.report, '/app', 'FILLER_3')).toMatchObject({ status: 'missing', missingIn: ['staging'] })
  }, 180_000)
})
