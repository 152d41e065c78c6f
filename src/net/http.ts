/**
 * The one fetch wrapper: extra headers on every request, a timeout per
 * attempt, bounded retries on 429, 5xx and network errors (a 429's
 * `retry-after` / `x-ratelimit-reset` honoured; 5xx back off 1-2-4-8-16 s),
 * and one deadline for every attempt and wait of the run. Response bodies are
 * never logged or put in messages (they may hold values); only status and
 * error fields are.
 */
import { AttemptTimeout, RetriesExhausted, RetryBudget, type SharedHosts } from './budget.js'
import type { Logger } from '../core/ports.js'
import { RatePacer } from './rate-pacer.js'
import { retryAfterMs } from './retry-after.js'
import type { HttpAnswer, HttpFetch } from './transport.js'

export interface HttpOptions {
  fetch: HttpFetch
  sleep: (ms: number) => Promise<void>
  logger: Logger
  headers: Record<string, string>
  timeoutMs: number
  /** All retry waits together may not exceed this. */
  maxWaitMs: number
  maxAttempts?: number
  /** Every attempt and wait of this client ends by then: milliseconds from its creation. */
  deadlineMs?: number
  /** The fields of the store's error body (default: commonErrorFields). */
  errorFields?: (body: unknown) => ErrorFields | undefined
  /** A 5xx that says it will not pass (a server's way of saying "not found"): not retried. */
  isPermanent?: (status: number, body: ErrorFields | undefined) => boolean
  /**
   * The rate-limit route a path counts against (`/api/v4/secrets/:name`), for a
   * server that announces a budget per route (x-ratelimit-*, reset in seconds);
   * absent: no route pacing (the host's scheduler still paces a 429).
   */
  routeOf?: (pathname: string) => string
  /** At most this many requests in flight to the host (its scheduler's ceiling); default 64. */
  concurrency?: number
  /** An org run's hosts, shared by every client of the process. */
  shared?: SharedHosts
}

export type HttpFailure = 'status' | 'network' | 'timeout' | 'not-json' | 'redirect'

export class HttpError extends Error {
  override name = 'HttpError'
  constructor(
    message: string,
    readonly failure: HttpFailure,
    readonly status?: number,
    /** The JSON body's `message` and `error` fields, when the server sent JSON. */
    readonly body?: ErrorFields,
    /** On a redirect, the host it pointed to; on not-json, whether the body was an HTML page. */
    readonly detail?: { location?: string; html?: boolean },
  ) {
    super(message)
  }
}

export interface JsonResponse {
  status: number
  body: unknown
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504])

/** What a store's error body says, in fields a message may name (a code) or a check may match; never echoed. */
export interface ErrorFields {
  message?: string
  /** An error code (`RateLimitExceeded`, `PERMISSION_DENIED`). */
  error?: string
  /** A list of messages (kept to be counted or matched). */
  errors?: string[]
}

/** The common form: `message` and `error` as text (a list of `{message}` joined). A store with its own form passes its own. */
export const commonErrorFields = (body: unknown): ErrorFields | undefined => {
  if (!body || typeof body !== 'object') return undefined
  const { message, error } = body as Record<string, unknown>
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : Array.isArray(v) ? v.map((i) => (i && typeof i === 'object' && 'message' in i ? String(i.message) : '')).join('; ') : undefined
  return { message: text(message), error: text(error) }
}

/** A failed attempt worth another: the error it would be, and how long the server asked to wait. */
class Retryable extends Error {
  constructor(
    readonly error: HttpError,
    readonly waitMs?: number,
    /** A 429: the host's quota, which its scheduler paces. */
    readonly throttled = false,
    /** The 429 states the route's budget (x-ratelimit-limit): the route's pacer follows it. */
    readonly announced = false,
  ) {
    super(error.message)
  }
}

export class HttpClient {
  /** Attempts, timeouts, waits and the deadline: the same rules the SDK-driven stores follow. */
  private readonly budget: RetryBudget
  /** Waits for a route's announced budget (x-ratelimit-*) rather than spend a 429. */
  private readonly pacer: RatePacer
  private readonly host: string

  constructor(
    private readonly baseUrl: string,
    private readonly options: HttpOptions,
  ) {
    this.budget = new RetryBudget({
      timeoutMs: options.timeoutMs,
      maxWaitMs: options.maxWaitMs,
      deadlineMs: options.deadlineMs ?? Infinity,
      sleep: options.sleep,
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      ...(options.shared ? { shared: options.shared } : {}),
    })
    this.host = new URL(baseUrl).host
    // Shared across an org run's clients of this host, so their announced route budgets are spent once.
    const shared = options.shared?.pacers.get(this.host)
    this.pacer = shared instanceof RatePacer ? shared : new RatePacer(() => this.budget.now())
    options.shared?.pacers.set(this.host, this.pacer)
    this.budget.scheduler(this.host, options.concurrency ?? 64)
  }

  /** The host's throttles this run and the time its pace cost: for one log line per store. */
  throttling(): { host: string; throttles: number; waitedMs: number }[] {
    return this.budget.throttling()
  }

  /** Time spent waiting for the server's announced rate-limit budgets. */
  get pacedMs(): number {
    return this.pacer.waitedMs
  }

  private deadlineError(label: string): HttpError {
    return new HttpError(`${label}: the run's time limit (${Math.round(this.options.deadlineMs! / 1000)} s) was reached`, 'timeout')
  }

  /** The run's time limit has passed: start no more requests. */
  pastDeadline(): boolean {
    return this.budget.remainingMs() <= 0
  }

