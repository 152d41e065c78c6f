/**
 * Columns: `NAME` or `NAME=KIND:LOCATION` in --environments (or the policy's
 * list), kinds mixed in one run, and `names: exact | loose` matching keys
 * across stores with different naming rules.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { columnEntries } from '../src/settings.js'
import { cli } from './helpers/cli.js'
import { HOST, PROJECT_ID, currentServer, mountNock, recordedValues } from './helpers/recorded.js'
import { mountOnNock } from './helpers/serve.js'
import { vaultStandIn, worldValues, type VaultSecret, type VaultWorld } from './helpers/vault.js'

const VAULT = 'http://127.0.0.1:8200'
const TOKEN = 'hvs.mixed-run-token-0123456789'
const dir = mkdtempSync(join(tmpdir(), 'vca-columns-'))
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const inventoryFile = (name: string, secrets: { path: string; key: string; version?: number }[]) =>
  write(name, JSON.stringify({ environments: [{ slug: 'prod', secrets }] }))

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

describe('column entries', () => {
  it('split at newlines, spaces and commas, but not at commas inside braces (a glob)', () => {
    expect(columnEntries('prod, staging\nci=code:src/**/*.{ts,js}\n\n')).toEqual(['prod', 'staging', 'ci=code:src/**/*.{ts,js}'])
    expect(columnEntries('  ')).toBeUndefined()
  })

  it.each([
    [
      'prod=nosuch:x',
      'Error: Invalid --environments: entry "prod=nosuch:x": unknown kind "nosuch"; known kinds: infisical, file, vault, aws-sm, aws-ssm, azure-kv, gcp-sm, github-secrets, dotenv, code, k8s\n',
    ],
    ['prod=vault', 'Error: Invalid --environments: entry "prod=vault": expected vault:MOUNT/PATH: a location after the kind\n'],
    [
      'prod=vault:secret/../prod',
      'Error: Invalid --environments: entry "prod=vault:secret/../prod": expected vault:MOUNT/PATH: path segments without ".", "..", spaces, ?, # or %\n',
    ],
    [
      'prod=infisical:pr.od',
      'Error: Invalid --environments: entry "prod=infisical:pr.od": expected infisical:ENV: an environment slug of the project such as prod\n',
    ],
    ['prod=vault:secret/a,prod=vault:secret/b', 'Error: Invalid --environments: the column name "prod" is used twice\n'],
    [
      'pr/od',
      'Error: Invalid --environments: entry "pr/od": expected an environment name (letters, digits, - and _) such as prod, or NAME=KIND:LOCATION such as prod=vault:MOUNT/PATH\n',
    ],
  ])('%s is refused naming the entry and what was expected', async (entries, message) => {
    const r = await cli(['--environments', entries], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(message)
  })

  it('a bare name keeps its meaning (an environment of --source), beside columns of another file, in the order given', async () => {
    const other = inventoryFile('other.json', [
      { path: '/app', key: 'ONLY_IN_OTHER', version: 1 },
      { path: '/MooseQuest/heroku', key: 'HEROKU_API_KEY', version: 2 },
    ])
    const r = await cli([
      '--source',
      'file:examples/demo-inventory.json',
      '--environments',
      `new=file:${other}#prod,prod`,
      '--path-prefix',
      '/',
      '--format',
      'json',
      '--now',
      '2026-11-23T00:00:00Z',
      '--previous',
      'none',
    ])
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    expect(report.environments.map((e) => [e.slug, e.location])).toEqual([
      ['new', `file:${other}#prod`],
      ['prod', undefined],
    ])
    expect(report.rows.find((x) => x.key === 'ONLY_IN_OTHER')).toMatchObject({ missingIn: ['prod'] })
  })

  it("take the policy's environments list when the option is empty; a policy with only `names: loose` is valid", async () => {
    const only = write('names.yml', 'names: loose\n')
    const a = inventoryFile('a.json', [{ path: '/', key: 'JWT_SECRET', version: 1 }])
    const b = inventoryFile('b.json', [{ path: '/', key: 'jwt-secret', version: 1 }])
    const policy = write('columns.yml', `names: loose\nenvironments:\n  - old=file:${a}#prod\n  - new=file:${b}#prod\n`)
    const viaPolicy = await cli(['--policy', policy, '--format', 'json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none'])
    expect(viaPolicy.stderr).toBe('')
    const report = JSON.parse(viaPolicy.stdout) as Report
    expect(report.rows).toEqual([expect.objectContaining({ path: '/', key: 'JWT_SECRET', status: 'ok', names: { new: 'jwt-secret' } })])
    const exact = await cli([
      '--policy',
      only,
      '--environments',
      `old=file:${a}#prod,new=file:${b}#prod`,
      '--format',
      'json',
      '--now',
      '2026-11-23T00:00:00Z',
      '--previous',
      'none',
    ])
    expect(exact.code).toBe(0)
  })
})

