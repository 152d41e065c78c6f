/**
 * Infisical: Universal Auth login, project environments, one recursive
 * listing per environment, companion dates, folder diagnosis, token revoke.
 * Works with current servers (/api/v4, /api/v1/projects) and older ones
 * (/api/v3/secrets/raw, /api/v1/workspace), which ignore viewSecretValue and
 * send values anyway: every value is dropped here, at the parsing boundary,
 * except an expiry companion's date.
 */
import { z, type Infer } from '../schema.js'
import {
  folderGaps,
  joinPath,
  normalizePath,
  parentPath,
  type EnvironmentInventory,
  type Inventory,
  type SecretMeta,
} from '../audit/inventory.js'
import { FatalError } from '../errors.js'
import { HttpClient, HttpError } from '../http.js'
import type { Ports } from '../run.js'
import type { InfisicalSettings } from '../settings.js'
import { selectEnvironments, type Source, type SourceOptions } from './source.js'

const HIDDEN_MASK = '<hidden-by-infisical>'
const COMPANION_CONCURRENCY = 8

const loginSchema = z.object({ accessToken: z.string().check(z.minLength(1)) })
const projectSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  environments: z.array(z.object({ slug: z.string().check(z.minLength(1)), name: z.optional(z.string()) })),
})
interface ListedMeta {
  secretKey: string
  secretPath?: string
  version: number
  type?: string
  updatedAt: string
}

/**
 * The metadata of one listed secret, copied field by field so nothing else
 * (secretValue above all) survives; the name of the first bad field otherwise.
 * Hand-written rather than zod: it runs once per secret per environment
 * (60,000 times for a large vault), where a schema parse cost ~45 ms and as
 * much again in garbage collection.
 */
function listedMeta(item: unknown): ListedMeta | string {
  if (!item || typeof item !== 'object') return '(item): expected an object'
  const { secretKey, secretPath, version, type, updatedAt } = item as Record<string, unknown>
  if (typeof secretKey !== 'string') return 'secretKey: expected a string'
  if (secretPath !== undefined && typeof secretPath !== 'string') return 'secretPath: expected a string'
  if (typeof version !== 'number') return 'version: expected a number'
  if (type !== undefined && typeof type !== 'string') return 'type: expected a string'
  if (typeof updatedAt !== 'string') return 'updatedAt: expected a string'
  return { secretKey, secretPath, version, type, updatedAt }
}
const folderListSchema = z.object({ folders: z.array(z.object({ name: z.string(), relativePath: z.optional(z.string()) })) })

type Api = 'current' | 'legacy'
type Listing = { items?: unknown[] } | { error: unknown }

interface HiddenCompanion {
  environment: string
  secret: SecretMeta
}

const isRouteNotFound = (err: unknown): boolean =>
  err instanceof HttpError && err.status === 404 && /^Route \w+:/.test(err.body?.message ?? '')

const isNotMember = (err: unknown): boolean =>
  err instanceof HttpError && err.status === 403 && /not a member/i.test(`${err.body?.error ?? ''} ${err.body?.message ?? ''}`)

const isAuthExpired = (err: unknown): boolean =>
  err instanceof HttpError && (err.status === 401 || (err.status === 403 && err.body?.error === 'TokenError'))

export class InfisicalSource implements Source {
  readonly http: HttpClient
  private token = ''
  private relogin?: Promise<void>
  private secretsApi?: Api
  private foldersApi?: Api

  constructor(
    private readonly settings: InfisicalSettings,
    private readonly ports: Ports,
  ) {
    this.http = new HttpClient(settings.host, {
      fetch: ports.fetch,
      sleep: ports.sleep,
      logger: ports.logger,
      headers: settings.headers,
      timeoutMs: settings.timeoutMs,
      maxWaitMs: settings.maxWaitMs,
    })
  }

