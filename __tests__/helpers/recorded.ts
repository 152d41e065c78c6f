/**
 * The recorded Infisical server (October 2024 build, ../fixtures/infisical-2024-10)
 * as a route table, served either through nock (in-process tests) or a real
 * local HTTP server (tests that run the built bundle as a process).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { mountOnNock, serveOverHttp, type Handler, type SeenRequest, type Served } from './serve.js'

export { closedPort } from './serve.js'

export const HOST = 'http://127.0.0.1:8080'
export const PROJECT_ID = '8fd2f847-3576-4c49-bb1f-77dd115338a1'
const DIR = new URL('../fixtures/infisical-2024-10/', import.meta.url)

export interface Recorded {
  request: { method: string; path: string; query: Record<string, string> }
  response: { status: number; headers: Record<string, string>; body: unknown }
}

export const fixture = (name: string): Recorded => {
  const file = readdirSync(DIR).find((f) => f.startsWith(name))
  if (!file) throw new Error(`no fixture ${name}`)
  return JSON.parse(readFileSync(new URL(file, DIR), 'utf8'))
}

export interface Route {
  method: string
  path: string | RegExp
  /** Every listed parameter must match; others are ignored. */
  query?: Record<string, string>
  status: number
  body: unknown
  headers?: Record<string, string>
  /** Raw body instead of JSON (HTML pages, truncated JSON). */
  raw?: string
  /** Serve this many times, then fall through to later routes. */
  times?: number
  hang?: boolean
  reset?: boolean
}

/** The headers a client sees: content-type and rate-limit headers, no hop-by-hop ones. */
const keptHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => k === 'content-type' || k.startsWith('x-ratelimit') || k === 'retry-after'))

export function fromFixture(name: string, extra: Partial<Route> = {}): Route {
  const f = fixture(name)
  return {
    method: f.request.method,
    path: f.request.path,
    status: f.response.status,
    body: f.response.body,
    headers: keptHeaders(f.response.headers),
    ...extra,
  }
}

/** Fastify's route-not-found answer, as fixture 21 recorded it. */
export const routeNotFound = (method: string, path: string | RegExp): Route => ({
  method,
  path,
  status: 404,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: { message: `Route ${method}:${String(path)} not found`, error: 'Not Found', statusCode: 404 },
})

export const json = (method: string, path: string | RegExp, body: unknown, extra: Partial<Route> = {}): Route => ({
  method,
  path,
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body,
  ...extra,
})

/**
 * The folders each environment of the recorded project has (fixtures 09-11's secret paths, 22-25's folder
 * listings): what a secret-imports read answers 200 for; any other folder is 404 "Folder not found".
 */
export const RECORDED_FOLDERS: Record<string, string[]> = {
  prod: ['/', '/MooseQuest', '/MooseQuest/heroku', '/MooseQuest/cloudflare', '/MooseQuest/stripe', '/MooseQuest/stripe/webhooks'],
  staging: ['/', '/MooseQuest', '/MooseQuest/heroku', '/MooseQuest/stripe'],
  dev: ['/', '/MooseQuest', '/MooseQuest/heroku', '/MooseQuest/cloudflare', '/MooseQuest/stripe', '/MooseQuest/empty-vendor'],
}

/**
 * GET secret-imports as the servers answer it: 200 with the folder's imports where the folder exists, else 404
 * NotFound. The 2024 build (backend/src/services/secret-import/secret-import-service.ts, getImports in the
 * October 2024 tree) says "Folder not found"; current ones (the same function today) "Folder with path '…' in
 * environment with slug '…' not found". `/api/v1` takes workspaceId on both; current servers also serve
 * `/api/v2` with projectId (routes/v2/secret-import-router.ts).
 */
