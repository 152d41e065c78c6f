/**
 * `discover:`: every Infisical project the identity can see becomes a target
 * named by its slug (filtered by `match`), with the block's settings. Targets
 * the file names itself keep their own settings; a project already named is
 * not added twice. A discovery that cannot list is an error of the run: a
 * silent empty list would hide every project.
 */
import { compileGlob } from '../audit/glob.js'
import { errorMessage, FatalError } from '../core/errors.js'
import type { Ports } from '../core/ports.js'
import type { OptionReader } from '../options.js'
import { networkSettings } from '../settings.js'
import { listProjects } from '../sources/infisical/projects.js'
import type { Target, TargetsFile } from './targets.js'

/** A slug as a target name: lower case, letters, digits and -, at most 63. */
const asName = (slug: string): string =>
  slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)

/** The file's targets, then the discovered ones (in the server's order), when the file asks for discovery. */
export async function withDiscovered(file: TargetsFile, base: OptionReader, ports: Ports): Promise<TargetsFile> {
  const discover = file.discover
  if (!discover) return file
  let projects
  try {
    projects = await listProjects(base, networkSettings(base), ports)
  } catch (err) {
    throw new FatalError(`${file.origin}:${discover.line}: discover: could not list the Infisical projects: ${errorMessage(err)}`, {
      file: file.origin,
      line: discover.line,
    })
  }
  const matches = discover.match ? compileGlob(discover.match) : () => true
  const named = new Set(file.targets.map((t) => t.name))
  const ids = new Set(file.targets.map((t) => t.values['infisical-project-id']).filter(Boolean))
  const found: Target[] = []
  for (const project of projects) {
    const name = asName(project.slug)
    if (!name || !matches(project.slug) || named.has(name) || ids.has(project.id)) continue
    named.add(name)
    found.push({
      name,
      ...(discover.team ? { team: discover.team } : {}),
      values: { ...discover.values, 'infisical-project-id': project.id },
      line: discover.line,
    })
  }
  ports.logger.info(
    `discover: ${projects.length} Infisical projects visible, ${found.length} added as targets${discover.match ? ` (match ${discover.match})` : ''}`,
  )
  return { ...file, targets: [...file.targets, ...found] }
}
