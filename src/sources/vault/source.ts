/** The Vault KV v2 read flow, metadata only (see ./index.ts for what it requests). */
import { joinPath, type SecretMeta, type SourceInfo, type UnreadablePath, type Unusable } from '../../audit/inventory.js'
import { HttpClient, HttpError } from '../../net/http.js'
import type { Ports } from '../../core/ports.js'
import { z } from '../../core/schema.js'
import type { Throttling } from '../source.js'
import { StoreFailure, type FailureKind, type ListContext, type Listing, type StoreClient } from '../store.js'
import { plural } from '../../render/plural.js'
import type { VaultSettings } from './settings.js'

// Vault's documented shapes (fixtures in __tests__/fixtures/vault/, with their sources).
const loginSchema = z.object({ auth: z.object({ client_token: z.string().check(z.minLength(1)) }) })
const mountSchema = z.object({
  data: z.object({
    path: z.string(),
    type: z.optional(z.string()),
    options: z.optional(z.nullable(z.object({ version: z.optional(z.string()) }))),
  }),
})
/** A KV v2 secret's metadata: only the fields the audit uses (custom_metadata keeps expires_at alone). */
interface Metadata {
  current_version: number
  updated_time?: string
  expires_at?: string
  versions?: Record<string, { deletion_time?: string; destroyed?: boolean }>
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A metadata answer, checked by hand at the boundary: one per secret, so no
 * schema library's per-object cost (a 20,000-secret walk parses 60,000).
 * Undefined when it is not what Vault KV v2 answers.
 */
function parseMetadata(body: unknown): Metadata | undefined {
  const data = isObject(body) ? body.data : undefined
  if (!isObject(data)) return undefined
  const { current_version: current, updated_time: updated, custom_metadata: custom, versions } = data
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0) return undefined
  if (updated !== undefined && typeof updated !== 'string') return undefined
  if (custom !== undefined && custom !== null && !isObject(custom)) return undefined
  const expires = isObject(custom) ? custom.expires_at : undefined
  if (expires !== undefined && typeof expires !== 'string') return undefined
  if (versions !== undefined && versions !== null && !isObject(versions)) return undefined
  const kept: Metadata['versions'] = {}
  for (const [n, v] of Object.entries(isObject(versions) ? versions : {})) {
    if (!isObject(v)) return undefined
    const { deletion_time: deletion, destroyed } = v
    if ((deletion !== undefined && typeof deletion !== 'string') || (destroyed !== undefined && typeof destroyed !== 'boolean')) return undefined
    kept[n] = { ...(deletion !== undefined ? { deletion_time: deletion } : {}), ...(destroyed !== undefined ? { destroyed } : {}) }
  }
  return {
    current_version: current,
    ...(updated !== undefined ? { updated_time: updated } : {}),
    ...(expires !== undefined ? { expires_at: expires } : {}),
    ...(isObject(versions) ? { versions: kept } : {}),
  }
}

/** A listing's keys, or undefined when the answer is not a listing. */
function parseKeys(body: unknown): string[] | undefined {
  const keys = isObject(body) && isObject(body.data) ? body.data.keys : undefined
  return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? keys : undefined
}

/** A KV v2 secret's usability at `now`: deleted (soft, in the past) or destroyed is absent; a deletion still ahead is present. */
export function vaultUnusable(meta: Metadata, now: Date): Unusable | undefined {
  const versions = Object.values(meta.versions ?? {})
  if (versions.length > 0 && versions.every((v) => v.destroyed)) return { state: 'absent', reason: 'every version destroyed' }
  const current = meta.versions?.[String(meta.current_version)]
  if (!current) return { state: 'absent', reason: 'no current version' }
  if (current.destroyed) return { state: 'absent', reason: 'current version destroyed' }
  const deleted = current.deletion_time ? Date.parse(current.deletion_time) : NaN
  if (deleted <= now.getTime()) return { state: 'absent', reason: 'current version deleted' }
  return undefined
}

