/**
 * The org modes of the built action (dist/index.js under Node 24, as the runner runs it): plan → matrix audit
 * jobs → rollup, with a file store and a loopback Vault, the GitHub API and a Slack webhook as loopback stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OrgReport } from '../src/audit/org.js'
import type { Report } from '../src/audit/report.js'
import { ROOT, node24, runProcess } from './helpers/cli.js'
import { readOutputs } from './helpers/outputs.js'
import { serveOverHttp, type Served } from './helpers/serve.js'
import { GitHubStandIn, SlackStandIn } from './helpers/standins.js'
import { twoEnvironments, vaultStandIn, worldValues } from './helpers/vault.js'

const TOKEN = 'hvs.test-token-0123456789abcdef'
const GH_TOKEN = 'ghs_org_e2e_token_0123456789'
let vault: Served
let githubServer: Served
let slackServer: Served
let github: GitHubStandIn
let slack: SlackStandIn
let workspace: string
const world = twoEnvironments()

/** One job of the workflow: the action with these inputs in the shared workspace, its own RUNNER_TEMP. */
async function job(inputs: Record<string, string>, event = 'schedule') {
  const temp = mkdtempSync(join(tmpdir(), 'vca-org-job-'))
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '')
  writeFileSync(join(temp, 'event.json'), '{}')
  const env: Record<string, string> = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_API_URL: githubServer.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '888',
    RUNNER_TEMP: temp,
    VAULT_TOKEN: TOKEN,
  }
  const all = { 'vault-token': TOKEN, 'github-token': GH_TOKEN, 'slack-webhook-url': `${slackServer.url}${slack.path}`, ...inputs }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  const r = await runProcess(join(ROOT, 'dist/index.js'), [], env, workspace, await node24())
  return { ...r, outputs: readOutputs(readFileSync(join(temp, 'output'), 'utf8')), summary: readFileSync(join(temp, 'summary'), 'utf8'), temp }
}

const targets = (day: string) => `defaults:
  now: ${day}T00:00:00Z
  max-wait-seconds: 0
targets:
  - name: payments
    team: Payments
    environments: prod=file:demo.json#prod,staging=file:demo.json#staging
  - name: platform
    team: Platform
    vault-url: ${vault.url}
    environments: prod=vault:secret/prod,staging=vault:secret/staging
  - name: shop
    team: Payments
    environments: prod=file:shop.json#prod,staging=file:shop.json#staging
`

