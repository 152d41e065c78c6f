/**
 * Azure Key Vault columns: the built CLI, as the runner runs it, against a
 * loopback HTTPS vault with its Entra ID token endpoint (the test CA trusted
 * through NODE_EXTRA_CA_CERTS, which Node reads only at start: hence a
 * process per case). Metadata only, disabled secrets, expiry, paging, the
 * challenge, and every error the issue names.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { CLIENT, SERVER_TEXT, azureEnv, azureFixture, azureStandIn, type AzureSecret, type AzureStandIn, type AzureVault } from './helpers/azure.js'
import { runnerEnv } from './helpers/action.js'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { withQuota, type Quota, expectHeldUnderQuota } from './helpers/quota.js'
import { closedPort, type Answer, type Handler, type SeenRequest } from './helpers/serve.js'

const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const started: AzureStandIn[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.served.close()))
})

const secret = (name: string, extra: Partial<AzureSecret> = {}): AzureSecret => ({
  name,
  updated: '2026-11-20T10:00:00Z',
  value: `value-of-${name}-0123456789`,
  ...extra,
})
// 30 more in prod, so its listing takes two pages of 25.
const filler = Array.from({ length: 30 }, (_, i) => secret(`app-prod-FILLER-${String(i).padStart(2, '0')}`))

export const prodVault = (): AzureVault => ({
  secrets: [
    secret('app-prod-DATABASE-URL'),
    secret('app-prod-API-KEY', { enabled: false }),
    secret('app-prod-CERT', { expires: '2026-11-10T00:00:00Z' }),
    // Another app's secret in the shared vault: not under the prefix.
    secret('billing-prod-TOKEN'),
    ...filler,
  ],
})
export const stagingVault = (): AzureVault => ({
  secrets: [
    secret('DATABASE-URL', { updated: '2026-10-01T10:00:00Z' }),
    secret('API-KEY'),
    secret('CERT'),
    ...filler.map((f) => ({ ...f, name: f.name.replace('app-prod-', '') })),
  ],
})

async function vaults(prod: AzureVault = prodVault(), staging: AzureVault = stagingVault()) {
  const a = await azureStandIn(prod)
  const b = await azureStandIn(staging, { authority: a.url })
  started.push(a, b)
  return { prod: a, staging: b, columns: `prod=azure-kv:${a.url}/app-prod-,staging=azure-kv:${b.url}` }
}

async function run(columns: string, env: Record<string, string>, args: string[] = [], node?: string) {
  const r = await runProcess(join(ROOT, 'dist/cli/index.js'), ['--environments', columns, '--format', 'json', ...NOW, ...args], env, ROOT, node)
  let report: Report | undefined
  try {
    report = JSON.parse(r.stdout) as Report
  } catch {
    /* no report on exit 1 */
  }
  return { ...r, report }
}

const row = (report: Report | undefined, key: string) => report?.rows.find((r) => r.key === key)

