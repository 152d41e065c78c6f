/**
 * An Infisical server of either generation, built from a small world (secrets,
 * folders, imports, denied paths) and answering as each generation's backend
 * does. The 2024 build's answers are the recorded ones (../fixtures/infisical-2024-10:
 * login 02, listings 09-11 and 45-47, secret-imports 48-49, the casl 403 of 51,
 * route-not-found 21); where nothing was recorded, the source of that build
 * (the October 2024 tree, leachtucker/infisical) is named beside the answer.
 * The current backend's answers come from Infisical/infisical main, file and
 * function named beside each. Every request is recorded by the server it is
 * mounted on (serve.ts).
 */
import { fixture } from './recorded.js'
import type { Answer, Handler, SeenRequest } from './serve.js'

export type Generation = '2024' | 'current'

export interface WorldSecret {
  path: string
  key: string
  version?: number
}

export interface World {
  generation: Generation
  projectId: string
  /** Environment slugs, in the project's order. */
  environments: string[]
  secrets: Record<string, WorldSecret[]>
  /** Folders that exist without secrets of their own (ancestors of secret paths exist anyway). */
  folders?: Record<string, string[]>
  /** `env:folder` → the folders it imports, in order (`prod:/shared`). */
  imports?: Record<string, string[]>
  /** `env:folder`: the identity may not read secrets there or below. */
  denied?: string[]
  /** Answers first where it returns one (a fault: 503, 429, a hang). */
  fault?: (req: SeenRequest) => Answer | undefined
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, body, headers: { ...JSON_TYPE, ...headers } })
const parent = (p: string) => (p.lastIndexOf('/') <= 0 ? '/' : p.slice(0, p.lastIndexOf('/')))
const under = (path: string, top: string) => top === '/' || path === top || path.startsWith(`${top}/`)
const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p)

/** Fastify's route-not-found, as fixture 21 recorded it. */
const routeNotFound = (req: SeenRequest) => answer(404, { message: `Route ${req.method}:${req.path} not found`, error: 'Not Found', statusCode: 404 })
/** The casl denial the 2024 build answers (fixture 51); current servers answer the same error name. */
const denied = () => answer(403, fixture('51-').response.body)

