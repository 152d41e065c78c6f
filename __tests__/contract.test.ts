/**
 * Contract columns: dotenv:PATH and code:GLOB held against store columns.
 * The parsers on their edge cases and a false-positive corpus, .gitignore
 * and the size cap on a real file tree, the audit's matching and hygiene
 * through the CLI (a file inventory, the recorded Infisical, a flat store
 * under loose names), a leak test with real-looking values, and the README's
 * pull-request check run end to end by the built CLI on a fixture repository.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { scanGlob } from '../src/sources/contract/code.js'
import { dotenvKeys } from '../src/sources/contract/dotenv.js'
import { scanText, type Language } from '../src/sources/contract/scan.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderSlack } from '../src/render/slack.js'
import { renderSummary } from '../src/render/summary.js'
import { dotenvInCheckout } from './helpers/checkout.js'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { HOST, PROJECT_ID, currentServer, mountNock, recordedValues } from './helpers/recorded.js'

const REPO = '__tests__/fixtures/contract-repo'
const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const STORES = `prod=file:${REPO}/inventory.json#prod,staging=file:${REPO}/inventory.json#staging`
const CONTRACT = `env=dotenv:${REPO}/.env.example,code=code:${REPO}/{src,.github}/**`
// What .env.example holds: none of it may appear anywhere.
const VALUES = [
  'example-db-pass-0xA1',
  'stripe-example-key-51AbCdEfGhIjKl',
  'jwt-value-that-must-not-leak',
  'example-multi-line-value-line-two-7f3a',
  'abc123@o1.ingest.sentry.io',
]

const keys = (text: string, language: Language) => scanText(text, language).map((r) => `${r.key}:${r.line}`)

describe('the dotenv parser (the dotenv package)', () => {
  it('reads export, quotes, comments, spaces, empty and multi-line values; returns keys and lines, never a value', () => {
    const text = readFileSync(join(ROOT, REPO, '.env.example'), 'utf8')
    const found = dotenvKeys(text, '.env.example')
    expect(found).toEqual([
      { key: 'DATABASE_URL', at: '.env.example:2' },
      { key: 'STRIPE_KEY', at: '.env.example:3' },
      { key: 'JWT_SECRET', at: '.env.example:4' },
      { key: 'PRIVATE_KEY', at: '.env.example:5' },
      { key: 'SENTRY_DSN', at: '.env.example:8' },
      { key: 'EMPTY', at: '.env.example:9' },
      { key: 'COMMENTED_OUT', at: '.env.example:10', optional: true },
    ])
    for (const value of VALUES) expect(JSON.stringify(found)).not.toContain(value)
  })

  it('declares commented keys (`# KEY=`, `#KEY=`, `# export KEY=`) as optional; prose comments and keys also set are not', () => {
    const text =
      '# Settings for SMTP: see docs\n# SMTP_HOST=\n#SMTP_PORT=587\n# export SMTP_USER=me\nSMTP_PASS=\n# SMTP_PASS=old\n# lower_case=1\n#   NOTE: KEY=value in prose\n'
    expect(dotenvKeys(text, 'x')).toEqual([
      { key: 'SMTP_PASS', at: 'x:5' },
      { key: 'SMTP_HOST', at: 'x:2', optional: true },
      { key: 'SMTP_PORT', at: 'x:3', optional: true },
      { key: 'SMTP_USER', at: 'x:4', optional: true },
    ])
  })

  it('takes CRLF files and duplicate keys (the first line wins)', () => {
    expect(dotenvKeys('A=1\r\nB="two"\r\nA=3\r\n', 'x')).toEqual([
      { key: 'A', at: 'x:1' },
      { key: 'B', at: 'x:2' },
    ])
  })
})

describe('the code scan', () => {
  it.each<[Language, string, string[]]>([
    [
      'js',
      'const a = process.env.A_KEY\nconst b = process.env[\'B_KEY\']\nconst c = process.env["C_KEY"]\nconst { D_KEY, E_KEY: e, ...rest } = process.env\nconst f = import.meta.env.F_KEY',
      ['A_KEY:1', 'B_KEY:2', 'C_KEY:3', 'D_KEY:4', 'E_KEY:4', 'F_KEY:5'],
    ],
    [
      'js',
      '// process.env.IN_LINE_COMMENT\n/* process.env.IN_BLOCK\n process.env.IN_BLOCK_2 */\nconst s = "process.env.IN_STRING"\nconst t = \'process.env.IN_SINGLE\'\nconst u = `process.env.IN_TEMPLATE ${process.env.INTERPOLATED}`\nprocess.env.lower_case\nprocess.env.Mixed_Case\nconst v = "set process.env before starting"',
      ['INTERPOLATED:6'],
    ],
    [
      'python',
      "import os\nA = os.environ['PY_A']\nB = os.environ.get(\"PY_B\")\nC = os.getenv('PY_C', 'x')\n# os.getenv('PY_COMMENT')\n'''os.getenv('PY_DOC')'''\nos.getenv('py_lower')",
      ['PY_A:2', 'PY_B:3', 'PY_C:4'],
    ],
    [
      'go',
      'a := os.Getenv("GO_A")\n_, ok := os.LookupEnv("GO_B")\n// os.Getenv("GO_COMMENT")\ns := "os.Getenv(\\"GO_STRING\\")"\nr := `os.Getenv("GO_RAW")`',
      ['GO_A:1', 'GO_B:2'],
    ],
    ['ruby', "a = ENV['RB_A']\nb = ENV.fetch(\"RB_B\")\n# ENV['RB_COMMENT']", ['RB_A:1', 'RB_B:2']],
    ['rust', 'let a = env::var("RS_A");\nlet b = std::env::var_os("RS_B");\n// env::var("RS_COMMENT")', ['RS_A:1', 'RS_B:2']],
    ['java', 'String a = System.getenv("JAVA_A");\n/* System.getenv("JAVA_COMMENT") */', ['JAVA_A:1']],
    [
      'workflow',
      'env:\n  A: ${{ secrets.WF_A }}\n  B: ${{ secrets.WF_B || secrets.WF_C }}\n  G: ${{ secrets.GITHUB_TOKEN }}\n  # C: ${{ secrets.WF_COMMENT }}\n  D: secrets.WF_OUTSIDE_AN_EXPRESSION',
      ['WF_A:2', 'WF_B:3', 'WF_C:3'],
    ],
  ])('%s: the forms, and nothing from comments, strings or lower-case keys', (language, text, expected) => {
    expect(keys(text, language)).toEqual(expected)
  })

  it('honours .gitignore, skips node_modules, dist and vendored folders, and names the files over the cap as not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-repo-'))
    cpSync(join(ROOT, REPO), dir, { recursive: true })
    mkdirSync(join(dir, 'src/generated'))
    writeFileSync(join(dir, 'src/generated/config.ts'), 'export const x = process.env.IGNORED_BY_GITIGNORE\n')
    mkdirSync(join(dir, 'src/node_modules/pkg'), { recursive: true })
    writeFileSync(join(dir, 'src/node_modules/pkg/index.js'), 'module.exports = process.env.IN_NODE_MODULES\n')
    writeFileSync(join(dir, 'src/big.js'), `${'// padding\n'.repeat(200)}process.env.IN_BIG_FILE\n`)
    const scan = await scanGlob('{src,.github}/**', { maxFileBytes: 1024 }, dir)
    const found = scan.keys.map((k) => k.key)
    expect(found).toEqual(expect.arrayContaining(['DATABASE_URL', 'NEW_KEY', 'DEPLOY_TOKEN', 'PY_REGION', 'GO_TOKEN', 'RB_KEY', 'RS_STD', 'JAVA_KEY']))
    for (const skipped of ['IGNORED_BY_GITIGNORE', 'IN_NODE_MODULES', 'VENDORED_KEY', 'DIST_KEY', 'IN_BIG_FILE']) expect(found).not.toContain(skipped)
    expect(scan.unread).toEqual([{ file: 'src/big.js', reason: 'is larger than 1 KiB' }])
    // The first file:line in path order.
    expect(scan.keys.find((k) => k.key === 'DATABASE_URL')!.at).toBe('src/app.ts:2')
  })
})

