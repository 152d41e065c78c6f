/**
 * The Infisical read flow: project environments, one recursive listing per
 * environment, companion dates, then one check per folder where an
 * environment lacks keys (imports, access and folder existence at once). Session handles login and
 * revoke; listing.ts is where values are dropped; routes.ts holds the two API
 * generations, chosen once by the first listing.
 */
import { z, type Infer } from '../../core/schema.js'
import {
  identityKey,
  normalizePath,
  parentPath,
  type Inventory,
  type ReadableEnvironment,
  type SecretMeta,
  type SourceInfo,
  type UnreadablePath,
} from '../../audit/inventory.js'
import { plural } from '../../render/plural.js'
import { HttpError } from '../../net/http.js'
import type { Ports } from '../../core/ports.js'
import { eachConcurrently } from '../../net/pool.js'
import { selectEnvironments, type Throttling } from '../source.js'
import { StoreFailure, type ListContext, type Listing, type StoreClient } from '../store.js'
import { isAuthExpired, isFolderNotFound, isNotMember, isPathNotFound, isProjectNotFound, isRouteNotFound, unreadableReason } from './errors.js'
import { absentByFolder } from './gaps.js'
import { companionDate, listedImports, listedItems, listedMeta, type ImportedFolder, type ListedMeta } from './listing.js'
import { IMPORT_ROUTES, PROJECT_ROUTES, PROJECT_SLUG_ROUTES, SECRET_ROUTES, isProjectId, listQuery, type Api, type SecretRoutes } from './routes.js'
import { Session } from './session.js'
import type { InfisicalSettings } from './settings.js'

/** Requests at once for the per-item reads (companions, import configurations). */
const CONCURRENCY = 8

const projectSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  environments: z.array(z.object({ slug: z.string().check(z.minLength(1)), name: z.optional(z.string()) })),
})

type Download = { items: unknown[]; imports: ImportedFolder[] } | { error: unknown }

const importConfigSchema = z.object({
  secretImports: z.array(
    z.object({
      importPath: z.string(),
      importEnv: z.object({ slug: z.string() }),
      isReplication: z.optional(z.nullable(z.boolean())),
      position: z.optional(z.number()),
    }),
  ),
})
type ImportConfig = Infer<typeof importConfigSchema>['secretImports']

/** How many rounds of import look-ups at most: a key found through an import can leave another folder short. */
const IMPORT_ROUNDS = 3

interface HiddenCompanion {
  environment: string
  secret: SecretMeta
}

const addUnreadable = (env: ReadableEnvironment, part: UnreadablePath): void => {
  ;(env.unreadablePaths ??= []).push(part)
}

export class InfisicalSource implements StoreClient<string> {
  private readonly session: Session
  /** Chosen by the first listing's answer. */
  private routes: SecretRoutes = SECRET_ROUTES.current
  /** The secret-imports route, when the listing's generation does not have its own (decided once). */
  private importRoutes: Api | undefined
  /** The folders an environment holds secrets in itself, indexed once per environment (a gap asks for each). */
  private readonly natives = new WeakMap<ReadableEnvironment, Set<string>>()
  /** The project's id: as given, or resolved from the slug given. */
  private projectId: string
  private project?: Infer<typeof projectSchema>
  /** The environments read, in column order, with their names. */
  private environments: { slug: string; name?: string }[] = []
  /**
   * The next environment's listing, downloading while the current one is parsed: two listings in memory at
   * most (20,000 secrets are ~8 MB of JSON; three at once pushed peak RSS past 200 MB).
   */
  private prefetched?: { slug: string; download: Promise<Download> }
  /** What the listings leave for complete(): companions whose dates were hidden, imports, missing prefixes. */
  private readonly hidden: HiddenCompanion[] = []
  private readonly imported = new Map<string, ImportedFolder[]>()
  /** Current servers answer a listing of a path that does not exist with 404 SecretPathNotFound: nothing there. */
  private readonly missingPrefix = new Set<string>()
  /** Listings run one after another (the next one downloading): the first decides the API generation. */
  readonly listConcurrency = 1

