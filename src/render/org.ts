/**
 * The org report as markdown: one row per target (status, drift, new, expired,
 * unreadable, where its report is), then a table per team. Target names are
 * checked (`[a-z0-9-]`); team names and causes are escaped like any text.
 */
import type { OrgReport, OrgTarget, TargetStatus } from '../audit/org.js'
import { md, slack } from './escape.js'
import { plural } from './plural.js'
import type { SlackLinks, SlackMessage } from './slack.js'

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

/**
 * The org's one Slack message: only the targets with new drift or that were
 * not fully audited (failed, missing, incomplete), grouped by team. Undefined
 * when there is nothing to say.
 */
export function renderOrgSlack(org: OrgReport, links: SlackLinks): SlackMessage | undefined {
  const worth = org.targets.filter((t) => t.status === 'failed' || t.status === 'missing' || t.status === 'incomplete' || (t.counts?.newDrift ?? 0) > 0)
  if (!worth.length) return undefined
  const s = org.statuses
  const title = `Vault coverage: ${plural(worth.length, 'target')} of ${org.targets.length} need a look`
  const line = (t: OrgTarget): string => {
    const c = t.counts
    if (t.status === 'failed') return `• \`${t.name}\` FAILED: ${slack(t.cause ?? '').slice(0, 300)}`
    if (t.status === 'missing') return `• \`${t.name}\` MISSING: no report arrived`
    const parts = [c && c.newDrift ? `${plural(c.newDrift, 'new drift row')} (${c.drift} in all)` : '', t.status === 'incomplete' ? 'incomplete' : '']
    return `• \`${t.name}\` ${parts.filter(Boolean).join(', ')}`
  }
  const byTeam = new Map<string, OrgTarget[]>()
  for (const t of worth) byTeam.set(t.team ?? '', [...(byTeam.get(t.team ?? '') ?? []), t])
  const teams = [...byTeam.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${s.ok} ok · ${s.drift} with drift · ${s.incomplete} incomplete · ${s.failed} failed · ${s.missing} missing` }],
    },
  ]
  // One section per team (Slack allows 50 blocks: the last ones are folded into a count).
  for (const team of teams.slice(0, 45)) {
    const lines = byTeam.get(team)!.map(line)
    const head = `*${team ? slack(team) : 'No team'}*`
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: [head, ...lines.slice(0, 20), ...(lines.length > 20 ? [`…and ${lines.length - 20} more`] : [])].join('\n').slice(0, 3000) },
    })
  }
  if (teams.length > 45) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${teams.length - 45} more teams in the job summary` }] })
  const buttons = [
    ...(links.snapshotUrl ? [{ type: 'button', text: { type: 'plain_text', text: 'Org snapshot' }, url: links.snapshotUrl }] : []),
    { type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl },
  ]
  blocks.push({ type: 'actions', elements: buttons })
  return { text: `${title}${links.mention ? ` ${links.mention}` : ''}`, blocks }
}
