import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { noDriftFrom, nonEmpty } from './helpers/inventory.js'
import nock from 'nock'
import { audit } from '../src/audit/audit.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { renderCsv } from '../src/render/csv.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { infisicalStore } from '../src/sources/infisical/index.js'
import type { Source } from '../src/sources/source.js'
import { storeSource } from '../src/sources/store.js'
import type { InfisicalSettings } from '../src/sources/infisical/settings.js'
import { cli, testPorts } from './helpers/cli.js'
import {
  HOST,
  PROJECT_ID,
  closedPort,
  currentServer,
  fixture,
  fromFixture,
  legacyServer,
  mountNock,
  recordedValues,
  routeNotFound,
  type Route,
} from './helpers/recorded.js'

const settings = (extra: Partial<InfisicalSettings> = {}): InfisicalSettings => ({
  kind: 'infisical',
  host: HOST,
  auth: { method: 'universal', clientId: '71a235d1-5c2e-49f0-b6f5-588dd02b082d', clientSecret: 'test-client-secret-value' },
  projectId: PROJECT_ID,
  headers: {},
  timeoutMs: 1000,
  maxWaitMs: 120_000,
  runTimeoutMs: 300_000,
  ...extra,
})

/**
 * Folders of the recorded project where an environment lacks a key another holds, counted by
 * environment: prod lacks dev's 9 odd keys in /MooseQuest and dev's HEROKU_DEV_DEBUG; staging lacks
 * those too, cloudflare, stripe and stripe/webhooks, …: each costs one import-configuration read.
 */
const importChecks = 11

const ENV = {
  INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
  INFISICAL_CLIENT_SECRET: 'test-client-secret-value',
  INFISICAL_PROJECT_ID: PROJECT_ID,
  INFISICAL_HOST: HOST,
  INFISICAL_PATH_PREFIX: '/MooseQuest/',
}

function source(extra: Partial<InfisicalSettings> = {}) {
  const logs: string[] = []
  const sleeps: number[] = []
  const ports = { ...testPorts(logs), sleep: async (ms: number) => void sleeps.push(ms) }
  return { source: storeSource(infisicalStore, settings(extra), ports), logs, sleeps }
}

/** As run() does: read, then always close (which revokes the token). */
async function read(s: Source, locations?: string[], pathPrefix = '/MooseQuest/') {
  try {
    return await s.read({ ...(locations ? { locations } : {}), pathPrefix, companionSuffix: '__EXPIRES_AT', now: new Date('2026-11-23T00:00:00Z') })
  } finally {
    await s.close?.()
  }
}

/** Replace the routes matching (method, path) with `replacement`, keeping the rest. */
const overriding = (routes: Route[], ...replacement: Route[]) => [...replacement, ...routes]

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