beforeAll(async () => {
  github = new GitHubStandIn()
  slack = new SlackStandIn()
  ;[vault, githubServer, slackServer] = await Promise.all([
    serveOverHttp(vaultStandIn(world).handler),
    serveOverHttp(github.handler),
    serveOverHttp(slack.handler),
  ])
  workspace = mkdtempSync(join(tmpdir(), 'vca-org-ws-'))
  cpSync(join(ROOT, 'examples/demo-inventory.json'), join(workspace, 'demo.json'))
  cpSync(join(ROOT, '__tests__/fixtures/contract-repo/inventory.json'), join(workspace, 'shop.json'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github/vault-coverage-targets.yml'), targets('2026-11-23'))
}, 200_000)
afterAll(async () => {
  await Promise.all([vault.close(), githubServer.close(), slackServer.close()])
})

describe('the org on the Actions matrix (the built action)', () => {
  it('plan: a matrix fromJSON accepts, one job per target, or shards that cover every target once', async () => {
    const plan = await job({ mode: 'plan' })
    expect(plan.code).toBe(0)
    expect(JSON.parse(plan.outputs.matrix!)).toEqual({ target: ['payments', 'platform', 'shop'] })
    expect(plan.outputs['targets-count']).toBe('3')
    const sharded = await job({ mode: 'plan', 'max-jobs': '2' })
    // Every target named, in the shard that audits it.
    expect(JSON.parse(sharded.outputs.matrix!)).toEqual({
      shard: [1, 2],
      include: [
        { shard: 1, targets: 'payments shop' },
        { shard: 2, targets: 'platform' },
      ],
    })
    const one = await job({ mode: 'audit', shard: '1', 'max-jobs': '2' })
    const two = await job({ mode: 'audit', shard: '2', 'max-jobs': '2' })
    expect([...readdirSync(one.outputs['report-dir']!), ...readdirSync(two.outputs['report-dir']!)].filter((f) => f.endsWith('.json')).sort()).toEqual([
      'payments.json',
      'platform.json',
      'shop.json',
    ])
    expect((await job({ mode: 'plan', 'max-jobs': '300' })).code).toBe(1)
  }, 300_000)

  it("audit jobs → rollup with one report missing: every snapshot in one commit, one Slack message, the missing target said; night two reads each target's own history", async () => {
    mkdirSync(join(workspace, 'reports'), { recursive: true })
    // The shop job died: only two artifacts arrive.
    for (const target of ['payments', 'platform']) {
      const audit = await job({ mode: 'audit', target })
      expect(audit.code).toBe(0)
      expect(audit.stdout).not.toMatch(/Committed/)
      for (const f of readdirSync(audit.outputs['report-dir']!)) cpSync(join(audit.outputs['report-dir']!, f), join(workspace, 'reports', f))
    }
    expect(github.commits.size).toBe(1)
    const before = slack.posts.length
    const rollup = await job({ mode: 'rollup', 'reports-dir': 'reports', now: '2026-11-23T00:00:00Z' })
    expect(rollup.code).toBe(2)
    const org = JSON.parse(readFileSync(rollup.outputs['report-json']!, 'utf8')) as OrgReport
    expect(org.targets.map((t) => [t.name, t.status])).toEqual([
      ['payments', 'drift'],
      ['platform', 'drift'],
      ['shop', 'missing'],
    ])
    // One commit holds every target's snapshot and the org's.
    expect(github.commits.size).toBe(2)
    const dated = [...github.files.keys()].filter((p) => p.startsWith('docs/ops/vault-coverage/')).sort()
    expect(dated).toEqual([
      'docs/ops/vault-coverage/org/2026-11-23.json',
      'docs/ops/vault-coverage/org/2026-11-23.md',
      'docs/ops/vault-coverage/payments/2026-11-23.json',
      'docs/ops/vault-coverage/payments/2026-11-23.md',
      'docs/ops/vault-coverage/platform/2026-11-23.json',
      'docs/ops/vault-coverage/platform/2026-11-23.md',
    ])
    expect(rollup.outputs['commit-sha']).toMatch(/\w+/)
    expect(rollup.summary).toContain('| shop | Payments | MISSING |')
    expect(rollup.summary).toContain(
      '| [payments](https://github.com/moosequest/ops/blob/HEAD/docs/ops/vault-coverage/payments/2026-11-23.md) | Payments | drift |',
    )
    // One Slack message for the org, by team, naming only targets with new drift or failures.
    expect(slack.posts.length).toBe(before + 1)
    const text = JSON.stringify(slack.posts.at(-1))
    expect(text).toContain('*Payments*')
    expect(text).toContain('`shop` MISSING')
    expect(text).toContain('`platform`')

    // Night two: each audit job reads its own target's folder on the branch.
    writeFileSync(join(workspace, '.github/vault-coverage-targets.yml'), targets('2026-11-24'))
    const night2 = await job({ mode: 'audit', target: 'payments' })
    const report = JSON.parse(readFileSync(join(night2.outputs['report-dir']!, 'payments.json'), 'utf8')) as Report
    expect(report.history?.previous.location).toBe('docs/ops/vault-coverage/payments/2026-11-23.json')
    expect(report.counts.drift).toBeGreaterThan(0)
    expect(report.counts.newDrift).toBe(0)
    // No trend unless the targets file asks: each night would be a request of the token's hourly 1,000.
    expect(report.trend).toBeUndefined()
    writeFileSync(join(workspace, '.github/vault-coverage-targets.yml'), targets('2026-11-24').replace('defaults:\n', 'defaults:\n  trend-nights: 7\n'))
    const trended = await job({ mode: 'audit', target: 'payments' })
    const withTrend = JSON.parse(readFileSync(join(trended.outputs['report-dir']!, 'payments.json'), 'utf8')) as Report
    expect(withTrend.trend?.points.map((p) => p.day)).toEqual(['2026-11-23', '2026-11-24'])
    writeFileSync(join(workspace, '.github/vault-coverage-targets.yml'), targets('2026-11-23'))

    // A leak test over every org output: no value, no credential.
    const outputs = [rollup, night2].flatMap((r) => [
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
    ])
    const committed = [...github.files.values()]
    const all = [...outputs, ...committed, JSON.stringify(slack.posts)].join('\n')
    for (const secret of [...worldValues(world), TOKEN, GH_TOKEN]) expect(all.includes(secret)).toBe(false)
  }, 300_000)

  it("refuses every org mode on a pull request: its targets file could send the credentials to the pull request's own host", async () => {
    for (const mode of ['plan', 'audit', 'rollup']) {
      const r = await job({ mode, target: 'platform', 'reports-dir': 'reports' }, 'pull_request')
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(`mode: ${mode} does not run on a pull request`)
      expect(r.outputs['report-dir']).toBeUndefined()
    }
  }, 300_000)

  it('a target whose credentials are refused fails alone: its job exits 1 and leaves a failure record, never "no drift"', async () => {
    const bad = await job({ mode: 'audit', target: 'platform', 'vault-token': 'hvs.refused-token-0000000000' })
    // VAULT_TOKEN in the environment is the good one: the input wins, and is refused.
    expect(bad.code).toBe(1)
    expect(JSON.parse(readFileSync(join(bad.outputs['report-dir']!, 'platform.failed.json'), 'utf8'))).toMatchObject({
      exitCode: 1,
      cause: expect.stringMatching(/rejected the token/),
    })
    const logged = (bad.stdout + bad.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(logged.join('\n')).not.toContain('hvs.refused-token-0000000000')
  }, 300_000)
})
