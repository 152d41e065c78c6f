/**
 * The Slack message an on-call acts on in ten seconds: severity first in the
 * header, then labelled sections — New, Still drifting (grouped by environment
 * and folder), Expired / expiring, Resolved — each drift line with its short
 * remediation, and buttons to the snapshot and the run. No zero counts.
 * Within Slack's limits (≤ 50 blocks, ≤ 3000 characters a section, header
 * ≤ 150), with a plain-text fallback; every name escaped so nothing pings,
 * except the one mention the settings allow.
 */
import type { FolderFinding, Report, Row } from '../audit/report.js'
import { isDrift } from '../audit/report.js'
import { identityOf } from '../audit/inventory.js'
import { isoDay, slack, visible } from './escape.js'
import { plural } from './plural.js'
import { unreadParts } from './unreadable.js'

export const SLACK_MAX_BLOCKS = 50
export const SLACK_MAX_SECTION = 3000
const SLACK_MAX_HEADER = 150
/** Lines listed per section before "…and N more". */
const LINES = 15

export interface SlackLinks {
  snapshotUrl?: string
  runUrl: string
  /** Which run this is (`acme/shop · Vault coverage #42`): outside text, escaped here. */
  runName?: string
  /** The one mention a message may carry (an on-call group), already validated. */
  mention?: string
}

export interface SlackMessage {
  text: string
  blocks: Record<string, unknown>[]
}

/** A name in a code span; Slack has no escape for a backtick inside one, so it shows as ˋ. */
const code = (name: string): string => `\`${slack(name).replace(/`/g, 'ˋ')}\``
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, SLACK_MAX_SECTION) } })
const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] })
const envs = (list: string[]) => list.map(slack).join(', ')
/** `expires in 8 days`, `expires today`, `expired 3 days ago`. */
const when = (f: { status: string; daysLeft?: number }): string => {
  const d = f.daysLeft
  if (d === undefined) return f.status
  if (d > 0) return `expires in ${d} day${d === 1 ? '' : 's'}`
  if (d === 0) return f.status === 'expired' ? 'expired today' : 'expires today'
  return `expired ${-d} day${d === -1 ? '' : 's'} ago`
}

/** The short remediation a drift line carries: "provision in staging, dev", "remove from staging". */
function fix(row: Row): string {
  return [row.missingIn.length ? `provision in ${envs(row.missingIn)}` : '', row.unexpectedIn.length ? `remove from ${envs(row.unexpectedIn)}` : '']
    .filter(Boolean)
    .join('; ')
}

/** `slack:U123` → `<@U123>`, `slack:S123` → `<!subteam^S123>`; `slack:@group` stays text (a webhook cannot resolve a handle). Validated forms only. */
function slackMention(owner: string): string | undefined {
  const id = /^slack:([UWS][A-Z0-9]{2,20})$/.exec(owner)?.[1]
  if (id) return id.startsWith('S') ? `<!subteam^${id}>` : `<@${id}>`
  const handle = /^slack:(@[a-z0-9][a-z0-9._-]{0,79})$/.exec(owner)?.[1]
  return handle
}

/** One line per Slack owner of these rows: `<@U123>: `KEY`, `OTHER``. */
function slackOwners(rows: Row[]): string[] {
  const byOwner = new Map<string, string[]>()
  for (const row of rows) {
    for (const owner of row.owners ?? []) {
      const mention = slackMention(owner)
      if (mention) byOwner.set(mention, [...(byOwner.get(mention) ?? []), code(row.key)])
    }
  }
  return [...byOwner].map(([mention, keys]) => `• ${mention}: ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}`)
}

/** Who asks for a key, when a contract column does: "declared in .env.example", "used at src/x.ts:3". */
function askedBy(row: Row, report: Report): string {
  const contracts = report.contracts ?? []
  const declares = contracts.filter((c) => c.role === 'declares' && row.declared?.[c.slug]).map((c) => code(c.label))
  const uses = contracts
    .filter((c) => c.role === 'uses')
    .map((c) => row.declared?.[c.slug])
    .find(Boolean)
  if (declares.length) return ` (declared in ${declares.join(', ')}${uses ? `, used at ${code(uses)}` : ''})`
  if (uses) return ` (used at ${code(uses)}, declared nowhere)`
  const wanted = contracts
    .filter((c) => c.role === 'wants')
    .map((c) => row.declared?.[c.slug])
    .find(Boolean)
  return wanted ? ` (a manifest wants it at ${code(wanted)})` : ''
}

