import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { audit } from '../src/audit/audit.js'
import type { Row } from '../src/audit/report.js'
import { DEFAULT_POLICY, PolicyError } from '../src/core/policy.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderCsv } from '../src/render/csv.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { renderSlack } from '../src/render/slack.js'
import { renderSummary } from '../src/render/summary.js'
import { ROOT, cli } from './helpers/cli.js'
import { NOW, env, inventory, secret } from './helpers/inventory.js'

const M = '/MooseQuest'
/** The runbook's decision tree, as a team would write it. */
const RUNBOOK = parsePolicy(
  `environments: [prod, staging, dev]
pathPrefix: /MooseQuest
rules:
  - { match: [CF_PAGES_DEPLOY, ANTHROPIC_API_KEY, AWS_ACCESS_KEY_ID, GITHUB_API_READONLY_TOKEN], class: account-wide }
  - { match: STRIPE_RESTRICTED_KEY, class: dev-only }
  - { match: CF_ACCESS_SVC_CONSOLE, class: env-specific }
  - { match: "CF_ACCESS_SVC_*", expected: [prod, staging], reason: one Cloudflare Access app per environment }
  - { match: "/MooseQuest/heroku/*", class: env-specific, requireExpiry: true, maxAgeDays: 90 }
default: env-specific
`,
  'runbook.yml',
)

const ENVS = ['prod', 'staging', 'dev'] as const
/** Every non-empty subset of the environments, as "prod+dev" style labels. */
const COMBINATIONS = [1, 2, 3, 4, 5, 6, 7].map((mask) => ENVS.filter((_, i) => mask & (1 << i)))
const label = (envs: readonly string[]) => envs.join('+')

function classify(path: string, key: string, presentIn: readonly string[]): Row {
  const report = audit(inventory(ENVS.map((slug) => env(slug, [secret(M, 'ANCHOR'), ...(presentIn.includes(slug) ? [secret(path, key)] : [])]))), RUNBOOK, NOW)
  return report.rows.find((r) => r.key === key)!
}

/**
 * For each kind of secret, the runbook's verdict for every combination of presence:
 * [status, missingIn, unexpectedIn].
 */
type Verdict = [Row['status'], string, string]
const ACCOUNT_WIDE: Record<string, Verdict> = {
  prod: ['by-design', '', ''],
  staging: ['unexpected', 'prod', 'staging'],
  'prod+staging': ['unexpected', '', 'staging'],
  dev: ['unexpected', 'prod', 'dev'],
  'prod+dev': ['unexpected', '', 'dev'],
  'staging+dev': ['unexpected', 'prod', 'staging+dev'],
  'prod+staging+dev': ['unexpected', '', 'staging+dev'],
}
const ENV_SPECIFIC: Record<string, Verdict> = {
  prod: ['missing', 'staging+dev', ''],
  staging: ['missing', 'prod+dev', ''],
  'prod+staging': ['missing', 'dev', ''],
  dev: ['missing', 'prod+staging', ''],
  'prod+dev': ['missing', 'staging', ''],
  'staging+dev': ['missing', 'prod', ''],
  'prod+staging+dev': ['ok', '', ''],
}
const DEV_ONLY: Record<string, Verdict> = {
  prod: ['unexpected', 'dev', 'prod'],
  staging: ['unexpected', 'dev', 'staging'],
  'prod+staging': ['unexpected', 'dev', 'prod+staging'],
  dev: ['by-design', '', ''],
  'prod+dev': ['unexpected', '', 'prod'],
  'staging+dev': ['unexpected', '', 'staging'],
  'prod+staging+dev': ['unexpected', '', 'prod+staging'],
}
const PER_ENVIRONMENT_TOKEN: Record<string, Verdict> = {
  prod: ['missing', 'staging', ''],
  staging: ['missing', 'prod', ''],
  'prod+staging': ['by-design', '', ''],
  dev: ['unexpected', 'prod+staging', 'dev'],
  'prod+dev': ['unexpected', 'staging', 'dev'],
  'staging+dev': ['unexpected', 'prod', 'dev'],
  'prod+staging+dev': ['unexpected', '', 'dev'],
}

