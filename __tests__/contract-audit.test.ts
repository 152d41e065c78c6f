/**
 * The contract's noise rules in the audit (pure: inventory + policy → report):
 * the ignore list and its defaults, optional keys, `expected: []`, a
 * workflow's secrets against a github-secrets column only, advice that fits
 * the row; then the column's own syntax (excludes, helpers) and the git
 * listing, through the CLI and on a real git work tree.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { audit } from '../src/audit/audit.js'
import type { ContractInventory, Inventory } from '../src/audit/inventory.js'
import { DEFAULT_CONTRACT_IGNORE, DEFAULT_POLICY } from '../src/core/policy.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { columnEntries } from '../src/settings.js'
import { scanGlob } from '../src/sources/contract/code.js'
import { parseCodeLocation } from '../src/sources/contract/paths.js'
import { cli } from './helpers/cli.js'

const NOW = new Date('2026-11-23T00:00:00Z')
const secret = (key: string) => ({ path: '/', key, version: 1 })
const store = (slug: string, keys: string[], extra: object = {}) => ({ slug, status: 'ok' as const, secrets: keys.map(secret), ...extra })
const uses = (keys: (string | { key: string; workflow?: true })[]): ContractInventory => ({
  slug: 'code',
  role: 'uses',
  label: 'src/**',
  keys: keys.map((k, i) => (typeof k === 'string' ? { key: k, at: `src/app.ts:${i + 1}` } : { ...k, at: `.github/workflows/deploy.yml:${i + 1}` })),
})
const declares = (keys: { key: string; optional?: true }[]): ContractInventory => ({
  slug: 'env',
  role: 'declares',
  label: '.env.example',
  keys: keys.map((k, i) => ({ ...k, at: `.env.example:${i + 1}` })),
})
const inventory = (environments: Inventory['environments'], contracts: ContractInventory[]): Inventory => ({
  source: { kind: 'file', location: 'x' },
  pathPrefix: '/',
  environments,
  contracts,
})
const rowOf = (report: ReturnType<typeof audit>, key: string) => report.rows.find((r) => r.key === key)

describe('the ignore list', () => {
  it('leaves out the runtime and the runner by default, and never a secret that shares their prefix', () => {
    const report = audit(
      inventory(
        [store('prod', ['API_KEY'])],
        [uses(['NODE_ENV', 'PATH', 'PORT', 'GITHUB_SHA', 'RUNNER_TEMP', 'GITHUB_CLIENT_SECRET', 'RUNNER_REGISTRATION_TOKEN', 'API_KEY'])],
      ),
      DEFAULT_POLICY,
      NOW,
    )
    expect(report.rows.map((r) => r.key).sort()).toEqual(['API_KEY', 'GITHUB_CLIENT_SECRET', 'RUNNER_REGISTRATION_TOKEN'])
    expect(report.contracts![0]!.ignored).toEqual(['NODE_ENV', 'PATH', 'PORT', 'GITHUB_SHA', 'RUNNER_TEMP'])
    // Said in the report, so a reader sees what was left out.
    expect(renderMarkdown(report)).toContain("- code: left out by the policy's `contract.ignore`: `NODE_ENV`, `PATH`, `PORT`, `GITHUB_SHA`, `RUNNER_TEMP`")
  })

  it('the policy adds globs (contract.ignore) and takes a default back with !NAME; a bad glob names its line', () => {
    const policy = parsePolicy('contract:\n  ignore:\n    - OTEL_*\n    - "!PORT"\n', 'policy.yml')
    expect(policy.contract.ignore).toEqual([...DEFAULT_CONTRACT_IGNORE.filter((g) => g !== 'PORT'), 'OTEL_*'])
    const report = audit(inventory([store('prod', ['UNUSED'])], [uses(['OTEL_EXPORTER_OTLP_ENDPOINT', 'PORT', 'NODE_ENV'])]), policy, NOW)
    expect(report.rows.map((r) => r.key).sort()).toEqual(['PORT', 'UNUSED'])
    expect(() => parsePolicy(`contract:\n  ignore:\n    - ok\n    - ${'X'.repeat(600)}\n`, 'policy.yml')).toThrow(
      /^policy\.yml:4: contract\.ignore\.1: the pattern is /,
    )
    expect(() => parsePolicy('contract:\n  ignore: [X]\n  other: 1\n', 'policy.yml')).toThrow(/policy\.yml:3: contract: Unrecognized key/)
  })

  it('a stored key the ignore list names is not "undeclared" either', () => {
    const report = audit(inventory([store('prod', ['NODE_ENV', 'STALE'])], [uses(['API_KEY'])]), DEFAULT_POLICY, NOW)
    expect(report.contractFindings!.filter((f) => f.kind === 'undeclared').map((f) => f.key)).toEqual(['STALE'])
  })
})

describe('expected: [] (known, expected nowhere)', () => {
  it('is allowed for a rule, and a key the code reads that no store holds is then by design, not drift', () => {
    const policy = parsePolicy('rules:\n  - match: LOCAL_ONLY_*\n    expected: []\n    reason: a developer machine setting\n', 'policy.yml')
    const report = audit(inventory([store('prod', ['A']), store('staging', ['A'])], [uses(['LOCAL_ONLY_PROFILE'])]), policy, NOW)
    expect(rowOf(report, 'LOCAL_ONLY_PROFILE')).toMatchObject({ status: 'by-design', expected: [], missingIn: [] })
    expect(report.counts.drift).toBe(0)
    // Held somewhere after all: unexpected there.
    const held = audit(inventory([store('prod', ['LOCAL_ONLY_PROFILE'])], [uses(['LOCAL_ONLY_PROFILE'])]), policy, NOW)
    expect(rowOf(held, 'LOCAL_ONLY_PROFILE')).toMatchObject({ status: 'unexpected', unexpectedIn: ['prod'] })
  })

  it('a class still names at least one environment', () => {
    expect(() => parsePolicy('classes:\n  nowhere: []\n', 'policy.yml')).toThrow(/policy\.yml:2: classes\.nowhere/)
  })
})

describe('optional keys (commented out in .env.example)', () => {
  it('no store holds it: "optional, provisioned nowhere", not drift and not undocumented', () => {
    const report = audit(
      inventory([store('prod', ['A']), store('staging', ['A'])], [declares([{ key: 'A' }, { key: 'SMTP_HOST', optional: true }]), uses(['A', 'SMTP_HOST'])]),
      DEFAULT_POLICY,
      NOW,
    )
    expect(rowOf(report, 'SMTP_HOST')).toBeUndefined()
    expect(report.contractFindings).toEqual(expect.arrayContaining([{ kind: 'optional', key: 'SMTP_HOST', at: '.env.example:2' }]))
    expect(report.contractFindings!.some((f) => f.kind === 'undocumented')).toBe(false)
    expect(report.counts.drift).toBe(0)
    expect(renderMarkdown(report)).toContain('## Optional, provisioned nowhere (1)')
  })

  it('a store holds it in one environment: an ordinary row, drift where it is missing', () => {
    const report = audit(
      inventory([store('prod', ['SMTP_HOST']), store('staging', [])], [declares([{ key: 'SMTP_HOST', optional: true }])]),
      DEFAULT_POLICY,
      NOW,
    )
    expect(rowOf(report, 'SMTP_HOST')).toMatchObject({ status: 'missing', missingIn: ['staging'] })
  })
})

describe("a workflow's secrets", () => {
  const deployToken = { key: 'DEPLOY_TOKEN', workflow: true as const }

  it('are held against the github-secrets column only, with advice to add the repository secret', () => {
    const report = audit(
      inventory([store('prod', ['A']), store('gh', ['NPM_TOKEN'], { workflowSecrets: true })], [declares([{ key: 'A' }]), uses(['A', deployToken])]),
      DEFAULT_POLICY,
      NOW,
    )
    expect(rowOf(report, 'DEPLOY_TOKEN')).toMatchObject({ status: 'missing', expected: ['gh'], missingIn: ['gh'] })
    expect(rowOf(report, 'DEPLOY_TOKEN')!.remediation).toMatch(/Add it as a GitHub Actions secret where the workflow runs \(gh\)\.$/)
    // Never compared with .env.example.
    expect(report.contractFindings!.some((f) => f.kind === 'undocumented')).toBe(false)
  })

  it('without a github-secrets column they are compared with nothing: no row, no finding', () => {
    const report = audit(inventory([store('prod', ['A'])], [declares([{ key: 'A' }]), uses(['A', deployToken])]), DEFAULT_POLICY, NOW)
    expect(rowOf(report, 'DEPLOY_TOKEN')).toBeUndefined()
    expect(report.contractFindings!.filter((f) => f.key === 'DEPLOY_TOKEN')).toEqual([])
  })
})

describe('advice that fits the row', () => {
  it('an undocumented key no store holds: document it, not "provision in prod"', () => {
    const report = audit(inventory([store('prod', ['A'])], [declares([{ key: 'A' }]), uses(['A', 'NEW_FLAG_KEY'])]), DEFAULT_POLICY, NOW)
    const remediation = rowOf(report, 'NEW_FLAG_KEY')!.remediation!
    expect(remediation).toBe(
      "NEW_FLAG_KEY is used at src/app.ts:2 and declared nowhere; missing in prod. Document it in .env.example, or add it to the policy's contract.ignore if no store should hold it.",
    )
    expect(remediation).not.toMatch(/[Pp]rovision/)
  })
})

describe('the column: excludes, helpers, and how a list of columns splits', () => {
  it('parses globs, ! excludes and ?helpers=, and refuses what it cannot use', () => {
    expect(parseCodeLocation('src/**,!**/*.test.*?helpers=config_value,settings.get')).toEqual({
      include: ['src/**'],
      exclude: ['**/*.test.*'],
      helpers: ['config_value', 'settings.get'],
    })
    expect(parseCodeLocation('src/?.ts')).toEqual({ include: ['src/?.ts'], exclude: [], helpers: [] })
    expect(parseCodeLocation('!**/*.test.*')).toEqual({ expected: 'a glob such as src/** before the ! patterns' })
    expect(parseCodeLocation('src/**,!../x')).toMatchObject({ expected: expect.stringContaining('inside the checkout') })
    expect(parseCodeLocation('src/**?helpers=a b')).toMatchObject({ expected: expect.stringContaining('function names') })
  })

  it('a comma before ! or inside a ?helpers= list does not start a new column', () => {
    expect(columnEntries('code=code:src/**,!**/*.test.*,prod')).toEqual(['code=code:src/**,!**/*.test.*', 'prod'])
    expect(columnEntries('code=code:src/**?helpers=a,b,prod=infisical:prod')).toEqual(['code=code:src/**?helpers=a,b', 'prod=infisical:prod'])
    expect(columnEntries('code=code:src/{a,b}/**\nstaging')).toEqual(['code=code:src/{a,b}/**', 'staging'])
  })

  it('through the CLI: the excludes leave their files out, the named helper counts', async () => {
    const corpus = '__tests__/fixtures/contract-corpus'
    const inv = `prod=file:__tests__/fixtures/contract-repo/inventory.json#prod`
    const run = async (column: string) => {
      const r = await cli(['--environments', `${column},${inv}`, '--format', 'json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none'])
      return JSON.parse(r.stdout) as ReturnType<typeof audit>
    }
    const all = await run(`code=code:${corpus}/**?helpers=settingValue`)
    const without = await run(`code=code:${corpus}/**,!**/docker-compose*.yml,!**/*.rb`)
    expect(all.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['POSTGRES_PASSWORD', 'UI_THEME', 'MAILER_HOST']))
    const keys = without.rows.map((r) => r.key)
    for (const gone of ['POSTGRES_PASSWORD', 'UI_THEME', 'MAILER_HOST']) expect(keys).not.toContain(gone)
    expect(keys).toContain('SESSION_SECRET')
  })
})