export function infisicalWorld(world: World): Handler {
  const current = world.generation === 'current'
  const folders = (env: string): Set<string> => {
    const set = new Set<string>(['/'])
    for (const f of [
      ...(world.secrets[env] ?? []).map((s) => s.path),
      ...(world.folders?.[env] ?? []),
      ...Object.keys(world.imports ?? {})
        .filter((k) => k.startsWith(`${env}:`))
        .map((k) => k.slice(env.length + 1)),
    ]) {
      for (let p = f; p !== '/'; p = parent(p)) set.add(p)
    }
    return set
  }
  const isDenied = (env: string, path: string) => (world.denied ?? []).some((d) => d.startsWith(`${env}:`) && under(path, d.slice(env.length + 1)))
  const item = (env: string, s: WorldSecret) => ({
    id: `${env}${s.path}/${s.key}`,
    workspace: world.projectId,
    environment: env,
    version: s.version ?? 1,
    type: 'shared',
    secretKey: s.key,
    secretPath: s.path,
    // The 2024 build ignores viewSecretValue and sends values; current ones hide them.
    secretValue: current ? '<hidden-by-infisical>' : `value-of-${env}-${s.key}-0123`,
    ...(current ? { secretValueHidden: true } : {}),
    secretComment: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    tags: [],
  })
  const importsOf = (env: string, top: string, recursive: boolean) => {
    const entries: unknown[] = []
    for (const [into, sources] of Object.entries(world.imports ?? {})) {
      const [intoEnv, intoPath] = [into.slice(0, into.indexOf(':')), into.slice(into.indexOf(':') + 1)]
      if (intoEnv !== env || !(recursive ? under(intoPath, top) : intoPath === top)) continue
      for (const source of sources) {
        const [srcEnv, srcPath] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)]
        const readable = !isDenied(srcEnv, srcPath)
        // 2024 (secret-import-fns.ts fnSecretsFromImports): an import the identity cannot read is dropped.
        // Current (secret-v2-bridge-service.ts getSecrets): it stays, with no secrets.
        if (!readable && !current) continue
        const secrets = readable ? (world.secrets[srcEnv] ?? []).filter((s) => s.path === srcPath).map((s) => item(srcEnv, s)) : []
        entries.push({
          secretPath: srcPath,
          environment: srcEnv,
          environmentInfo: { slug: srcEnv, name: srcEnv, id: srcEnv },
          folderId: `${srcEnv}${srcPath}`,
          secrets,
        })
      }
    }
    return entries
  }
  const project = { id: world.projectId, name: 'World', slug: 'world', environments: world.environments.map((slug) => ({ id: slug, name: slug, slug })) }

  return (req) => {
    const fault = world.fault?.(req)
    if (fault) return fault
    const q = req.query
    if (req.method === 'POST' && req.path === '/api/v1/auth/universal-auth/login') return answer(200, fixture('02-').response.body)
    if (req.method === 'POST' && req.path === '/api/v1/auth/token/revoke') return answer(200, { message: 'Successfully revoked access token' })
    if (req.path === `/api/v1/projects/${world.projectId}`) return current ? answer(200, { project }) : routeNotFound(req)
    if (req.path === `/api/v1/workspace/${world.projectId}`) return answer(200, { workspace: project })

    const listRoute = current ? '/api/v4/secrets' : '/api/v3/secrets/raw'
    if (req.path === '/api/v4/secrets' && !current) return routeNotFound(req)
    if (req.path === listRoute) {
      if ((current ? q.projectId : q.workspaceId) !== world.projectId) return answer(422, { statusCode: 422, message: 'project', error: 'ValidationFailure' })
      const env = q.environment!
      const top = trim(q.secretPath ?? '/')
      const recursive = q.recursive === 'true'
      // Current (secret-v2-bridge-service.ts getSecrets): a path that does not exist is 404 SecretPathNotFound.
      if (!folders(env).has(top)) {
        return current
          ? answer(404, {
              reqId: 'r',
              statusCode: 404,
              message: `Folder with path '${top}' in environment '${env}' was not found. Please ensure the environment slug and secret path is correct.`,
              error: 'SecretPathNotFound',
            })
          : answer(200, recursive ? { secrets: [] } : { secrets: [], imports: [] })
      }
      // Both generations leave out what the identity may not read, without an error (fixture 50; current: filtered).
      const secrets = (world.secrets[env] ?? [])
        .filter((s) => (recursive ? under(s.path, top) : s.path === top) && !isDenied(env, s.path))
        .map((s) => item(env, s))
      return answer(200, { secrets, ...(q.include_imports === 'true' ? { imports: importsOf(env, top, recursive) } : {}) })
    }

    // One secret's metadata (current): secret-v2-bridge-service.ts getSecretByName checks permission first, then 404.
    const one = /^\/api\/v4\/secrets\/(.+)$/.exec(req.path)
    if (one && current) {
      const env = q.environment!
      const path = trim(q.secretPath ?? '/')
      if (isDenied(env, path)) return denied()
      const secret = (world.secrets[env] ?? []).find((s) => s.path === path && s.key === decodeURIComponent(one[1]!))
      if (!secret)
        return answer(404, { reqId: 'r', statusCode: 404, message: `Secret with name '${decodeURIComponent(one[1]!)}' not found`, error: 'NotFound' })
      return answer(200, { secret: item(env, secret) })
    }

    if (req.path === '/api/v1/secret-imports' || req.path === '/api/v2/secret-imports') {
      const v2 = req.path === '/api/v2/secret-imports'
      if (v2 && !current) return routeNotFound(req)
      // Current: /api/v1 is routes/v1/deprecated-secret-import-router.ts, whose querystring requires workspaceId.
      const given = v2 ? q.projectId : q.workspaceId
      if (given !== world.projectId) return answer(422, { statusCode: 422, message: 'workspaceId: Required', error: 'ValidationFailure' })
      const env = q.environment!
      const path = trim(q.path ?? '/')
      // 2024 (secret-import-service.ts getImports): read on secrets at that path first, then the folder.
      // Current: read on secret imports (not denied in these worlds), then the folder.
      if (!current && isDenied(env, path)) return denied()
      if (!folders(env).has(path)) {
        return answer(
          404,
          current
            ? { reqId: 'r', statusCode: 404, message: `Folder with path '${path}' in environment with slug '${env}' not found`, error: 'NotFound' }
            : { statusCode: 404, message: 'Folder not found', error: 'NotFound' },
        )
      }
      const secretImports = (world.imports?.[`${env}:${path}`] ?? []).map((source, i) => ({
        id: `imp-${i}`,
        importPath: source.slice(source.indexOf(':') + 1),
        importEnv: { id: source.slice(0, source.indexOf(':')), slug: source.slice(0, source.indexOf(':')), name: source.slice(0, source.indexOf(':')) },
        position: i + 1,
        isReplication: false,
        folderId: `${env}${path}`,
      }))
      return answer(200, { message: 'Successfully fetched secret imports', secretImports })
    }
    return answer(599, { message: 'no such route in this world', error: 'TestError' })
  }
}
