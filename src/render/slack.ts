/**
 * The Slack message: Block Kit within Slack's limits (≤ 50 blocks, ≤ 3000
 * characters a section, header ≤ 150), a plain-text fallback, and every
 * name escaped so `<!channel>` pings no one.
 */
import type { Report } from '../audit/report.js'
import { isDrift } from '../audit/report.js'
import { isoDay, slack, visible } from './escape.js'

export const SLACK_MAX_BLOCKS = 50
export const SLACK_MAX_SECTION = 3000
const SLACK_MAX_HEADER = 150

export interface SlackLinks {
  snapshotUrl?: string
  runUrl: string
}

export interface SlackMessage {
  text: string
  blocks: Record<string, unknown>[]
}

/** A name in a code span; Slack has no escape for a backtick inside one, so it shows as ˋ. */
const code = (name: string): string => `\`${slack(name).replace(/`/g, 'ˋ')}\``
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } })
const link = (url: string, label: string) => `<${url.replace(/[<>|]/g, encodeURIComponent)}|${label}>`

function driftLine(row: Report['rows'][number]): string {
  const where = row.status === 'unexpected' ? `unexpected in ${row.unexpectedIn.map(slack).join(', ')}` : `missing in ${row.missingIn.map(slack).join(', ')}`
  return `• ${code(row.path)} ${code(row.key)} — ${where}`
}

export function renderSlack(report: Report, links: SlackLinks): SlackMessage {
  const c = report.counts
  const project = report.source.projectName ?? report.source.location
  const title = visible(`Vault coverage: ${c.drift} drift in ${project} ${report.pathPrefix}`)
  // The header is plain_text (never parsed for mentions); the fallback text is mrkdwn, so it is escaped.
  const text = `Vault coverage: ${c.drift} drift in ${slack(project)} ${slack(report.pathPrefix)} (${c.skew} skew, ${c.expiring} expired or expiring, ${c.unreadable} unreadable)`

  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: title.slice(0, SLACK_MAX_HEADER), emoji: false } },
    section(
      [
        `*Drift* ${c.drift} (${c.missing} missing, ${c.unexpected} unexpected) · *Skew* ${c.skew} · *Expired/expiring* ${c.expiring} · *Unreadable* ${c.unreadable}`,
        `Environments: ${report.environments.map((e) => (e.status === 'ok' ? slack(e.slug) : `${slack(e.slug)} (unreadable)`)).join(', ')}`,
      ].join('\n'),
    ),
  ]
  const h = report.history
  if (h) {
    const delta = [
      `*Since ${isoDay(h.previous.generatedAt)}:* ${h.newDrift.length} new, ${h.resolvedDrift.length} resolved, ${h.persistingDrift.length} persisting`,
      ...h.newDrift.slice(0, 10).map((d) => `• new: ${code(d.path)} ${code(d.key)} ${d.status}`),
      ...(h.newDrift.length > 10 ? [`• …and ${h.newDrift.length - 10} more new`] : []),
      ...h.resolvedDrift.slice(0, 5).map((d) => `• resolved: ${code(d.path)} ${code(d.key)}`),
      ...(h.resolvedDrift.length > 5 ? [`• …and ${h.resolvedDrift.length - 5} more resolved`] : []),
    ]
    blocks.push(section(delta.join('\n').slice(0, SLACK_MAX_SECTION)))
  }
  const expiring = report.expiry.filter((f) => f.status === 'expired' || f.status === 'expiring')
  const findings = [
    ...expiring.slice(0, 10).map((f) => `• ${code(f.path)} ${code(f.key)} ${f.status} in ${slack(f.env)}${f.expiresAt ? ` (${f.expiresAt.slice(0, 10)})` : ''}`),
    ...(expiring.length > 10 ? [`• …and ${expiring.length - 10} more expired or expiring`] : []),
    ...(c.rotationOverdue ? [`• ${c.rotationOverdue} rotation overdue`] : []),
    ...(report.policyFindings.length ? [`• ${report.policyFindings.length} policy findings (unused rules, expired exceptions…)`] : []),
  ]
  if (findings.length) blocks.push(section(findings.join('\n').slice(0, SLACK_MAX_SECTION)))

  const footer = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: [links.snapshotUrl ? link(links.snapshotUrl, 'Snapshot') : '', link(links.runUrl, 'Workflow run')].filter(Boolean).join(' · ') }],
  }
  // Pack drift lines into sections of ≤ 3000 characters; keep room for "…and N more" and the footer.
  const chunks: { lines: string[]; length: number }[] = []
  const drift = report.rows.filter(isDrift)
  for (const row of drift) {
    const line = driftLine(row).slice(0, SLACK_MAX_SECTION)
    const last = chunks.at(-1)
    if (last && last.length + 1 + line.length <= SLACK_MAX_SECTION) {
      last.lines.push(line)
      last.length += 1 + line.length
    } else chunks.push({ lines: [line], length: line.length })
  }
  const taken = chunks.slice(0, SLACK_MAX_BLOCKS - blocks.length - 2)
  for (const chunk of taken) blocks.push(section(chunk.lines.join('\n')))
  const shown = taken.reduce((n, chunk) => n + chunk.lines.length, 0)
  if (shown < drift.length) {
    const where = links.snapshotUrl ? `in the ${link(links.snapshotUrl, 'snapshot')}` : `in the ${link(links.runUrl, 'workflow run')}`
    blocks.push(section(`…and ${drift.length - shown} more ${where}.`))
  }
  blocks.push(footer)
  return { text, blocks }
}
