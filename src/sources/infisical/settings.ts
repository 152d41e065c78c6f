/** Infisical's option rows and settings: every bad value fails here, naming the option. */
import { FatalError } from '../../core/errors.js'
import { headerValues, parseInput, requireAll, valueOf, type Option, type OptionReader } from '../../options.js'
import { z } from '../../core/schema.js'
import type { NetworkSettings } from '../source.js'

export const DEFAULT_HOST = 'https://app.infisical.com'

/** How the audit gets its access token. */
export type InfisicalAuth =
  | { method: 'universal'; clientId: string; clientSecret: string }
  /** A GitHub Actions OIDC token exchanged for an access token: no long-lived secret in GitHub. */
  | { method: 'oidc'; identityId: string; audience?: string }
  /** An access token issued elsewhere: used as is, never revoked. */
  | { method: 'token'; token: string }

export interface InfisicalSettings extends NetworkSettings {
  kind: 'infisical'
  host: string
  auth: InfisicalAuth
  /** A project id, or a project slug to resolve. */
  projectId: string
  /** Sent on every request, login included (Cloudflare Access, proxies). */
  headers: Record<string, string>
  /** Tag on the expiry companions: their dates are then read with one listing per environment. */
  expiryTag?: string
  /** Said once the run starts (a corrected host). */
  notices?: string[]
}

/** `https://host/api/` and `https://host` are one host: the Infisical CLI's old style ends in /api. */
const hostForm = (value: string): string =>
  value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api$/, '')

export const INFISICAL_OPTIONS = {
  authMethod: {
    input: 'infisical-auth-method',
    env: ['INFISICAL_AUTH_METHOD'],
    default: '',
    help: "How to log in: `universal` (client id and secret), `oidc` (the workflow's OIDC token for a machine identity; needs `permissions: id-token: write`) or `token` (an access token issued elsewhere). Empty: `token` when a token is given, `oidc` when an identity id is given without a client secret, else `universal`.",
  },
  clientId: {
    input: 'infisical-client-id',
    env: ['INFISICAL_CLIENT_ID', 'INFISICAL_UNIVERSAL_AUTH_CLIENT_ID'],
    default: '',
    help: 'Universal Auth client id of the machine identity.',
  },
  clientSecret: {
    input: 'infisical-client-secret',
    env: ['INFISICAL_CLIENT_SECRET', 'INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET'],
    secret: true,
    default: '',
    help: 'Universal Auth client secret of the machine identity (masked).',
  },
  identityId: {
    input: 'infisical-identity-id',
    env: ['INFISICAL_IDENTITY_ID'],
    default: '',
    help: "Machine identity id for OIDC Auth (the identity's OIDC configuration must allow this repository's token).",
  },
  oidcAudience: {
    input: 'infisical-oidc-audience',
    default: '',
    help: "Audience of the workflow's OIDC token, as the identity's OIDC Auth expects. Empty: GitHub's default audience.",
  },
  token: {
    input: 'infisical-token',
    env: ['INFISICAL_TOKEN'],
    secret: true,
    default: '',
    help: 'An Infisical access token issued elsewhere (masked): used as is and never revoked.',
  },
  projectId: {
    input: 'infisical-project-id',
    env: ['INFISICAL_PROJECT_ID'],
    default: '',
    help: 'Infisical project id, or its slug.',
  },
  host: {
    input: 'infisical-host',
    env: ['INFISICAL_HOST', 'INFISICAL_DOMAIN', 'INFISICAL_API_URL'],
    normalize: hostForm,
    default: DEFAULT_HOST,
    help: 'Infisical base URL, for self-hosted servers (a trailing `/api` is removed).',
  },
  cfAccessClientId: {
    input: 'cf-access-client-id',
    env: ['CF_ACCESS_CLIENT_ID'],
    default: '',
    help: 'Cloudflare Access service token id, when Infisical sits behind Cloudflare Access.',
  },
  cfAccessClientSecret: {
    input: 'cf-access-client-secret',
    env: ['CF_ACCESS_CLIENT_SECRET'],
    secret: true,
    default: '',
    help: 'Cloudflare Access service token secret (masked).',
  },
  extraHeaders: {
    input: 'extra-headers',
    env: ['INFISICAL_EXTRA_HEADERS'],
    flag: 'header',
    arg: '"Name: value"',
    multiple: true,
    secret: headerValues,
    default: '',
    help: 'More request headers, one `Name: value` per line (values masked); sent on every Infisical request, login included.',
  },
  expiryTag: {
    input: 'expiry-tag',
    env: ['INFISICAL_EXPIRY_TAG'],
    flag: 'expiry-tag',
    arg: 'SLUG',
    default: '',
    help: "Tag slug the `__EXPIRES_AT` companions carry. Current Infisical servers hide values, so without it each companion's date costs one request; with it, one request per environment.",
  },
} satisfies Record<string, Option>

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** `Key: Value` lines (blank lines and `#` comments ignored) into a header record. */
export function parseHeaderLines(text: string, name: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const colon = line.indexOf(':')
    const header = colon > 0 ? line.slice(0, colon).trim() : ''
    if (!HEADER_NAME.test(header)) {
      // Never echo the line: it may hold a credential.
      throw new FatalError(`${name}: line ${i + 1}: expected "Header-Name: value"`)
    }
    const value = line.slice(colon + 1).trim()
    // Never echo the value; a control character would reach the HTTP client and change the text the mask matches.
    if (CONTROL.test(value)) throw new FatalError(`${name}: line ${i + 1}: the value of ${header} holds a control character (CR, LF, NUL…)`)
    headers[header] = value
  }
  return headers
}

