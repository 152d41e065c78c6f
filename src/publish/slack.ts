/** Slack: post the drift section through an incoming webhook. Loaded only when a run posts. */
import { IncomingWebhook, IncomingWebhookHTTPError, IncomingWebhookRequestError } from '@slack/webhook'
import { errorMessage } from '../core/errors.js'
import type { SlackMessage } from '../render/slack.js'
import type { Logger } from '../core/ports.js'
import { AttemptTimeout, RetriesExhausted, RetryBudget } from '../net/budget.js'
import { retryAfterMs } from '../net/retry-after.js'

export interface SlackOptions {
  fetch: typeof globalThis.fetch
  sleep: (ms: number) => Promise<void>
  logger: Logger
  /** One attempt. */
  timeoutMs: number
  /** All 429 waits together may not exceed this. */
  maxWaitMs: number
  /** Attempts in all, 429 and 5xx retries included. */
  attempts: number
  /** 5xx and network retries (exponential backoff from minTimeoutMs). */
  retries: number
  minTimeoutMs: number
}

const CAUSES: Record<string, string> = {
  no_service: 'the webhook was revoked or its app removed: create a new incoming webhook',
  channel_not_found: 'the channel was deleted: point the webhook at another channel',
  channel_is_archived: 'the channel is archived: unarchive it or use another webhook',
  action_prohibited: 'a workspace admin restricted posting to this channel',
  invalid_token: 'the webhook URL is no longer valid: create a new incoming webhook',
}

/**
 * @slack/webhook retries 5xx only and drops Retry-After. This fetch bounds
 * every attempt — its own or the library's retries — by a timeout each and a
 * count in all, and waits out a 429 as Retry-After says within the wait
 * budget; then it hands the answer back for the library to report.
 */
function boundedFetch(options: SlackOptions): typeof globalThis.fetch {
  // The stores' budget: attempts counted across the library's retries, a timeout each, the 429 waits in one budget.
  const budget = new RetryBudget({ timeoutMs: options.timeoutMs, maxWaitMs: options.maxWaitMs, deadlineMs: Infinity, sleep: options.sleep })
  return async (url, init) => {
    const left = options.attempts - budget.attempts
    if (left <= 0) throw new Error(`no attempt left (${options.attempts} made)`)
    const attempt = async (signal: AbortSignal) => {
      const response = await options.fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal })
      if (response.status === 429) throw new RateLimited(response)
      return response
    }
    try {
      return await budget.run(
        attempt,
        (err) => (err instanceof RateLimited ? { retry: true, waitMs: retryAfterMs(err.response.headers) ?? 1000 } : { retry: false }),
        {
          maxAttempts: left,
          onRetry: (wait, failure) => {
            options.logger.info(`Slack rate-limited the post; retrying in ${wait / 1000} s`)
            void (failure as RateLimited).response.body?.cancel()
          },
        },
      )
    } catch (err) {
      // Out of attempts or wait budget on a 429: the answer goes back for the library to report.
      if (err instanceof RetriesExhausted && err.last instanceof RateLimited) return err.last.response
      // A timed-out attempt is the library's to retry, as a fetch's own timeout would be.
      if (err instanceof RetriesExhausted || err instanceof AttemptTimeout) throw Object.assign(new Error('timed out'), { name: 'TimeoutError' })
      throw err
    }
  }
}

/** A 429, held so the last one can be handed back. */
class RateLimited extends Error {
  constructor(readonly response: Response) {
    super('HTTP 429')
  }
}

/** A network failure by its system code (ECONNREFUSED) or its name: a fetch error's text may quote the URL. */
const networkCause = (err: unknown): string => {
  const e = err as { name?: unknown; code?: unknown; cause?: { code?: unknown } } | undefined
  const code = e?.cause?.code ?? e?.code
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code
  return e?.name === 'TimeoutError' || e?.name === 'AbortError' ? 'timed out' : 'network error'
}

/** Post the message; a failure is a warning naming its cause, never an exception. */
export async function postSlack(url: string, message: SlackMessage, options: SlackOptions): Promise<boolean> {
  const webhook = new IncomingWebhook(url, {
    fetch: boundedFetch(options) as never,
    // The attempts are bounded one by one above; this only stops the whole from outliving them.
    timeout: options.attempts * options.timeoutMs + options.maxWaitMs,
    retryConfig: { retries: options.retries, factor: 2, minTimeout: options.minTimeoutMs, randomize: false },
  })
  try {
    await webhook.send({ text: message.text, blocks: message.blocks as never, unfurl_links: false, unfurl_media: false })
    options.logger.info('Posted the drift section to Slack')
    return true
  } catch (err) {
    if (err instanceof IncomingWebhookHTTPError) {
      // Slack answers an error code (no_service); anything else is not repeated.
      const code = /^[a-z_]{1,64}$/.test(err.body.trim()) ? err.body.trim() : 'error'
      const cause =
        CAUSES[code] ??
        (err.statusCode === 429
          ? 'rate limited, longer than the attempts and wait budget allow'
          : err.statusCode >= 500
            ? 'Slack is failing; the next run will post again'
            : 'Slack rejected the message')
      options.logger.warning(`Slack post failed (${err.statusCode} ${code}): ${cause}`)
    } else if (err instanceof IncomingWebhookRequestError) {
      options.logger.warning(`Slack post failed: could not reach Slack (${networkCause(err.original)})`)
    } else {
      // Our own bounded fetch's words; the webhook URL (a credential) is cut out of anything else.
      options.logger.warning(`Slack post failed: ${errorMessage(err).split(url).join('[webhook URL]')}`)
    }
    return false
  }
}
