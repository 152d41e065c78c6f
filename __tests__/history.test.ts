import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { runAction, type RunnerIo } from '../src/action/run-action.js'
import { audit } from '../src/audit/audit.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { SLACK, testPublishers, useStandIns } from './helpers/action.js'
import { ROOT, cli, testPorts } from './helpers/cli.js'
import { NOW, env, inventory, secret, unreadable } from './helpers/inventory.js'

const M = '/MooseQuest'
const day = (d: number) => new Date(Date.UTC(2026, 10, d))
const asPrevious = (report: ReturnType<typeof audit>) => ({ location: 'prev.json', ...JSON.parse(renderJson(report)) })

describe('what changed since the previous snapshot', () => {
  const first = audit(
    inventory([env('prod', [secret(M, 'A'), secret(M, 'B'), secret(M, 'S', 5)]), env('staging', [secret(M, 'S', 1)])]),
    DEFAULT_POLICY,
    day(20),
  )

  it('stamps first-seen on drift rows and counts all drift as new without a previous snapshot', () => {
    expect(first.history).toBeUndefined()
    expect(first.rows.find((r) => r.key === 'A')).toMatchObject({ status: 'missing', firstSeen: '2026-11-20' })
    expect(first.counts).toMatchObject({ drift: 2, newDrift: 2, resolvedDrift: 0 })
  })

  it('says what is new, resolved and persisting, carrying first-seen forward', () => {
    const second = audit(
      inventory([env('prod', [secret(M, 'A'), secret(M, 'C'), secret(M, 'S', 5)]), env('staging', [secret(M, 'S', 1)])]),
      DEFAULT_POLICY,
      day(23),
      { previous: asPrevious(first) },
    )
    expect(second.history).toEqual({
      previous: { location: 'prev.json', generatedAt: '2026-11-20T00:00:00.000Z' },
      newDrift: [{ path: M, key: 'C', status: 'missing' }],
      resolvedDrift: [{ path: M, key: 'B', status: 'missing', firstSeen: '2026-11-20' }],
      persistingDrift: [{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-20', ageDays: 3 }],
      unverifiable: 0,
      newSkew: [],
      newlyExpiring: [],
    })
    expect(second.counts).toMatchObject({ newDrift: 1, resolvedDrift: 1 })
    const text = renderMarkdown(second)
    expect(text.indexOf('## Since the last snapshot (2026-11-20)')).toBeLessThan(text.indexOf('## Drift'))
    expect(text).toContain('- Persisting (1), the oldest for 3 days: `/MooseQuest` `A` since 2026-11-20 (3 days)')
  })

  it('treats an unreadable environment as proving nothing: not resolved', () => {
    const third = audit(inventory([env('prod', [secret(M, 'A'), secret(M, 'S', 5)]), unreadable('staging')]), DEFAULT_POLICY, day(21), {
      previous: asPrevious(first),
    })
    // A is incomplete now; B has gone from prod but may still be in staging.
    expect(third.history).toMatchObject({ resolvedDrift: [], unverifiable: 2 })
  })

  it('reports new skew and newly expiring companions', () => {
    const later = audit(
      inventory([
        env('prod', [secret(M, 'A'), secret(M, 'B', 9), secret(M, 'S', 5), secret(M, 'B__EXPIRES_AT', 1, undefined, '2026-11-30')]),
        env('staging', [secret(M, 'A'), secret(M, 'B', 1), secret(M, 'S', 1)]),
      ]),
      DEFAULT_POLICY,
      day(21),
      { previous: asPrevious(first) },
    )
    expect(later.history!.newSkew).toEqual([{ path: M, key: 'B' }])
    expect(later.history!.newlyExpiring).toEqual([{ path: M, key: 'B', env: 'prod', status: 'expiring' }])
  })
})

describe('consecutive CLI runs on disk', () => {
  // snapshot-path is relative to the working directory (the CLI helper's is the repository root), as for users.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, '.tmp', 'vca-history-'))
  const snapshots = join(dir, 'docs/ops')
  mkdirSync(snapshots, { recursive: true })
  const template = relative(ROOT, join(dir, 'docs/ops/{date}-vault-coverage-snapshot.md'))
  const run = async (date: string, staging: string[]) => {
    const inv = join(dir, `inv-${date}.json`)
    const s = (key: string) => ({ path: M, key, version: 1, updatedAt: '2026-11-01T00:00:00Z' })
    writeFileSync(
      inv,
      JSON.stringify({
        environments: [
          { slug: 'prod', secrets: ['A', 'B'].map(s) },
          { slug: 'staging', secrets: staging.map(s) },
        ],
      }),
    )
    const r = await cli(['--source', `file:${inv}`, '--format', 'json', '--now', `${date}T05:00:00Z`, '--snapshot-path', template])
    expect(r.code).toBe(0)
    writeFileSync(join(snapshots, `${date}-vault-coverage-snapshot.json`), r.stdout)
    return { report: JSON.parse(r.stdout), logs: r.logs }
  }

  it('resolves a drift, then sees it come back with first-seen restarted', async () => {
    const one = await run('2026-11-20', ['B'])
    expect(one.report.rows.find((r: { key: string }) => r.key === 'A')).toMatchObject({ status: 'missing', firstSeen: '2026-11-20' })
    expect(one.logs).toContain('info: No previous snapshot: every drift row counts as new')

    const two = await run('2026-11-21', ['A', 'B'])
    expect(two.report.history).toMatchObject({ newDrift: [], resolvedDrift: [{ key: 'A' }], persistingDrift: [] })
    expect(two.logs).toContain(`info: Comparing with the previous snapshot ${relative(ROOT, snapshots)}/2026-11-20-vault-coverage-snapshot.json (2026-11-20)`)

    const three = await run('2026-11-22', ['B'])
    expect(three.report.history).toMatchObject({ newDrift: [{ key: 'A' }], resolvedDrift: [] })
    expect(three.report.rows.find((r: { key: string }) => r.key === 'A').firstSeen).toBe('2026-11-22')

    // A re-run the same day compares with yesterday's, not with today's own snapshot.
    const again = await run('2026-11-22', ['B'])
    expect(again.report.history.previous.location).toContain('2026-11-21')
  })

  it('--previous names a file; --previous none skips the comparison', async () => {
    const path = join(snapshots, '2026-11-20-vault-coverage-snapshot.json')
    const named = await cli(['--source', 'file:examples/demo-inventory.json', '--format', 'json', '--previous', path])
    expect(JSON.parse(named.stdout).history.previous.location).toBe(path)
    const none = await cli(['--source', 'file:examples/demo-inventory.json', '--format', 'json', '--previous', 'none', '--snapshot-path', template])
    expect(JSON.parse(none.stdout).history).toBeUndefined()
  })

  const planted = (row: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      schemaVersion: 1,
      generatedAt: '2026-11-20T05:00:00Z',
      rows: [{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-19', ...row }],
      ...extra,
    })
  it.each([
    ['{"schemaVersion": 99, "rows": []}', 'has schemaVersion 99, this version reads 1'],
    ['{"rows": []}', 'has schemaVersion none, this version reads 1'],
    ['{"schemaVersion": "1<script>", "rows": []}', 'has schemaVersion not a number'],
    ['{ truncated', 'is not valid JSON'],
    [planted({ path: 3 }), 'is malformed at rows.0.path'],
    // Planted text: a Slack mention, a markdown heading, a workflow command, raw HTML.
    [planted({}, { generatedAt: '<!channel> 2026' }), 'is malformed at generatedAt'],
    [planted({ firstSeen: '2026-11-19\n## Injected heading' }), 'is malformed at rows.0.firstSeen: expected a day like 2026-11-23'],
    [planted({ firstSeen: '2026-11-19\n::warning::forged' }), 'is malformed at rows.0.firstSeen'],
    [planted({ firstSeen: '2026-02-30' }), 'is malformed at rows.0.firstSeen: expected a real day'],
    [planted({ path: 'no-slash<b>' }), 'is malformed at rows.0.path: expected an absolute folder path'],
    [planted({ status: 'missing<img src=x>' }), 'is malformed at rows.0.status'],
    [planted({}, { expiry: [{ path: M, key: 'A', env: 'prod\n::error::x', status: 'expired' }] }), 'is malformed at expiry.0.env'],
    [planted({}, { carriedDrift: [{ path: M, key: 'A', status: 'missing', firstSeen: '@channel' }] }), 'is malformed at carriedDrift.0.firstSeen'],
  ])('skips a previous snapshot like %s, says why without echoing it, and reports nothing as new', async (text, warning) => {
    const path = join(dir, 'bad.json')
    writeFileSync(path, text)
    const r = await cli(['--source', 'file:examples/demo-inventory.json', '--format', 'json', '--previous', path])
    expect(r.code).toBe(0)
    expect(r.logs.find((l) => l.startsWith('warning:'))).toContain(`Previous snapshot ${path} ${warning}`)
    for (const planted of ['<!channel>', '## Injected', '::warning::forged', '<b>', '<img', '::error::x', '@channel', '<script>']) {
      expect([r.stdout, r.stderr, ...r.logs].join('\n')).not.toContain(planted)
    }
    const report = JSON.parse(r.stdout)
    expect(report.history).toBeUndefined()
    expect(report.historyUnavailable).toContain(path)
    expect(report.counts.newDrift).toBe(0)
  })

  it('looks further back when the newest snapshot cannot be used', async () => {
    const back = mkdtempSync(join(ROOT, '.tmp', 'vca-back-'))
    const folder = join(back, 'docs/ops')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, '2026-11-21-vault-coverage-snapshot.json'), planted({ firstSeen: '2026-11-19' }))
    writeFileSync(join(folder, '2026-11-22-vault-coverage-snapshot.json'), '{ truncated by a failed commit')
    const inv = join(back, 'inv.json')
    const s = (key: string) => ({ path: M, key, version: 1, updatedAt: '2026-11-01T00:00:00Z' })
    writeFileSync(
      inv,
      JSON.stringify({
        environments: [
          { slug: 'prod', secrets: ['A'].map(s) },
          { slug: 'staging', secrets: [] },
        ],
      }),
    )
    const r = await cli([
      '--source',
      `file:${inv}`,
      '--format',
      'json',
      '--now',
      '2026-11-23T05:00:00Z',
      '--snapshot-path',
      relative(ROOT, join(folder, '{date}-vault-coverage-snapshot.md')),
    ])
    const report = JSON.parse(r.stdout)
    expect(report.history.previous.location).toContain('2026-11-21')
    expect(report.history.persistingDrift).toEqual([{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-19', ageDays: 4 }])
    expect(r.logs).toContainEqual(expect.stringContaining('2026-11-22-vault-coverage-snapshot.json is not valid JSON: skipped'))
  })

  it('carries drift with its own first day, not the day of the snapshot it was last seen in', () => {
    const inv = (stagingDown: boolean) =>
      inventory([env('prod', [secret(M, 'A'), secret(M, 'B')]), stagingDown ? unreadable('staging', 'HTTP 503') : env('staging', [secret(M, 'B')])])
    const night20 = audit(inv(false), DEFAULT_POLICY, day(20))
    const night21 = audit(inv(false), DEFAULT_POLICY, day(21), { previous: asPrevious(night20) })
    expect(night21.rows.find((r) => r.key === 'A')!.firstSeen).toBe('2026-11-20')
    // Staging down on the 22nd: A is carried, first seen on the 20th, though the previous snapshot is the 21st's.
    const night22 = audit(inv(true), DEFAULT_POLICY, day(22), { previous: asPrevious(night21) })
    expect(night22.carriedDrift).toEqual([{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-20' }])
  })

  it('three nights: normal, staging down, normal — no new drift on night 3, first-seen kept', async () => {
    const nights = mkdtempSync(join(ROOT, '.tmp', 'vca-nights-'))
    const folder = join(nights, 'docs/ops')
    mkdirSync(folder, { recursive: true })
    const template = relative(ROOT, join(folder, '{date}-vault-coverage-snapshot.md'))
    const night = async (date: string, stagingDown: boolean) => {
      const inv = join(nights, `inv-${date}.json`)
      const s = (key: string) => ({ path: M, key, version: 1, updatedAt: '2026-11-01T00:00:00Z' })
      const staging = stagingDown ? { slug: 'staging', unreadable: 'HTTP 503' } : { slug: 'staging', secrets: ['B'].map(s) }
      writeFileSync(inv, JSON.stringify({ environments: [{ slug: 'prod', secrets: ['A', 'B'].map(s) }, staging] }))
      const r = await cli(['--source', `file:${inv}`, '--format', 'json', '--now', `${date}T05:00:00Z`, '--snapshot-path', template, '--fail-on', 'none'])
      writeFileSync(join(folder, `${date}-vault-coverage-snapshot.json`), r.stdout)
      return JSON.parse(r.stdout)
    }
    const one = await night('2026-11-20', false)
    expect(one.rows.find((r: { key: string }) => r.key === 'A')).toMatchObject({ status: 'missing', firstSeen: '2026-11-20' })
    const two = await night('2026-11-21', true)
    expect(two.history).toMatchObject({ newDrift: [], resolvedDrift: [], unverifiable: 1 })
    expect(two.carriedDrift).toEqual([{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-20' }])
    const three = await night('2026-11-22', false)
    expect(three.history).toMatchObject({ newDrift: [], resolvedDrift: [], persistingDrift: [{ key: 'A', firstSeen: '2026-11-20', ageDays: 2 }] })
    expect(three.counts.newDrift).toBe(0)
    expect(three.rows.find((r: { key: string }) => r.key === 'A').firstSeen).toBe('2026-11-20')
  })
})

describe('consecutive action runs through the GitHub stand-in', () => {
  const standIns = useStandIns()

  const dir = mkdtempSync(join(tmpdir(), 'vca-history-gh-'))
  async function nightly(date: string, staging: string[] | 'down') {
    const inv = join(dir, `inv-${date}.json`)
    const s = (key: string) => ({ path: M, key, version: 1, updatedAt: '2026-11-01T00:00:00Z' })
    const stagingEnv = staging === 'down' ? { slug: 'staging', unreadable: 'HTTP 503' } : { slug: 'staging', secrets: staging.map(s) }
    writeFileSync(inv, JSON.stringify({ environments: [{ slug: 'prod', secrets: ['A', 'B', 'C'].map(s) }, stagingEnv] }))
    const inputs: Record<string, string> = {
      'fail-on': 'none',
      source: `file:${inv}`,
      now: `${date}T05:00:00Z`,
      'github-token': 'ghs_history',
      'slack-webhook-url': `${SLACK}${standIns.slack.path}`,
      'notify-on': 'change',
    }
    const outputs = new Map<string, string>()
    const logs: string[] = []
    const io: RunnerIo = {
      input: (name) => inputs[name] ?? '',
      setSecret: () => {},
      setOutput: (n, v) => void outputs.set(n, v),
      summary: async () => {},
      writeText: async () => {},
      readText: async (p) => readFileSync(p, 'utf8'),
      readdir: async () => [],
      exists: () => false,
      tempDir: dir,
    }
    const ports = testPorts(logs)
    const context = { eventName: 'schedule', owner: standIns.github.owner, repo: standIns.github.repo, serverUrl: 'https://github.com', runId: '1' }
    const publishers = testPublishers(ports, context, { timeoutMs: 1000, retries: 0, minTimeoutMs: 1, maxWaitMs: 1000 })
    const result = await runAction(io, ports, context, publishers)
    return { result, outputs, logs }
  }

  it('three nights — normal, staging down, normal: nothing new on night 3, first-seen kept, no change post', async () => {
    await nightly('2026-11-20', ['B', 'C'])
    expect(standIns.slack.posts).toHaveLength(1)
    const two = await nightly('2026-11-21', 'down')
    expect(two.outputs.get('new-drift-count')).toBe('0')
    expect(two.outputs.get('slack-posted')).toBe('false')
    expect(JSON.parse(standIns.github.files.get('docs/ops/2026-11-21-vault-coverage-snapshot.json')!).carriedDrift).toEqual([
      { path: M, key: 'A', status: 'missing', firstSeen: '2026-11-20' },
    ])
    const three = await nightly('2026-11-22', ['B', 'C'])
    expect(Object.fromEntries([...three.outputs].filter(([k]) => k.includes('drift')))).toEqual({
      'drift-count': '1',
      'new-drift-count': '0',
      'resolved-drift-count': '0',
    })
    expect(three.outputs.get('slack-posted')).toBe('false')
    expect(standIns.slack.posts).toHaveLength(1)
    const committed = JSON.parse(standIns.github.files.get('docs/ops/2026-11-22-vault-coverage-snapshot.json')!)
    expect(committed.history.persistingDrift).toEqual([{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-20', ageDays: 2 }])
  })

  it('compares with the committed snapshot, posts only when the drift set changes, and carries first-seen', async () => {
    const one = await nightly('2026-11-20', ['B', 'C'])
    expect(Object.fromEntries([...one.outputs].filter(([k]) => k.includes('drift')))).toEqual({
      'drift-count': '1',
      'new-drift-count': '1',
      'resolved-drift-count': '0',
    })
    expect(standIns.slack.posts).toHaveLength(1)

    const two = await nightly('2026-11-21', ['B', 'C'])
    expect(two.outputs.get('new-drift-count')).toBe('0')
    expect(two.outputs.get('slack-posted')).toBe('false')
    expect(two.logs).toContain('info: notify-on: change: nothing to post')
    const committed = JSON.parse(standIns.github.files.get('docs/ops/2026-11-21-vault-coverage-snapshot.json')!)
    expect(committed.history.persistingDrift).toEqual([{ path: M, key: 'A', status: 'missing', firstSeen: '2026-11-20', ageDays: 1 }])

    const three = await nightly('2026-11-22', ['A', 'C'])
    expect(Object.fromEntries([...three.outputs].filter(([k]) => k.includes('drift')))).toEqual({
      'drift-count': '1',
      'new-drift-count': '1',
      'resolved-drift-count': '1',
    })
    expect(standIns.slack.posts).toHaveLength(2)
    const post = standIns.slack.posts[1]!
    expect((post.blocks[0] as { text: { text: string } }).text.text).toMatch(/^🔴 1 new drift · 1 total in .*inv-2026-11-22\.json \/$/)
    expect((post.blocks[2] as { text: { text: string } }).text.text).toBe('*New (1)*\n• `/MooseQuest` `B` — missing in staging → provision in staging')
    expect(JSON.stringify(post.blocks)).toContain('✅ 1 resolved since 2026-11-21')
  })
})

it('NOW helper stays the documented audit date', () => expect(NOW.toISOString()).toBe('2026-11-23T00:00:00.000Z'))
