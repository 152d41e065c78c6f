import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli, ROOT, runProcess } from './helpers/cli.js'

const DEMO = 'file:examples/demo-inventory.json'
const tmp = () => mkdtempSync(join(tmpdir(), 'vca-'))
const writeInventory = (body: unknown) => {
  const path = join(tmp(), 'inv.json')
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body))
  return path
}
const ok = (secrets: unknown[] = []) => ({ slug: 'prod', secrets })

describe('CLI flags', () => {
  it('prints help and exits 0', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('--format md|csv|json')
    expect(r.stdout).toContain('Exit codes: 0')
  })

  it.each([
    [['--bogus'], /^Error: Unknown option '--bogus'\nRun with --help/],
    [['--envirnoments', 'prod'], /^Error: Unknown option '--envirnoments'; did you mean --environments\?\nRun with --help/],
    [['--fail_on', 'drift'], /^Error: Unknown option '--fail_on'; did you mean --fail-on\?/],
    [['--source', DEMO, '--timeout', 'abc'], /^Error: Invalid --timeout: expected a number of seconds above 0, such as 30\n$/],
    [['--source', DEMO, '--run-timeout', '0'], /^Error: Invalid --run-timeout: expected a number of seconds above 0, such as 300\n$/],
    [['--format', 'xml', '--source', DEMO], /Invalid --format: .*"md"\|"csv"\|"json"/],
    [['--fail-on', 'sometimes', '--source', DEMO], /Invalid --fail-on/],
    [['--source', 'vault'], /Invalid --source: expected "infisical" or "file:PATH", got "vault"/],
    [['--source', DEMO, '--now', 'yesterday'], /^Error: Invalid --now: expected an ISO 8601 day or time such as 2026-11-23 or 2026-11-23T06:00:00Z\n$/],
    [['--source', DEMO, '--environments', 'prod;drop'], /Invalid --environments/],
    [['extra-positional'], /Unexpected argument/],
  ])('rejects %j with a message naming the input, exit 1', async (argv, message) => {
    const r = await cli(argv as string[])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
  })

  it('names every missing Infisical variable at once, as the runbook script does', async () => {
    const r = await cli([], { INFISICAL_CLIENT_ID: 'id' })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Missing required env vars: INFISICAL_CLIENT_SECRET, INFISICAL_PROJECT_ID\n')
  })

  it('writes the chosen format to --output instead of stdout', async () => {
    for (const [format, check] of [
      ['csv', (t: string) => t.startsWith('path,key,status,prod,staging,dev,')],
      ['json', (t: string) => JSON.parse(t).schemaVersion === 1],
      ['md', (t: string) => t.startsWith('# Vault coverage snapshot')],
    ] as const) {
      const r = await cli(['--source', DEMO, '--format', format, '--output', 'out/report'])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('')
      expect(check(r.files.get('out/report')!)).toBe(true)
    }
  })

  it('selects and orders environments, and names the valid ones for an unknown slug', async () => {
    const r = await cli(['--source', DEMO, '--format', 'json', '--environments', 'dev,prod'])
    expect(JSON.parse(r.stdout).environments.map((e: { slug: string }) => e.slug)).toEqual(['dev', 'prod'])
    const bad = await cli(['--source', DEMO, '--environments', 'prod,qa'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Unknown environment "qa" in examples/demo-inventory.json; valid environments: prod, staging, dev')
  })
})

describe('exit codes', () => {
  const twoEnvs = (stagingUnreadable: boolean) =>
    writeInventory({
      environments: [
        ok([{ path: '/', key: 'A', version: 1, updatedAt: '2026-11-01T00:00:00Z' }]),
        stagingUnreadable ? { slug: 'staging', unreadable: 'HTTP 503' } : { slug: 'staging', secrets: [] },
      ],
    })

  it('0 when the audit completes with drift, 3 when --fail-on drift trips', async () => {
    const path = twoEnvs(false)
    expect((await cli(['--source', `file:${path}`])).code).toBe(0)
    expect((await cli(['--source', `file:${path}`, '--fail-on', 'drift'])).code).toBe(3)
    expect((await cli(['--source', `file:${path}`, '--fail-on', 'none'])).code).toBe(0)
  })

  it('2 when an environment is unreadable (still printing the report), unless --fail-on none', async () => {
    const path = twoEnvs(true)
    const r = await cli(['--source', `file:${path}`, '--fail-on', 'drift'])
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('## Unreadable environments')
    expect(r.logs).toContain('warning: Environment staging could not be read: HTTP 503')
    expect((await cli(['--source', `file:${path}`, '--fail-on', 'none'])).code).toBe(0)
  })
})

describe('file source', () => {
  it.each([
    ['{"environments": [', /inv\.json: not valid JSON/],
    [{ environments: [] }, /inv\.json: environments: expected at least one environment/],
    [
      { environments: [ok([{ path: '/x', key: 'A', version: -2, updatedAt: '2026-11-01T00:00:00Z' }])] },
      /inv\.json: environments\[0\]\.secrets\[0\]\.version: /,
    ],
    [{ environments: [ok([{ path: '/x', key: 'A', version: '', updatedAt: '2026-11-01T00:00:00Z' }])] }, /secrets\[0\]\.version: /],
    [{ environments: [ok([{ path: '/x', key: 'A', unusable: { state: 'gone', reason: 'x' } }])] }, /secrets\[0\]\.unusable\.state: /],
    [{ environments: [ok([{ path: 'x', key: 'A', version: 2, updatedAt: '2026-11-01T00:00:00Z' }])] }, /secrets\[0\]\.path: expected an absolute folder path/],
    [{ environments: [ok([{ path: '/x', key: 'A', version: 2, updatedAt: 'yesterday' }])] }, /secrets\[0\]\.updatedAt/],
    [{ environments: [ok(), ok()] }, /environment slugs must be unique/],
  ])('rejects a bad inventory naming the file and the field (%#)', async (body, message) => {
    const path = writeInventory(body)
    const r = await cli(['--source', `file:${path}`])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
  })

  it('refuses secret values instead of carrying them, without echoing them', async () => {
    const path = writeInventory({ environments: [ok([{ path: '/x', key: 'A', version: 1, updatedAt: '2026-11-01T00:00:00Z', secretValue: 'hunter2-value' }])] })
    const r = await cli(['--source', `file:${path}`])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('unknown field secretValue: inventory files hold metadata only')
    expect(r.stderr).not.toContain('hunter2-value')
  })

  it('says which file it could not read', async () => {
    const r = await cli(['--source', 'file:/nonexistent/inv.json'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^Error: Cannot read inventory file \/nonexistent\/inv\.json: ENOENT/)
  })
})

describe('the built CLI as a process', () => {
  it('runs the demo inventory the way `npm start` does', async () => {
    const r = await runProcess('dist/cli/index.js', ['--source', DEMO, '--policy', 'examples/demo-policy.yml', '--now', '2026-11-23T00:00:00Z'], {})
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('# Vault coverage snapshot — 2026-11-23')
    expect(r.stdout).toContain('folder `/MooseQuest/cloudflare` does not exist in staging')
    expect(r.stdout).toMatch(/\| `\/MooseQuest\/heroku` \| `HEROKU_API_KEY` \| v8 \| v2 \| v1 \|/)
    expect(r.stderr).toContain('Audited 17 secrets in 3 environments')
  })

  it('exits 1 with the runbook message when Infisical settings are missing', async () => {
    const r = await runProcess(`${ROOT}/dist/cli/index.js`, [], {}, tmp())
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Missing required env vars: INFISICAL_CLIENT_ID, INFISICAL_CLIENT_SECRET, INFISICAL_PROJECT_ID\n')
  })
})