describe('an October 2024 server (recorded)', () => {
  it('falls back to /api/v1/workspace and /api/v3/secrets/raw and lists metadata only', async () => {
    const seen = mountNock(legacyServer())
    const { source: s } = source()
    const inventory = await read(s)

    expect(inventory.source).toEqual({ kind: 'infisical', location: HOST, projectId: PROJECT_ID, projectName: 'MooseQuest' })
    expect(inventory.pathPrefix).toBe('/MooseQuest')
    expect(inventory.environments.map((e) => e.slug)).toEqual(['dev', 'staging', 'prod'])
    const prod = inventory.environments.find((e) => e.slug === 'prod')!
    if (prod.status !== 'ok') throw new Error('prod unreadable')
    // Sorted client-side, root-level and personal secrets excluded, nothing but metadata kept.
    expect(prod.secrets.find((x) => x.key === 'HEROKU_API_KEY')).toEqual({
      path: '/MooseQuest/heroku',
      key: 'HEROKU_API_KEY',
      version: 3,
      updatedAt: '2026-11-23T03:32:32.566Z',
    })
    expect(prod.secrets.some((x) => x.key === 'ROOT_LEVEL_SECRET')).toBe(false)
    expect(prod.secrets.find((x) => x.key === 'STRIPE_WEBHOOK_SECRET')?.path).toBe('/MooseQuest/stripe/webhooks')
    for (const secret of prod.secrets)
      expect(Object.keys(secret).sort()).toEqual(
        secret.key.endsWith('__EXPIRES_AT') ? ['expiresAt', 'key', 'path', 'updatedAt', 'version'] : ['key', 'path', 'updatedAt', 'version'],
      )
    // Companion dates came with the listing: no extra request on this server.
    expect(prod.secrets.find((x) => x.key === 'HEROKU_API_KEY__EXPIRES_AT')?.expiresAt).toBe('2026-12-31T00:00:00Z')

    const lists = seen.filter((r) => r.path === '/api/v3/secrets/raw' && r.query.recursive === 'true')
    expect(lists).toHaveLength(3)
    for (const r of lists) {
      expect(r.query).toMatchObject({
        workspaceId: PROJECT_ID,
        secretPath: '/MooseQuest',
        recursive: 'true',
        viewSecretValue: 'false',
        expandSecretReferences: 'false',
        include_imports: 'true',
      })
      expect(r.headers.authorization).toBe('Bearer <access-token>')
    }
    // 1 login + 2 project (v1/projects probe, workspace) + 1 v4 probe + 3 lists, then one check per folder and
    // environment that lacks keys: the folder's secret imports, which on this build also answer existence (404
    // "Folder not found") and access (403); 1 revoke. No non-recursive listing, no folder listing.
    const kinds = seen.map((r) => `${r.method} ${r.path}${r.path === '/api/v3/secrets/raw' ? ` recursive=${r.query.recursive}` : ''}`)
    expect(kinds.slice(0, 7)).toEqual([
      'POST /api/v1/auth/universal-auth/login',
      `GET /api/v1/projects/${PROJECT_ID}`,
      `GET /api/v1/workspace/${PROJECT_ID}`,
      'GET /api/v4/secrets',
      'GET /api/v3/secrets/raw recursive=true',
      'GET /api/v3/secrets/raw recursive=true',
      'GET /api/v3/secrets/raw recursive=true',
    ])
    const count = (kind: string) => kinds.filter((k) => k === kind).length
    expect(count('GET /api/v1/secret-imports')).toBe(importChecks)
    expect(count('GET /api/v3/secrets/raw recursive=false')).toBe(0)
    expect(count('GET /api/v1/folders')).toBe(0)
    expect(kinds.at(-1)).toBe('POST /api/v1/auth/token/revoke')
    // The request budget of the recorded project on this generation (31 before issue 23, 12 before imports).
    expect(seen).toHaveLength(7 + importChecks + 1)
    expect(seen.length).toBeLessThanOrEqual(20)
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ accessToken: '<access-token>' })
  })

  it('confirms the cloudflare folder does not exist in staging (runbook failure mode C)', async () => {
    mountNock(legacyServer())
    const report = audit(await read(source().source), DEFAULT_POLICY, new Date('2026-11-23T00:00:00Z'))
    expect(report.folders).toContainEqual({ env: 'staging', folder: '/MooseQuest/cloudflare', kind: 'missing', isPrefix: false, missingRows: 2 })
    expect(report.folders).toContainEqual({ env: 'staging', folder: '/MooseQuest/stripe/webhooks', kind: 'missing', isPrefix: false, missingRows: 1 })
    expect(renderMarkdown(report)).toContain('folder `/MooseQuest/cloudflare` does not exist in staging (2 missing secrets)')
    expect(report.expiry).toContainEqual({
      path: '/MooseQuest/heroku',
      key: 'HEROKU_API_KEY',
      env: 'staging',
      status: 'expired',
      expiresAt: '2025-01-15T00:00:00.000Z',
      daysLeft: -677,
    })
    expect(report.skew).toContainEqual(
      expect.objectContaining({ key: 'STRIPE_SECRET_KEY', version: { newest: 'prod', newestVersion: 4, oldest: 'staging', oldestVersion: 1, gap: 3 } }),
    )
  })

  it('adds the leading slash a path needs (the server answers an empty list without it, fixture 43)', async () => {
    const seen = mountNock(legacyServer())
    await read(source().source, ['prod'], 'MooseQuest/')
    expect(seen.find((r) => r.path === '/api/v3/secrets/raw')?.query.secretPath).toBe('/MooseQuest')
  })
})

