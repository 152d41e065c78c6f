/**
 * Fresh GitHub and Slack stand-ins mounted on nock before each test of the calling block (no other
 * network), removed after it. Read them through the returned getters.
 */
export function useStandIns(): { readonly github: GitHubStandIn; readonly slack: SlackStandIn } {
  const current = { github: new GitHubStandIn(), slack: new SlackStandIn() }
  beforeEach(() => {
    nock.disableNetConnect()
    current.github = new GitHubStandIn()
    current.slack = new SlackStandIn()
    mountOnNock(GH, current.github.handler)
    mountOnNock(SLACK, current.slack.handler)
  })
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })
  return {
    get github() {
      return current.github
    },
    get slack() {
      return current.slack
    },
  }
}

/** The real publishers, with clients nock sees (global fetch) and the GitHub plugins' time unit shrunk to milliseconds. */
export function testPublishers(
  deps: { logger: Logger; sleep: (ms: number) => Promise<void> },
  context: ActionContext,
  slack: PublisherDeps['slack'] = { timeoutMs: 2000, retries: 2, minTimeoutMs: 1, maxWaitMs: 60_000 },
  github: PublisherDeps['github'] = {},
) {
  return createPublishers({
    ...deps,
    fetch: globalThis.fetch,
    repository: { owner: context.owner, repo: context.repo },
    serverUrl: context.serverUrl,
    ...(context.prNumber !== undefined ? { prNumber: context.prNumber } : {}),
    github: { baseUrl: GH, timeUnitMs: 1, ...github },
    slack,
  })
}

/** The action run in process: real Octokit and Slack clients whose requests nock serves from the stand-ins. */
import { afterEach, beforeEach } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionContext } from '../../src/action/context.js'
import { runAction, type RunnerIo } from '../../src/action/run-action.js'
import type { Logger } from '../../src/core/ports.js'
import { createPublishers, type PublisherDeps } from '../../src/publish/publishers.js'
import { testPorts } from './cli.js'
import { mountOnNock } from './serve.js'
import { GitHubStandIn, SlackStandIn } from './standins.js'

export const GH = 'https://api.github.com'
export const SLACK = 'https://hooks.slack.com'

export interface Recorder {
  outputs: Map<string, string>
  summary: string
  secrets: string[]
  files: Map<string, string>
  /** Every setSecret and log call, in order, to check masking comes first. */
  events: string[]
  logs: string[]
  sleeps: number[]
}

export async function actionInProcess(
  github: GitHubStandIn,
  inputs: Record<string, string>,
  context: Partial<ActionContext> = {},
  clients: { github?: PublisherDeps['github']; slack?: PublisherDeps['slack'] } = {},
) {
  const rec: Recorder = { outputs: new Map(), summary: '', secrets: [], files: new Map(), events: [], logs: [], sleeps: [] }
  const ports = testPorts(rec.logs)
  const logged = (level: keyof typeof ports.logger) => (m: string) => {
    rec.events.push(`log:${level}`)
    ports.logger[level](m)
  }
  const logger = { debug: logged('debug'), info: logged('info'), warning: logged('warning'), error: logged('error') }
  const io: RunnerIo = {
    input: (name) => inputs[name] ?? '',
    setSecret: (value) => {
      rec.secrets.push(value)
      rec.events.push('mask')
    },
    setOutput: (name, value) => void rec.outputs.set(name, value),
    summary: async (markdown) => void (rec.summary += markdown),
    writeText: async (path, text) => void rec.files.set(path, text),
    readText: async (path) => readFileSync(path, 'utf8'),
    readdir: async (dir) => readdirSync(dir),
    exists: () => false,
    tempDir: '/runner/temp',
  }
  const ctx: ActionContext = { eventName: 'schedule', owner: github.owner, repo: github.repo, serverUrl: 'https://github.com', runId: '4242', ...context }
  const sleep = async (ms: number) => void rec.sleeps.push(ms)
  const publishers = testPublishers({ logger, sleep }, ctx, clients.slack, clients.github)
  // The runner's OIDC token, as core.getIDToken would return it (the built action's test uses the real endpoint).
  const idToken = async (audience?: string) => `eyJ.workflow-jwt-for-${audience ?? 'default'}.sig`
  const result = await runAction(io, { ...ports, logger, sleep, idToken }, ctx, publishers)
  return { result, rec }
}

/**
 * The built action's environment as the runner gives it (a workflow_dispatch run): the runner's files in a new
 * folder, INPUT_* for `inputs`, nothing committed or posted unless the inputs ask. Returns the folder and the env.
 */
export function runnerEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'vca-runner-'))
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '')
  writeFileSync(join(dir, 'event.json'), '{}')
  const env: Record<string, string> = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/shop',
    RUNNER_TEMP: dir,
    ...extra,
  }
  // The runner keeps hyphens in input variable names: INPUT_FAIL-ON.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { dir, env }
}
