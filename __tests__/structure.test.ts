/**
 * The house's shape, checked: the import graph of src/ has no cycle and no
 * import from a lower layer to a higher one; the CLI never loads the runner
 * toolkit; a new store is one provider added to the registry.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { ROOT } from './helpers/cli.js'

const SRC = join(ROOT, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

/** file → the src files it imports (static, dynamic and type-only alike), as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const local = info.importedFiles.map((i) => i.fileName).filter((name) => name.startsWith('.'))
    graph.set(
      relative(SRC, file),
      local.map((name) => relative(SRC, resolve(dirname(file), name.replace(/\.js$/, '.ts')))),
    )
  }
  return graph
}

/** The packages a src file imports (static, dynamic and type-only alike), Node built-ins included. */
const packagesOf = (file: string): string[] =>
  ts
    .preProcessFile(readFileSync(join(SRC, file), 'utf8'), true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((name) => !name.startsWith('.'))

/** Strongly connected components with more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const stack: string[] = []
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    indices.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!))
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!indices.has(v)) visit(v)
  return found
}

/**
 * Layers, lowest first: a file may import its own layer and lower ones only.
 * The pure core (audit, render) sits below every piece of I/O.
 */
const LAYERS: [string, RegExp][] = [
  ['leaves', /^(core\/(ports|errors|schema|version|policy)\.ts|options\.ts|net\/(retry-after|budget|pool|transport|loopback|rate-pacer|scheduler)\.ts)$/],
  ['pure core', /^(audit|render)\//],
  ['files and HTTP', /^(files\/(policy-file|workspace|globs|listing)\.ts|history\/history\.ts|net\/http\.ts)$/],
  ['stores', /^sources\//],
  ['settings and the run', /^(settings|run)\.ts$/],
  ['org runs', /^org\//],
  ['publishers', /^publish\//],
  ['entry flows', /^(action|cli)\//],
  ['entry points', /^(main|entry|cli)\.ts$/],
]
const layerOf = (file: string): number => LAYERS.findIndex(([, pattern]) => pattern.test(file))

describe('the import graph of src/', () => {
  const graph = importGraph()

  it('puts every file in a layer', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) < 0)).toEqual([])
  })

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('never imports from a higher layer', () => {
    const upward = [...graph].flatMap(([file, deps]) => deps.filter((d) => layerOf(d) > layerOf(file)).map((d) => `${file} → ${d}`))
    expect(upward).toEqual([])
  })

  it('keeps audit/ and render/ pure: no Node built-in, no package', () => {
    for (const file of [...graph.keys()].filter((f) => /^(audit|render)\//.test(f))) {
      const packages = packagesOf(file)
      expect({ file, packages }).toEqual({ file, packages: [] })
    }
  })

  it('keeps the action toolkit out of the CLI: nothing the CLI reaches imports @actions/core', () => {
    const reached = new Set<string>()
    const walk = (f: string) => {
      if (reached.has(f)) return
      reached.add(f)
      for (const d of graph.get(f) ?? []) walk(d)
    }
    walk('cli.ts')
    const withCore = [...reached].filter((f) => packagesOf(f).includes('@actions/core'))
    expect(withCore).toEqual([])
    expect(reached.has('main.ts')).toBe(false)
  })

  it('names the store kinds in sources/ only', async () => {
    const { STORES } = await import('../src/sources/index.js')
    const kinds = STORES.providers.map((p) => p.kind)
    const outside = [...graph.keys()].filter((f) => !f.startsWith('sources/'))
    // A kind as a string literal: 'infisical', "file", `file:…`.
    const naming = outside.flatMap((f) =>
      kinds.filter((k) => new RegExp(`(['"])${k}\\1|\`${k}:`).test(readFileSync(join(SRC, f), 'utf8'))).map((k) => `${f}: ${k}`),
    )
    expect(naming).toEqual([])
  })
})
