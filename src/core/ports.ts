/** The side effects every layer receives, passed in so tests need no module mocking. A leaf: imports types only. */
import type { SharedHosts } from '../net/budget.js'
import type { HttpFetch } from '../net/transport.js'

/** Where an error annotation points (a policy file and its line). */
export interface Annotation {
  file: string
  line?: number
}

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string, where?: Annotation): void
}

export interface Ports {
  logger: Logger
  /** The stores' HTTP (node:http in production, globalThis.fetch in tests). */
  fetch: HttpFetch
  now: () => Date
  sleep: (ms: number) => Promise<void>
  /** Reads a UTF-8 file (inventory files). */
  readText: (path: string) => Promise<string>
  /** Registers a credential learnt at run time (an access token) for masking; the action's is core.setSecret. */
  mask?: (secret: string) => void
  /** Folds the log lines of a step into one collapsible group (the action's is core.group); absent: no grouping. */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>
  /** The workflow's OIDC token for an audience (the action's is core.getIDToken); absent outside the runner. */
  idToken?: (audience?: string) => Promise<string>
  /** An org run's hosts: one pace per host for every target of the process; absent in a single run. */
  hosts?: SharedHosts
}