  constructor(
    private readonly settings: InfisicalSettings,
    private readonly ports: Ports,
  ) {
    this.session = new Session(settings, ports)
    this.projectId = settings.projectId
  }

  /** The HTTP client (its deadline, its throttling). */
  get http() {
    return this.session.http
  }

  throttling(): Throttling[] {
    return this.http.throttling()
  }

  async connect(locations: string[]): Promise<void> {
    // Said before any credential is sent: where the credentials go.
    this.ports.logger.info(
      `Infisical at ${this.settings.host} (${this.settings.auth.method === 'universal' ? 'Universal Auth' : this.settings.auth.method === 'oidc' ? 'OIDC Auth' : 'an access token given'})`,
    )
    for (const notice of this.settings.notices ?? []) this.ports.logger.info(notice)
    await this.session.login()
    const project = (this.project = await this.readProject())
    const where = `project ${project.name ?? this.projectId}`
    if (project.environments.length === 0) throw new StoreFailure('not-found', `${where} has no environments`)
    this.environments = selectEnvironments(project.environments, locations.length ? locations : undefined, where)
  }

  async locations(): Promise<string[]> {
    return this.environments.map((e) => e.slug)
  }

  nameOf(slug: string): string | undefined {
    return this.environments.find((e) => e.slug === slug)?.name
  }

  describe(): SourceInfo {
    return {
      kind: 'infisical',
      location: this.settings.host,
      projectId: this.projectId,
      ...(this.project?.name ? { projectName: this.project.name } : {}),
    }
  }

  async list(slug: string, { prefix, companionSuffix }: ListContext): Promise<Listing> {
    const download = (env: string) =>
      this.download(env, prefix).then(
        (l): Download => l,
        (error: unknown): Download => ({ error }),
      )
    let listing = await (this.prefetched?.slug === slug ? this.prefetched.download : download(slug))
    // The first listing found out which API the server has; the next one downloads while this one is parsed.
    const next = this.environments[this.environments.findIndex((e) => e.slug === slug) + 1]
    this.prefetched = next ? { slug: next.slug, download: download(next.slug) } : undefined
    if ('error' in listing && isPathNotFound(listing.error)) {
      this.missingPrefix.add(slug)
      listing = { items: [], imports: [] }
    }
    const read = this.readEnvironment(slug, prefix, companionSuffix, listing)
    this.hidden.push(...read.hiddenCompanions)
    if (!('error' in listing)) this.imported.set(slug, listing.imports)
    return read.listing
  }

  /** After the listings: hidden companion dates, then one check per folder where an environment lacks keys. */
  async complete(inventory: Inventory, { prefix }: ListContext): Promise<void> {
    await this.readCompanions(this.hidden, prefix)
    await this.checkGaps(inventory, this.imported, prefix, this.missingPrefix)
    const paced = this.http.pacedMs
    if (paced > 0)
      this.ports.logger.info(
        `Infisical at ${this.settings.host} announced its rate limits: waited ${(paced / 1000).toFixed(1)} s for them rather than be refused`,
      )
  }

  close(): Promise<void> {
    return this.session.revoke()
  }

  private get(path: string, query: Record<string, string>): Promise<unknown> {
    return this.session.get(path, query)
  }

  /** A GET on the chosen secrets API, with the project parameter it names. */
  private secrets(path: string, query: Record<string, string>): Promise<unknown> {
    return this.get(path, { [this.routes.project]: this.projectId, ...query })
  }

