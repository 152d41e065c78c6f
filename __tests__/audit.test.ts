import { describe, expect, it } from '@jest/globals'
import { audit } from '../src/audit/audit.js'
import { folderGaps } from '../src/audit/inventory.js'
import { parseExpiry } from '../src/audit/expiry.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { NOW, env, inventory, secret, unreadable, nonEmpty } from './helpers/inventory.js'
import { noDriftFrom } from './helpers/inventory.js'

const M = '/MooseQuest'
const plain = (envs: Parameters<typeof inventory>[0], prefix?: string) => audit(inventory(envs, prefix), DEFAULT_POLICY, NOW)

describe('coverage matrix', () => {
  it('makes one row per (path, key), sorted by path then key, with vN / absent cells', () => {
    const report = plain([
      env('prod', [secret(`${M}/stripe`, 'B', 4), secret(M, 'Z'), secret(`${M}/heroku`, 'A', 3)]),
      env('staging', [secret(`${M}/heroku`, 'A', 1)]),
    ])
    expect(report.rows.map((r) => `${r.path}|${r.key}`)).toEqual([`${M}|Z`, `${M}/heroku|A`, `${M}/stripe|B`])
    expect(report.rows[1]!.cells).toEqual({
      prod: { state: 'present', version: 3, updatedAt: '2026-11-01T00:00:00Z' },
      staging: { state: 'present', version: 1, updatedAt: '2026-11-01T00:00:00Z' },
    })
    expect(report.rows[0]!.cells.staging).toEqual({ state: 'absent' })
  })

  it('keeps the same key under two paths as two identities', () => {
    const report = plain([env('prod', [secret(`${M}/a`, 'TOKEN'), secret(`${M}/b`, 'TOKEN')]), env('staging', [secret(`${M}/a`, 'TOKEN')])])
    expect(report.rows).toHaveLength(2)
    expect(report.rows.map((r) => r.status)).toEqual(['ok', 'missing'])
    expect(report.rows[1]).toMatchObject({ path: `${M}/b`, missingIn: ['staging'] })
  })

  it('counts as drift a secret present in one environment and absent from another', () => {
    const report = plain([
      env('prod', [secret(M, 'A'), secret(M, 'B'), secret(M, 'C')]),
      env('staging', [secret(M, 'A'), secret(M, 'B')]),
      env('dev', [secret(M, 'A'), secret(M, 'D')]),
    ])
    const byKey = Object.fromEntries(report.rows.map((r) => [r.key, r]))
    expect(byKey.A!.status).toBe('ok')
    expect(byKey.B).toMatchObject({ status: 'missing', missingIn: ['dev'] })
    expect(byKey.C).toMatchObject({ status: 'missing', missingIn: ['staging', 'dev'] })
    expect(byKey.D).toMatchObject({ status: 'missing', missingIn: ['prod', 'staging'] })
    expect(report.counts).toMatchObject({ rows: 4, drift: 3, missing: 3, unexpected: 0 })
    expect(byKey.C!.remediation).toBe("Provision in staging, dev with each environment's own credential.")
  })

  it('finds no drift with a single environment', () => {
    const report = plain([env('prod', [secret(M, 'A'), secret(`${M}/x`, 'B')])])
    expect(report.counts.drift).toBe(0)
    expect(nonEmpty(report.rows).every((r) => r.status === 'ok')).toBe(true)
  })

  it('reports an empty environment once as a prefix gap, and every row as missing there', () => {
    const report = plain([env('prod', [secret(M, 'A'), secret(`${M}/x`, 'B')]), env('staging', [], [M])])
    expect(report.counts.drift).toBe(2)
    expect(report.folders).toEqual([{ env: 'staging', folder: M, kind: 'missing', isPrefix: true, missingRows: 2 }])
  })

  it('never turns an unreadable environment into drift, and still finds drift between the others', () => {
    const report = plain([env('prod', [secret(M, 'A'), secret(M, 'B')]), env('staging', [secret(M, 'A')]), unreadable('dev')])
    // A is in prod and staging: only dev could differ, so it is incomplete. B is missing in staging: drift, dev unknown.
    expect(report.rows.map((r) => [r.key, r.status, r.missingIn])).toEqual([
      ['A', 'incomplete', []],
      ['B', 'missing', ['staging']],
    ])
    expect(report.rows[1]!.cells.dev).toEqual({ state: 'unreadable' })
    noDriftFrom(report)
    expect(report.counts).toMatchObject({ drift: 1, incomplete: 1, unreadable: 1 })
    expect(report.environments[2]).toEqual({ slug: 'dev', status: 'unreadable', reason: 'HTTP 503' })
  })

  it('handles every environment unreadable: no rows, no drift, all counted unreadable', () => {
    const report = plain([unreadable('prod'), unreadable('staging', 'timed out')])
    expect(report.rows).toEqual([])
    expect(report.counts).toMatchObject({ rows: 0, drift: 0, unreadable: 2 })
  })
})

