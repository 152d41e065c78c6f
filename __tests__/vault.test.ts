/**
 * Vault / OpenBao KV v2 columns through the CLI, against the stand-in on
 * Vault's documented shapes (served through nock): metadata only, presence
 * rules, logins, namespaces, and every error the issue names.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Report } from '../src/audit/report.js'
import { actionInProcess } from './helpers/action.js'
import { join } from 'node:path'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { mountOnNock, serveOverHttp, type Answer, type SeenRequest } from './helpers/serve.js'
import { cliUnderQuota, expectHeldUnderQuota } from './helpers/quota.js'
import { GitHubStandIn } from './helpers/standins.js'
import { twoEnvironments, vaultStandIn, worldValues, type VaultWorld } from './helpers/vault.js'
import { nonEmpty } from './helpers/inventory.js'

const VAULT = 'http://127.0.0.1:8200'
const TOKEN = 'hvs.test-token-0123456789abcdef'
const COLUMNS = 'prod=vault:secret/prod,staging=vault:secret/staging'
const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

function serve(world: VaultWorld = twoEnvironments()) {
  const standIn = vaultStandIn(world)
  const seen = mountOnNock(VAULT, standIn.handler)
  return { ...standIn, seen, world }
}

async function audit(args: string[], env: Record<string, string> = { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN }) {
  const r = await cli(['--environments', COLUMNS, '--format', 'json', ...NOW, ...args], env)
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined }
}

const row = (report: Report | undefined, path: string, key: string) => report?.rows.find((r) => r.path === path && r.key === key)

describe('a Vault KV v2 column', () => {
  it('audits metadata alone: presence, deletions, destruction, native expiry and version gaps', async () => {
    const vault = serve()
    const r = await audit([])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const report = r.report!
    expect(report.environments.map((e) => [e.slug, e.location])).toEqual([
      ['prod', 'vault:secret/prod'],
      ['staging', 'vault:secret/staging'],
    ])
    // Rows are (path relative to the column's location, key).
    expect(report.rows.map((x) => `${x.path} ${x.key} ${x.status}`)).toEqual([
      '/heroku API_KEY ok',
      '/heroku DATABASE_URL ok',
      '/heroku SESSION_SECRET missing',
      '/old REMOVED missing',
      '/stripe STRIPE_KEY ok',
    ])
    expect(row(report, '/heroku', 'SESSION_SECRET')!.cells.staging).toEqual({ state: 'absent', reason: 'every version destroyed' })
    expect(row(report, '/old', 'REMOVED')!.cells.prod).toEqual({ state: 'absent', reason: 'current version deleted' })
    // A deletion still ahead is presence.
    expect(row(report, '/stripe', 'STRIPE_KEY')!.cells.staging).toMatchObject({ state: 'present', version: 1 })
    // The gap from current_version, the lag from updated_time (nanoseconds read as milliseconds).
    expect(report.skew.find((s) => s.key === 'API_KEY')).toMatchObject({
      version: { newest: 'prod', newestVersion: 8, oldest: 'staging', oldestVersion: 2, gap: 6 },
    })
    expect(row(report, '/heroku', 'API_KEY')!.cells.prod).toMatchObject({ updatedAt: '2026-11-20T10:00:00.123Z' })
    // custom_metadata.expires_at feeds the expiry findings like a companion.
    expect(report.expiry).toEqual([
      expect.objectContaining({ path: '/stripe', key: 'STRIPE_KEY', env: 'prod', status: 'expiring', expiresAt: '2026-11-30T00:00:00.000Z' }),
    ])
    // Metadata only: never a request under data/, and no request but the token check, two mount look-ups, LISTs and metadata GETs.
    expect(vault.dataRequests).toEqual([])
    expect(
      vault.seen.every(
        (s) => s.path === '/v1/auth/token/lookup-self' || s.path.startsWith('/v1/sys/internal/ui/mounts/') || s.path.startsWith('/v1/secret/metadata/'),
      ),
    ).toBe(true)
    const lists = vault.seen.filter((s) => s.query.list === 'true').length
    const gets = vault.seen.filter((s) => s.path.startsWith('/v1/secret/metadata/') && s.query.list !== 'true').length
    expect([lists, gets, vault.seen.length]).toEqual([8, 10, 1 + 2 + 8 + 10])
    // A token given is never revoked (it is not this run's to end).
    expect(vault.revoked).toEqual([])
  })

  it('shows the deletions in the markdown matrix with their reasons, and no value anywhere', async () => {
    const vault = serve()
    const r = await cli(['--environments', COLUMNS, ...NOW], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN })
    expect(r.stdout).toContain('- Source: vault (`http://127.0.0.1:8200`)')
    expect(r.stdout).toContain('- Environments: prod = `vault:secret/prod`, staging = `vault:secret/staging`')
    expect(r.stdout).toContain('| `/heroku` | `SESSION_SECRET` | v1 | — | missing in staging (every version destroyed) |')
    expect(r.stdout).toContain('| `/old` | `REMOVED` | — | v1 | missing in prod (current version deleted) |')
    const all = [r.stdout, r.stderr, ...r.logs].join('\n')
    for (const value of [...worldValues(vault.world), TOKEN]) expect(all).not.toContain(value)
  })

  it('needs no --source and no INFISICAL_* variables, and names what it needs when VAULT_ADDR is missing', async () => {
    const r = await audit([], { VAULT_TOKEN: TOKEN })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Missing required env vars: VAULT_ADDR\n')
    const none = await audit([], { VAULT_ADDR: VAULT })
    expect(none.stderr).toBe('Error: Missing required env vars: VAULT_TOKEN\n')
  })

  it('logs in with AppRole, checks the token, and revokes it at the end', async () => {
    const world = { ...twoEnvironments(), tokens: [], approle: { roleId: 'role-id-0a1b2c', secretId: 'secret-id-3d4e5f6a7b8c' } }
    const vault = serve(world)
    const r = await audit([], { VAULT_ADDR: VAULT, VAULT_ROLE_ID: world.approle.roleId, VAULT_SECRET_ID: world.approle.secretId })
    expect(r.code).toBe(0)
    expect(vault.seen[0]).toMatchObject({ method: 'POST', path: '/v1/auth/approle/login' })
    expect(JSON.parse(vault.seen[0]!.body)).toEqual({ role_id: world.approle.roleId, secret_id: world.approle.secretId })
    expect(vault.seen[1]).toMatchObject({ path: '/v1/auth/token/lookup-self', headers: expect.objectContaining({ 'x-vault-token': vault.issued }) })
    expect(vault.seen.at(-1)).toMatchObject({ method: 'POST', path: '/v1/auth/token/revoke-self' })
    expect(vault.revoked).toEqual([vault.issued])
    const all = [r.stdout, r.stderr, ...r.logs].join('\n')
    for (const secret of [world.approle.secretId, world.approle.roleId, vault.issued]) expect(all).not.toContain(secret)
  })

  it('names the AppRole credentials when Vault refuses them', async () => {
    serve({ ...twoEnvironments(), tokens: [], approle: { roleId: 'role-id-0a1b2c', secretId: 'right' } })
    const r = await audit([], { VAULT_ADDR: VAULT, VAULT_ROLE_ID: 'role-id-0a1b2c', VAULT_SECRET_ID: 'wrong-secret-id' })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Vault at 127.0.0.1:8200 refused the AppRole login at auth/approle (400): check VAULT_ROLE_ID and VAULT_SECRET_ID\n')
    expect(r.stderr).not.toContain('invalid role or secret ID')
  })

  it('sends X-Vault-Namespace on every request, the login included', async () => {
    const world = { ...twoEnvironments(), tokens: [], namespace: 'platform/team-a', approle: { roleId: 'r', secretId: 's-0123456789' } }
    const vault = serve(world)
    const r = await audit([], { VAULT_ADDR: VAULT, VAULT_NAMESPACE: 'platform/team-a', VAULT_ROLE_ID: 'r', VAULT_SECRET_ID: 's-0123456789' })
    expect(r.code).toBe(0)
    expect(vault.seen.length).toBeGreaterThan(10)
    expect(vault.seen.filter((s) => s.headers['x-vault-namespace'] !== 'platform/team-a')).toEqual([])
  })

  it('reads a nested mount (platform/kv/) that the mount look-up reports', async () => {
    const world = twoEnvironments()
    world.mounts = { 'platform/kv/': world.mounts['secret/']! }
    const vault = serve(world)
    const r = await audit(['--environments', 'prod=vault:platform/kv/prod,staging=vault:platform/kv/staging'])
    expect(r.code).toBe(0)
    expect(r.report!.rows).toHaveLength(5)
    expect(vault.seen.some((s) => s.path === '/v1/platform/kv/metadata/prod/heroku/API_KEY')).toBe(true)
  })

  it('falls back to the first segment when the mount look-up is refused', async () => {
    serve({ ...twoEnvironments(), hideMounts: true })
    const r = await audit([])
    expect(r.code).toBe(0)
    expect(r.report!.rows).toHaveLength(5)
  })

  it('honours 429 Retry-After within the retry budget', async () => {
    serve({ ...twoEnvironments(), throttle: 2 })
    const r = await audit([])
    expect(r.code).toBe(0)
    expect(r.report!.rows).toHaveLength(5)
    expect(r.logs.filter((l) => /retrying in 1000 ms/.test(l))).toHaveLength(2)
  })
})

describe('the action with Vault', () => {
  it("logs in with the workflow's OIDC token (JWT auth), masks the Vault token, and revokes it", async () => {
    const world = { ...twoEnvironments(), tokens: [], jwt: { role: 'coverage-audit', jwt: 'eyJ.workflow-jwt-for-vault.sig' } }
    const vault = serve(world)
    const { result, rec } = await actionInProcess(new GitHubStandIn(), {
      environments: 'prod=vault:secret/prod\nstaging=vault:secret/staging',
      'vault-url': VAULT,
      'vault-role': 'coverage-audit',
      'vault-jwt-audience': 'vault',
      'fail-on': 'none',
      commit: 'false',
      now: '2026-11-23T00:00:00Z',
    })
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(vault.seen[0]!.body)).toEqual({ role: 'coverage-audit', jwt: 'eyJ.workflow-jwt-for-vault.sig' })
    expect(rec.secrets).toEqual(expect.arrayContaining(['eyJ.workflow-jwt-for-vault.sig', 'f33f8c72-924e-11f8-cb43-ac59d697597c']))
    expect(vault.revoked).toEqual(['f33f8c72-924e-11f8-cb43-ac59d697597c'])
    expect(rec.outputs.get('drift-count')).toBe('2')
    expect(rec.summary).toContain('SESSION_SECRET')
  })
})

describe('Vault on a bad day', () => {
  it('a bad token: exit 1 naming Vault and the token, before any path is read', async () => {
    const vault = serve()
    const r = await audit([], { VAULT_ADDR: VAULT, VAULT_TOKEN: 'hvs.expired-token-000000' })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Vault at 127.0.0.1:8200 rejected the token (VAULT_TOKEN) (403): it is invalid, expired or revoked\n')
    expect(vault.seen.map((s) => s.path)).toEqual(['/v1/auth/token/lookup-self'])
  })

  it('an unknown namespace: the token check names it', async () => {
    serve({ ...twoEnvironments(), namespace: 'team-a' })
    const r = await audit([], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN, VAULT_NAMESPACE: 'team-b' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('namespace team-b does not exist')
  })

  it('a forbidden sub-tree: unreadable there, exit 2, a line naming the environment and the path, no drift from it', async () => {
    serve({ ...twoEnvironments(), denied: ['secret/staging/heroku'] })
    const r = await audit([])
    expect(r.code).toBe(2)
    expect(r.logs).toContain('warning: staging:/heroku could not be read: permission denied (403)')
    // SESSION_SECRET's destroyed staging copy is now unknown: incomplete, never "missing in staging".
    const session = row(r.report, '/heroku', 'SESSION_SECRET')!
    expect(session).toMatchObject({ status: 'incomplete', missingIn: [], cells: { staging: { state: 'unreadable' } } })
    expect(row(r.report, '/old', 'REMOVED')).toMatchObject({ status: 'missing', missingIn: ['prod'] })
    expect(r.report!.counts.unreadablePaths).toBe(1)
  })

  it('a forbidden location: the whole column unreadable, exit 2, no drift from it', async () => {
    serve({ ...twoEnvironments(), denied: ['secret/staging'] })
    const r = await audit([])
    expect(r.code).toBe(2)
    expect(r.logs).toContain('warning: Environment staging could not be read: the token may not list vault:secret/staging: permission denied (403)')
    expect(r.report!.rows.filter((x) => x.missingIn.includes('staging'))).toEqual([])
  })

  it('a sealed Vault: exit 1 with "sealed" in the message, at once', async () => {
    const vault = serve({ ...twoEnvironments(), sealed: true })
    const r = await audit([])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^Error: Vault at 127\.0\.0\.1:8200 is sealed or unavailable \(503\) while checking the token/)
    expect(vault.seen).toHaveLength(1)
  })

  it('a KV version 1 mount: a clear error', async () => {
    const world = twoEnvironments()
    world.mounts['secret/']!.version = '1'
    serve(world)
    const r = await audit([])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Error: vault:secret/prod: secret/ is KV version 1, which keeps no metadata; this audit reads KV version 2')
  })

  it('an unknown mount: named, not reported as an empty column', async () => {
    serve({ ...twoEnvironments(), hideMounts: true })
    const r = await audit(['--environments', 'prod=vault:secret/prod,other=vault:nosuch/prod'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: vault:nosuch/prod: no KV version 2 secrets engine is mounted at nosuch/ (404)\n')
  })

  it('an unreachable Vault names host:port', async () => {
    nock.enableNetConnect('127.0.0.1')
    const r = await audit(['--timeout', '2', '--max-wait', '0'], { VAULT_ADDR: 'http://127.0.0.1:9', VAULT_TOKEN: TOKEN })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^Error: Cannot reach Vault at 127\.0\.0\.1:9 \(127\.0\.0\.1:9\) while checking the token: network error\n$/)
  })
})

describe('the built CLI under Node 24 against a loopback Vault', () => {
  it('audits two Vault columns with AppRole, never asks for a value, and leaks nothing', async () => {
    nock.enableNetConnect('127.0.0.1')
    const world = { ...twoEnvironments(), tokens: [], approle: { roleId: 'e2e-role-id', secretId: 'e2e-secret-id-0123456789' } }
    const vault = vaultStandIn(world)
    const server = await serveOverHttp(vault.handler)
    try {
      const env = { VAULT_ADDR: server.url, VAULT_ROLE_ID: world.approle.roleId, VAULT_SECRET_ID: world.approle.secretId }
      const r = await runProcess(join(ROOT, 'dist/cli/index.js'), ['--environments', COLUMNS, ...NOW], env, ROOT, await node24())
      expect(r.code).toBe(0)
      expect(r.stderr).toContain('vault:secret/staging: 5 secrets in 4 folders under /')
      expect(r.stdout).toContain('| `/heroku` | `SESSION_SECRET` | v1 | — | missing in staging (every version destroyed) |')
      expect(vault.dataRequests).toEqual([])
      expect(nonEmpty(server.seen).every((s) => !/\/data\//.test(s.path))).toBe(true)
      expect(vault.revoked).toEqual([vault.issued])
      for (const secret of [...worldValues(world), world.approle.secretId, vault.issued]) expect(r.stdout + r.stderr).not.toContain(secret)
    } finally {
      await server.close()
    }
  }, 180_000)
})

describe('the built CLI under a Vault rate-limit quota of 5 requests a second', () => {
  // Vault's answer to a request over its quota (sdk/logical ErrRateLimitQuotaExceeded, vault/http respondError): 429 and
  // the JSON errors list; Retry-After and X-Ratelimit-* only with enable_rate_limit_response_headers, so none here.
  const refused = (req: SeenRequest): Answer => ({ status: 429, body: { errors: [`request path "${req.path.slice(4)}": rate limit quota exceeded`] } })

  it('finishes with exit 0 and the drift of an unlimited run, within 1.3 × its requests, and says once that it was throttled', async () => {
    nock.enableNetConnect('127.0.0.1')
    // 20 more secrets per column (one missing in staging): about 70 requests, so the quota bites for about 14 s.
    const world = twoEnvironments()
    for (const env of ['prod', 'staging']) {
      for (let i = 0; i < 20; i++) {
        if (env === 'staging' && i === 7) continue
        world.mounts['secret/']!.secrets[`${env}/app/KEY_${i}`] = { version: 1, updated: '2026-11-01T00:00:00Z', value: `value-${env}-${i}` }
      }
    }
    const run = (rate: number | undefined) =>
      cliUnderQuota(vaultStandIn(world).handler, rate, refused, ['--environments', COLUMNS, ...NOW], (url) => ({ VAULT_ADDR: url, VAULT_TOKEN: TOKEN }))
    const unlimited = await run(undefined)
    const limited = await run(5)
    expectHeldUnderQuota(unlimited, limited, limited.quota!.refused, 'vault', /127\.0\.0\.1:\d+/)
    expect(row(limited.report, '/app', 'KEY_7')).toMatchObject({ status: 'missing', missingIn: ['staging'] })
  }, 180_000)
})
