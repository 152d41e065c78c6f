/**
 * Pacing on a server's announced budget, through HttpClient against a loopback
 * server that counts a window as @fastify/rate-limit does. The window is a
 * minute; the client's sleep is instant and recorded, so the run's clock moves
 * by what it waited, not by real time.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { HttpClient } from '../src/net/http.js'
import { nodeTransport } from '../src/net/transport.js'
import { testPorts } from './helpers/cli.js'
import { serveOverHttp, type Answer, type Served } from './helpers/serve.js'
import { nonEmpty } from './helpers/inventory.js'

let server: Served | undefined
afterEach(() => server?.close())

/** A route of `limit` a window; the window ends when the client says its clock passed it (`/tick`). */
async function limitedServer(limit: number) {
  let used = 0
  let refused = 0
  server = await serveOverHttp((req): Answer => {
    if (req.path === '/tick') {
      used = 0
      return { status: 200, body: {} }
    }
    used++
    const headers = {
      'content-type': 'application/json',
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': '60',
    }
    if (used > limit) {
      refused++
      return { status: 429, body: { error: 'RateLimitExceeded' }, headers: { ...headers, 'retry-after': '60' } }
    }
    return { status: 200, body: { n: used }, headers }
  })
  return { url: server.url, refused: () => refused }
}

describe('pacing on x-ratelimit-*', () => {
  it('twelve requests on a route of ten a window: the last ones wait out the window together, charged once to the wait budget', async () => {
    const { url, refused } = await limitedServer(10)
    const sleeps: number[] = []
    const client: HttpClient = new HttpClient(url, {
      fetch: nodeTransport(),
      // The window resets as the wait ends: the server is told, then the client's clock moves on.
      sleep: async (ms) => {
        sleeps.push(ms)
        await tick()
      },
      logger: testPorts([]).logger,
      headers: {},
      timeoutMs: 2000,
      // Pacing per route: the server announces each route's budget.
      routeOf: (path) => path,
      // Two windows' waits fit; three requests each charging one window would not.
      maxWaitMs: 150_000,
    })
    const tick = () => client.json('GET', '/tick')
    const answers = await Promise.all(Array.from({ length: 12 }, () => client.json('GET', '/route')))
    expect(nonEmpty(answers).every((a) => a.status === 200)).toBe(true)
    expect(refused()).toBe(0)
    // Waiters of one window share its time: the run waited about a minute, not a minute per request.
    expect(sleeps.length).toBeGreaterThan(0)
    expect(client.pacedMs).toBeGreaterThan(55_000)
    expect(client.pacedMs).toBeLessThanOrEqual(61_000)
    // And the budget still has room for the next window's wait.
    const more = await Promise.all(Array.from({ length: 10 }, () => client.json('GET', '/route')))
    expect(nonEmpty(more).every((a) => a.status === 200)).toBe(true)
    expect(refused()).toBe(0)
  })
})
