/**
 * A store added through the registry alone — no edit outside this file — and
 * the inventory shapes other stores bring: opaque version ids, native expiry
 * and rotation dates, disabled and deleted secrets.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { actionSettings } from '../src/action/inputs.js'
import { audit } from '../src/audit/audit.js'
import type { SecretMeta } from '../src/audit/inventory.js'
import { runCli } from '../src/cli/run-cli.js'
import { valueOf, type OptionReader } from '../src/options.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { renderCsv } from '../src/render/csv.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { STORES } from '../src/sources/index.js'
import { defineStore, StoreFailure } from '../src/sources/store.js'
import { ROOT, testPorts } from './helpers/cli.js'
import { NOW, env, inventory } from './helpers/inventory.js'

const M = '/app'
const TOKEN = 'memory-token-0123456789abcdef'

/** What a cloud store lists: no counters, native dates, switched-off and deleted secrets. */
const listed: Record<string, SecretMeta[]> = {
  prod: [
    { path: M, key: 'DB_URL', version: 'e0a1f2', updatedAt: '2026-11-01T00:00:00Z' },
    { path: M, key: 'API_KEY', version: 'b7c8d9', updatedAt: '2026-06-01T00:00:00Z', expiresAt: '2026-11-30T00:00:00Z', rotationDue: '2026-11-01T00:00:00Z' },
    { path: M, key: 'OLD_KEY', unusable: { state: 'absent', reason: 'scheduled for deletion' } },
  ],
  staging: [
    { path: M, key: 'DB_URL', version: '77aa01', updatedAt: '2026-11-02T00:00:00Z' },
    { path: M, key: 'API_KEY', unusable: { state: 'disabled', reason: 'disabled' } },
  ],
}

/**
 * A store kind the code base has never heard of: `memory:NAME`, one secret option. All it writes is what
 * the contract asks (rows, settings, a typed location, credentials, a client that lists one location); a
 * location it cannot read fails typed, and the shared routine decides what that does.
 */
const memory = defineStore<{ name: string; token: string }, { env: string }>({
  kind: 'memory',
  usage: 'memory:NAME',
  source: { usage: 'memory:NAME', location: 'required', bare: (_name, env) => env },
  location: (text) => (/^[a-z]+$/.test(text) ? { location: { env: text } } : { expected: 'an environment name in lower case' }),
  format: (location) => location.env,
  options: { token: { input: 'memory-token', env: ['MEMORY_TOKEN'], secret: true, default: '', help: 'Token of the in-memory store (masked).' } },
  settings: (reader: OptionReader, location) => ({ name: location!, token: valueOf(reader, { input: 'memory-token', env: ['MEMORY_TOKEN'], help: '' }) ?? '' }),
  credentials: (s) => [s.token],
  open: async (settings) => ({
    locations: async () => Object.keys(listed).map((env) => ({ env })),
    describe: () => ({ kind: 'memory', location: settings.name }),
    list: async ({ env }) => {
      const secrets = listed[env]
      if (!secrets) throw new StoreFailure('denied', `the memory store will not show ${env}`)
      return { secrets }
    },
  }),
})
const stores = STORES.with(memory)

async function cli(argv: string[], env: Record<string, string>) {
  const out = { stdout: '', stderr: '', logs: [] as string[] }
  const code = await runCli(
    argv,
    {
      env,
      stores,
      readText: async (p) => readFileSync(`${ROOT}/${p}`, 'utf8'),
      exists: () => false,
      readdir: async () => [],
      writeText: async () => {},
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      version: 'test',
    },
    testPorts(out.logs),
  )
  return { code, ...out }
}

