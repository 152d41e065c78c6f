import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
// @ts-expect-error: a plain ESM script without types
import { actionTables, withTables } from '../scripts/action-docs.mjs'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('the README', () => {
  it('has the inputs and outputs tables action.yml generates (npm run docs)', () => {
    const readme = read('README.md')
    expect(withTables(readme, actionTables(read('action.yml')))).toBe(readme)
  })

  it('documents exit codes 0-3 and the two set-up commands', () => {
    const readme = read('README.md')
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
    for (const code of ['| 0 |', '| 1 |', '| 2 |', '| 3 |']) expect(readme).toContain(code)
  })
})

describe('action.yml', () => {
  const action = parse(read('action.yml'))

  it('runs the bundle on node24 and describes every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [, spec] of Object.entries<{ description?: string }>({ ...action.inputs, ...action.outputs })) {
      expect(spec.description?.length).toBeGreaterThan(10)
    }
    for (const [, spec] of Object.entries<{ default?: unknown }>(action.inputs)) expect(spec).toHaveProperty('default')
  })

  it('declares exactly the outputs the action sets', () => {
    const source = read('src/action.ts')
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort()
    expect(Object.keys(action.outputs).sort()).toEqual(set)
  })

  it('reads only inputs it declares', () => {
    const source = read('src/action.ts')
    const read_ = new Set([...source.matchAll(/input\('([a-z-]+)'\)/g), ...source.matchAll(/for \(const name of \[([^\]]+)\]/g)].flatMap((m) =>
      m[1]!.includes("'") ? [...m[1]!.matchAll(/'([a-z-]+)'/g)].map((x) => x[1]!) : [m[1]!],
    ))
    for (const name of read_) expect(Object.keys(action.inputs)).toContain(name)
  })
})

describe('the version', () => {
  it('that --version prints is package.json\'s', async () => {
    const { VERSION } = await import('../src/version.js')
    expect(VERSION).toBe(JSON.parse(read('package.json')).version)
  })
})
