// Local Azure Key Vaults (one HTTPS server per environment, a certificate made for the run) with a Microsoft Entra ID token endpoint on the first, for
// benchmarks: the 401 challenge, client-credentials tokens, and the secret listing at 25 a page
// with nextLink, latency L on every answer. Secrets are bench/synthetic.mjs's, named
// vendor-N-KEY-i (Key Vault names take dashes only); a companion becomes its base key's expiry.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer } from 'node:https'
import { syntheticSecrets } from './synthetic.mjs'

// The certificate bench/run.mjs made for this run (scripts/test-tls.mjs), in TLS_DIR.
const tls = (name) => readFileSync(join(process.env.TLS_DIR, name), 'utf8')
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL3ZhdWx0LmF6dXJlLm5ldCJ9.c2ln'

export async function start({ environments = ['prod', 'staging', 'dev'], secrets = 2000, folders = 200, latencyMs = 0 } = {}) {
  const requests = new Map()
  const count = (kind) => requests.set(kind, (requests.get(kind) ?? 0) + 1)
  let authority = ''
  const servers = []
  for (const [envIndex] of environments.entries()) {
    const items = syntheticSecrets({ secrets, folders, envIndex, prefix: '' })
      .map((s) => ({
        name: `${s.path.slice(1)}-${s.key.replace(/__EXPIRES_AT$/, '')}`.replaceAll('_', '-'),
        updated: Date.parse(s.updatedAt) / 1000,
        exp: s.expiresAt ? Date.parse(s.expiresAt) / 1000 : undefined,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
    let base = ''
    const route = (req, url) => {
      if (url.pathname.endsWith('/.well-known/openid-configuration')) {
        count('discovery')
        return [
          200,
          {
            token_endpoint: `${base}/${TENANT}/oauth2/v2.0/token`,
            issuer: `${base}/${TENANT}/v2.0`,
            authorization_endpoint: `${base}/${TENANT}/oauth2/v2.0/authorize`,
            jwks_uri: `${base}/${TENANT}/discovery/v2.0/keys`,
            end_session_endpoint: `${base}/${TENANT}/oauth2/v2.0/logout`,
          },
        ]
      }
      if (url.pathname.endsWith('/oauth2/v2.0/token'))
        return (count('token'), [200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: TOKEN }])
      if (url.pathname !== '/secrets') return [404, { error: { code: 'NotFound' } }]
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        count('challenge')
        return [
          401,
          { error: { code: 'Unauthorized' } },
          { 'www-authenticate': `Bearer authorization="${authority}/${TENANT}", resource="https://vault.azure.net"` },
        ]
      }
      count('list')
      const offset = Number(url.searchParams.get('$skiptoken') ?? 0)
      const page = items.slice(offset, offset + 25)
      const next = offset + 25 < items.length ? `${base}/secrets?api-version=7.4&$skiptoken=${offset + 25}&maxresults=25` : null
      return [
        200,
        {
          value: page.map((s) => ({
            id: `${base}/secrets/${s.name}`,
            attributes: { enabled: true, created: s.updated, updated: s.updated, ...(s.exp ? { exp: s.exp } : {}), recoveryLevel: 'Recoverable+Purgeable' },
            tags: {},
          })),
          nextLink: next,
        },
      ]
    }
    const server = createServer({ key: tls('server.key'), cert: tls('server.pem') }, (req, res) => {
      let body = ''
      req.on('data', (d) => (body += d))
      req.on('end', () => {
        const [status, answer, headers = {}] = route(req, new URL(req.url, 'https://localhost'))
        setTimeout(() => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer)), latencyMs)
      })
    })
    server.keepAliveTimeout = 5000
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `https://127.0.0.1:${server.address().port}`
    authority ||= base
    servers.push({ server, base })
  }
  return {
    url: servers[0].base,
    urls: servers.map((s) => s.base),
    requests,
    resetCounts: () => requests.clear(),
    close: () =>
      Promise.all(
        servers.map(
          ({ server }) =>
            new Promise((resolve) => {
              server.closeAllConnections?.()
              server.close(() => resolve())
            }),
        ),
      ),
  }
}
