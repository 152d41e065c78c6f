/**
 * Kubernetes manifests as a contract column (issue 29, part 2): `k8s:GLOB[?env=NAME]` reads ExternalSecret,
 * ClusterExternalSecret and InfisicalSecret manifests (fixtures/k8s, on the operators' documented shapes), places each
 * remote key among the rows of the store its SecretStore names (Vault, AWS, Infisical stand-ins on their own
 * answers), and names what cannot be checked key by key.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { parseK8sLocation } from '../src/sources/k8s/location.js'
import { parseManifests, storeRefFor, type Reference } from '../src/sources/k8s/manifests.js'
import { scanManifests } from '../src/sources/k8s/source.js'
import { awsEnv, awsStandIn, setEnv } from './helpers/aws.js'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { HOST, PROJECT_ID, currentServer, mountNock } from './helpers/recorded.js'
import { mountOnNock, serveOverHttp, type Served } from './helpers/serve.js'
import { vaultStandIn, worldValues, type VaultWorld } from './helpers/vault.js'

const FIX = '__tests__/fixtures/k8s'
const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none', '--trend-nights', '0']
const row = (report: Report, path: string, key: string) => report.rows.find((r) => r.path === path && r.key === key)

describe('reading manifests', () => {
  it('finds each remote key with its file:line, resource and store; a ConfigMap beside it is nothing', () => {
    const vault = parseManifests(readFileSync(join(ROOT, FIX, 'vault/api.yaml'), 'utf8'), 'vault/api.yaml')
    expect(vault.resources).toBe(1)
    expect(vault.references).toEqual([
      {
        resource: 'ExternalSecret backend/api',
        namespace: 'backend',
        at: 'vault/api.yaml:16',
        key: 'prod/db/password',
        property: 'value',
        storeRef: { name: 'vault-backend', kind: 'ClusterSecretStore' },
      },
      {
        resource: 'ExternalSecret backend/api',
        namespace: 'backend',
        at: 'vault/api.yaml:20',
        key: 'secret/data/prod/api/token',
        storeRef: { name: 'vault-backend', kind: 'ClusterSecretStore' },
      },
    ])
    const stores = parseManifests(readFileSync(join(ROOT, FIX, 'vault/stores.yaml'), 'utf8'), 'vault/stores.yaml')
    expect(stores.stores).toEqual([
      { kind: 'ClusterSecretStore', name: 'vault-backend', provider: { kind: 'vault', provider: 'vault', path: 'secret', version: 'v2' } },
    ])
    expect(stores.references).toEqual([])
  })

  it('reads every document of a multi-document file, and names dataFrom as not checkable', () => {
    const aws = parseManifests(readFileSync(join(ROOT, FIX, 'aws/stripe.yaml'), 'utf8'), 'aws/stripe.yaml')
    expect(aws.stores).toEqual([{ kind: 'SecretStore', name: 'aws-store', namespace: 'payments', provider: { kind: 'aws-sm', provider: 'aws' } }])
    expect(aws.references.map((r) => `${r.at} ${r.key}`)).toEqual([
      'aws/stripe.yaml:26 prod/payments/STRIPE_SECRET_KEY',
      'aws/stripe.yaml:29 prod/payments/STRIPE_WEBHOOK_SECRET',
    ])
    expect(aws.unchecked).toEqual([
      {
        at: 'aws/stripe.yaml:31',
        what: 'ExternalSecret payments/stripe: dataFrom extract prod/payments/bundle takes every property: not checkable key by key',
      },
      { at: 'aws/stripe.yaml:33', what: 'ExternalSecret payments/stripe: dataFrom find selects by name or tags: not checkable key by key' },
    ])
  })

  it('reads a ClusterExternalSecret through its externalSecretSpec, and an InfisicalSecret through its template', () => {
    const edge = parseManifests(readFileSync(join(ROOT, FIX, 'infisical/edge.yaml'), 'utf8'), 'edge.yaml')
    expect(edge.references.map((r) => `${r.resource} ${r.at} ${r.key} ${r.storeRef?.kind}`)).toEqual([
      'ClusterExternalSecret edge edge.yaml:16 CF_ACCESS_SVC_CONSOLE ClusterSecretStore',
      'ClusterExternalSecret edge edge.yaml:19 CF_TUNNEL_TOKEN ClusterSecretStore',
    ])
    const heroku = parseManifests(readFileSync(join(ROOT, FIX, 'infisical/heroku.yaml'), 'utf8'), 'heroku.yaml')
    expect(heroku.references).toEqual([
      {
        resource: 'InfisicalSecret deploy/heroku',
        namespace: 'deploy',
        at: 'heroku.yaml:24',
        key: 'HEROKU_API_KEY',
        own: { kind: 'infisical', provider: 'infisical', path: '/MooseQuest/heroku', scope: 'staging' },
      },
    ])
    expect(heroku.unchecked).toEqual([
      { at: 'heroku.yaml:12', what: 'InfisicalSecret deploy/heroku: syncs every secret of staging:/MooseQuest/heroku: not checkable key by key' },
    ])
  })

  it('names a Helm template, invalid YAML, a templated key and a kustomize patch instead of guessing', async () => {
    const scan = await scanManifests([`${FIX}/messy/**`], [], Date.now() + 60_000, ROOT)
    const what = scan.unchecked.map((u) => `${u.at.replace(`${FIX}/messy/`, '')} ${u.what}`)
    expect(what).toEqual([
      'app.yaml:43 ExternalSecret app: template {{ .Values.key }}: not resolved',
      'broken.yaml:1 not valid YAML: not read',
      'helm/templates/es.yaml:1 a template the audit does not render (Helm, Jinja): not resolved',
      'overlays/prod/es-patch.yaml a kustomize patch of ExternalSecret app: not resolved',
      'app.yaml:33 ExternalSecret app (__tests__/fixtures/k8s/messy/app.yaml:33) wants DOPPLER_KEY: not checked, the SecretStore doppler uses doppler, a store this audit does not read',
      'app.yaml:46 ExternalSecret app: cert/tls-cert is an Azure certificate object, not a secret',
    ])
    // The patch's key is not read as if it stood alone.
    expect(scan.references.map((r) => r.name)).not.toContain('PATCHED_KEY')
    const byName = Object.fromEntries(scan.references.map((r) => [r.name, r.unknownStore ?? r.store]))
    expect(byName).toEqual({
      ELSEWHERE_KEY: 'the ClusterSecretStore gone is not among the manifests',
      'app-token': { kind: 'azure-kv', name: 'app-token' },
    })
    expect(scan.references.find((r) => r.name === 'ELSEWHERE_KEY')!.wants).toBe(`ExternalSecret app (${FIX}/messy/app.yaml:36) wants ELSEWHERE_KEY`)
  })

  it("never echoes a fork's hostile names: an invalid resource name is not shown, a key with a newline is not a key", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-k8s-hostile-'))
    mkdirSync(join(dir, 'deploy'))
    writeFileSync(
      join(dir, 'deploy/evil.yaml'),
      [
        'apiVersion: external-secrets.io/v1',
        'kind: ExternalSecret',
        'metadata:',
        '  name: "x](https://evil.example) <!channel>"',
        '  namespace: "ns\\n::error::injected"',
        'spec:',
        '  secretStoreRef:',
        '    name: "<script>alert(1)</script>"',
        '  data:',
        '    - remoteRef:',
        '        key: "NEW_KEY\\n::warning::x"',
        '    - remoteRef:',
        '        key: FINE_KEY',
        '',
      ].join('\n'),
    )
    const scan = await scanManifests(['deploy/**'], [], Date.now() + 60_000, dir)
    const text = JSON.stringify(scan)
    for (const bad of ['evil.example', '::error::', '::warning::', '<script>', '<!channel>']) expect(text).not.toContain(bad)
    expect(scan.unchecked).toEqual([
      { at: 'deploy/evil.yaml:11', what: 'ExternalSecret (invalid name): data[0] names a key no store could hold (a control character): not checked' },
    ])
    expect(scan.references).toEqual([
      {
        at: 'deploy/evil.yaml:13',
        wants: 'ExternalSecret (invalid name) (deploy/evil.yaml:13) wants FINE_KEY',
        unknownStore: 'it names no secretStoreRef',
        name: 'FINE_KEY',
      },
    ])
  })

  it("names a fork's pathological files instead of parsing them: deep nesting, alias bombs, oversized files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-k8s-patho-'))
    mkdirSync(join(dir, 'deploy'))
    // Parsed, 800 KB of `[` took the YAML parser 4 s and 800 MB.
    writeFileSync(join(dir, 'deploy/deep.yaml'), `kind: ExternalSecret\nspec: ${'['.repeat(800_000)}\n`)
    let laughs = 'kind: ExternalSecret\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
    for (let i = 1; i < 12; i++)
      laughs += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`
    writeFileSync(join(dir, 'deploy/laughs.yaml'), `${laughs}spec:\n  data: *a11\n`)
    writeFileSync(join(dir, 'deploy/huge.yaml'), `kind: ExternalSecret\n#${'x'.repeat(5 * 1024 * 1024)}\n`)
    const scan = await scanManifests(['deploy/**'], [], Date.now() + 60_000, dir)
    expect(scan.unchecked).toEqual([
      { at: 'deploy/deep.yaml:1', what: 'nested deeper than 64 levels: not read' },
      { at: 'deploy/laughs.yaml:1', what: 'a document with too many aliases: not read' },
    ])
    // Too large to read: the contract is incomplete, naming the file (exit 2 under fail-on: incomplete).
    expect(scan.unread).toEqual([{ file: 'deploy/huge.yaml', reason: 'is larger than 4096 KiB' }])
  })

  it('names each secret as its store does: Vault under the mount without data/, Infisical under the secrets path, Google by id', () => {
    const ref = (key: string): Reference => ({ resource: 'ExternalSecret x', at: 'x:1', key })
    const vault = { kind: 'vault', provider: 'vault', path: 'secret' }
    expect(storeRefFor(ref('prod/db/password'), vault)).toEqual({ name: 'secret/prod/db/password' })
    expect(storeRefFor(ref('secret/data/prod/api/token'), vault)).toEqual({ name: 'secret/prod/api/token' })
    expect(storeRefFor(ref('secret/data/prod/x'), { kind: 'vault', provider: 'vault' })).toEqual({ name: 'secret/prod/x' })
    expect(storeRefFor(ref('platform/kv/data/prod/x'), { kind: 'vault', provider: 'vault' })).toEqual({ name: 'platform/kv/prod/x' })
    expect(storeRefFor(ref('secret/prod/x'), { kind: 'vault', provider: 'vault' })).toEqual({ name: 'secret/prod/x' })
    expect(storeRefFor(ref('kv/data/prod/x'), { kind: 'vault', provider: 'vault', version: 'v1' })).toEqual({ name: 'kv/data/prod/x' })
    const infisical = { kind: 'infisical', provider: 'infisical', path: '/app', scope: 'prod' }
    expect(storeRefFor(ref('API_KEY'), infisical)).toEqual({ name: '/app/API_KEY', scope: 'prod' })
    expect(storeRefFor(ref('/other/API_KEY'), infisical)).toEqual({ name: '/other/API_KEY', scope: 'prod' })
    expect(storeRefFor(ref('projects/acme-prod/secrets/db-url'), { kind: 'gcp-sm', provider: 'gcpsm' })).toEqual({ name: 'db-url', scope: 'acme-prod' })
    expect(storeRefFor(ref('secret/db-url'), { kind: 'azure-kv', provider: 'azurekv' })).toEqual({ name: 'db-url' })
    // An ARN is read back to the name the listing shows (Secrets Manager adds six characters to it).
    const sm = { kind: 'aws-sm', provider: 'aws' }
    expect(storeRefFor(ref('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/payments/STRIPE-a1B2c3'), sm)).toEqual({ name: 'prod/payments/STRIPE' })
    expect(storeRefFor(ref('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/payments/STRIPE'), sm)).toEqual({
      notChecked: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/payments/STRIPE is not a secret's full ARN",
    })
    const ssm = { kind: 'aws-ssm', provider: 'aws' }
    expect(storeRefFor(ref('arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/url'), ssm)).toEqual({ name: '/prod/db/url' })
  })

  it('parses a location: globs, exclusions and the columns it speaks for', () => {
    expect(parseK8sLocation('deploy/**,!deploy/test/**?env=prod,staging')).toEqual({
      include: ['deploy/**'],
      exclude: ['deploy/test/**'],
      env: ['prod', 'staging'],
    })
    expect(parseK8sLocation('../outside/**')).toMatchObject({ expected: expect.stringContaining('inside the checkout') })
    expect(parseK8sLocation('deploy/**?env=')).toMatchObject({ expected: expect.stringContaining('env=NAME') })
  })
})

describe('a k8s column against stores', () => {
  beforeEach(() => nock.disableNetConnect())
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })

  const VAULT = 'http://127.0.0.1:8200'
  const TOKEN = 'hvs.k8s-column-token-0123456789'
  const live = (version: number, value: string) => ({ version, updated: '2026-11-01T00:00:00.000000Z', value })
  const world: VaultWorld = {
    tokens: [TOKEN],
    mounts: {
      'secret/': {
        secrets: {
          'prod/db/password': live(3, 'db-password-value-k8s'),
          'staging/db/password': live(1, 'staging-db-password-value-k8s'),
          'staging/api/token': live(1, 'staging-api-token-value-k8s'),
          // Same key, another folder: a manifest's path names one row, not any row called "token".
          'prod/other/token': live(1, 'other-token-value-k8s'),
        },
      },
    },
  }
  const vaultColumns = `prod=vault:secret/prod,staging=vault:secret/staging,cluster=k8s:${FIX}/vault/**?env=prod`

  it('Vault: a key a prod manifest wants and prod lacks is drift in prod, at the path it names, worded as the manifest asks', async () => {
    const vault = vaultStandIn(world)
    mountOnNock(VAULT, vault.handler)
    const r = await cli(['--environments', vaultColumns, '--format', 'json', ...NOW], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN })
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    expect(row(report, '/db', 'password')).toMatchObject({ status: 'ok', declared: { cluster: `${FIX}/vault/api.yaml:16` } })
    expect(row(report, '/api', 'token')).toMatchObject({
      status: 'missing',
      missingIn: ['prod'],
      ask: `ExternalSecret backend/api (${FIX}/vault/api.yaml:20) wants secret/data/prod/api/token; missing in prod`,
    })
    // Not the same-named secret of another folder.
    expect(row(report, '/other', 'token')!.declared).toBeUndefined()
    expect(report.contracts).toEqual([
      expect.objectContaining({ slug: 'cluster', role: 'wants', keys: 2, scope: ['prod'], location: `k8s:${FIX}/vault/**?env=prod` }),
    ])
    expect(vault.dataRequests).toEqual([])
    const md = await cli(['--environments', vaultColumns, ...NOW], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN })
    expect(md.stdout.replaceAll('\\', '')).toContain(`ExternalSecret backend/api (${FIX}/vault/api.yaml:20) wants secret/data/prod/api/token; missing in prod`)
    for (const value of [...worldValues(world), TOKEN]) expect([r.stdout, md.stdout, ...r.logs].join('\n')).not.toContain(value)
  })

  it('Vault: a policy that expects the key nowhere in prod still has it missing there when a prod manifest wants it', async () => {
    mountOnNock(VAULT, vaultStandIn(world).handler)
    const policy = join(ROOT, '.tmp', 'k8s-staging-only.yml')
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    writeFileSync(policy, 'rules:\n  - { match: "/api/*", expected: [staging], reason: staging only }\n')
    const r = await cli(['--environments', vaultColumns, '--format', 'json', '--policy', '.tmp/k8s-staging-only.yml', ...NOW], {
      VAULT_ADDR: VAULT,
      VAULT_TOKEN: TOKEN,
    })
    expect(r.stderr).toBe('')
    expect(row(JSON.parse(r.stdout) as Report, '/api', 'token')).toMatchObject({ status: 'missing', missingIn: ['prod'], expected: ['prod', 'staging'] })
  })

  it('a Vault store the columns do not look under is named as not checked, never held against another path', async () => {
    mountOnNock(VAULT, vaultStandIn(world).handler)
    const r = await cli(['--environments', `prod=vault:secret/staging,cluster=k8s:${FIX}/vault/**`, '--format', 'json', ...NOW], {
      VAULT_ADDR: VAULT,
      VAULT_TOKEN: TOKEN,
    })
    const report = JSON.parse(r.stdout) as Report
    expect(report.contracts![0]!.dynamic).toEqual([
      {
        at: `${FIX}/vault/api.yaml:16`,
        via: `ExternalSecret backend/api (${FIX}/vault/api.yaml:16) wants prod/db/password (property value): not checked, secret/prod/db/password is under none of the vault columns' locations`,
      },
      {
        at: `${FIX}/vault/api.yaml:20`,
        via: `ExternalSecret backend/api (${FIX}/vault/api.yaml:20) wants secret/data/prod/api/token: not checked, secret/prod/api/token is under none of the vault columns' locations`,
      },
    ])
    // Staging's same-named rows are not what the prod manifest asks for: no declaration, no drift.
    expect(row(report, '/db', 'password')!.declared).toBeUndefined()
    expect(report.counts.drift).toBe(0)
  })

  it('a key whose store cannot be told is matched by name, and the report says why', async () => {
    mountOnNock(VAULT, vaultStandIn(world).handler)
    const r = await cli(['--environments', `prod=vault:secret/prod,cluster=k8s:${FIX}/messy/**`, '--format', 'json', ...NOW], {
      VAULT_ADDR: VAULT,
      VAULT_TOKEN: TOKEN,
    })
    const report = JSON.parse(r.stdout) as Report
    expect(report.contracts![0]!.byName).toEqual([{ at: `${FIX}/messy/app.yaml:36`, via: 'the ClusterSecretStore gone is not among the manifests' }])
    expect(row(report, '/', 'ELSEWHERE_KEY')).toMatchObject({ status: 'missing', missingIn: ['prod'] })
    // The Azure store is told and no Azure column is audited: named, not held against Vault.
    expect(report.contracts![0]!.dynamic).toContainEqual({
      at: `${FIX}/messy/app.yaml:53`,
      via: `ExternalSecret app (${FIX}/messy/app.yaml:53) wants secret/app-token: not checked, no azure-kv column to place app-token in`,
    })
  })

  it('refuses ?env= naming no store column, by entry', async () => {
    const r = await cli(['--environments', `prod=vault:secret/prod,cluster=k8s:${FIX}/vault/**?env=prd`, ...NOW], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`entry "cluster=k8s:${FIX}/vault/**?env=prd": env=prd names no store column (store columns: prod)`)
  })

  it('refuses a glob that names no YAML file: the column would check nothing', async () => {
    mountOnNock(VAULT, vaultStandIn(world).handler)
    const r = await cli(['--environments', `prod=vault:secret/prod,cluster=k8s:${FIX}/nothing-here/**`, ...NOW], { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('matches no YAML file')
  })

  it('Infisical: a ClusterSecretStore names the environment and folder; an InfisicalSecret its own', async () => {
    mountNock(currentServer({}))
    const ENV = {
      INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
      INFISICAL_CLIENT_SECRET: 'k8s-client-secret-0123456789',
      INFISICAL_PROJECT_ID: PROJECT_ID,
      INFISICAL_HOST: HOST,
    }
    const r = await cli(['--environments', `prod,staging,cluster=k8s:${FIX}/infisical/**`, '--path-prefix', '/MooseQuest', '--format', 'json', ...NOW], ENV)
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    // Wanted in prod (the store's environment): present there; staging is the policy's business, as before.
    expect(row(report, '/MooseQuest/cloudflare', 'CF_ACCESS_SVC_CONSOLE')).toMatchObject({ declared: { cluster: `${FIX}/infisical/edge.yaml:16` } })
    expect(row(report, '/MooseQuest/cloudflare', 'CF_TUNNEL_TOKEN')).toMatchObject({
      status: 'missing',
      missingIn: ['prod'],
      ask: `ClusterExternalSecret edge (${FIX}/infisical/edge.yaml:19) wants CF_TUNNEL_TOKEN; missing in prod`,
    })
    expect(row(report, '/MooseQuest/heroku', 'HEROKU_API_KEY')).toMatchObject({ declared: { cluster: `${FIX}/infisical/heroku.yaml:24` } })
    expect(report.contracts![0]!.dynamic).toEqual([
      {
        at: `${FIX}/infisical/heroku.yaml:12`,
        via: 'InfisicalSecret deploy/heroku: syncs every secret of staging:/MooseQuest/heroku: not checkable key by key',
      },
    ])
    expect(r.stdout).not.toContain(ENV.INFISICAL_CLIENT_SECRET)
  })
})

describe('a k8s column against AWS Secrets Manager', () => {
  let served: Served | undefined
  let restore: (() => void) | undefined
  afterEach(async () => {
    restore?.()
    await served?.close()
  })

  it('places prod/payments/KEY under aws-sm:prod/ as the listing does', async () => {
    const secret = (name: string) => ({ name, changed: '2026-11-20T10:00:00Z', value: `value-of-${name}-0123456789` })
    const standIn = awsStandIn({
      keys: ['AKIAAUDITTEST0000001'],
      secrets: [secret('prod/payments/STRIPE_SECRET_KEY'), secret('staging/payments/STRIPE_SECRET_KEY')],
    })
    served = await serveOverHttp(standIn.handler)
    restore = setEnv({ AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined, AWS_DEFAULT_REGION: undefined, ...awsEnv(served.url) })
    const r = await cli(['--environments', `prod=aws-sm:prod/,staging=aws-sm:staging/,cluster=k8s:${FIX}/aws/**?env=prod`, '--format', 'json', ...NOW])
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    expect(row(report, '/payments', 'STRIPE_SECRET_KEY')).toMatchObject({ status: 'ok', declared: { cluster: `${FIX}/aws/stripe.yaml:26` } })
    expect(row(report, '/payments', 'STRIPE_WEBHOOK_SECRET')).toMatchObject({
      status: 'missing',
      missingIn: ['prod'],
      ask: `ExternalSecret payments/stripe (${FIX}/aws/stripe.yaml:29) wants prod/payments/STRIPE_WEBHOOK_SECRET; missing in prod`,
    })
    expect(report.contracts![0]).toMatchObject({ dynamicCount: 2 })
    expect(standIn.valueRequests).toEqual([])
  })
})

describe('the built CLI under Node 24', () => {
  it('runs a k8s column against a Vault on loopback', async () => {
    const served = await serveOverHttp(
      vaultStandIn({
        tokens: ['hvs.dist-k8s-0123456789'],
        mounts: { 'secret/': { secrets: { 'prod/db/password': { version: 1, updated: '2026-11-01T00:00:00.000000Z', value: 'dist-value-0123' } } } },
      }).handler,
    )
    try {
      const r = await runProcess(
        'dist/cli/index.js',
        ['--environments', `prod=vault:secret/prod,cluster=k8s:${FIX}/vault/**?env=prod`, '--format', 'json', ...NOW],
        { VAULT_ADDR: served.url, VAULT_TOKEN: 'hvs.dist-k8s-0123456789' },
        ROOT,
        await node24(),
      )
      const report = JSON.parse(r.stdout) as Report
      expect(report.rows.map((x) => `${x.path} ${x.key} ${x.status}`)).toEqual(['/api token missing', '/db password ok'])
      expect(r.stderr).toContain(`k8s:${FIX}/vault/**?env=prod: 2 remote keys in 1 resource of 2 files`)
      expect(r.stdout).not.toContain('dist-value-0123')
    } finally {
      await served.close()
    }
  })
})
