/**
 * The files a column of the repository reads (code, manifests). Inside a git work tree, `git ls-files`
 * lists them in one process (tracked and untracked, .gitignore honoured),
 * five times faster than walking the tree; outside one, globby walks it.
 * Either way node_modules, dist and vendored folders are skipped, and the
 * column's `!` patterns are taken out.
 */
import { execFile } from 'node:child_process'
import picomatch from 'picomatch'
import { globby } from 'globby'
import type { UnreadFile } from '../audit/inventory.js'
import { workspace, WorkspaceReadError } from './workspace.js'

const SKIPPED = ['**/node_modules/**', '**/dist/**', '**/vendor/**', '**/vendored/**', '**/third_party/**', '**/.git/**']

export interface Listing {
  files: string[]
  /** `git`: from the index and work tree (a tracked file deleted in the work tree may be listed); `walk`: from the file system. */
  by: 'git' | 'walk'
}

/** The files under `cwd` that `include` matches and neither `exclude` nor the skipped folders do, sorted. */
export async function listFiles(cwd: string, include: string[], exclude: string[]): Promise<Listing> {
  const tracked = await gitFiles(cwd)
  if (tracked) {
    const wanted = picomatch(include, { dot: true })
    const unwanted = picomatch([...SKIPPED, ...exclude], { dot: true })
    return { files: tracked.filter((f) => wanted(f) && !unwanted(f)).sort(), by: 'git' }
  }
  const files = await globby(include, { cwd, gitignore: true, ignore: [...SKIPPED, ...exclude], dot: true, onlyFiles: true, followSymbolicLinks: false })
  return { files: files.sort(), by: 'walk' }
}

/** `git ls-files` under `cwd`, or undefined when it is not a work tree (or git is missing, or refuses it). */
function gitFiles(cwd: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      // No hook or monitor of the checkout's configuration runs: only the listing.
      ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'],
      { cwd, maxBuffer: 512 * 1024 * 1024, timeout: 120_000, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (err, stdout) => resolve(err ? undefined : stdout.split('\0').filter(Boolean)),
    )
  })
}

/** The longest a read of listed files holds the event loop before it yields. */
const YIELD_EVERY_MS = 10

export interface ReadOptions {
  /** The checkout every read stays inside. */
  cwd: string
  maxBytes: number
  /** No file is started after this (epoch ms). */
  deadline: number
  /** Why a file left for after the deadline was not read. */
  late: string
  /** Which listed files to read (default: every one). */
  wanted?: (file: string) => boolean
}

/**
 * Each wanted file's text, handed to `each` in listing order with its index there. Files are read synchronously
 * (five system calls each, no thread-pool round trips), yielding to the event loop every few milliseconds so a
 * store read beside it keeps its timers and sockets served. A file git lists that the work tree no longer holds is
 * not there to read (`gone`), not a file unread.
 */
export async function readListed(
  listing: Listing,
  options: ReadOptions,
  each: (file: string, text: string, order: number) => void,
): Promise<{ wanted: number; gone: number; unread: UnreadFile[] }> {
  const checkout = workspace(options.cwd)
  const unread: UnreadFile[] = []
  let wanted = 0
  let gone = 0
  let slice = Date.now()
  for (const [order, file] of listing.files.entries()) {
    if (Date.now() - slice >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      slice = Date.now()
    }
    if (options.wanted && !options.wanted(file)) continue
    wanted++
    if (Date.now() >= options.deadline) {
      unread.push({ file, reason: options.late })
      continue
    }
    let text: string
    try {
      text = checkout.readNow(file, options.maxBytes)
    } catch (err) {
      if (!(err instanceof WorkspaceReadError)) throw err
      if (listing.by === 'git' && err.code === 'ENOENT') gone++
      else unread.push({ file, reason: err.reason })
      continue
    }
    each(file, text, order)
  }
  return { wanted, gone, unread }
}
