import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { actionOptions } from '../src/action/inputs.js'
import { OUTPUTS } from '../src/action/run-action.js'
import { usage } from '../src/cli/args.js'
import { actionYml, readmeBlocks, withBlocks } from '../scripts/docs/blocks.js'

const path = (name: string) => new URL(`../${name}`, import.meta.url)
const read = (name: string) => readFileSync(path(name), 'utf8')

describe('action.yml', () => {
  const action = parse(read('action.yml'))

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the option rows that have an input, in order, with their help and default (npm run docs)', () => {
    const rows = actionOptions()
    expect(Object.keys(action.inputs)).toEqual(rows.map((o) => o.input))
    for (const row of rows) expect(action.inputs[row.input!]).toEqual({ description: row.help, default: row.default ?? '' })
    expect(read('action.yml')).toBe(actionYml(read('action.yml')))
  })

  it('declares exactly the outputs the action sets', () => {
    expect(Object.fromEntries(Object.entries<{ description: string }>(action.outputs).map(([k, v]) => [k, v.description]))).toEqual(OUTPUTS)
  })

  it('masks every credential input: each secret row is an input the runner can mask', () => {
    const secret = actionOptions()
      .filter((o) => o.secret)
      .map((o) => o.input)
    expect(secret).toEqual(expect.arrayContaining(['infisical-client-secret', 'cf-access-client-secret', 'extra-headers', 'github-token', 'slack-webhook-url']))
  })
})

describe('the README', () => {
  it('has the inputs and outputs tables and the --help text the rows generate (npm run docs)', () => {
    const readme = read('README.md')
    expect(withBlocks(readme, readmeBlocks(read('action.yml')))).toBe(readme)
  })

  it('shows every CLI flag and environment variable, --expiry-tag included', () => {
    const readme = read('README.md')
    for (const flag of ['--expiry-tag SLUG', '--header', '--snapshot-path TEMPLATE', 'INFISICAL_CLIENT_SECRET', 'INFISICAL_EXPIRY_TAG']) {
      expect(usage()).toContain(flag)
      expect(readme).toContain(flag)
    }
  })

  it('documents exit codes 0-3 and the two set-up commands', () => {
    const readme = read('README.md')
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
    for (const code of ['| 0 |', '| 1 |', '| 2 |', '| 3 |']) expect(readme).toContain(code)
  })
})

describe('the version', () => {
  it("that --version prints is package.json's", async () => {
    const { VERSION } = await import('../src/core/version.js')
    expect(VERSION).toBe(JSON.parse(read('package.json')).version)
  })
})

describe('the example workflows (examples/workflows/, checked by actionlint in npm run lint)', () => {
  const dir = new URL('../examples/workflows/', import.meta.url)
  const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'))

  it('cover every store, the pull-request checks and a manual run', () => {
    expect(workflows.sort()).toEqual([
      'aws-nightly.yml',
      'azure-google-nightly.yml',
      'contract-pr.yml',
      'infisical-nightly.yml',
      'manual-dispatch.yml',
      'pull-request-check.yml',
      'vault-nightly.yml',
    ])
  })

  it('give this action only inputs action.yml declares, pinned as OWNER/vault-coverage-audit@v1', () => {
    const inputs = Object.keys(parse(read('action.yml')).inputs)
    let steps = 0
    for (const file of workflows) {
      const workflow = parse(readFileSync(new URL(file, dir), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: object }[] }> }
      for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) {
        if (!step.uses?.includes('vault-coverage-audit')) continue
        steps++
        expect({ file, uses: step.uses }).toEqual({ file, uses: 'OWNER/vault-coverage-audit@v1' })
        for (const key of Object.keys(step.with ?? {})) expect({ file, key, known: inputs.includes(key) }).toEqual({ file, key, known: true })
      }
    }
    expect(steps).toBeGreaterThanOrEqual(workflows.length)
  })
})
