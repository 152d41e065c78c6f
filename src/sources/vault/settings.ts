/**
 * Vault / OpenBao KV v2 columns (`NAME=vault:MOUNT/PATH`): option rows and
 * settings. Metadata only: LIST and GET on `MOUNT/metadata/…`, never `MOUNT/data/…` (which
 * returns values). Requests: a login (AppRole or JWT) unless a token is given,
 * `auth/token/lookup-self`, one mount look-up per column, then one LIST per
 * folder and one metadata GET per secret, `concurrency` at a time per column.
 */
import { parseInput, requireAll, valueOf, valueOrDefault, type Option, type OptionReader } from '../../options.js'
import { z } from '../../core/schema.js'
import type { NetworkSettings } from '../source.js'

export const VAULT_OPTIONS = {
  url: {
    input: 'vault-url',
    env: ['VAULT_ADDR'],
    default: '',
    help: 'Vault or OpenBao address for `vault:` columns, e.g. `https://vault.example.com:8200`.',
  },
  namespace: {
    input: 'vault-namespace',
    env: ['VAULT_NAMESPACE'],
    default: '',
    help: 'Vault Enterprise or OpenBao namespace, sent as `X-Vault-Namespace` on every request, logins included.',
  },
  method: {
    input: 'vault-method',
    env: ['VAULT_AUTH_METHOD'],
    default: '',
    help: "How to log in to Vault: `token`, `approle` or `jwt` (the workflow's OIDC token; needs `permissions: id-token: write`). Empty: `token` when a token is given, `approle` when a role id is, else `jwt`.",
  },
  token: {
    input: 'vault-token',
    env: ['VAULT_TOKEN'],
    secret: true,
    default: '',
    help: 'A Vault token (masked): used as is and never revoked.',
  },
  roleId: {
    input: 'vault-role-id',
    env: ['VAULT_ROLE_ID'],
    secret: true,
    default: '',
    help: 'AppRole role id (masked).',
  },
  secretId: {
    input: 'vault-secret-id',
    env: ['VAULT_SECRET_ID'],
    secret: true,
    default: '',
    help: 'AppRole secret id (masked).',
  },
  role: {
    input: 'vault-role',
    default: '',
    help: "Vault JWT auth role that accepts the workflow's OIDC token.",
  },
  jwtAudience: {
    input: 'vault-jwt-audience',
    default: '',
    help: "Audience of the workflow's OIDC token, as the role's `bound_audiences` expects. Empty: GitHub's default audience (`https://github.com/OWNER`).",
  },
  authPath: {
    input: 'vault-auth-path',
    env: ['VAULT_AUTH_PATH'],
    default: '',
    help: 'Mount path of the Vault auth method. Empty: `approle` or `jwt`.',
  },
  concurrency: {
    input: 'vault-concurrency',
    env: ['VAULT_CONCURRENCY'],
    default: '16',
    help: 'Vault requests in flight per column (KV v2 has no bulk metadata call: one request per folder and one per secret).',
  },
} satisfies Record<string, Option>

export type VaultAuth =
  /** Issued elsewhere: used as is, never revoked. */
  | { method: 'token'; token: string }
  | { method: 'approle'; roleId: string; secretId: string; path: string }
  | { method: 'jwt'; role: string; audience?: string; path: string }

export interface VaultSettings extends NetworkSettings {
  address: string
  namespace?: string
  auth: VaultAuth
  concurrency: number
  /** How the user named the credentials, for messages: `VAULT_TOKEN`, `vault-role-id and vault-secret-id`. */
  credentialNames: string
}

const METHODS = ['token', 'approle', 'jwt'] as const

export function vaultSettings(reader: OptionReader, network: NetworkSettings): VaultSettings {
  const o = VAULT_OPTIONS
  requireAll(reader, [o.url])
  const address = parseInput(
    z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://vault.example.com:8200' }),
    valueOf(reader, o.url)!,
    reader.nameOf(o.url),
  ).replace(/\/+$/, '')
  const given = valueOf(reader, o.method)
  const method = given
    ? parseInput(z.enum(METHODS), given, reader.nameOf(o.method))
    : valueOf(reader, o.token)
      ? 'token'
      : valueOf(reader, o.roleId)
        ? 'approle'
        : valueOf(reader, o.role)
          ? 'jwt'
          : 'token'
  const path = (fallback: string) => (valueOf(reader, o.authPath) ?? fallback).replace(/^\/+|\/+$/g, '')
  let auth: VaultAuth
  let credentialNames: string
  if (method === 'token') {
    requireAll(reader, [o.token])
    auth = { method, token: valueOf(reader, o.token)! }
    credentialNames = reader.nameOf(o.token)
  } else if (method === 'approle') {
    requireAll(reader, [o.roleId, o.secretId])
    auth = { method, roleId: valueOf(reader, o.roleId)!, secretId: valueOf(reader, o.secretId)!, path: path('approle') }
    credentialNames = `${reader.nameOf(o.roleId)} and ${reader.nameOf(o.secretId)}`
  } else {
    requireAll(reader, [o.role])
    const audience = valueOf(reader, o.jwtAudience)
    auth = { method, role: valueOf(reader, o.role)!, ...(audience ? { audience } : {}), path: path('jwt') }
    credentialNames = `the workflow's OIDC token for role ${auth.role}`
  }
  const concurrency = parseInput(z.pipe(z.coerce.number(), z.int().check(z.minimum(1))), valueOrDefault(reader, o.concurrency)!, reader.nameOf(o.concurrency))
  const namespace = valueOf(reader, o.namespace)?.replace(/^\/+|\/+$/g, '')
  return { ...network, address, ...(namespace ? { namespace } : {}), auth, concurrency, credentialNames }
}

/** `secret/prod`, `/platform/kv/app/` → `platform/kv/app`: segments without `.` or `..`. */
export function vaultLocation(text: string): { location: string } | { expected: string } {
  const segments = text.split('/').filter(Boolean)
  if (segments.length === 0) return { expected: 'a mount and optional path such as secret/prod' }
  if (segments.some((s) => s === '.' || s === '..' || /[?#%\s]/.test(s))) return { expected: 'path segments without ".", "..", spaces, ?, # or %' }
  return { location: segments.join('/') }
}
