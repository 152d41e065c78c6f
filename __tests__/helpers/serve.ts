/**
 * One request handler, served two ways: through nock (in-process tests, where the
 * code under test uses the global fetch) or on a real loopback HTTP server (the
 * built bundle run as a process). Every request is recorded.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import nock from 'nock'

export interface SeenRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders | Record<string, string | string[]>
  body: string
}

export interface Answer {
  status: number
  body?: unknown
  /** Sent as is instead of JSON (HTML pages, truncated JSON, plain-text Slack errors). */
  raw?: string
  headers?: Record<string, string>
  /** Never answer (a request that hangs past the client's timeout). */
  hang?: boolean
  /** Drop the connection instead of answering (ECONNRESET). */
  reset?: boolean
}

export type Handler = (request: SeenRequest) => Answer

const encode = (answer: Answer): [number, string, Record<string, string>] => [
  answer.status,
  answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)),
  answer.headers ?? { 'content-type': 'application/json; charset=utf-8' },
]

export function mountOnNock(host: string, handler: Handler): SeenRequest[] {
  const seen: SeenRequest[] = []
  const scope = nock(host).persist()
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    scope
      .intercept(() => true, method)
      .reply(function (uri, body, callback) {
        const url = new URL(uri, host)
        const request: SeenRequest = {
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: this.req.headers,
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }
        seen.push(request)
        const answer = handler(request)
        if (answer.hang) return // the callback is never called: the request hangs
        if (answer.reset) return callback(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), [0, ''])
        callback(null, encode(answer))
      })
  }
  return seen
}

export interface Served {
  url: string
  seen: SeenRequest[]
  close(): Promise<void>
}

/** The handler on a loopback server: HTTP, or HTTPS with the given key and certificate. */
export async function serveOverHttp(handler: Handler, tls?: { key: string; cert: string }): Promise<Served> {
  const seen: SeenRequest[] = []
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const request: SeenRequest = { method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body }
      seen.push(request)
      const answer = handler(request)
      if (answer.hang) return
      if (answer.reset) return void req.socket.destroy()
      const [status, text, headers] = encode(answer)
      res.writeHead(status, headers).end(text)
    })
  }
  const server = tls ? createTlsServer(tls, listener) : createServer(listener)
  // Node closes an idle kept-alive socket after 5 s; a client that reuses it just then gets ECONNRESET, which on a
  // loaded machine made tests flaky. Real stores keep idle connections longer (AWS: 60 s and more).
  server.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
