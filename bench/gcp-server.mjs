// A local Google Secret Manager (REST v1), for benchmarks: the secrets listing (one page) and
// one versions listing per secret, with latency L on every answer. Projects are the
// environments; secrets are bench/synthetic.mjs's, named vendor-N_KEY_i, each with its version
// count (all enabled) and a companion's date as the base key's expireTime. Any bearer is taken.
import { createServer } from 'node:http'
import { listening } from './listen.mjs'
import { syntheticSecrets } from './synthetic.mjs'

export async function start({ environments = ['prod', 'staging', 'dev'], secrets = 2000, folders = 200, latencyMs = 0 } = {}) {
  const projects = new Map()
  for (const [envIndex, env] of environments.entries()) {
    const items = new Map()
    for (const s of syntheticSecrets({ secrets, folders, envIndex, prefix: '' })) {
      items.set(`${s.path.slice(1)}_${s.key.replace(/__EXPIRES_AT$/, '')}`, { version: s.version, created: s.updatedAt, expires: s.expiresAt })
    }
    projects.set(`bench-${env}`, items)
  }
  const requests = new Map()
  const route = (url) => {
    const m = /^\/v1\/projects\/([^/]+)\/secrets(?:\/([^/]+)\/versions)?$/.exec(url.pathname)
    const items = m && projects.get(m[1])
    if (!items) return ['other', 404, { error: { code: 404, status: 'NOT_FOUND', message: 'not found' } }]
    if (!m[2]) {
      return [
        'secrets.list',
        200,
        {
          secrets: [...items].map(([id, s]) => ({
            name: `projects/${m[1]}/secrets/${id}`,
            createTime: s.created,
            replication: { automatic: {} },
            labels: {},
            ...(s.expires ? { expireTime: `${s.expires}T00:00:00Z` } : {}),
          })),
          totalSize: items.size,
        },
      ]
    }
    const s = items.get(m[2])
    const versions = Array.from({ length: s.version }, (_, i) => ({
      name: `projects/${m[1]}/secrets/${m[2]}/versions/${s.version - i}`,
      state: 'ENABLED',
      createTime: s.created,
    }))
    return ['versions.list', 200, { versions, totalSize: versions.length }]
  }
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const [kind, status, body] = route(new URL(req.url, 'http://localhost'))
      requests.set(kind, (requests.get(kind) ?? 0) + 1)
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)), latencyMs)
    })
  })
  return listening(server, requests)
}
