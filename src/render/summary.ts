/**
 * The job summary and the PR comment: the headline, counts, then every
 * section under its own heading (so GitHub's renderer never runs lists of two
 * sections together), the matrix folded, all cut to fit a byte budget.
 */
import { isGitHubOwner } from '../audit/owners.js'
import { isDrift, type Report } from '../audit/report.js'
import { md, mdCode } from './escape.js'
import {
  cellText,
  keyText,
  expiryText,
  folderText,
  noDriftText,
  renderCounts,
  renderDelta,
  renderDriftTable,
  skewText,
  statusText,
  table,
  unreadableText,
} from './markdown.js'
import { plural } from './plural.js'
import { renderTrend } from './trend.js'

/** Marks the one sticky PR comment this action owns. */
export const COMMENT_MARKER = '<!-- vault-coverage-audit -->'

export interface SummaryOptions {
  /** The runner drops a summary over 1 MiB whole; a PR comment holds 65,536 characters. */
  maxBytes: number
  /** The snapshot this report refers to: the one this run commits, or (pull requests) the last committed one. */
  snapshotPath?: string
  snapshotUrl?: string
  runUrl: string
  marker?: boolean
}

const LIST_LIMIT = 20

export function renderSummary(report: Report, options: SummaryOptions): string {
  const c = report.counts
  const unread = unreadableText(report)
  const head: string[] = []
  if (options.marker) head.push(COMMENT_MARKER)
  head.push(`## ${unread ? 'INCOMPLETE — ' : ''}Vault coverage: ${plural(c.drift, 'drift row')}, ${c.skew} skew, ${c.expiring} expired or expiring`, '')
  if (unread) head.push(`INCOMPLETE: ${unread} could not be read. Drift between the others stands; rows only the unread part could settle are incomplete.`, '')
  head.push(
    `${mdCode(report.source.projectName ?? report.source.location, false)} · ${mdCode(report.pathPrefix, false)} · ${report.environments.map((e) => md(e.slug)).join(', ')}`,
    '',
  )
  head.push(...renderCounts(report), '')
  head.push(...renderDelta(report, LIST_LIMIT).map((l) => l.replace(/^## /, '### ')))
  // The chart is the job summary's; a pull-request comment stays about the pull request.
  if (!options.marker) head.push(...renderTrend(report, '###'))

  const tail: string[] = []
  const section = (title: string, lines: string[]) => lines.length && tail.push(`### ${title}`, '', ...lines, '')
  section(`Expiry (${report.expiry.length})`, [
    ...report.expiry
      .slice(0, LIST_LIMIT)
      .map((f) => `- ${mdCode(f.path, false)} ${mdCode(f.key, false)} in ${md(f.env)}: ${md(expiryText(f, report.policy.suffix))}`),
    ...(report.expiry.length > LIST_LIMIT ? [`- …and ${plural(report.expiry.length - LIST_LIMIT, 'more expiry finding')}`] : []),
  ])
  section(
    `Skew (${report.skew.length})`,
    report.skew.slice(0, LIST_LIMIT).map((s) => `- ${mdCode(s.path, false)} ${mdCode(s.key, false)}: ${skewText(s)}`),
  )
  section(
    `Rotation (${report.rotation.length})`,
    report.rotation
      .slice(0, LIST_LIMIT)
      .map(
        (f) =>
          `- ${mdCode(f.path, false)} ${mdCode(f.key, false)} in ${md(f.env)}: ${f.dueAt ? `rotation was due ${f.dueAt.slice(0, 10)}` : `${plural(f.ageDays ?? 0, 'day')} since the last change (max ${f.maxAgeDays})`}`,
      ),
  )
  section(
    `Folders (${report.folders.length})`,
    report.folders.map((f) => `- ${folderText(f)}`),
  )
  section(
    `Policy (${report.policyFindings.length})`,
    report.policyFindings.slice(0, 10).map((f) => `- ${f.kind}: ${md(f.detail)}`),
  )
  // Contract hygiene, where fail-on may include it: what no contract declares, what the code reads undocumented.
  const contract = report.contractFindings ?? []
  const listed = (kind: string, line: (f: (typeof contract)[number]) => string) => {
    const found = contract.filter((f) => f.kind === kind)
    return [...found.slice(0, LIST_LIMIT).map(line), ...(found.length > LIST_LIMIT ? [`- …and ${found.length - LIST_LIMIT} more`] : [])]
  }
  section(
    `Undeclared (${report.counts.undeclared})`,
    listed('undeclared', (f) => `- ${mdCode(f.path ?? '/', false)} ${mdCode(f.key, false)} in ${(f.envs ?? []).map(md).join(', ')}: declared and used nowhere`),
  )
  section(
    `Undocumented (${report.counts.undocumented})`,
    listed('undocumented', (f) => `- ${mdCode(f.key, false)} used at ${mdCode(f.at ?? '', false)}, in no declaring file`),
  )
  section(
    `Unused candidates (${report.unusedCandidates?.length ?? 0})`,
    (report.unusedCandidates ?? [])
      .slice(0, LIST_LIMIT)
      .map(
        (u) =>
          `- ${mdCode(u.path, false)} ${mdCode(u.key, false)}: ${u.strength === 'unused' ? 'not read' : 'not changed (no access signal)'} — a list to review, not to delete`,
      ),
  )
  section(
    `Exceptions that excused nothing (${report.staleExceptions?.length ?? 0})`,
    (report.staleExceptions ?? [])
      .slice(0, LIST_LIMIT)
      .map((e) => `- ${mdCode(`${e.file}:${e.line}`, false)} ${md(e.what)}: ${e.lastExcused ? `last excused on ${e.lastExcused}` : 'never excused anything'}`),
  )
  // Reads the scan could not name: the contract may be incomplete, and the summary says so where the gate is read.
  const dynamic = (report.contracts ?? []).filter((c) => c.dynamicCount && c.role !== 'wants')
  section(
    `Reads the scan could not name (${dynamic.reduce((n, c) => n + (c.dynamicCount ?? 0), 0)})`,
    dynamic.flatMap((c) =>
      (c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${mdCode(d.via, false)} at ${mdCode(d.at, false)}: keys read here are not counted`),
    ),
  )
  // Manifests: what no key can be checked in, and what was matched by name only.
  const manifests = (report.contracts ?? []).filter((c) => c.role === 'wants' && (c.dynamicCount || c.byName?.length))
  section(
    `Manifests not checked key by key (${manifests.reduce((n, c) => n + (c.dynamicCount ?? 0) + (c.byName?.length ?? 0), 0)})`,
    manifests.flatMap((c) => [
      ...(c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${mdCode(d.at, false)}: ${md(d.via)}`),
      ...(c.byName ?? []).slice(0, LIST_LIMIT).map((b) => `- ${mdCode(b.at, false)}: matched by name only (${md(b.via)})`),
    ]),
  )

  const snapshot = options.snapshotPath
    ? options.snapshotUrl
      ? `[${md(options.snapshotPath)}](${options.snapshotUrl})`
      : mdCode(options.snapshotPath, false)
    : undefined
  const foot = ['', `${snapshot ? `Full report: ${snapshot} · ` : ''}[workflow run](${options.runUrl})`, '']
  const slugs = report.environments.map((e) => e.slug)
  const contracts = (report.contracts ?? []).map((x) => x.slug)
  const matrix = (limit: number): string[] => {
    if (limit <= 0) return ['### Matrix', '', `The coverage matrix (${plural(report.rows.length, 'row')}) is in the snapshot.`, '']
    const rows = report.rows.slice(0, limit)
    return [
      '### Matrix',
      '',
      `<details><summary>Coverage matrix (${plural(report.rows.length, 'row')})</summary>`,
      '',
      ...table(
        ['Path', 'Key', ...contracts.map(md), ...slugs.map(md), 'Drift'],
        rows.map((r) => [
          mdCode(r.path),
          keyText(r),
          ...contracts.map((x) => (r.declared?.[x] ? '✓' : '')),
          ...slugs.map((s) => cellText(r.cells[s])),
          statusText(r),
        ]),
      ),
      ...(report.rows.length > rows.length ? ['', `…and ${plural(report.rows.length - rows.length, 'more row')}: see the snapshot.`] : []),
      '',
      '</details>',
      '',
    ]
  }
  const build = (driftLimit: number, matrixLimit: number, cut: boolean): string => {
    const drift = [`### Drift (${c.drift})`, '', ...(c.drift ? renderDriftTable(report, driftLimit, true) : [noDriftText(report)]), '']
    if (cut) drift.push(`_Cut to stay under ${Math.floor(options.maxBytes / 1024)} KiB; the snapshot has every row._`, '')
    return [...head, ...drift, ...tail, ...matrix(matrixLimit), ...foot].join('\n')
  }
  // Drop the matrix first, then halve the drift list, until the text fits.
  let text = build(c.drift, report.rows.length, false)
  for (let m = report.rows.length; Buffer.byteLength(text) > options.maxBytes && m > 0;) {
    m = m > 50 ? Math.floor(m / 2) : 0
    text = build(c.drift, m, m < report.rows.length)
  }
  for (let limit = c.drift; Buffer.byteLength(text) > options.maxBytes && limit > 0;) {
    limit = Math.floor(limit / 2)
    text = build(limit, 0, true)
  }
  return text
}

/**
 * For the pull-request comment: the GitHub owners of the drift this pull request introduces (new drift only), as
 * mentions, grouped by owner. Owners are validated forms (`@user`, `@org/team`); keys are code spans.
 */
export function renderPrOwners(report: Report): string {
  const fresh = new Set((report.history?.newDrift ?? report.rows.filter(isDrift)).map((r) => `${r.path}\u0000${r.key}`))
  const byOwner = new Map<string, string[]>()
  for (const row of report.rows) {
    if (!isDrift(row) || !fresh.has(`${row.path}\u0000${row.key}`)) continue
    for (const owner of row.owners ?? []) {
      if (isGitHubOwner(owner)) byOwner.set(owner, [...(byOwner.get(owner) ?? []), mdCode(row.key, false)])
    }
  }
  if (!byOwner.size) return ''
  const lines = [...byOwner]
    .slice(0, 20)
    .map(([owner, keys]) => `- ${owner}: ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}`)
  return `\n**Owners of the drift this pull request introduces**\n\n${lines.join('\n')}\n`
}
