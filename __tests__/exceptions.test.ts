/**
 * Exceptions that excuse nothing (issue 28, part 3): a placing rule, a class of the policy file and a
 * contract.ignore glob that excused no asymmetry are listed with their file and line once they have excused
 * nothing for staleAfterDays, the last day read from history; fail-on: stale-exceptions gates on them.
 */
import { describe, expect, it } from '@jest/globals'
import { audit } from '../src/audit/audit.js'
import type { Inventory } from '../src/audit/inventory.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { exitCodeFor } from '../src/run.js'
import { parseFailOn } from '../src/settings.js'
import { cli } from './helpers/cli.js'

const inventory: Inventory = {
  source: { kind: 'file', location: 'x' },
  pathPrefix: '/',
  environments: [
    { slug: 'prod', status: 'ok', secrets: ['KEY_A', 'KEY_C', 'KEY_D'].map((key) => ({ path: '/', key, version: 1 })) },
    { slug: 'staging', status: 'ok', secrets: ['KEY_C', 'KEY_D'].map((key) => ({ path: '/', key, version: 1 })) },
  ],
  contracts: [
    {
      slug: 'code',
      role: 'uses',
      label: 'src/**',
      keys: [
        { key: 'LOCAL_PROFILE', at: 'src/a.ts:1' },
        { key: 'KEY_D', at: 'src/a.ts:2' },
      ],
    },
  ],
}
const POLICY = `classes:
  edge: [prod]
rules:
  - match: KEY_A
    expected: [prod]
  - match: KEY_GONE
    expected: [prod]
  - match: KEY_C
    class: edge
  - match: KEY_D
    class: env-specific
    maxAgeDays: 90
contract:
  ignore: [OTEL_*, LOCAL_*]
`
const policy = parsePolicy(POLICY, 'policy.yml')
const run = (now: string, previous?: Record<string, string>) =>
  audit(
    inventory,
    policy,
    new Date(`${now}T00:00:00Z`),
    previous
      ? { previous: { location: 'p.json', generatedAt: '2026-11-01T00:00:00Z', rows: [], skew: [], expiry: [], carriedDrift: [], exceptionsExcused: previous } }
      : {},
  )

describe('exceptions that excused nothing', () => {
  it('lists each rule, class and ignore glob that excused no asymmetry, with its file and line; not the ones that did, not a rule that places everywhere', () => {
    const report = run('2026-11-23')
    expect(report.staleExceptions).toEqual([
      { kind: 'rule', what: 'rule KEY_GONE', file: 'policy.yml', line: 6 },
      { kind: 'rule', what: 'rule KEY_C', file: 'policy.yml', line: 8 },
      { kind: 'class', what: 'class edge', file: 'policy.yml', line: 2 },
      { kind: 'ignore', what: 'contract.ignore OTEL_*', file: 'policy.yml', line: 14 },
    ])
    expect(report.counts.staleExceptions).toBe(4)
    // What excused something tonight is recorded for the next night's history.
    expect(report.exceptionsExcused).toEqual({ 'rule:4': '2026-11-23', 'ignore:LOCAL_*': '2026-11-23' })
    expect(renderMarkdown(report)).toContain('## Exceptions that excused nothing (4)')
    expect(renderMarkdown(report)).toContain('- `policy.yml:6` rule KEY\\_GONE: never excused anything in the history read')
  })

  it('with history: not stale until it has excused nothing for staleAfterDays (30), and then says when it last did', () => {
    const recent = run('2026-11-23', { 'rule:6': '2026-11-10', 'class:edge': '2026-10-01' })
    expect(recent.staleExceptions!.map((e) => e.what)).toEqual(['rule KEY_C', 'class edge', 'contract.ignore OTEL_*'])
    expect(recent.staleExceptions!.find((e) => e.what === 'class edge')).toMatchObject({ lastExcused: '2026-10-01' })
    // The last day carries forward while it excuses nothing.
    expect(recent.exceptionsExcused).toMatchObject({ 'rule:6': '2026-11-10', 'class:edge': '2026-10-01' })
    const later = run('2026-12-10', { 'rule:6': '2026-11-10' })
    expect(later.staleExceptions!.find((e) => e.what === 'rule KEY_GONE')).toMatchObject({ lastExcused: '2026-11-10' })
  })

  it('stale-after-days (the input or flag) overrides the policy; a bad value is refused by name', async () => {
    const args = [
      '--source',
      'file:examples/demo-inventory.json',
      '--policy',
      'examples/demo-policy.yml',
      '--now',
      '2026-11-23T00:00:00Z',
      '--previous',
      'none',
      '--format',
      'json',
    ]
    const r = await cli([...args, '--stale-after-days', '0', '--fail-on', 'none,stale-exceptions'])
    expect(r.code).toBe(3)
    expect((JSON.parse(r.stdout) as { staleExceptions: { what: string }[] }).staleExceptions.map((e) => e.what)).toEqual([
      'rule CF_ACCESS_SVC_*',
      'rule LEGACY_TOKEN',
    ])
    const bad = await cli([...args, '--stale-after-days', 'soon'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toBe('Error: Invalid --stale-after-days: expected a number of days such as 30\n')
  })

  it('fail-on: stale-exceptions makes it a gate', () => {
    const report = run('2026-11-23')
    const gate = parseFailOn('none,stale-exceptions', 'fail-on')
    expect(gate).toEqual({ failOn: 'none', failOnHygiene: ['stale-exceptions'] })
    expect(exitCodeFor(report, gate.failOn, gate.failOnHygiene)).toBe(3)
    expect(
      exitCodeFor(run('2026-11-23', { 'rule:6': '2026-11-20', 'rule:8': '2026-11-20', 'class:edge': '2026-11-20', 'ignore:OTEL_*': '2026-11-20' }), 'none', [
        'stale-exceptions',
      ]),
    ).toBe(0)
  })
})
