/** The action run in process: real Octokit and Slack clients whose requests nock serves from the stand-ins. */
import { getOctokit } from '@actions/github'
import { readFileSync } from 'node:fs'
import { createPublishers, runAction, type ActionContext, type RunnerIo } from '../../src/action.js'
import { testPorts } from './cli.js'
import type { GitHubStandIn } from './standins.js'

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

export async function actionInProcess(github: GitHubStandIn, inputs: Record<string, string>, context: Partial<ActionContext> = {}) {
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
    exists: () => false,
    tempDir: '/runner/temp',
  }
  const ctx: ActionContext = { eventName: 'schedule', owner: github.owner, repo: github.repo, serverUrl: 'https://github.com', runId: '4242', ...context }
  const sleep = async (ms: number) => void rec.sleeps.push(ms)
  const publishers = createPublishers({
    logger,
    fetch: globalThis.fetch,
    sleep,
    context: ctx,
    octokit: async (token) => getOctokit(token, { baseUrl: GH, request: { fetch: globalThis.fetch } }),
    slack: { timeoutMs: 2000, retries: 2, minTimeoutMs: 1, maxWaitMs: 60_000 },
  })
  const result = await runAction(io, { ...ports, logger, sleep }, ctx, publishers)
  return { result, rec }
}