const CASES: [string, string, Record<string, Verdict>][] = [
  ...['CF_PAGES_DEPLOY', 'ANTHROPIC_API_KEY', 'AWS_ACCESS_KEY_ID', 'GITHUB_API_READONLY_TOKEN'].map((k): [string, string, Record<string, Verdict>] => [
    M,
    k,
    ACCOUNT_WIDE,
  ]),
  [`${M}/heroku`, 'HEROKU_API_KEY', ENV_SPECIFIC],
  [`${M}/alpaca`, 'ALPACA_PAPER_API_KEY_ID', ENV_SPECIFIC],
  [M, 'POSTMARK_SERVER_TOKEN', ENV_SPECIFIC],
  [`${M}/cloudflare`, 'CF_ACCESS_SVC_CONSOLE', ENV_SPECIFIC],
  [`${M}/stripe`, 'STRIPE_RESTRICTED_KEY', DEV_ONLY],
  [`${M}/cloudflare`, 'CF_ACCESS_SVC_API', PER_ENVIRONMENT_TOKEN],
]

describe("the runbook's decision tree, in every combination of presence", () => {
  for (const [path, key, verdicts] of CASES) {
    it.each(COMBINATIONS.map((c) => [label(c), c]))(`${key} present in %s`, (_, presentIn) => {
      const [status, missing, unexpected] = verdicts[label(presentIn as string[])]!
      const row = classify(path, key, presentIn as string[])
      expect([row.status, label(row.missingIn), label(row.unexpectedIn)]).toEqual([status, missing, unexpected])
      expect(row.remediation === undefined).toBe(status !== 'missing' && status !== 'unexpected')
    })
  }
})

describe('remediation, in the runbook words', () => {
  it.each([
    [M, 'ANTHROPIC_API_KEY', ['prod', 'staging'], 'Account-wide token: prod only is correct; remove the copies from staging.'],
    [
      M,
      'AWS_ACCESS_KEY_ID',
      ['staging'],
      'Account-wide token: prod only is correct; remove the copies from staging. Account-wide token absent from prod: provision it there.',
    ],
    [M, 'POSTMARK_SERVER_TOKEN', ['prod', 'dev'], "Provision in staging with that environment's own credential."],
    [`${M}/stripe`, 'STRIPE_RESTRICTED_KEY', ['prod'], 'Provision the test-mode key in dev. Test-mode key: remove it from prod.'],
    [
      `${M}/cloudflare`,
      'CF_ACCESS_SVC_API',
      ['prod'],
      "Per-environment credential: prod, staging must all be populated; provision in staging with that environment's own value.",
    ],
    [
      `${M}/heroku`,
      'HEROKU_API_KEY',
      ['prod', 'dev'],
      "Provision in staging with that environment's own credential. Add its HEROKU_API_KEY__EXPIRES_AT companion there too (the policy requires an expiry date).",
    ],
  ])('%s/%s present in %j', (path, key, presentIn, text) => {
    expect(classify(path, key, presentIn).remediation).toBe(text)
  })

  it('carries the rule reason and drift count only missing + unexpected', () => {
    const report = audit(
      inventory([
        env('prod', [secret(M, 'CF_PAGES_DEPLOY'), secret(`${M}/cloudflare`, 'CF_ACCESS_SVC_API'), secret(M, 'ANTHROPIC_API_KEY')]),
        env('staging', [secret(`${M}/cloudflare`, 'CF_ACCESS_SVC_API'), secret(M, 'ANTHROPIC_API_KEY')]),
        env('dev', []),
      ]),
      RUNBOOK,
      NOW,
    )
    expect(report.rows.find((r) => r.key === 'CF_ACCESS_SVC_API')).toMatchObject({
      status: 'by-design',
      reason: 'one Cloudflare Access app per environment',
      class: 'custom',
    })
    expect(report.counts).toMatchObject({ drift: 1, unexpected: 1, missing: 0, byDesign: 2 })
  })
})

