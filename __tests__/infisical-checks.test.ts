/**
 * The gap checks as the real servers answer them, on both API generations
 * (helpers/infisical-world.ts): a missing folder is missing (404 "Folder not
 * found"), a denied one unreadable (403), a check that fails (503, 429 past
 * the wait budget, 500) leaves the keys it could explain unreadable, never
 * missing, and says what failed. One check per folder and environment with a
 * gap at most; none where the listing settles it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Report } from '../src/audit/report.js'
import { join } from 'node:path'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { infisicalWorld, type Generation, type World } from './helpers/infisical-world.js'
import { withWindow } from './helpers/quota.js'
import { HOST, PROJECT_ID as RECORDED_PROJECT, fixture, legacyServer, recordedHandler } from './helpers/recorded.js'
import { mountOnNock, serveOverHttp, type SeenRequest } from './helpers/serve.js'

const PROJECT = '0c2f6a52-4b7e-4f5e-9a51-2f0d8c1a7e11'
const ENV = {
  INFISICAL_CLIENT_ID: 'f3b1c0de-0000-4000-8000-000000000001',
  INFISICAL_CLIENT_SECRET: 'checks-client-secret-0123456789',
  INFISICAL_PROJECT_ID: PROJECT,
  INFISICAL_HOST: HOST,
}

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

async function audit(world: Omit<World, 'projectId'>, flags: string[] = []) {
  const seen = mountOnNock(HOST, infisicalWorld({ ...world, projectId: PROJECT }))
  const r = await cli(['--format', 'json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none', '--max-wait', '2', ...flags], ENV)
  const report = r.stdout ? (JSON.parse(r.stdout) as Report) : undefined
  return { ...r, seen, report }
}

const row = (report: Report | undefined, path: string, key: string) => report?.rows.find((r) => r.path === path && r.key === key)
const checks = (seen: SeenRequest[]) =>
  seen.filter((r) => /secret-imports$/.test(r.path) || (/^\/api\/v4\/secrets\/.+/.test(r.path) && r.query.viewSecretValue === 'false'))

const GENERATIONS: Generation[] = ['2024', 'current']

/** dev:/MooseQuest/cf-access imports prod:/restricted, which the identity may not read (issue 23, defect 2). */
const CF_ACCESS: Pick<World, 'secrets' | 'imports' | 'denied'> = {
  secrets: {
    prod: [
      { path: '/MooseQuest/cf-access', key: 'CF_ACCESS_SVC_API' },
      { path: '/restricted', key: 'CF_ACCESS_SVC_API' },
    ],
    staging: [{ path: '/MooseQuest/cf-access', key: 'CF_ACCESS_SVC_API' }],
    dev: [{ path: '/MooseQuest/cf-access', key: 'OTHER' }],
  },
  imports: { 'dev:/MooseQuest/cf-access': ['prod:/restricted'] },
  denied: ['prod:/restricted'],
}

