/**
 * Settings: the one validated object the run reads. Built here from CLI flags
 * and environment variables (and, in main.ts, from action inputs). Every bad
 * input fails here, naming the input and what was expected. Nothing
 * downstream reads process.env.
 */
import { parseArgs } from 'node:util'
import { z, type Schema } from './schema.js'
import { DEFAULT_POLICY, PolicyError, type Policy } from './policy.js'
import { FatalError, errorMessage } from './errors.js'

export const DEFAULT_HOST = 'https://app.infisical.com'
export const DEFAULT_POLICY_PATH = '.github/vault-coverage.yml'
export const DEFAULT_SNAPSHOT_PATH = 'docs/ops/{date}-vault-coverage-snapshot.md'

export interface InfisicalSettings {
  kind: 'infisical'
  host: string
  clientId: string
  clientSecret: string
  projectId: string
  /** Sent on every request, login included (Cloudflare Access, proxies). */
  headers: Record<string, string>
  timeoutMs: number
  /** Upper bound on all retry waits together. */
  maxWaitMs: number
  /** Tag on the expiry companions: their dates are then read with one listing per environment. */
  expiryTag?: string
}

export type SourceSettings = { kind: 'file'; path: string } | InfisicalSettings

export type FailOn = 'none' | 'drift' | 'incomplete'
export type Format = 'md' | 'csv' | 'json'

export interface Settings {
  source: SourceSettings
  environments?: string[]
  pathPrefix?: string
  policy: Policy
  failOn: FailOn
  /** Audit clock override (reproducible reports); default: the real clock. */
  now?: Date
}

/** Every credential the settings hold, for masking before anything is logged. */
export function secretsOf(settings: Settings): string[] {
  if (settings.source.kind !== 'infisical') return []
  return [settings.source.clientSecret, ...Object.values(settings.source.headers)].filter((s) => s.length > 0)
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** `Key: Value` lines (blank lines and `#` comments ignored) into a header record. */
export function parseHeaderLines(text: string, input: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const colon = line.indexOf(':')
    const name = colon > 0 ? line.slice(0, colon).trim() : ''
    if (!HEADER_NAME.test(name)) {
      // Never echo the line: it may hold a credential.
      throw new FatalError(`${input}: line ${i + 1}: expected "Header-Name: value"`)
    }
    headers[name] = line.slice(colon + 1).trim()
  }
  return headers
}

export const failOnSchema = z.enum(['none', 'drift', 'incomplete'])
const formatSchema = z.enum(['md', 'csv', 'json'])
const positiveSeconds = z.coerce.number().check(z.positive())

/** Parse one input with a zod schema; the error names the input and what was expected. */
export function parseInput<T>(schema: Schema<T>, value: unknown, input: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  throw new FatalError(`Invalid ${input}: ${issue.message}`)
}

export const environmentList = (text: string, input: string): string[] | undefined => {
  const list = text.split(/[\s,]+/).filter(Boolean)
  if (list.length === 0) return undefined
  return parseInput(z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'expected environment slugs such as prod,staging,dev'))), list, input)
}

export const parseNow = (text: string, input: string): Date =>
  new Date(parseInput(z.union([z.iso.datetime({ offset: true }), z.iso.date()]), text, input))

/** `infisical` or `file:PATH`; undefined for anything else (the caller names its input in the error). */
export function parseSourceSpec(text: string): { kind: 'infisical' } | { kind: 'file'; path: string } | undefined {
  if (text === 'infisical') return { kind: 'infisical' }
  if (text.startsWith('file:') && text.length > 'file:'.length) return { kind: 'file', path: text.slice('file:'.length) }
  return undefined
}

export async function loadPolicy(
  path: string | undefined,
  readText: (path: string) => Promise<string>,
  exists: (path: string) => boolean,
): Promise<Policy> {
  const chosen = path ?? (exists(DEFAULT_POLICY_PATH) ? DEFAULT_POLICY_PATH : undefined)
  if (!chosen) return DEFAULT_POLICY
  let text: string
  try {
    text = await readText(chosen)
  } catch (err) {
    throw new FatalError(`Cannot read policy file ${chosen}: ${errorMessage(err)}`)
  }
  const { parsePolicy } = await import('./policy-file.js')
  try {
    return parsePolicy(text, chosen)
  } catch (err) {
    if (err instanceof PolicyError) throw new FatalError(`Invalid policy: ${err.message}`)
    throw err
  }
}

