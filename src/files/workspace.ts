/**
 * Reading files a user or the repository names, inside the workspace only.
 * A pull request controls every file of its checkout (symlinks included), so a
 * path is judged after symlinks are followed, special files (FIFOs, devices,
 * /proc) are refused before they can block, and every read is bounded in size.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/** Why a workspace file was not read, in fixed words (never the file's text). */
export class WorkspaceReadError extends Error {
  override name = 'WorkspaceReadError'
  constructor(
    readonly path: string,
    /** ENOENT and the like from the system, or ours: EOUTSIDE, ENOTREGULAR, ETOOBIG. */
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** The largest file any single read takes (a policy, an inventory, a dotenv file, a snapshot). */
export const MAX_READ_BYTES = 16 * 1024 * 1024

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENOTDIR: 'a part of the path is not a directory',
}

const systemError = (path: string, err: unknown): WorkspaceReadError => {
  const code = (err as { code?: unknown }).code
  const known = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'EIO'
  return new WorkspaceReadError(path, known, REASONS[known] ?? `cannot be read (${known})`)
}

/** Whether `target` (absolute, symlinks resolved) is `root` or below it. */
const isInside = (root: string, target: string): boolean => {
  const rel = relative(root, target)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

/** Reads inside one workspace; its own real path is resolved once. */
export interface Workspace {
  /** A UTF-8 regular file inside the workspace of at most `maxBytes`, opened without blocking (a FIFO is refused at once). */
  read(path: string, maxBytes?: number): Promise<string>
  /**
   * The same read, synchronously, for a scan of thousands of small files (five
   * system calls each instead of five thread-pool round trips): the caller
   * yields to the event loop between batches. Each folder's real path is
   * resolved once; the file itself is opened without following a symbolic
   * link, and only a link is resolved on its own.
   */
  readNow(path: string, maxBytes?: number): string
}

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW

export function workspace(root: string): Workspace {
  let rootNow: string | undefined
  const folders = new Map<string, string>()
  // The real path of a folder when it stays inside; a WorkspaceReadError otherwise.
  const folderInside = (path: string, folder: string): string => {
    let real = folders.get(folder)
    if (real === undefined) {
      try {
        rootNow ??= realpathSync(root)
        real = realpathSync(folder)
      } catch (err) {
        throw systemError(path, err)
      }
      folders.set(folder, real)
    }
    if (!isInside(rootNow!, real)) throw new WorkspaceReadError(path, 'EOUTSIDE', 'is outside the workspace (after following symbolic links)')
    return real
  }
  const readNow = (path: string, maxBytes = MAX_READ_BYTES): string => {
    const full = resolve(root, path)
    const target = join(folderInside(path, dirname(full)), basename(full))
    let fd: number
    try {
      fd = openSync(target, FLAGS)
    } catch (err) {
      if ((err as { code?: string }).code !== 'ELOOP') throw systemError(path, err)
      // The file is a symbolic link: judged where it leads.
      let real: string
      try {
        real = realpathSync(target)
      } catch (cause) {
        throw systemError(path, cause)
      }
      folderInside(path, dirname(real))
      try {
        fd = openSync(real, FLAGS)
      } catch (cause) {
        throw systemError(path, cause)
      }
    }
    try {
      const stats = fstatSync(fd)
      if (!stats.isFile()) throw new WorkspaceReadError(path, 'ENOTREGULAR', 'is not a regular file')
      const tooBig = () => new WorkspaceReadError(path, 'ETOOBIG', `is larger than ${Math.round(maxBytes / 1024)} KiB`)
      if (stats.size > maxBytes) throw tooBig()
      const buffer = Buffer.allocUnsafe(Math.min(maxBytes, stats.size) + 1)
      let length = 0
      while (length < buffer.length) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, length)
        if (bytesRead === 0) break
        length += bytesRead
      }
      if (length > maxBytes) throw tooBig()
      return buffer.toString('utf8', 0, length)
    } catch (err) {
      throw err instanceof WorkspaceReadError ? err : systemError(path, err)
    } finally {
      closeSync(fd)
    }
  }
  // One file at a time (a policy, an inventory, a dotenv file): the same few system calls, behind a promise.
  return { read: async (path, maxBytes) => readNow(path, maxBytes), readNow }
}

/** The production readText: every path relative to the workspace and kept inside it. */
export const workspaceReader = (root: string): ((path: string) => Promise<string>) => {
  const inside = workspace(root)
  return (path) => inside.read(path)
}