  async read(options: SourceOptions): Promise<Inventory> {
    await this.login()
    const project = await this.project()
    const where = `project ${project.name ?? this.settings.projectId}`
    if (project.environments.length === 0) throw new FatalError(`${where} has no environments`)
    const environments = selectEnvironments(project.environments, options.environments, where)
    const prefix = normalizePath(options.pathPrefix ?? '/')
    // The first listing finds out which API the server has (on a current server it is the
    // first environment's answer). Then the next environment downloads while the current
    // one is parsed: two listings in memory at most (20,000 secrets are ~8 MB of JSON;
    // three at once pushed peak RSS past 200 MB).
    const settle = (p: Promise<unknown[] | undefined>): Promise<Listing> => p.then((items) => ({ items }), (error: unknown) => ({ error }))
    const download = (slug: string) => settle(this.list(slug, prefix))
    const probe = await settle(this.probeList(environments[0]!.slug, prefix))
    // Without /api/v4 the probe listed nothing: the first environment goes through /api/v3 too.
    let pending = 'items' in probe && probe.items === undefined ? download(environments[0]!.slug) : Promise.resolve(probe)
    const listed = []
    for (const [i, env] of environments.entries()) {
      const listing = await pending
      if (i + 1 < environments.length) pending = download(environments[i + 1]!.slug)
      listed.push(this.readEnvironment(env, prefix, options.companionSuffix, listing))
    }
    await this.readCompanions(listed.flatMap((l) => l.hiddenCompanions), prefix)
    const inventory: Inventory = {
      source: {
        kind: 'infisical',
        location: this.settings.host,
        projectId: this.settings.projectId,
        ...(project.name ? { projectName: project.name } : {}),
      },
      pathPrefix: prefix,
      environments: listed.map((l) => l.environment),
    }
    await this.diagnoseFolders(inventory, prefix)
    return inventory
  }

  close(): Promise<void> {
    return this.revoke()
  }

  private async login(): Promise<void> {
    let response
    try {
      response = await this.http.json('POST', '/api/v1/auth/universal-auth/login', {
        body: { clientId: this.settings.clientId, clientSecret: this.settings.clientSecret },
      })
    } catch (err) {
      if (err instanceof HttpError) throw new FatalError(`Failed to obtain Infisical auth token: ${loginCause(err, this.settings.host)}`)
      throw err
    }
    const parsed = loginSchema.safeParse(response.body)
    if (!parsed.success) {
      throw new FatalError(
        `Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`,
      )
    }
    this.token = parsed.data.accessToken
    this.ports.mask?.(this.token)
  }

  private async revoke(): Promise<void> {
    if (!this.token) return
    try {
      await this.http.json('POST', '/api/v1/auth/token/revoke', { body: { accessToken: this.token }, token: this.token })
      this.ports.logger.debug('Access token revoked')
    } catch (err) {
      this.ports.logger.debug(`Could not revoke the access token: ${(err as Error).message}`)
    }
  }

  /** An authenticated GET; on an expired or refused token, log in again once and retry. */
  private async get(path: string, query: Record<string, string>): Promise<unknown> {
    try {
      return (await this.http.json('GET', path, { query, token: this.token })).body
    } catch (err) {
      if (!isAuthExpired(err)) throw err
      this.ports.logger.debug('Access token refused; logging in again')
      this.relogin ??= this.login().finally(() => (this.relogin = undefined))
      await this.relogin
      return (await this.http.json('GET', path, { query, token: this.token })).body
    }
  }

