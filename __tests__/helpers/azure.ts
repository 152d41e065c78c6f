/**
 * An Azure Key Vault stand-in with its Microsoft Entra ID token endpoint, over
 * HTTPS with a certificate made for the test run (scripts/test-tls.mjs; child
 * processes trust its CA through NODE_EXTRA_CA_CERTS). Documented shapes from
 * fixtures/azure/ (see SOURCES.md): the 401 challenge, the OpenID discovery
 * document, client-credentials tokens, secret listings with nextLink. Value
 * reads (`GET /secrets/NAME[/VERSION]`) are answered and recorded: the bait.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveOverHttp, type Handler, type SeenRequest, type Served } from './serve.js'

const DIR = new URL('../fixtures/azure/', import.meta.url)
export const azureFixture = <T = Record<string, unknown>>(name: string): T => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as T
// A CA and a certificate made for this test process (scripts/test-tls.mjs): no private key is committed.
const TLS_DIR = mkdtempSync(join(tmpdir(), 'vca-tls-'))
execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/test-tls.mjs', import.meta.url)), TLS_DIR])
export const TEST_CA = join(TLS_DIR, 'ca.pem')
const TLS = { key: readFileSync(join(TLS_DIR, 'server.key'), 'utf8'), cert: readFileSync(join(TLS_DIR, 'server.pem'), 'utf8') }

export interface AzureSecret {
  name: string
  enabled?: boolean
  /** ISO 8601. */
  updated: string
  expires?: string
  value: string
}

export interface AzureVault {
  secrets: AzureSecret[]
  /** The listing answers 403. */
  denied?: boolean
  /** The first N listing requests answer 429 with Retry-After: 1. */
  throttle?: number
}

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const CLIENT = { id: 'c0ffee00-1111-4222-8333-444455556666', secret: 'azure-client-secret-that-must-not-leak~0123' }
const MARKER = 'SERVER-TEXT-MUST-NOT-SHOW'
export const SERVER_TEXT = MARKER

export interface AzureStandIn {
  served: Served
  url: string
  /** Value reads: must stay empty. */
  valueRequests: SeenRequest[]
  tokenRequests: SeenRequest[]
  seen: SeenRequest[]
}

const TOKEN = azureFixture<{ access_token: string }>('token').access_token
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  body,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
})
const withMarker = (name: string) => {
  const body = azureFixture<{ error: { message: string } }>(name)
  body.error.message += ` ${MARKER}`
  return body
}

/** A vault on its own HTTPS port; `authority` is the Entra endpoint its challenge names (default: itself). */
/** `wrap`: what stands in front of the vault (a quota); the token endpoint it serves too is Entra ID's, outside it. */
export async function azureStandIn(
  vault: AzureVault,
  options: { authority?: string; pageSize?: number; wrap?: (handler: Handler) => Handler } = {},
): Promise<AzureStandIn> {
  const valueRequests: SeenRequest[] = []
  const tokenRequests: SeenRequest[] = []
  let base = ''
  let throttled = 0
  const template = azureFixture<{ value: Record<string, unknown>[] }>('secrets-list').value[0]!
  const sorted = [...vault.secrets].sort((a, b) => a.name.localeCompare(b.name))
  const handler: Handler = (req) => {
    const authority = options.authority ?? base
    if (req.path === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
      const text = JSON.stringify(azureFixture('openid-configuration')).replaceAll('https://login.microsoftonline.com/{tenant}', `${base}/${TENANT}`)
      return json(200, JSON.parse(text))
    }
    if (req.method === 'POST' && req.path === `/${TENANT}/oauth2/v2.0/token`) {
      tokenRequests.push(req)
      const form = new URLSearchParams(req.body)
      if (form.get('client_id') !== CLIENT.id || form.get('client_secret') !== CLIENT.secret || form.get('grant_type') !== 'client_credentials') {
        return json(401, azureFixture('token-invalid-client'))
      }
      return json(200, azureFixture('token'))
    }
    if (!req.path.startsWith('/secrets')) return json(404, { error: { code: 'NotFound', message: 'no such route' } })
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return json(401, azureFixture('error-unauthorized'), {
        'www-authenticate': `Bearer authorization="${authority}/${TENANT}", resource="https://vault.azure.net"`,
      })
    }
    const named = /^\/secrets\/([^/]+)(?:\/[^/]*)?$/.exec(req.path)
    if (named) {
      valueRequests.push(req)
      const found = vault.secrets.find((s) => s.name === named[1])
      return json(200, {
        ...azureFixture<Record<string, unknown>>('secret-bundle'),
        value: found?.value ?? '',
        id: `${base}/secrets/${named[1]}/4387e9f3d6e14c459867679a90fd0f79`,
      })
    }
    if (vault.denied) return json(403, withMarker('error-forbidden'))
    if (vault.throttle && throttled < vault.throttle) {
      throttled++
      return json(429, withMarker('error-throttled'), { 'retry-after': '1' })
    }
    const size = options.pageSize ?? 25
    const offset = Number(req.query.$skiptoken ?? 0)
    const page = sorted.slice(offset, offset + size)
    const next =
      offset + size < sorted.length ? `${base}/secrets?api-version=${req.query['api-version'] ?? '7.4'}&$skiptoken=${offset + size}&maxresults=${size}` : null
    return json(200, {
      value: page.map((s) => ({
        ...template,
        id: `${base}/secrets/${s.name}`,
        attributes: {
          ...(template.attributes as object),
          enabled: s.enabled ?? true,
          updated: Date.parse(s.updated) / 1000,
          ...(s.expires ? { exp: Date.parse(s.expires) / 1000 } : {}),
        },
      })),
      nextLink: next,
    })
  }
  const served = await serveOverHttp(options.wrap?.(handler) ?? handler, TLS)
  base = served.url
  return { served, url: served.url, valueRequests, tokenRequests, seen: served.seen }
}

/** The environment a service principal login leaves (what azure/login or EnvironmentCredential reads), the test CA trusted. */
export const azureEnv = (authority: string, extra: Record<string, string> = {}): Record<string, string> => ({
  AZURE_TENANT_ID: TENANT,
  AZURE_CLIENT_ID: CLIENT.id,
  AZURE_CLIENT_SECRET: CLIENT.secret,
  AZURE_AUTHORITY_HOST: authority,
  NODE_EXTRA_CA_CERTS: TEST_CA,
  ...extra,
})
