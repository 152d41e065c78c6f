/**
 * `code:GLOB`: the keys the code reads. Files come from `git ls-files` in a
 * work tree, globby elsewhere (./files.ts); each is scanned for its
 * language's forms (./scan.ts). Helpers defined in one file count where
 * another calls them, so calls are resolved after every file is scanned. A
 * key is reported at its first file:line in path order.
 */
import type { ContractInventory, ContractKey, DynamicAt, Inventory, UnreadFile } from '../../audit/inventory.js'
import { FatalError } from '../../core/errors.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import type { Source, SourceOptions } from '../source.js'
import type { CodeSettings } from './settings.js'
import { listFiles, readListed } from '../../files/listing.js'
import type { HelperDefinition } from './helpers.js'
import { parseCodeLocation, type CodeLocation } from './paths.js'
import { lastPart, languageOf, scanFile, SCANNED_FILES, type Language, type PendingCall } from './scan.js'

/** Dynamic reads kept by name (file:line); the rest are counted. */
const MAX_DYNAMIC_LISTED = 50

export interface Scan {
  keys: ContractKey[]
  /** Keys only ever written (`process.env.X = …`): not counted as reads. */
  writes: ContractKey[]
  /** Reads whose key is not a literal: the contract may be incomplete. At most MAX_DYNAMIC_LISTED, in path order. */
  dynamic: DynamicAt[]
  dynamicCount: number
  files: number
  /** Files the glob matched, in any language or none. */
  matched: number
  /** Of those, files in a language the scan reads. */
  readable: number
  /** Files the scan could not read (too large, outside the checkout, not a regular file, out of time): the contract is incomplete. */
  unread: UnreadFile[]
  /** How the files were listed. */
  listing: 'git' | 'walk'
}

export interface ScanLimits {
  maxFileBytes: number
  /** No file is started after this (epoch ms). */
  deadline?: number
}

/** Ruby helpers are called from ERB templates: one family. */
const family = (language: Language): string => (language === 'erb' ? 'ruby' : language)

interface Found {
  at: string
  order: number
  line: number
}

/** Scan the files a `code:` location names, relative to `cwd`; each read stays inside `cwd` after symbolic links. */
export async function scanGlob(location: string | CodeLocation, limits: ScanLimits, cwd = process.cwd()): Promise<Scan> {
  const parsed = typeof location === 'string' ? parseCodeLocation(location) : location
  if ('expected' in parsed) throw new FatalError(`code:${String(location)}: expected ${parsed.expected}`)
  const listing = await listFiles(cwd, parsed.include, parsed.exclude)
  const files = listing.files
  const reads = new Map<string, Found>()
  const workflowReads = new Map<string, Found>()
  const writes = new Map<string, Found>()
  const dynamic: (DynamicAt & { order: number; line: number })[] = []
  const helpers = new Map<string, HelperDefinition>()
  const pending: (PendingCall & { order: number; file: string; language: Language })[] = []
  let scanned = 0
  const keep = (map: Map<string, Found>, key: string, file: string, line: number, order: number) => {
    const seen = map.get(key)
    if (!seen || order < seen.order || (order === seen.order && line < seen.line)) map.set(key, { at: `${file}:${line}`, order, line })
  }
  const read = await readListed(
    listing,
    {
      cwd,
      maxBytes: limits.maxFileBytes,
      deadline: limits.deadline ?? Infinity,
      late: "not scanned: the run's time limit was reached",
      wanted: (f) => Boolean(languageOf(f)),
    },
    (file, text, order) => {
      const language = languageOf(file)!
      scanned++
      const scan = scanFile(text, language, { helpers: parsed.helpers })
      for (const ref of scan.references) keep(ref.write ? writes : ref.workflow ? workflowReads : reads, ref.key, file, ref.line, order)
      for (const d of scan.dynamic) dynamic.push({ at: `${file}:${d.line}`, via: d.via, order, line: d.line })
      for (const h of scan.helpers) helpers.set(`${family(h.language)}:${h.name}`, h)
      for (const call of scan.pending) pending.push({ ...call, order, file, language })
    },
  )
  const { unread } = read
  const readable = read.wanted - read.gone
  // A call in one file to a helper another file defines.
  for (const call of pending) {
    const helper = helpers.get(`${family(call.language)}:${lastPart(call.callee)}`)
    if (helper?.param === 0) keep(reads, call.key, call.file, call.line, call.order)
  }
  const inOrder = (map: Map<string, Found>, skip?: Map<string, Found>) =>
    [...map]
      .filter(([key]) => !skip?.has(key))
      .sort((a, b) => a[1].order - b[1].order || a[1].line - b[1].line)
      .map(([key, { at }]) => ({ key, at }))
  const workflowOnly = inOrder(workflowReads, reads).map((k) => ({ ...k, workflow: true as const }))
  const allReads = new Map([...reads, ...workflowReads])
  dynamic.sort((a, b) => a.order - b.order || a.line - b.line)
  return {
    keys: [...inOrder(reads), ...workflowOnly],
    writes: inOrder(writes, allReads),
    dynamic: dynamic.slice(0, MAX_DYNAMIC_LISTED).map(({ at, via }) => ({ at, via })),
    dynamicCount: dynamic.length,
    files: scanned,
    matched: files.length,
    readable,
    unread: unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    listing: listing.by,
  }
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
      const dynamic = scan.dynamicCount ? `; ${plural(scan.dynamicCount, 'dynamic read')} (keys not named, not counted)` : ''
      const writes = scan.writes.length ? `; ${plural(scan.writes.length, 'key')} only written` : ''
      this.ports.logger.info(`code:${glob}: ${plural(scan.keys.length, 'key')} read in ${plural(scan.files, 'file')}${unread}${dynamic}${writes}`)
      contracts.push({
        slug: glob,
        role: 'uses',
        label: glob,
        keys: scan.keys,
        ...(scan.unread.length ? { unread: scan.unread } : {}),
        ...(scan.dynamicCount ? { dynamic: scan.dynamic, dynamicCount: scan.dynamicCount } : {}),
        ...(scan.writes.length ? { writes: scan.writes } : {}),
      })
    }
    return { source: { kind: 'code', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts }
  }
}
