/**
 * The one fetch wrapper: extra headers on every request, a timeout per
 * attempt, bounded retries on 429, 5xx and network errors (a 429's
 * `retry-after` / `x-ratelimit-reset` honoured; 5xx back off 1-2-4-8-16 s),
 * and one deadline for every attempt and wait of the run. Response bodies are
 * never logged or put in messages (they may hold values); only status and
 * error fields are.
 */
import type { Logger } from './ports.js'
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
  /** A 5xx that says it will not pass (a server's way of saying "not found"): not retried. */
  isPermanent?: (status: number, body: ErrorFields | undefined) => boolean
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

export interface ErrorFields {
  message?: string
  error?: string
  /** Vault's form: a list of messages (kept to be counted or matched, never echoed). */
  errors?: string[]
}

const errorFields = (body: unknown): ErrorFields | undefined => {
  if (!body || typeof body !== 'object') return undefined
  const { message, error, errors } = body as Record<string, unknown>
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : Array.isArray(v) ? v.map((i) => (i && typeof i === 'object' && 'message' in i ? String(i.message) : '')).join('; ') : undefined
  // Google's form: an `error` object whose `status` (PERMISSION_DENIED) is the code worth keeping.
  const status = error && typeof error === 'object' && typeof (error as { status?: unknown }).status === 'string' ? (error as { status: string }).status : undefined
  return { message: text(message), error: text(error) ?? status, ...(Array.isArray(errors) ? { errors: errors.map(String) } : {}) }
}

export class HttpClient {
  /** Requests sent (attempts included), by "METHOD /path" without the query. */
  readonly requests = new Map<string, number>()
  private waitedMs = 0
  private readonly startedAt = Date.now()
  /** Waits asked for but not spent in real time (a test's instant sleep): still counted against the deadline. */
  private unslept = 0

  constructor(
    private readonly baseUrl: string,
    private readonly options: HttpOptions,
  ) {}

  /** Time left before the deadline, in ms (Infinity without one). */
  private remainingMs(): number {
    if (this.options.deadlineMs === undefined) return Infinity
    return this.options.deadlineMs - (Date.now() - this.startedAt + this.unslept)
  }

  private deadlineError(label: string): HttpError {
    return new HttpError(`${label}: the run's time limit (${Math.round(this.options.deadlineMs! / 1000)} s) was reached`, 'timeout')
  }

  get totalRequests(): number {
    let n = 0
    for (const count of this.requests.values()) n += count
    return n
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
    const maxAttempts = init.maxAttempts ?? this.options.maxAttempts ?? 6
    const timeoutMs = init.timeoutMs ?? this.options.timeoutMs

    for (let attempt = 1; ; attempt++) {
      const remaining = this.remainingMs()
      if (remaining <= 0) throw this.deadlineError(label)
      this.requests.set(label, (this.requests.get(label) ?? 0) + 1)
      const started = Date.now()
      const attemptMs = Math.min(timeoutMs, remaining)
      let retryable: HttpError
      let waitHint: number | undefined
      try {
        // A timer cleared on the answer, not AbortSignal.timeout(): that one keeps each request's
        // signal (and what listens on it) alive for the whole timeout, thousands of them on a Vault walk.
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${attemptMs} ms`, 'TimeoutError')), attemptMs)
        let response: HttpAnswer
        let text: string
        try {
          response = await this.options.fetch(url, {
            method,
            headers,
            body: init.body === undefined ? undefined : JSON.stringify(init.body),
            redirect: 'manual',
            signal: controller.signal,
          })
          text = await response.text()
        } finally {
          clearTimeout(timer)
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
        retryable = result
        // Only a 429 asks for a wait: some servers send x-ratelimit-reset on every answer, 500s included.
        if (response.status === 429) waitHint = retryAfterMs(response.headers, ['retry-after', 'x-ratelimit-reset'])
      } catch (err) {
        if (err instanceof HttpError) throw err
        if (attemptMs < timeoutMs && isTimeout(err)) throw this.deadlineError(label)
        retryable = networkError(err, label, timeoutMs)
        this.options.logger.debug(`${label} → ${retryable.message}`)
      }
      const wait = waitHint ?? Math.min(30_000, 1000 * 2 ** (attempt - 1))
      const budget = this.options.maxWaitMs - this.waitedMs
      if (attempt >= maxAttempts || wait > budget) {
        const why = attempt >= maxAttempts ? `after ${attempt} attempts` : `the next retry (in ${Math.ceil(wait / 1000)} s) would exceed the retry budget of ${Math.round(this.options.maxWaitMs / 1000)} s`
        throw new HttpError(`${retryable.message}; gave up: ${why}`, retryable.failure, retryable.status, retryable.body, retryable.detail)
      }
      if (wait >= this.remainingMs()) throw new HttpError(`${retryable.message}; gave up: ${this.deadlineError(label).message.slice(label.length + 2)}`, retryable.failure, retryable.status, retryable.body, retryable.detail)
      this.options.logger.debug(`${label}: retrying in ${wait} ms (${retryable.message})`)
      this.waitedMs += wait
      const sleepStarted = Date.now()
      await this.options.sleep(wait)
      this.unslept += Math.max(0, wait - (Date.now() - sleepStarted))
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
    const fields = errorFields(body)
    // The message keeps the status and an error code, never the server's free text (it may echo a value).
    const code = fields?.error && /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(fields.error) ? ` ${fields.error}` : ''
    return new HttpError(`${label} failed: ${status}${code}`, 'status', status, fields)
  }
}

const isTruncatedJson = (response: HttpAnswer, text: string): boolean =>
  /json/i.test(response.headers.get('content-type') ?? '') && /^\s*[[{]/.test(text)

const isTimeout = (err: unknown): boolean => {
  const name = (err as { name?: string } | undefined)?.name
  return name === 'TimeoutError' || name === 'AbortError'
}

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
