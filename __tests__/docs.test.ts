import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
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

describe('the README and docs/', () => {
  it('has the inputs and outputs tables and the --help text the rows generate, in docs/ (npm run docs)', () => {
    const { inputs, outputs, 'cli-usage': cliUsage } = readmeBlocks(read('action.yml'))
    expect(withBlocks(read('docs/inputs.md'), { inputs: inputs! })).toBe(read('docs/inputs.md'))
    expect(withBlocks(read('docs/outputs.md'), { outputs: outputs! })).toBe(read('docs/outputs.md'))
    const cliPage = read('docs/cli.md')
    expect(withBlocks(cliPage, { 'cli-usage': cliUsage! })).toBe(cliPage)
  })

  it('shows every CLI flag and environment variable, --expiry-tag included', () => {
    const page = read('docs/cli.md')
    for (const flag of ['--expiry-tag SLUG', '--header', '--snapshot-path TEMPLATE', 'INFISICAL_CLIENT_SECRET', 'INFISICAL_EXPIRY_TAG']) {
      expect(usage()).toContain(flag)
      expect(page).toContain(flag)
    }
  })

  it('keeps the README a landing page with the two set-up commands, and documents exit codes 0-3', () => {
    const readme = read('README.md')
    expect(readme.length).toBeLessThanOrEqual(15_000)
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
    const action = read('docs/action.md')
    for (const code of ['| 0 |', '| 1 |', '| 2 |', '| 3 |']) expect(action).toContain(code)
  })

  it('has every relative link of the README and docs/ resolve, to a file and to a heading of it', () => {
    const slug = (heading: string) =>
      heading
        .replace(/^#+\s*/, '')
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-')
    const pages = [
      'README.md',
      ...readdirSync(new URL('../docs/', import.meta.url))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ]
    const headings = (page: string) =>
      new Set(
        read(page)
          .split('\n')
          .filter((l) => /^#{1,6} /.test(l))
          .map(slug),
      )
    let links = 0
    for (const page of pages) {
      const text = read(page).replace(/```[\s\S]*?```/g, '')
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue
        links++
        const [file, anchor] = target!.split('#') as [string, string | undefined]
        const resolved = file ? join(dirname(page), file) : page
        expect({ page, target, exists: existsSync(new URL(`../${resolved}`, import.meta.url)) }).toEqual({ page, target, exists: true })
        if (anchor && resolved.endsWith('.md')) expect({ page, target, heading: headings(resolved).has(anchor) }).toEqual({ page, target, heading: true })
      }
    }
    expect(links).toBeGreaterThan(20)
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

  it('cover every store, the pull-request checks, a manual run and the org on the matrix', () => {
    expect(workflows.sort()).toEqual([
      'aws-nightly.yml',
      'azure-google-nightly.yml',
      'contract-pr.yml',
      'infisical-nightly.yml',
      'manual-dispatch.yml',
      'org-nightly.yml',
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