const cliJson = async (args: string[], env: Record<string, string> = {}) => {
  const r = await cli([...args, '--format', 'json', ...NOW], env)
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined }
}
const row = (report: Report | undefined, path: string, key: string) => report?.rows.find((r) => r.path === path && r.key === key)

describe('a contract against a file inventory', () => {
  it.each([
    [
      'a glob that matches no file (a typo)',
      `code=code:${REPO}/srcc/**`,
      /^Error: code:__tests__\/fixtures\/contract-repo\/srcc\/\*\*: the glob matches no file in the checkout .*: the column would check nothing\n$/,
    ],
    [
      'a glob that matches only files the scan does not read',
      `code=code:examples/*.{json,yml}`,
      /^Error: code:examples\/\*\.\{json,yml\}: the glob matches 2 files, none of a kind the scan reads \(\.js, .*\): the column would check nothing\n$/,
    ],
  ])('refuses %s, naming the column, rather than pass checking nothing', async (_, column, message) => {
    const r = await cliJson(['--environments', `${column},${STORES}`])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
  })

  it('matches declared keys at any path, makes rows of keys no store holds, and says who asks for them', async () => {
    const r = await cliJson(['--environments', `${CONTRACT},${STORES}`])
    expect(r.stderr).toBe('')
    const report = r.report!
    expect(report.contracts).toEqual([
      { slug: 'env', location: `dotenv:${REPO}/.env.example`, role: 'declares', label: `${REPO}/.env.example`, keys: 6, optional: 1 },
      { slug: 'code', location: `code:${REPO}/{src,.github}/**`, role: 'uses', label: `${REPO}/{src,.github}/**`, keys: 16 },
    ])
    // Declared and held at /app: matched there, whatever the folder.
    expect(row(report, '/app', 'JWT_SECRET')).toMatchObject({ status: 'ok', declared: { env: `${REPO}/.env.example:4`, code: `${REPO}/src/app.ts:4` } })
    // Declared, held in prod only: missing drift saying where it is declared and used.
    expect(row(report, '/app', 'STRIPE_KEY')).toMatchObject({ status: 'missing', missingIn: ['staging'] })
    expect(row(report, '/app', 'STRIPE_KEY')!.remediation).toMatch(
      new RegExp(`^STRIPE_KEY is declared in ${REPO}/\\.env\\.example \\(and used at ${REPO}/src/app\\.ts:3\\); missing in staging\\. `),
    )
    // Used by the code, held nowhere: a row of its own at the prefix.
    expect(row(report, '/', 'NEW_KEY')).toMatchObject({ status: 'missing', missingIn: ['prod', 'staging'], declared: { code: `${REPO}/src/app.ts:4` } })
    expect(row(report, '/', 'NEW_KEY')!.remediation).toMatch(
      new RegExp(
        `^NEW_KEY is used at ${REPO}/src/app\\.ts:4 and declared nowhere; missing in prod, staging\\. Document it in ${REPO}/\\.env\\.example, or add it to the policy's contract\\.ignore`,
      ),
    )
    // Hygiene.
    const findings = report.contractFindings!
    expect(findings.filter((f) => f.kind === 'undeclared')).toEqual([{ kind: 'undeclared', key: 'UNUSED_OLD_TOKEN', path: '/legacy', envs: ['prod'] }])
    expect(findings.filter((f) => f.kind === 'undocumented').map((f) => f.key)).toEqual(expect.arrayContaining(['NEW_KEY', 'VITE_API_URL']))
    // A workflow's secret belongs in the repository's settings, never in .env.example; a commented key is documented (optional).
    expect(findings.filter((f) => f.kind === 'undocumented').map((f) => f.key)).not.toEqual(expect.arrayContaining(['DATABASE_URL']))
    expect(findings.filter((f) => f.kind === 'undocumented').map((f) => f.key)).not.toContain('DEPLOY_TOKEN')
    expect(findings.filter((f) => f.kind === 'optional')).toEqual([{ kind: 'optional', key: 'COMMENTED_OUT', at: `${REPO}/.env.example:10` }])
    expect(row(report, '/', 'COMMENTED_OUT')).toBeUndefined()
    expect(findings.filter((f) => f.kind === 'ambiguous')).toEqual([{ kind: 'ambiguous', key: 'DATABASE_URL', paths: ['/app', '/old'], envs: ['staging'] }])
    expect(report.counts).toMatchObject({ undeclared: 1, undocumented: 11 })
  })

  it('shows the contract columns first in the matrix and in CSV, and the hygiene sections', async () => {
    const md = await cli(['--environments', `${CONTRACT},${STORES}`, ...NOW])
    expect(md.stdout).toContain('| Path | Key | env | code | prod | staging | Drift |')
    expect(md.stdout).toContain('| `/app` | `STRIPE_KEY` | ✓ | ✓ | v2 | — | missing in staging |')
    expect(md.stdout).toContain('| `/` | `NEW_KEY` |  | ✓ | — | — | missing in prod, staging |')
    expect(md.stdout).toContain('## Undeclared (1)')
    expect(md.stdout).toContain('- `/legacy` `UNUSED_OLD_TOKEN` in prod')
    expect(md.stdout).toContain('## Undocumented (11)')
    expect(md.stdout).toContain('## Ambiguous (1)')
    const csv = await cli(['--environments', `${CONTRACT},${STORES}`, '--format', 'csv', ...NOW])
    const lines = csv.stdout.split('\r\n')
    expect(lines[0]).toBe('path,key,status,env,code,prod,staging,missing_in,unexpected_in,class,skew,expiry,rotation_overdue,remediation')
    expect(lines.find((l) => l.startsWith('/,NEW_KEY,'))).toMatch(new RegExp(`^/,NEW_KEY,missing,,${REPO}/src/app\\.ts:4,absent,absent,`))
  })

  it('fail-on can include the hygiene: exit 3 saying why; the contract never overrides the policy', async () => {
    const gate = await cli(['--environments', `${CONTRACT},${STORES}`, '--fail-on', 'none,undeclared', ...NOW])
    expect(gate.code).toBe(3)
    expect(gate.logs).toContain('error: fail-on: none,undeclared: 1 undeclared secret (exit 3). See the job summary.')
    const dir = mkdtempSync(join(tmpdir(), 'vca-contract-'))
    writeFileSync(join(dir, 'policy.yml'), 'rules:\n  - match: NEW_KEY\n    class: dev-only\n')
    const r = await cliJson(['--environments', `${CONTRACT},${STORES},dev=file:${REPO}/inventory.json#staging`, '--policy', join(dir, 'policy.yml')])
    expect(row(r.report, '/', 'NEW_KEY')).toMatchObject({ class: 'dev-only', missingIn: ['dev'] })
  })

  it('Slack names new missing keys with the file that declares or the code that reads them', async () => {
    const { report } = await cliJson(['--environments', `${CONTRACT},${STORES}`])
    const message = renderSlack(report!, { runUrl: 'https://github.com/acme/shop/actions/runs/1' })
    const text = JSON.stringify(message.blocks)
    expect(text).toContain(
      `• \`/app\` \`STRIPE_KEY\` (declared in \`${REPO}/.env.example\`, used at \`${REPO}/src/app.ts:3\`) — missing in staging → provision in staging`,
    )
    expect(text).toContain(`• \`/\` \`NEW_KEY\` (used at \`${REPO}/src/app.ts:4\`, declared nowhere) — missing in prod, staging`)
    expect(text).toContain('1 secret declared nowhere')
  })

  it('the job summary lists the hygiene and shows the contract columns in its matrix', async () => {
    const { report } = await cliJson(['--environments', `${CONTRACT},${STORES}`])
    const summary = renderSummary(report!, { maxBytes: 1024 * 1024, runUrl: 'https://github.com/acme/shop/actions/runs/1' })
    expect(summary).toContain('### Undeclared (1)\n\n- `/legacy` `UNUSED_OLD_TOKEN` in prod: declared and used nowhere')
    expect(summary).toContain('### Undocumented (11)')
    expect(summary).toContain(`- \`NEW_KEY\` used at \`${REPO}/src/app.ts:4\`, in no declaring file`)
    expect(summary).toContain('| Path | Key | env | code | prod | staging | Drift |')
  })

  it('needs a store column beside the contract', async () => {
    const r = await cli(['--environments', CONTRACT, ...NOW])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'Error: Invalid --environments: contract columns (dotenv:PATH, code:GLOB) are held against store columns: name at least one store column too\n',
    )
  })

  it('no value of .env.example in markdown, JSON, CSV or the logs', async () => {
    const outputs = await Promise.all(['md', 'json', 'csv'].map((format) => cli(['--environments', `${CONTRACT},${STORES}`, '--format', format, ...NOW])))
    const all = outputs.flatMap((o) => [o.stdout, o.stderr, ...o.logs]).join('\n')
    expect(all).toContain('PRIVATE_KEY')
    for (const value of VALUES) expect(all).not.toContain(value)
  })
})