describe('exceptions with an until date', () => {
  const policy = (until: string) => parsePolicy(`rules:\n  - { match: LEGACY_TOKEN, expected: [prod], until: ${until}, owner: platform }\n`, 'p.yml')
  const legacy = (until: string) => audit(inventory([env('prod', [secret(M, 'LEGACY_TOKEN')]), env('staging', [])]), policy(until), NOW)

  it('applies until its date, inclusive', () => {
    expect(legacy('2026-11-23').rows[0]!.status).toBe('by-design')
  })

  it('stops applying after it, and says so', () => {
    const report = legacy('2026-11-22')
    expect(report.rows[0]).toMatchObject({ status: 'missing', note: 'exception expired on 2026-11-22' })
    expect(report.policyFindings).toContainEqual({ kind: 'expired-exception', detail: 'exception for LEGACY_TOKEN expired on 2026-11-22 (owner: platform)' })
  })
})

describe('expiry and rotation under a policy', () => {
  it('reports missing companions where required, and rotation overdue past maxAgeDays', () => {
    const report = audit(
      inventory([
        env('prod', [
          secret(`${M}/heroku`, 'HEROKU_API_KEY', 3, '2026-11-01T00:00:00Z'),
          secret(`${M}/heroku`, 'HEROKU_API_KEY__EXPIRES_AT', 1, undefined, '2027-01-01'),
        ]),
        env('staging', [secret(`${M}/heroku`, 'HEROKU_API_KEY', 1, '2026-07-01T00:00:00Z')]),
        env('dev', [secret(`${M}/heroku`, 'HEROKU_API_KEY', 1, '2026-08-25T00:00:00Z')]),
      ]),
      RUNBOOK,
      NOW,
    )
    expect(report.expiry).toEqual([
      { path: `${M}/heroku`, key: 'HEROKU_API_KEY', env: 'staging', status: 'missing-companion' },
      { path: `${M}/heroku`, key: 'HEROKU_API_KEY', env: 'dev', status: 'missing-companion' },
    ])
    expect(report.rotation).toEqual([
      { path: `${M}/heroku`, key: 'HEROKU_API_KEY', env: 'staging', updatedAt: '2026-07-01T00:00:00Z', ageDays: 145, maxAgeDays: 90 },
    ])
    expect(report.counts.rotationOverdue).toBe(1)
  })
})

describe('policy hygiene', () => {
  it('reports rules that match nothing and account-wide keys absent from prod', () => {
    const report = audit(
      inventory([env('prod', [secret(M, 'X')]), env('staging', [secret(M, 'X'), secret(M, 'GITHUB_API_READONLY_TOKEN')]), env('dev', [secret(M, 'X')])]),
      RUNBOOK,
      NOW,
    )
    const kinds = report.policyFindings.map((f) => `${f.kind}: ${f.detail}`)
    expect(kinds).toContain('unused-rule: rule STRIPE_RESTRICTED_KEY matches no secret')
    expect(kinds).toContain('account-wide-absent-from-prod: /MooseQuest/GITHUB_API_READONLY_TOKEN is declared account-wide but is absent from prod')
  })
})