describe('an Azure Key Vault column (the built CLI under Node 24)', () => {
  it('lists each vault page by page with the prefix stripped: disabled, expiry and lag from metadata, no value', async () => {
    const { prod, staging, columns } = await vaults()
    const r = await run(columns, azureEnv(prod.url), [], await node24())
    expect(r.stderr).toContain(`azure-kv:${prod.url}/app-prod-: 33 secrets (1 disabled) (2 pages)`)
    expect(r.code).toBe(0)
    const report = r.report!
    expect(row(report, 'API-KEY')!.cells.prod).toEqual({ state: 'disabled', reason: 'disabled' })
    expect(row(report, 'API-KEY')!.status).not.toBe('ok')
    expect(row(report, 'DATABASE-URL')).toMatchObject({ path: '/', status: 'ok' })
    expect(row(report, 'billing-prod-TOKEN')).toBeUndefined()
    expect(row(report, 'TOKEN')).toBeUndefined()
    expect(report.expiry).toEqual([expect.objectContaining({ key: 'CERT', env: 'prod', status: 'expired', expiresAt: '2026-11-10T00:00:00.000Z' })])
    expect(report.skew).toEqual([expect.objectContaining({ key: 'DATABASE-URL', lag: expect.objectContaining({ stalest: 'staging', days: 50 }) })])
    // The challenge, one client-credentials token, then the listing; never a value, never instance discovery.
    expect(prod.valueRequests).toEqual([])
    expect(staging.valueRequests).toEqual([])
    expect(prod.tokenRequests.length).toBeGreaterThanOrEqual(1)
    expect(new URLSearchParams(prod.tokenRequests[0]!.body).get('scope')).toBe('https://vault.azure.net/.default')
    expect(prod.seen.some((s) => s.path.includes('discovery/instance'))).toBe(false)
    const lists = prod.seen.filter((s) => s.path === '/secrets' && s.headers.authorization)
    expect(lists).toHaveLength(2)
    const all = r.stdout + r.stderr
    for (const s of [...prodVault().secrets, ...stagingVault().secrets]) expect(all).not.toContain(s.value)
    expect(all).not.toContain(CLIENT.secret)
  }, 180_000)

  it('shows a disabled secret on its own line in the markdown, never as healthy presence', async () => {
    const { prod, columns } = await vaults()
    const r = await runProcess(join(ROOT, 'dist/cli/index.js'), ['--environments', columns, ...NOW], azureEnv(prod.url))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\| `\/` \| `API-KEY` \| off \| ✓ \|/)
  }, 60_000)
})

describe('the built action under Node 24 with Azure columns', () => {
  it("loads the SDKs' chunk from the action's bundle", async () => {
    const { prod, columns } = await vaults()
    const { dir, env } = runnerEnv({ environments: columns, commit: 'false', 'fail-on': 'none', now: '2026-11-23T00:00:00Z' }, azureEnv(prod.url))
    const r = await runProcess(join(ROOT, 'dist/index.js'), [], env, dir, await node24())
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('DATABASE-URL')
    expect(prod.valueRequests).toEqual([])
    expect(r.stdout + r.stderr).not.toContain(CLIENT.secret)
  }, 180_000)
})