export function secretImportRoutes(
  path: '/api/v1/secret-imports' | '/api/v2/secret-imports',
  folders = RECORDED_FOLDERS,
  imports: Record<string, unknown[]> = {},
): Route[] {
  const current = path === '/api/v2/secret-imports'
  return [
    ...Object.entries(folders).flatMap(([environment, list]) =>
      list.map((folder) =>
        json(
          'GET',
          path,
          { message: 'Successfully fetched secret imports', secretImports: imports[`${environment}:${folder}`] ?? [] },
          { query: { environment, path: folder } },
        ),
      ),
    ),
    {
      method: 'GET',
      path,
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: current
        ? { reqId: 'req-1', statusCode: 404, message: "Folder with path '/x' in environment with slug 'x' not found", error: 'NotFound' }
        : { statusCode: 404, message: 'Folder not found', error: 'NotFound' },
    },
  ]
}

export const emptyFolders = (environment: string, path: string): Route => json('GET', '/api/v1/folders', { folders: [] }, { query: { environment, path } })

/** The 2024-10 server as recorded: no /api/v4, no /api/v1/projects, no /api/v2/folders. */
export function legacyServer(): Route[] {
  return [
    fromFixture('02-'),
    routeNotFound('GET', `/api/v1/projects/${PROJECT_ID}`),
    fromFixture('05-'),
    routeNotFound('GET', '/api/v4/secrets'),
    // A folder checked without recursion answers as fixture 29 does for a folder it lacks.
    fromFixture('29-', { query: { recursive: 'false' } }),
    // No folder of the recorded project imports anything (fixture 49's shape); a folder it lacks is 404.
    ...secretImportRoutes('/api/v1/secret-imports'),
    fromFixture('09-', { query: { environment: 'prod' } }),
    fromFixture('10-', { query: { environment: 'staging' } }),
    fromFixture('11-', { query: { environment: 'dev' } }),
    routeNotFound('GET', '/api/v2/folders'),
    fromFixture('22-', { query: { environment: 'prod', path: '/MooseQuest' } }),
    fromFixture('23-', { query: { environment: 'staging', path: '/MooseQuest' } }),
    fromFixture('24-', { query: { environment: 'dev', path: '/MooseQuest' } }),
    fromFixture('25-', { query: { environment: 'prod', path: '/MooseQuest/stripe' } }),
    fromFixture('27-', { query: { environment: 'staging', path: '/MooseQuest/cloudflare' } }),
    // Same shape as 27: the recorded staging and dev have no stripe/webhooks folder.
    emptyFolders('staging', '/MooseQuest/stripe'),
    emptyFolders('dev', '/MooseQuest/stripe'),
    json('POST', '/api/v1/auth/token/revoke', { message: 'Successfully revoked access token' }),
  ]
}

