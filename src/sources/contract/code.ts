/**
 * `code:GLOB`: the keys the code reads. Files come from globby (the
 * checkout's .gitignore honoured; node_modules, dist and vendored folders
 * skipped); each is scanned for its language's forms (./scan.ts). A key is
 * reported at its first file:line in path order.
 */
import { readFile, stat } from 'node:fs/promises'
import { globby } from 'globby'
import type { ContractKey, Inventory } from '../../audit/inventory.js'
import { FatalError } from '../../errors.js'
import { eachConcurrently } from '../../pool.js'
import type { Ports } from '../../ports.js'
import { plural } from '../../render/plural.js'
import type { Source, SourceOptions } from '../source.js'
import type { CodeSettings } from './settings.js'
import { languageOf, scanText } from './scan.js'

const SKIPPED = ['**/node_modules/**', '**/dist/**', '**/vendor/**', '**/vendored/**', '**/third_party/**', '**/.git/**']

export interface Scan {
  keys: ContractKey[]
  files: number
  skipped: string[]
}

/** Scan the files a glob names, relative to `cwd`. */
export async function scanGlob(glob: string, maxFileBytes: number, cwd = process.cwd()): Promise<Scan> {
  const files = (await globby(glob, { cwd, gitignore: true, ignore: SKIPPED, dot: true, onlyFiles: true, followSymbolicLinks: false })).sort()
  const firsts = new Map<string, { at: string; order: number }>()
  const skipped: string[] = []
  let scanned = 0
  await eachConcurrently(files.map((file, order) => ({ file, order })), 16, async ({ file, order }) => {
    const language = languageOf(file)
    if (!language) return
    const path = `${cwd}/${file}`
    if ((await stat(path)).size > maxFileBytes) {
      skipped.push(file)
      return
    }
    scanned++
    for (const ref of scanText(await readFile(path, 'utf8'), language)) {
      const seen = firsts.get(ref.key)
      if (!seen || order < seen.order) firsts.set(ref.key, { at: `${file}:${ref.line}`, order })
    }
  })
  const keys = [...firsts].sort((a, b) => a[1].order - b[1].order).map(([key, { at }]) => ({ key, at }))
  return { keys, files: scanned, skipped: skipped.sort() }
}

export class CodeSource implements Source {
  constructor(
    private readonly settings: CodeSettings,
    private readonly ports: Ports,
  ) {}

  async read(options: SourceOptions): Promise<Inventory> {
    const contracts = []
    for (const glob of options.locations ?? []) {
      let scan: Scan
      try {
        scan = await scanGlob(glob, this.settings.maxFileBytes)
      } catch (err) {
        const code = (err as { code?: string }).code
        throw new FatalError(`code:${glob}: the files could not be scanned${code ? ` (${code})` : ''}`)
      }
      const notes = scan.skipped.length
        ? [`${plural(scan.skipped.length, 'file')} over ${Math.round(this.settings.maxFileBytes / 1024)} KiB skipped: ${scan.skipped.slice(0, 5).join(', ')}${scan.skipped.length > 5 ? ', …' : ''}`]
        : []
      for (const note of notes) this.ports.logger.warning(`code:${glob}: ${note}`)
      this.ports.logger.info(`code:${glob}: ${plural(scan.keys.length, 'key')} read in ${plural(scan.files, 'file')}`)
      contracts.push({ slug: glob, role: 'uses' as const, label: glob, keys: scan.keys, ...(notes.length ? { notes } : {}) })
    }
    return { source: { kind: 'code', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts }
  }
}