/** Control characters other than tab: never valid in a header value. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/

const AUTH_METHODS = ['universal', 'oidc', 'token'] as const

function auth(reader: OptionReader): InfisicalAuth {
  const o = INFISICAL_OPTIONS
  const given = valueOf(reader, o.authMethod)
  const method = given
    ? parseInput(z.enum(AUTH_METHODS), given, reader.nameOf(o.authMethod))
    : valueOf(reader, o.token)
      ? 'token'
      : valueOf(reader, o.identityId) && !valueOf(reader, o.clientSecret)
        ? 'oidc'
        : 'universal'
  // Missing credentials are named together, as the runbook's script does.
  if (method === 'token') {
    requireAll(reader, [o.token, o.projectId])
    return { method, token: valueOf(reader, o.token)! }
  }
  if (method === 'oidc') {
    requireAll(reader, [o.identityId, o.projectId])
    const audience = valueOf(reader, o.oidcAudience)
    return { method, identityId: valueOf(reader, o.identityId)!, ...(audience ? { audience } : {}) }
  }
  requireAll(reader, [o.clientId, o.clientSecret, o.projectId])
  return { method, clientId: valueOf(reader, o.clientId)!, clientSecret: valueOf(reader, o.clientSecret)! }
}

function host(reader: OptionReader): { host: string; notices: string[] } {
  const o = INFISICAL_OPTIONS
  const raw = reader.read(o.host)
  // An input given as an unset variable arrives empty: never fall back to Infisical Cloud with the credentials.
  if (raw !== undefined && raw.trim() === '') {
    throw new FatalError(`${reader.nameOf(o.host)} is empty (an unset variable?): give the URL, or remove it to use Infisical Cloud`)
  }
  const url = parseInput(
    z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://app.infisical.com' }),
    raw?.trim() || DEFAULT_HOST,
    reader.nameOf(o.host),
  ).replace(/\/+$/, '')
  const base = hostForm(url)
  return { host: base, notices: base === url ? [] : [`${reader.nameOf(o.host)} ends in /api (the Infisical CLI's old style): using ${base}`] }
}

export function infisicalSettings(reader: OptionReader, network: NetworkSettings): InfisicalSettings {
  const o = INFISICAL_OPTIONS
  const login = auth(reader)
  const { host: baseUrl, notices } = host(reader)
  const headers = parseHeaderLines(reader.read(o.extraHeaders) ?? '', reader.nameOf(o.extraHeaders))
  const cfId = valueOf(reader, o.cfAccessClientId)
  const cfSecret = valueOf(reader, o.cfAccessClientSecret)
  if (Boolean(cfId) !== Boolean(cfSecret)) {
    throw new FatalError(
      `${reader.nameOf(o.cfAccessClientId)} / ${reader.nameOf(o.cfAccessClientSecret)}: give both the Cloudflare Access client id and secret, or neither`,
    )
  }
  for (const [option, value] of [
    [o.cfAccessClientId, cfId],
    [o.cfAccessClientSecret, cfSecret],
  ] as const) {
    if (value && CONTROL.test(value)) throw new FatalError(`${reader.nameOf(option)}: the value holds a control character (CR, LF, NUL…)`)
  }
  if (cfId && cfSecret) Object.assign(headers, { 'CF-Access-Client-Id': cfId, 'CF-Access-Client-Secret': cfSecret })
  const tag = valueOf(reader, o.expiryTag)
  return {
    kind: 'infisical',
    host: baseUrl,
    auth: login,
    projectId: valueOf(reader, o.projectId)!,
    headers,
    ...(notices.length ? { notices } : {}),
    ...network,
    ...(tag ? { expiryTag: parseInput(z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a tag slug such as expiry')), tag, reader.nameOf(o.expiryTag)) } : {}),
  }
}

/** What to mask: the client secret or token, and every header value (Cloudflare Access's secret among them). */
export const infisicalCredentials = (settings: InfisicalSettings): string[] =>
  [
    ...(settings.auth.method === 'universal' ? [settings.auth.clientSecret] : settings.auth.method === 'token' ? [settings.auth.token] : []),
    ...Object.values(settings.headers),
  ].filter((s) => s.length > 0)
