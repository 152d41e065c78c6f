/**
 * A Vault / OpenBao stand-in: KV v2 mounts answering with the documented
 * shapes in fixtures/vault/ (see SOURCES.md), filled with a test's secrets.
 * It is a Handler, so it serves through nock (in-process) or on a loopback
 * server (the built CLI). A request under `data/` is recorded and answered with
 * the secret's value, as Vault would: the bait the no-value tests look for.
 */
import { readFileSync } from 'node:fs'
import type { Handler, SeenRequest } from './serve.js'

const DIR = new URL('../fixtures/vault/', import.meta.url)
export const vaultFixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8'))

export interface VaultSecret {
  version: number
  updated: string
  /** Per version, when its deletion is (or was) due and whether it was destroyed; default: every version live. */
  versions?: Record<string, { deletion_time?: string; destroyed?: boolean }>
  expiresAt?: string
  /** What `data/` would answer: no output may ever contain it. */
  value: string
}

export interface VaultWorld {
  /** By mount path with its trailing slash (`secret/`, `platform/kv/`): secrets by path under the mount. */
  mounts: Record<string, { version?: '1' | '2'; secrets: Record<string, VaultSecret> }>
  /** Tokens Vault accepts as given. */
  tokens: string[]
  approle?: { roleId: string; secretId: string }
  jwt?: { role: string; jwt: string }
  /** Every request must carry this X-Vault-Namespace, or the token is unknown there. */
  namespace?: string
  /** Mount-relative paths (`secret/prod/stripe`) whose listing and metadata answer 403. */
  denied?: string[]
  /** sys/internal/ui/mounts answers 403 (a policy without it). */
  hideMounts?: boolean
  sealed?: boolean
  /** Answer this many requests after the login with 429 and Retry-After: 1. */
  throttle?: number
}

const ok = (data: unknown) => ({ status: 200, body: { ...vaultFixture('metadata'), data } })
const errors = (status: number, name: string, headers?: Record<string, string>) => ({
  status,
  body: vaultFixture(name),
  ...(headers ? { headers: { 'content-type': 'application/json', ...headers } } : {}),
})

export interface VaultStandIn {
  handler: Handler
  /** Requests for values (`MOUNT/data/…`): must stay empty. */
  dataRequests: SeenRequest[]
  revoked: string[]
  /** The token a login issues (the fixture's). */
  issued: string
}

