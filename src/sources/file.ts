/** The file source: an inventory JSON (the demo's and the tests' format, documented in README). */
import { z, type Infer } from '../core/schema.js'
import { normalizePath, type EnvironmentInventory, type Inventory } from '../audit/inventory.js'
import { FatalError, errorMessage } from '../core/errors.js'
import { defineKind, selectEnvironments, type Source, type SourceOptions } from './source.js'

const nonEmpty = () => z.string().check(z.minLength(1))

const secretSchema = z.strictObject(
  {
    path: z.string().check(z.startsWith('/', 'expected an absolute folder path such as /MooseQuest/heroku')),
    key: nonEmpty(),
    // A counter, or an opaque version id; absent where the store has none.
    version: z.optional(z.union([z.int().check(z.minimum(0)), nonEmpty()])),
    updatedAt: z.optional(z.iso.datetime({ offset: true })),
    // On a companion: its date text. On any other secret: the store's native expiry.
    expiresAt: z.optional(z.string()),
    rotationDue: z.optional(z.union([z.iso.datetime({ offset: true }), z.iso.date()])),
    unusable: z.optional(z.strictObject({ state: z.enum(['disabled', 'absent']), reason: nonEmpty() })),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.join(', ')}: inventory files hold metadata only (path, key, version, updatedAt, expiresAt, rotationDue, unusable)`
        : undefined,
  },
)

// One object with either `secrets` or `unreadable`: a union would hide which field was wrong.
const environmentSchema = z
  .strictObject({
    slug: nonEmpty(),
    name: z.optional(z.string()),
    secrets: z.optional(z.array(secretSchema)),
    missingFolders: z.optional(z.array(z.string())),
    unreadable: z.optional(nonEmpty()),
  })
  .check(
    z.refine((e) => (e.secrets === undefined) !== (e.unreadable === undefined), {
      message: 'expected either "secrets" (a list) or "unreadable" (the reason), not both or neither',
    }),
  )

export const inventoryFileSchema = z.strictObject({
  project: z.optional(z.strictObject({ id: z.optional(z.string()), name: z.optional(z.string()) })),
  pathPrefix: z.optional(z.string()),
  environments: z.array(environmentSchema).check(
    z.minLength(1, 'expected at least one environment'),
    z.refine((envs) => new Set(envs.map((e) => e.slug)).size === envs.length, 'environment slugs must be unique'),
  ),
})

export type InventoryFile = Infer<typeof inventoryFileSchema>

/** A column location `PATH#ENV`: the file, and the environment slug in it. */
const splitLocation = (location: string): { path: string; slug: string } => {
  const hash = location.lastIndexOf('#')
  return { path: location.slice(0, hash), slug: location.slice(hash + 1) }
}

/** `file:PATH`: an inventory JSON, no credentials. As a column, `NAME=file:PATH[#ENV]` (ENV defaults to NAME). */
export const fileProvider = defineKind<{ path?: string }>({
  kind: 'file',
  usage: 'file:PATH[#ENV]',
  source: { usage: 'file:PATH', location: 'required', bare: (path, name) => `${path}#${name}` },
  location: (text, column) => {
    const { path, slug } = text.includes('#') ? splitLocation(text) : { path: text, slug: column }
    if (!path) return { expected: 'a file path' }
    if (!/^[A-Za-z0-9_-]+$/.test(slug)) return { expected: 'an environment slug after #' }
    return { location: `${path}#${slug}` }
  },
  options: {},
  settings: (_reader, location) => (location ? { path: location } : {}),
  credentials: () => [],
  create: async (settings, ports) => new FileSource(settings.path, ports.readText),
})

export class FileSource implements Source {
  constructor(
    /** The `--source` file: read whole when no locations are asked for. */
    private readonly path: string | undefined,
    private readonly readText: (path: string) => Promise<string>,
  ) {}

  async read(options: SourceOptions): Promise<Inventory> {
    if (!options.locations) return this.readFile(this.path!, options)
    // Each file once, with the environments asked of it; each environment's slug becomes its location.
    const byPath = new Map<string, string[]>()
    for (const { path, slug } of options.locations.map(splitLocation)) byPath.set(path, [...(byPath.get(path) ?? []), slug])
    const files = new Map(
      await Promise.all([...byPath].map(async ([path, slugs]) => [path, await this.readFile(path, { ...options, locations: slugs })] as const)),
    )
    const first = files.values().next().value!
    return {
      ...first,
      source: { ...first.source, location: [...files.keys()].join(', ') },
      environments: options.locations.map((location) => {
        const { path, slug } = splitLocation(location)
        return { ...files.get(path)!.environments.find((e) => e.slug === slug)!, slug: location }
      }),
    }
  }

  private async readFile(path: string, options: SourceOptions): Promise<Inventory> {
    let text: string
    try {
      text = await this.readText(path)
    } catch (err) {
      throw new FatalError(`Cannot read inventory file ${path}: ${errorMessage(err)}`)
    }
    return parseInventoryFile(text, path, options)
  }
}

export function parseInventoryFile(text: string, origin: string, options: Pick<SourceOptions, 'locations' | 'pathPrefix'>): Inventory {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    // Never the parser's message: it quotes the text, and a file named by a pull request may hold anything.
    throw new FatalError(`${origin}: not valid JSON`)
  }
  const parsed = inventoryFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : '(top level)'
    throw new FatalError(`${origin}: ${where}: ${issue.message}`)
  }
  const file = parsed.data
  const prefix = normalizePath(options.pathPrefix ?? file.pathPrefix ?? '/')
  const under = (path: string): boolean => prefix === '/' || path === prefix || path.startsWith(`${prefix}/`)
  const environments: EnvironmentInventory[] = selectEnvironments(file.environments, options.locations, origin).map((env) =>
    env.unreadable !== undefined || env.secrets === undefined
      ? { slug: env.slug, ...(env.name ? { name: env.name } : {}), status: 'unreadable', reason: env.unreadable ?? 'unreadable' }
      : {
          slug: env.slug,
          ...(env.name ? { name: env.name } : {}),
          status: 'ok',
          secrets: env.secrets.map((s) => ({ ...s, path: normalizePath(s.path) })).filter((s) => under(s.path)),
          ...(env.missingFolders ? { missingFolders: env.missingFolders.map(normalizePath) } : {}),
        },
  )
  return {
    source: {
      kind: 'file',
      location: origin,
      ...(file.project?.id ? { projectId: file.project.id } : {}),
      ...(file.project?.name ? { projectName: file.project.name } : {}),
    },
    pathPrefix: prefix,
    environments,
  }
}