describe.each(GENERATIONS)('a %s server', (generation) => {
  const base = { generation, environments: ['prod', 'staging', 'dev'] }

  it('a folder that exists only in prod: its keys missing in dev and staging, the folder named, exit 0 (an import elsewhere carries the same key)', async () => {
    const r = await audit(
      {
        ...base,
        secrets: {
          prod: [
            { path: '/MooseQuest/billing', key: 'API_URL' },
            { path: '/MooseQuest/app', key: 'PORT' },
            { path: '/shared', key: 'API_URL' },
          ],
          staging: [{ path: '/MooseQuest/app', key: 'PORT' }],
          dev: [{ path: '/MooseQuest/app', key: 'PORT' }],
        },
        // dev:/MooseQuest/app imports prod:/shared, which also holds an API_URL.
        imports: { 'dev:/MooseQuest/app': ['prod:/shared'] },
      },
      ['--path-prefix', '/MooseQuest'],
    )
    expect(r.code).toBe(0)
    expect(row(r.report, '/MooseQuest/billing', 'API_URL')).toMatchObject({ status: 'missing', missingIn: ['staging', 'dev'] })
    expect(r.report!.folders).toEqual(
      expect.arrayContaining([
        { env: 'staging', folder: '/MooseQuest/billing', kind: 'missing', isPrefix: false, missingRows: 1 },
        { env: 'dev', folder: '/MooseQuest/billing', kind: 'missing', isPrefix: false, missingRows: 1 },
      ]),
    )
    expect(r.stderr).not.toContain('may not read')
    expect(checks(r.seen).length).toBeLessThanOrEqual(4)
  })

  it.each([
    ['a 503 on every attempt', { status: 503, body: { statusCode: 503, message: 'Service Unavailable', error: 'ServiceUnavailable' } }, 'HTTP 503'],
    [
      'a 429 past the wait budget',
      {
        status: 429,
        body: { statusCode: 429, message: 'Rate limit exceeded. Please try again in 1 minute', error: 'RateLimitExceeded' },
        headers: { 'content-type': 'application/json', 'retry-after': '60' },
      },
      'HTTP 429',
    ],
    [
      'a 500 with retry-after (the 2024 builds in use)',
      {
        status: 500,
        body: { statusCode: 500, message: 'Something went wrong', error: 'InternalServerError' },
        headers: { 'content-type': 'application/json', 'retry-after': '1' },
      },
      'HTTP 500',
    ],
  ])('a check that fails with %s: the keys it could explain unreadable, exit 2, and the message says what failed', async (_name, fault, words) => {
    const r = await audit(
      {
        ...base,
        ...CF_ACCESS,
        fault: (req) =>
          /secret-imports$/.test(req.path) && req.query.environment === 'dev' ? { headers: { 'content-type': 'application/json' }, ...fault } : undefined,
      },
      ['--path-prefix', '/MooseQuest'],
    )
    expect(r.code).toBe(2)
    expect(row(r.report, '/MooseQuest/cf-access', 'CF_ACCESS_SVC_API')).toMatchObject({
      status: 'incomplete',
      missingIn: [],
      cells: { dev: { state: 'unreadable' } },
    })
    const warning = r.logs.find((l) => l.includes('dev:/MooseQuest/cf-access could not be read'))!
    expect(warning).toContain(`the secret imports of dev:/MooseQuest/cf-access could not be read (${words})`)
    expect(warning).not.toContain('may not read')
  })

  it('without the fault, the same run: the unreadable import source makes the key unknown, exit 2', async () => {
    const r = await audit(
      {
        ...base,
        ...CF_ACCESS,
      },
      ['--path-prefix', '/MooseQuest'],
    )
    expect(r.code).toBe(2)
    expect(r.report!.environments[2]!.unreadablePaths).toEqual([
      { path: '/MooseQuest/cf-access', subtree: false, reason: 'the identity may not read prod:/restricted, which dev:/MooseQuest/cf-access imports' },
    ])
    // OTHER (dev only) is drift of its own; the imported key is unknown in dev, never missing.
    expect(row(r.report, '/MooseQuest/cf-access', 'CF_ACCESS_SVC_API')).toMatchObject({ status: 'incomplete', missingIn: [] })
  })

  it('a role denied on staging: staging unreadable, no "missing in staging" row, and no check below the denied prefix', async () => {
    const secrets = [
      { path: '/MooseQuest/a', key: 'A' },
      { path: '/MooseQuest/b', key: 'B' },
      { path: '/MooseQuest/c/d', key: 'D' },
      { path: '/MooseQuest', key: 'TOP' },
    ]
    const r = await audit({ ...base, secrets: { prod: secrets, staging: secrets, dev: secrets }, denied: ['staging:/MooseQuest'] }, [
      '--path-prefix',
      '/MooseQuest',
      '--fail-on',
      'drift',
    ])
    expect(r.code).toBe(2)
    expect(r.report!.environments[1]).toMatchObject({
      slug: 'staging',
      status: 'unreadable',
      reason: 'the identity may not read secrets in staging:/MooseQuest',
    })
    expect(r.report!.counts.drift).toBe(0)
    expect(checks(r.seen).map((c) => `${c.query.environment}:${c.query.path ?? c.query.secretPath}`)).toEqual(['staging:/MooseQuest'])
  })

  it('a prefix that exists only in prod: its keys missing elsewhere, exit 0; a prefix that exists nowhere: exit 1', async () => {
    const r = await audit({ ...base, secrets: { prod: [{ path: '/MooseQuest/postmark', key: 'POSTMARK_TOKEN' }], staging: [], dev: [] } }, [
      '--path-prefix',
      '/MooseQuest/postmark',
    ])
    expect(r.code).toBe(0)
    expect(row(r.report, '/MooseQuest/postmark', 'POSTMARK_TOKEN')).toMatchObject({ status: 'missing', missingIn: ['staging', 'dev'] })
    expect(r.report!.folders).toEqual(
      expect.arrayContaining([expect.objectContaining({ env: 'staging', folder: '/MooseQuest/postmark', kind: 'missing', isPrefix: true })]),
    )
    nock.cleanAll()
    const none = await audit({ ...base, secrets: { prod: [], staging: [], dev: [] } }, ['--path-prefix', '/Nope'])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('path prefix /Nope does not exist in any audited environment (prod, staging, dev)')
  })

  it('a key that reaches the folder through an import is present, with the source it came through', async () => {
    const r = await audit(
      {
        ...base,
        secrets: {
          prod: [
            { path: '/app', key: 'SMTP_HOST' },
            { path: '/shared', key: 'SMTP_HOST' },
          ],
          staging: [{ path: '/app', key: 'PORT' }],
          dev: [{ path: '/app', key: 'PORT' }],
        },
        folders: {},
        imports: { 'staging:/app': ['prod:/shared'], 'dev:/app': ['prod:/shared'] },
      },
      ['--path-prefix', '/', '--environments', 'prod,staging,dev'],
    )
    expect(row(r.report, '/app', 'SMTP_HOST')!.cells.staging).toEqual({ state: 'present', version: 1, via: 'prod:/shared' })
    expect(row(r.report, '/app', 'SMTP_HOST')!.status).toBe('ok')
  })
})