function driftLine(row: Row, report: Report): string {
  const where = [row.missingIn.length ? `missing in ${envs(row.missingIn)}` : '', row.unexpectedIn.length ? `unexpected in ${envs(row.unexpectedIn)}` : '']
    .filter(Boolean)
    .join(', ')
  return `• ${code(row.path)} ${code(row.key)}${askedBy(row, report)} — ${where} → ${fix(row)}`
}

/** Persisting drift grouped by environment and folder: one line per group, a missing folder said as such. */
function groupedLines(rows: Row[], folders: FolderFinding[]): string[] {
  const groups = new Map<string, { env: string; path: string; kind: 'missing' | 'unexpected'; keys: string[] }>()
  for (const row of rows) {
    for (const [kind, list] of [
      ['missing', row.missingIn],
      ['unexpected', row.unexpectedIn],
    ] as const) {
      for (const env of list) {
        // A row inside a folder the diagnosis names belongs to that folder's group.
        const inside = (folder: string) => row.path === folder || folder === '/' || row.path.startsWith(`${folder}/`)
        const folder = kind === 'missing' ? folders.find((f) => f.env === env && inside(f.folder))?.folder : undefined
        const path = folder ?? row.path
        const id = `${env}\u0000${path}\u0000${kind}`
        const group = groups.get(id) ?? { env, path, kind, keys: [] }
        group.keys.push(row.key)
        groups.set(id, group)
      }
    }
  }
  return [...groups.values()]
    .sort((a, b) => (a.env < b.env ? -1 : a.env > b.env ? 1 : a.path < b.path ? -1 : 1))
    .map(({ env, path, kind, keys }) => {
      const diagnosed = kind === 'missing' ? folders.find((f) => f.env === env && f.folder === path) : undefined
      const what = diagnosed
        ? `folder ${code(path)} ${diagnosed.kind === 'missing' ? 'missing' : 'empty'} (${plural(keys.length, 'secret')})`
        : keys.length === 1
          ? `${code(path)} ${code(keys[0]!)} ${kind}`
          : `${code(path)}: ${plural(keys.length, 'secret')} ${kind} (${keys.slice(0, 3).map(code).join(', ')}${keys.length > 3 ? ', …' : ''})`
      return `• ${slack(env)}: ${what} → ${kind === 'missing' ? `provision in ${slack(env)}` : `remove from ${slack(env)}`}`
    })
}

const listed = (lines: string[], more: (n: number) => string): string =>
  [...lines.slice(0, LINES), ...(lines.length > LINES ? [more(lines.length - LINES)] : [])].join('\n')

/** What could not be read, for the header: a whole environment, or only a part of one ("part of staging"), never the whole for a part. */
function unreadLabels(report: Report): string[] {
  const whole = new Set(report.environments.filter((e) => e.status === 'unreadable').map((e) => e.slug))
  const contracts = new Set((report.contracts ?? []).map((c) => c.slug))
  const label = (where: string): string =>
    whole.has(where) ? `${visible(where)} unreadable` : contracts.has(where) ? `files of ${visible(where)} not read` : `part of ${visible(where)} unreadable`
  return [...new Set(unreadParts(report).map((p) => label(p.where)))]
}

/**
 * The header: severity first, no zero counts. Only the outside text in it (the
 * project, the prefix, environment names) is made visible; our own emoji stay emoji.
 */
function headline(report: Report, project: string): string {
  const c = report.counts
  const where = `in ${visible(project)} ${visible(report.pathPrefix)}`
  const unread = unreadLabels(report)
  const h = report.history
  let head: string
  if (c.drift === 0) head = `No drift ${where}`
  else if (!h) head = `🔴 ${plural(c.drift, 'drift row')} ${where}`
  else if (h.newDrift.length) head = `🔴 ${h.newDrift.length} new drift · ${c.drift} total ${where}`
  else {
    const oldest = h.persistingDrift.reduce((n, p) => Math.max(n, p.ageDays), 0)
    head = `${c.drift} drift persisting (oldest ${plural(oldest, 'day')}), nothing new ${where}`
  }
  return unread.length ? `⚠️ INCOMPLETE (${unread.join(', ')}) · ${head}` : head
}