  async json(
    method: 'GET' | 'POST',
    path: string,
    init: { query?: Record<string, string>; body?: unknown; token?: string; headers?: Record<string, string>; maxAttempts?: number; timeoutMs?: number } = {},
  ): Promise<JsonResponse> {
    const url = new URL(this.baseUrl + path)
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v)
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers, ...init.headers }
    if (init.token) headers.authorization = `Bearer ${init.token}`
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    const label = `${method} ${url.pathname}`
    const timeoutMs = init.timeoutMs ?? this.options.timeoutMs

    // Paced before the attempts start: a wait for the window is no attempt's time, but it is the wait budget's.
    const route = this.options.routeOf?.(url.pathname)
    const release = route === undefined ? () => {} : await this.pacer.acquire(route, (ms) => this.budget.waitOutside(ms))
    let answered: HttpAnswer | undefined
    const attempt = async (signal: AbortSignal): Promise<JsonResponse> => {
      const started = Date.now()
      let response: HttpAnswer
      let text: string
      try {
        response = await this.options.fetch(url, {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          redirect: 'manual',
          signal,
        })
        text = await response.text()
        answered = response
      } catch (err) {
        if (signal.aborted) throw err // the attempt's own timeout: the budget's to judge
        const failed = networkError(err, label, timeoutMs)
        this.options.logger.debug(`${label} → ${failed.message}`)
        throw new Retryable(failed)
      }
      this.options.logger.debug(`${label} → ${response.status} (${Date.now() - started} ms)`)
      const result = this.interpret(response, text, label)
      if (!(result instanceof HttpError)) return result
      // Transient: rate limits, 5xx (a proxy's HTML error page included) and JSON cut short.
      // A 200 HTML page is some login page answering, not a passing fault.
      const transient =
        (RETRYABLE_STATUS.has(response.status) && !this.options.isPermanent?.(response.status, result.body)) ||
        (result.failure === 'not-json' && isTruncatedJson(response, text))
      if (!transient) throw result
      // Only a 429 asks for a wait: some servers send x-ratelimit-reset on every answer, 500s included.
      if (response.status === 429) {
        throw new Retryable(
          result,
          retryAfterMs(response.headers, ['retry-after', 'x-ratelimit-reset']),
          true,
          route !== undefined && response.headers.get('x-ratelimit-limit') !== null,
        )
      }
      throw new Retryable(result)
    }

    try {
      const verdict = (err: unknown) =>
        err instanceof Retryable
          ? { retry: true as const, throttled: err.throttled, announced: err.announced, ...(err.waitMs !== undefined ? { waitMs: err.waitMs } : {}) }
          : { retry: false as const }
      return await this.budget.run(attempt, verdict, {
        ...(init.maxAttempts !== undefined ? { maxAttempts: init.maxAttempts } : {}),
        timeoutMs,
        host: this.host,
        onRetry: (wait, failure) => this.options.logger.debug(`${label}: retrying in ${wait} ms (${failedAs(failure, label, timeoutMs).message})`),
      })
    } catch (err) {
      if (!(err instanceof RetriesExhausted)) throw err
      if (err.last === undefined) throw this.options.deadlineMs === undefined ? new HttpError(`${label}: ${err.message}`, 'timeout') : this.deadlineError(label)
      const last = failedAs(err.last, label, timeoutMs)
      throw new HttpError(`${last.message}; ${err.message}`, last.failure, last.status, last.body, last.detail)
    } finally {
      // The route's budget learns from the last answer, whatever became of the request.
      release(answered?.headers)
    }
  }

  private interpret(response: HttpAnswer, text: string, label: string): JsonResponse | HttpError {
    const status = response.status
    if (status >= 300 && status < 400) {
      const location = response.headers.get('location') ?? ''
      let host = ''
      try {
        host = new URL(location, this.baseUrl).host
      } catch {
        /* no usable location */
      }
      return new HttpError(`${label} was redirected (${status}${host ? ` to ${host}` : ''})`, 'redirect', status, undefined, { location })
    }
    const type = response.headers.get('content-type') ?? ''
    let body: unknown
    try {
      body = text === '' ? undefined : JSON.parse(text)
    } catch {
      const html = /html/i.test(type) || /^\s*</.test(text)
      const what = html ? 'an HTML page' : 'a body that is not valid JSON'
      return new HttpError(`${label} returned ${what} (status ${status}, expected JSON)`, 'not-json', status, undefined, { html })
    }
    if (status >= 200 && status < 300) return { status, body }
    const fields = (this.options.errorFields ?? commonErrorFields)(body)
    // The message keeps the status and an error code, never the server's free text (it may echo a value).
    const code = fields?.error && /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(fields.error) ? ` ${fields.error}` : ''
    return new HttpError(`${label} failed: ${status}${code}`, 'status', status, fields)
  }
}

const isTruncatedJson = (response: HttpAnswer, text: string): boolean => /json/i.test(response.headers.get('content-type') ?? '') && /^\s*[[{]/.test(text)

/** What a failed attempt counts as: its HttpError, or a timeout when the attempt ran out of time. */
const failedAs = (failure: unknown, label: string, timeoutMs: number): HttpError =>
  failure instanceof Retryable
    ? failure.error
    : failure instanceof AttemptTimeout
      ? new HttpError(`${label} timed out after ${timeoutMs / 1000} s`, 'timeout')
      : new HttpError(`${label} failed`, 'network')

function networkError(err: unknown, label: string, timeoutMs: number): HttpError {
  const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new HttpError(`${label} timed out after ${timeoutMs / 1000} s`, 'timeout')
  }
  // undici's fetch puts the system error in `cause`; other fetches set `code` on the error itself.
  // Only a code is kept: a fetch TypeError's text can quote a header, and headers carry credentials.
  const code = e?.cause?.code ?? e?.code
  const cause = typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : 'the request could not be sent'
  return new HttpError(`${label}: network error (${cause})`, 'network')
}