  private async project(): Promise<Infer<typeof projectSchema>> {
    const id = encodeURIComponent(this.settings.projectId)
    let body: unknown
    try {
      // Current servers answer {project}; older ones only have /api/v1/workspace, answering {workspace}.
      try {
        body = ((await this.get(`/api/v1/projects/${id}`, {})) as { project?: unknown } | undefined)?.project
      } catch (err) {
        if (!isRouteNotFound(err)) throw err
        body = ((await this.get(`/api/v1/workspace/${id}`, {})) as { workspace?: unknown } | undefined)?.workspace
      }
    } catch (err) {
      if (isNotMember(err)) {
        throw new FatalError(
          `The machine identity is not a member of project ${this.settings.projectId}: ${(err as HttpError).body?.error}. Add it to the project with a role that can describe secrets.`,
        )
      }
      if (err instanceof HttpError && err.status === 404) {
        throw new FatalError(`Project ${this.settings.projectId} not found on ${this.settings.host}: ${err.body?.message ?? err.message}`)
      }
      if (err instanceof HttpError) throw new FatalError(`Cannot read project ${this.settings.projectId}: ${err.message}`)
      throw err
    }
    const parsed = projectSchema.safeParse(body)
    if (!parsed.success) throw new FatalError(`Cannot read project ${this.settings.projectId}: the answer lists no environments`)
    return parsed.data
  }

  /** One environment's listing, or why it could not be read, as metadata. */
  private readEnvironment(
    env: { slug: string; name?: string },
    prefix: string,
    suffix: string,
    listing: Listing,
  ): { environment: EnvironmentInventory; hiddenCompanions: HiddenCompanion[] } {
    const named = { slug: env.slug, ...(env.name ? { name: env.name } : {}) }
    try {
      if ('error' in listing) throw listing.error
      const raw = listing.items ?? []
      const secrets: SecretMeta[] = []
      const hiddenCompanions: HiddenCompanion[] = []
      const paths = new Map<string, string>() // a few hundred folders for tens of thousands of secrets
      for (const [i, item] of raw.entries()) {
        const meta = listedMeta(item)
        if (typeof meta === 'string') throw new HttpError(`unexpected listing shape at secrets[${i}].${meta}`, 'status')
        const { secretKey, secretPath, version, type, updatedAt } = meta
        if (type !== undefined && type !== 'shared') continue // personal overrides are not coverage
        const listedPath = secretPath ?? prefix
        let path = paths.get(listedPath)
        if (path === undefined) paths.set(listedPath, (path = normalizePath(listedPath)))
        if (prefix !== '/' && path !== prefix && !path.startsWith(`${prefix}/`)) continue
        const secret: SecretMeta = { path, key: secretKey, version, updatedAt }
        if (secretKey.endsWith(suffix)) {
          const date = companionDate(item)
          if (date !== undefined) secret.expiresAt = date
          else hiddenCompanions.push({ environment: env.slug, secret })
        }
        secrets.push(secret)
      }
      this.ports.logger.info(`${env.slug}: ${secrets.length} secrets under ${prefix}`)
      return { environment: { ...named, status: 'ok', secrets }, hiddenCompanions }
    } catch (err) {
      if (isNotMember(err)) throw new FatalError(`The machine identity is not a member of project ${this.settings.projectId}: ${(err as HttpError).body?.error}`)
      if (isAuthExpired(err)) throw new FatalError(`Failed to obtain Infisical auth token: the token was refused again after a new login (${(err as HttpError).message})`)
      if (!(err instanceof HttpError)) throw err
      return { environment: { ...named, status: 'unreadable', reason: unreadableReason(err, env.slug, prefix) }, hiddenCompanions: [] }
    }
  }

  /**
   * The first environment's listing through /api/v4; on a server without it
   * (route not found) remember that and answer undefined, so every environment,
   * this one included, is then listed through /api/v3 in parallel.
   */
  private async probeList(environment: string, secretPath: string): Promise<unknown[] | undefined> {
    try {
      const body = await this.get('/api/v4/secrets', { projectId: this.settings.projectId, ...listQuery(environment, secretPath) })
      this.secretsApi = 'current'
      return parseList(body)
    } catch (err) {
      if (!isRouteNotFound(err)) throw err
      this.ports.logger.debug('No /api/v4/secrets on this server; using /api/v3/secrets/raw')
      this.secretsApi = 'legacy'
      return undefined
    }
  }