describe('skew', () => {
  const at = (days: number) => new Date(Date.UTC(2026, 10, 1) + days * 86_400_000).toISOString()

  it('flags a version gap of 3 or more, not 2', () => {
    const report = plain([env('prod', [secret(M, 'GAP3', 4), secret(M, 'GAP2', 3)]), env('staging', [secret(M, 'GAP3', 1), secret(M, 'GAP2', 1)])])
    expect(report.skew).toEqual([{ path: M, key: 'GAP3', version: { newest: 'prod', newestVersion: 4, oldest: 'staging', oldestVersion: 1, gap: 3 } }])
  })

  it('flags an updatedAt lag of more than 7 days, not exactly 7', () => {
    const report = plain([
      env('prod', [secret(M, 'LAG8', 1, at(8)), secret(M, 'LAG7', 1, at(7))]),
      env('staging', [secret(M, 'LAG8', 1, at(0)), secret(M, 'LAG7', 1, at(0))]),
    ])
    expect(report.skew).toEqual([{ path: M, key: 'LAG8', lag: { newest: 'prod', stalest: 'staging', days: 8 } }])
    expect(report.counts.skew).toBe(1)
  })

  it('takes thresholds from the policy and ignores secrets held by one environment', () => {
    const policy = parsePolicy('skew: { versionGap: 1, lagDays: 0 }\n', 'p.yml')
    const report = audit(inventory([env('prod', [secret(M, 'A', 2, at(1)), secret(M, 'ONLY', 9)]), env('staging', [secret(M, 'A', 1, at(0))])]), policy, NOW)
    expect(report.skew).toHaveLength(1)
    expect(report.skew[0]).toMatchObject({ key: 'A', version: { gap: 1 }, lag: { days: 1 } })
  })
})

describe('expiry companions', () => {
  const S = '__EXPIRES_AT'
  const withCompanions = (prodDate: string | undefined, stagingDate?: string) =>
    plain([
      env('prod', [secret(M, 'KEY'), ...(prodDate !== undefined ? [secret(M, `KEY${S}`, 1, undefined, prodDate)] : [])]),
      env('staging', [secret(M, 'KEY'), ...(stagingDate !== undefined ? [secret(M, `KEY${S}`, 1, undefined, stagingDate)] : [])]),
    ])

  it('folds companions into their base row instead of listing them', () => {
    const report = withCompanions('2027-06-01', '2027-06-01')
    expect(report.rows.map((r) => r.key)).toEqual(['KEY'])
    expect(report.expiry).toEqual([])
  })

  it('reports expired and expiring (within 14 days) companions with days left', () => {
    const report = withCompanions('2026-12-01T00:00:00Z', '2025-01-15T00:00:00Z')
    expect(report.expiry).toEqual([
      { path: M, key: 'KEY', env: 'prod', status: 'expiring', expiresAt: '2026-12-01T00:00:00.000Z', daysLeft: 8 },
      { path: M, key: 'KEY', env: 'staging', status: 'expired', expiresAt: '2025-01-15T00:00:00.000Z', daysLeft: -677 },
    ])
    expect(report.counts).toMatchObject({ expiring: 2, expired: 1 })
  })

  it('does not flag a date 15 days out, and reads date-only values as 00:00 UTC', () => {
    const report = withCompanions('2026-12-08', '2027-03-01')
    expect(report.expiry).toEqual([])
    expect(parseExpiry('2027-03-01')?.toISOString()).toBe('2027-03-01T00:00:00.000Z')
  })

  it('calls malformed anything not ISO 8601, without echoing the text', () => {
    for (const text of ['next spring', '2025-02-30', '01/02/2027', '2027-03-01T25:00:00Z', '']) {
      expect(parseExpiry(text)).toBeUndefined()
    }
    const report = withCompanions('sk_live_looks_like_a_value', '2027-06-01')
    expect(report.expiry).toEqual([{ path: M, key: 'KEY', env: 'prod', status: 'malformed' }])
    expect(JSON.stringify(report)).not.toContain('sk_live_looks_like_a_value')
  })

  it('reports a companion without its base key as an orphan', () => {
    const report = plain([env('prod', [secret(M, `GONE${S}`, 1, undefined, '2027-01-01'), secret(M, 'OTHER')]), env('staging', [secret(M, 'OTHER')])])
    expect(report.rows.map((r) => r.key)).toEqual(['OTHER'])
    expect(report.expiry).toEqual([{ path: M, key: 'GONE', env: 'prod', status: 'orphan' }])
  })

  it('reports a companion present in one environment but not another holding the base', () => {
    const report = withCompanions('2027-06-01', undefined)
    expect(report.expiry).toEqual([{ path: M, key: 'KEY', env: 'staging', status: 'companion-missing-here' }])
  })

  it('uses the suffix the policy names', () => {
    const policy = parsePolicy('expiry: { suffix: _EXP, warnDays: 30 }\n', 'p.yml')
    const report = audit(inventory([env('prod', [secret(M, 'K'), secret(M, 'K_EXP', 1, undefined, '2026-12-20')])]), policy, NOW)
    expect(report.rows.map((r) => r.key)).toEqual(['K'])
    expect(report.expiry[0]).toMatchObject({ status: 'expiring', daysLeft: 27 })
  })
})

describe('folder diagnosis', () => {
  const envs = (stagingMissing?: string[]) => [
    env('prod', [secret(M, 'A'), secret(`${M}/cloudflare`, 'CF1'), secret(`${M}/cloudflare`, 'CF2'), secret(`${M}/cloudflare/deep`, 'CF3')]),
    env('staging', [secret(M, 'A')], stagingMissing),
  ]

  it('names the topmost folder once, as missing when the source confirmed it', () => {
    expect(folderGaps(inventory(envs()))).toEqual(new Map([['staging', [`${M}/cloudflare`]]]))
    const report = plain(envs([`${M}/cloudflare`]))
    expect(report.folders).toEqual([{ env: 'staging', folder: `${M}/cloudflare`, kind: 'missing', isPrefix: false, missingRows: 3 }])
  })

  it('says "holds no secrets" when existence is unknown', () => {
    expect(plain(envs()).folders[0]).toMatchObject({ kind: 'empty', missingRows: 3 })
  })
})
