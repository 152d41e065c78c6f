/**
 * The Google Secret Manager read flow, metadata only (REST v1): per column one
 * `secrets` listing to its last page, then per secret one `versions` listing
 * filtered to ENABLED (16 at a time); never `:access`, which returns values.
 * Requests carry what google-auth-library signs for the application default
 * credentials: a self-signed JWT for a service account key (no token
 * exchange), a federated or user token otherwise.
 */
import { GoogleAuth } from 'google-auth-library'
import type { SecretMeta, SourceInfo, UnreadablePath } from '../../audit/inventory.js'
import { HttpClient, HttpError } from '../../net/http.js'
import { eachConcurrently } from '../../net/pool.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import { z, type Infer } from '../../core/schema.js'
import type { Throttling } from '../source.js'
import { StoreFailure, type ListContext, type Listing, type StoreClient } from '../store.js'
import { formatGcpLocation, type GcpLocation, type GcpSettings } from './settings.js'

// Shapes from the REST reference (fixtures in __tests__/fixtures/gcp/, with their sources); nothing else survives.
const secretSchema = z.object({
  name: z.string(),
  expireTime: z.optional(z.string()),
  labels: z.optional(z.record(z.string(), z.string())),
  rotation: z.optional(z.object({ nextRotationTime: z.optional(z.string()) })),
})
const secretsPage = z.object({ secrets: z.optional(z.array(secretSchema)), nextPageToken: z.optional(z.string()) })
const versionsPage = z.object({
  versions: z.optional(z.array(z.object({ name: z.string(), state: z.optional(z.string()), createTime: z.optional(z.string()) }))),
  nextPageToken: z.optional(z.string()),
})
type Secret = Infer<typeof secretSchema>

const CONCURRENCY = 16
// The documented maximum: one page for any real project.
const PAGE_SIZE = '25000'

const iso = (text: string | undefined): string | undefined => {
  const ms = text ? Date.parse(text) : NaN
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString()
}

/** Why a request failed, in fixed words: never the server's text. */
const cause = (err: unknown): string => {
  if (!(err instanceof HttpError)) return 'an unexpected answer'
  if (err.failure === 'timeout') return 'timed out'
  if (err.failure === 'network') return 'network error'
  const code = err.body?.error && /^[A-Z_]{3,40}$/.test(err.body.error) ? ` ${err.body.error}` : ''
  return err.status ? `${err.status}${code}` : 'an unexpected answer'
}

export class GcpSource implements StoreClient<GcpLocation> {
  readonly http: HttpClient
  private readonly host: string
  private auth?: { getRequestHeaders(url?: string): Promise<Headers | Record<string, string>> }

  constructor(
    private readonly settings: GcpSettings,
    private readonly ports: Ports,
  ) {
    this.host = new URL(settings.endpoint).host
    this.http = new HttpClient(`${settings.endpoint}v1/`, {
      fetch: ports.fetch,
      sleep: ports.sleep,
      ...(ports.hosts ? { shared: ports.hosts } : {}),
      logger: ports.logger,
      headers: {},
      timeoutMs: settings.timeoutMs,
      maxWaitMs: settings.maxWaitMs,
      deadlineMs: settings.runTimeoutMs,
      // Google's form: an `error` object whose `status` (PERMISSION_DENIED) is the code worth keeping.
      errorFields: (body) => {
        const status = (body as { error?: { status?: unknown } } | undefined)?.error?.status
        return typeof status === 'string' ? { error: status } : undefined
      },
    })
  }

  /** The application default credentials, or exit 1 naming what is missing. */
  private async credentials(): Promise<void> {
    try {
      this.auth = (await new GoogleAuth().getClient()) as NonNullable<GcpSource['auth']>
    } catch (err) {
      const e = err as { code?: string; message?: string }
      if (e?.code === 'ENOENT' || e?.code === 'EISDIR' || e?.code === 'EACCES') {
        throw new StoreFailure('auth', 'Google Secret Manager: GOOGLE_APPLICATION_CREDENTIALS names a file that does not exist or cannot be read')
      }
      if (/GOOGLE_APPLICATION_CREDENTIALS/.test(e?.message ?? '')) {
        throw new StoreFailure(
          'auth',
          'Google Secret Manager: GOOGLE_APPLICATION_CREDENTIALS is not a credentials file google-auth-library can use (not JSON, or not a service account, external account or user credentials file)',
        )
      }
      if (/default credentials/i.test(e?.message ?? '')) {
        throw new StoreFailure(
          'auth',
          'Google Secret Manager: no application default credentials: run google-github-actions/auth before this step, or set GOOGLE_APPLICATION_CREDENTIALS',
        )
      }
      throw new StoreFailure(
        'auth',
        'Google Secret Manager: the application default credentials could not be loaded (is GOOGLE_APPLICATION_CREDENTIALS a credentials file?)',
      )
    }
  }

  private async call(path: string, query: Record<string, string>) {
    let authorization: string | null | undefined
    try {
      const headers = await this.auth!.getRequestHeaders(this.settings.endpoint)
      authorization = headers instanceof Headers ? headers.get('authorization') : headers.authorization
    } catch {
      throw new StoreFailure('auth', 'Google Secret Manager: no token for the application default credentials (the federation or token exchange failed)')
    }
    return this.http.json('GET', path, { query, headers: authorization ? { authorization } : {} })
  }