describe('the current server only', () => {
  it('reads secret imports at /api/v2 with projectId, never the deprecated /api/v1 (which wants workspaceId)', async () => {
    const r = await audit({
      generation: 'current',
      environments: ['prod', 'staging'],
      secrets: {
        prod: [
          { path: '/app', key: 'SMTP_HOST' },
          { path: '/shared', key: 'SMTP_HOST' },
        ],
        staging: [{ path: '/app', key: 'PORT' }],
      },
      imports: { 'staging:/app': ['prod:/shared'] },
    })
    expect(r.code).toBe(0)
    const reads = r.seen.filter((x) => /secret-imports$/.test(x.path))
    expect(reads.length).toBeGreaterThan(0)
    for (const read of reads) expect(read).toMatchObject({ path: '/api/v2/secret-imports', query: expect.objectContaining({ projectId: PROJECT }) })
  })

  it('an import whose source the identity cannot read stays in imports[] with no secrets: unknown, never missing', async () => {
    const r = await audit({
      generation: 'current',
      environments: ['prod', 'staging'],
      secrets: {
        prod: [
          { path: '/app', key: 'SMTP_HOST' },
          { path: '/shared', key: 'SMTP_HOST' },
        ],
        staging: [{ path: '/app', key: 'PORT' }],
      },
      imports: { 'staging:/app': ['prod:/shared'] },
      denied: ['prod:/shared'],
    })
    expect(r.code).toBe(2)
    expect(row(r.report, '/app', 'SMTP_HOST')).toMatchObject({ status: 'incomplete', missingIn: [] })
  })

  it('a folder the role hides: listed as empty (200), the single read answers 403, the folder unreadable', async () => {
    const secrets = [
      { path: '/app', key: 'PORT' },
      { path: '/app/payments', key: 'STRIPE_KEY' },
    ]
    const r = await audit({
      generation: 'current',
      environments: ['prod', 'staging'],
      secrets: { prod: secrets, staging: secrets },
      denied: ['staging:/app/payments'],
    })
    expect(r.code).toBe(2)
    expect(r.report!.environments[1]!.unreadablePaths).toEqual([
      { path: '/app/payments', subtree: true, reason: 'the identity may not read secrets in staging:/app/payments' },
    ])
    expect(row(r.report, '/app/payments', 'STRIPE_KEY')).toMatchObject({ status: 'incomplete' })
    // Access first, from the secret itself; no import read for a denied folder.
    expect(checks(r.seen).map((c) => `${c.path} ${c.query.secretPath ?? c.query.path}`)).toEqual(['/api/v4/secrets/STRIPE_KEY /app/payments'])
  })
})