describe('every finding reaches every medium', () => {
  const report = audit(
    inventory([
      env('prod', [
        secret(`${M}/heroku`, 'HEROKU_API_KEY', 9, '2026-01-01T00:00:00Z'),
        secret(`${M}/heroku`, 'HEROKU_API_KEY__EXPIRES_AT', 1, undefined, '2026-11-30'),
        secret(M, 'ANTHROPIC_API_KEY'),
      ]),
      env('staging', [secret(`${M}/heroku`, 'HEROKU_API_KEY', 1, '2026-01-01T00:00:00Z'), secret(M, 'ANTHROPIC_API_KEY')]),
      env('dev', [secret(`${M}/heroku`, 'HEROKU_API_KEY', 1, '2026-01-01T00:00:00Z')]),
    ]),
    RUNBOOK,
    NOW,
  )
  const links = { runUrl: 'https://github.com/o/r/actions/runs/1' }

  it('markdown has a section for each kind', () => {
    const text = renderMarkdown(report)
    for (const heading of ['## Drift (1)', '## Skew (1)', '## Expiry (', '## Rotation overdue (3)', '## Policy (']) expect(text).toContain(heading)
    expect(text).toContain('expires on 2026-11-30 (in 7 days)')
    expect(text).toContain('no expiry companion: add HEROKU\\_API\\_KEY\\_\\_EXPIRES\\_AT with its expiry date')
  })

  it('CSV has the status, skew, expiry and rotation columns filled', () => {
    const line = renderCsv(report)
      .split('\r\n')
      .find((l) => l.includes('HEROKU_API_KEY'))!
    expect(line).toContain(',ok,v9,v1,v1,')
    expect(line).toContain('version gap 8 (prod v9, staging v1)')
    expect(line).toContain('prod: expiring 2026-11-30; staging: missing-companion; dev: missing-companion')
    expect(line).toContain('prod: 326 days (max 90); staging: 326 days (max 90); dev: 326 days (max 90)')
    expect(renderCsv(report)).toMatch(/ANTHROPIC_API_KEY,unexpected,/)
  })

  it('the job summary and Slack carry the drift, expiry, rotation and policy findings', () => {
    const summary = renderSummary(report, { maxBytes: 1_000_000, snapshotPath: 'x.md', ...links })
    expect(summary).toContain('`ANTHROPIC_API_KEY`')
    expect(summary).toContain('expires on 2026-11-30 (in 7 days)')
    expect(summary).toContain('### Skew (1)')
    expect(summary).toContain('### Rotation (3)')
    expect(summary).toContain('### Policy (')
    expect(summary).toContain('- unused-rule')
    const slack = JSON.stringify(renderSlack(report, links))
    expect(slack).toContain('`ANTHROPIC_API_KEY` — unexpected in staging')
    expect(slack).toContain('`HEROKU_API_KEY` in prod expires in 7 days (2026-11-30)')
    expect(slack).toContain('3 rotation overdue')
  })
})

