// A local Vault (KV v2) with synthetic data, for benchmarks: AppRole login, lookup-self,
// the mount look-up, LIST (GET ?list=true) per folder and a metadata GET per secret, with
// latency L on every answer. Secrets are bench/synthetic.mjs's, under kv/<environment>/;
// a companion there becomes its base key with custom_metadata.expires_at.
import { createServer } from 'node:http'
import { listening } from './listen.mjs'
import { syntheticSecrets } from './synthetic.mjs'

// `rate`: a sustained rate-limit quota (a token bucket of `rate` a second, burst `rate`, as Vault's quotas), answered
// over it as Vault does: 429 and {"errors":["… rate limit quota exceeded"]}, no Retry-After (response headers off).
export async function start({ environments = ['prod', 'staging', 'dev'], secrets = 2000, folders = 200, latencyMs = 0, rate = 0 } = {}) {
  let tokens = rate
  let filledAt = Date.now()
  const overQuota = () => {
    if (!rate) return false
    const now = Date.now()
    tokens = Math.min(rate, tokens + ((now - filledAt) / 1000) * rate)
    filledAt = now
    if (tokens < 1) return true
    tokens--
    return false
  }
  const tree = new Map() // 'prod/vendor-3' → Map(key → meta)
  for (const [envIndex, env] of environments.entries()) {
    for (const s of syntheticSecrets({ secrets, folders, envIndex, prefix: '' })) {
      const key = s.key.replace(/__EXPIRES_AT$/, '')
      const folder = `${env}${s.path}`
      if (!tree.has(folder)) tree.set(folder, new Map())
      tree.get(folder).set(key, { version: s.version, updated: s.updatedAt, expiresAt: s.expiresAt })
    }
  }
  const requests = new Map()
  const route = (method, url) => {
    const p = decodeURIComponent(url.pathname.replace(/^\/v1\//, ''))
    if (method === 'POST' && p === 'auth/approle/login')
      return [200, { auth: { client_token: 'hvs.bench-token', accessor: 'a', policies: ['default'], lease_duration: 1200, renewable: true } }, 'login']
    if (p === 'auth/token/lookup-self') return [200, { data: { id: 'hvs.bench-token', policies: ['default'] } }, 'lookup-self']
    if (method === 'POST' && p === 'auth/token/revoke-self') return [204, undefined, 'revoke']
    if (p.startsWith('sys/internal/ui/mounts/')) return [200, { data: { path: 'kv/', type: 'kv', options: { version: '2' } } }, 'mount']
    if (!p.startsWith('kv/metadata/')) return [404, { errors: ['no handler for route'] }, 'not-found']
    const sub = p.slice('kv/metadata/'.length).replace(/\/$/, '')
    if (url.searchParams.get('list') === 'true') {
      const keys = new Set()
      for (const [folder, secretsThere] of tree) {
        if (folder === sub) for (const k of secretsThere.keys()) keys.add(k)
        else if (folder.startsWith(`${sub}/`)) keys.add(`${folder.slice(sub.length + 1).split('/')[0]}/`)
      }
      return keys.size ? [200, { data: { keys: [...keys] } }, 'list'] : [404, { errors: [] }, 'list']
    }
    const cut = sub.lastIndexOf('/')
    const meta = tree.get(sub.slice(0, cut))?.get(sub.slice(cut + 1))
    if (!meta) return [404, { errors: [] }, 'metadata']
    const versions = Object.fromEntries(
      Array.from({ length: meta.version }, (_, i) => [String(i + 1), { created_time: meta.updated, deletion_time: '', destroyed: false }]),
    )
    return [
      200,
      {
        data: {
          current_version: meta.version,
          updated_time: meta.updated,
          custom_metadata: meta.expiresAt ? { expires_at: meta.expiresAt } : null,
          versions,
          cas_required: false,
          max_versions: 0,
          oldest_version: 0,
        },
      },
      'metadata',
    ]
  }
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const [status, body, kind] = overQuota()
        ? [429, { errors: ['rate limit quota exceeded'] }, 'refused (429)']
        : route(req.method, new URL(req.url, 'http://localhost'))
      requests.set(kind, (requests.get(kind) ?? 0) + 1)
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(body === undefined ? '' : JSON.stringify(body)), latencyMs)
    })
  })
  return listening(server, requests)
}
