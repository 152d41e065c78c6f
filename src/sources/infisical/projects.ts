/**
 * The projects an identity may read (`GET /api/v1/projects`: every project it
 * is a member of), for an org's `discover:`. Logs in as the audit would, lists
 * once, revokes the token. Only ids, slugs and names leave this function.
 */
import { StoreFailure } from '../store.js'
import type { Ports } from '../../core/ports.js'
import { z } from '../../core/schema.js'
import type { OptionReader } from '../../options.js'
import type { NetworkSettings } from '../source.js'
import { Session } from './session.js'
import { INFISICAL_OPTIONS, infisicalSettings } from './settings.js'

export interface InfisicalProject {
  id: string
  slug: string
  name: string
}

const projectsSchema = z.object({
  projects: z.array(z.object({ id: z.string().check(z.minLength(1)), slug: z.string().check(z.minLength(1)), name: z.optional(z.string()) })),
})

export async function listProjects(reader: OptionReader, network: NetworkSettings, ports: Ports): Promise<InfisicalProject[]> {
  // The settings want a project: discovery is what finds them, so none is needed to log in.
  const settings = infisicalSettings(
    { ...reader, read: (option) => (option === INFISICAL_OPTIONS.projectId ? 'discovery' : reader.read(option)), nameOf: reader.nameOf },
    network,
  )
  const session = new Session(settings, ports)
  try {
    await session.login()
    const parsed = projectsSchema.safeParse(await session.get('/api/v1/projects', {}))
    if (!parsed.success) throw new StoreFailure('failed', `The project list from ${settings.host} is not what Infisical answers (no projects with id and slug)`)
    return parsed.data.projects.map((p) => ({ id: p.id, slug: p.slug, name: p.name ?? p.slug }))
  } finally {
    await session.revoke()
  }
}
