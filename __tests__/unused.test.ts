/**
 * Unused candidates (issue 29, part 3): a stored secret nothing references AND that its store says was not read
 * (AWS Secrets Manager's LastAccessedDate, on the SDK's documented SecretListEntry shape) or, with no access
 * signal, not changed for unused-after-days (a weak candidate). Never drift; none without contract columns.
 */
import { describe, expect, it } from '@jest/globals'
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { audit } from '../src/audit/audit.js'
import type { ContractInventory, Inventory } from '../src/audit/inventory.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { exitCodeFor } from '../src/run.js'
import { listedSecret } from '../src/sources/aws/secrets-manager.js'
import { cli, ROOT } from './helpers/cli.js'

const NOW = new Date('2026-11-23T00:00:00Z')
const code: ContractInventory = { slug: 'code', role: 'uses', label: 'src/**', keys: [{ key: 'DECLARED', at: 'src/a.ts:1' }] }
const inventory = (contracts: ContractInventory[]): Inventory => ({
  source: { kind: 'file', location: 'x' },
  pathPrefix: '/',
  environments: [
    {
      slug: 'aws',
      status: 'ok',
      tracksAccess: true,
      secrets: [
        { path: '/', key: 'OLD_READ', lastAccessedAt: '2026-06-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00Z' },
        { path: '/', key: 'NEVER_READ', updatedAt: '2026-11-01T00:00:00Z' },
        { path: '/', key: 'FRESH', lastAccessedAt: '2026-11-20T00:00:00.000Z' },
        { path: '/', key: 'DECLARED', lastAccessedAt: '2026-01-01T00:00:00.000Z' },
      ],
    },
    {
      slug: 'vault',
      status: 'ok',
      secrets: [
        { path: '/', key: 'STALE_VAULT', updatedAt: '2026-01-01T00:00:00Z' },
        { path: '/', key: 'RECENT_VAULT', updatedAt: '2026-11-01T00:00:00Z' },
        { path: '/', key: 'NO_DATE' },
      ],
    },
  ],
  ...(contracts.length ? { contracts } : {}),
})

describe('unused candidates', () => {
  it("reads AWS's LastAccessedDate from the SDK's SecretListEntry (a Date, rounded to the day by AWS)", () => {
    const entry: SecretListEntry = {
      Name: 'prod/OLD_READ',
      LastChangedDate: new Date('2026-01-01T00:00:00Z'),
      LastAccessedDate: new Date('2026-06-01T00:00:00Z'),
    }
    expect(listedSecret(entry)[0]!.meta).toMatchObject({ lastAccessedAt: '2026-06-01T00:00:00.000Z' })
    expect(listedSecret({ Name: 'prod/NEVER' })[0]!.meta.lastAccessedAt).toBeUndefined()
  })

  it('needs both signals: referenced nowhere, and not read (unused) or, without an access signal, not changed (weak)', () => {
    const report = audit(inventory([code]), DEFAULT_POLICY, NOW)
    expect(report.unusedCandidates).toEqual([
      { path: '/', key: 'NEVER_READ', strength: 'unused', envs: ['aws'], signals: ['referenced by no contract column', 'aws: never read'] },
      { path: '/', key: 'OLD_READ', strength: 'unused', envs: ['aws'], signals: ['referenced by no contract column', 'aws: last read 2026-06-01'] },
      {
        path: '/',
        key: 'STALE_VAULT',
        strength: 'weak',
        envs: ['vault'],
        signals: ['referenced by no contract column', 'vault: not changed since 2026-01-01 (no access signal)'],
      },
    ])
    expect(report.counts.unused).toBe(3)
    // Never drift, and a list to review.
    expect(report.rows.filter((r) => r.status === 'missing').every((r) => !['NEVER_READ', 'OLD_READ'].includes(r.key) || r.missingIn.length)).toBe(true)
    expect(renderMarkdown(report)).toContain('## Unused candidates (3)')
    expect(renderMarkdown(report)).toContain('A list to review, not to delete')
    expect(exitCodeFor(report, 'none', [])).toBe(0)
    expect(exitCodeFor(report, 'none', ['unused'])).toBe(3)
  })

  it('without contract columns nothing is a candidate: one signal is not enough', () => {
    const report = audit(inventory([]), DEFAULT_POLICY, NOW)
    expect(report.unusedCandidates).toBeUndefined()
    expect(report.counts.unused).toBe(0)
  })

  it('unused-after-days sets the window; a bad value is refused by name', async () => {
    const path = join('.tmp', `unused-${process.pid}.json`)
    writeFileSync(
      join(ROOT, path),
      JSON.stringify({ environments: [{ slug: 'prod', secrets: [{ path: '/', key: 'STALE', version: 1, updatedAt: '2026-10-01T00:00:00Z' }] }] }),
    )
    writeFileSync(join(ROOT, '.tmp', `unused-${process.pid}.env`), 'OTHER=\n')
    const args = [
      '--environments',
      `env=dotenv:.tmp/unused-${process.pid}.env,prod=file:${path}#prod`,
      '--now',
      '2026-11-23T00:00:00Z',
      '--previous',
      'none',
      '--format',
      'json',
    ]
    const wide = await cli([...args, '--unused-after-days', '90'])
    expect((JSON.parse(wide.stdout) as { unusedCandidates: unknown[] }).unusedCandidates).toEqual([])
    const narrow = await cli([...args, '--unused-after-days', '30'])
    expect((JSON.parse(narrow.stdout) as { unusedCandidates: { key: string; strength: string }[] }).unusedCandidates).toEqual([
      expect.objectContaining({ key: 'STALE', strength: 'weak' }),
    ])
    const bad = await cli([...args, '--unused-after-days', 'later'])
    expect(bad.stderr).toBe('Error: Invalid --unused-after-days: expected a number of days such as 30\n')
  })
})
