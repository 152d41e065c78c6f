/**
 * The read flow both AWS kinds share: one client per region and profile, one
 * filtered listing per column followed to its last page (an empty page with a
 * NextToken included), the SDK's retries off and the run's own budget on, and
 * the SDK's errors turned into fixed words (never the service's message).
 */
import { isThrottlingError, isTransientError } from '@smithy/core/retry'
import type { MiddlewareStack } from '@smithy/types'
import type { SecretMeta, SourceInfo } from '../../audit/inventory.js'
import { AttemptTimeout, RetriesExhausted, RetryBudget, type Verdict } from '../../net/budget.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import type { NetworkSettings, Throttling } from '../source.js'
import { StoreFailure, type ListContext, type Listing, type StoreClient } from '../store.js'
import { awsIdentity, formatAwsLocation, type AwsLocation } from './location.js'

/** What both SDK clients offer that the flow uses. */
export interface AwsClient {
  config: { region: () => Promise<string> }
  // any: each client has its own input and output types; the flow adds one middleware that reads neither.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  middlewareStack: MiddlewareStack<any, any>
  destroy(): void
}

/** One listed secret: its full name and the metadata the audit keeps (never a value). */
export interface Listed {
  name: string
  meta: Omit<SecretMeta, 'path' | 'key'>
}

export interface Page {
  entries: Listed[]
  next?: string
}

/** One AWS kind: its SDK client, its server-side filter and one page of its listing. */
export interface AwsService<C extends AwsClient> {
  kind: string
  /** For messages: `AWS Secrets Manager`. */
  title: string
  /** The one IAM action the listing needs. */
  permission: string
  newClient(config: { region?: string; profile?: string; logger: SdkLogger }): C
  /** The server-side filter for a column and the audit's path prefix. */
  filter(location: AwsLocation, pathPrefix: string): string
  /** The part of a listed name under the column's location, or undefined when it is not under it. */
  under(name: string, location: AwsLocation): string | undefined
  page(client: C, filter: string, next: string | undefined, signal: AbortSignal): Promise<Page>
}

// Error names the AWS SDK gives rejected credentials and denied calls (AWS's common errors).
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'ExpiredToken',
  'ExpiredTokenException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'AuthFailure',
])
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'NotAuthorized'])

/** The SDK's logger: its advice (a profile beside environment keys, say) goes to the debug log, not stderr. */
export interface SdkLogger {
  debug(...content: unknown[]): void
  info(...content: unknown[]): void
  warn(...content: unknown[]): void
  error(...content: unknown[]): void
}

interface SdkError {
  name?: string
  code?: string
  $metadata?: { httpStatusCode?: number }
}

/** The error's name when it is a plain identifier (the service's `__type`); never its message. */
const errorName = (err: unknown): string | undefined => {
  const e = err as SdkError | undefined
  const name = e?.$metadata ? e.name : undefined
  return name && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name) ? name : undefined
}

/** The request got no HTTP answer (refused, reset, DNS): a network failure, whatever the SDK wrapped it in. */
const unanswered = (err: unknown): boolean => {
  const e = err as SdkError | undefined
  return !!e && typeof e === 'object' && e.name !== 'CredentialsProviderError' && !e.$metadata?.httpStatusCode
}

/** A system error's code (ECONNREFUSED), from the error or from Node's own text in the SDK's wrapper of it. */
const systemCode = (err: unknown): string | undefined => {
  const e = err as (SdkError & { message?: string }) | undefined
  const code = typeof e?.code === 'string' ? e.code : /\b(E[A-Z]{3,20})\b/.exec(e?.message ?? '')?.[1]
  return code && /^E[A-Z0-9_]{1,30}$/.test(code) ? code : undefined
}

const retryable = (err: unknown): Verdict => {
  const e = err as Parameters<typeof isTransientError>[0]
  if (!e || typeof e !== 'object') return { retry: false }
  // ThrottlingException and the like: the region's quota, which its scheduler paces.
  if (isThrottlingError(e)) return { retry: true, throttled: true }
  return { retry: isTransientError(e) || unanswered(e) }
}

/** A date the SDK parsed, as ISO 8601; undefined when absent or invalid. */
export const isoOf = (date: Date | undefined): string | undefined => (date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined)

interface Bound<C> {
  client: C
  /** `host:port` of the last request sent, for messages about an unreachable endpoint. */
  endpoint: string
  region: string
}

export class AwsSource<C extends AwsClient> implements StoreClient<AwsLocation> {
  private readonly clients = new Map<string, Bound<C>>()
  private readonly budget: RetryBudget

  constructor(
    private readonly service: AwsService<C>,
    settings: NetworkSettings,
    private readonly ports: Ports,
  ) {
    this.budget = RetryBudget.forRun(settings, ports.sleep, ports.hosts)
  }

  throttling(): Throttling[] {
    return this.budget.throttling()
  }

  async connect(locations: AwsLocation[]): Promise<void> {
    for (const location of locations) await this.bind(location)
    this.ports.logger.info(`${this.service.title} (${this.regions().join(', ')}; credentials from the AWS SDK's chain)`)
  }

  private regions(): string[] {
    return [...new Set([...this.clients.values()].map((b) => b.region))]
  }

  describe(): SourceInfo {
    return { kind: this.service.kind, location: this.regions().join(', ') }
  }