describe('a store added through the registry alone', () => {
  it('is audited and reported like any other', async () => {
    const r = await cli(['--source', 'memory:cloud', '--path-prefix', M, '--now', '2026-11-23T00:00:00Z', '--previous', 'none'], { MEMORY_TOKEN: TOKEN })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('- Source: memory (`cloud`)')
    // Opaque versions show as present, a disabled copy as off and as drift with its reason.
    expect(r.stdout).toContain('| `/app` | `API_KEY` | ✓ | off | missing in staging (disabled) |')
    expect(r.stdout).toContain('| `/app` | `DB_URL` | ✓ | ✓ |  |')
    expect(r.stdout).toContain('`✓` present')
    // Deleted everywhere it is listed: gone, not a row.
    expect(r.stdout).not.toContain('OLD_KEY')
  })

  it('fails typed, and the shared routine decides: a denied column is unreadable (exit 2), the others stand', async () => {
    const r = await cli(
      ['--source', 'memory:cloud', '--environments', 'prod,staging,locked', '--path-prefix', M, '--now', '2026-11-23T00:00:00Z', '--previous', 'none'],
      { MEMORY_TOKEN: TOKEN },
    )
    expect(r.code).toBe(2)
    expect(r.logs).toContain('warning: Environment locked could not be read: the memory store will not show locked')
    expect(r.stdout).toContain('| `/app` | `DB_URL` | ✓ | ✓ | ? |')
    // A location of the wrong form is refused with the store's own words before anything is read.
    const bad = await cli(['--source', 'memory:cloud', '--environments', 'prod=memory:PROD'], { MEMORY_TOKEN: TOKEN })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('expected memory:NAME: an environment name in lower case')
  })

  it('has its options in --help and its credentials masked by the action', async () => {
    expect((await cli(['--help'], {})).stdout).toContain('MEMORY_TOKEN')
    const masked: string[] = []
    const inputs: Record<string, string> = { source: 'memory:cloud', 'memory-token': TOKEN }
    const { settings } = await actionSettings({
      input: (n) => inputs[n] ?? '',
      setSecret: (v) => void masked.push(v),
      readText: async () => '',
      exists: () => false,
      stores,
    })
    expect(settings.stores.map((s) => s.kind)).toEqual(['memory'])
    expect(masked).toContain(TOKEN)
  })

  it('is refused by name when unknown, listing the known kinds', async () => {
    const r = await cli(['--source', 'nosuch:x'], {})
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Invalid --source: expected "infisical", "file:PATH" or "memory:NAME", got "nosuch:x"\n')
  })
})

describe('inventories from stores without counters', () => {
  const report = () =>
    audit(
      inventory(
        Object.entries(listed).map(([slug, secrets]) => env(slug, secrets)),
        M,
      ),
      DEFAULT_POLICY,
      NOW,
    )

  it('computes no version gap from opaque ids, but still the updatedAt lag', () => {
    const opaque = audit(
      inventory(
        [
          env('prod', [{ path: M, key: 'K', version: 'zzz', updatedAt: '2026-11-20T00:00:00Z' }]),
          env('staging', [{ path: M, key: 'K', version: 1, updatedAt: '2026-10-01T00:00:00Z' }]),
        ],
        M,
      ),
      DEFAULT_POLICY,
      NOW,
    )
    expect(opaque.skew).toEqual([{ path: M, key: 'K', lag: { newest: 'prod', stalest: 'staging', days: 50 } }])
  })

  it('treats a disabled secret as not present: drift, with the cell saying why', () => {
    const row = report().rows.find((r) => r.key === 'API_KEY')!
    expect(row).toMatchObject({
      status: 'missing',
      missingIn: ['staging'],
      cells: { prod: { state: 'present', version: 'b7c8d9' }, staging: { state: 'disabled', reason: 'disabled' } },
    })
  })

  it('feeds a native expiry date to the same findings as a companion', () => {
    expect(report().expiry).toEqual([{ path: M, key: 'API_KEY', env: 'prod', status: 'expiring', expiresAt: '2026-11-30T00:00:00.000Z', daysLeft: 7 }])
  })

  it('reports rotation overdue from a past native rotation date, without a policy rule', () => {
    expect(report().rotation).toEqual([{ path: M, key: 'API_KEY', env: 'prod', updatedAt: '2026-06-01T00:00:00Z', dueAt: '2026-11-01T00:00:00.000Z' }])
    expect(renderMarkdown(report())).toContain('| `/app` | `API_KEY` | prod | 2026-06-01 |  |  | 2026-11-01 |')
  })

  it('keeps the deleted reason in a cell where another environment holds the secret', () => {
    const r = audit(
      inventory(
        [
          env('prod', [{ path: M, key: 'K', version: 2 }]),
          env('staging', [{ path: M, key: 'K', unusable: { state: 'absent', reason: 'scheduled for deletion' } }]),
        ],
        M,
      ),
      DEFAULT_POLICY,
      NOW,
    )
    expect(r.rows[0]).toMatchObject({ status: 'missing', cells: { staging: { state: 'absent', reason: 'scheduled for deletion' } } })
    expect(renderMarkdown(r)).toContain('missing in staging (scheduled for deletion)')
    expect(renderCsv(r)).toContain('v2,absent (scheduled for deletion)')
  })
})
