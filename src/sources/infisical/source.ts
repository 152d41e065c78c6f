/**
 * The Infisical read flow: project environments, one recursive listing per
 * environment, companion dates, folder diagnosis. Session handles login and
 * revoke; listing.ts is where values are dropped; routes.ts holds the two API
 * generations, chosen once by the first listing.
 */
import { z, type Infer } from '../../schema.js'
import {
  covers,
  folderGaps,
  identityKey,
  joinPath,
  normalizePath,
  parentPath,
  type EnvironmentInventory,
  type Inventory,
  type ReadableEnvironment,
  type SecretMeta,
  type UnreadablePath,
} from '../../audit/inventory.js'
import { plural } from '../../render/plural.js'
import { FatalError } from '../../errors.js'
import { HttpError } from '../../http.js'
import type { Ports } from '../../ports.js'
import { eachConcurrently } from '../../pool.js'
import { selectEnvironments, type Source, type SourceOptions } from '../source.js'
import { isAuthExpired, isNotMember, isProjectNotFound, isRouteNotFound, unreadableReason } from './errors.js'
import { absentByFolder, populatedElsewhere } from './gaps.js'
import { companionDate, listedImports, listedItems, listedMeta, type ImportedFolder } from './listing.js'
import { FOLDER_ROUTES, PROJECT_ROUTES, PROJECT_SLUG_ROUTES, SECRET_IMPORTS_ROUTE, SECRET_ROUTES, isProjectId, listQuery, type Api, type SecretRoutes } from './routes.js'
import { Session } from './session.js'
import type { InfisicalSettings } from './settings.js'

/** Requests at once for the per-item reads (companions, import configurations). */
const CONCURRENCY = 8

const projectSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  environments: z.array(z.object({ slug: z.string().check(z.minLength(1)), name: z.optional(z.string()) })),
})
const folderListSchema = z.object({ folders: z.array(z.object({ name: z.string(), relativePath: z.optional(z.string()) })) })

type Listing = { items: unknown[]; imports: ImportedFolder[] } | { error: unknown }

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

export class InfisicalSource implements Source {
  private readonly session: Session
  /** Chosen by the first listing's answer. */
  private routes: SecretRoutes = SECRET_ROUTES.current
  private foldersApi: Api = 'current'
  /** The project's id: as given, or resolved from the slug given. */
  private projectId: string

  constructor(
    private readonly settings: InfisicalSettings,
    private readonly ports: Ports,
  ) {
    this.session = new Session(settings, ports)
    this.projectId = settings.projectId
  }

  /** The HTTP client, for request counts. */
  get http() {
    return this.session.http
  }

