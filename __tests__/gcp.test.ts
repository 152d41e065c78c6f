/**
 * Google Secret Manager columns through the CLI, against a loopback stand-in
 * on the REST v1 reference's shapes: presence from ENABLED versions, native
 * expiry and rotation, labels, a self-signed JWT (never a token exchange),
 * never `:access`, and every error the issue names.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { runnerEnv } from './helpers/action.js'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { SERVER_TEXT, gcpFixture, gcpStandIn, serviceAccount, type GcpSecret, type GcpWorld } from './helpers/gcp.js'
import { HOST, PROJECT_ID, currentServer, mountNock, recordedValues } from './helpers/recorded.js'
import { withQuota, type Quota, expectHeldUnderQuota } from './helpers/quota.js'
import { closedPort, serveOverHttp, type Answer, type Handler, type Served } from './helpers/serve.js'
import { nonEmpty } from './helpers/inventory.js'

const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const COLUMNS = 'prod=gcp-sm:my-project?label=env:prod,staging=gcp-sm:my-staging'

const secret = (id: string, versions: GcpSecret['versions'], extra: Partial<GcpSecret> = {}): GcpSecret => ({
  id,
  versions,
  value: `value-of-${id}-0123456789`,
  ...extra,
})
const enabled = (n: number, created = '2026-11-20T10:00:00Z') => ({ n, state: 'ENABLED' as const, created })

export const gcpWorld = (): GcpWorld => ({
  pageSize: 3,
  projects: {
    'my-project': [
      secret('DATABASE_URL', [enabled(5), { n: 2, state: 'DISABLED', created: '2026-10-01T00:00:00Z' }], { labels: { env: 'prod' } }),
      // The newest version disabled, an older one enabled: present, at version 1.
      secret('API_KEY', [{ n: 2, state: 'DISABLED', created: '2026-11-21T00:00:00Z' }, enabled(1, '2026-09-01T00:00:00Z')], { labels: { env: 'prod' } }),
      secret('OLD_KEY', [{ n: 1, state: 'DESTROYED', created: '2026-01-01T00:00:00Z' }], { labels: { env: 'prod' } }),
      secret('CERT', [enabled(1)], { labels: { env: 'prod' }, expireTime: '2026-11-10T00:00:00Z' }),
      secret('TOKEN', [enabled(1)], { labels: { env: 'prod' }, rotation: { next: '2026-11-01T00:00:00Z' } }),
      // The server's "has" lets env=production through: the column is env=prod exactly.
      secret('LOOKALIKE', [enabled(1)], { labels: { env: 'production' } }),
    ],
    'my-staging': [
      secret('DATABASE_URL', [enabled(1, '2026-10-01T10:00:00Z')]),
      secret('API_KEY', [enabled(1)]),
      secret('OLD_KEY', [enabled(1)]),
      secret('CERT', [enabled(1)]),
      secret('TOKEN', [enabled(1)]),
    ],
  },
})

let served: Served | undefined
const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS
beforeEach(() => {
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS
})
afterEach(async () => {
  if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS
  else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved
  await served?.close()
  served = undefined
})

/** The stand-in on loopback, a key it trusts in GOOGLE_APPLICATION_CREDENTIALS (the library reads it), and the CLI's env. */
/** `wrap`: what stands in front of the stand-in (a quota). */
async function serve(world: GcpWorld = gcpWorld(), wrap: (handler: Handler) => Handler = (h) => h) {
  let handler: Handler = () => ({ status: 503 })
  served = await serveOverHttp((req) => handler(req))
  const key = serviceAccount(`${served.url}/token`)
  const standIn = gcpStandIn(world, key)
  handler = wrap(standIn.handler)
  process.env.GOOGLE_APPLICATION_CREDENTIALS = key.file
  return { ...standIn, key, seen: served.seen, url: served.url, env: { CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: `${served.url}/` } }
}

async function audit(env: Record<string, string>, args: string[] = [], columns = COLUMNS) {
  const r = await cli(['--environments', columns, '--format', 'json', ...NOW, ...args], env)
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined }
}

const row = (report: Report | undefined, key: string) => report?.rows.find((r) => r.key === key)

