/**
 * A Google Secret Manager stand-in (REST v1) answering with the documented
 * shapes in fixtures/gcp/ (see SOURCES.md), filled with a test's secrets. It
 * accepts only a self-signed JWT from the service account key it issued
 * (RS256, checked against the key's public half); a token exchange at the
 * key's `token_uri` and every `:access` call are recorded: the tests require
 * both to stay empty.
 */
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Handler, SeenRequest } from './serve.js'

const DIR = new URL('../fixtures/gcp/', import.meta.url)
export const gcpFixture = <T = Record<string, unknown>>(name: string): T => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as T

export interface GcpVersion {
  n: number
  state: 'ENABLED' | 'DISABLED' | 'DESTROYED'
  created: string
}

export interface GcpSecret {
  id: string
  labels?: Record<string, string>
  expireTime?: string
  rotation?: { next: string }
  versions: GcpVersion[]
  value: string
}

export interface GcpWorld {
  /** Project id → its secrets. */
  projects: Record<string, GcpSecret[]>
  pageSize?: number
  /** Projects whose listing answers 403. */
  denied?: string[]
  /** `PROJECT/SECRET` whose versions listing answers 403. */
  deniedVersions?: string[]
  /** The first N requests answer 429. */
  throttle?: number
}

export interface GcpStandIn {
  handler: Handler
  accessRequests: SeenRequest[]
  tokenExchanges: SeenRequest[]
  /** The `aud` of every JWT the stand-in accepted. */
  audiences: string[]
}

const MARKER = 'SERVER-TEXT-MUST-NOT-SHOW'
export const SERVER_TEXT = MARKER
const error = (status: number, fixture: string) => {
  const body = gcpFixture<{ error: { message: string } }>(fixture)
  body.error.message += ` ${MARKER}`
  return { status, body }
}

/** A service account key file (a fresh RSA key) whose `token_uri` points at the stand-in; the stand-in trusts it alone. */
export function serviceAccount(tokenUri: string): { file: string; email: string; publicKeyPem: string; privateKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const email = 'coverage-audit@my-project.iam.gserviceaccount.com'
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const file = join(mkdtempSync(join(tmpdir(), 'vca-gcp-')), 'key.json')
  writeFileSync(
    file,
    JSON.stringify({
      type: 'service_account',
      project_id: 'my-project',
      private_key_id: 'b1e2c3d4e5f6a7b8c9d0',
      private_key: privateKeyPem,
      client_email: email,
      client_id: '109876543210987654321',
      token_uri: tokenUri,
    }),
  )
  return { file, email, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKeyPem }
}

export function gcpStandIn(world: GcpWorld, key: { email: string; publicKeyPem: string }): GcpStandIn {
  const accessRequests: SeenRequest[] = []
  const tokenExchanges: SeenRequest[] = []
  const audiences: string[] = []
  const secretTemplate = gcpFixture<{ secrets: Record<string, unknown>[] }>('secrets-list').secrets[0]!
  const versionTemplate = gcpFixture<{ versions: Record<string, unknown>[] }>('versions-list').versions[0]!
  const publicKey = createPublicKey(key.publicKeyPem)
  let throttled = 0

  const signedBy = (authorization: string | undefined): boolean => {
    const jwt = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '')
    if (!jwt) return false
    const ok = verify('RSA-SHA256', Buffer.from(`${jwt[1]}.${jwt[2]}`), publicKey, Buffer.from(jwt[3]!, 'base64url'))
    const claims = JSON.parse(Buffer.from(jwt[2]!, 'base64url').toString()) as { iss?: string; aud?: string; exp?: number }
    if (!ok || claims.iss !== key.email || !claims.aud) return false
    audiences.push(claims.aud)
    return true
  }

  const page = <T>(items: T[], query: Record<string, string>): { items: T[]; nextPageToken?: string } => {
    const size = Math.min(world.pageSize ?? Infinity, Number(query.pageSize ?? 25000))
    const offset = Number(query.pageToken ? Buffer.from(query.pageToken, 'base64url').toString() : 0)
    const next = offset + size < items.length ? Buffer.from(String(offset + size)).toString('base64url') : undefined
    return { items: items.slice(offset, offset + size), ...(next ? { nextPageToken: next } : {}) }
  }

  const handler: Handler = (req) => {
    if (req.path === '/token') {
      tokenExchanges.push(req)
      return { status: 400, body: { error: 'invalid_grant' } }
    }
    if (!signedBy(String(req.headers.authorization ?? ''))) return error(401, 'error-unauthenticated')
    if (req.path.endsWith(':access')) {
      accessRequests.push(req)
      const id = req.path.split('/')[5]
      const found = Object.values(world.projects)
        .flat()
        .find((s) => s.id === id)
      return { status: 200, body: { ...gcpFixture<Record<string, unknown>>('access'), payload: { data: Buffer.from(found?.value ?? '').toString('base64') } } }
    }
    if (world.throttle && throttled < world.throttle) {
      throttled++
      return error(429, 'error-resource-exhausted')
    }
    const m = /^\/v1\/projects\/([^/]+)\/secrets(?:\/([^/]+)\/versions)?$/.exec(req.path)
    if (req.method !== 'GET' || !m) return { status: 404, body: { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } } }
    const [, asked, secretId] = m
    // Names come back with the project's number (as Google answers); either form finds the project.
    const ids = Object.keys(world.projects)
    const numberOf = (id: string) => String(123456789012 + ids.indexOf(id))
    const project = ids.find((id) => id === asked || numberOf(id) === asked)
    const secrets = project ? world.projects[project] : undefined
    if (!project || !secrets) return error(404, 'error-not-found')
    const number = numberOf(project)
    if (!secretId) {
      if (world.denied?.includes(project)) return error(403, 'error-permission-denied')
      const label = /^labels\.([a-z0-9_-]+):([a-z0-9_-]*)$/.exec(req.query.filter ?? '')
      // The documented ":" is "has": a value that contains the one asked for passes; the audit must still be exact.
      const matching = secrets.filter((s) => !label || (s.labels?.[label[1]!] ?? '').includes(label[2]!))
      const { items, nextPageToken } = page(matching, req.query)
      return {
        status: 200,
        body: {
          secrets: items.map((s) => ({
            ...secretTemplate,
            name: `projects/${number}/secrets/${s.id}`,
            labels: s.labels ?? {},
            ...(s.expireTime ? { expireTime: s.expireTime } : {}),
            ...(s.rotation ? { rotation: { nextRotationTime: s.rotation.next, rotationPeriod: '2592000s' } } : {}),
          })),
          ...(nextPageToken ? { nextPageToken } : {}),
          totalSize: matching.length,
        },
      }
    }
    const secret = secrets.find((s) => s.id === secretId)
    if (!secret) return error(404, 'error-not-found')
    if (world.deniedVersions?.includes(`${project}/${secretId}`)) return error(403, 'error-permission-denied')
    const versions = [...secret.versions].sort((a, b) => b.n - a.n).filter((v) => req.query.filter !== 'state:ENABLED' || v.state === 'ENABLED')
    const { items, nextPageToken } = page(versions, req.query)
    return {
      status: 200,
      body: {
        versions: items.map((v) => ({
          ...versionTemplate,
          name: `projects/${number}/secrets/${secretId}/versions/${v.n}`,
          state: v.state,
          createTime: v.created,
        })),
        ...(nextPageToken ? { nextPageToken } : {}),
        totalSize: versions.length,
      },
    }
  }
  return { handler, accessRequests, tokenExchanges, audiences }
}