  async read(options: SourceOptions): Promise<Inventory> {
    // Said before any credential is sent: where the credentials go.
    this.ports.logger.info(`Infisical at ${this.settings.host} (${this.settings.auth.method === 'universal' ? 'Universal Auth' : this.settings.auth.method === 'oidc' ? 'OIDC Auth' : 'an access token given'})`)
    for (const notice of this.settings.notices ?? []) this.ports.logger.info(notice)
    await this.session.login()
    const project = await this.project()
    const where = `project ${project.name ?? this.projectId}`
    if (project.environments.length === 0) throw new FatalError(`${where} has no environments`)
    const environments = selectEnvironments(project.environments, options.locations, where)
    const prefix = normalizePath(options.pathPrefix ?? '/')
    // The first listing finds out which API the server has (on a current server it is the
    // first environment's answer). Then the next environment downloads while the current
    // one is parsed: two listings in memory at most (20,000 secrets are ~8 MB of JSON;
    // three at once pushed peak RSS past 200 MB).
    const settle = (p: Promise<{ items: unknown[]; imports: ImportedFolder[] }>): Promise<Listing> => p.then((l) => l, (error: unknown) => ({ error }))
    const download = (slug: string) => settle(this.list(slug, prefix))
    let pending = download(environments[0]!.slug)
    const listed = []
    const imported = new Map<string, ImportedFolder[]>()
    for (const [i, env] of environments.entries()) {
      const listing = await pending
      if (i + 1 < environments.length) pending = download(environments[i + 1]!.slug)
      listed.push(this.readEnvironment(env, prefix, options.companionSuffix, listing))
      if (!('error' in listing)) imported.set(env.slug, listing.imports)
    }
    await this.readCompanions(listed.flatMap((l) => l.hiddenCompanions), prefix)
    const inventory: Inventory = {
      source: {
        kind: 'infisical',
        location: this.settings.host,
        projectId: this.projectId,
        ...(project.name ? { projectName: project.name } : {}),
      },
      pathPrefix: prefix,
      environments: listed.map((l) => l.environment),
    }
    await this.resolveImports(inventory, imported)
    await this.checkAccess(inventory, prefix)
    await this.diagnoseFolders(inventory, prefix)
    return inventory
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
  private async project(): Promise<Infer<typeof projectSchema>> {
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
        throw new FatalError(`The machine identity is not a member of ${what.toLowerCase()} (403). Add it to the project with a role that can describe secrets.`)
      }
      if (err instanceof HttpError && (err.status === 404 || isProjectNotFound(err.status ?? 0, err.body))) {
        const hint = bySlug ? 'check the slug (or give the project id)' : 'check the project id (a slug works too) and that the machine identity is a member'
        throw new FatalError(`${what} not found on ${this.settings.host} (${tried} answered ${err.status}): ${hint}`)
      }
      if (err instanceof HttpError) throw new FatalError(`Cannot read ${what.toLowerCase()}: ${err.message}`)
      throw err
    }
    const parsed = projectSchema.safeParse(body)
    if (!parsed.success) throw new FatalError(`Cannot read ${what.toLowerCase()}: the answer lists no environments`)
    if (bySlug) {
      if (!parsed.data.id) throw new FatalError(`Cannot read ${what.toLowerCase()}: the answer has no project id`)
      this.projectId = parsed.data.id
      this.ports.logger.info(`Project slug ${given} is project ${parsed.data.id}`)
    }
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
          else hiddenCompanions.push({ environment: env.slug, secret })
        }
        secrets.push(secret)
      }
      this.ports.logger.info(`${env.slug}: ${plural(secrets.length, 'secret')} under ${prefix}`)
      return { environment: { ...named, status: 'ok', secrets }, hiddenCompanions }
    } catch (err) {
      if (isNotMember(err)) throw new FatalError(`The machine identity is not a member of project ${this.projectId} (403). Add it to the project with a role that can describe secrets.`)
      if (isAuthExpired(err)) throw new FatalError(`Failed to obtain Infisical auth token: the token was refused again after a new login (${(err as HttpError).status})`)
      if (!(err instanceof HttpError)) throw err
      return { environment: { ...named, status: 'unreadable', reason: unreadableReason(err, env.slug, prefix) }, hiddenCompanions: [] }
    }
  }

  /**
   * One recursive listing, values not asked for. The API is decided by the
   * first answer that says so: a route-not-found on the current API switches
   * the table to the legacy one and asks again; a passing failure decides nothing.
   */
  private async list(environment: string, secretPath: string): Promise<{ items: unknown[]; imports: ImportedFolder[] }> {
    try {
      const body = await this.secrets(this.routes.list, listQuery(environment, secretPath))
      return { items: listedItems(body), imports: listedImports(body) }
    } catch (err) {
      if (this.routes !== SECRET_ROUTES.current || !isRouteNotFound(err)) throw err
      this.ports.logger.debug(`No ${SECRET_ROUTES.current.list} on this server; using ${SECRET_ROUTES.legacy.list}`)
      this.routes = SECRET_ROUTES.legacy
      return this.list(environment, secretPath)
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
   * Secret imports: a key that reaches a folder through an import is present
   * there. The listing's imports[] names the imported folders but not who
   * imports them, so each folder that would otherwise miss keys has its import
   * configuration read (one request per such folder and environment). An
   * import whose source the identity cannot read is dropped from imports[] by
   * the server: that folder's absent keys are unknown, never missing.
   */
  private async resolveImports(inventory: Inventory, imported: Map<string, ImportedFolder[]>): Promise<void> {
    const checked = new Set<string>()
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      const todo = [...absentByFolder(inventory)].flatMap(([slug, folders]) =>
        [...folders].filter(([folder]) => !checked.has(`${slug}\u0000${folder}`)).map(([folder, keys]) => ({ slug, folder, keys })),
      )
      if (!todo.length) return
      for (const { slug, folder } of todo) checked.add(`${slug}\u0000${folder}`)
      await eachConcurrently(todo, CONCURRENCY, async ({ slug, folder, keys }) => {
        const env = inventory.environments.find((e): e is ReadableEnvironment => e.slug === slug && e.status === 'ok')!
        const sources = imported.get(slug) ?? []
        const config = await this.importConfig(slug, folder)
        if (!config) {
          // The configuration could not be read: keys some import brings into this environment are unknown here.
          if (sources.some((s) => s.keys.some((k) => keys.has(k.key)))) {
            addUnreadable(env, { path: folder, subtree: false, reason: `the identity may not read the secret imports of ${slug}:${folder}` })
          }
          return
        }
        let unreadableSource: string | undefined
        const have = new Set(env.secrets.filter((s) => s.path === folder).map((s) => s.key))
        // First import wins, in the folder's order; a native secret always wins (it is already held).
        for (const entry of config.filter((c) => !c.isReplication).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))) {
          const from = `${entry.importEnv.slug}:${normalizePath(entry.importPath)}`
          const source = sources.find((s) => `${s.environment}:${normalizePath(s.secretPath)}` === from)
          if (!source) {
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
          addUnreadable(env, { path: folder, subtree: false, reason: `the identity may not read ${unreadableSource}, which ${slug}:${folder} imports` })
        }
      })
    }
  }

  /** One folder's import configuration; undefined when it cannot be read. */
  private async importConfig(environment: string, path: string): Promise<ImportConfig | undefined> {
    let body: unknown
    try {
      body = await this.get(SECRET_IMPORTS_ROUTE, { [this.routes.project]: this.projectId, environment, path })
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      this.ports.logger.debug(`${environment}:${path}: secret imports could not be read (${err.status ?? err.failure})`)
      return undefined
    }
    const parsed = importConfigSchema.safeParse(body)
    if (!parsed.success) this.ports.logger.debug(`${environment}:${path}: secret imports answered an unexpected shape`)
    return parsed.success ? parsed.data.secretImports : undefined
  }

  /**
   * A recursive listing leaves out what the identity may not read, without an
   * error (an environment denied entirely answers 200 with no secrets). Where
   * an environment lacks a folder others use, one non-recursive listing of it
   * tells: a 403 makes that sub-tree (or the environment) unreadable. Then a
   * prefix that exists in no audited environment stops the run.
   */
  private async checkAccess(inventory: Inventory, prefix: string): Promise<void> {
    const readable = () => inventory.environments.filter((e): e is ReadableEnvironment => e.status === 'ok')
    const nothingAnywhere = readable().every((e) => e.secrets.length === 0)
    const gaps: [string, string[]][] = nothingAnywhere ? readable().map((e) => [e.slug, [prefix]]) : [...folderGaps(inventory)]
    for (const [slug, folders] of gaps) {
      for (const folder of folders) {
        const i = inventory.environments.findIndex((e) => e.slug === slug)
        const env = inventory.environments[i]
        if (env?.status !== 'ok') continue
        const denied = await this.denied(slug, folder)
        if (!denied) continue
        const reason = denied === 403 ? `the identity may not read secrets in ${slug}:${folder}` : `${slug}:${folder} could not be checked (${denied})`
        if (folder === prefix && env.secrets.length === 0) {
          inventory.environments[i] = { slug: env.slug, ...(env.name ? { name: env.name } : {}), status: 'unreadable', reason }
        } else addUnreadable(env, { path: folder, subtree: true, reason })
      }
    }
    if (!nothingAnywhere || prefix === '/' || readable().length === 0) return
    const exists = await Promise.all(readable().map((e) => this.folderExists(e.slug, prefix, [prefix]).then((has) => has(prefix), () => true)))
    if (!exists.some(Boolean)) {
      throw new FatalError(`path prefix ${prefix} does not exist in any audited environment (${inventory.environments.map((e) => e.slug).join(', ')})`)
    }
    this.ports.logger.warning(`No secrets under ${prefix} in any audited environment`)
  }

  /** One non-recursive listing: undefined when readable, else the status (or failure) that says why not. */
  private async denied(environment: string, folder: string): Promise<number | string | undefined> {
    try {
      await this.secrets(this.routes.list, listQuery(environment, folder, false))
      return undefined
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      if (err.status === 404) return undefined // no such folder: readable, and missing
      return err.status ?? err.failure
    }
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
      // Every folder under a gap that other environments use: the one really missing may sit deeper.
      const candidates = gaps.flatMap((gap) => (env.unreadablePaths?.some((u) => covers(u, gap)) ? [] : populatedElsewhere(inventory, slug, gap)))
      if (!candidates.length) continue
      try {
        const exists = await this.folderExists(slug, prefix, candidates)
        // The topmost missing ones: those whose parent exists.
        const missing = candidates.filter((f) => !exists(f) && (candidates.includes(parentPath(f)) ? exists(parentPath(f)) : true))
        if (missing.length) env.missingFolders = missing
      } catch (err) {
        if (!(err instanceof HttpError)) throw err
        this.ports.logger.debug(`${slug}: folder listing failed (${err.message}); folder existence left unknown`)
      }
    }
  }

  private async folderExists(environment: string, prefix: string, gaps: string[]): Promise<(folder: string) => boolean> {
    const routes = () => FOLDER_ROUTES[this.foldersApi]
    if (routes().recursive) {
      const root = prefix === '/' ? '/' : parentPath(prefix)
      try {
        const body = await this.get(routes().path, { [routes().project]: this.projectId, environment, path: root, recursive: 'true' })
        const known = new Set(folderListSchema.parse(body).folders.map((f) => joinPath(root, f.relativePath ?? f.name)))
        return (folder) => folder === '/' || known.has(folder)
      } catch (err) {
        if (!isRouteNotFound(err)) throw err
        this.foldersApi = 'legacy'
      }
    }
    // Older servers list direct children only: one call per distinct parent.
    const children = new Map<string, Set<string>>()
    for (const parent of new Set(gaps.map(parentPath))) {
      const body = await this.get(routes().path, { [routes().project]: this.projectId, environment, path: parent })
      children.set(parent, new Set(folderListSchema.parse(body).folders.map((f) => f.name)))
    }
    return (folder) => folder === '/' || (children.get(parentPath(folder))?.has(folder.slice(folder.lastIndexOf('/') + 1)) ?? false)
  }
}