describe('a Google Secret Manager column', () => {
  it('reads presence from ENABLED versions, expiry, rotation and lag, with the label exact, and no value', async () => {
    const gcp = await serve()
    const r = await audit(gcp.env)
    expect(r.stderr).toBe('')
    const report = r.report!
    expect(report.rows.map((x) => `${x.path} ${x.key} ${x.status}`)).toEqual([
      '/ API_KEY ok',
      '/ CERT ok',
      '/ DATABASE_URL ok',
      '/ OLD_KEY missing',
      '/ TOKEN ok',
    ])
    expect(row(report, 'API_KEY')!.cells.prod).toMatchObject({ state: 'present', version: 1, updatedAt: '2026-09-01T00:00:00.000Z' })
    expect(row(report, 'OLD_KEY')!.cells.prod).toEqual({ state: 'absent', reason: 'no enabled version' })
    expect(report.skew.find((x) => x.key === 'DATABASE_URL')).toMatchObject({
      version: { newest: 'prod', newestVersion: 5, oldest: 'staging', oldestVersion: 1, gap: 4 },
    })
    expect(report.expiry).toEqual([expect.objectContaining({ key: 'CERT', env: 'prod', status: 'expired' })])
    expect(report.rotation).toEqual([expect.objectContaining({ key: 'TOKEN', env: 'prod', dueAt: '2026-11-01T00:00:00.000Z' })])
    // Listings page to the end (6 at 3 a page: 2; 5: 2), one versions listing per secret kept, filtered to ENABLED.
    const lists = gcp.seen.filter((s) => s.path.endsWith('/secrets'))
    expect(lists.map((s) => `${s.path} ${s.query.filter ?? ''}`).sort()).toEqual([
      '/v1/projects/my-project/secrets labels.env:prod',
      '/v1/projects/my-project/secrets labels.env:prod',
      '/v1/projects/my-staging/secrets ',
      '/v1/projects/my-staging/secrets ',
    ])
    const versions = gcp.seen.filter((s) => s.path.endsWith('/versions'))
    expect(versions).toHaveLength(5 + 5)
    expect(nonEmpty(versions).every((s) => s.query.filter === 'state:ENABLED')).toBe(true)
    expect(gcp.accessRequests).toEqual([])
    // A self-signed JWT for the service's root, never exchanged at token_uri.
    expect(gcp.tokenExchanges).toEqual([])
    expect(new Set(gcp.audiences)).toEqual(new Set([`${gcp.url}/`]))
  })
})

