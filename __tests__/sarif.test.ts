/**
 * SARIF for GitHub code scanning (issue 28, part 1): the output validated against the SARIF 2.1.0 JSON schema
 * (OASIS, kept as a fixture), fingerprints stable across runs, locations from dotenv, code and policy lines, the
 * built action writing sarif-file, and a leak test.
 */
import { describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli, ROOT } from './helpers/cli.js'

const require = (await import('node:module')).createRequire(import.meta.url)
const schema = JSON.parse(readFileSync(join(ROOT, '__tests__/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'))
const ajv = new Ajv({ schemaId: 'id', allErrors: true, unknownFormats: 'ignore' })
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'))
const validate = ajv.compile(schema)

const REPO = '__tests__/fixtures/contract-repo'
const STORES = `prod=file:${REPO}/inventory.json#prod,staging=file:${REPO}/inventory.json#staging`
const CONTRACT = `env=dotenv:${REPO}/.env.example,code=code:${REPO}/{src,.github}/**`
const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const VALUES = ['example-db-pass-0xA1', 'stripe-example-key-51AbCdEfGhIjKl', 'jwt-value-that-must-not-leak', 'example-multi-line-value-line-two-7f3a']

interface SarifResult {
  ruleId: string
  level: string
  message: { text: string }
  locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
  partialFingerprints: Record<string, string>
  properties: Record<string, unknown>
}
const sarifOf = async (args: string[]) => {
  const r = await cli([...args, '--format', 'sarif', ...NOW])
  if (!r.stdout) throw new Error(r.stderr + r.logs.join('\n'))
  return {
    ...r,
    sarif: JSON.parse(r.stdout) as {
      version: string
      runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: SarifResult[] }[]
    },
  }
}
const where = (r: SarifResult) => `${r.locations![0]!.physicalLocation.artifactLocation.uri}:${r.locations![0]!.physicalLocation.region.startLine}`

describe('SARIF 2.1.0', () => {
  it('validates against the SARIF 2.1.0 schema: the tool with its version, a rule per kind with its remediation', async () => {
    const { sarif, code } = await sarifOf(['--environments', `${CONTRACT},${STORES}`])
    expect(code).toBe(0)
    expect(validate(sarif)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    const run = sarif.runs[0]!
    expect(run.tool.driver).toMatchObject({ name: 'vault-coverage-audit', version: 'test' })
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'missing',
      'unexpected',
      'version-skew',
      'expired',
      'expiring',
      'rotation-overdue',
      'undeclared',
      'undocumented',
      'unreadable',
    ])
    // A broken document fails the same validation (the check can fail).
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false)
  })

  it('one result per finding, at the line that declares or reads the key, else the policy rule, else the snapshot row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-sarif-'))
    const policy = join('.tmp', `sarif-policy-${process.pid}.yml`)
    writeFileSync(join(ROOT, policy), 'rules:\n  - match: UNUSED_OLD_TOKEN\n    expected: [prod, staging]\n    owner: platform\n')
    const { sarif } = await sarifOf(['--environments', `${CONTRACT},${STORES}`, '--policy', policy])
    const results = sarif.runs[0]!.results
    const of = (ruleId: string, text: string) => results.find((r) => r.ruleId === ruleId && r.message.text.includes(text))!
    // Declared in .env.example and read by the code: the dotenv line.
    expect(where(of('missing', 'STRIPE\\_KEY'))).toBe(`${REPO}/.env.example:3`)
    // Read by the code only: the code line.
    expect(where(of('missing', 'NEW\\_KEY'))).toBe(`${REPO}/src/app.ts:4`)
    // No contract names it: the policy rule that placed it.
    expect(where(of('missing', 'UNUSED\\_OLD\\_TOKEN'))).toBe(`${policy}:2`)
    expect(of('missing', 'UNUSED\\_OLD\\_TOKEN').properties).toMatchObject({ owner: 'platform', environments: ['staging'] })
    expect(of('missing', 'STRIPE\\_KEY')).toMatchObject({ level: 'error' })
    expect(results.filter((r) => r.ruleId === 'undocumented').every((r) => r.level === 'note')).toBe(true)
    // Never a path outside the repository.
    for (const r of results) {
      const uri = r.locations![0]!.physicalLocation.artifactLocation.uri
      expect(uri.startsWith('/') || uri.split('/').includes('..')).toBe(false)
    }
    void dir
    // Neither a contract nor a rule: the snapshot's line for the row, in the snapshot the run commits.
    const plain = (await sarifOf(['--environments', STORES])).sarif.runs[0]!.results
    const stale = plain.find((r) => r.ruleId === 'missing' && r.message.text.includes('UNUSED\\_OLD\\_TOKEN'))!
    const [file, line] = where(stale).split(':')
    expect(file).toBe('docs/ops/2026-11-23-vault-coverage-snapshot.md')
    const markdown = (await cli(['--environments', STORES, ...NOW])).stdout.split('\n')
    expect(markdown[Number(line) - 1]).toMatch(/^\| `\/legacy` \| `UNUSED_OLD_TOKEN` \|/)
  })

  it('fingerprints are equal across two runs, and differ for a different environment set', async () => {
    const first = (await sarifOf(['--environments', `${CONTRACT},${STORES}`])).sarif.runs[0]!.results
    const second = (await sarifOf(['--environments', `${CONTRACT},${STORES}`])).sarif.runs[0]!.results
    expect(second.map((r) => r.partialFingerprints)).toEqual(first.map((r) => r.partialFingerprints))
    expect(new Set(first.map((r) => r.partialFingerprints['vcaFinding/v1'])).size).toBe(first.length)
    // NEW_KEY missing in prod and staging, then in prod only: another finding, another alert.
    const prodOnly = (await sarifOf(['--environments', `${CONTRACT},prod=file:${REPO}/inventory.json#prod`])).sarif.runs[0]!.results
    const fp = (results: SarifResult[]) =>
      results.find((r) => r.ruleId === 'missing' && r.message.text.includes('NEW\\_KEY'))!.partialFingerprints['vcaFinding/v1']
    expect(fp(prodOnly)).not.toBe(fp(first))
  })

  it('leaks no value of .env.example into the SARIF output', async () => {
    const { stdout } = await sarifOf(['--environments', `${CONTRACT},${STORES}`])
    expect(stdout).toContain('STRIPE')
    for (const value of VALUES) expect(stdout).not.toContain(value)
  })
})