describe('a current server', () => {
  const dates = {
    'prod|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2026-12-31T00:00:00Z',
    'prod|/MooseQuest/cloudflare|CLOUDFLARE_API_TOKEN__EXPIRES_AT': '2026-12-01',
    'prod|/MooseQuest/stripe|STRIPE_SECRET_KEY__EXPIRES_AT': '2027-06-01',
    'staging|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2025-01-15T00:00:00Z',
    'staging|/MooseQuest/stripe|STRIPE_SECRET_KEY__EXPIRES_AT': '2027-06-01',
    'dev|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2027-03-01',
    'dev|/MooseQuest/cloudflare|CLOUDFLARE_API_TOKEN__EXPIRES_AT': '2026-01-01T00:00:00Z',
  }

  it('uses /api/v1/projects and /api/v4/secrets, and reads each hidden companion with one request', async () => {
    const seen = mountNock(currentServer(dates))
    const inventory = await read(source().source)
    const byKind = seen.reduce<Record<string, number>>(
      (n, r) => ({
        ...n,
        [`${r.method} ${r.path.replace(/secrets\/[^/]+$/, 'secrets/:name')}`]:
          (n[`${r.method} ${r.path.replace(/secrets\/[^/]+$/, 'secrets/:name')}`] ?? 0) + 1,
      }),
      {},
    )
    expect(byKind).toEqual({
      'POST /api/v1/auth/universal-auth/login': 1,
      [`GET /api/v1/projects/${PROJECT_ID}`]: 1,
      'GET /api/v4/secrets': 3, // 3 recursive listings
      // Folders where an environment holds nothing that others fill (staging: cloudflare, stripe/webhooks; dev:
      // stripe/webhooks): access from one secret's metadata, then existence from its imports (404: missing).
      // Elsewhere the listing settles it: the environment reads the folder, and imports[] (kept whole by
      // current servers) names no import.
      'GET /api/v2/secret-imports': 3,
      'GET /api/v4/secrets/:name': 7 + 3, // 7 hidden companions + 3 access checks
      'POST /api/v1/auth/token/revoke': 1,
    })
    expect(
      seen
        .filter((r) => /^\/api\/v4\/secrets\/.+/.test(r.path) && r.query.viewSecretValue === 'false')
        .map((r) => `${r.query.environment}:${r.query.secretPath}`)
        .sort(),
    ).toEqual(['dev:/MooseQuest/stripe/webhooks', 'staging:/MooseQuest/cloudflare', 'staging:/MooseQuest/stripe/webhooks'])
    expect(seen.length).toBeLessThanOrEqual(20)
    const staging = inventory.environments.find((e) => e.slug === 'staging')!
    if (staging.status !== 'ok') throw new Error('staging unreadable')
    expect(staging.secrets.find((x) => x.key === 'HEROKU_API_KEY__EXPIRES_AT')?.expiresAt).toBe('2025-01-15T00:00:00Z')
    expect(staging.missingFolders).toEqual(['/MooseQuest/cloudflare', '/MooseQuest/stripe/webhooks'])
    const dev = inventory.environments.find((e) => e.slug === 'dev')!
    expect(dev.status === 'ok' && dev.missingFolders).toEqual(['/MooseQuest/stripe/webhooks'])
    for (const r of seen.filter((x) => x.path === '/api/v4/secrets' && x.query.recursive !== 'false'))
      expect(r.query).toMatchObject({ projectId: PROJECT_ID, viewSecretValue: 'false', recursive: 'true' })
  })

  it('reports companion dates it may not read as unknown, with one warning per environment', async () => {
    mountNock(
      overriding(currentServer({}), {
        method: 'GET',
        path: /^\/api\/v4\/secrets\/.+/,
        status: 403,
        body: { statusCode: 403, message: 'You are not allowed to readValue on secrets', error: 'PermissionDenied' },
      }),
    )
    const { source: s, logs } = source()
    const report = audit(await read(s, ['prod']), DEFAULT_POLICY, new Date('2026-11-23T00:00:00Z'))
    expect(report.expiry.map((f) => f.status)).toEqual(['unknown', 'unknown', 'unknown'])
    expect(logs.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: prod: cannot read expiry companion dates (403); grant readValue on secrets named *__EXPIRES_AT',
    ])
  })
})

