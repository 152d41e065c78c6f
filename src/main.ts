// GitHub Action entry point: builds the real ports and runner IO, nothing else.
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { contextFromEnv, createPublishers, exitMessage, runAction } from './action.js'
import { Runner } from './runner.js'

const runner = new Runner(process.env, (text) => process.stdout.write(text))
const readEvent = (path: string | undefined): unknown => {
  try {
    return path ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}
const context = contextFromEnv(process.env, readEvent(process.env.GITHUB_EVENT_PATH))
const ports = {
  logger: runner.log,
  fetch: globalThis.fetch,
  now: () => new Date(),
  sleep: (ms: number) => sleep(ms),
  readText: (path: string) => readFile(path, 'utf8'),
}

const result = await runAction(
  {
    input: (name) => runner.input(name),
    setSecret: (value) => runner.setSecret(value),
    setOutput: (name, value) => runner.setOutput(name, value),
    summary: async (markdown) => runner.summary(markdown),
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
const message = exitMessage(result.exitCode, result.report, runner.input('fail-on') || 'incomplete')
if (message) runner.log.error(message)
process.exitCode = result.exitCode
