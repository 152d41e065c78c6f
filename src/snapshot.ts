/**
 * Snapshot files: the path template (`{date}` in the file name), the dated
 * markdown snapshot and its JSON twin, and how earlier ones are recognised.
 */
import type { Report } from './audit/report.js'
import { FatalError } from './errors.js'

export const DEFAULT_SNAPSHOT_PATH = 'docs/ops/{date}-vault-coverage-snapshot.md'

export interface SnapshotFiles {
  markdownPath: string
  markdown: string
  jsonPath: string
  json: string
}

/** The same rules for every entry point: relative, no `..`, `.md`, `{date}` in the file name. */
export function checkSnapshotTemplate(template: string, name: string): string {
  const file = template.slice(template.lastIndexOf('/') + 1)
  if (template.slice(0, template.lastIndexOf('/') + 1).includes('{date}')) {
    // The history lookup lists one folder for earlier snapshots: a dated folder would hide them all.
    throw new FatalError(
      `Invalid ${name}: {date} may appear in the file name only, not in a folder (earlier snapshots are looked up in one folder), such as ${DEFAULT_SNAPSHOT_PATH}`,
    )
  }
  if (!template.endsWith('.md') || !file.includes('{date}') || template.startsWith('/') || template.split('/').includes('..')) {
    throw new FatalError(`Invalid ${name}: expected a relative path ending in .md with {date} in the file name, such as ${DEFAULT_SNAPSHOT_PATH}`)
  }
  return template
}

/** A file's page on GitHub, from the server, the repository, a commit or branch and the path: no response field needed. */
export const blobUrl = (serverUrl: string, repo: { owner: string; repo: string }, ref: string, path: string): string =>
  `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(ref)}/${path.split('/').map(encodeURIComponent).join('/')}`

/** The template with `{date}` as the report's UTC day. */
export const datedPath = (template: string, report: Report): string => template.replaceAll('{date}', report.generatedAt.slice(0, 10))

export async function snapshotFiles(report: Report, template: string): Promise<SnapshotFiles> {
  const [{ renderMarkdown }, { renderJson }] = await Promise.all([import('./render/markdown.js'), import('./render/json.js')])
  const markdownPath = datedPath(template, report)
  return { markdownPath, markdown: renderMarkdown(report), jsonPath: markdownPath.replace(/\.md$/, '.json'), json: renderJson(report) }
}

/** The folder and the file-name pattern of the JSON twins a template produces. */
export function snapshotPattern(template: string): { dir: string; match: (name: string) => string | undefined } {
  const cut = template.lastIndexOf('/')
  const dir = cut < 0 ? '.' : template.slice(0, cut)
  const file = template.slice(cut + 1).replace(/\.md$/, '.json')
  const [before = '', after = ''] = file.split('{date}')
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^${escape(before)}(\\d{4}-\\d{2}-\\d{2})${escape(after)}$`)
  return { dir, match: (name) => pattern.exec(name)?.[1] }
}