describe('a contract against the recorded Infisical', () => {
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })

  it('finds a declared key in whatever folder Infisical keeps it, and names what no environment holds', async () => {
    nock.disableNetConnect()
    mountNock(currentServer({}))
    const file = dotenvInCheckout('HEROKU_API_KEY=example-heroku-value-0123\nSTRIPE_SECRET_KEY=\nBRAND_NEW_KEY=1\n')
    const env = {
      INFISICAL_CLIENT_ID: '71a235d1-5c2e-49f0-b6f5-588dd02b082d',
      INFISICAL_CLIENT_SECRET: 'contract-client-secret-0123',
      INFISICAL_PROJECT_ID: PROJECT_ID,
      INFISICAL_HOST: HOST,
    }
    const r = await cliJson(['--environments', `env=dotenv:${file},prod,staging`, '--path-prefix', '/MooseQuest'], env)
    expect(r.stderr).toBe('')
    const report = r.report!
    expect(row(report, '/MooseQuest/heroku', 'HEROKU_API_KEY')).toMatchObject({ declared: { env: `${file}:1` } })
    expect(row(report, '/MooseQuest/stripe', 'STRIPE_SECRET_KEY')).toMatchObject({ declared: { env: `${file}:2` } })
    expect(row(report, '/MooseQuest', 'BRAND_NEW_KEY')).toMatchObject({ status: 'missing', missingIn: ['prod', 'staging'] })
    expect(row(report, '/MooseQuest', 'BRAND_NEW_KEY')!.remediation).toMatch(
      new RegExp(`^BRAND_NEW_KEY is declared in ${file.replaceAll('.', '\\.')}; missing in prod, staging\\.`),
    )
    // Everything else Infisical holds under the prefix is declared nowhere.
    expect(report.counts.undeclared).toBeGreaterThan(3)
    const all = [r.stdout, ...r.logs].join('\n')
    for (const value of [...recordedValues(), 'example-heroku-value-0123']) expect(all).not.toContain(value)
  })
})

