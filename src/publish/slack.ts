/** Slack: post the drift section through an incoming webhook. Loaded only when a run posts. */
import { IncomingWebhook, IncomingWebhookHTTPError, IncomingWebhookRequestError } from '@slack/webhook'
import { errorMessage } from '../errors.js'
import type { SlackMessage } from '../render/slack.js'
import type { Logger } from '../ports.js'
import { retryAfterMs } from '../retry-after.js'

export interface SlackOptions {
  fetch: typeof globalThis.fetch
  sleep: (ms: number) => Promise<void>
  logger: Logger
  timeoutMs: number
  /** All 429 waits together may not exceed this. */
  maxWaitMs: number
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
 * @slack/webhook retries 5xx only and drops Retry-After; this fetch waits out
 * a 429 as Retry-After says, within the wait budget, then hands back the answer.
 */
function honouringRetryAfter(options: SlackOptions): typeof globalThis.fetch {
  return async (url, init) => {
    let waited = 0
    for (;;) {
      const response = await options.fetch(url, init)
      if (response.status !== 429) return response
      const wait = retryAfterMs(response.headers) ?? 1000
      if (waited + wait > options.maxWaitMs) return response
      options.logger.info(`Slack rate-limited the post; retrying in ${wait / 1000} s`)
      await response.body?.cancel()
      waited += wait
      await options.sleep(wait)
    }
  }
}

/** Post the message; a failure is a warning naming its cause, never an exception. */
export async function postSlack(url: string, message: SlackMessage, options: SlackOptions): Promise<boolean> {
  const webhook = new IncomingWebhook(url, {
    fetch: honouringRetryAfter(options) as never,
    timeout: options.timeoutMs,
    retryConfig: { retries: options.retries, factor: 2, minTimeout: options.minTimeoutMs, randomize: false },
  })
  try {
    await webhook.send({ text: message.text, blocks: message.blocks as never, unfurl_links: false, unfurl_media: false })
    options.logger.info('Posted the drift section to Slack')
    return true
  } catch (err) {
    if (err instanceof IncomingWebhookHTTPError) {
      const code = err.body.trim()
      const cause = CAUSES[code] ?? (err.statusCode === 429 ? 'rate limited longer than the wait budget' : err.statusCode >= 500 ? 'Slack is failing; the next run will post again' : 'Slack rejected the message')
      options.logger.warning(`Slack post failed (${err.statusCode} ${code}): ${cause}`)
    } else if (err instanceof IncomingWebhookRequestError) {
      options.logger.warning(`Slack post failed: could not reach Slack (${errorMessage(err.original)})`)
    } else {
      options.logger.warning(`Slack post failed: ${errorMessage(err)}`)
    }
    return false
  }
}