export function renderSlack(report: Report, links: SlackLinks): SlackMessage {
  const c = report.counts
  const project = report.source.projectName ?? report.source.location
  const title = headline(report, project)
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: { type: 'plain_text', text: title.slice(0, SLACK_MAX_HEADER), emoji: true } }]
  const facts = [
    links.mention,
    `${code(project)} · ${envs(report.environments.map((e) => e.slug))}`,
    links.runName ? `<${links.runUrl.replace(/[<>|]/g, encodeURIComponent)}|${slack(links.runName).replace(/\|/g, '¦')}>` : '',
    ...report.environments.filter((e) => e.status === 'unreadable').map((e) => `*${slack(e.slug)} could not be read* (${slack(e.reason ?? '')})`),
  ].filter(Boolean)
  blocks.push(section(facts.join('\n')))

  const drift = report.rows.filter(isDrift)
  const h = report.history
  const isNew = new Set((h?.newDrift ?? drift).map(identityOf))
  const fresh = drift.filter((r) => isNew.has(identityOf(r)))
  const persisting = drift.filter((r) => !isNew.has(identityOf(r)))
  if (fresh.length)
    blocks.push(
      section(
        `*${h ? 'New' : 'Drift'} (${fresh.length})*\n${listed(
          fresh.map((r) => driftLine(r, report)),
          (n) => `• …and ${n} more`,
        )}`,
      ),
    )
  // The owners of new drift only (never of drift that persists), grouped by owner: Slack ids become mentions.
  const owning = slackOwners(fresh)
  if (owning.length) blocks.push(section(`*Owners*\n${listed(owning, (n) => `• …and ${n} more owners`)}`))
  if (persisting.length) {
    const oldest = h?.persistingDrift.reduce((n, p) => Math.max(n, p.ageDays), 0) ?? 0
    blocks.push(
      section(
        `*Still drifting (${persisting.length}${oldest ? `, the oldest for ${plural(oldest, 'day')}` : ''})*\n${listed(groupedLines(persisting, report.folders), (n) => `• …and ${n} more groups`)}`,
      ),
    )
  }
  const expiring = report.expiry.filter((f) => f.status === 'expired' || f.status === 'expiring')
  if (expiring.length) {
    const lines = expiring.map(
      (f) => `• ${code(f.path)} ${code(f.key)} in ${slack(f.env)} ${when(f)}${f.expiresAt ? ` (${f.expiresAt.slice(0, 10)})` : ''} → rotate it`,
    )
    blocks.push(section(`*Expired / expiring (${expiring.length})*\n${listed(lines, (n) => `• …and ${n} more`)}`))
  }
  const also = [
    c.skew ? plural(c.skew, 'secret') + ' with skew' : '',
    c.rotationOverdue ? `${c.rotationOverdue} rotation overdue` : '',
    report.policyFindings.length ? plural(report.policyFindings.length, 'policy finding') : '',
    c.undeclared ? `${plural(c.undeclared, 'secret')} declared nowhere` : '',
    c.undocumented ? `${plural(c.undocumented, 'key')} used but not in a declaring file` : '',
    h?.resolvedDrift.length ? `✅ ${h.resolvedDrift.length} resolved since ${isoDay(h.previous.generatedAt)}` : '',
  ].filter(Boolean)
  if (also.length) blocks.push(context(also.join(' · ')))

  const buttons = [
    ...(links.snapshotUrl ? [{ type: 'button', text: { type: 'plain_text', text: 'Open snapshot' }, url: links.snapshotUrl, style: 'primary' }] : []),
    { type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl },
  ]
  blocks.push({ type: 'actions', elements: buttons })
  // The notification's own line names the run too: two audits posting to one channel are told apart there.
  const text = `${slack(title)}${links.runName ? ` · ${slack(links.runName)}` : ''}${links.mention ? ` ${links.mention}` : ''}`
  return { text, blocks: blocks.slice(0, SLACK_MAX_BLOCKS) }
}

/** The short message for a run that could not finish (exit 1) or could not read everything (exit 2). */
export function renderSlackFailure(kind: 'could-not-run' | 'incomplete', cause: string, links: SlackLinks): SlackMessage {
  const title = kind === 'could-not-run' ? '🔴 Vault coverage could not run' : '⚠️ Vault coverage INCOMPLETE'
  const blocks = [
    { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
    section([links.mention, slack(cause)].filter(Boolean).join('\n')),
    { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl }] },
  ]
  return { text: `${title}: ${slack(cause)}${links.mention ? ` ${links.mention}` : ''}`, blocks }
}
