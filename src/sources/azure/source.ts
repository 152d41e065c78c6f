/**
 * The Azure Key Vault read flow, metadata only: per column one
 * `listPropertiesOfSecrets` walked page by page (25 a page, the service's
 * size), never `getSecret`, which returns values. The SDK's own retries are
 * off; a pipeline policy applies the run's budget to every request instead
 * (429 with Retry-After, 5xx and network errors), the token challenge inside.
 */
import { DefaultAzureCredential, type DefaultAzureCredentialClientIdOptions } from '@azure/identity'
import { SecretClient } from '@azure/keyvault-secrets'
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline'
import type { SecretMeta, SourceInfo } from '../../audit/inventory.js'
import { AttemptTimeout, RetriesExhausted, RetryBudget, type Verdict } from '../../net/budget.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import { retryAfterMs } from '../../net/retry-after.js'
import type { NetworkSettings, Throttling } from '../source.js'
import { StoreFailure, type ListContext, type Listing, type StoreClient } from '../store.js'
import { formatAzureLocation, type AzureLocation } from './location.js'
import { isLoopbackHost } from '../../net/loopback.js'

/** An answer the budget may retry (429, 5xx), held so the last one can be reported. */
class RetryableAnswer extends Error {
  override name = 'RetryableAnswer'
  constructor(readonly response: PipelineResponse) {
    super(`HTTP ${response.status}`)
  }
}

interface SdkError {
  name?: string
  code?: string
  statusCode?: number
}

const RETRYABLE = new Set([429, 500, 502, 503, 504])

/** A failure without an HTTP answer: Azure's REQUEST_SEND_ERROR, or a system error's code. */
const networkCode = (err: unknown): string | undefined => {
  const e = err as SdkError | undefined
  if (!e || typeof e !== 'object' || e.statusCode !== undefined) return undefined
  if (e.code && /^E[A-Z0-9_]{2,30}$/.test(e.code)) return e.code
  return e.name === 'RestError' && e.code === 'REQUEST_SEND_ERROR' ? 'the request could not be sent' : undefined
}

const verdict = (err: unknown): Verdict => {
  if (err instanceof RetryableAnswer) {
    const waitMs = err.response.status === 429 ? retryAfterMs(err.response.headers as { get(name: string): string | null }) : undefined
    return { retry: true, throttled: err.response.status === 429, ...(waitMs !== undefined ? { waitMs } : {}) }
  }
  return { retry: networkCode(err) !== undefined }
}

/** The service's error code when it is a plain identifier (`Forbidden`); never its message. */
const serviceCode = (err: unknown): string => {
  const code = (err as SdkError | undefined)?.code
  return code && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(code) ? ` ${code}` : ''
}

export class AzureSource implements StoreClient<AzureLocation> {
  private readonly budget: RetryBudget
  private credential?: DefaultAzureCredential
  private readonly clients = new Map<string, SecretClient>()

  constructor(
    settings: NetworkSettings,
    private readonly ports: Ports,
  ) {
    this.budget = RetryBudget.forRun(settings, ports.sleep, ports.hosts)
  }

  throttling(): Throttling[] {
    return this.budget.throttling()
  }

  async connect(locations: AzureLocation[]): Promise<void> {
    // The SDK reads AZURE_AUTHORITY_HOST itself; it is read here only to learn whether it is a local emulator.
    const authority = process.env.AZURE_AUTHORITY_HOST
    const local = authority ? isLoopbackHost(new URL(authority).hostname) : false
    const credentialOptions: DefaultAzureCredentialClientIdOptions = local ? { disableInstanceDiscovery: true } : {}
    this.credential = new DefaultAzureCredential(credentialOptions)
    for (const { vault } of locations) if (!this.clients.has(vault)) this.clients.set(vault, this.client(vault))
    this.ports.logger.info(`Azure Key Vault (${[...this.clients.keys()].map((v) => new URL(v).host).join(', ')}; credentials from DefaultAzureCredential)`)
  }

  describe(): SourceInfo {
    return { kind: 'azure-kv', location: [...this.clients.keys()].join(', ') }
  }

  private client(vault: string): SecretClient {
    const policy: PipelinePolicy = {
      name: 'vaultCoverageAuditRetryBudget',
      sendRequest: (request, next) =>
        this.budget.run(
          async (signal) => {
            const outer = request.abortSignal
            request.abortSignal = outer ? AbortSignal.any([outer as AbortSignal, signal]) : signal
            const response = await next(request)
            if (RETRYABLE.has(response.status)) throw new RetryableAnswer(response)
            return response
          },
          verdict,
          { host: new URL(request.url).host },
        ),
    }
    return new SecretClient(vault, this.credential!, {
      retryOptions: { maxRetries: 0 },
      additionalPolicies: [{ policy, position: 'perCall' }],
      // A local emulator's challenge names a resource that is not its own host; real Azure never gets this.
      ...(isLoopbackHost(new URL(vault).hostname) ? { disableChallengeResourceVerification: true } : {}),
    })
  }

