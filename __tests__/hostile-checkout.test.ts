/**
 * A pull request from a fork controls every file of the checkout: source code,
 * .env.example, the policy, symlinks and FIFOs. Every scan stays linear on
 * pathological files of a megabyte and more; every path a column or the policy
 * names stays inside the workspace after brace expansion and symlinks; no
 * error echoes a file's text. The attacks run through the built CLI under
 * Node 24, with the checkout as its working directory, as the runner runs it.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { scanGlob } from '../src/sources/contract/code.js'
import { dotenvKeys } from '../src/sources/contract/dotenv.js'
import { braceCount, insideCheckout } from '../src/files/globs.js'
import { scanText, type Language } from '../src/sources/contract/scan.js'
import { actionInProcess, useStandIns } from './helpers/action.js'
import { ROOT, node24, runProcess } from './helpers/cli.js'

const MB = 1024 * 1024
const CLI = join(ROOT, 'dist/cli/index.js')

/** `unit` repeated to at least one megabyte. */
const megabyteOf = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length))

const timed = <T>(fn: () => T): { result: T; ms: number } => {
  const started = performance.now()
  const result = fn()
  return { result, ms: performance.now() - started }
}

describe('every scan is linear in its input', () => {
  // Each input is at least 1 MB of a form that made a regex rescan to the end from every start, then one real read.
  it.each<[string, Language, string, string[]]>([
    ['const{ with no closing brace', 'js', `${megabyteOf('const{')}\nconst tail = process.env.JS_AFTER`, ['JS_AFTER']],
    ['const{ openings sharing one closing brace', 'js', `${megabyteOf('const{')}SHARED_KEY} = process.env`, ['SHARED_KEY']],
    ['let { without = process.env', 'js', `${megabyteOf('let { A, B }\n')}const { REAL_KEY } = process.env`, ['REAL_KEY']],
    ["process.env[' never closed", 'js', `${megabyteOf("process.env['")}\nprocess.env.JS_TAIL`, ['JS_TAIL']],
    ['template literals opened without end', 'js', `const a = process.env.JS_HEAD\n${megabyteOf('`${')}`, ['JS_HEAD']],
    ['block comments never closed', 'js', `const a = process.env.JS_BEFORE\n${megabyteOf('/*')}`, ['JS_BEFORE']],
    ['${{ with no closing brace', 'workflow', `${megabyteOf('${{')} secrets.WF_TAIL`, ['WF_TAIL']],
    ['${{ secrets. without a name', 'workflow', `a: \${{ secrets.WF_HEAD }}\n${megabyteOf('${{ secrets.')}`, ['WF_HEAD']],
    ["os.environ[' never closed", 'python', `${megabyteOf("os.environ['")}\nos.getenv('PY_TAIL')`, ['PY_TAIL']],
    ['os.getenv( and spaces', 'python', `${megabyteOf('os.getenv(   ')}\nos.environ.get("PY_REAL")`, ['PY_REAL']],
    ['triple quotes never closed', 'python', `x = os.getenv('PY_FIRST')\n${megabyteOf("'''")}`, ['PY_FIRST']],
    ['os.Getenv(" never closed', 'go', `${megabyteOf('os.Getenv("')}\nos.Getenv("GO_TAIL")`, ['GO_TAIL']],
    ["ENV[' never closed", 'ruby', `${megabyteOf("ENV['")}\nENV.fetch('RB_TAIL')`, ['RB_TAIL']],
    ['env::var(" never closed', 'rust', `${megabyteOf('env::var("')}\nenv::var("RS_TAIL")`, ['RS_TAIL']],
    ['System.getenv(" never closed', 'java', `${megabyteOf('System.getenv("')}\nSystem.getenv("JAVA_TAIL")`, ['JAVA_TAIL']],
    // The forms of issue 26: helper calls, function headers, schemas, templates, regular expressions.
    ['a megabyte-long identifier (function headers)', 'java', `${'a'.repeat(MB)}\nSystem.getenv("JAVA_LONG")`, ['JAVA_LONG']],
    ['a megabyte-long dotted callee before ("X")', 'js', `${megabyteOf('a.')}env("JS_CALLEE")`, ['JS_CALLEE']],
    ['("X") calls with no callee', 'js', `${megabyteOf('("NOT_A_CALL")')}\nprocess.env.JS_CALLS`, ['JS_CALLS']],
    ['function headers never closed', 'js', `${megabyteOf('function f(')}\nprocess.env.JS_HEADERS`, ['JS_HEADERS']],
    ['dynamic reads under a thousand headers', 'js', `${megabyteOf('function f(k) {\n')}${'process.env[k]\n'.repeat(10_000)}process.env.JS_DYN`, ['JS_DYN']],
    ['z.object({ never closed, parsed from process.env', 'js', `${megabyteOf('z.object({')}\n.parse(process.env)\nprocess.env.JS_ZOD`, ['JS_ZOD']],
    ['.parse(process.env) on every line', 'js', `${megabyteOf('S.parse(process.env)\n')}process.env.JS_PARSES`, ['JS_PARSES']],
    ['createEnv({ server: { never closed', 'js', `${megabyteOf('createEnv({ server: {')}\nprocess.env.JS_T3`, ['JS_T3']],
    ['regular-expression literals never closed', 'js', `${megabyteOf('= /[')}\nprocess.env.JS_REGEX`, ['JS_REGEX']],
    ['def headers with unclosed parameters', 'python', `${megabyteOf('def f(')}\nos.getenv("PY_DEFS")`, ['PY_DEFS']],
    ['dynamic reads under nested defs', 'python', `${megabyteOf('def f(k):\n ')}\nos.getenv(k)\nos.getenv("PY_DYN")`, ['PY_DYN']],
    ['BaseSettings classes', 'python', `${megabyteOf('class S(BaseSettings):\n    a_b: str\n')}os.getenv("PY_SETTINGS")`, ['A_B', 'PY_SETTINGS']],
    ['ERB tags never closed', 'erb', `<%= ENV["ERB_HEAD"] %>${megabyteOf('<%')}`, ['ERB_HEAD']],
    ['Compose ${ never closed', 'compose', `${megabyteOf('${')}\n\${COMPOSE_TAIL}`, ['COMPOSE_TAIL']],
    ['Go struct tags never closed', 'go', `\`${megabyteOf('env:"')}\`\nos.Getenv("GO_TAGS")`, ['GO_TAGS']],
  ])('%s (%s): well under a second, and the real read still found', (_name, language, text, expected) => {
    expect(text.length).toBeGreaterThanOrEqual(MB)
    const { result, ms } = timed(() => scanText(text, language))
    expect(result.map((r) => r.key)).toEqual(expected)
    expect(ms).toBeLessThan(1000)
  })

  it('a .env.example of 20,000 keys, and one of a megabyte: each key at its own line, in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `KEY_${i}=value-${i}`).join('\n')
    const first = timed(() => dotenvKeys(many, '.env.example'))
    expect(first.result).toHaveLength(20_000)
    expect(first.result[19_999]).toEqual({ key: 'KEY_19999', at: '.env.example:20000' })
    expect(first.ms).toBeLessThan(1000)

    const lines = Math.ceil(MB / 14)
    const big = Array.from({ length: lines }, (_, i) => (i % 3 === 0 ? `export K${i}="multi\nline"` : `  K${i}: v # c`)).join('\n')
    expect(big.length).toBeGreaterThanOrEqual(MB)
    const second = timed(() => dotenvKeys(big, 'big.env'))
    expect(second.result).toHaveLength(lines)
    expect(second.result.find((k) => k.key === 'K3')).toEqual({ key: 'K3', at: 'big.env:5' })
    expect(second.ms).toBeLessThan(1000)
  })
})

describe("the scan stops at the run's time limit", () => {
  it('starts no file after the deadline: each is named as not scanned, and the contract is incomplete', async () => {
    const dir = forkCheckout()
    writeFileSync(join(dir, 'src/second.js'), 'process.env.SECOND\n')
    const scan = await scanGlob('src/**', { maxFileBytes: MB, deadline: Date.now() - 1 }, dir)
    expect(scan.keys).toEqual([])
    expect(scan.unread).toEqual([
      { file: 'src/app.js', reason: "not scanned: the run's time limit was reached" },
      { file: 'src/second.js', reason: "not scanned: the run's time limit was reached" },
    ])
    const inTime = await scanGlob('src/**', { maxFileBytes: MB, deadline: Date.now() + 60_000 }, dir)
    expect(inTime.keys.map((k) => k.key)).toEqual(['DATABASE_URL', 'SECOND'])
  })
})

describe('a code: glob is bounded before it is expanded', () => {
  it('counts lists, neighbours, nesting and ranges without expanding them', () => {
    expect(braceCount('src/**/*.{ts,js}')).toBe(2)
    expect(braceCount('{a,b}/{c,d,e}')).toBe(6)
    expect(braceCount('{a,{b,c}}')).toBe(3)
    expect(braceCount('x{1..20}')).toBe(20)
    expect(braceCount('\\{a,b}')).toBe(1)
    expect(braceCount('{unclosed')).toBe(1)
    // 18 pairs would be 262,144 patterns: the count stops just past the bound instead.
    expect(braceCount(`src/${'{a,b}'.repeat(18)}*.js`)).toBe(257)
  })

  it.each([
    ['.{.,}/outside_dir/*.js', 'inside the checkout'],
    ['.{.,}/.{.,}/.{.,}/usr/lib/**/*.py', 'inside the checkout'],
    ['src/{x,../..}/*.js', 'inside the checkout'],
    ['\\.\\./outside/*.js', 'inside the checkout'],
    ['/etc/**', 'inside the checkout'],
    [`src/${'{a,b}'.repeat(18)}*.js`, 'at most 256 patterns'],
    ['src/{1..100000}.js', 'at most 256 patterns'],
  ])('refuses %s', (glob, expected) => {
    const { result, ms } = timed(() => insideCheckout(glob, 'glob such as src/**', true))
    expect(result).toEqual({ expected: expect.stringContaining(expected) })
    expect(ms).toBeLessThan(200)
  })

  it('accepts the globs real repositories use', () => {
    for (const glob of ['src/**', '{src,.github}/**', 'apps/*/src/**/*.{ts,tsx,js}', './lib/**/*.py', 'services/{api,web,worker}/**']) {
      expect(insideCheckout(glob, 'glob', true)).toEqual({ location: glob.replace(/^\.\//, '') })
    }
  })
})

/** A checkout made by a fork: an inventory the store columns read, and whatever the test adds. */
function forkCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vca-fork-'))
  writeFileSync(join(dir, 'inventory.json'), JSON.stringify({ environments: [{ slug: 'prod', secrets: [{ path: '/', key: 'DATABASE_URL', version: 1 }] }] }))
  mkdirSync(join(dir, 'src'))
  writeFileSync(join(dir, 'src/app.js'), 'const url = process.env.DATABASE_URL\n')
  return dir
}

/** The built CLI under Node 24 in the checkout, JSON on stdout. */
async function audit(dir: string, columns: string, extra: string[] = []) {
  const node = await node24()
  const started = performance.now()
  const r = await runProcess(
    CLI,
    ['--environments', `prod=file:inventory.json#prod,${columns}`, '--format', 'json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none', ...extra],
    {},
    dir,
    node,
  )
  const report = r.code === 0 || r.code === 2 || r.code === 3 ? (JSON.parse(r.stdout) as Report) : undefined
  return { ...r, report, ms: performance.now() - started }
}

describe('a fork pull request through the built CLI (Node 24)', () => {
  it('three 900 KB const{ files and a 1 MB workflow of ${{ finish inside a 2-second run limit', async () => {
    const dir = forkCheckout()
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `src/evil${n}.js`), `${'const{'.repeat(150_000)}\nprocess.env.DATABASE_URL`)
    mkdirSync(join(dir, '.github/workflows'), { recursive: true })
    writeFileSync(join(dir, '.github/workflows/ci.yml'), `${megabyteOf('${{')} secrets.DATABASE_URL`)
    const r = await audit(dir, 'code=code:{src,.github}/**', ['--run-timeout', '2'])
    expect(r.stderr).not.toContain('not scanned')
    expect(r.code).toBe(0)
    expect(r.report!.contracts).toEqual([expect.objectContaining({ slug: 'code', keys: 1 })])
    // Quadratic, one such file took 251 s; the run's own limit is 2 s.
    expect(r.ms).toBeLessThan(15_000)
  })

  it.each([
    ['code=code:.{.,}/outside_dir/*.js', 'code:'],
    ['code=code:.{.,}/.{.,}/.{.,}/usr/lib/**/*.py', 'code:'],
    [`code=code:src/${'{a,b}'.repeat(18)}*.js`, 'at most 256 patterns'],
    ['env=dotenv:../outside/.env.example', 'inside the checkout'],
  ])('refuses %s with exit 1, naming the column, before reading anything', async (column, words) => {
    const dir = forkCheckout()
    const r = await audit(dir, column)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(column.split('=')[0])
    expect(r.stderr).toContain(words)
    expect(r.stdout).toBe('')
    expect(r.ms).toBeLessThan(15_000)
  })

  it('a .env.example linked to /proc/self/environ is refused, and none of the environment is shown', async () => {
    const dir = forkCheckout()
    symlinkSync('/proc/self/environ', join(dir, '.env.example'))
    const r = await audit(dir, 'env=dotenv:.env.example')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('dotenv:.env.example')
    expect(r.stderr).toContain('outside the workspace')
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/PATH=|HOME=/)
  })

  it('a file: column inside the checkout that is not JSON says so without quoting it', async () => {
    const dir = forkCheckout()
    writeFileSync(join(dir, 'env.json'), 'PATH=/root\nSECRET_TOKEN=fork-planted-value-123\n')
    symlinkSync('/etc/hostname', join(dir, 'linked.json'))
    const bad = await audit(dir, 'x=file:env.json#prod')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('env.json: not valid JSON')
    expect(bad.stderr).not.toMatch(/PATH=|root|fork-planted/)
    const outside = await audit(dir, 'x=file:linked.json#prod')
    expect(outside.code).toBe(1)
    expect(outside.stderr).toContain('outside the workspace')
  })

  it('a policy file linked outside the checkout is refused without echoing it', async () => {
    const dir = forkCheckout()
    mkdirSync(join(dir, '.github'))
    symlinkSync('/proc/self/environ', join(dir, '.github/vault-coverage.yml'))
    const r = await audit(dir, 'code=code:src/**')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('.github/vault-coverage.yml')
    expect(r.stderr).toContain('outside the workspace')
    expect(r.stderr).not.toMatch(/PATH=|HOME=/)
  })

  it('a FIFO as .env.example is refused at once; FIFOs and links out of the checkout among the sources are never opened', async () => {
    const dir = forkCheckout()
    execFileSync('mkfifo', [join(dir, 'fifo')])
    symlinkSync(join(dir, 'fifo'), join(dir, '.env.example'))
    const fifo = await audit(dir, 'env=dotenv:.env.example', ['--run-timeout', '5'])
    expect(fifo.code).toBe(1)
    expect(fifo.stderr).toContain('dotenv:.env.example: cannot read .env.example (is not a regular file)')
    expect(fifo.ms).toBeLessThan(10_000)

    const code = forkCheckout()
    execFileSync('mkfifo', [join(code, 'src/pipe.js')])
    symlinkSync(join(code, 'fifo-elsewhere'), join(code, 'src/dangling.js'))
    writeFileSync(join(tmpdir(), 'vca-outside.js'), 'process.env.OUTSIDE_KEY\n')
    symlinkSync(join(tmpdir(), 'vca-outside.js'), join(code, 'src/linked.js'))
    const r = await audit(code, 'code=code:src/**', ['--run-timeout', '5'])
    expect(r.code).toBe(0)
    expect(r.ms).toBeLessThan(10_000)
    expect(r.report!.contracts).toEqual([expect.objectContaining({ slug: 'code', keys: 1 })])
    expect(r.stdout).not.toContain('OUTSIDE_KEY')
  })

  it('a file over code-max-file-kib leaves the contract incomplete: exit 2 naming the file, in the snapshot too', async () => {
    const dir = forkCheckout()
    writeFileSync(join(dir, 'src/bundle.js'), `${'x'.repeat(3 * 1024)}\nprocess.env.ONLY_IN_BUNDLE\n`)
    const r = await audit(dir, 'code=code:src/**', ['--code-max-file-kib', '2'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('warning: code:src/bundle.js could not be read: is larger than 2 KiB')
    expect(r.report!.contracts![0]!.unread).toEqual([{ file: 'src/bundle.js', reason: 'is larger than 2 KiB' }])
    expect(r.report!.counts.unreadFiles).toBe(1)
    const md = await runProcess(
      CLI,
      ['--environments', 'prod=file:inventory.json#prod,code=code:src/**', '--code-max-file-kib', '2', '--now', '2026-11-23T00:00:00Z', '--previous', 'none'],
      {},
      dir,
      await node24(),
    )
    expect(md.stdout).toContain('# INCOMPLETE')
    expect(md.stdout).toContain('- code: `src/bundle.js`: is larger than 2 KiB')
    // The default takes it: 4 MiB.
    const fine = await audit(dir, 'code=code:src/**')
    expect(fine.code).toBe(0)
    expect(fine.report!.rows.map((row) => row.key)).toContain('ONLY_IN_BUNDLE')
  })
})

describe("a pull request's policy file adds no reader of a new location", () => {
  const standIns = useStandIns()
  const policyInCheckout = (environments: string): string => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    const dir = mkdtempSync(join(ROOT, '.tmp', 'pr-policy-'))
    writeFileSync(join(dir, 'policy.yml'), `environments: ${environments}\npathPrefix: /MooseQuest\n`)
    return `${relative(ROOT, dir)}/policy.yml`
  }
  const inputs = (policy: string, extra: Record<string, string> = {}) => ({
    source: 'file:examples/demo-inventory.json',
    policy,
    'fail-on': 'incomplete',
    ...extra,
  })
  const pullRequest = { eventName: 'pull_request', prNumber: 7 }

  it('refuses columns with a kind in the policy on a pull request (exit 1, naming them), and reads nothing', async () => {
    const policy = policyInCheckout('[prod, staging, "leak=file:/etc/passwd#prod", "code=code:src/**"]')
    const { result, rec } = await actionInProcess(standIns.github, inputs(policy), pullRequest)
    expect(result.exitCode).toBe(1)
    const error = rec.logs.find((l) => l.startsWith('error: '))!
    expect(error).toContain(`On a pull request the policy file ${policy} may not name columns of its own (leak=file:/etc/passwd#prod, code=code:src/**)`)
    expect(error).toContain("workflow's `environments` input")
    expect(rec.outputs.get('drift-count')).toBeUndefined()
  })

  it('takes the same policy on a schedule, bare names on a pull request, and columns the workflow names', async () => {
    const policy = policyInCheckout('[prod, staging, "ex=dotenv:__tests__/fixtures/contract-repo/.env.example"]')
    const nightly = await actionInProcess(standIns.github, inputs(policy), { eventName: 'schedule' })
    expect(nightly.result.exitCode).toBe(0)
    const bare = await actionInProcess(standIns.github, inputs(policyInCheckout('[prod, staging]')), pullRequest)
    expect(bare.result.exitCode).toBe(0)
    expect(bare.rec.outputs.get('drift-count')).toMatch(/^\d+$/)
    const fromWorkflow = await actionInProcess(standIns.github, inputs(policy, { environments: 'prod,staging' }), pullRequest)
    expect(fromWorkflow.result.exitCode).toBe(0)
  })
})