describe('the scan shares the event loop', () => {
  it('yields while it reads thousands of files synchronously: a timer set beside it keeps firing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-yield-'))
    mkdirSync(join(dir, 'src'))
    for (let i = 0; i < 3000; i++)
      writeFileSync(join(dir, 'src', `f${i}.ts`), `const a = process.env.KEY_${i % 50}\n${'const x = `a ${b}` // filler\n'.repeat(1500)}`)
    // A work tree (its files untracked): git lists them in milliseconds, so the reading is most of the scan.
    execFileSync('git', ['init', '-q'], { cwd: dir })
    const started = performance.now()
    let last = started
    let longestGap = 0
    const timer = setInterval(() => {
      const now = performance.now()
      longestGap = Math.max(longestGap, now - last)
      last = now
    }, 1)
    const scan = await scanGlob('src/**', { maxFileBytes: 1024 * 1024 }, dir)
    const took = performance.now() - started
    clearInterval(timer)
    longestGap = Math.max(longestGap, performance.now() - last)
    expect(scan.files).toBe(3000)
    expect(scan.listing).toBe('git')
    // Without yielding, the reading (most of the scan) would be one gap between ticks.
    expect(longestGap).toBeLessThan(took / 2)
  })
})

describe('listing a git work tree', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir })

  it('lists tracked and untracked files with git, honours .gitignore, skips node_modules, and a tracked file deleted since is not "unread"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-git-'))
    mkdirSync(join(dir, 'src/generated'), { recursive: true })
    mkdirSync(join(dir, 'src/node_modules/pkg'), { recursive: true })
    writeFileSync(join(dir, '.gitignore'), 'src/generated/\n')
    writeFileSync(join(dir, 'src/tracked.ts'), 'process.env.TRACKED_KEY\n')
    writeFileSync(join(dir, 'src/gone.ts'), 'process.env.GONE_KEY\n')
    writeFileSync(join(dir, 'src/node_modules/pkg/index.js'), 'process.env.IN_NODE_MODULES\n')
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'init')
    rmSync(join(dir, 'src/gone.ts'))
    writeFileSync(join(dir, 'src/untracked.ts'), 'process.env.UNTRACKED_KEY\n')
    writeFileSync(join(dir, 'src/generated/out.ts'), 'process.env.IGNORED_KEY\n')
    const scan = await scanGlob('src/**', { maxFileBytes: 1024 * 1024 }, dir)
    expect(scan.listing).toBe('git')
    expect(scan.keys.map((k) => k.key)).toEqual(['TRACKED_KEY', 'UNTRACKED_KEY'])
    expect(scan.unread).toEqual([])
    // The same tree without git: globby walks it, with the same answer.
    rmSync(join(dir, '.git'), { recursive: true })
    const walked = await scanGlob('src/**', { maxFileBytes: 1024 * 1024 }, dir)
    expect(walked.listing).toBe('walk')
    expect(walked.keys.map((k) => k.key)).toEqual(['TRACKED_KEY', 'UNTRACKED_KEY'])
  })

  it('committed links: one to a file inside is read; to a file or a folder outside, never opened (unread, outside)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'vca-outside-'))
    writeFileSync(join(outside, 'secret.ts'), 'process.env.OUTSIDE_KEY\n')
    const dir = mkdtempSync(join(tmpdir(), 'vca-git-links-'))
    mkdirSync(join(dir, 'src/real'), { recursive: true })
    writeFileSync(join(dir, 'src/real/app.ts'), 'process.env.INSIDE_KEY\n')
    symlinkSync('real/app.ts', join(dir, 'src/alias.ts'))
    symlinkSync(join(outside, 'secret.ts'), join(dir, 'src/out.ts'))
    symlinkSync(outside, join(dir, 'src/outdir'))
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'links')
    const scan = await scanGlob('src/**', { maxFileBytes: 1024 * 1024 }, dir)
    expect(scan.listing).toBe('git')
    expect(scan.keys.map((k) => k.key)).toEqual(['INSIDE_KEY'])
    expect(scan.unread).toEqual([{ file: 'src/out.ts', reason: 'is outside the workspace (after following symbolic links)' }])
  })
})
