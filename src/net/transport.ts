/**
 * The stores' HTTP transport in production: node:http(s) with keep-alive.
 * fetch() leaves ~14 KB of garbage per request (WHATWG streams and headers)
 * that V8 collects late: a Vault walk of 6,569 requests peaked at ~180 MiB
 * RSS through fetch, with ~20 MiB live. Tests pass globalThis.fetch, which
 * fits the same shape. The agents' idle sockets are unref'd: they never keep
 * the process alive.
 */
import type { Agent, IncomingMessage } from 'node:http'

/** What HttpClient needs of an answer. */
export interface HttpAnswer {
  status: number
  headers: { get(name: string): string | null }
  text(): Promise<string>
  /** Every header, for a WHATWG Response (fetchOver); absent from a transport that only answers get(). */
  entries?(): [string, string][]
}

/** Statuses whose answer has no body (a WHATWG Response refuses one). */
const NO_BODY = new Set([101, 204, 205, 304])

/**
 * The stores' transport as a WHATWG fetch, for the libraries that want one
 * (Octokit, @slack/webhook): the publishers then send as the stores do. It
 * follows no redirect (a redirect comes back as the answer, as HttpClient
 * sees it). Request bodies are text, which both libraries send.
 */
export function fetchOver(transport: HttpFetch): typeof globalThis.fetch {
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, name) => (headers[name] = value))
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') throw new TypeError('fetchOver sends text bodies only')
    const answer = await transport(url, {
      method: init.method ?? 'GET',
      headers,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
      redirect: 'manual',
      signal: init.signal ?? new AbortController().signal,
    })
    const text = await answer.text()
    const all = new Headers()
    for (const [name, value] of answer.entries?.() ?? []) all.append(name, value)
    return new Response(NO_BODY.has(answer.status) ? null : text, { status: answer.status, headers: all })
  }
}

/** What HttpClient needs of fetch: globalThis.fetch is one. */
export type HttpFetch = (
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string | undefined; redirect: 'manual'; signal: AbortSignal },
) => Promise<HttpAnswer>

/** node:http(s) load on the first request: TLS costs a failing run's cold start otherwise. */
export function nodeTransport(): HttpFetch {
  const clients = new Map<string, Promise<{ request: typeof import('node:http').request; agent: Agent }>>()
  const client = (protocol: string) => {
    let loaded = clients.get(protocol)
    if (!loaded) {
      loaded = (protocol === 'https:' ? import('node:https') : import('node:http')).then((module) => {
        const agent = new module.Agent({ keepAlive: true })
        agent.on('free', (socket) => socket.unref())
        return { request: module.request, agent }
      })
      clients.set(protocol, loaded)
    }
    return loaded
  }
  return async (url, init) => {
    const { request: send, agent } = await client(url.protocol)
    return new Promise((resolve, reject) => {
      const request = send(url, { method: init.method, headers: init.headers, agent, signal: init.signal }, (response: IncomingMessage) => {
        // Decoded chunks joined once at the end (a multi-byte character split between chunks is the decoder's).
        const chunks: string[] = []
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = chunks.join('')
          resolve({
            status: response.statusCode ?? 0,
            headers: { get: (name) => [response.headers[name.toLowerCase()] ?? null].flat().join(', ') || null },
            text: async () => text,
            entries: () => Object.entries(response.headers).flatMap(([name, value]) => [value ?? []].flat().map((v): [string, string] => [name, v])),
          })
        })
      })
      // A reused socket was unref'd while idle: hold the process open again while it works.
      request.on('socket', (socket) => socket.ref())
      request.on('error', (err) => reject(init.signal.aborted ? init.signal.reason : err))
      request.end(init.body)
    })
  }
}
