/**
 * Where a recursive listing alone would report false drift (issue 11):
 * permissions that hide secrets, a prefix that exists nowhere, a folder missing
 * deeper than the gap, and secret imports. Built on the recorded server
 * (fixtures 45-53: imports, a denied environment, a denied sub-folder).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { noDriftFrom, nonEmpty } from './helpers/inventory.js'
import nock from 'nock'
import { cli } from './helpers/cli.js'
import { HOST, PROJECT_ID, fixture, fromFixture, json, legacyServer, mountNock, recordedValues, secretImportRoutes, type Route } from './helpers/recorded.js'

const ENV = {
  INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
  INFISICAL_CLIENT_SECRET: 'gaps-client-secret-0123456789',
  INFISICAL_PROJECT_ID: PROJECT_ID,
  INFISICAL_HOST: HOST,
  INFISICAL_PATH_PREFIX: '/MooseQuest',
}
type Item = Record<string, unknown>
const listing = (name: string) => fixture(name).response.body as { secrets: Item[] }
const recursive = (environment: string, body: unknown): Route => json('GET', '/api/v3/secrets/raw', body, { query: { environment, recursive: 'true' } })
/**
 * The 2024 build's secret-imports read where the role denies secrets: getImports checks read on secrets at that
 * environment and path first (backend/src/services/secret-import/secret-import-service.ts), so it answers the
 * casl 403 that fixture 51 recorded for the non-recursive listing of the same denied path.
 */
const deniedImports = (query: Record<string, string>): Route => ({ ...fromFixture('51-'), path: '/api/v1/secret-imports', query })
const imports = (environment: string, path: string, body: unknown): Route => json('GET', '/api/v1/secret-imports', body, { query: { environment, path } })
/** A secret as the 2024-10 listing returns it (values included: the parser must drop them). */
const item = (secretPath: string, secretKey: string, version = 1): Item => ({
  ...listing('09-').secrets[0],
  id: `${secretPath}/${secretKey}`,
  secretKey,
  secretPath,
  version,
  secretValue: `value-of-${secretKey}-0123`,
})

async function audit(routes: Route[], flags: string[] = []) {
  const seen = mountNock([...routes, ...legacyServer()])
  const r = await cli(['--format', 'json', ...flags], ENV)
  return { ...r, seen, report: r.stdout ? JSON.parse(r.stdout) : undefined }
}

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

describe('permissions that hide secrets', () => {
  it('an environment denied entirely (recursive 200 empty, fixture 50; non-recursive 403, fixture 51) is unreadable, not "all missing"', async () => {
    const { code, report, logs, seen } = await audit([
      deniedImports({ environment: 'staging' }),
      fromFixture('50-', { query: { environment: 'staging', recursive: 'true' } }),
    ])
    expect(code).toBe(2)
    expect(report.environments.find((e: { slug: string }) => e.slug === 'staging')).toMatchObject({
      status: 'unreadable',
      reason: 'the identity may not read secrets in staging:/MooseQuest',
    })
    noDriftFrom(report)
    expect(logs).toContain('warning: Environment staging could not be read: the identity may not read secrets in staging:/MooseQuest')
    // Access is decided at the prefix first: one request for the denied environment, none below it.
    expect(seen.filter((r) => r.query.environment === 'staging' && r.path === '/api/v1/secret-imports').map((r) => r.query.path)).toEqual(['/MooseQuest'])
  })

  it('a denied sub-folder (fixture 52) makes that sub-tree unreadable: its rows incomplete, the rest still audited', async () => {
    const staging = listing('10-')
    const { code, report } = await audit([
      deniedImports({ environment: 'staging', path: '/MooseQuest/heroku' }),
      recursive('staging', { secrets: staging.secrets.filter((s) => !String(s.secretPath).startsWith('/MooseQuest/heroku')) }),
    ])
    expect(code).toBe(2)
    const env = report.environments.find((e: { slug: string }) => e.slug === 'staging')
    expect(env).toMatchObject({
      status: 'ok',
      unreadablePaths: [{ path: '/MooseQuest/heroku', subtree: true, reason: 'the identity may not read secrets in staging:/MooseQuest/heroku' }],
    })
    const heroku = report.rows.find((r: { path: string; key: string }) => r.path === '/MooseQuest/heroku' && r.key === 'HEROKU_API_KEY')
    expect(heroku).toMatchObject({ status: 'incomplete', cells: { staging: { state: 'unreadable' } } })
    expect(report.counts.unreadablePaths).toBe(1)
  })

  it('a truly empty or missing folder stays what it is (readable, 200): the cloudflare folder is missing, not unreadable', async () => {
    const { code, report } = await audit([])
    expect(code).toBe(0)
    expect(nonEmpty<{ unreadablePaths?: unknown }>(report.environments).every((e: { unreadablePaths?: unknown }) => e.unreadablePaths === undefined)).toBe(true)
    expect(report.folders).toContainEqual({ env: 'staging', folder: '/MooseQuest/cloudflare', kind: 'missing', isPrefix: false, missingRows: 2 })
  })

  it('a path prefix that exists in no audited environment is exit 1', async () => {
    const empty = { secrets: [] }
    const { code, stderr, seen } = await audit([recursive('prod', empty), recursive('staging', empty), recursive('dev', empty)], ['--path-prefix', '/Nope'])
    expect(code).toBe(1)
    expect(stderr).toBe('Error: path prefix /Nope does not exist in any audited environment (dev, staging, prod)\n')
    // One secret-imports read per environment, at the prefix: 404 "Folder not found" each.
    expect(
      seen
        .filter((r) => r.path === '/api/v1/secret-imports')
        .map((r) => `${r.query.environment}:${r.query.path}`)
        .sort(),
    ).toEqual(['dev:/Nope', 'prod:/Nope', 'staging:/Nope'])
  })

  it('names the deepest missing folder: aws/iam exists in staging, aws/iam/ci does not', async () => {
    const { report } = await audit([
      recursive('prod', { secrets: [item('/MooseQuest/aws/iam/ci', 'CI_ROLE'), item('/MooseQuest/aws/x', 'X')] }),
      recursive('staging', { secrets: [item('/MooseQuest/aws/x', 'X')] }),
      recursive('dev', { secrets: [item('/MooseQuest/aws/iam/ci', 'CI_ROLE'), item('/MooseQuest/aws/x', 'X')] }),
      ...secretImportRoutes('/api/v1/secret-imports', { staging: ['/MooseQuest', '/MooseQuest/aws', '/MooseQuest/aws/iam', '/MooseQuest/aws/x'] }),
    ])
    expect(report.folders).toEqual([{ env: 'staging', folder: '/MooseQuest/aws/iam/ci', kind: 'missing', isPrefix: false, missingRows: 1 }])
  })
})