describe('expiry-tag: companion dates from one tagged listing per environment', () => {
  const tagged = (environment: string, items: { path: string; key: string; value: string }[]): Route => ({
    method: 'GET',
    path: '/api/v4/secrets',
    query: { environment, tagSlugs: 'expiry', viewSecretValue: 'true', recursive: 'true' },
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: {
      secrets: items.map((i) => ({
        secretKey: i.key,
        secretPath: i.path,
        version: 1,
        type: 'shared',
        updatedAt: '2026-11-01T00:00:00Z',
        secretValue: i.value,
        secretValueHidden: false,
        tags: [{ slug: 'expiry' }],
      })),
      imports: [],
    },
  })

  it('reads every tagged companion in E requests, keeps only companion dates, and falls back for untagged ones', async () => {
    const routes = overriding(
      currentServer({ 'staging|/MooseQuest/stripe|STRIPE_SECRET_KEY__EXPIRES_AT': '2027-06-01' }),
      tagged('prod', [
        { path: '/MooseQuest/heroku', key: 'HEROKU_API_KEY__EXPIRES_AT', value: '2026-12-31T00:00:00Z' },
        { path: '/MooseQuest/cloudflare', key: 'CLOUDFLARE_API_TOKEN__EXPIRES_AT', value: '2026-12-01' },
        { path: '/MooseQuest/stripe', key: 'STRIPE_SECRET_KEY__EXPIRES_AT', value: '2027-06-01' },
        // A secret tagged by mistake: its value must be dropped, never kept.
        { path: '/MooseQuest/stripe', key: 'STRIPE_SECRET_KEY', value: 'sk_live_tagged_by_mistake' },
      ]),
      tagged('staging', [{ path: '/MooseQuest/heroku', key: 'HEROKU_API_KEY__EXPIRES_AT', value: '2025-01-15T00:00:00Z' }]),
      tagged('dev', [
        { path: '/MooseQuest/heroku', key: 'HEROKU_API_KEY__EXPIRES_AT', value: '2027-03-01' },
        { path: '/MooseQuest/cloudflare', key: 'CLOUDFLARE_API_TOKEN__EXPIRES_AT', value: '2026-01-01T00:00:00Z' },
      ]),
    )
    const seen = mountNock(routes)
    const { source: s, logs } = source({ expiryTag: 'expiry' })
    const inventory = await read(s)
    expect(seen.filter((r) => r.query.tagSlugs === 'expiry')).toHaveLength(3)
    // Only staging's STRIPE companion was untagged: one read for it.
    expect(
      seen.filter((r) => /^\/api\/v4\/secrets\/.+/.test(r.path) && r.query.viewSecretValue === 'true').map((r) => `${r.query.environment} ${r.path}`),
    ).toEqual(['staging /api/v4/secrets/STRIPE_SECRET_KEY__EXPIRES_AT'])
    expect(logs).toContain('info: 1 expiry companions are not tagged expiry: reading them one by one')
    const dates = inventory.environments.flatMap((e) =>
      e.status === 'ok' ? e.secrets.filter((x) => x.expiresAt).map((x) => `${e.slug} ${x.key} ${x.expiresAt}`) : [],
    )
    expect(dates.sort()).toEqual([
      'dev CLOUDFLARE_API_TOKEN__EXPIRES_AT 2026-01-01T00:00:00Z',
      'dev HEROKU_API_KEY__EXPIRES_AT 2027-03-01',
      'prod CLOUDFLARE_API_TOKEN__EXPIRES_AT 2026-12-01',
      'prod HEROKU_API_KEY__EXPIRES_AT 2026-12-31T00:00:00Z',
      'prod STRIPE_SECRET_KEY__EXPIRES_AT 2027-06-01',
      'staging HEROKU_API_KEY__EXPIRES_AT 2025-01-15T00:00:00Z',
      'staging STRIPE_SECRET_KEY__EXPIRES_AT 2027-06-01',
    ])
    expect(JSON.stringify(inventory)).not.toContain('sk_live_tagged_by_mistake')
  })

  it('falls back to one read per companion when the tagged listing fails', async () => {
    const denied: Route = {
      method: 'GET',
      path: '/api/v4/secrets',
      query: { tagSlugs: 'expiry' },
      status: 403,
      body: { statusCode: 403, message: 'You are not allowed to readValue on secrets', error: 'PermissionDenied' },
    }
    const seen = mountNock(overriding(currentServer({}), denied))
    await read(source({ expiryTag: 'expiry' }).source, ['prod'])
    expect(seen.filter((r) => /^\/api\/v4\/secrets\/.+/.test(r.path))).toHaveLength(3)
  })
})