  /** The client of a location's region and profile, created once; a missing region stops the run here. */
  private async bind(location: AwsLocation): Promise<Bound<C>> {
    const key = `${location.region ?? ''}\u0000${location.profile ?? ''}`
    const known = this.clients.get(key)
    if (known) return known
    const debug = (...content: unknown[]) =>
      this.ports.logger.debug(
        `AWS SDK: ${
          content
            .filter((c) => typeof c === 'string')
            .join(' ')
            .split('\n')[0]
        }`,
      )
    const logger: SdkLogger = { debug: () => {}, info: () => {}, warn: debug, error: debug }
    const client = this.service.newClient({
      ...(location.region ? { region: location.region } : {}),
      ...(location.profile ? { profile: location.profile } : {}),
      logger,
    })
    let region = ''
    try {
      region = (await client.config.region())?.trim() ?? ''
    } catch {
      /* no region anywhere in the chain */
    }
    if (!region) {
      client.destroy()
      throw new StoreFailure(
        'unreachable',
        `${this.service.title}: no region: AWS_REGION is missing or empty (aws-actions/configure-aws-credentials sets it from its aws-region input); or name one in the column, ${this.service.kind}:…?region=us-east-1`,
      )
    }
    const bound: Bound<C> = { client, endpoint: '', region }
    client.middlewareStack.add(
      (next) => async (args) => {
        const r = args.request as { hostname?: string; port?: number; protocol?: string }
        if (r.hostname) bound.endpoint = `${r.hostname}:${r.port ?? (r.protocol === 'http:' ? 80 : 443)}`
        return next(args)
      },
      { step: 'finalizeRequest', name: 'vaultCoverageAuditEndpoint' },
    )
    this.clients.set(key, bound)
    return bound
  }

  async list(location: AwsLocation, { prefix }: ListContext): Promise<Listing> {
    const bound = await this.bind(location)
    const column = `${this.service.kind}:${formatAwsLocation(location)}`
    const filter = this.service.filter(location, prefix)
    const secrets: SecretMeta[] = []
    const folders = new Set<string>()
    const tokens = new Set<string>()
    let pages = 0
    let next: string | undefined
    try {
      do {
        const token = next
        const page = await this.budget.run((signal) => this.service.page(bound.client, filter, token, signal), retryable, {
          host: `${this.service.title} in ${bound.region}`,
        })
        pages++
        for (const entry of page.entries) {
          const rest = this.service.under(entry.name, location)
          const placed = rest === undefined ? undefined : awsIdentity(rest)
          if (!placed) continue
          const { path, key } = placed
          if (prefix !== '/' && path !== prefix && !path.startsWith(`${prefix}/`)) continue
          folders.add(path)
          secrets.push({ path, key, ...entry.meta })
        }
        next = page.next || undefined
        if (next && tokens.has(next)) {
          throw new StoreFailure('failed', `${column}: the listing handed back a page token it had already given (page ${pages})`)
        }
        if (next) tokens.add(next)
      } while (next)
    } catch (err) {
      if (err instanceof StoreFailure) throw err
      throw this.failed(err, column, bound)
    }
    this.ports.logger.info(`${column}: ${plural(secrets.length, 'secret')} in ${plural(folders.size, 'folder')} under ${prefix} (${plural(pages, 'page')})`)
    return { secrets }
  }

  /** A denied or failing column is unreadable; bad or missing credentials and an unreachable endpoint stop the run. */
  private failed(err: unknown, column: string, bound: Bound<C>): StoreFailure {
    const { title } = this.service
    const exhausted = err instanceof RetriesExhausted ? err : undefined
    const last = (exhausted ? exhausted.last : err) as SdkError | undefined
    const gaveUp = exhausted ? `; ${exhausted.message}` : ''
    if (last?.name === 'CredentialsProviderError' && !last.$metadata) {
      return new StoreFailure(
        'auth',
        `${title}: no credentials in the AWS SDK's chain (environment, shared config and credentials files, web identity, container or instance role): run aws-actions/configure-aws-credentials before this step`,
      )
    }
    const network = last instanceof AttemptTimeout ? 'timed out' : unanswered(last) ? (systemCode(last) ?? 'no answer') : undefined
    if (network) {
      // Cut short by the run's deadline, the endpoint did answer before: this column only.
      if (exhausted?.byDeadline) return new StoreFailure('failed', `${column} could not be listed (${network})${gaveUp}`)
      return new StoreFailure('unreachable', `Cannot reach ${title} at ${bound.endpoint || `the ${bound.region} endpoint`} (${network})${gaveUp}`)
    }
    if (!last) return new StoreFailure('failed', `${column} could not be listed${gaveUp}`)
    const name = errorName(last)
    const status = last.$metadata?.httpStatusCode
    if (name && BAD_CREDENTIALS.has(name)) {
      return new StoreFailure(
        'auth',
        `${title} at ${bound.endpoint || bound.region} rejected the credentials (${name}): they are invalid or expired; check what aws-actions/configure-aws-credentials provided`,
      )
    }
    if ((name && DENIED.has(name)) || status === 403) {
      return new StoreFailure(
        'denied',
        `the credentials may not list ${column}: access denied (${name ?? 'HTTP 403'}); the policy needs ${this.service.permission}`,
      )
    }
    if (name && isThrottlingError(last as Parameters<typeof isThrottlingError>[0]))
      return new StoreFailure('throttled', `${column}: throttled (${name})${gaveUp}`)
    const why = name ? `${name}${status ? `, HTTP ${status}` : ''}` : status ? `HTTP ${status}` : 'an unexpected answer'
    return new StoreFailure('failed', `${column} could not be listed (${why})${gaveUp}`)
  }

  async close(): Promise<void> {
    for (const bound of this.clients.values()) bound.client.destroy()
    this.clients.clear()
  }
}