describe('Google Secret Manager errors', () => {
  it('a denied project: that column unreadable, exit 2, a line naming it and the cause', async () => {
    const gcp = await serve({ ...gcpWorld(), denied: ['my-staging'] })
    const r = await audit(gcp.env)
    expect(r.code).toBe(2)
    expect(r.logs).toContain(
      'warning: Environment staging could not be read: the credentials may not list gcp-sm:my-staging: permission denied (403 PERMISSION_DENIED); the role needs secretmanager.secrets.list',
    )
    expect(r.report!.rows.filter((x) => x.missingIn.includes('staging'))).toEqual([])
  })

  it("one secret's versions denied: that presence unknown, never missing", async () => {
    const gcp = await serve({ ...gcpWorld(), deniedVersions: ['my-staging/CERT'] })
    const r = await audit(gcp.env)
    expect(r.code).toBe(2)
    expect(row(r.report, 'CERT')).toMatchObject({ status: 'incomplete', missingIn: [], cells: { staging: { state: 'unreadable' } } })
    expect(r.logs).toContain('warning: staging:/ could not be read: the versions of CERT could not be listed: 403 PERMISSION_DENIED')
  })

  it('429 is retried within the run budget', async () => {
    const gcp = await serve({ ...gcpWorld(), throttle: 4 })
    const r = await audit(gcp.env)
    expect(r.code).toBe(0)
    expect(r.report!.rows).toHaveLength(5)
  })

  it('credentials the service rejects: exit 1 naming the store and the cause', async () => {
    const gcp = await serve()
    process.env.GOOGLE_APPLICATION_CREDENTIALS = serviceAccount(`${gcp.url}/token`).file
    const r = await audit(gcp.env)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`Error: Google Secret Manager at ${gcp.url.slice(7)} rejected the credentials (401 UNAUTHENTICATED): they are invalid or expired\n`)
  })

  it('a missing key file: exit 1 naming GOOGLE_APPLICATION_CREDENTIALS', async () => {
    const gcp = await serve()
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/key.json'
    const r = await audit(gcp.env)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Google Secret Manager: GOOGLE_APPLICATION_CREDENTIALS names a file that does not exist or cannot be read\n')
    expect(gcp.seen).toEqual([])
  })

  it('a key file that is not one: exit 1 naming GOOGLE_APPLICATION_CREDENTIALS, not its text', async () => {
    const gcp = await serve()
    const dir = mkdtempSync(join(tmpdir(), 'vca-gcp-'))
    writeFileSync(join(dir, 'key.json'), '{"private_key": "-not-json-')
    process.env.GOOGLE_APPLICATION_CREDENTIALS = join(dir, 'key.json')
    const r = await audit(gcp.env)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'Error: Google Secret Manager: GOOGLE_APPLICATION_CREDENTIALS is not a credentials file google-auth-library can use (not JSON, or not a service account, external account or user credentials file)\n',
    )
    expect(gcp.seen).toEqual([])
  })

  it('an unreachable endpoint: exit 1 naming host:port', async () => {
    const gcp = await serve()
    const port = await closedPort()
    const r = await audit({ CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: `http://127.0.0.1:${port}/` }, ['--max-wait', '1'])
    expect(gcp.seen).toEqual([])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`Error: Cannot reach Google Secret Manager at 127.0.0.1:${port} (network error)\n`)
  })

  it('an unknown project is named, not an empty column', async () => {
    const gcp = await serve()
    const r = await audit(gcp.env, [], 'prod=gcp-sm:no-such-project')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: gcp-sm:no-such-project: no such project, or Secret Manager is not enabled in it (404)\n')
  })

  it('refuses a location of the wrong form', async () => {
    const r = await cli(['--environments', 'prod=gcp-sm:My_Project', ...NOW])
    expect(r.stderr).toBe(
      'Error: Invalid --environments: entry "prod=gcp-sm:My_Project": expected gcp-sm:PROJECT[?label=KEY:VALUE]: a project id such as my-project-123 (or its number)\n',
    )
    const label = await cli(['--environments', 'prod=gcp-sm:my-project?label=env', ...NOW])
    expect(label.stderr).toContain('at most one ?label=KEY:VALUE after the project')
  })

  it('no value, no key, no server text in markdown, JSON or CSV', async () => {
    const world = { ...gcpWorld(), denied: ['my-staging'], deniedVersions: ['my-staging/CERT'], throttle: 1 }
    const gcp = await serve(world)
    const outputs = await Promise.all(['md', 'json', 'csv'].map((format) => cli(['--environments', COLUMNS, '--format', format, ...NOW], gcp.env)))
    expect(outputs.map((o) => o.code)).toEqual([2, 2, 2])
    const all = outputs.flatMap((o) => [o.stdout, o.stderr, ...o.logs]).join('\n')
    expect(all).toContain('DATABASE_URL')
    for (const s of Object.values(world.projects).flat()) expect(all).not.toContain(s.value)
    expect(all).not.toContain(SERVER_TEXT)
    expect(all).not.toContain(gcp.key.privateKeyPem.split('\n')[1]!)
    expect(gcp.accessRequests).toEqual([])
  })
})

describe('a migration check: Infisical prod against a Google project', () => {
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })

  it('a flat store sits at the path prefix: one folder of Infisical lines up with a project, loose names', async () => {
    nock.disableNetConnect()
    nock.enableNetConnect('127.0.0.1')
    mountNock(currentServer({ 'prod|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2027-01-01' }))
    const gcp = await serve({
      projects: { 'moose-prod': [secret('heroku-api-key', [enabled(1)]), secret('HEROKU_APP_NAME', [enabled(1)]), secret('GCP_ONLY', [enabled(1)])] },
    })
    const dir = mkdtempSync(join(tmpdir(), 'vca-gcp-'))
    writeFileSync(join(dir, 'loose.yml'), 'names: loose\n')
    const env = {
      ...gcp.env,
      INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
      INFISICAL_CLIENT_SECRET: 'mixed-client-secret-0123456789',
      INFISICAL_PROJECT_ID: PROJECT_ID,
      INFISICAL_HOST: HOST,
    }
    const r = await audit(
      env,
      ['--path-prefix', '/MooseQuest/heroku', '--policy', join(dir, 'loose.yml')],
      'infisical-prod=infisical:prod,gcp-prod=gcp-sm:moose-prod',
    )
    expect(r.stderr).toBe('')
    const byKey = Object.fromEntries(r.report!.rows.map((x) => [x.key, x]))
    expect(byKey.HEROKU_API_KEY).toMatchObject({ path: '/MooseQuest/heroku', status: 'ok', names: { 'gcp-prod': 'heroku-api-key' } })
    expect(byKey.GCP_ONLY).toMatchObject({ missingIn: ['infisical-prod'] })
    expect(byKey.HEROKU_PROD_ONLY_TOKEN).toMatchObject({ missingIn: ['gcp-prod'] })
    const all = [r.stdout, ...r.logs].join('\n')
    for (const value of recordedValues()) expect(all).not.toContain(value)
  })
})