describe('Azure Key Vault errors', () => {
  it('a denied vault: that column unreadable, exit 2, a line naming it and the cause, no drift from it', async () => {
    const { prod, columns } = await vaults(prodVault(), { ...stagingVault(), denied: true })
    const r = await run(columns, azureEnv(prod.url))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Environment staging could not be read: the credentials may not list azure-kv:https://127.0.0.1:')
    expect(r.stderr).toContain(': forbidden (403 Forbidden); the role needs Microsoft.KeyVault/vaults/secrets/readMetadata/action')
    expect(r.report!.rows.filter((x) => x.missingIn.includes('staging'))).toEqual([])
    expect(r.stdout + r.stderr).not.toContain(SERVER_TEXT)
  }, 60_000)

  it('429 with Retry-After is retried within the run budget', async () => {
    const { prod, columns } = await vaults({ ...prodVault(), throttle: 2 })
    const r = await run(columns, azureEnv(prod.url))
    expect(r.code).toBe(0)
    expect(prod.seen.filter((s) => s.path === '/secrets' && s.headers.authorization)).toHaveLength(2 + 2)
  }, 60_000)

  it('a client secret Entra ID refuses: exit 1 naming the store and the cause, never the secret', async () => {
    const { prod, columns } = await vaults()
    const r = await run(columns, azureEnv(prod.url, { AZURE_CLIENT_SECRET: 'wrong-secret-0123456789' }))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      '\nError: Azure Key Vault: Microsoft Entra ID refused the credentials: they are invalid or expired; check what azure/login (or AZURE_CLIENT_ID, AZURE_TENANT_ID) provided\n',
    )
    expect(r.stderr).not.toContain('wrong-secret-0123456789')
  }, 60_000)

  it('no credentials anywhere in the chain: exit 1 saying where they come from', async () => {
    const { prod, columns } = await vaults()
    const env = azureEnv(prod.url)
    // No AZURE_* login and no az CLI on PATH; managed identity pointed at a closed port rather than probing the network.
    const r = await run(columns, {
      AZURE_AUTHORITY_HOST: env.AZURE_AUTHORITY_HOST!,
      NODE_EXTRA_CA_CERTS: env.NODE_EXTRA_CA_CERTS!,
      IDENTITY_ENDPOINT: `http://127.0.0.1:${await closedPort()}`,
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^Error: Azure Key Vault: no credentials in DefaultAzureCredential's chain .*: run azure\/login before this step\n$/m)
  }, 60_000)

  it('an unreachable vault: exit 1 naming host:port', async () => {
    const { prod } = await vaults()
    const port = await closedPort()
    const r = await run(`prod=azure-kv:https://127.0.0.1:${port}`, azureEnv(prod.url), ['--max-wait', '1'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`^Error: Cannot reach Azure Key Vault at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\); gave up: `, 'm'))
  }, 60_000)

  it('no value, no client secret, no server text in markdown, JSON or CSV', async () => {
    const { prod, columns } = await vaults({ ...prodVault(), throttle: 1 }, { ...stagingVault(), denied: true })
    const outputs = await Promise.all(
      ['md', 'json', 'csv'].map((format) =>
        runProcess(join(ROOT, 'dist/cli/index.js'), ['--environments', columns, '--format', format, ...NOW], azureEnv(prod.url)),
      ),
    )
    expect(outputs.map((o) => o.code)).toEqual([2, 2, 2])
    const all = outputs.map((o) => o.stdout + o.stderr).join('\n')
    expect(all).toContain('DATABASE-URL')
    for (const s of [...prodVault().secrets, ...stagingVault().secrets]) expect(all).not.toContain(s.value)
    expect(all).not.toContain(CLIENT.secret)
    expect(all).not.toContain(SERVER_TEXT)
    expect(prod.valueRequests).toEqual([])
  }, 60_000)

  it('refuses a location of the wrong form', async () => {
    const http = await cli(['--environments', 'prod=azure-kv:http://myvault.vault.azure.net', ...NOW])
    expect(http.stderr).toBe(
      'Error: Invalid --environments: entry "prod=azure-kv:http://myvault.vault.azure.net": expected azure-kv:VAULT_URL[/PREFIX]: an https:// vault URL (Key Vault takes a token only over TLS)\n',
    )
    const deep = await cli(['--environments', 'prod=azure-kv:https://myvault.vault.azure.net/a/b', ...NOW])
    expect(deep.stderr).toContain('at most one name prefix after the vault URL')
  })
})

describe('the built CLI under an Azure Key Vault quota of 3 requests a second per vault', () => {
  // Key Vault's answer over its service limit: 429 Throttled with Retry-After in seconds (fixture error-throttled).
  const refused = (): Answer => ({
    status: 429,
    body: azureFixture('error-throttled'),
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' },
  })
  const isToken = (req: SeenRequest) => !req.path.startsWith('/secrets')

  it('finishes with exit 0 and the drift of an unlimited run, within 1.3 × its requests', async () => {
    const staging = stagingVault()
    staging.secrets = staging.secrets.filter((s) => s.name !== 'FILLER-03')
    const audit = async (rate: number | undefined) => {
      const quotas: Quota[] = []
      const wrap = (handler: Handler) => (rate ? quotas[quotas.push(withQuota(handler, rate, refused, isToken)) - 1]!.handler : handler)
      const a = await azureStandIn(prodVault(), { pageSize: 2, wrap })
      const b = await azureStandIn(staging, { authority: a.url, pageSize: 2, wrap })
      started.push(a, b)
      const r = await run(`prod=azure-kv:${a.url}/app-prod-,staging=azure-kv:${b.url}`, azureEnv(a.url), [], await node24())
      return { ...r, requests: a.seen.length + b.seen.length, refused: quotas.reduce((n, q) => n + q.refused, 0) }
    }
    const unlimited = await audit(undefined)
    const limited = await audit(3)
    expectHeldUnderQuota(unlimited, limited, limited.refused, 'azure-kv', /127\.0\.0\.1:\d+/, 2)
    expect(row(limited.report, 'FILLER-03')).toMatchObject({ status: 'missing', missingIn: ['staging'] })
  }, 180_000)
})