describe('a loose match with a flat store', () => {
  it('JWT_SECRET in .env.example is jwt-secret in a store without folders', async () => {
    const file = dotenvInCheckout('JWT_SECRET=x\nAPI_TOKEN=y\n')
    const dir = mkdtempSync(join(tmpdir(), 'vca-flat-'))
    // A store with everything at the root and dashes in its names, as Azure and Google keep them.
    writeFileSync(join(dir, 'flat.json'), JSON.stringify({ environments: [{ slug: 'prod', secrets: [{ path: '/', key: 'jwt-secret', version: 1 }] }] }))
    writeFileSync(join(dir, 'loose.yml'), 'names: loose\n')
    const r = await cliJson(['--environments', `env=dotenv:${file},prod=file:${join(dir, 'flat.json')}#prod`, '--policy', join(dir, 'loose.yml')])
    expect(r.report!.rows.map((x) => [x.path, x.key, x.status, x.declared, x.names])).toEqual([
      ['/', 'API_TOKEN', 'missing', { env: `${file}:2` }, undefined],
      ['/', 'jwt-secret', 'ok', { env: `${file}:1` }, undefined],
    ])
    expect(r.report!.counts.undeclared).toBe(0)
  })
})

describe('rotation cadences as words', () => {
  it('rotate: sets the rotation age; on-compromise sets none; anything else is refused with its line', () => {
    const policy = parsePolicy(
      'rules:\n  - match: "*_TOKEN"\n    rotate: quarterly\n  - match: "*_KEY"\n    rotate: on-compromise\n  - match: "*_PASS"\n    rotate: 45d\n',
      'p.yml',
    )
    expect(policy.rules.map((r) => r.maxAgeDays)).toEqual([90, undefined, 45])
    expect(() => parsePolicy('rules:\n  - match: X\n    rotate: weekly\n', 'p.yml')).toThrow(
      'p.yml:3: rules.0.rotate: expected monthly, quarterly, yearly, on-compromise or a number of days such as 45d',
    )
    expect(() => parsePolicy('rules:\n  - match: X\n    rotate: monthly\n    maxAgeDays: 3\n', 'p.yml')).toThrow('give either rotate or maxAgeDays, not both')
  })
})

