/**
 * `code:GLOB`: the keys the code reads. Files come from globby (the
 * checkout's .gitignore honoured; node_modules, dist and vendored folders
 * skipped); each is scanned for its language's forms (./scan.ts). A key is
 * reported at its first file:line in path order.
 */
import { globby } from 'globby'
import type { ContractInventory, ContractKey, Inventory, UnreadFile } from '../../audit/inventory.js'
import { FatalError } from '../../core/errors.js'
import { eachConcurrently } from '../../net/pool.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import { workspace, WorkspaceReadError } from '../../files/workspace.js'
import type { Source, SourceOptions } from '../source.js'
import type { CodeSettings } from './settings.js'
import { languageOf, scanText, SCANNED_FILES } from './scan.js'

const SKIPPED = ['**/node_modules/**', '**/dist/**', '**/vendor/**', '**/vendored/**', '**/third_party/**', '**/.git/**']

export interface Scan {
  keys: ContractKey[]
  files: number
  /** Files the glob matched, in any language or none. */
  matched: number
  /** Of those, files in a language the scan reads. */
  readable: number
  /** Files the scan could not read (too large, outside the checkout, not a regular file, out of time): the contract is incomplete. */
  unread: UnreadFile[]
}

export interface ScanLimits {
  maxFileBytes: number
  /** No file is started after this (epoch ms). */
  deadline?: number
}

/** Scan the files a glob names, relative to `cwd`; each read stays inside `cwd` after symbolic links. */
export async function scanGlob(glob: string, limits: ScanLimits, cwd = process.cwd()): Promise<Scan> {
  const files = (await globby(glob, { cwd, gitignore: true, ignore: SKIPPED, dot: true, onlyFiles: true, followSymbolicLinks: false })).sort()
  const firsts = new Map<string, { at: string; order: number }>()
  const unread: UnreadFile[] = []
  let scanned = 0
  let readable = 0
  const deadline = limits.deadline ?? Infinity
  const checkout = workspace(cwd)
  await eachConcurrently(
    files.map((file, order) => ({ file, order })),
    16,
    async ({ file, order }) => {
      const language = languageOf(file)
      if (!language) return
      readable++
      if (Date.now() >= deadline) {
        unread.push({ file, reason: "not scanned: the run's time limit was reached" })
        return
      }
      let text: string
      try {
        text = await checkout.read(file, limits.maxFileBytes)
      } catch (err) {
        if (!(err instanceof WorkspaceReadError)) throw err
        unread.push({ file, reason: err.reason })
        return
      }
      scanned++
      for (const ref of scanText(text, language)) {
        const seen = firsts.get(ref.key)
        if (!seen || order < seen.order) firsts.set(ref.key, { at: `${file}:${ref.line}`, order })
      }
    },
  )
  const keys = [...firsts].sort((a, b) => a[1].order - b[1].order).map(([key, { at }]) => ({ key, at }))
  return { keys, files: scanned, matched: files.length, readable, unread: unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) }
}

export class CodeSource implements Source {
  constructor(
    private readonly settings: CodeSettings,
    private readonly ports: Ports,
  ) {}

  async read(options: SourceOptions): Promise<Inventory> {
    const contracts: ContractInventory[] = []
    const deadline = Date.now() + this.settings.runTimeoutMs
    for (const glob of options.locations ?? []) {
      let scan: Scan
      try {
        scan = await scanGlob(glob, { maxFileBytes: this.settings.maxFileBytes, deadline })
      } catch (err) {
        const code = (err as { code?: string }).code
        throw new FatalError(`code:${glob}: the files could not be scanned${code && /^E[A-Z]+$/.test(code) ? ` (${code})` : ''}`)
      }
      // A column that reads nothing checks nothing: a pull-request check must not pass on a typo.
      if (scan.matched === 0) {
        throw new FatalError(
          `code:${glob}: the glob matches no file in the checkout (a typo, or only files .gitignore excludes): the column would check nothing`,
        )
      }
      if (scan.readable === 0) {
        throw new FatalError(
          `code:${glob}: the glob matches ${plural(scan.matched, 'file')}, none of a kind the scan reads (${SCANNED_FILES}): the column would check nothing`,
        )
      }
      // Each file not read is a warning of the run's (one line per file, capped), and makes the run incomplete.
      const unread = scan.unread.length ? `; ${plural(scan.unread.length, 'file')} not read` : ''
      this.ports.logger.info(`code:${glob}: ${plural(scan.keys.length, 'key')} read in ${plural(scan.files, 'file')}${unread}`)
      contracts.push({ slug: glob, role: 'uses', label: glob, keys: scan.keys, ...(scan.unread.length ? { unread: scan.unread } : {}) })
    }
    return { source: { kind: 'code', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts }
  }
}
