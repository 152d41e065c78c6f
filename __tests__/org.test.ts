/**
 * Org-wide runs (issue 27): the targets file, every target in one process
 * through the built CLI under Node 24 (a file store and loopback Vaults, one
 * refusing the token, one down), the rollup of a directory with a report
 * missing, per-target counts against single runs, history per target, and a
 * leak test over every org output.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { rollup, zeroCounts, type OrgReport } from '../src/audit/org.js'
import { exitCodeFor } from '../src/run.js'
import { parseTargets } from '../src/org/targets.js'
import { settingsOptions } from '../src/settings.js'
import { ROOT, node24, runProcess } from './helpers/cli.js'
import { withQuota } from './helpers/quota.js'
import { currentServer, json, PROJECT_ID, recordedValues, startServer } from './helpers/recorded.js'
import { closedPort, serveOverHttp, type Answer, type SeenRequest, type Served } from './helpers/serve.js'
import { twoEnvironments, vaultStandIn, worldValues } from './helpers/vault.js'

const CLI = join(ROOT, 'dist/cli/index.js')
const TOKEN = 'hvs.test-token-0123456789abcdef'

describe('the targets file', () => {
  const parse = (text: string) => () => parseTargets(text, 'targets.yml', settingsOptions())

  it('reads targets with their inputs, a team and defaults; lists become one entry per line', () => {
    const file = parseTargets(
      'defaults:\n  fail-on: drift\ntargets:\n  - name: payments\n    team: Payments\n    environments: [prod, staging]\n    infisical-project-id: abc\n',
      'targets.yml',
      settingsOptions(),
    )
    expect(file.defaults).toEqual({ 'fail-on': 'drift' })
    expect(file.targets).toEqual([{ name: 'payments', team: 'Payments', values: { environments: 'prod\nstaging', 'infisical-project-id': 'abc' }, line: 4 }])
  })

  it.each([
    ['an unknown key', 'targets:\n  - name: a\n    enviroments: prod\n', /^targets\.yml:3: targets\.0: unknown key "enviroments"/],
    [
      'a duplicate name',
      'targets:\n  - name: a\n  - name: b\n  - name: a\n',
      /^targets\.yml:4: targets\.2\.name: "a" is also the name of the target on line 2/,
    ],
    ['a credential', 'targets:\n  - name: a\n    vault-token: hvs.x\n', /^targets\.yml:3: targets\.0\.vault-token: credentials never go in the targets file/],
    [
      'a credential in defaults',
      'defaults:\n  infisical-client-secret: x\ntargets:\n  - name: a\n',
      /^targets\.yml:2: defaults\.infisical-client-secret: credentials never/,
    ],
    ['a bad name', 'targets:\n  - name: Payments!\n', /^targets\.yml:2: targets\.0\.name: "\(not shown\)" is not a target name/],
    ['no name', 'targets:\n  - team: x\n', /^targets\.yml:2: targets\.0: a target needs a name/],
    ['an unknown top-level key', 'targets: []\nproject: x\n', /^targets\.yml:2: unknown key "project"/],
    ['no targets at all', 'defaults: {}\n', /^targets\.yml:1: no targets/],
    ['a YAML duplicate key', 'targets:\n  - name: a\n    name: b\n', /^targets\.yml:3: not valid YAML/],
  ])('refuses %s, naming the file and the line', (_, text, message) => {
    expect(parse(text)).toThrow(message)
  })
})

describe('every target in one process (the built CLI under Node 24)', () => {
  let good: Served
  let refusing: Served
  let dir: string
  const world = twoEnvironments()
  const targetsYml = async () => `defaults:
  now: 2026-11-23T00:00:00Z
  max-wait-seconds: 0
targets:
  - name: payments
    team: Payments
    environments: prod=file:demo.json#prod,staging=file:demo.json#staging
  - name: platform
    team: Platform
    vault-url: ${good.url}
    environments: prod=vault:secret/prod,staging=vault:secret/staging
  - name: shop
    team: Payments
    environments:
      - prod=file:shop.json#prod
      - staging=file:shop.json#staging
  - name: bad-creds
    team: Platform
    vault-url: ${refusing.url}
    environments: prod=vault:secret/prod
  - name: down
    vault-url: http://127.0.0.1:${await closedPort()}
    environments: prod=vault:secret/prod
`
  const run = async (args: string[], env: Record<string, string> = {}) => runProcess(CLI, args, { VAULT_TOKEN: TOKEN, ...env }, dir, await node24())
  const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

  beforeAll(async () => {
    good = await serveOverHttp(vaultStandIn(world).handler)
    refusing = await serveOverHttp(vaultStandIn({ ...twoEnvironments(), tokens: ['hvs.another-token'] }).handler)
    dir = mkdtempSync(join(tmpdir(), 'vca-org-'))
    cpSync(join(ROOT, 'examples/demo-inventory.json'), join(dir, 'demo.json'))
    cpSync(join(ROOT, '__tests__/fixtures/contract-repo/inventory.json'), join(dir, 'shop.json'))
    writeFileSync(join(dir, 'targets.yml'), await targetsYml())
  }, 180_000)
  afterAll(async () => {
    await good.close()
    await refusing.close()
  })

  it('audits three targets on two stores; the refused and the unreachable targets fail with their cause and hide nothing else', async () => {
    const r = await run(['--targets', 'targets.yml', '--output-dir', 'out', '--previous', 'none', '--parallel', '2'])
    const org = readJson<OrgReport>(join(dir, 'out/org.json'))
    const byName = Object.fromEntries(org.targets.map((t) => [t.name, t]))
    expect(org.targets.map((t) => t.name)).toEqual(['payments', 'platform', 'shop', 'bad-creds', 'down'])
    expect(byName.payments).toMatchObject({ team: 'Payments', status: 'drift', exitCode: 0 })
    expect(byName.platform).toMatchObject({ team: 'Platform', status: 'drift', exitCode: 0 })
    expect(byName.shop).toMatchObject({ team: 'Payments', status: 'drift' })
    expect(byName['bad-creds']).toMatchObject({ status: 'failed', exitCode: 1, cause: expect.stringMatching(/token/i) })
    expect(byName.down).toMatchObject({ status: 'failed', exitCode: 1, cause: expect.stringMatching(/Cannot reach Vault/) })
    expect(byName['bad-creds']!.counts).toBeUndefined()
    // The org's exit code is the worst of its targets': a failed one is 1.
    expect(r.code).toBe(1)
    expect(org.statuses).toEqual({ ok: 0, drift: 3, incomplete: 0, failed: 2, missing: 0 })
    expect(org.teams.map((t) => [t.team, t.targets])).toEqual([
      ['Payments', ['payments', 'shop']],
      ['Platform', ['platform', 'bad-creds']],
    ])
    // The top-level counts are the sum over the targets with a report.
    expect(org.counts.drift).toBe(byName.payments!.counts!.drift + byName.platform!.counts!.drift + byName.shop!.counts!.drift)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      [
        'bad-creds.failed.json',
        'down.failed.json',
        'org.json',
        'org.md',
        'payments.json',
        'payments.md',
        'platform.json',
        'platform.md',
        'shop.json',
        'shop.md',
      ].sort(),
    )
    expect(r.stdout).toContain('| platform | Platform | drift |'.replace('| platform', '| [platform](platform.md)'))
    expect(r.stdout).toContain('| bad-creds | Platform | FAILED |')
    expect(r.stdout).toContain('A failed or missing target is not "no drift"')

    // Each target's counts are exactly a single run's of the same target.
    const single = async (columns: string, env: Record<string, string> = {}) => {
      const one = await run(['--environments', columns, '--format', 'json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none', '--max-wait', '0'], env)
      if (!one.stdout) throw new Error(one.stderr)
      return (JSON.parse(one.stdout) as Report).counts
    }
    expect(byName.platform!.counts).toEqual(await single('prod=vault:secret/prod,staging=vault:secret/staging', { VAULT_ADDR: good.url }))
    expect(byName.payments!.counts).toEqual(await single('prod=file:demo.json#prod,staging=file:demo.json#staging'))
    expect(byName.shop!.counts).toEqual(await single('prod=file:shop.json#prod,staging=file:shop.json#staging'))
  }, 180_000)

  const goodTargets = (day: string) =>
    readFileSync(join(dir, 'targets.yml'), 'utf8').replace('2026-11-23T00:00:00Z', `${day}T00:00:00Z`).split('\n  - name: bad-creds')[0]!

  it('a rollup of the downloaded reports with one missing: the missing target is "missing", never "no drift", and the run is incomplete', async () => {
    writeFileSync(join(dir, 'good.yml'), `${goodTargets('2026-11-23')}\n`)
    const first = await run(['--targets', 'good.yml', '--output-dir', 'night1', '--previous', 'none'])
    expect(first.code).toBe(0)
    mkdirSync(join(dir, 'artifacts'))
    // The shop job died: its report never arrived.
    for (const name of ['payments', 'platform']) cpSync(join(dir, 'night1', `${name}.json`), join(dir, 'artifacts', `${name}.json`))
    const r = await run(['rollup', 'artifacts', '--targets', 'good.yml', '--output-dir', 'rolled', '--now', '2026-11-23T00:00:00Z'])
    expect(r.code).toBe(2)
    const org = readJson<OrgReport>(join(dir, 'rolled/org.json'))
    expect(org.targets.map((t) => [t.name, t.status])).toEqual([
      ['payments', 'drift'],
      ['platform', 'drift'],
      ['shop', 'missing'],
    ])
    expect(org.targets[2]).toMatchObject({ exitCode: 2, cause: expect.stringContaining('no report arrived') })
    const night1 = readJson<OrgReport>(join(dir, 'night1/org.json'))
    expect(org.targets[0]!.counts).toEqual(night1.targets[0]!.counts)
    expect(org.counts.drift).toBe(night1.targets[0]!.counts!.drift + night1.targets[1]!.counts!.drift)
    expect(r.stdout).toContain('| shop | Payments | MISSING |')
    // A file that is not a report of this tool is refused, not counted as "no drift".
    writeFileSync(join(dir, 'artifacts', 'shop.json'), JSON.stringify({ schemaVersion: 1, counts: { drift: -1 } }))
    const refused = await run(['rollup', 'artifacts', '--targets', 'good.yml'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('artifacts/shop.json is not a report of this tool')
  }, 180_000)

  it("the second night reads each target's own history: drift that persists is not new; a target without history is all new", async () => {
    writeFileSync(join(dir, 'night2.yml'), `${goodTargets('2026-11-24')}\n`)
    // Last night's payments snapshot, where the rollup commits it: SNAPSHOT_DIR/TARGET/DAY.json.
    mkdirSync(join(dir, 'snapshots/payments'), { recursive: true })
    cpSync(join(dir, 'night1/payments.json'), join(dir, 'snapshots/payments/2026-11-23.json'))
    const r = await run(['--targets', 'night2.yml', '--output-dir', 'night2', '--snapshot-dir', 'snapshots'])
    expect(r.code).toBe(0)
    const org = readJson<OrgReport>(join(dir, 'night2/org.json'))
    const payments = org.targets.find((t) => t.name === 'payments')!.counts!
    const platform = org.targets.find((t) => t.name === 'platform')!.counts!
    expect(payments.drift).toBeGreaterThan(0)
    expect(payments.newDrift).toBe(0)
    expect(platform.newDrift).toBe(platform.drift)
    expect(readJson<Report>(join(dir, 'night2/payments.json')).history?.previous.location).toBe('snapshots/payments/2026-11-23.json')
  }, 180_000)

  it('a leak test: no secret value and no credential in any org output', async () => {
    const r = await run(['--targets', 'targets.yml', '--output-dir', 'leak', '--previous', 'none'])
    const files = readdirSync(join(dir, 'leak')).map((f) => readFileSync(join(dir, 'leak', f), 'utf8'))
    const all = [r.stdout, r.stderr, ...files].join('\n')
    expect(all).toContain('platform')
    for (const secret of [...worldValues(world), TOKEN]) expect(all).not.toContain(secret)
  }, 180_000)
})

describe('the rollup (pure)', () => {
  const counts = (drift: number, extra: Partial<Report['counts']> = {}) => ({ ...zeroCounts(), rows: 10, drift, newDrift: drift, ...extra })
  const options = (failOn: 'none' | 'drift' | 'incomplete') => ({
    incompleteFails: failOn !== 'none',
    gate: (summed: Pick<Report, 'counts' | 'historyUnavailable'>) => exitCodeFor(summed as Report, failOn),
    now: new Date('2026-11-23T00:00:00Z'),
  })

  it('the org exit code is the worst of its targets (failed 1, missing and incomplete 2); the gate reads the sum', () => {
    const ok = { name: 'a', report: { counts: counts(0) }, exitCode: 0 }
    const drift = { name: 'b', team: 'x', report: { counts: counts(2) }, exitCode: 0 }
    const partial = { name: 'c', report: { counts: counts(0, { unreadable: 1 }) }, exitCode: 2 }
    expect(rollup([ok], options('incomplete')).exitCode).toBe(0)
    expect(rollup([ok, drift], options('incomplete')).exitCode).toBe(0)
    expect(rollup([ok, drift], options('drift')).exitCode).toBe(3)
    expect(rollup([ok, partial], options('incomplete')).exitCode).toBe(2)
    expect(rollup([ok, { name: 'd', missing: true }], options('drift')).exitCode).toBe(2)
    expect(rollup([drift, partial, { name: 'e', failed: 'refused' }], options('drift')).exitCode).toBe(1)
    // Under fail-on: none only a target that could not run fails the org.
    expect(rollup([partial, { name: 'd', missing: true }], options('none')).exitCode).toBe(0)
    expect(rollup([{ name: 'e', failed: 'refused' }], options('none')).exitCode).toBe(1)
    const { org } = rollup([ok, drift, partial, { name: 'd', missing: true }], options('incomplete'))
    expect(org.statuses).toEqual({ ok: 1, drift: 1, incomplete: 1, failed: 0, missing: 1 })
    expect(org.counts.drift).toBe(2)
    expect(org.counts.rows).toBe(30)
    expect(org.teams).toEqual([{ team: 'x', targets: ['b'], statuses: { ok: 0, drift: 1, incomplete: 0, failed: 0, missing: 0 }, counts: counts(2) }])
  })
})

describe('targets on one host share its pace (the built CLI under Node 24)', () => {
  // Vault's answer over a rate-limit quota (as in vault.test.ts): 429 and its errors list.
  const refused = (req: SeenRequest): Answer => ({ status: 429, body: { errors: [`request path "${req.path.slice(4)}": rate limit quota exceeded`] } })

  it('twelve targets in one process against one Vault at 10 requests a second: all complete, within 1.3 × the requests of the same run unlimited', async () => {
    const world = twoEnvironments()
    for (const env of ['prod', 'staging'])
      for (let i = 0; i < 10; i++)
        world.mounts['secret/']!.secrets[`${env}/app/KEY_${i}`] = { version: 1, updated: '2026-11-01T00:00:00Z', value: `v-${env}-${i}` }
    const dir = mkdtempSync(join(ROOT, '.tmp', 'org-quota-'))
    const runWith = async (rate: number | undefined) => {
      const quota = rate ? withQuota(vaultStandIn(world).handler, rate, refused) : undefined
      const server = await serveOverHttp(quota?.handler ?? vaultStandIn(world).handler)
      try {
        const list = Array.from({ length: 12 }, (_, i) => `  - name: team-${i}\n    environments: prod=vault:secret/prod,staging=vault:secret/staging\n`).join(
          '',
        )
        writeFileSync(join(dir, 'targets.yml'), `defaults:\n  now: 2026-11-23T00:00:00Z\n  vault-url: ${server.url}\ntargets:\n${list}`)
        const r = await runProcess(
          CLI,
          ['--targets', join(relative(ROOT, dir), 'targets.yml'), '--parallel', '12', '--format', 'json', '--previous', 'none'],
          { VAULT_TOKEN: TOKEN },
          ROOT,
          await node24(),
        )
        return { ...r, org: JSON.parse(r.stdout) as OrgReport, requests: server.seen.length, refused: quota?.refused ?? 0 }
      } finally {
        await server.close()
      }
    }
    const unlimited = await runWith(undefined)
    const limited = await runWith(10)
    expect(unlimited.code).toBe(0)
    expect(limited.code).toBe(0)
    expect(limited.org.statuses).toEqual({ ok: 0, drift: 12, incomplete: 0, failed: 0, missing: 0 })
    expect(limited.org.counts).toEqual(unlimited.org.counts)
    expect(limited.requests).toBeLessThanOrEqual(Math.ceil(unlimited.requests * 1.3))
    // One pace for the host: the quota is found once, not once per target (unshared: 86 of 602 refused at 10 a second, 25 of 541 shared).
    expect(limited.refused).toBeLessThanOrEqual(Math.ceil(unlimited.requests * 0.08))
  }, 180_000)
})

describe('discover: every Infisical project the identity can see (the built CLI, the recorded server)', () => {
  const CLIENT_SECRET = 'discover-client-secret-0123456789'
  const dates = { 'prod|/MooseQuest/heroku|HEROKU_API_KEY__EXPIRES_AT': '2027-01-01' }

  it('adds the projects whose slug matches as targets named by their slug, audited like a named one; a project the file names is not added twice', async () => {
    const projects = [
      { id: PROJECT_ID, slug: 'moosequest-x1y2', name: 'MooseQuest' },
      { id: 'b9e8f0a1-0000-4000-8000-000000000002', slug: 'ops-tools', name: 'Ops tools' },
    ]
    const server = await startServer([json('GET', '/api/v1/projects', { projects }), ...currentServer(dates)])
    const dir = mkdtempSync(join(tmpdir(), 'vca-discover-'))
    try {
      writeFileSync(
        join(dir, 'targets.yml'),
        'defaults:\n  now: 2026-11-23T00:00:00Z\n  path-prefix: /MooseQuest\ndiscover:\n  match: "moose*"\n  team: Games\n',
      )
      const env = { INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d', INFISICAL_CLIENT_SECRET: CLIENT_SECRET, INFISICAL_HOST: server.url }
      const r = await runProcess(CLI, ['--targets', 'targets.yml', '--format', 'json', '--previous', 'none'], env, dir, await node24())
      expect(r.stderr).toContain('discover: 2 Infisical projects visible, 1 added as targets (match moose*)')
      const org = JSON.parse(r.stdout) as OrgReport
      expect(org.targets.map((t) => [t.name, t.team, t.status])).toEqual([['moosequest-x1y2', 'Games', 'drift']])
      const single = await runProcess(
        CLI,
        ['--format', 'json', '--previous', 'none', '--now', '2026-11-23T00:00:00Z', '--path-prefix', '/MooseQuest'],
        { ...env, INFISICAL_PROJECT_ID: PROJECT_ID },
        dir,
        await node24(),
      )
      expect(org.targets[0]!.counts).toEqual((JSON.parse(single.stdout) as Report).counts)
      // Named in the file already (by its project id): kept as written, not added again.
      writeFileSync(
        join(dir, 'targets.yml'),
        `defaults:\n  now: 2026-11-23T00:00:00Z\n  path-prefix: /MooseQuest\ntargets:\n  - name: games\n    infisical-project-id: ${PROJECT_ID}\ndiscover: true\n`,
      )
      const both = await runProcess(CLI, ['--targets', 'targets.yml', '--format', 'json', '--previous', 'none'], env, dir, await node24())
      expect((JSON.parse(both.stdout) as OrgReport).targets.map((t) => t.name)).toEqual(['games', 'ops-tools'])
      for (const secret of [...recordedValues(), CLIENT_SECRET]) expect(r.stdout + r.stderr + both.stdout + both.stderr).not.toContain(secret)
    } finally {
      await server.close()
    }
  }, 180_000)
})