describe('secret imports', () => {
  const shared = listing('45-') as unknown as { imports: unknown[] }
  /** prod holds the shared keys natively in two app folders; staging and dev import prod:/shared there. */
  const scenario = (staging: Item[] = [], dev: Item[] = []): Route[] => [
    recursive('prod', {
      secrets: ['/MooseQuest/postmark', '/MooseQuest/aws'].flatMap((p) => [item(p, 'SHARED_SMTP_HOST', 4), item(p, 'SHARED_SENTRY_DSN', 2)]),
    }),
    recursive('staging', { secrets: staging, imports: shared.imports }),
    recursive('dev', { secrets: dev, imports: (listing('46-') as unknown as { imports: unknown[] }).imports }),
    fromFixture('48-', { query: { environment: 'staging', path: '/MooseQuest/postmark' } }),
    imports('dev', '/MooseQuest/aws', fixture('48-').response.body),
  ]

  it('counts a key that reaches a folder through an import as present, in two folders of two environments', async () => {
    const { code, report, seen, stdout } = await audit(scenario())
    expect(code).toBe(0)
    // staging imports into postmark only, dev into aws only: what each lacks elsewhere is the only drift.
    expect(
      report.rows
        .filter((r: { status: string }) => r.status === 'missing')
        .map((r: { path: string; key: string; missingIn: string[] }) => `${r.path}/${r.key} ${r.missingIn}`),
    ).toEqual([
      '/MooseQuest/aws/SHARED_SENTRY_DSN staging',
      '/MooseQuest/aws/SHARED_SMTP_HOST staging',
      '/MooseQuest/postmark/SHARED_SENTRY_DSN dev',
      '/MooseQuest/postmark/SHARED_SMTP_HOST dev',
    ])
    const row = report.rows.find((r: { path: string; key: string }) => r.path === '/MooseQuest/postmark' && r.key === 'SHARED_SMTP_HOST')
    expect(row.cells.staging).toEqual({ state: 'present', version: 1, via: 'prod:/shared' })
    expect(report.rows.find((r: { path: string; key: string }) => r.path === '/MooseQuest/aws' && r.key === 'SHARED_SMTP_HOST').cells.dev).toEqual({
      state: 'present',
      version: 1,
      via: 'prod:/shared',
    })
    // The cost: one import-configuration read per folder and environment that would otherwise miss keys, and, for
    // an environment that holds nothing natively, its prefix first (one request decides a denied environment).
    expect(
      seen
        .filter((r) => r.path === '/api/v1/secret-imports')
        .map((r) => `${r.query.environment}:${r.query.path}`)
        .sort(),
    ).toEqual([
      'dev:/MooseQuest',
      'dev:/MooseQuest/aws',
      'dev:/MooseQuest/postmark',
      'staging:/MooseQuest',
      'staging:/MooseQuest/aws',
      'staging:/MooseQuest/postmark',
    ])
    for (const value of ['smtp.recorded.example', 'https://recorded@sentry.example/1', 'value-of-SHARED_SMTP_HOST-0123', ...recordedValues()])
      expect(stdout).not.toContain(value)
  })

  it('marks imported cells in the matrix and carries the source in CSV', async () => {
    mountNock([...scenario(), ...legacyServer()])
    const md = await cli([], ENV)
    expect(md.stdout).toContain('| `/MooseQuest/postmark` | `SHARED_SMTP_HOST` | — | v1↙ | v4 |')
    expect(md.stdout).toContain('`↙` through a secret import')
    nock.cleanAll()
    mountNock([...scenario(), ...legacyServer()])
    const csv = await cli(['--format', 'csv'], ENV)
    expect(csv.stdout).toContain('/MooseQuest/postmark,SHARED_SMTP_HOST,missing,absent,v1 via prod:/shared,v4,dev')
  })

  it('lets a native secret override an imported one, as Infisical does', async () => {
    const { report } = await audit(scenario([item('/MooseQuest/postmark', 'SHARED_SMTP_HOST', 7)]))
    const row = report.rows.find((r: { path: string; key: string }) => r.path === '/MooseQuest/postmark' && r.key === 'SHARED_SMTP_HOST')
    expect(row.cells.staging).toMatchObject({ state: 'present', version: 7 })
    expect(row.cells.staging.via).toBeUndefined()
  })

  it('follows a nested import as the server folds it into the parent entry, and is unbothered by a cycle', async () => {
    // prod:/shared imports prod:/deeper which imports prod:/shared: the server folds what it follows into one entry.
    const folded = [{ ...(shared.imports[0] as object), secrets: [...(shared.imports[0] as { secrets: Item[] }).secrets, item('/deeper', 'NESTED_KEY')] }]
    const { code, report } = await audit(
      [
        recursive('prod', { secrets: [item('/MooseQuest/postmark', 'NESTED_KEY'), item('/MooseQuest/postmark', 'SHARED_SMTP_HOST')] }),
        recursive('staging', { secrets: [], imports: folded }),
        fromFixture('48-', { query: { environment: 'staging', path: '/MooseQuest/postmark' } }),
      ],
      ['--environments', 'prod,staging'],
    )
    expect(code).toBe(0)
    expect(report.rows.find((r: { key: string }) => r.key === 'NESTED_KEY').cells.staging).toEqual({ state: 'present', version: 1, via: 'prod:/shared' })
  })

  it("makes rows incomplete, never missing, where an import's source cannot be read (the server drops it from imports[])", async () => {
    const { code, report } = await audit(
      [
        recursive('prod', { secrets: [item('/MooseQuest/postmark', 'SHARED_SMTP_HOST')] }),
        recursive('staging', { secrets: [], imports: [] }),
        fromFixture('48-', { query: { environment: 'staging', path: '/MooseQuest/postmark' } }),
      ],
      ['--environments', 'prod,staging'],
    )
    expect(code).toBe(2)
    expect(report.counts.drift).toBe(0)
    expect(report.environments[1].unreadablePaths).toEqual([
      { path: '/MooseQuest/postmark', subtree: false, reason: 'the identity may not read prod:/shared, which staging:/MooseQuest/postmark imports' },
    ])
    expect(report.rows[0]).toMatchObject({ status: 'incomplete', cells: { staging: { state: 'unreadable' } } })
  })

  it('leaves replication imports out, as the server does, and counts the reserved import that carries the copies', async () => {
    const config = {
      secretImports: [
        { importPath: '/shared', importEnv: { slug: 'prod' }, isReplication: true, position: 1 },
        { importPath: '/MooseQuest/postmark/__reserve_replication_abc', importEnv: { slug: 'staging' }, isReplication: false, isReserved: true, position: 2 },
      ],
    }
    const reserved = {
      secretPath: '/MooseQuest/postmark/__reserve_replication_abc',
      environment: 'staging',
      folderId: 'r',
      secrets: [item('/x', 'SHARED_SMTP_HOST')],
    }
    const { code, report } = await audit(
      [
        recursive('prod', { secrets: [item('/MooseQuest/postmark', 'SHARED_SMTP_HOST')] }),
        recursive('staging', { secrets: [], imports: [reserved] }),
        imports('staging', '/MooseQuest/postmark', config),
      ],
      ['--environments', 'prod,staging'],
    )
    expect(code).toBe(0)
    expect(report.rows[0].cells.staging).toEqual({ state: 'present', version: 1, via: 'staging:/MooseQuest/postmark/__reserve_replication_abc' })
  })
})