describe('policy file errors name the file, the line and what was expected', () => {
  it.each([
    ['environments: [prod]\nrules:\n  - { match: A, clas: account-wide }\n', 'p.yml:3: rules.0: Unrecognized key: "clas"'],
    ['skew:\n  versionGap: three\n', 'p.yml:2: skew.versionGap: Invalid input: expected number, received string'],
    ['rules:\n  - { match: A, class: prod-only }\n', 'p.yml: unknown class "prod-only"; expected one of: account-wide, env-specific, dev-only'],
    ['rules:\n  - { match: A, class: dev-only, expected: [dev] }\n', 'p.yml:2: rules.0: give either class or expected, not both'],
    ['rules:\n  - { match: A, until: next week }\n', 'p.yml:2: rules.0.until: expected a date like 2027-01-31'],
    ['rules: [\n', 'p.yml:2: not valid YAML'],
    ['colour: blue\n', 'p.yml:1: (top level): Unrecognized key: "colour"'],
    // Class names that live on Object.prototype are refused, whether declared or only used.
    ['classes:\n  constructor: [prod]\n', 'p.yml: class name "constructor" is reserved'],
    ['classes:\n  toString: [prod]\n', 'p.yml: class name "toString" is reserved'],
    ['rules:\n  - { match: A, class: constructor }\n', 'p.yml: unknown class "constructor"'],
    ['rules:\n  - { match: A, class: __proto__ }\n', 'p.yml: unknown class "__proto__"'],
    ['classes:\n  __proto__: [prod]\nrules:\n  - { match: A, class: __proto__ }\n', 'p.yml: unknown class "__proto__"'],
    ['default: hasOwnProperty\n', 'p.yml: unknown class "hasOwnProperty"'],
    // Globs whose cost could explode are refused at load, naming the rule's line.
    [
      'rules:\n  - { match: A }\n  - { match: "{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}", class: dev-only }\n',
      'p.yml:3: rules.1.match: the pattern is more than 64 alternatives',
    ],
    [`rules:\n  - { match: "${'x'.repeat(600)}" }\n`, 'p.yml:2: rules.0.match: the pattern is longer than 512 characters'],
  ])('%j', (text, message) => {
    expect(() => parsePolicy(text, 'p.yml')).toThrow(PolicyError)
    expect(() => parsePolicy(text, 'p.yml')).toThrow(message)
  })

  it('matches a many-star glob against long keys in linear time (a backtracking matcher took seconds per key)', () => {
    const policy = parsePolicy(`rules:\n  - { match: "${'*a'.repeat(12)}*b", class: dev-only }\n`, 'p.yml')
    const keys = Array.from({ length: 200 }, (_, i) => 'a'.repeat(200 + i))
    const started = performance.now()
    const report = audit(inventory([env('prod', [...keys.map((k) => secret(M, k)), secret(M, `${'a'.repeat(12)}b`)])]), policy, NOW)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(report.rows.filter((r) => r.class === 'dev-only').map((r) => r.key)).toEqual([`${'a'.repeat(12)}b`])
  })

  it('matches what picomatch matches on the globs a policy uses (*, **, ?, [..], {a,b}, \\)', async () => {
    const { default: picomatch } = await import('picomatch')
    const { compileGlob } = await import('../src/audit/glob.js')
    const globs = [
      'CF_*',
      '*_KEY',
      'A?C',
      '/M/*/X',
      '/M/**/X',
      '/M/**',
      '[A-C]_*',
      '[^A]*',
      '{STRIPE,HEROKU}_*',
      'A\\*B',
      '*',
      '**',
      '/M/*',
      'a*b*c',
      '*.*',
      'x[0-9][0-9]',
    ]
    const names = [
      'CF_X',
      'CF_',
      'X_KEY',
      '_KEY',
      'KEY',
      'ABC',
      'AC',
      'A/C',
      '/M/a/X',
      '/M/a/b/X',
      '/M/X',
      '/M',
      'A_1',
      'D_1',
      'B',
      'AB',
      'STRIPE_K',
      'HEROKU_K',
      'GH_K',
      'A*B',
      'AxB',
      'abc',
      'aXbYc',
      'ab',
      'a.b',
      '.b',
      'x42',
      'x4',
      'x4a',
    ]
    for (const glob of globs) {
      const ours = compileGlob(glob)
      const theirs = picomatch(glob, { dot: true })
      for (const name of names) expect({ glob, name, match: ours(name) }).toEqual({ glob, name, match: theirs(name) })
    }
  })

  it('matches globs on the key, or on path/key when the glob has a slash; first match wins', () => {
    const policy = parsePolicy('rules:\n  - { match: "/MooseQuest/a/*", class: dev-only }\n  - { match: "*_KEY", class: account-wide }\n', 'p.yml')
    const report = audit(inventory([env('prod', [secret(`${M}/a`, 'X_KEY'), secret(`${M}/b`, 'X_KEY'), secret(`${M}/a/deep`, 'Y')])]), policy, NOW)
    expect(report.rows.map((r) => `${r.path}/${r.key}=${r.class}`)).toEqual([
      '/MooseQuest/a/X_KEY=dev-only',
      '/MooseQuest/a/deep/Y=env-specific',
      '/MooseQuest/b/X_KEY=account-wide',
    ])
  })

  it('the CLI reports a bad policy with exit 1, and uses the built-in defaults without one', async () => {
    const bad = await cli(['--source', 'file:examples/demo-inventory.json', '--policy', 'package.json'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^Error: Invalid policy: package\.json:2: \(top level\): Unrecognized keys/)
    const missing = await cli(['--source', 'file:examples/demo-inventory.json', '--policy', 'nope.yml'])
    expect(missing.stderr).toMatch(/^Error: Cannot read policy file nope\.yml: ENOENT/)
    const plain = await cli(['--source', 'file:examples/demo-inventory.json', '--format', 'json'])
    expect(JSON.parse(plain.stdout).policy.origin).toBe('built-in defaults')
  })

  it('the CLI reads .github/vault-coverage.yml when present and no --policy is given', async () => {
    const { runCli } = await import('../src/cli/run-cli.js')
    const { testPorts } = await import('./helpers/cli.js')
    let stdout = ''
    let stderr = ''
    const files: Record<string, string> = {
      '.github/vault-coverage.yml': 'rules:\n  - { match: HEROKU_DEV_DEBUG, class: dev-only }\n',
      'inv.json': JSON.stringify({
        environments: [
          { slug: 'prod', secrets: [] },
          { slug: 'dev', secrets: [{ path: '/', key: 'HEROKU_DEV_DEBUG', version: 1, updatedAt: '2026-11-01T00:00:00Z' }] },
        ],
      }),
    }
    const code = await runCli(
      ['--source', 'file:inv.json', '--format', 'json'],
      {
        env: {},
        exists: (path) => path in files,
        readdir: async () => [],
        readText: async (path) => files[path] ?? Promise.reject(new Error(`ENOENT ${path}`)),
        writeText: async () => {},
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        version: 'test',
      },
      { ...testPorts([]), readText: async (path) => files[path] ?? Promise.reject(new Error(`ENOENT ${path}`)) },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.policy.origin).toBe('.github/vault-coverage.yml')
    expect(report.rows[0]).toMatchObject({ key: 'HEROKU_DEV_DEBUG', status: 'by-design', class: 'dev-only' })
  })

  it('keeps the example policy valid', () => {
    const policy = parsePolicy(readFileSync(new URL('../examples/demo-policy.yml', import.meta.url), 'utf8'), 'examples/demo-policy.yml')
    expect(policy.environments).toEqual(['prod', 'staging', 'dev'])
    expect(policy.rules.length).toBeGreaterThan(4)
    expect(DEFAULT_POLICY.default).toBe('env-specific')
  })
})

describe('environment names in the policy file', () => {
  const run = async (yaml: string, extra: string[] = []) => {
    const dir = mkdtempSync(join(ROOT, '.tmp', 'vca-policy-'))
    const path = join(dir, 'policy.yml')
    writeFileSync(path, yaml)
    const r = await cli([
      '--source',
      'file:examples/demo-inventory.json',
      '--policy',
      relative(ROOT, path),
      '--now',
      '2026-11-23T00:00:00Z',
      '--previous',
      'none',
      ...extra,
    ])
    return { ...r, path: relative(ROOT, path) }
  }

  it.each([
    ['a rule expecting a typo', 'rules:\n  - match: "/MooseQuest/heroku/*"\n    expected: [prod, stagin]\n', 3, 'rules.0.expected', '"stagin"'],
    ['a class of a typo', 'classes:\n  account-wide: [prd]\n', 2, 'classes.account-wide', '"prd"'],
  ])('refuses %s, naming the file, the line and the audited environments, before any report', async (_, yaml, line, where, name) => {
    const r = await run(yaml)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`Error: Invalid policy: ${r.path}:${line}: ${where}: unknown environment ${name}; the audited environments are prod, staging, dev\n`)
  })

  it('checks against the named columns before any request, and never echoes a name that is not one', async () => {
    const r = await run('rules:\n  - match: "*"\n    expected: [prod, "::error::x"]\n', ['--environments', 'prod,staging'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('unknown environment a name that is not an environment name; the audited environments are prod, staging')
    expect(r.stderr).not.toContain('::error::')
  })

  it('accepts names that are all audited columns, and the built-in classes whatever the columns are called', async () => {
    const r = await run('classes:\n  shared: [prod, staging]\nrules:\n  - match: "/MooseQuest/heroku/*"\n    class: shared\n')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })
})
