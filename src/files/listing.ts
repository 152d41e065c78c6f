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