describe('environments', () => {
  it('names the valid slugs when a configured one does not exist, before listing anything', async () => {
    const seen = mountNock(legacyServer())
    await expect(read(source().source, ['prod', 'qa'])).rejects.toThrow(
      'Unknown environment "qa" in project MooseQuest; valid environments: dev, staging, prod',
    )
    expect(seen.some((r) => r.path.includes('/secrets'))).toBe(false)
    expect(seen.at(-1)?.path).toBe('/api/v1/auth/token/revoke')
  })

  it('keeps the configured order', async () => {
    mountNock(legacyServer())
    expect((await read(source().source, ['prod', 'dev'])).environments.map((e) => e.slug)).toEqual(['prod', 'dev'])
  })
})

describe('headers', () => {
  it('sends the Cloudflare Access and extra headers on every request, login included', async () => {
    const seen = mountNock(legacyServer())
    await read(source({ headers: { 'CF-Access-Client-Id': 'cf-id.access', 'CF-Access-Client-Secret': 'cf-secret-value', 'X-Team': 'platform' } }).source)
    expect(seen.length).toBeGreaterThan(5)
    for (const r of seen) {
      expect(r.headers['cf-access-client-id']).toBe('cf-id.access')
      expect(r.headers['cf-access-client-secret']).toBe('cf-secret-value')
      expect(r.headers['x-team']).toBe('platform')
    }
  })
})

describe('login failures (exit 1, "Failed to obtain Infisical auth token")', () => {
  it.each([
    [
      'bad credentials (fixture 03)',
      [fromFixture('03-')],
      "Failed to obtain Infisical auth token: Infisical refused the client id or secret (401); check the machine identity's Universal Auth credentials",
    ],
    [
      'a Cloudflare Access login page with status 200',
      [
        {
          method: 'POST',
          path: '/api/v1/auth/universal-auth/login',
          status: 200,
          raw: '<!DOCTYPE html><html><title>Sign in ・ Cloudflare Access</title></html>',
          body: null,
          headers: { 'content-type': 'text/html' },
        },
      ],
      'Failed to obtain Infisical auth token: POST /api/v1/auth/universal-auth/login returned an HTML page (status 200, expected JSON): Cloudflare Access (or another proxy)',
    ],
    [
      'a redirect to the Cloudflare Access login',
      [
        {
          method: 'POST',
          path: '/api/v1/auth/universal-auth/login',
          status: 302,
          body: null,
          raw: '',
          headers: { location: 'https://moosequest.cloudflareaccess.com/cdn-cgi/access/login/infisical' },
        },
      ],
      'Failed to obtain Infisical auth token: POST /api/v1/auth/universal-auth/login was redirected (302 to moosequest.cloudflareaccess.com): Cloudflare Access is asking for a login',
    ],
    ['a host that is not Infisical', [routeNotFound('POST', '/api/v1/auth/universal-auth/login')], 'has no Universal Auth login route (404)'],
  ] as [string, Route[], string][])('%s', async (_, routes, message) => {
    mountNock(routes)
    const r = await cli([], ENV)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toContain('test-client-secret-value')
  })

  it('an unreachable host, after bounded retries', async () => {
    const port = await closedPort()
    const { source: s, sleeps } = source({ host: `http://127.0.0.1:${port}` })
    nock.enableNetConnect(`127.0.0.1:${port}`)
    await expect(read(s)).rejects.toThrow(
      /^Failed to obtain Infisical auth token: cannot reach http:\/\/127\.0\.0\.1:\d+: POST \/api\/v1\/auth\/universal-auth\/login: network error \(ECONNREFUSED\); gave up: after 6 attempts$/,
    )
    expect(sleeps).toEqual([1000, 2000, 4000, 8000, 16000])
  })
})