describe('the built action under Node 24 with Google columns', () => {
  it("loads google-auth-library's chunk from the action's bundle; the endpoint from its input", async () => {
    const gcp = await serve()
    const inputs = { environments: COLUMNS, 'gcp-secret-manager-endpoint': `${gcp.url}/`, commit: 'false', 'fail-on': 'none', now: '2026-11-23T00:00:00Z' }
    const { dir, env } = runnerEnv(inputs, { GOOGLE_APPLICATION_CREDENTIALS: process.env.GOOGLE_APPLICATION_CREDENTIALS! })
    const r = await runProcess(join(ROOT, 'dist/index.js'), [], env, dir, await node24())
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('OLD_KEY')
    expect(gcp.accessRequests).toEqual([])
    expect(gcp.tokenExchanges).toEqual([])
  }, 180_000)
})

describe('the built CLI under Node 24 against a loopback Google Secret Manager', () => {
  it('audits two projects with a service account key, no token exchange, no value', async () => {
    const gcp = await serve()
    const r = await runProcess(
      join(ROOT, 'dist/cli/index.js'),
      ['--environments', COLUMNS, ...NOW],
      { ...gcp.env, GOOGLE_APPLICATION_CREDENTIALS: process.env.GOOGLE_APPLICATION_CREDENTIALS! },
      ROOT,
      await node24(),
    )
    expect(r.stderr).toContain('gcp-sm:my-project?label=env:prod: 5 secrets labelled env=prod')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('missing in prod (no enabled version)')
    expect(gcp.accessRequests).toEqual([])
    expect(gcp.tokenExchanges).toEqual([])
    for (const s of Object.values(gcpWorld().projects).flat()) expect(r.stdout + r.stderr).not.toContain(s.value)
  }, 180_000)
})

describe('the built CLI under a Google Secret Manager quota of 4 requests a second', () => {
  // Google's answer over a quota: 429 with status RESOURCE_EXHAUSTED and no Retry-After (fixture error-resource-exhausted).
  const refused = (): Answer => ({ status: 429, body: gcpFixture('error-resource-exhausted') })

  it('finishes with exit 0 and the drift of an unlimited run, within 1.3 × its requests', async () => {
    const world = gcpWorld()
    for (let i = 0; i < 10; i++) {
      world.projects['my-project']!.push(secret(`FILLER_${i}`, [enabled(1)], { labels: { env: 'prod' } }))
      if (i !== 3) world.projects['my-staging']!.push(secret(`FILLER_${i}`, [enabled(1)]))
    }
    const run = async (rate: number | undefined) => {
      let quota: Quota | undefined
      const gcp = await serve(world, (handler) => (rate ? (quota = withQuota(handler, rate, refused)).handler : handler))
      const r = await runProcess(
        join(ROOT, 'dist/cli/index.js'),
        ['--environments', COLUMNS, '--format', 'json', ...NOW],
        { ...gcp.env, GOOGLE_APPLICATION_CREDENTIALS: process.env.GOOGLE_APPLICATION_CREDENTIALS! },
        ROOT,
        await node24(),
      )
      const requests = served!.seen.length
      await served!.close()
      served = undefined
      return { ...r, report: JSON.parse(r.stdout) as Report, requests, quota }
    }
    const unlimited = await run(undefined)
    const limited = await run(4)
    expectHeldUnderQuota(unlimited, limited, limited.quota!.refused, 'gcp-sm', /127\.0\.0\.1:\d+/)
    expect(row(limited.report, 'FILLER_3')).toMatchObject({ status: 'missing', missingIn: ['staging'] })
  }, 180_000)
})