/** A Vault timestamp (nanoseconds) as ISO 8601 with milliseconds; undefined when it is none. */
const isoTime = (text: string | undefined): string | undefined => {
  const ms = text ? Date.parse(text) : NaN
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString()
}

/**
 * Each segment URL-encoded: names come from the server. `.` and `..` survive
 * encoding and URL parsing resolves them, so they never reach a request.
 */
const urlPath = (...parts: string[]): string =>
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .map((segment) => {
      if (segment === '.' || segment === '..') throw new InvalidName()
      return encodeURIComponent(segment)
    })
    .join('/')

class InvalidName extends Error {
  override name = 'InvalidName'
}

/**
 * A name a listing may hold: a key, or a folder with one trailing `/`. Never
 * `.` or `..`, a `/` inside, or a control character: such a name is reported,
 * never requested.
 */
const isListableName = (name: string): boolean => {
  const bare = name.endsWith('/') ? name.slice(0, -1) : name
  // eslint-disable-next-line no-control-regex
  return bare !== '' && bare !== '.' && bare !== '..' && !bare.includes('/') && !/[\u0000-\u001f\u007f]/.test(bare)
}

/** Why a request failed, in fixed words: never the server's text. */
const cause = (err: unknown): string => {
  if (err instanceof InvalidName) return 'a path segment . or .. (refused, not requested)'
  if (!(err instanceof HttpError)) return 'an unexpected answer'
  if (err.status === 403) return 'permission denied (403)'
  if (err.status === 503) return 'Vault is sealed or unavailable (503)'
  if (err.failure === 'timeout') return 'timed out'
  if (err.failure === 'network') return 'network error'
  if (err.failure === 'not-json')
    return `HTTP ${err.status ?? '?'} with ${err.detail?.html ? 'an HTML page' : 'a body'} that is not Vault's JSON (a proxy's answer?)`
  return err.status ? `HTTP ${err.status}` : 'an unexpected answer'
}

/**
 * Vault's own answer for an empty or missing path: 404 with the JSON body
 * `{"errors":[]}`. A proxy's, an ingress's or a WAF's 404 (an HTML page, other
 * JSON, no body) is not Vault saying "nothing here": that path is unreadable.
 */
const isEmptyPath = (err: unknown): boolean =>
  err instanceof HttpError && err.status === 404 && err.failure === 'status' && Array.isArray(err.body?.errors) && err.body.errors.length === 0

/** Vault's answer for a route no engine serves (no such mount): 404 with errors in JSON. */
const isUnknownRoute = (err: unknown): boolean =>
  err instanceof HttpError && err.status === 404 && err.failure === 'status' && (err.body?.errors?.length ?? 0) > 0

export class VaultSource implements StoreClient<string> {
  readonly http: HttpClient
  private token = ''
  private ownsToken = false
  private readonly host: string

  constructor(
    private readonly settings: VaultSettings,
    private readonly ports: Ports,
  ) {
    this.host = new URL(settings.address).host
    this.http = new HttpClient(`${settings.address}/v1/`, {
      fetch: ports.fetch,
      sleep: ports.sleep,
      ...(ports.hosts ? { shared: ports.hosts } : {}),
      logger: ports.logger,
      headers: settings.namespace ? { 'X-Vault-Namespace': settings.namespace } : {},
      timeoutMs: settings.timeoutMs,
      maxWaitMs: settings.maxWaitMs,
      deadlineMs: settings.runTimeoutMs,
      // Vault's form: `{"errors": [...]}`, counted or matched, never echoed.
      errorFields: (body) => {
        const errors = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined
        return Array.isArray(errors) ? { errors: errors.map(String) } : undefined
      },
      // A sealed Vault stays sealed: say so now rather than after the retry budget.
      isPermanent: (status) => status === 503,
    })
  }

  private where(): string {
    return `Vault at ${this.host}${this.settings.namespace ? ` (namespace ${this.settings.namespace})` : ''}`
  }

  private call(method: 'GET' | 'POST', path: string, init: { query?: Record<string, string>; body?: unknown; maxAttempts?: number; timeoutMs?: number } = {}) {
    return this.http.json(method, path, { ...init, headers: this.token ? { 'X-Vault-Token': this.token } : {} })
  }