describe("the README's pull-request check, end to end on a fixture repository (the built CLI under Node 24)", () => {
  it('a pull request that reads process.env.NEW_FEATURE_KEY fails with who reads it and where it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-pr-'))
    cpSync(join(ROOT, REPO), dir, { recursive: true })
    const cliPath = join(ROOT, 'dist/cli/index.js')
    const columns = 'code=code:{src,.github}/**,env=dotenv:.env.example,prod=file:inventory.json#prod,staging=file:inventory.json#staging'
    const node = await node24()
    // main: the snapshot the nightly run committed.
    const base = await runProcess(
      cliPath,
      ['--environments', columns, '--format', 'json', '--output', 'snapshot.json', '--now', '2026-11-22T05:17:00Z', '--previous', 'none'],
      {},
      dir,
      node,
    )
    expect(base.code).toBe(0)
    // The pull request adds a read of a key no store holds.
    appendFileSync(join(dir, 'src/app.ts'), 'export const feature = process.env.NEW_FEATURE_KEY\n')
    const pr = await runProcess(
      cliPath,
      ['--environments', columns, '--fail-on', 'new-drift', '--previous', 'snapshot.json', '--now', '2026-11-23T09:00:00Z'],
      {},
      dir,
      node,
    )
    expect(pr.code).toBe(3)
    expect(pr.stderr).toContain(
      'fail-on: new-drift: 1 new drift row (exit 3). NEW_FEATURE_KEY is used at src/app.ts:13 and declared nowhere; missing in prod, staging. See the job summary.',
    )
    expect(pr.stdout).toContain('- New drift (1): `/` `NEW_FEATURE_KEY` missing')
    for (const value of VALUES) expect(pr.stdout + pr.stderr).not.toContain(value)
  }, 180_000)
})