describe('a migration check: Infisical prod against Vault prod', () => {
  const live = (version: number, value: string): VaultSecret => ({ version, updated: '2026-11-22T00:00:00Z', value })
  const world: VaultWorld = {
    tokens: [TOKEN],
    mounts: {
      'kv/': {
        secrets: {
          // The Vault side keeps its own naming for one key, and lacks the cloudflare folder.
          'prod/MooseQuest/heroku/heroku-api-key': live(1, 'vault-heroku-api-key-value'),
          'prod/MooseQuest/heroku/HEROKU_APP_NAME': live(1, 'vault-app-name-value'),
          'prod/MooseQuest/heroku/HEROKU_PROD_ONLY_TOKEN': live(1, 'vault-prod-only-value'),
          'prod/MooseQuest/stripe/STRIPE_SECRET_KEY': live(2, 'vault-stripe-value'),
          'prod/MooseQuest/stripe/webhooks/STRIPE_WEBHOOK_SECRET': live(1, 'vault-webhook-value'),
          'prod/MooseQuest/APP_URL': live(1, 'vault-app-url-value'),
          'prod/MooseQuest/VAULT_ONLY': live(1, 'vault-only-value'),
        },
      },
    },
  }
  const ENV = {
    INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
    INFISICAL_CLIENT_SECRET: 'mixed-client-secret-0123456789',
    INFISICAL_PROJECT_ID: PROJECT_ID,
    INFISICAL_HOST: HOST,
    VAULT_ADDR: VAULT,
    VAULT_TOKEN: TOKEN,
  }
  const dates = {
    'prod|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2027-01-01',
    'prod|/MooseQuest/stripe|STRIPE_SECRET_KEY__EXPIRES_AT': '2027-01-01',
    'prod|/MooseQuest/cloudflare|CLOUDFLARE_API_TOKEN__EXPIRES_AT': '2027-01-01',
  }

  it('lines the two columns up under one prefix, with loose names, and reports what Vault lacks', async () => {
    mountNock(currentServer(dates))
    const vault = vaultStandIn(world)
    mountOnNock(VAULT, vault.handler)
    const policy = write('loose.yml', 'names: loose\n')
    const r = await cli(
      [
        '--environments',
        'infisical-prod=infisical:prod,vault-prod=vault:kv/prod',
        '--path-prefix',
        '/MooseQuest',
        '--policy',
        policy,
        '--format',
        'json',
        '--now',
        '2026-11-23T00:00:00Z',
        '--previous',
        'none',
      ],
      ENV,
    )
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    expect(report.sources?.map((s) => s.kind)).toEqual(['infisical', 'vault'])
    expect(report.environments.map((e) => `${e.slug}=${e.location}`)).toEqual(['infisical-prod=infisical:prod', 'vault-prod=vault:kv/prod'])
    const byKey = Object.fromEntries(report.rows.map((x) => [x.key, x]))
    expect(byKey.HEROKU_API_KEY).toMatchObject({ path: '/MooseQuest/heroku', status: 'ok', names: { 'vault-prod': 'heroku-api-key' } })
    expect(byKey.CLOUDFLARE_API_TOKEN).toMatchObject({ missingIn: ['vault-prod'] })
    expect(byKey.VAULT_ONLY).toMatchObject({ missingIn: ['infisical-prod'] })
    expect(byKey.STRIPE_SECRET_KEY!.cells['vault-prod']).toMatchObject({ state: 'present', version: 2 })
    expect(vault.dataRequests).toEqual([])
    const md = await cli(
      [
        '--environments',
        'infisical-prod=infisical:prod,vault-prod=vault:kv/prod',
        '--path-prefix',
        '/MooseQuest',
        '--policy',
        policy,
        '--now',
        '2026-11-23T00:00:00Z',
        '--previous',
        'none',
      ],
      ENV,
    )
    expect(md.stdout).toContain('| `/MooseQuest/heroku` | `HEROKU_API_KEY` (vault-prod: `heroku-api-key`) |')
    expect(md.stdout).toContain('- Source: infisical (`http://127.0.0.1:8080`)\n- Source: vault (`http://127.0.0.1:8200`)')
    const all = [r.stdout, r.stderr, ...r.logs, md.stdout, ...md.logs].join('\n')
    for (const value of [...recordedValues(), ...worldValues(world), ENV.INFISICAL_CLIENT_SECRET, TOKEN]) expect(all).not.toContain(value)
  })

  it('matches exactly by default: the differently named key is two rows', async () => {
    mountNock(currentServer(dates))
    mountOnNock(VAULT, vaultStandIn(world).handler)
    const r = await cli(
      [
        '--environments',
        'infisical-prod=infisical:prod,vault-prod=vault:kv/prod',
        '--path-prefix',
        '/MooseQuest',
        '--format',
        'json',
        '--now',
        '2026-11-23T00:00:00Z',
        '--previous',
        'none',
      ],
      ENV,
    )
    const keys = (JSON.parse(r.stdout) as Report).rows.map((x) => x.key)
    expect(keys).toEqual(expect.arrayContaining(['HEROKU_API_KEY', 'heroku-api-key']))
  })
})