  // No folders: a column's secrets sit at the path prefix, so a prefix naming one folder of another store lines up.
  async list(location: AzureLocation, { prefix }: ListContext): Promise<Listing> {
    const { vault, prefix: namePrefix } = location
    const client = this.clients.get(vault)!
    const column = `azure-kv:${formatAzureLocation(location)}`
    const secrets: SecretMeta[] = []
    let pages = 0
    try {
      for await (const page of client.listPropertiesOfSecrets().byPage()) {
        pages++
        for (const p of page) {
          if (!p.name.startsWith(namePrefix) || p.name.length === namePrefix.length) continue
          const updatedAt = p.updatedOn && !Number.isNaN(p.updatedOn.getTime()) ? p.updatedOn.toISOString() : undefined
          const expiresAt = p.expiresOn && !Number.isNaN(p.expiresOn.getTime()) ? p.expiresOn.toISOString() : undefined
          secrets.push({
            path: prefix,
            key: p.name.slice(namePrefix.length),
            ...(updatedAt ? { updatedAt } : {}),
            ...(expiresAt ? { expiresAt } : {}),
            // Switched off: listed, never healthy presence.
            ...(p.enabled === false ? { unusable: { state: 'disabled', reason: 'disabled' } } : {}),
          })
        }
      }
    } catch (err) {
      throw this.failed(err, vault, column)
    }
    const off = secrets.filter((s) => s.unusable).length
    this.ports.logger.info(`${column}: ${plural(secrets.length, 'secret')}${off ? ` (${off} disabled)` : ''} (${plural(pages, 'page')})`)
    return { secrets }
  }

  /** A denied or failing column is unreadable; missing or rejected credentials and an unreachable vault stop the run. */
  private failed(err: unknown, vault: string, column: string): StoreFailure {
    const host = new URL(vault).host
    const exhausted = err instanceof RetriesExhausted ? err : undefined
    const last = (exhausted ? exhausted.last : err) as SdkError | undefined
    const gaveUp = exhausted ? `; ${exhausted.message}` : ''
    if (last?.name === 'CredentialUnavailableError' || last?.name === 'AggregateAuthenticationError') {
      return new StoreFailure(
        'auth',
        "Azure Key Vault: no credentials in DefaultAzureCredential's chain (environment, workload identity, managed identity, Azure CLI): run azure/login before this step",
      )
    }
    if (last?.name === 'AuthenticationError') {
      return new StoreFailure(
        'auth',
        'Azure Key Vault: Microsoft Entra ID refused the credentials: they are invalid or expired; check what azure/login (or AZURE_CLIENT_ID, AZURE_TENANT_ID) provided',
      )
    }
    const network = last instanceof AttemptTimeout ? 'timed out' : networkCode(last)
    if (network) {
      // Cut short by the run's deadline, the vault did answer before: this column only.
      if (exhausted?.byDeadline) return new StoreFailure('failed', `${column} could not be listed (${network})${gaveUp}`)
      return new StoreFailure('unreachable', `Cannot reach Azure Key Vault at ${host} (${network})${gaveUp}`)
    }
    if (!last) return new StoreFailure('failed', `${column} could not be listed${gaveUp}`)
    const status = last instanceof RetryableAnswer ? last.response.status : last.statusCode
    if (status === 401)
      return new StoreFailure(
        'auth',
        `Azure Key Vault at ${host} rejected the token (401${serviceCode(last)}): the identity is not one this vault's tenant knows`,
      )
    if (status === 403) {
      return new StoreFailure(
        'denied',
        `the credentials may not list ${column}: forbidden (403${serviceCode(last)}); the role needs Microsoft.KeyVault/vaults/secrets/readMetadata/action`,
      )
    }
    if (status === 429) return new StoreFailure('throttled', `${column}: throttled (429)${gaveUp}`)
    return new StoreFailure('failed', `${column} could not be listed (${status ? `HTTP ${status}` : 'an unexpected answer'}${serviceCode(last)})${gaveUp}`)
  }

  async close(): Promise<void> {
    /* the clients hold no token of this run's to give back; their sockets close with the process */
  }
}
