/** CSV for spreadsheets: one line per secret identity, RFC 4180, formula-injection guarded. */
import type { Report } from '../audit/report.js'
import { identityOf } from '../audit/inventory.js'
import { csvField } from './escape.js'
import { plural } from './plural.js'

function cell(c: Report['rows'][number]['cells'][string] | undefined, name: string | undefined): string {
  if (!c) return 'absent'
  if (c.state === 'present') return `${typeof c.version === 'number' ? `v${c.version}` : 'present'}${name ? ` as ${name}` : ''}${c.via ? ` via ${c.via}` : ''}`
  if (c.state === 'unreadable') return 'unreadable'
  return c.reason ? `${c.state} (${c.reason})` : c.state
}

export function renderCsv(report: Report): string {
  const slugs = report.environments.map((e) => e.slug)
  const skew = new Map(report.skew.map((s) => [identityOf(s), s]))
  const expiry = new Map<string, string[]>()
  for (const f of report.expiry) {
    const id = identityOf(f)
    expiry.set(id, [...(expiry.get(id) ?? []), `${f.env}: ${f.status}${f.expiresAt ? ` ${f.expiresAt.slice(0, 10)}` : ''}`])
  }
  const rotation = new Map<string, string[]>()
  for (const f of report.rotation) {
    const id = identityOf(f)
    rotation.set(id, [
      ...(rotation.get(id) ?? []),
      f.dueAt ? `${f.env}: due ${f.dueAt.slice(0, 10)}` : `${f.env}: ${plural(f.ageDays ?? 0, 'day')} (max ${f.maxAgeDays})`,
    ])
  }
  // Contract columns come first, as in the matrix: where each declares or uses the key.
  const contracts = (report.contracts ?? []).map((c) => c.slug)
  const header = ['path', 'key', 'status', ...contracts, ...slugs, 'missing_in', 'unexpected_in', 'class', 'skew', 'expiry', 'rotation_overdue', 'remediation']
  const lines = [header.map(csvField).join(',')]
  for (const row of report.rows) {
    const id = identityOf(row)
    const s = skew.get(id)
    const skewText = [
      s?.version ? `version gap ${s.version.gap} (${s.version.newest} v${s.version.newestVersion}, ${s.version.oldest} v${s.version.oldestVersion})` : '',
      s?.lag ? `${s.lag.stalest} ${plural(s.lag.days, 'day')} behind ${s.lag.newest}` : '',
    ]
      .filter(Boolean)
      .join('; ')
    const fields = [
      row.path,
      row.key,
      row.status,
      ...contracts.map((slug) => row.declared?.[slug] ?? ''),
      ...slugs.map((slug) => cell(row.cells[slug], row.names?.[slug])),
      row.missingIn.join(' '),
      row.unexpectedIn.join(' '),
      row.class,
      skewText,
      (expiry.get(id) ?? []).join('; '),
      (rotation.get(id) ?? []).join('; '),
      row.remediation ?? '',
    ]
    lines.push(fields.map(csvField).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}
