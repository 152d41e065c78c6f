// GitHub Action entry point: builds the real ports and runner IO, nothing else.
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { contextFromEnv, createPublishers, exitMessage, runAction } from './action.js'

const logger = { debug: core.debug, info: core.info, warning: core.warning, error: core.error }
const readEvent = (path: string | undefined): unknown => {
  try {
    return path ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}
const context = contextFromEnv(process.env, readEvent(process.env.GITHUB_EVENT_PATH))
const ports = {
  logger,
  fetch: globalThis.fetch,
  now: () => new Date(),
  sleep: (ms: number) => sleep(ms),
  readText: (path: string) => readFile(path, 'utf8'),
}

const result = await runAction(
  {
    input: (name) => core.getInput(name),
    setSecret: core.setSecret,
    setOutput: core.setOutput,
    // core.summary.write() throws without GITHUB_STEP_SUMMARY (outside the runner).
    summary: async (markdown) => void (process.env.GITHUB_STEP_SUMMARY && (await core.summary.addRaw(markdown).write())),
    writeText: async (path, text) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
    },
    readText: (path) => readFile(path, 'utf8'),
    exists: existsSync,
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
  },
  ports,
  context,
  createPublishers({ ...ports, context, octokit: async (token) => (await import('@actions/github')).getOctokit(token) }),
)
const message = exitMessage(result.exitCode, result.report, core.getInput('fail-on') || 'incomplete')
if (message) core.error(message)
process.exitCode = result.exitCode