describe('project access', () => {
  it('says the identity is not a member of the project (fixture 41), exit 1', async () => {
    mountNock([
      fromFixture('02-'),
      routeNotFound('GET', /^\/api\/v1\/projects\//),
      fromFixture('41-', { path: `/api/v1/workspace/${PROJECT_ID}` }),
      ...legacyServer(),
    ])
    const r = await cli([], ENV)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'The machine identity is not a member of project 8fd2f847-3576-4c49-bb1f-77dd115338a1 (403). Add it to the project with a role that can describe secrets.',
    )
  })

  it('says the project does not exist for a 404 that is not route-not-found', async () => {
    mountNock([
      fromFixture('02-'),
      {
        method: 'GET',
        path: `/api/v1/projects/${PROJECT_ID}`,
        status: 404,
        body: { statusCode: 404, message: `Project with ID '${PROJECT_ID}' not found`, error: 'NotFound' },
      },
      ...legacyServer(),
    ])
    const r = await cli([], ENV)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`Project ${PROJECT_ID} not found on ${HOST}`)
  })
})

describe('retries and partial failure', () => {
  it('waits out a 429 as retry-after says (fixture 44), then succeeds', async () => {
    const rateLimited = fromFixture('44-', { path: '/api/v3/secrets/raw', query: { environment: 'staging' }, times: 1 })
    mountNock(overriding(legacyServer(), rateLimited))
    const { source: s, sleeps } = source()
    const inventory = await read(s)
    expect(sleeps.map((ms) => Math.round(ms / 1000))).toEqual([60])
    expect(nonEmpty(inventory.environments).every((e) => e.status === 'ok')).toBe(true)
  })

  it('waits out a 429 longer than the retry wait budget: a quota is waited for as long as the run may last', async () => {
    const rateLimited = fromFixture('44-', { path: '/api/v3/secrets/raw', query: { environment: 'staging' }, times: 1 })
    mountNock(overriding(legacyServer(), rateLimited))
    const { source: s, sleeps } = source({ maxWaitMs: 30_000 })
    const inventory = await read(s)
    expect(sleeps.map((ms) => Math.round(ms / 1000))).toEqual([60])
    expect(inventory.environments.map((e) => e.status)).toEqual(['ok', 'ok', 'ok'])
  })

  it('makes an environment unreadable when the run reaches its time limit while throttled, and carries on', async () => {
    const rateLimited = fromFixture('44-', { path: '/api/v3/secrets/raw', query: { environment: 'staging' } })
    mountNock(overriding(legacyServer(), rateLimited))
    const { source: s, sleeps } = source({ runTimeoutMs: 150_000 })
    const report = audit(await read(s), DEFAULT_POLICY, new Date('2026-11-23T00:00:00Z'))
    // Two 60 s waits fit in 150 s; the third would not (to the second: the pause is counted from the 429's arrival).
    expect(sleeps.map((ms) => Math.round(ms / 1000))).toEqual([60, 60])
    expect(report.environments.find((e) => e.slug === 'staging')).toEqual({
      slug: 'staging',
      name: 'Staging',
      status: 'unreadable',
      reason: "GET /api/v3/secrets/raw failed: 429 RateLimitExceeded; gave up: the run's time limit (150 s) was reached",
    })
    noDriftFrom(report)
    expect(report.rows.some((r) => r.status === 'incomplete')).toBe(true)
  })

  it('retries 5xx with backoff, and exits 2 when one environment keeps failing, reporting the others', async () => {
    const broken: Route = {
      method: 'GET',
      path: '/api/v3/secrets/raw',
      query: { environment: 'dev' },
      status: 503,
      body: { statusCode: 503, message: 'Service Unavailable', error: 'ServiceUnavailable' },
    }
    const flaky: Route = {
      method: 'GET',
      path: '/api/v3/secrets/raw',
      query: { environment: 'prod' },
      status: 502,
      raw: '<html>502 Bad Gateway</html>',
      body: null,
      headers: { 'content-type': 'text/html' },
      times: 2,
    }
    mountNock(overriding(legacyServer(), broken, flaky))
    const r = await cli(['--format', 'json'], ENV)
    expect(r.code).toBe(2)
    const report = JSON.parse(r.stdout)
    expect(report.environments.map((e: { status: string }) => e.status)).toEqual(['unreadable', 'ok', 'ok'])
    expect(report.environments[0].reason).toBe('GET /api/v3/secrets/raw failed: 503 ServiceUnavailable; gave up: after 6 attempts')
    noDriftFrom(report)
    expect(report.counts).toMatchObject({ unreadable: 1 })
    expect(r.logs).toContain('warning: Environment dev could not be read: GET /api/v3/secrets/raw failed: 503 ServiceUnavailable; gave up: after 6 attempts')
  })

  it('logs in again once when the token is refused (403 TokenError, fixture 33) and retries', async () => {
    const refused = fromFixture('33-', { path: '/api/v3/secrets/raw', query: { environment: 'prod' }, times: 1 })
    const seen = mountNock(overriding(legacyServer(), refused))
    const inventory = await read(source().source)
    expect(nonEmpty(inventory.environments).every((e) => e.status === 'ok')).toBe(true)
    expect(seen.filter((r) => r.path === '/api/v1/auth/universal-auth/login')).toHaveLength(2)
  })

  it('makes an environment without describe permission unreadable with what to grant', async () => {
    const denied: Route = {
      method: 'GET',
      path: '/api/v3/secrets/raw',
      query: { environment: 'staging' },
      status: 403,
      body: { statusCode: 403, message: 'You are not allowed to describeSecret on secrets', error: 'PermissionDenied' },
    }
    mountNock(overriding(legacyServer(), denied))
    const inventory = await read(source().source)
    expect(inventory.environments[1]).toMatchObject({
      slug: 'staging',
      status: 'unreadable',
      reason: 'permission denied (403); grant describeSecret on /MooseQuest in staging',
    })
  })

  it('only a debug line when revoking the token fails', async () => {
    mountNock(overriding(legacyServer(), { method: 'POST', path: '/api/v1/auth/token/revoke', status: 404, body: { message: 'nope', error: 'NotFound' } }))
    const { source: s, logs } = source()
    await read(s)
    expect(logs).toContain('debug: Could not revoke the access token: POST /api/v1/auth/token/revoke failed: 404 NotFound')
    expect(logs.filter((l) => /revoke/i.test(l) && !l.startsWith('debug:'))).toEqual([])
  })
})

