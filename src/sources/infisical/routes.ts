/**
 * Infisical's two API generations, as one table chosen once per run: current
 * servers (/api/v4/secrets, projectId) and older ones (/api/v3/secrets/raw,
 * workspaceId, which ignore viewSecretValue). Folder listings differ the same way.
 */
export type Api = 'current' | 'legacy'

export interface SecretRoutes {
  /** The listing route. */
  list: string
  /** One secret by name. */
  one(name: string): string
  /** The query parameter naming the project. */
  project: string
}

export const SECRET_ROUTES: Record<Api, SecretRoutes> = {
  current: { list: '/api/v4/secrets', one: (name) => `/api/v4/secrets/${encodeURIComponent(name)}`, project: 'projectId' },
  legacy: { list: '/api/v3/secrets/raw', one: (name) => `/api/v3/secrets/raw/${encodeURIComponent(name)}`, project: 'workspaceId' },
}

/** Projects: /api/v1/projects answers {project}; older servers only have /api/v1/workspace, answering {workspace}. */
export const PROJECT_ROUTES: Record<Api, { path: (id: string) => string; field: string }> = {
  current: { path: (id) => `/api/v1/projects/${encodeURIComponent(id)}`, field: 'project' },
  legacy: { path: (id) => `/api/v1/workspace/${encodeURIComponent(id)}`, field: 'workspace' },
}

/** A project by slug: current servers at /api/v1/projects/slug/{slug}, older ones at /api/v2/workspace/{slug}; both unwrapped. */
export const PROJECT_SLUG_ROUTES: Record<Api, (slug: string) => string> = {
  current: (slug) => `/api/v1/projects/slug/${encodeURIComponent(slug)}`,
  legacy: (slug) => `/api/v2/workspace/${encodeURIComponent(slug)}`,
}

/** Project ids are UUIDs; anything else given as the project is a slug. */
export const isProjectId = (text: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)

/** One recursive listing's query, values not asked for. */
export const listQuery = (environment: string, secretPath: string, recursive = true) => ({
  environment,
  secretPath,
  recursive: String(recursive),
  viewSecretValue: 'false',
  expandSecretReferences: 'false',
  // Secrets that reach a folder through an import are present there: the listing says which folders are imported.
  include_imports: String(recursive),
})

/**
 * A folder's import configuration, which also answers whether the folder exists (404 "Folder not found") and,
 * on the 2024 builds, whether the identity may read its secrets (403: the route checks read on secrets there).
 * Current servers serve it at /api/v2 with projectId (the /api/v1 router is deprecated and wants workspaceId) and
 * check read on secret imports instead, so there access is asked of the secret itself.
 */
export const IMPORT_ROUTES: Record<Api, { path: string; project: string; settlesAccess: boolean }> = {
  current: { path: '/api/v2/secret-imports', project: 'projectId', settlesAccess: false },
  legacy: { path: '/api/v1/secret-imports', project: 'workspaceId', settlesAccess: true },
}