describe('what the report says of a part', () => {
  it('names the empty folder where it is (aws/iam/ci exists and is empty, aws/iam holds nothing anywhere)', async () => {
    const r = await audit({
      generation: '2024',
      environments: ['prod', 'staging'],
      secrets: {
        prod: [
          { path: '/aws/iam/ci', key: 'CI_ROLE' },
          { path: '/aws/x', key: 'X' },
        ],
        staging: [{ path: '/aws/x', key: 'X' }],
      },
      folders: { staging: ['/aws/iam/ci'] },
    })
    expect(r.code).toBe(0)
    expect(r.report!.folders).toEqual([{ env: 'staging', folder: '/aws/iam/ci', kind: 'empty', isPrefix: false, missingRows: 1 }])
  })

  it('Slack\'s header: our own ⚠️ as an emoji, and "part of staging" when only a folder of it could not be read', async () => {
    const secrets = [
      { path: '/app', key: 'PORT' },
      { path: '/app/payments', key: 'STRIPE_KEY' },
    ]
    const r = await audit({
      generation: 'current',
      environments: ['prod', 'staging'],
      secrets: { prod: secrets, staging: secrets },
      denied: ['staging:/app/payments'],
    })
    const { renderSlack } = await import('../src/render/slack.js')
    const header = (renderSlack(r.report!, { runUrl: 'https://github.com/acme/shop/actions/runs/1' }).blocks[0] as { text: { text: string } }).text.text
    expect(header).toMatch(/^⚠️ INCOMPLETE \(part of staging unreadable\) · /)
    expect(header).not.toContain('\\u{')
  })
})

/** The route a request counts against on an Infisical server: one per secret-name route, not one per name. */
const infisicalRoute = (req: SeenRequest) => req.path.replace(/^(\/api\/v3\/secrets\/raw|\/api\/v4\/secrets)\/.+$/, '$1/:name')

describe('the per-route limits of a self-hosted server', () => {
  it('five audits back to back (built CLI, Node 24): the client waits for the window instead of spending a 429', async () => {
    const node = await node24()
    const env = (url: string) => ({
      INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
      INFISICAL_CLIENT_SECRET: 'rate-client-secret-0123456789',
      INFISICAL_PROJECT_ID: RECORDED_PROJECT,
      INFISICAL_HOST: url,
      INFISICAL_PATH_PREFIX: '/MooseQuest',
    })
    const args = ['--format', 'json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none']
    // The same audit without a limit: the drift and the request count the limited runs are held to.
    const free = await serveOverHttp(recordedHandler(legacyServer()))
    const unlimited = await runProcess(join(ROOT, 'dist/cli/index.js'), args, env(free.url), ROOT, node).finally(() => free.close())
    expect(unlimited.code).toBe(0)
    const freeRequests = free.seen.length
    // @fastify/rate-limit as Infisical configures it, scaled down (8 a second per route instead of 40 or 60 a minute)
    // so that five audits meet it within a test's time.
    const server = withWindow(recordedHandler(legacyServer()), 8, 1, infisicalRoute, () => ({ status: 429, body: fixture('44-').response.body }))
    const served = await serveOverHttp(server.handler)
    try {
      const drift: number[] = []
      const waited: number[] = []
      for (let run = 0; run < 5; run++) {
        const started = performance.now()
        // A wait budget of 10 s: the windows one run waits out, with room for a loaded machine (rate-pacer.test.ts
        // pins that waits sharing a window are charged once).
        const r = await runProcess(join(ROOT, 'dist/cli/index.js'), [...args, '--max-wait', '10'], env(served.url), ROOT, node)
        expect(r.code).toBe(0)
        expect(JSON.parse(r.stdout).rows).toEqual(JSON.parse(unlimited.stdout).rows)
        drift.push((JSON.parse(r.stdout) as Report).counts.drift)
        // The log says once how long the run waited for the server's windows: never more than the run lasted.
        const said = /announced its rate limits: waited (\d+\.\d) s for them rather than be refused/.exec(r.stderr)
        if (said) waited.push(Number(said[1]) * 1000 - (performance.now() - started))
      }
      expect(waited.length).toBeGreaterThan(0)
      for (const excess of waited) expect(excess).toBeLessThanOrEqual(0)
      expect(server.refused).toBe(0)
      expect(served.seen.length).toBeLessThanOrEqual(5 * 1.3 * freeRequests)
      expect(new Set(drift).size).toBe(1)
      // 5 × 19 requests at 8 per second per route: the secret-imports route alone needs several windows.
      expect(served.seen.filter((r) => r.path === '/api/v1/secret-imports')).toHaveLength(5 * 11)
    } finally {
      await served.close()
    }
  }, 60_000)
})
