/**
 * The org report as markdown: one row per target (status, drift, new, expired,
 * unreadable, where its report is), then a table per team. Target names are
 * checked (`[a-z0-9-]`); team names and causes are escaped like any text.
 */
import type { OrgReport, OrgTarget, TargetStatus } from '../audit/org.js'
import { md } from './escape.js'
import { plural } from './plural.js'

const STATUS: Record<TargetStatus, string> = { ok: 'ok', drift: 'drift', incomplete: 'INCOMPLETE', failed: 'FAILED', missing: 'MISSING' }

const table = (head: string[], rows: string[][]): string[] => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
]

/** `link(target)`: where a target's own report is (a section, a file), or undefined. */
export function renderOrgMarkdown(org: OrgReport, link: (target: OrgTarget) => string | undefined = () => undefined): string {
  const s = org.statuses
  const out: string[] = [`# Vault coverage: ${plural(org.targets.length, 'target')} — ${org.generatedAt.slice(0, 10)}`, '']
  const problems = [s.failed ? `${s.failed} failed` : '', s.missing ? `${s.missing} missing` : '', s.incomplete ? `${s.incomplete} incomplete` : '']
    .filter(Boolean)
    .join(', ')
  out.push(
    `${s.ok} ok, ${s.drift} with drift${problems ? `, ${problems}` : ''}. ${plural(org.counts.drift, 'drift row')} in all (${org.counts.newDrift} new), ${org.counts.expired} expired, ${plural(org.counts.unreadable, 'unreadable environment')}.`,
    '',
  )
  if (s.failed || s.missing) out.push('A failed or missing target is not "no drift": its secrets were not compared at all.', '')
  const row = (t: OrgTarget, withTeam: boolean): string[] => {
    const c = t.counts
    const where = link(t)
    return [
      where ? `[${t.name}](${where})` : t.name,
      ...(withTeam ? [t.team ? md(t.team) : ''] : []),
      STATUS[t.status],
      c ? String(c.drift) : '—',
      c ? String(c.newDrift) : '—',
      c ? String(c.expired) : '—',
      c ? String(c.unreadable + c.unreadablePaths) : '—',
      t.cause ? md(t.cause) : '',
    ]
  }
  out.push(
    ...table(
      ['Target', 'Team', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'],
      org.targets.map((t) => row(t, true)),
    ),
    '',
  )
  for (const team of org.teams) {
    out.push(`## ${md(team.team)} (${plural(team.targets.length, 'target')})`, '')
    const members = org.targets.filter((t) => t.team === team.team)
    out.push(
      ...table(
        ['Target', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'],
        members.map((t) => row(t, false)),
      ),
      '',
    )
  }
  return out.join('\n')
}
