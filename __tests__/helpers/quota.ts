/**
 * A sustained quota in front of a stand-in, as the stores enforce one: a token
 * bucket of `rate` requests a second with a burst of `rate` (Vault's rate-limit
 * quotas are token buckets per interval; AWS and Google quotas refill per
 * second or minute). A refused request gets the service's own throttle answer,
 * never the handler's. Real time: the built CLI runs as a process against it.
 */
import { expect } from '@jest/globals'
import type { Report } from '../../src/audit/report.js'
import { join } from 'node:path'
import { ROOT, node24, runProcess } from './cli.js'
import { serveOverHttp, type Answer, type Handler, type SeenRequest } from './serve.js'

export interface Quota {
  handler: Handler
  /** Requests the handler answered. */
  served: number
  /** Requests the quota refused. */
  refused: number
}

export function withQuota(
  handler: Handler,
  rate: number,
  refuse: (req: SeenRequest) => Answer,
  /** Requests outside the store's quota (an identity provider's token endpoint). */
  exempt: (req: SeenRequest) => boolean = () => false,
): Quota {
  let tokens = rate
  let filledAt = Date.now()
  const quota: Quota = {
    served: 0,
    refused: 0,
    handler: (req) => {
      if (exempt(req)) return handler(req)
      const now = Date.now()
      tokens = Math.min(rate, tokens + ((now - filledAt) / 1000) * rate)
      filledAt = now
      if (tokens < 1) {
        quota.refused++
        return refuse(req)
      }
      tokens--
      quota.served++
      return handler(req)
    },
  }
  return quota
}

/**
 * A fixed window of `limit` requests per `windowS` seconds for each route,
 * with its budget on every answer, as @fastify/rate-limit (Infisical) sends it:
 * x-ratelimit-limit, -remaining and -reset (seconds), and retry-after on the 429.
 */
export function withWindow(
  handler: Handler,
  limit: number,
  windowS: number,
  routeOf: (req: SeenRequest) => string,
  refuse: (req: SeenRequest) => Answer,
): Quota {
  const windows = new Map<string, { start: number; used: number }>()
  const quota: Quota = {
    served: 0,
    refused: 0,
    handler: (req) => {
      const now = Date.now()
      const route = routeOf(req)
      let window = windows.get(route)
      if (!window || now - window.start >= windowS * 1000) windows.set(route, (window = { start: now, used: 0 }))
      const { start } = window
      const reset = String(Math.max(1, Math.ceil((start + windowS * 1000 - now) / 1000)))
      const budget = (remaining: number) => ({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': reset })
      if (window.used >= limit) {
        quota.refused++
        const answer = refuse(req)
        return { ...answer, headers: { ...answer.headers, ...budget(0), 'retry-after': reset } }
      }
      window.used++
      quota.served++
      const answer = handler(req)
      return { ...answer, headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers, ...budget(limit - window.used) } }
    },
  }
  return quota
}

/** One run of the built CLI against a stand-in, as a quota test compares two. */
export interface QuotaRun {
  code: number | null
  report?: Report
  stderr: string
  /** Requests the stand-in saw. */
  requests: number
}

/**
 * What a run under a sustained quota must keep, against the same run unlimited: the quota did refuse some
 * requests, the run still exits 0 with the same drift, at most 1.3 × the requests, and one log line per
 * store says which host throttled it and what its pace cost.
 */
export function expectHeldUnderQuota(unlimited: QuotaRun, limited: QuotaRun, refused: number, kind: string, host: RegExp, hosts = 1): void {
  expect(unlimited.code).toBe(0)
  expect(refused).toBeGreaterThan(0)
  expect(limited.code).toBe(0)
  const drift = (report: Report | undefined) => (report?.rows ?? []).map((r) => `${r.path} ${r.key} ${r.status} ${r.missingIn.join(',')}`)
  expect(drift(unlimited.report).length).toBeGreaterThan(0)
  expect(drift(limited.report)).toEqual(drift(unlimited.report))
  expect(limited.report!.counts).toEqual(unlimited.report!.counts)
  expect(limited.requests).toBeLessThanOrEqual(1.3 * unlimited.requests)
  const said = limited.stderr.split('\n').filter((line) => /throttled/.test(line))
  expect(said).toHaveLength(1)
  const cost = `${host.source}: \\d+, \\d+\\.\\d s`
  expect(said[0]).toMatch(
    hosts === 1
      ? new RegExp(`^${kind}: ${host.source} throttled \\d+ requests? for its quota; pacing to it cost \\d+\\.\\d s$`)
      : new RegExp(`^${kind}: ${hosts} hosts throttled \\d+ requests for their quotas; pacing to them cost ${Array(hosts).fill(cost).join('; ')}$`),
  )
}

/**
 * The built CLI under Node 24 against `handler` on a loopback server, behind a token-bucket quota of `rate`
 * requests a second (none when undefined), with the JSON report parsed.
 */
export async function cliUnderQuota(
  handler: Handler,
  rate: number | undefined,
  refuse: (req: SeenRequest) => Answer,
  args: string[],
  env: (url: string) => Record<string, string>,
): Promise<QuotaRun & { quota?: Quota }> {
  const quota = rate ? withQuota(handler, rate, refuse) : undefined
  const server = await serveOverHttp(quota?.handler ?? handler)
  try {
    const r = await runProcess(join(ROOT, 'dist/cli/index.js'), [...args, '--format', 'json'], env(server.url), ROOT, await node24())
    return { ...r, report: JSON.parse(r.stdout) as Report, requests: server.seen.length, ...(quota ? { quota } : {}) }
  } finally {
    await server.close()
  }
}