  /** One recursive listing, values not asked for, through the API the probe found. */
  private async list(environment: string, secretPath: string): Promise<unknown[]> {
    const query = listQuery(environment, secretPath)
    return this.secretsApi === 'legacy'
      ? parseList(await this.get('/api/v3/secrets/raw', { workspaceId: this.settings.projectId, ...query }))
      : parseList(await this.get('/api/v4/secrets', { projectId: this.settings.projectId, ...query }))
  }

  /**
   * Companion dates the listings hid (current servers honour viewSecretValue=false).
   * With an expiry tag: one tag-filtered listing per environment (the tag filter
   * applies before the read-value check, so only tagged secrets need readValue).
   * Then one read per companion still hidden, eight at a time across environments.
   * Older servers sent the dates with the listing: no request at all.
   */
  private async readCompanions(hidden: HiddenCompanion[], prefix: string): Promise<void> {
    const companions = this.settings.expiryTag ? await this.readTagged(hidden, prefix, this.settings.expiryTag) : hidden
    const warned = new Set<string>()
    const readOne = async ({ environment, secret }: HiddenCompanion): Promise<void> => {
      const name = encodeURIComponent(secret.key)
      const query = { environment, secretPath: secret.path, viewSecretValue: 'true', expandSecretReferences: 'false', type: 'shared' }
      try {
        const body =
          this.secretsApi === 'legacy'
            ? await this.get(`/api/v3/secrets/raw/${name}`, { workspaceId: this.settings.projectId, ...query })
            : await this.get(`/api/v4/secrets/${name}`, { projectId: this.settings.projectId, ...query })
        const date = companionDate((body as { secret?: unknown } | undefined)?.secret)
        if (date !== undefined) secret.expiresAt = date
      } catch (err) {
        if (!(err instanceof HttpError)) throw err
        if (!warned.has(environment)) {
          warned.add(environment)
          this.ports.logger.warning(
            `${environment}: cannot read expiry companion dates (${err.status ?? err.failure}); grant readValue on secrets named *__EXPIRES_AT`,
          )
        }
      }
    }
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < companions.length) await readOne(companions[next++]!)
    }
    await Promise.all(Array.from({ length: Math.min(COMPANION_CONCURRENCY, companions.length) }, worker))
  }

  /** Dates from one tag-filtered listing per environment; returns the companions still without one. */
  private async readTagged(hidden: HiddenCompanion[], prefix: string, tag: string): Promise<HiddenCompanion[]> {
    const left: HiddenCompanion[] = []
    const environments = [...new Set(hidden.map((h) => h.environment))]
    await Promise.all(
      environments.map(async (environment) => {
        const mine = hidden.filter((h) => h.environment === environment)
        const wanted = new Map(mine.map((h) => [`${h.secret.path}\u0000${h.secret.key}`, h.secret]))
        try {
          const query = { environment, secretPath: prefix, recursive: 'true', viewSecretValue: 'true', tagSlugs: tag, expandSecretReferences: 'false', include_imports: 'false' }
          const body =
            this.secretsApi === 'legacy'
              ? await this.get('/api/v3/secrets/raw', { workspaceId: this.settings.projectId, ...query })
              : await this.get('/api/v4/secrets', { projectId: this.settings.projectId, ...query })
          for (const item of parseList(body)) {
            const meta = listedMeta(item)
            if (typeof meta === 'string') continue
            // Only a wanted companion's date is kept; any other tagged value is dropped here.
            const secret = wanted.get(`${normalizePath(meta.secretPath ?? prefix)}\u0000${meta.secretKey}`)
            const date = secret && companionDate(item)
            if (secret && date !== undefined) secret.expiresAt = date
          }
        } catch (err) {
          if (!(err instanceof HttpError)) throw err
          this.ports.logger.debug(`${environment}: listing companions tagged ${tag} failed (${err.message}); reading them one by one`)
        }
        left.push(...mine.filter((h) => h.secret.expiresAt === undefined))
      }),
    )
    if (left.length) this.ports.logger.info(`${left.length} expiry companions are not tagged ${tag}: reading them one by one`)
    return left
  }

  /**
   * Runbook failure mode C: where an environment has nothing under a folder
   * other environments use, ask the folder listing whether the folder exists.
   * Costs nothing when there is no such gap.
   */
  private async diagnoseFolders(inventory: Inventory, prefix: string): Promise<void> {
    for (const [slug, gaps] of folderGaps(inventory)) {
      const env = inventory.environments.find((e) => e.slug === slug)
      if (env?.status !== 'ok') continue
      try {
        const exists = await this.folderExists(slug, prefix, gaps)
        const missing = gaps.filter((f) => !exists(f))
        if (missing.length) env.missingFolders = missing
      } catch (err) {
        if (!(err instanceof HttpError)) throw err
        this.ports.logger.debug(`${slug}: folder listing failed (${err.message}); folder existence left unknown`)
      }
    }
  }

  private async folderExists(environment: string, prefix: string, gaps: string[]): Promise<(folder: string) => boolean> {
    if (this.foldersApi !== 'legacy') {
      const root = prefix === '/' ? '/' : parentPath(prefix)
      try {
        const body = await this.get('/api/v2/folders', { projectId: this.settings.projectId, environment, path: root, recursive: 'true' })
        const folders = folderListSchema.parse(body).folders
        this.foldersApi = 'current'
        const known = new Set(folders.map((f) => joinPath(root, f.relativePath ?? f.name)))
        return (folder) => folder === '/' || known.has(folder)
      } catch (err) {
        if (!isRouteNotFound(err)) throw err
        this.foldersApi = 'legacy'
      }
    }
    // Older servers list direct children only: one call per distinct parent.
    const children = new Map<string, Set<string>>()
    for (const parent of new Set(gaps.map(parentPath))) {
      const body = await this.get('/api/v1/folders', { workspaceId: this.settings.projectId, environment, path: parent })
      children.set(parent, new Set(folderListSchema.parse(body).folders.map((f) => f.name)))
    }
    return (folder) => folder === '/' || (children.get(parentPath(folder))?.has(folder.slice(folder.lastIndexOf('/') + 1)) ?? false)
  }
}

