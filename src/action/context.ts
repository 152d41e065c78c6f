/** The runner's context, from its environment variables and event payload. */
export interface ActionContext {
  eventName: string
  owner: string
  repo: string
  serverUrl: string
  runId: string
  /** The workflow's name and this run's number (GITHUB_WORKFLOW, GITHUB_RUN_NUMBER), to tell two audits' messages apart. */
  workflow?: string
  runNumber?: string
  /** Set on pull_request events. */
  prNumber?: number
  /** A pull request's base branch (GITHUB_BASE_REF): where its last committed snapshot is. */
  baseRef?: string
}

export function contextFromEnv(env: Record<string, string | undefined>, eventPayload: unknown): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const number = (eventPayload as { pull_request?: { number?: unknown } } | undefined)?.pull_request?.number
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
    ...(env.GITHUB_RUN_NUMBER ? { runNumber: env.GITHUB_RUN_NUMBER } : {}),
    ...(typeof number === 'number' ? { prNumber: number } : {}),
    ...(env.GITHUB_BASE_REF ? { baseRef: env.GITHUB_BASE_REF } : {}),
  }
}

export const isPullRequest = (context: ActionContext): boolean => context.eventName === 'pull_request' || context.eventName === 'pull_request_target'

/** Which run this is, for a message read among others: `acme/shop · Vault coverage #42`. */
export const runName = (context: ActionContext): string =>
  [`${context.owner}/${context.repo}`, [context.workflow, context.runNumber ? `#${context.runNumber}` : ''].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ')

export const runUrl = (context: ActionContext): string => `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`
