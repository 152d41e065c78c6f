/** Infisical's option rows and settings: every bad value fails here, naming the option. */
import { FatalError } from '../../errors.js'
import { headerValues, parseInput, requireAll, valueOf, valueOrDefault, type Option, type OptionReader } from '../../options.js'
import { z } from '../../schema.js'
import type { NetworkSettings } from '../source.js'

export const DEFAULT_HOST = 'https://app.infisical.com'

export interface InfisicalSettings extends NetworkSettings {
  kind: 'infisical'
  host: string
  clientId: string
  clientSecret: string
  projectId: string
  /** Sent on every request, login included (Cloudflare Access, proxies). */
  headers: Record<string, string>
  /** Tag on the expiry companions: their dates are then read with one listing per environment. */
  expiryTag?: string
}

export const INFISICAL_OPTIONS = {
  clientId: {
    input: 'infisical-client-id',
    env: ['INFISICAL_CLIENT_ID'],
    default: '',
    help: 'Universal Auth client id of the machine identity.',
  },
  clientSecret: {
    input: 'infisical-client-secret',
    env: ['INFISICAL_CLIENT_SECRET'],
    secret: true,
    default: '',
    help: 'Universal Auth client secret of the machine identity (masked).',
  },
  projectId: {
    input: 'infisical-project-id',
    env: ['INFISICAL_PROJECT_ID'],
    default: '',
    help: 'Infisical project id.',
  },
  host: {
    input: 'infisical-host',
    env: ['INFISICAL_HOST'],
    default: DEFAULT_HOST,
    help: 'Infisical base URL, for self-hosted servers.',
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
    help: 'Tag slug the `__EXPIRES_AT` companions carry. Current Infisical servers hide values, so without it each companion\'s date costs one request; with it, one request per environment.',
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
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/

export function infisicalSettings(reader: OptionReader, network: NetworkSettings): InfisicalSettings {
  const o = INFISICAL_OPTIONS
  // Missing credentials are named together, as the runbook's script does.
  requireAll(reader, [o.clientId, o.clientSecret, o.projectId])
  const host = parseInput(
    z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://app.infisical.com' }),
    valueOrDefault(reader, o.host),
    reader.nameOf(o.host),
  ).replace(/\/+$/, '')
  const headers = parseHeaderLines(reader.read(o.extraHeaders) ?? '', reader.nameOf(o.extraHeaders))
  const cfId = valueOf(reader, o.cfAccessClientId)
  const cfSecret = valueOf(reader, o.cfAccessClientSecret)
  if (Boolean(cfId) !== Boolean(cfSecret)) {
    throw new FatalError(`${reader.nameOf(o.cfAccessClientId)} / ${reader.nameOf(o.cfAccessClientSecret)}: give both the Cloudflare Access client id and secret, or neither`)
  }
  for (const [option, value] of [[o.cfAccessClientId, cfId], [o.cfAccessClientSecret, cfSecret]] as const) {
    if (value && CONTROL.test(value)) throw new FatalError(`${reader.nameOf(option)}: the value holds a control character (CR, LF, NUL…)`)
  }
  if (cfId && cfSecret) Object.assign(headers, { 'CF-Access-Client-Id': cfId, 'CF-Access-Client-Secret': cfSecret })
  const tag = valueOf(reader, o.expiryTag)
  return {
    kind: 'infisical',
    host,
    clientId: valueOf(reader, o.clientId)!,
    clientSecret: valueOf(reader, o.clientSecret)!,
    projectId: valueOf(reader, o.projectId)!,
    headers,
    ...network,
    ...(tag ? { expiryTag: parseInput(z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a tag slug such as expiry')), tag, reader.nameOf(o.expiryTag)) } : {}),
  }
}

/** What to mask: the client secret and every header value (Cloudflare Access's secret among them). */
export const infisicalCredentials = (settings: InfisicalSettings): string[] =>
  [settings.clientSecret, ...Object.values(settings.headers)].filter((s) => s.length > 0)