  throttling(): Throttling[] {
    return this.http.throttling()
  }

  async connect(): Promise<void> {
    const method = { token: 'a token given', approle: 'AppRole', jwt: "JWT with the workflow's OIDC token" }[this.settings.auth.method]
    this.ports.logger.info(`${this.where()} (${method})`)
    await this.login()
    await this.checkToken()
  }

  describe(): SourceInfo {
    return { kind: 'vault', location: this.settings.address }
  }

  /** A failure of the server as a whole (logging in, a mount's look-up), naming Vault and the cause. */
  private fatal(err: unknown, doing: string, otherwise: FailureKind = 'unreachable'): StoreFailure {
    if (err instanceof StoreFailure) return err
    if (err instanceof HttpError) {
      if (err.status === 503)
        return new StoreFailure('sealed', `${this.where()} is sealed or unavailable (503) while ${doing}: unseal it, or point VAULT_ADDR at an active node`)
      if (err.failure === 'network' || err.failure === 'timeout')
        return new StoreFailure('unreachable', `Cannot reach ${this.where()} (${this.host}) while ${doing}: ${cause(err)}`)
      if (err.failure === 'redirect')
        return new StoreFailure('unreachable', `${this.where()} redirected ${doing}: point VAULT_ADDR at the active node, not a proxy or standby`)
    }
    return new StoreFailure(otherwise, `${this.where()}: ${doing} failed (${cause(err)})`)
  }

  private async login(): Promise<void> {
    const auth = this.settings.auth
    if (auth.method === 'token') {
      this.token = auth.token
      return
    }
    const body =
      auth.method === 'approle' ? { role_id: auth.roleId, secret_id: auth.secretId } : { role: auth.role, jwt: await this.workflowToken(auth.audience) }
    let response
    try {
      response = await this.call('POST', `auth/${urlPath(auth.path)}/login`, { body })
    } catch (err) {
      if (err instanceof HttpError && err.status !== undefined && err.status >= 400 && err.status < 500) {
        const what = auth.method === 'approle' ? `the AppRole login at auth/${auth.path}` : `the JWT login at auth/${auth.path} for role ${auth.role}`
        const hint =
          err.status === 404 || err.status === 405
            ? `no such auth method is enabled there${this.settings.namespace ? ' in this namespace' : ''}`
            : auth.method === 'approle'
              ? `check ${this.settings.credentialNames}`
              : "the role's bound_audiences, bound_subject and bound_claims must accept this workflow's token"
        throw new StoreFailure('auth', `${this.where()} refused ${what} (${err.status}): ${hint}`)
      }
      throw this.fatal(err, 'logging in')
    }
    const parsed = loginSchema.safeParse(response.body)
    if (!parsed.success) throw new StoreFailure('unreachable', `${this.where()}: the login answer has no client token (is this a Vault server?)`)
    this.token = parsed.data.auth.client_token
    this.ownsToken = true
    this.ports.mask?.(this.token)
  }

  private async workflowToken(audience: string | undefined): Promise<string> {
    if (!this.ports.idToken)
      throw new StoreFailure(
        'auth',
        "Vault JWT login needs the workflow's OIDC token, which only the GitHub Action has; from the command line use VAULT_TOKEN or AppRole",
      )
    let jwt: string
    try {
      jwt = await this.ports.idToken(audience)
    } catch {
      throw new StoreFailure('auth', 'Vault JWT login: the workflow gave no OIDC token; add `permissions: id-token: write` to the job')
    }
    this.ports.mask?.(jwt)
    return jwt
  }

