import https from 'node:https'
import { readFileSync } from 'node:fs'
const dir = '__tests__/fixtures/azure/tls/'
const seen = []
const server = https.createServer({ key: readFileSync(dir + 'server.key'), cert: readFileSync(dir + 'server.pem') }, (req, res) => {
  let body = ''; req.on('data', d => body += d); req.on('end', () => {
    const url = new URL(req.url, 'https://x')
    seen.push(`${req.method} ${req.url} auth=${(req.headers.authorization ?? '').slice(0, 20)} ${body.slice(0, 200)}`)
    const base = `https://127.0.0.1:${server.address().port}`
    res.setHeader('content-type', 'application/json')
    if (url.pathname.endsWith('/openid-configuration')) return res.end(JSON.stringify({ token_endpoint: `${base}/tenant-1/oauth2/v2.0/token`, issuer: `${base}/tenant-1/v2.0`, authorization_endpoint: `${base}/tenant-1/oauth2/v2.0/authorize`, jwks_uri: `${base}/tenant-1/discovery/v2.0/keys`, end_session_endpoint: `${base}/tenant-1/oauth2/v2.0/logout` }))
    if (url.pathname.endsWith('/oauth2/v2.0/token')) return res.end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'eyJ0eXAiOiJKV1QifQ.e30.sig' }))
    if (url.pathname === '/secrets') {
      if (!req.headers.authorization) { res.statusCode = 401; res.setHeader('www-authenticate', `Bearer authorization="${base}/tenant-1", resource="https://vault.azure.net"`); return res.end(JSON.stringify({ error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } })) }
      if (!url.searchParams.get('$skiptoken')) return res.end(JSON.stringify({ value: [{ id: `${base}/secrets/a-one`, attributes: { enabled: true, exp: 1800000000, created: 1700000000, updated: 1700000001, recoveryLevel: 'Recoverable+Purgeable' }, tags: { x: 'y' } }], nextLink: `${base}/secrets?api-version=7.6&$skiptoken=abc&maxresults=25` }))
      return res.end(JSON.stringify({ value: [{ id: `${base}/secrets/b-two`, attributes: { enabled: false, updated: 1700000002 } }], nextLink: null }))
    }
    res.statusCode = 404; res.end('{}')
  })
}).listen(0, '127.0.0.1', async () => {
  const base = `https://127.0.0.1:${server.address().port}`
  Object.assign(process.env, { AZURE_TENANT_ID: 'tenant-1', AZURE_CLIENT_ID: 'client-1', AZURE_CLIENT_SECRET: 'secret-1', AZURE_AUTHORITY_HOST: base })
  const t0 = performance.now()
  const { DefaultAzureCredential } = await import('@azure/identity')
  const { SecretClient } = await import('@azure/keyvault-secrets')
  console.log('import ms', performance.now() - t0)
  const cred = new DefaultAzureCredential({ disableInstanceDiscovery: true })
  const client = new SecretClient(base, cred, { disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } })
  try {
    for await (const page of client.listPropertiesOfSecrets().byPage()) { console.log('page', page.length, page.map(p => [p.name, p.enabled, p.expiresOn, p.updatedOn, p.tags, p.version]), page.continuationToken) }
  } catch (e) { console.log('ERR', e.name, e.code, e.statusCode, e.message.slice(0, 300)) }
  console.log(seen.join('\n'))
  server.close(); process.exit(0)
})
