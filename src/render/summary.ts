/** The job summary and the PR comment: counts and the drift section, cut to fit a byte budget. */
import type { Report } from '../audit/report.js'
import { md, mdCode } from './escape.js'
import { plural } from './plural.js'
import { expiryText, folderText, renderCounts, renderDelta, renderDriftTable } from './markdown.js'

/** Marks the one sticky PR comment this action owns. */
export const COMMENT_MARKER = '<!-- vault-coverage-audit -->'

export interface SummaryOptions {
  /** The runner drops a summary over 1 MiB whole; a PR comment holds 65,536 characters. */
  maxBytes: number
  snapshotPath: string
  snapshotUrl?: string
  runUrl: string
  marker?: boolean
}

export function renderSummary(report: Report, options: SummaryOptions): string {
  const head: string[] = []
  if (options.marker) head.push(COMMENT_MARKER)
  const c = report.counts
  head.push(`## Vault coverage: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expired or expiring`, '')
  head.push(`${mdCode(report.source.projectName ?? report.source.location, false)} · ${mdCode(report.pathPrefix, false)} · ${report.environments.map((e) => md(e.slug)).join(', ')}`, '')
  head.push(...renderCounts(report), '')
  head.push(...renderDelta(report, 20).map((l) => l.replace(/^## /, '### ')))
  for (const e of report.environments) {
    if (e.status === 'unreadable') head.push(`> **${md(e.slug)} could not be read**: ${md(e.reason ?? '')}. Rows touching it are incomplete, not drift.`, '')
    for (const part of e.unreadablePaths ?? []) {
      head.push(`> **${md(e.slug)}: ${mdCode(part.path, false)}${part.subtree ? ' and below' : ''} could not be read**: ${md(part.reason)}. Rows there are incomplete, not drift.`, '')
    }
  }
  for (const f of report.folders) head.push(`- ${folderText(f)}`)
  if (report.folders.length) head.push('')
  const expiry = report.expiry
  for (const f of expiry.slice(0, 20)) head.push(`- ${mdCode(f.path, false)} ${mdCode(f.key, false)} in ${md(f.env)}: ${md(expiryText(f, report.policy.suffix))}`)
  if (expiry.length > 20) head.push(`- …and ${plural(expiry.length - 20, 'more expiry finding')}`)
  if (expiry.length) head.push('')
  const others = [
    report.skew.length ? `${report.skew.length} with version or rotation skew` : '',
    report.rotation.length ? `${report.rotation.length} rotation overdue` : '',
  ].filter(Boolean)
  if (others.length) head.push(`Also: ${others.join(' · ')} (see the snapshot).`, '')
  for (const f of report.policyFindings.slice(0, 10)) head.push(`- policy ${f.kind}: ${md(f.detail)}`)
  if (report.policyFindings.length) head.push('')

  const snapshot = options.snapshotUrl ? `[${md(options.snapshotPath)}](${options.snapshotUrl})` : mdCode(options.snapshotPath, false)
  const foot = ['', `Full report: ${snapshot} · [workflow run](${options.runUrl})`, '']
  const build = (limit: number, cut: boolean): string => {
    const drift = c.drift ? [`### Drift (${c.drift})`, '', ...renderDriftTable(report, limit)] : ['No drift.']
    if (cut) drift.push('', `_The drift list was cut to keep this under ${Math.floor(options.maxBytes / 1024)} KiB; the snapshot has every row._`)
    return [...head, ...drift, ...foot].join('\n')
  }
  let limit = c.drift
  let text = build(limit, false)
  while (Buffer.byteLength(text) > options.maxBytes && limit > 0) {
    limit = Math.floor(limit / 2)
    text = build(limit, true)
  }
  return text
}