  /** A bad token is told apart from a forbidden path before any path is read. */
  private async checkToken(): Promise<void> {
    try {
      await this.call('GET', 'auth/token/lookup-self')
    } catch (err) {
      if (err instanceof HttpError && (err.status === 401 || err.status === 403)) {
        const given = this.settings.auth.method === 'token' ? `the token (${this.settings.credentialNames})` : 'the token it issued at login'
        const ns = this.settings.namespace ? `, or namespace ${this.settings.namespace} does not exist` : ''
        throw new StoreFailure('auth', `${this.where()} rejected ${given} (${err.status}): it is invalid, expired or revoked${ns}`)
      }
      if (err instanceof HttpError && err.status === 404 && this.settings.namespace) {
        throw new StoreFailure('not-found', `${this.where()}: namespace ${this.settings.namespace} does not exist (404)`)
      }
      throw this.fatal(err, 'checking the token')
    }
  }

  /** The mount the location lives in (`platform/kv/` for `platform/kv/app`), confirmed KV v2 when Vault says. */
  private async mount(location: string): Promise<{ mount: string; confirmed: boolean }> {
    const first = `${location.split('/')[0]}/`
    let response
    try {
      response = await this.call('GET', `sys/internal/ui/mounts/${urlPath(location)}`)
    } catch (err) {
      // Refused (403, also Vault's answer for no mount at all) or an old server (404): the first segment, unconfirmed.
      if (err instanceof HttpError && (err.status === 403 || err.status === 404 || err.status === 400)) {
        this.ports.logger.debug(`vault:${location}: mount look-up refused (${err.status}); assuming ${first}`)
        return { mount: first, confirmed: false }
      }
      throw this.fatal(err, `looking up the mount of ${location}`, 'failed')
    }
    const parsed = mountSchema.safeParse(response.body)
    if (!parsed.success) return { mount: first, confirmed: false }
    const { type, options } = parsed.data.data
    let mount = parsed.data.data.path.replace(/^\/+/, '')
    // In a namespace the path may start with the namespace: keep the part the location starts with.
    while (mount && !`${location}/`.startsWith(mount)) mount = mount.slice(mount.indexOf('/') + 1)
    if (!mount) mount = first
    if (type !== undefined && type !== 'kv' && type !== 'generic') {
      throw new StoreFailure('not-found', `vault:${location}: ${mount} is not a KV secrets engine; this audit reads KV version 2`)
    }
    if (options?.version !== '2') {
      throw new StoreFailure(
        'not-found',
        `vault:${location}: ${mount} is KV version 1, which keeps no metadata; this audit reads KV version 2 (vault kv enable-versioning ${mount})`,
      )
    }
    return { mount, confirmed: true }
  }