  /**
   * The project, by id or by slug (what Infisical/secrets-action takes): a
   * slug is resolved to the id every later request names. An unknown one says
   * which was tried.
   */
  private async readProject(): Promise<Infer<typeof projectSchema>> {
    const given = this.settings.projectId
    const bySlug = !isProjectId(given)
    const what = bySlug ? `Project slug ${given}` : `Project ${given}`
    let body: unknown
    let tried = ''
    try {
      const read = async (api: Api) => {
        const path = bySlug ? PROJECT_SLUG_ROUTES[api](given) : PROJECT_ROUTES[api].path(given)
        tried = `GET ${path}`
        const answer = (await this.get(path, {})) as Record<string, unknown> | undefined
        return bySlug ? answer : answer?.[PROJECT_ROUTES[api].field]
      }
      try {
        body = await read('current')
      } catch (err) {
        if (!isRouteNotFound(err)) throw err
        body = await read('legacy')
      }
    } catch (err) {
      if (isNotMember(err)) {
        throw new StoreFailure(
          'auth',
          `The machine identity is not a member of ${what.toLowerCase()} (403). Add it to the project with a role that can describe secrets.`,
        )
      }
      if (err instanceof HttpError && (err.status === 404 || isProjectNotFound(err.status ?? 0, err.body))) {
        const hint = bySlug ? 'check the slug (or give the project id)' : 'check the project id (a slug works too) and that the machine identity is a member'
        throw new StoreFailure('not-found', `${what} not found on ${this.settings.host} (${tried} answered ${err.status}): ${hint}`)
      }
      if (err instanceof HttpError) throw new StoreFailure('unreachable', `Cannot read ${what.toLowerCase()}: ${err.message}`)
      throw err
    }
    const parsed = projectSchema.safeParse(body)
    if (!parsed.success) throw new StoreFailure('unreachable', `Cannot read ${what.toLowerCase()}: the answer lists no environments`)
    if (bySlug) {
      if (!parsed.data.id) throw new StoreFailure('unreachable', `Cannot read ${what.toLowerCase()}: the answer has no project id`)
      this.projectId = parsed.data.id
      this.ports.logger.info(`Project slug ${given} is project ${parsed.data.id}`)
    }
    return parsed.data
  }

  /** One environment's listing as metadata; throws why it could not be read. */
  private readEnvironment(slug: string, prefix: string, suffix: string, listing: Download): { listing: Listing; hiddenCompanions: HiddenCompanion[] } {
    const name = this.nameOf(slug)
    try {
      if ('error' in listing) throw listing.error
      const raw = listing.items
      const secrets: SecretMeta[] = []
      const hiddenCompanions: HiddenCompanion[] = []
      const paths = new Map<string, string>() // a few hundred folders for tens of thousands of secrets
      for (const [i, item] of raw.entries()) {
        const meta = listedMeta(item)
        if (typeof meta === 'string') throw new HttpError(`unexpected listing shape at secrets[${i}].${meta}`, 'status')
        const { secretKey, secretPath, version, type, updatedAt } = meta
        if (type !== undefined && type !== 'shared') continue // personal overrides are not coverage
        const listedPath = secretPath
        let path = paths.get(listedPath)
        if (path === undefined) paths.set(listedPath, (path = normalizePath(listedPath)))
        if (prefix !== '/' && path !== prefix && !path.startsWith(`${prefix}/`)) continue
        const secret: SecretMeta = { path, key: secretKey, version, updatedAt }
        if (secretKey.endsWith(suffix)) {
          const date = companionDate(item)
          if (date !== undefined) secret.expiresAt = date
          else hiddenCompanions.push({ environment: slug, secret })
        }
        secrets.push(secret)
      }
      this.ports.logger.info(`${slug}: ${plural(secrets.length, 'secret')} under ${prefix}`)
      return { listing: { ...(name ? { name } : {}), secrets }, hiddenCompanions }
    } catch (err) {
      if (isNotMember(err))
        throw new StoreFailure(
          'auth',
          `The machine identity is not a member of project ${this.projectId} (403). Add it to the project with a role that can describe secrets.`,
        )
      if (isAuthExpired(err))
        throw new StoreFailure('auth', `Failed to obtain Infisical auth token: the token was refused again after a new login (${(err as HttpError).status})`)
      if (!(err instanceof HttpError)) throw err
      throw new StoreFailure(err.status === 403 ? 'denied' : err.status === 429 ? 'throttled' : 'failed', unreadableReason(err, slug, prefix))
    }
  }