  throttling(): Throttling[] {
    return this.http.throttling()
  }

  async connect(): Promise<void> {
    await this.credentials()
    this.ports.logger.info(`Google Secret Manager at ${this.host} (application default credentials)`)
  }

  describe(): SourceInfo {
    return { kind: 'gcp-sm', location: this.settings.endpoint.replace(/\/$/, '') }
  }

  /** A failure of the listing: denied is that column unreadable; credentials, a missing project, no network stop the run. */
  private failed(err: unknown, column: string): StoreFailure {
    if (err instanceof StoreFailure) return err
    if (err instanceof HttpError) {
      if (err.status === 401)
        return new StoreFailure('auth', `Google Secret Manager at ${this.host} rejected the credentials (${cause(err)}): they are invalid or expired`)
      if (err.status === 404) return new StoreFailure('not-found', `${column}: no such project, or Secret Manager is not enabled in it (404)`)
      if (err.failure === 'network' || (err.failure === 'timeout' && !/time limit/.test(err.message))) {
        return new StoreFailure('unreachable', `Cannot reach Google Secret Manager at ${this.host} (${cause(err)})`)
      }
      if (err.status === 403) {
        return new StoreFailure(
          'denied',
          `the credentials may not list ${column}: permission denied (${cause(err)}); the role needs secretmanager.secrets.list`,
        )
      }
      if (err.status === 429) return new StoreFailure('throttled', `${column} could not be listed (${cause(err)})`)
    }
    return new StoreFailure('failed', `${column} could not be listed (${cause(err)})`)
  }

  async list(location: GcpLocation, { prefix }: ListContext): Promise<Listing> {
    const { project, label } = location
    const column = `gcp-sm:${formatGcpLocation(location)}`
    const listed: Secret[] = []
    try {
      let token: string | undefined
      do {
        const query: Record<string, string> = {
          pageSize: PAGE_SIZE,
          ...(label ? { filter: `labels.${label.key}:${label.value}` } : {}),
          ...(token ? { pageToken: token } : {}),
        }
        const page = secretsPage.safeParse((await this.call(`projects/${encodeURIComponent(project)}/secrets`, query)).body ?? {})
        if (!page.success) throw new HttpError('not a secrets listing', 'not-json')
        listed.push(...(page.data.secrets ?? []))
        token = page.data.nextPageToken || undefined
      } while (token)
    } catch (err) {
      throw this.failed(err, column)
    }
    // The server's label filter is a "has"; the column is the exact label.
    const wanted = label ? listed.filter((s) => s.labels?.[label.key] === label.value) : listed
    const secrets: SecretMeta[] = []
    const unreadablePaths: UnreadablePath[] = []
    // A bounded queue: CONCURRENCY workers over the listed names, never a pending read per secret.
    await eachConcurrently(wanted, CONCURRENCY, async (secret) => {
      const key = secret.name.slice(secret.name.lastIndexOf('/') + 1)
      try {
        secrets.push({ path: prefix, key, ...(await this.versions(secret)) })
      } catch (err) {
        if (err instanceof StoreFailure) throw err
        unreadablePaths.push({ path: prefix, subtree: false, reason: `the versions of ${key} could not be listed: ${cause(err)}` })
      }
    })
    this.ports.logger.info(`${column}: ${plural(secrets.length, 'secret')}${label ? ` labelled ${label.key}=${label.value}` : ''}`)
    return { secrets, ...(unreadablePaths.length ? { unreadablePaths } : {}) }
  }

  /** Presence from the ENABLED versions (the newest may be disabled while an older one is enabled); native dates from the secret. */
  private async versions(secret: Secret): Promise<Omit<SecretMeta, 'path' | 'key'>> {
    const enabled: { number: number; created?: string }[] = []
    let token: string | undefined
    do {
      const path = secret.name.split('/').map(encodeURIComponent).join('/')
      const page = versionsPage.safeParse(
        (await this.call(`${path}/versions`, { filter: 'state:ENABLED', pageSize: PAGE_SIZE, ...(token ? { pageToken: token } : {}) })).body ?? {},
      )
      if (!page.success) throw new HttpError('not a versions listing', 'not-json')
      for (const v of page.data.versions ?? []) {
        const number = Number(v.name.slice(v.name.lastIndexOf('/') + 1))
        if (v.state === 'ENABLED' && Number.isInteger(number)) enabled.push({ number, ...(v.createTime ? { created: v.createTime } : {}) })
      }
      token = page.data.nextPageToken || undefined
    } while (token)
    const newest = enabled.sort((a, b) => b.number - a.number)[0]
    const updatedAt = iso(newest?.created)
    const rotationDue = iso(secret.rotation?.nextRotationTime)
    return {
      ...(newest ? { version: newest.number } : { unusable: { state: 'absent', reason: 'no enabled version' } }),
      ...(updatedAt ? { updatedAt } : {}),
      ...(secret.expireTime ? { expiresAt: secret.expireTime } : {}),
      ...(rotationDue ? { rotationDue } : {}),
    }
  }
}