export function vaultStandIn(world: VaultWorld): VaultStandIn {
  const approleToken = (vaultFixture('approle-login').auth as { client_token: string }).client_token
  const jwtToken = (vaultFixture('jwt-login').auth as { client_token: string }).client_token
  const valid = new Set(world.tokens)
  const dataRequests: SeenRequest[] = []
  const revoked: string[] = []
  let throttled = 0

  const handler: Handler = (req) => {
    if (world.sealed) return errors(503, 'errors-sealed')
    const path = req.path.replace(/^\/v1\//, '')
    const inNamespace = !world.namespace || req.headers['x-vault-namespace'] === world.namespace
    const body = req.body ? (JSON.parse(req.body) as Record<string, string>) : {}
    if (req.method === 'POST' && path === 'auth/approle/login') {
      if (!world.approle || !inNamespace) return errors(404, 'errors-no-handler')
      if (body.role_id !== world.approle.roleId || body.secret_id !== world.approle.secretId)
        return { status: 400, body: { errors: ['invalid role or secret ID'] } }
      valid.add(approleToken)
      return { status: 200, body: vaultFixture('approle-login') }
    }
    if (req.method === 'POST' && path === 'auth/jwt/login') {
      if (!world.jwt || !inNamespace) return errors(404, 'errors-no-handler')
      if (body.role !== world.jwt.role || body.jwt !== world.jwt.jwt)
        return { status: 400, body: { errors: ['error validating token: invalid audience (aud) claim'] } }
      valid.add(jwtToken)
      return { status: 200, body: vaultFixture('jwt-login') }
    }
    if (throttled < (world.throttle ?? 0)) {
      throttled++
      return errors(429, 'errors-rate-limited', { 'retry-after': '1' })
    }
    const token = String(req.headers['x-vault-token'] ?? '')
    if (!valid.has(token) || revoked.includes(token) || !inNamespace) return errors(403, 'errors-permission-denied')
    if (path === 'auth/token/lookup-self') return { status: 200, body: vaultFixture('lookup-self') }
    if (req.method === 'POST' && path === 'auth/token/revoke-self') {
      revoked.push(token)
      return { status: 204 }
    }
    const mountOf = (p: string) => Object.keys(world.mounts).find((m) => `${p}/`.startsWith(m))
    if (path.startsWith('sys/internal/ui/mounts/')) {
      const mount = mountOf(decodeURIComponent(path.slice('sys/internal/ui/mounts/'.length)))
      // Vault answers "permission denied" where no mount is, so the endpoint cannot list mounts.
      if (world.hideMounts || !mount) return errors(403, 'errors-permission-denied')
      const shape = vaultFixture('mounts-kv2')
      const data = shape.data as Record<string, unknown>
      const version = world.mounts[mount]!.version ?? '2'
      return { status: 200, body: { ...shape, data: { ...data, path: mount, options: { version } } } }
    }
    const mount = mountOf(path)
    if (!mount) return errors(404, 'errors-no-handler')
    const rest = decodeURIComponent(path.slice(mount.length))
    const { secrets } = world.mounts[mount]!
    if (rest.startsWith('data/')) {
      dataRequests.push(req)
      const secret = secrets[rest.slice('data/'.length)]
      return secret ? { status: 200, body: { data: { data: { value: secret.value }, metadata: { version: secret.version } } } } : errors(404, 'errors-empty')
    }
    if (!rest.startsWith('metadata/')) return errors(404, 'errors-no-handler')
    const sub = rest.slice('metadata/'.length).replace(/\/$/, '')
    if ((world.denied ?? []).some((d) => `${mount}${sub}/`.startsWith(`${d}/`))) return errors(403, 'errors-permission-denied')
    if (req.method === 'LIST' || req.query.list === 'true') {
      const under = sub ? `${sub}/` : ''
      const keys = new Set<string>()
      for (const name of Object.keys(secrets)) {
        if (!name.startsWith(under)) continue
        const [head, ...tail] = name.slice(under.length).split('/')
        keys.add(tail.length ? `${head}/` : head!)
      }
      return keys.size ? ok({ keys: [...keys].sort() }) : errors(404, 'errors-empty')
    }
    const secret = secrets[sub]
    if (!secret) return errors(404, 'errors-empty')
    const shape = vaultFixture('metadata').data as Record<string, unknown>
    const versions = Object.fromEntries(
      Array.from({ length: secret.version }, (_, i) => {
        const v = String(i + 1)
        return [
          v,
          { created_time: secret.updated, deletion_time: secret.versions?.[v]?.deletion_time ?? '', destroyed: secret.versions?.[v]?.destroyed ?? false },
        ]
      }),
    )
    return ok({
      ...shape,
      current_version: secret.version,
      updated_time: secret.updated,
      custom_metadata: secret.expiresAt ? { expires_at: secret.expiresAt, owner: 'platform' } : null,
      versions,
    })
  }
  return { handler, dataRequests, revoked, issued: approleToken }
}

/** Two environments of one app, with every presence rule in play (README's Vault example). */
export function twoEnvironments(): VaultWorld {
  const live = (version: number, updated: string, value: string, extra: Partial<VaultSecret> = {}): VaultSecret => ({ version, updated, value, ...extra })
  return {
    tokens: ['hvs.test-token-0123456789abcdef'],
    mounts: {
      'secret/': {
        secrets: {
          'prod/heroku/API_KEY': live(8, '2026-11-20T10:00:00.123456789Z', 'value-prod-api-key-8'),
          'prod/heroku/DATABASE_URL': live(3, '2026-11-01T00:00:00Z', 'postgres://prod-user:prod-pass@db/prod'),
          'prod/heroku/SESSION_SECRET': live(1, '2026-10-01T00:00:00Z', 'value-prod-session'),
          'prod/old/REMOVED': live(2, '2026-09-01T00:00:00Z', 'value-prod-removed', { versions: { '2': { deletion_time: '2026-11-01T00:00:00Z' } } }),
          'prod/stripe/STRIPE_KEY': live(2, '2026-11-10T00:00:00Z', 'sk_live_prod_value', { expiresAt: '2026-11-30' }),
          'staging/heroku/API_KEY': live(2, '2026-11-19T00:00:00Z', 'value-staging-api-key-2'),
          'staging/heroku/DATABASE_URL': live(1, '2026-10-30T00:00:00Z', 'postgres://stg-user:stg-pass@db/stg'),
          'staging/heroku/SESSION_SECRET': live(2, '2026-10-01T00:00:00Z', 'value-staging-session', {
            versions: { '1': { destroyed: true }, '2': { destroyed: true } },
          }),
          'staging/old/REMOVED': live(1, '2026-09-01T00:00:00Z', 'value-staging-removed'),
          'staging/stripe/STRIPE_KEY': live(1, '2026-11-09T00:00:00Z', 'sk_test_staging_value', {
            versions: { '1': { deletion_time: '2027-01-01T00:00:00Z' } },
          }),
        },
      },
    },
  }
}

/** Every value the world holds: what a leak test searches the output for. */
export const worldValues = (world: VaultWorld): string[] => Object.values(world.mounts).flatMap((m) => Object.values(m.secrets).map((s) => s.value))