  /**
   * One recursive listing, values not asked for. The API is decided by the
   * first answer that says so: a route-not-found on the current API switches
   * the table to the legacy one and asks again; a passing failure decides nothing.
   */
  private async download(environment: string, secretPath: string): Promise<{ items: unknown[]; imports: ImportedFolder[] }> {
    try {
      const body = await this.secrets(this.routes.list, listQuery(environment, secretPath))
      return { items: listedItems(body), imports: listedImports(body) }
    } catch (err) {
      if (this.routes !== SECRET_ROUTES.current || !isRouteNotFound(err)) throw err
      this.ports.logger.debug(`No ${SECRET_ROUTES.current.list} on this server; using ${SECRET_ROUTES.legacy.list}`)
      this.routes = SECRET_ROUTES.legacy
      return this.download(environment, secretPath)
    }
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
      const query = { environment, secretPath: secret.path, viewSecretValue: 'true', expandSecretReferences: 'false', type: 'shared' }
      try {
        const body = await this.secrets(this.routes.one(secret.key), query)
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
    await eachConcurrently(companions, CONCURRENCY, readOne)
  }

  /** Dates from one tag-filtered listing per environment; returns the companions still without one. */
  private async readTagged(hidden: HiddenCompanion[], prefix: string, tag: string): Promise<HiddenCompanion[]> {
    const left: HiddenCompanion[] = []
    const environments = [...new Set(hidden.map((h) => h.environment))]
    await Promise.all(
      environments.map(async (environment) => {
        const mine = hidden.filter((h) => h.environment === environment)
        const wanted = new Map(mine.map((h) => [identityKey(h.secret.path, h.secret.key), h.secret]))
        try {
          // Imports stay out: an imported secret's value is never asked for.
          const query = { ...listQuery(environment, prefix), viewSecretValue: 'true', tagSlugs: tag, include_imports: 'false' }
          for (const item of listedItems(await this.secrets(this.routes.list, query))) {
            const meta = listedMeta(item)
            if (typeof meta === 'string') continue
            // Only a wanted companion's date is kept; any other tagged value is dropped here.
            const secret = wanted.get(identityKey(normalizePath(meta.secretPath), meta.secretKey))
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
   * Where an environment lacks keys another one holds in a folder, the
   * listing alone cannot say why: the folder may not exist, the identity may
   * not read it (listings leave such secrets out without an error), or the keys
   * may reach it through a secret import. One check per such folder and
   * environment settles it (./gaps.ts), top-down so that a denied or missing
   * folder settles everything below it; none where the listing already does.
   * Keys a check could not settle are unreadable, never missing.
   */
  private async checkGaps(inventory: Inventory, imported: Map<string, ImportedFolder[]>, prefix: string, missingPrefix: Set<string>): Promise<void> {
    const states = new Map<string, FolderState>()
    const at = (slug: string, folder: string) => `${slug}\u0000${folder}`
    const readable = () => inventory.environments.filter((e): e is ReadableEnvironment => e.status === 'ok')
    for (const env of readable().filter((e) => missingPrefix.has(e.slug))) {
      states.set(at(env.slug, prefix), { state: 'missing' })
      env.missingFolders = [prefix]
    }
    const nothingAnywhere = readable().every((e) => e.secrets.length === 0)
    if (nothingAnywhere && prefix === '/') return
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      const gaps = absentByFolder(inventory)
      const todo: Gap[] = []
      for (const env of readable()) {
        const folders = new Map(gaps.get(env.slug) ?? [])
        // An environment with nothing at all is decided at the prefix first: one request for a denied or missing one.
        if (env.secrets.length === 0 && (folders.size > 0 || nothingAnywhere) && !folders.has(prefix)) folders.set(prefix, new Set())
        for (const [folder, keys] of folders) if (!states.has(at(env.slug, folder))) todo.push({ env, folder, keys })
      }
      if (!todo.length) break
      for (const depth of [...new Set(todo.map((g) => depthOf(g.folder)))].sort((a, b) => a - b)) {
        const level = todo.filter((g) => depthOf(g.folder) === depth)
        await eachConcurrently(level, CONCURRENCY, async (gap) => {
          const settled = settledAbove(states, gap.env.slug, gap.folder, at)
          states.set(at(gap.env.slug, gap.folder), settled ?? (await this.checkFolder(gap, imported.get(gap.env.slug) ?? [])))
        })
        for (const gap of level) this.apply(inventory, gap, states.get(at(gap.env.slug, gap.folder))!, prefix, imported.get(gap.env.slug) ?? [], states, at)
      }
    }
    if (!nothingAnywhere) return
    const envs = readable()
    if (envs.length && envs.every((e) => states.get(at(e.slug, prefix))?.state === 'missing')) {
      throw new StoreFailure(
        'not-found',
        `path prefix ${prefix} does not exist in any audited environment (${inventory.environments.map((e) => e.slug).join(', ')})`,
      )
    }
    if (envs.length) this.ports.logger.warning(`No secrets under ${prefix} in any audited environment`)
  }

  /** The one check a gap needs, or none where the listing settles it. */
  private async checkFolder(gap: Gap, sources: ImportedFolder[]): Promise<FolderState> {
    const { env, folder, keys } = gap
    const api = this.importsApi()
    if (!api.settlesAccess) {
      const natives = this.nativeFolders(env).has(folder)
      // Access first, from the secret itself: a denied folder costs one request and settles everything below.
      if (!natives && keys.size) {
        const access = await this.accessOf(env.slug, folder, [...keys].sort()[0]!)
        if (access.state !== 'absent') return access
      }
      // Current servers keep an import whose source the identity cannot read (its secrets empty): imports[] is
      // whole, so a readable folder whose listing names no import that could bring the keys is settled.
      const importsMatter = sources.some((s) => s.keys.length === 0 || s.keys.some((k) => keys.has(k.key)))
      if (natives && !importsMatter) return { state: 'settled' }
    }
    return this.importsOf(env.slug, folder)
  }

  private nativeFolders(env: ReadableEnvironment): Set<string> {
    let folders = this.natives.get(env)
    if (!folders) this.natives.set(env, (folders = new Set(env.secrets.filter((s) => s.via === undefined).map((s) => s.path))))
    return folders
  }

  private importsApi() {
    return IMPORT_ROUTES[this.importRoutes ?? (this.routes === SECRET_ROUTES.current ? 'current' : 'legacy')]
  }

  /** GET secret-imports for one folder: its imports, or that it is missing, denied, or could not be checked. */
  private async importsOf(environment: string, path: string): Promise<FolderState> {
    const api = this.importsApi()
    let body: unknown
    try {
      body = await this.get(api.path, { [api.project]: this.projectId, environment, path })
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      if (isRouteNotFound(err) && api === IMPORT_ROUTES.current) {
        // A server with /api/v4 but not yet /api/v2/secret-imports: the older route, once for the run.
        this.importRoutes = 'legacy'
        return this.importsOf(environment, path)
      }
      if (err.status === 403) return { state: 'denied' }
      if (isFolderNotFound(err)) return { state: 'missing' }
      return { state: 'failed', why: `the secret imports of ${environment}:${path} could not be read (${failureOf(err)})` }
    }
    const parsed = importConfigSchema.safeParse(body)
    if (!parsed.success) return { state: 'failed', why: `the secret imports of ${environment}:${path} answered an unexpected shape` }
    return { state: 'imports', config: parsed.data.secretImports }
  }

  /** Current servers: one secret's metadata (no value) says whether the identity may read the folder (403) or it is absent (404). */
  private async accessOf(environment: string, folder: string, key: string): Promise<FolderState> {
    try {
      const body = await this.secrets(SECRET_ROUTES.current.one(key), {
        environment,
        secretPath: folder,
        viewSecretValue: 'false',
        expandSecretReferences: 'false',
        type: 'shared',
      })
      const meta = listedMeta((body as { secret?: unknown } | undefined)?.secret)
      return typeof meta === 'string' ? { state: 'failed', why: `${environment}:${folder} answered an unexpected shape` } : { state: 'hidden', meta }
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      if (err.status === 403) return { state: 'denied' }
      if (err.status === 404) return { state: 'absent' }
      return { state: 'failed', why: `access to ${environment}:${folder} could not be checked (${failureOf(err)})` }
    }
  }

  /** What a check's answer means for the inventory. */
  private apply(
    inventory: Inventory,
    gap: Gap,
    answer: FolderState,
    prefix: string,
    sources: ImportedFolder[],
    states: Map<string, FolderState>,
    at: (slug: string, folder: string) => string,
  ): void {
    const { env, folder, keys } = gap
    const slug = env.slug
    const i = inventory.environments.indexOf(env)
    switch (answer.state) {
      case 'missing':
        // The topmost missing folder is the one to name.
        if (!settledAbove(states, slug, folder, at, true)) (env.missingFolders ??= []).push(folder)
        return
      case 'denied': {
        if (settledAbove(states, slug, folder, at, true)) return
        const reason = `the identity may not read secrets in ${slug}:${folder}`
        if (folder === prefix && env.secrets.length === 0)
          inventory.environments[i] = { slug, ...(env.name ? { name: env.name } : {}), status: 'unreadable', reason }
        else addUnreadable(env, { path: folder, subtree: true, reason })
        return
      }
      case 'failed':
        if (keys.size) addUnreadable(env, { path: folder, subtree: false, reason: `${answer.why}; the keys it could explain are unknown` })
        return
      case 'hidden':
        // A single read shows what the listing left out (a permission on secret names?): present, and the rest unknown.
        env.secrets.push({ path: folder, key: answer.meta.secretKey, version: answer.meta.version, updatedAt: answer.meta.updatedAt })
        if (keys.size > 1)
          addUnreadable(env, { path: folder, subtree: false, reason: `the listing of ${slug}:${folder} leaves out secrets a single read shows` })
        return
      case 'imports':
        this.resolveImports(env, folder, keys, answer.config, sources)
        return
      default:
    }
  }

  /**
   * Keys that reach the folder through its imports, first import first; a
   * native secret always wins. An import whose source is not in the listing's
   * imports[] (the 2024 builds drop an unreadable one) or comes without secrets
   * (current servers keep it, empty) leaves the keys it could bring unknown.
   */
  private resolveImports(env: ReadableEnvironment, folder: string, keys: Set<string>, config: ImportConfig, sources: ImportedFolder[]): void {
    let unreadableSource: string | undefined
    const have = new Set(env.secrets.filter((s) => s.path === folder).map((s) => s.key))
    for (const entry of config.filter((c) => !c.isReplication).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))) {
      const from = `${entry.importEnv.slug}:${normalizePath(entry.importPath)}`
      const source = sources.find((s) => `${s.environment}:${normalizePath(s.secretPath)}` === from)
      if (!source || source.keys.length === 0) {
        unreadableSource ??= from
        continue
      }
      for (const { key, version } of source.keys) {
        if (have.has(key)) continue
        have.add(key)
        env.secrets.push({ path: folder, key, ...(version !== undefined ? { version } : {}), via: from })
      }
    }
    if (unreadableSource && [...keys].some((k) => !have.has(k))) {
      addUnreadable(env, { path: folder, subtree: false, reason: `the identity may not read ${unreadableSource}, which ${env.slug}:${folder} imports` })
    }
  }
}

/** A folder of one environment where keys another environment holds are absent. */
interface Gap {
  env: ReadableEnvironment
  folder: string
  keys: Set<string>
}

/** What one check (or the listing) settled about a folder. */
type FolderState =
  | { state: 'imports'; config: ImportConfig }
  | { state: 'missing' }
  | { state: 'denied' }
  | { state: 'absent' }
  | { state: 'settled' }
  | { state: 'hidden'; meta: ListedMeta }
  | { state: 'failed'; why: string }

const depthOf = (folder: string): number => (folder === '/' ? 0 : folder.split('/').length - 1)

/** A denied or missing ancestor (or, with `strict`, one strictly above) settles a folder without a request. */
function settledAbove(
  states: Map<string, FolderState>,
  slug: string,
  folder: string,
  at: (slug: string, folder: string) => string,
  strict = false,
): FolderState | undefined {
  for (let p = strict ? parentPath(folder) : folder; ; p = parentPath(p)) {
    if (!(strict && p === folder)) {
      const state = states.get(at(slug, p))
      if (state && (state.state === 'denied' || state.state === 'missing')) return state
    }
    if (p === '/') return undefined
  }
}

/** The status or failure of an answer, in fixed words. */
const failureOf = (err: HttpError): string => (err.status ? `HTTP ${err.status}` : err.failure)
