/** The production transport (node:http with keep-alive) on a loopback server: what HttpClient relies on. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HttpClient, HttpError } from '../src/net/http.js'
import { fetchOver, nodeTransport } from '../src/net/transport.js'
import { testPorts } from './helpers/cli.js'
import { serveOverHttp, closedPort, type Answer, type Served } from './helpers/serve.js'

let server: Served
beforeAll(async () => {
  server = await serveOverHttp((req): Answer => {
    if (req.path === '/moved') return { status: 302, headers: { location: 'https://login.example.com/x' } }
    if (req.path === '/slow') return { hang: true, status: 200 }
    if (req.path === '/empty') return { status: 204, headers: { 'x-request-id': 'r-1' } }
    if (req.path === '/linked') return { status: 200, body: [1], headers: { 'content-type': 'application/json', link: '<https://x/?page=2>; rel="next"' } }
    if (req.path === '/limited') return { status: 429, body: { errors: [] }, headers: { 'content-type': 'application/json', 'retry-after': '7' } }
    return { status: 200, body: { path: req.path, method: req.method, header: req.headers['x-test'], body: req.body } }
  })
})
afterAll(() => server.close())

const client = (url: string, timeoutMs = 2000) =>
  new HttpClient(url, {
    fetch: nodeTransport(),
    sleep: async () => {},
    logger: testPorts([]).logger,
    headers: { 'X-Test': 'yes' },
    timeoutMs,
    maxWaitMs: 0,
    maxAttempts: 2,
  })

describe('nodeTransport', () => {
  it('sends the method, headers and body, and reads the JSON answer (twice on one kept-alive socket)', async () => {
    const c = client(server.url)
    for (let i = 0; i < 2; i++) {
      const answer = await c.json('POST', '/echo', { body: { a: 1 } })
      expect(answer).toEqual({ status: 200, body: { path: '/echo', method: 'POST', header: 'yes', body: '{"a":1}' } })
    }
  })

  it('does not follow redirects, reads headers, and times out as fetch does', async () => {
    await expect(client(server.url).json('GET', '/moved')).rejects.toMatchObject({
      failure: 'redirect',
      status: 302,
      message: 'GET /moved was redirected (302 to login.example.com)',
    })
    await expect(client(server.url).json('GET', '/limited')).rejects.toMatchObject({
      status: 429,
      message: expect.stringContaining('the next retry (in 7 s) would exceed the retry budget of 0 s'),
    })
    await expect(client(server.url, 200).json('GET', '/slow')).rejects.toMatchObject({
      failure: 'timeout',
      message: expect.stringMatching(/^GET \/slow timed out after 0.2 s; gave up/),
    })
  })

  it('names a refused connection by its code', async () => {
    const err = await client(`http://127.0.0.1:${await closedPort()}`)
      .json('GET', '/x')
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(HttpError)
    expect((err as HttpError).message).toBe('GET /x: network error (ECONNREFUSED); gave up: the next retry (in 1 s) would exceed the retry budget of 0 s')
  })
})

describe("fetchOver: the stores' transport as the publishers' fetch", () => {
  const fetch = fetchOver(nodeTransport())

  it('sends method, headers and a text body, and answers a WHATWG Response with every header', async () => {
    const posted = await fetch(`${server.url}/echo`, { method: 'POST', headers: new Headers({ 'X-Test': 'yes' }), body: '{"a":1}' })
    expect(await posted.json()).toEqual({ path: '/echo', method: 'POST', header: 'yes', body: '{"a":1}' })
    const linked = await fetch(`${server.url}/linked`)
    expect(linked.headers.get('link')).toBe('<https://x/?page=2>; rel="next"')
    expect(await linked.json()).toEqual([1])
  })

  it('answers a 204 with no body, and hands a redirect back rather than following it', async () => {
    const empty = await fetch(`${server.url}/empty`)
    expect(empty.status).toBe(204)
    expect(empty.headers.get('x-request-id')).toBe('r-1')
    expect(await empty.text()).toBe('')
    const moved = await fetch(`${server.url}/moved`)
    expect(moved.status).toBe(302)
    expect(moved.headers.get('location')).toBe('https://login.example.com/x')
  })
})