  async list(location: string, { prefix, now }: ListContext): Promise<Listing> {
    const { mount, confirmed } = await this.mount(location)
    const base = location.slice(mount.length)
    const secrets: SecretMeta[] = []
    const unreadablePaths: UnreadablePath[] = []
    let folders = 0
    let missing = false

    const metadataPath = (folder: string, key?: string) => `${urlPath(mount)}/metadata/${urlPath(base, folder, ...(key ? [key] : []))}`

    const readSecret = async (folder: string, key: string): Promise<void> => {
      // Checked when its turn comes: a read queued behind a slow folder starts no request after the limit.
      if (this.http.pastDeadline()) {
        unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} was not read: the run's time limit was reached` })
        return
      }
      let meta
      try {
        meta = parseMetadata((await this.call('GET', metadataPath(folder, key))).body)
      } catch (err) {
        if (isEmptyPath(err)) return // deleted since the listing
        unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} could not be read: ${cause(err)}` })
        return
      }
      if (!meta) {
        unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} is not what Vault KV v2 answers` })
        return
      }
      const unusable = vaultUnusable(meta, now)
      const updatedAt = isoTime(meta.updated_time)
      secrets.push({
        path: folder,
        key,
        version: meta.current_version,
        ...(updatedAt ? { updatedAt } : {}),
        ...(meta.expires_at !== undefined ? { expiresAt: meta.expires_at } : {}),
        ...(unusable ? { unusable } : {}),
      })
    }

    // A folder's listing: its names, or undefined when Vault says it is empty. Throws what failed.
    const list = async (folder: string): Promise<string[] | undefined> => {
      let listed
      try {
        listed = await this.call('GET', `${metadataPath(folder)}/`, { query: { list: 'true' } })
      } catch (err) {
        if (isEmptyPath(err)) return undefined
        throw err
      }
      const keys = parseKeys(listed.body)
      if (!keys) throw new HttpError('not a listing', 'not-json')
      folders++
      return keys
    }

    /** A listed folder's names as work: secrets to read, folders to list. */
    type Work = { folder: string; key?: string }
    const queue: Work[] = []
    let head = 0
    const enqueue = (folder: string, keys: string[]) => {
      const invalid = keys.filter((key) => !isListableName(key))
      // Counted, never echoed: the name is the server's text.
      if (invalid.length)
        unreadablePaths.push({
          path: folder,
          subtree: false,
          reason: `the listing holds ${plural(invalid.length, 'invalid name')} (., .., a / inside or a control character), not requested`,
        })
      for (const key of keys) {
        if (!isListableName(key)) continue
        queue.push(key.endsWith('/') ? { folder: joinPath(folder, key.slice(0, -1)) } : { folder, key })
      }
    }
    // A sub-tree that fails is unreadable, never empty.
    const work = async ({ folder, key }: Work): Promise<void> => {
      if (key !== undefined) return readSecret(folder, key)
      if (this.http.pastDeadline()) {
        unreadablePaths.push({ path: folder, subtree: true, reason: "not listed: the run's time limit was reached" })
        return
      }
      try {
        enqueue(folder, (await list(folder)) ?? [])
      } catch (err) {
        unreadablePaths.push({ path: folder, subtree: true, reason: cause(err) })
      }
    }
    // At most `concurrency` reads at once, each started as another ends, from one queue of names: memory holds the
    // names still to read, never a pending promise per secret.
    const walk = () =>
      new Promise<void>((resolve, reject) => {
        let running = 0
        const pump = () => {
          while (running < this.settings.concurrency && head < queue.length) {
            const next = queue[head]!
            queue[head++] = undefined as unknown as Work
            running++
            work(next).then(() => {
              running--
              // Drop what was read from the queue's front now and then.
              if (head > 4096 && head * 2 > queue.length) {
                queue.splice(0, head)
                head = 0
              }
              pump()
            }, reject)
          }
          if (running === 0) resolve()
        }
        pump()
      })

    try {
      // The root's listing throws: a column that cannot be listed at all is unreadable, or a wrong mount.
      const keys = await list(prefix)
      if (keys) enqueue(prefix, keys)
      else missing = true
      await walk()
    } catch (err) {
      if (isUnknownRoute(err) && !confirmed) {
        throw new StoreFailure(
          'not-found',
          `vault:${location}: no KV version 2 secrets engine is mounted at ${mount}${this.settings.namespace ? ` in namespace ${this.settings.namespace}` : ''} (404)`,
        )
      }
      if (err instanceof HttpError && err.status === 403) {
        throw new StoreFailure('denied', `the token may not list vault:${joinPath(location, prefix).slice(1)}: permission denied (403)`)
      }
      throw new StoreFailure(err instanceof HttpError && err.status === 429 ? 'throttled' : 'failed', `vault:${location} could not be listed: ${cause(err)}`)
    }
    if (missing) this.ports.logger.warning(`vault:${location}: nothing is stored under ${prefix}`)
    this.ports.logger.info(`vault:${location}: ${secrets.length} secrets in ${folders} folders under ${prefix}`)
    return {
      secrets,
      ...(missing ? { missingFolders: [prefix] } : {}),
      ...(unreadablePaths.length ? { unreadablePaths } : {}),
    }
  }

  /** Only a token this run obtained; best effort, one short attempt. */
  async close(): Promise<void> {
    if (!this.ownsToken) return
    try {
      await this.call('POST', 'auth/token/revoke-self', { maxAttempts: 1, timeoutMs: 5000 })
      this.ports.logger.debug('Vault token revoked')
    } catch (err) {
      this.ports.logger.debug(`Could not revoke the Vault token: ${cause(err)}`)
    }
  }
}
