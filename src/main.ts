/**
 * The action: @actions/core for the runner (inputs, outputs, masking, job
 * summary, annotations, the OIDC token), the real ports, then runAction().
 * Exported as run() so @github/local-action can drive it; src/index.ts calls it.
 */
import { fetchOver, nodeTransport } from './net/transport.js'
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { contextFromEnv } from './action/context.js'
import { runAction, type RunnerIo } from './action/run-action.js'
import type { Logger, Ports } from './core/ports.js'
import { createPublishers } from './publish/publishers.js'
import { logLine } from './render/escape.js'
import { workspaceReader } from './files/workspace.js'

const readEvent = (path: string | undefined): unknown => {
  try {
    return path ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}

export async function run(): Promise<void> {
  const logger: Logger = {
    debug: (message) => core.debug(message),
    // core.info writes the text as it is; the other levels escape it as command data.
    info: (message) => core.info(logLine(message)),
    warning: (message) => core.warning(message),
    error: (message, where) => core.error(message, where ? { file: where.file, ...(where.line ? { startLine: where.line } : {}) } : {}),
  }
  const io: RunnerIo = {
    input: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      // core.summary.write() throws outside the runner.
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write()
    },
    writeText: async (path, text) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
    },
    readText: workspaceReader(process.cwd()),
    readdir: (dir) => readdir(dir),
    exists: existsSync,
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
  }
  const ports: Ports = {
    logger,
    fetch: nodeTransport(),
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    readText: workspaceReader(process.cwd()),
    idToken: (audience) => core.getIDToken(audience),
    group: (name, fn) => core.group(name, fn),
  }
  const context = contextFromEnv(process.env, readEvent(process.env.GITHUB_EVENT_PATH))
  const publishers = createPublishers({
    logger,
    // The stores' transport: node:http with keep-alive, the same timeouts and no redirect followed.
    fetch: fetchOver(ports.fetch),
    sleep: ports.sleep,
    repository: { owner: context.owner, repo: context.repo },
    serverUrl: context.serverUrl,
    ...(context.prNumber !== undefined ? { prNumber: context.prNumber } : {}),
  })
  const result = await runAction(io, ports, context, publishers)
  process.exitCode = result.exitCode
}