const listQuery = (environment: string, secretPath: string) => ({
  environment,
  secretPath,
  recursive: 'true',
  viewSecretValue: 'false',
  expandSecretReferences: 'false',
  include_imports: 'false',
})

/** The listing's secrets array, as sent (a schema would copy all of it); items are checked one by one. */
function parseList(body: unknown): unknown[] {
  const secrets = (body as { secrets?: unknown } | undefined)?.secrets
  if (!Array.isArray(secrets)) throw new HttpError('unexpected listing shape: no secrets array', 'status')
  return secrets
}

/** A companion's date text, if the server sent a real value (never the hidden mask). */
function companionDate(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined
  const { secretValue, secretValueHidden } = item as { secretValue?: unknown; secretValueHidden?: unknown }
  if (secretValueHidden === true || typeof secretValue !== 'string' || secretValue === HIDDEN_MASK) return undefined
  return secretValue
}

function loginCause(err: HttpError, host: string): string {
  if (err.failure === 'network' || err.failure === 'timeout') return `cannot reach ${host}: ${err.message}`
  if (err.failure === 'not-json' || err.failure === 'redirect') return err.message
  if (err.status === 401) {
    return `Infisical refused the client id or secret (401${err.body?.message ? ` ${err.body.message}` : ''}); check the machine identity's Universal Auth credentials`
  }
  if (err.status === 404) return `${host} has no Universal Auth login route (404): is the host an Infisical server?`
  return err.message
}

function unreadableReason(err: HttpError, env: string, prefix: string): string {
  if (err.status === 403) {
    return `permission denied (${err.body?.message ?? err.message}); grant describeSecret on ${prefix} in ${env}`
  }
  if (err.status === 404) return err.body?.message ?? err.message
  return err.message
}