describe('secret values never leave the parsing boundary', () => {
  const values = recordedValues()

  it('has values to look for', () => {
    expect(values).toEqual(expect.arrayContaining(['sk_prod_v4', 'heroku-prod-key-0003', 'weird:WEIRD|PIPE_KEY']))
  })

  it('appears in no report, log line, error or stored inventory', async () => {
    const outputs: string[] = []
    const withRoot = overriding(legacyServer(), fromFixture('17-', { query: { environment: 'prod', secretPath: '/' } }))
    for (const format of ['md', 'csv', 'json']) {
      mountNock(withRoot)
      const r = await cli(['--format', format], { ...ENV, INFISICAL_PATH_PREFIX: '/' })
      expect(r.code).toBe(0)
      outputs.push(r.stdout, r.stderr, ...r.logs)
      nock.cleanAll()
    }
    mountNock(withRoot)
    const inventory = await read(source().source, undefined, '/')
    outputs.push(JSON.stringify(inventory))
    const report = audit(inventory, DEFAULT_POLICY, new Date('2026-11-23T00:00:00Z'))
    outputs.push(renderMarkdown(report), renderCsv(report), renderJson(report))
    nock.cleanAll()
    // Failures too: every error path prints only status and error fields.
    mountNock(
      overriding(legacyServer(), {
        method: 'GET',
        path: '/api/v3/secrets/raw',
        status: 200,
        raw: JSON.stringify(fixture('09-').response.body).slice(0, 500),
        body: null,
        headers: { 'content-type': 'application/json' },
      }),
    )
    const broken = await cli([], ENV)
    expect(broken.code).toBe(2)
    outputs.push(broken.stdout, broken.stderr, ...broken.logs)
    const all = outputs.join('\n')
    expect(all).toContain('ROOT_LEVEL_SECRET')
    for (const value of values) expect(all).not.toContain(value)
  })
})