/** Fixture 09–11 as a current server returns them: /api/v4, values hidden, secretValueHidden set. */
export function currentServer(companionDates: Record<string, string>): Route[] {
  const hide = (name: string) => {
    const body = fixture(name).response.body as { secrets: Record<string, unknown>[] }
    return { secrets: body.secrets.map((s) => ({ ...s, secretValue: '<hidden-by-infisical>', secretValueHidden: true })), imports: [] }
  }
  const project = (fixture('05-').response.body as { workspace: unknown }).workspace
  return [
    fromFixture('02-'),
    json('GET', `/api/v1/projects/${PROJECT_ID}`, { project }),
    json('GET', '/api/v4/secrets', { secrets: [], imports: [] }, { query: { recursive: 'false' } }),
    ...secretImportRoutes('/api/v2/secret-imports'),
    // One secret's metadata where the listing has none: the permission check runs first, then 404 (secret-v2-bridge-service).
    json(
      'GET',
      /^\/api\/v4\/secrets\/.+/,
      { reqId: 'req-2', statusCode: 404, message: 'Secret not found', error: 'NotFound' },
      { query: { viewSecretValue: 'false' }, status: 404 },
    ),
    json('GET', '/api/v4/secrets', hide('09-'), { query: { environment: 'prod' } }),
    json('GET', '/api/v4/secrets', hide('10-'), { query: { environment: 'staging' } }),
    json('GET', '/api/v4/secrets', hide('11-'), { query: { environment: 'dev' } }),
    ...Object.entries(companionDates).map(([where, date]) => {
      const [environment, secretPath, key] = where.split('|') as [string, string, string]
      return json(
        'GET',
        `/api/v4/secrets/${encodeURIComponent(key)}`,
        { secret: { secretKey: key, secretValue: date, secretValueHidden: false, version: 1 } },
        {
          query: { environment, secretPath, viewSecretValue: 'true' },
        },
      )
    }),
    json(
      'GET',
      '/api/v2/folders',
      {
        folders: [
          { id: '1', name: 'MooseQuest', relativePath: '/MooseQuest' },
          { id: '2', name: 'heroku', relativePath: '/MooseQuest/heroku' },
          { id: '3', name: 'stripe', relativePath: '/MooseQuest/stripe' },
        ],
      },
      { query: { environment: 'staging', path: '/', recursive: 'true' } },
    ),
    json(
      'GET',
      '/api/v2/folders',
      {
        folders: [
          { id: '1', name: 'MooseQuest', relativePath: '/MooseQuest' },
          { id: '2', name: 'heroku', relativePath: '/MooseQuest/heroku' },
          { id: '3', name: 'cloudflare', relativePath: '/MooseQuest/cloudflare' },
          { id: '4', name: 'stripe', relativePath: '/MooseQuest/stripe' },
          { id: '5', name: 'empty-vendor', relativePath: '/MooseQuest/empty-vendor' },
        ],
      },
      { query: { environment: 'dev', path: '/', recursive: 'true' } },
    ),
    json('POST', '/api/v1/auth/token/revoke', { message: 'Successfully revoked access token' }),
  ]
}

/** The routes as a request handler: the first route that matches answers (a `times` route only so often). */
export function recordedHandler(routes: Route[]): Handler {
  const used = new Map<Route, number>()
  return ({ method, path, query }) => {
    const route = routes.find((r) => {
      if (r.method !== method) return false
      if (typeof r.path === 'string' ? r.path !== path : !r.path.test(path)) return false
      if (r.query && !Object.entries(r.query).every(([k, v]) => query[k] === v)) return false
      return r.times === undefined || (used.get(r) ?? 0) < r.times
    })
    if (!route) return { status: 599, body: { message: 'no recorded route for this request', error: 'TestError' } }
    used.set(route, (used.get(route) ?? 0) + 1)
    return {
      status: route.status,
      body: route.body,
      ...(route.raw !== undefined ? { raw: route.raw } : {}),
      ...(route.headers ? { headers: route.headers } : {}),
      ...(route.hang ? { hang: true } : {}),
      ...(route.reset ? { reset: true } : {}),
    }
  }
}

/** Serve the routes through nock on HOST; returns the list of requests it saw. */
export const mountNock = (routes: Route[], host = HOST): SeenRequest[] => mountOnNock(host, recordedHandler(routes))

/** The same routes on a real loopback HTTP server, for the bundle run as a process. */
export const startServer = (routes: Route[]): Promise<Served> => serveOverHttp(recordedHandler(routes))

/** Every secret value in the recorded fixtures that is not an expiry date: none may ever be shown. */
export function recordedValues(): string[] {
  const values = new Set<string>()
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json') && /^\d/.test(f))) {
    const body = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')).response.body
    const items = [...(body?.secrets ?? []), ...(body?.secret ? [body.secret] : [])] as { secretKey: string; secretValue: unknown }[]
    for (const s of items) {
      if (typeof s.secretValue === 'string' && !s.secretKey.endsWith('__EXPIRES_AT') && s.secretValue.length >= 5) values.add(s.secretValue)
    }
  }
  return [...values]
}
