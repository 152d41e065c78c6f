/**
 * Reading files a user or the repository names, inside the workspace only.
 * A pull request controls every file of its checkout (symlinks included), so a
 * path is judged after symlinks are followed, special files (FIFOs, devices,
 * /proc) are refused before they can block, and every read is bounded in size.
 */
import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'

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
}

export function workspace(root: string): Workspace {
  let realRoot: Promise<string> | undefined
  // The real path of `path` when it stays inside after symbolic links; a WorkspaceReadError otherwise.
  const resolveInside = async (path: string): Promise<string> => {
    let real: string
    let inside: string
    try {
      inside = await (realRoot ??= realpath(root))
      real = await realpath(resolve(root, path))
    } catch (err) {
      throw systemError(path, err)
    }
    if (!isInside(inside, real)) throw new WorkspaceReadError(path, 'EOUTSIDE', 'is outside the workspace (after following symbolic links)')
    return real
  }
  return { read: async (path, maxBytes = MAX_READ_BYTES) => readRegular(path, await resolveInside(path), maxBytes) }
}

async function readRegular(path: string, real: string, maxBytes: number): Promise<string> {
  let handle
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  } catch (err) {
    throw systemError(path, err)
  }
  const tooBig = () => new WorkspaceReadError(path, 'ETOOBIG', `is larger than ${Math.round(maxBytes / 1024)} KiB`)
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new WorkspaceReadError(path, 'ENOTREGULAR', 'is not a regular file')
    if (stats.size > maxBytes) throw tooBig()
    // One byte past the size it has: a file that grew while read is seen to, and refused past the limit.
    const buffer = Buffer.alloc(Math.min(maxBytes, stats.size) + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) throw tooBig()
    return buffer.toString('utf8', 0, length)
  } catch (err) {
    throw err instanceof WorkspaceReadError ? err : systemError(path, err)
  } finally {
    await handle.close()
  }
}

/** The production readText: every path relative to the workspace and kept inside it. */
export const workspaceReader = (root: string): ((path: string) => Promise<string>) => {
  const inside = workspace(root)
  return (path) => inside.read(path)
}
