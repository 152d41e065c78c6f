// A local Infisical-compatible server with synthetic data, for benchmarks and fault tests.
// Speaks the current API (/api/v4, /api/v1/projects, /api/v2/folders; values hidden) or the
// October 2024 one (/api/v3/secrets/raw, /api/v1/workspace, /api/v1/folders; values sent).
// Adds latency L to every answer. With `routeLimits`, each route has its own window and budget as a
// self-hosted server's @fastify/rate-limit gives it (secrets and folders 40 a minute, secret imports 60),
// announced on every answer (x-ratelimit-limit, -remaining, -reset) and 429 with retry-after past it.
// Secret imports answer as each generation does: a folder that does not exist is 404 "Folder not found";
// current servers serve them at /api/v2 with projectId.
import { createServer } from 'node:http'
import { syntheticSecrets } from './synthetic.mjs'

export async function startSyntheticServer({
  environments = ['prod', 'staging', 'dev'],
  secrets = 100,
  folders = 10,
  latencyMs = 0,
  routeLimits = false,
  windowMs = 60_000,
  api = 'current',
  prefix = '/Bench',
  tagCompanions = false,
} = {}) {
  const projectId = '0b3f5e2a-7c41-4d8e-9a6b-2f1c8d4e6a90' // a UUID, as Infisical project ids are (anything else is taken for a slug)
  const data = new Map(environments.map((slug, envIndex) => [slug, syntheticSecrets({ secrets, folders, envIndex, prefix })]))
  const requests = new Map()
  const windows = new Map()
  const count = (kind) => requests.set(kind, (requests.get(kind) ?? 0) + 1)
  const hide = api === 'current'

  const isCompanion = (s) => s.key.endsWith('__EXPIRES_AT')
  const item = (env, s, showValue = !hide) => ({
    id: `${env}:${s.path}:${s.key}`,
    workspace: projectId,
    environment: env,
    version: s.version,
    type: 'shared',
    secretKey: s.key,
    secretValue: showValue ? (s.expiresAt ?? `synthetic-value-${s.key}`) : '<hidden-by-infisical>',
    ...(hide ? { secretValueHidden: !showValue } : {}),
    secretComment: '',
    createdAt: s.updatedAt,
    updatedAt: s.updatedAt,
    secretPath: s.path,
    tags: tagCompanions && isCompanion(s) ? [{ id: 'tag-expiry', slug: 'expiry', name: 'expiry', color: '#fd5c00' }] : [],
  })
  const under = (path, base, recursive) => (recursive ? path === base || path.startsWith(`${base === '/' ? '' : base}/`) : path === base)
  const foldersOf = (env) => [...new Set(data.get(env).map((s) => s.path))]

  function route(method, url, reply) {
    const q = Object.fromEntries(url.searchParams)
    const p = url.pathname
    const norm = (path) => (path ?? '/').replace(/\/+$/, '') || '/'
    if (method === 'POST' && p === '/api/v1/auth/universal-auth/login')
      return reply(200, { accessToken: 'bench-token', expiresIn: 7200, accessTokenMaxTTL: 7200, tokenType: 'Bearer' }, 'login')
    if (method === 'POST' && p === '/api/v1/auth/token/revoke') return reply(200, { message: 'Successfully revoked access token' }, 'revoke')
    const project = { id: projectId, name: 'Bench', environments: environments.map((slug) => ({ slug, name: slug, id: slug })) }
    if (api === 'current' && p === `/api/v1/projects/${projectId}`) return reply(200, { project }, 'project')
    if (api === 'legacy' && p === `/api/v1/workspace/${projectId}`) return reply(200, { workspace: project }, 'project')
    // One window per route (a secret's reads share one), as @fastify/rate-limit keeps them per route and client.
    const limitedRoute = p.replace(/^(\/api\/v4\/secrets|\/api\/v3\/secrets\/raw)\/.+$/, '$1/:name')
    const max = /secret-imports/.test(p) ? 60 : p.startsWith('/api/v4/secrets') || p.startsWith('/api/v3/secrets') || p.includes('/folders') ? 40 : 0
    let announced = {}
    if (routeLimits && max) {
      let w = windows.get(limitedRoute)
      if (!w || Date.now() - w.start >= windowMs) windows.set(limitedRoute, (w = { start: Date.now(), used: 0 }))
      const reset = String(Math.ceil((windowMs - (Date.now() - w.start)) / 1000))
      w.used++
      announced = { 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': String(Math.max(0, max - w.used)), 'x-ratelimit-reset': reset }
      if (w.used > max)
        return reply(429, { statusCode: 429, message: `Rate limit exceeded. Please try again in ${reset} seconds`, error: 'RateLimitExceeded' }, '429', {
          ...announced,
          'retry-after': reset,
        })
    }
    const answer = (status, body, kind) => reply(status, body, kind, announced)
    const list = (api === 'current' && p === '/api/v4/secrets') || (api === 'legacy' && p === '/api/v3/secrets/raw')
    if (list) {
      const env = data.get(q.environment)
      if (!env) return answer(404, { statusCode: 404, message: `Environment with slug '${q.environment}' not found`, error: 'NotFound' }, 'list')
      const base = norm(q.secretPath)
      const tags = q.tagSlugs ? q.tagSlugs.split(',') : undefined
      const matching = env.filter((s) => under(s.path, base, q.recursive === 'true') && (!tags || (tagCompanions && isCompanion(s) && tags.includes('expiry'))))
      return answer(
        200,
        { secrets: matching.map((s) => item(q.environment, s, !hide || q.viewSecretValue === 'true')), imports: [] },
        tags ? 'tagged-list' : 'list',
      )
    }
    const one = api === 'current' ? /^\/api\/v4\/secrets\/(.+)$/.exec(p) : /^\/api\/v3\/secrets\/raw\/(.+)$/.exec(p)
    if (one) {
      const key = decodeURIComponent(one[1])
      const s = data.get(q.environment)?.find((x) => x.path === norm(q.secretPath) && x.key === key)
      // viewSecretValue=false: one secret's metadata, the access check of a folder the listing leaves empty.
      const kind = q.viewSecretValue === 'false' ? 'access' : 'companion'
      if (!s) return answer(404, { statusCode: 404, message: `Secret with name '${key}' not found`, error: 'NotFound' }, kind)
      return answer(200, { secret: { ...item(q.environment, s), secretValue: s.expiresAt ?? '<hidden-by-infisical>', secretValueHidden: false } }, kind)
    }
    // No folder of the synthetic project imports anything; a folder it lacks is 404 on both generations.
    if ((api === 'current' && p === '/api/v2/secret-imports') || (api === 'legacy' && p === '/api/v1/secret-imports')) {
      const path = norm(q.path)
      const exists = path === '/' || foldersOf(q.environment).some((f) => f === path || f.startsWith(`${path}/`))
      return exists
        ? answer(200, { message: 'Successfully fetched secret imports', secretImports: [] }, 'imports')
        : answer(404, { statusCode: 404, message: 'Folder not found', error: 'NotFound' }, 'imports')
    }
    if ((api === 'current' && p === '/api/v2/folders') || p === '/api/v1/folders') {
      if (api === 'legacy' && p === '/api/v2/folders') return notFound()
      const base = norm(q.path)
      const paths = new Set()
      for (const f of foldersOf(q.environment)) {
        // every ancestor of a folder that holds secrets exists too
        const parts = f.split('/').filter(Boolean)
        for (let i = 1; i <= parts.length; i++) paths.add(`/${parts.slice(0, i).join('/')}`)
      }
      const recursive = api === 'current' && q.recursive === 'true'
      const children = [...paths].filter(
        (f) => f !== base && f.startsWith(base === '/' ? '/' : `${base}/`) && (recursive || !f.slice(base.length + 1).includes('/')),
      )
      return answer(
        200,
        {
          folders: children.map((f) => ({
            id: f,
            name: f.slice(f.lastIndexOf('/') + 1),
            ...(recursive ? { relativePath: base === '/' ? f : f.slice(base.length) } : {}),
          })),
        },
        'folders',
      )
    }
    return notFound()
    function notFound() {
      return reply(404, { message: `Route ${method}:${url.pathname} not found`, error: 'Not Found', statusCode: 404 }, 'not-found')
    }
  }

  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      route(req.method, new URL(req.url, 'http://localhost'), (status, body, kind, headers = {}) => {
        count(kind)
        const text = JSON.stringify(body)
        setTimeout(() => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(text), latencyMs)
      })
    })
  })
  server.keepAliveTimeout = 5000
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    projectId,
    requests,
    resetCounts: () => requests.clear(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

export const start = startSyntheticServer
