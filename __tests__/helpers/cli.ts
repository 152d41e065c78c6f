/** Run runCli in-process with captured output, or the built bundle as a child process. */
import { execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/run-cli.js'
import type { Ports } from '../../src/core/ports.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface Captured {
  code: number
  stdout: string
  stderr: string
  logs: string[]
  files: Map<string, string>
}

export function testPorts(logs: string[], fetchImpl: typeof fetch = globalThis.fetch): Ports {
  return {
    logger: {
      debug: (m) => logs.push(`debug: ${m}`),
      info: (m) => logs.push(`info: ${m}`),
      warning: (m) => logs.push(`warning: ${m}`),
      error: (m) => logs.push(`error: ${m}`),
    },
    fetch: fetchImpl,
    now: () => new Date('2026-11-23T00:00:00Z'),
    sleep: async () => {},
    readText: async (path) => readFileSync(path.startsWith('/') ? path : `${ROOT}/${path}`, 'utf8'),
  }
}

export async function cli(argv: string[], env: Record<string, string> = {}, fetchImpl?: typeof fetch): Promise<Captured> {
  const out: Captured = { code: -1, stdout: '', stderr: '', logs: [], files: new Map() }
  out.code = await runCli(
    argv,
    {
      env,
      readText: async (path) => readFileSync(path.startsWith('/') ? path : `${ROOT}/${path}`, 'utf8'),
      exists: (path) => existsSync(`${ROOT}/${path}`),
      readdir: async (dir) => readdirSync(dir.startsWith('/') ? dir : `${ROOT}/${dir}`),
      writeText: async (path, text) => void out.files.set(path, text),
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      version: 'test',
    },
    testPorts(out.logs, fetchImpl),
  )
  return out
}

let node24Path: Promise<string> | undefined

/**
 * The Node 24 binary, the runtime action.yml declares: the `node` package on
 * the npm registry ships Node binaries by version, and npx caches it (the
 * first call downloads it, ~40 MB). Throws when it cannot be had.
 */
export function node24(): Promise<string> {
  node24Path ??= new Promise((resolve, reject) => {
    execFile('npx', ['-y', 'node@24', '-p', 'process.version + " " + process.execPath'], { timeout: 180_000 }, (err, stdout) => {
      const [version, path] = stdout.trim().split(' ')
      if (err || !version?.startsWith('v24.') || !path) reject(new Error(`cannot run Node 24 through npx: ${err?.message ?? stdout}`))
      else resolve(path)
    })
  })
  return node24Path
}

/** The built bundle, run the way a user or the runner runs it (by this Node, or the one given). */
export function runProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  node = process.execPath,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