export interface InfisicalEnv {
  INFISICAL_CLIENT_ID?: string
  INFISICAL_CLIENT_SECRET?: string
  INFISICAL_PROJECT_ID?: string
  INFISICAL_HOST?: string
  CF_ACCESS_CLIENT_ID?: string
  CF_ACCESS_CLIENT_SECRET?: string
  INFISICAL_EXTRA_HEADERS?: string
}

/** The Infisical half of the settings, from already-read values. Missing ones are named together, as the runbook's script does. */
export function infisicalSettings(
  values: {
    clientId?: string
    clientSecret?: string
    projectId?: string
    host?: string
    cfAccessClientId?: string
    cfAccessClientSecret?: string
    extraHeaders?: string
    timeoutSeconds?: string
    maxWaitSeconds?: string
    expiryTag?: string
  },
  names: {
    missing: string
    clientId: string
    clientSecret: string
    projectId: string
    host: string
    extraHeaders: string
    cf: string
    timeout: string
    maxWait: string
    expiryTag: string
  },
): InfisicalSettings {
  const missing = (['clientId', 'clientSecret', 'projectId'] as const).filter((k) => !values[k]?.trim()).map((k) => names[k])
  if (missing.length > 0) throw new FatalError(`${names.missing}: ${missing.join(', ')}`)
  const host = parseInput(
    z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://app.infisical.com' }),
    values.host?.trim() || DEFAULT_HOST,
    names.host,
  ).replace(/\/+$/, '')
  const headers = parseHeaderLines(values.extraHeaders ?? '', names.extraHeaders)
  const cfId = values.cfAccessClientId?.trim()
  const cfSecret = values.cfAccessClientSecret?.trim()
  if (Boolean(cfId) !== Boolean(cfSecret)) throw new FatalError(`${names.cf}: give both the Cloudflare Access client id and secret, or neither`)
  if (cfId && cfSecret) Object.assign(headers, { 'CF-Access-Client-Id': cfId, 'CF-Access-Client-Secret': cfSecret })
  return {
    kind: 'infisical',
    host,
    clientId: values.clientId!.trim(),
    clientSecret: values.clientSecret!.trim(),
    projectId: values.projectId!.trim(),
    headers,
    timeoutMs: parseInput(positiveSeconds, values.timeoutSeconds || '30', names.timeout) * 1000,
    maxWaitMs: parseInput(z.coerce.number().check(z.minimum(0)), values.maxWaitSeconds || '120', names.maxWait) * 1000,
    ...(values.expiryTag?.trim()
      ? { expiryTag: parseInput(z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a tag slug such as expiry')), values.expiryTag.trim(), names.expiryTag) }
      : {}),
  }
}

export const CLI_USAGE = `Usage: vault-coverage-audit [options]

Audit secret coverage across environments and report drift, skew and expiry.
Never reads, prints or stores a secret value.

Options:
  --source infisical|file:PATH  where the inventory comes from (default: infisical)
  --format md|csv|json          report format (default: md)
  --output FILE                 write the report to FILE instead of stdout
  --policy FILE                 policy YAML (default: ${DEFAULT_POLICY_PATH} when present)
  --environments LIST           audited environment slugs, in column order (default: all)
  --path-prefix PATH            folder to audit (default: INFISICAL_PATH_PREFIX, else /)
  --fail-on none|drift|incomplete
                                exit 3 on drift / 2 on an unreadable environment (default: incomplete)
  --header "Name: value"        extra request header, repeatable (e.g. a proxy's)
  --expiry-tag SLUG             tag the __EXPIRES_AT companions carry: read their dates with one
                                request per environment instead of one per companion
  --timeout SECONDS             per-request timeout (default: 30)
  --max-wait SECONDS            total time retries may wait (default: 120)
  --now DATETIME                evaluate expiry as of this ISO 8601 time (default: now)
  --previous FILE|auto|none     the snapshot JSON to compare with (default: auto, the newest
                                before today beside --snapshot-path)
  --snapshot-path TEMPLATE      where snapshots live (default: ${DEFAULT_SNAPSHOT_PATH})
  -h, --help                    show this help
  -v, --version                 show the version

Environment (Infisical): INFISICAL_CLIENT_ID, INFISICAL_CLIENT_SECRET, INFISICAL_PROJECT_ID,
  INFISICAL_HOST (default ${DEFAULT_HOST}), INFISICAL_PATH_PREFIX (default /),
  CF_ACCESS_CLIENT_ID, CF_ACCESS_CLIENT_SECRET, INFISICAL_EXTRA_HEADERS ("Name: value" lines),
  INFISICAL_EXPIRY_TAG.

Exit codes: 0 audit completed (drift may exist) · 1 could not run · 2 audit incomplete
  (an environment unreadable) · 3 the --fail-on gate tripped.`

/** Where the previous snapshot comes from, for the delta. */
export type PreviousSpec = { kind: 'none' } | { kind: 'auto'; snapshotPath: string } | { kind: 'file'; path: string }

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'audit'; settings: Settings; format: Format; output?: string; previous: PreviousSpec }

export interface CliContext {
  env: Record<string, string | undefined>
  readText: (path: string) => Promise<string>
  exists: (path: string) => boolean
}

export async function cliSettings(argv: string[], ctx: CliContext): Promise<CliCommand> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        source: { type: 'string', default: 'infisical' },
        format: { type: 'string', default: 'md' },
        output: { type: 'string' },
        policy: { type: 'string' },
        environments: { type: 'string' },
        'path-prefix': { type: 'string' },
        'fail-on': { type: 'string', default: 'incomplete' },
        header: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'max-wait': { type: 'string' },
        now: { type: 'string' },
        previous: { type: 'string', default: 'auto' },
        'expiry-tag': { type: 'string' },
        'snapshot-path': { type: 'string', default: DEFAULT_SNAPSHOT_PATH },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (err) {
    throw new FatalError(`${errorMessage(err)}\nRun with --help for the options.`)
  }
  const o = parsed.values
  if (o.help) return { kind: 'help' }
  if (o.version) return { kind: 'version' }
  const format = parseInput(formatSchema, o.format, '--format')
  const failOn = parseInput(failOnSchema, o['fail-on'], '--fail-on')
  const policy = await loadPolicy(o.policy, ctx.readText, ctx.exists)

  const spec = parseSourceSpec(o.source)
  let source: SourceSettings
  if (spec?.kind === 'file') {
    source = spec
  } else if (spec?.kind === 'infisical') {
    const env = ctx.env
    source = infisicalSettings(
      {
        clientId: env.INFISICAL_CLIENT_ID,
        clientSecret: env.INFISICAL_CLIENT_SECRET,
        projectId: env.INFISICAL_PROJECT_ID,
        host: env.INFISICAL_HOST,
        cfAccessClientId: env.CF_ACCESS_CLIENT_ID,
        cfAccessClientSecret: env.CF_ACCESS_CLIENT_SECRET,
        extraHeaders: [env.INFISICAL_EXTRA_HEADERS ?? '', ...(o.header ?? [])].join('\n'),
        timeoutSeconds: o.timeout,
        maxWaitSeconds: o['max-wait'],
        expiryTag: o['expiry-tag'] ?? env.INFISICAL_EXPIRY_TAG,
      },
      {
        missing: 'Missing required env vars',
        expiryTag: '--expiry-tag / INFISICAL_EXPIRY_TAG',
        clientId: 'INFISICAL_CLIENT_ID',
        clientSecret: 'INFISICAL_CLIENT_SECRET',
        projectId: 'INFISICAL_PROJECT_ID',
        host: 'INFISICAL_HOST',
        extraHeaders: 'INFISICAL_EXTRA_HEADERS / --header',
        cf: 'CF_ACCESS_CLIENT_ID / CF_ACCESS_CLIENT_SECRET',
        timeout: '--timeout',
        maxWait: '--max-wait',
      },
    )
  } else {
    throw new FatalError(`Invalid --source: expected "infisical" or "file:PATH", got "${o.source}"`)
  }

  const prefix = o['path-prefix'] ?? (source.kind === 'infisical' ? ctx.env.INFISICAL_PATH_PREFIX : undefined) ?? policy.pathPrefix
  const snapshotPath = o['snapshot-path']
  if (!snapshotPath.includes('{date}') || !snapshotPath.endsWith('.md')) {
    throw new FatalError('Invalid --snapshot-path: expected a path ending in .md with {date} in the file name, such as docs/ops/{date}-vault-coverage-snapshot.md')
  }
  const previous: PreviousSpec =
    o.previous === 'none' ? { kind: 'none' } : o.previous === 'auto' ? { kind: 'auto', snapshotPath } : { kind: 'file', path: o.previous }
  return {
    kind: 'audit',
    format,
    previous,
    ...(o.output ? { output: o.output } : {}),
    settings: {
      source,
      environments: (o.environments !== undefined ? environmentList(o.environments, '--environments') : undefined) ?? policy.environments,
      pathPrefix: prefix?.trim() || (source.kind === 'infisical' ? '/' : undefined),
      policy,
      failOn,
      ...(o.now ? { now: parseNow(o.now, '--now') } : {}),
    },
  }
}
