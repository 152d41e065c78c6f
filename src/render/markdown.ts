/** The markdown snapshot: the canonical, committed artifact. Drift first, the full matrix last. */
import type { Cell, ExpiryFinding, FolderFinding, Report, Row, SkewFinding } from '../audit/report.js'
import { isDrift } from '../audit/report.js'
import { identityOf } from '../audit/inventory.js'
import { isoDay, md, mdCode } from './escape.js'
import { renderTrend } from './trend.js'
import { plural } from './plural.js'
import { capped, partReason, unreadParts, type UnreadPart } from './unreadable.js'

/** The one line that changes on every run; publishers ignore it when deciding whether anything changed. */
export const GENERATED_AT_PREFIX = '- Generated at: '

export const table = (header: string[], rows: string[][]): string[] => [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
]

const envs = (list: string[]): string => list.map(md).join(', ')

export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.state === 'absent') return '—'
  if (cell.state === 'disabled') return 'off'
  if (cell.state === 'unreadable') return '?'
  return `${typeof cell.version === 'number' ? `v${cell.version}` : '✓'}${cell.via ? '↙' : ''}`
}

/** The key, and each store's own name where it differs (`names: loose`): `JWT_SECRET` (azure: `jwt-secret`). */
export function keyText(row: Row): string {
  const own = Object.entries(row.names ?? {})
  return own.length ? `${mdCode(row.key)} (${own.map(([env, name]) => `${md(env)}: ${mdCode(name)}`).join(', ')})` : mdCode(row.key)
}

/** Environments a row is missing in, each with why when the store listed it unusable ("staging (disabled)"). */
function missingText(row: Row): string {
  return row.missingIn
    .map((env) => {
      const cell = row.cells[env]
      const why = cell?.state === 'disabled' ? (cell.reason ?? 'disabled') : cell?.state === 'absent' ? cell.reason : undefined
      return why ? `${md(env)} (${md(why)})` : md(env)
    })
    .join(', ')
}

export function statusText(row: Row): string {
  switch (row.status) {
    case 'missing':
      return `missing in ${missingText(row)}`
    case 'unexpected':
      return `unexpected in ${envs(row.unexpectedIn)}${row.missingIn.length ? `; missing in ${missingText(row)}` : ''}`
    case 'by-design':
      return 'by design'
    case 'incomplete':
      return 'incomplete'
    default:
      return ''
  }
}

export function skewText(finding: SkewFinding): string {
  const parts: string[] = []
  if (finding.version) {
    const v = finding.version
    parts.push(`${md(v.newest)} v${v.newestVersion} vs ${md(v.oldest)} v${v.oldestVersion} (gap ${v.gap})`)
  }
  if (finding.lag) parts.push(`${md(finding.lag.stalest)} last changed ${plural(finding.lag.days, 'day')} before ${md(finding.lag.newest)}`)
  return parts.join('; ')
}

export function expiryText(finding: ExpiryFinding, suffix = '__EXPIRES_AT'): string {
  const day = finding.expiresAt?.slice(0, 10)
  switch (finding.status) {
    case 'expired':
      return `expired on ${day} (${plural(-finding.daysLeft!, 'day')} ago)`
    case 'expiring':
      return `expires on ${day} (in ${plural(finding.daysLeft!, 'day')})`
    case 'malformed':
      return 'companion is not an ISO 8601 date'
    case 'orphan':
      return 'companion without its base key'
    case 'missing-companion':
      return `no expiry companion: add ${finding.key}${suffix} with its expiry date (the policy requires one)`
    case 'companion-missing-here':
      return 'no expiry companion here, though other environments have one'
    case 'unknown':
      return 'companion present, date not readable'
  }
}

export function folderText(finding: FolderFinding): string {
  const what = finding.isPrefix ? 'path prefix' : 'folder'
  const state = finding.kind === 'missing' ? 'does not exist' : 'holds no secrets'
  const rows = `${finding.missingRows} missing ${finding.missingRows === 1 ? 'secret' : 'secrets'}`
  return `${what} ${mdCode(finding.folder, false)} ${state} in ${md(finding.env)} (${rows})`
}

/**
 * The drift rows as a table. `compact` (the job summary, the PR comment) leaves out the columns that hold
 * one value on every row (Class, or Since on a first run): they say nothing a reader acts on.
 */
export function renderDriftTable(report: Report, limit = Infinity, compact = false): string[] {
  const drift = report.rows.filter(isDrift)
  const shown = drift.slice(0, limit)
  const columns: [string, (r: Row) => string][] = [
    ['Path', (r) => mdCode(r.path)],
    ['Key', keyText],
    ['Drift', statusText],
    ['Since', (r) => (r.firstSeen ? isoDay(r.firstSeen) : '')],
    ['Class', (r) => md(r.class)],
    // Validated mentions only (the policy's owners, CODEOWNERS); a rule's free-text owner stays a label.
    ['Owner', (r) => (r.owners ?? (r.owner ? [r.owner] : [])).map((o) => md(o)).join(', ')],
    ['Remediation', (r) => md(r.remediation ?? '')],
  ]
  const varies = (get: (r: Row) => string) => new Set(drift.map(get)).size > 1
  // The Owner column only when a drift row has one.
  const owned = drift.some((r) => r.owners?.length || r.owner)
  const kept = (compact ? columns.filter(([name, get]) => (name !== 'Since' && name !== 'Class') || varies(get)) : columns).filter(
    ([name]) => name !== 'Owner' || owned,
  )
  const lines = table(
    kept.map(([name]) => name),
    shown.map((r) => kept.map(([, get]) => get(r))),
  )
  if (drift.length > shown.length) lines.push('', `…and ${plural(drift.length - shown.length, 'more drift row')}.`)
  return lines
}

const refs = (items: { path: string; key: string }[], limit: number, extra: (i: number) => string = () => ''): string => {
  const shown = items.slice(0, limit).map((x, i) => `${mdCode(x.path, false)} ${mdCode(x.key, false)}${extra(i)}`)
  return [...shown, ...(items.length > limit ? [`…and ${items.length - limit} more`] : [])].join(', ')
}

/** Unreadable parts the snapshot lists before it points to the JSON report. */
const UNREADABLE_LINES = 50

/** Which environments are unreadable (whole, or in part), for headlines: `staging (permission denied…)`. */
export function unreadableText(report: Report): string | undefined {
  const parts = unreadParts(report)
  if (!parts.length) return undefined
  return capped(
    parts,
    3,
    (p) => `${md(p.where)}${p.path ? `:${mdCode(p.path, false)}` : ''} (${md(partReason(p))})`,
    (n) => `and ${plural(n, 'more part')}`,
  ).join('; ')
}

/** "No drift." — or, while something could not be read, what that sentence may honestly say. */
export const noDriftText = (report: Report): string => (unreadableText(report) ? 'No drift between the environments that could be read.' : 'No drift.')

/** The persisting drift: a list while short, a table folded in <details> when longer than five rows. */
function persistingLines(report: Report, limit: number): string[] {
  const p = report.history?.persistingDrift ?? []
  if (p.length === 0) return ['- Persisting (0)']
  const oldest = p.reduce((n, x) => Math.max(n, x.ageDays), 0)
  const head = `- Persisting (${p.length}), the oldest for ${plural(oldest, 'day')}`
  if (p.length <= 5) return [`${head}: ${refs(p, limit, (i) => ` since ${isoDay(p[i]!.firstSeen)} (${plural(p[i]!.ageDays, 'day')})`)}`]
  const rows = new Map(report.rows.map((r) => [identityOf(r), r]))
  const shown = p.slice(0, limit)
  return [
    head,
    '',
    `<details><summary>${plural(p.length, 'persisting drift row')}</summary>`,
    '',
    ...table(
      ['Path', 'Key', 'Environments', 'First seen', 'Age'],
      shown.map((x) => {
        const row = rows.get(identityOf(x))
        return [
          mdCode(x.path),
          mdCode(x.key),
          md([...(row?.missingIn ?? []), ...(row?.unexpectedIn ?? [])].join(', ')),
          isoDay(x.firstSeen),
          plural(x.ageDays, 'day'),
        ]
      }),
    ),
    ...(p.length > shown.length ? ['', `…and ${plural(p.length - shown.length, 'more row')}.`] : []),
    '',
    '</details>',
    '',
  ]
}

/** The delta since the previous snapshot: what a reader wants first. Empty without a previous snapshot. */
export function renderDelta(report: Report, limit = Infinity): string[] {
  const h = report.history
  if (report.historyUnavailable) {
    return ['## Since the last snapshot', '', `History unavailable: ${md(report.historyUnavailable)}. Nothing is reported as new.`, '']
  }
  if (!h) return []
  const lines = [`## Since the last snapshot (${isoDay(h.previous.generatedAt)})`, '']
  lines.push(
    `- New drift (${h.newDrift.length})${h.newDrift.length ? `: ${refs(h.newDrift, limit, (i) => ` ${h.newDrift[i]!.status}`)}` : ''}`,
    `- Resolved (${h.resolvedDrift.length})${h.resolvedDrift.length ? `: ${refs(h.resolvedDrift, limit)}` : ''}`,
    ...persistingLines(report, limit),
  )
  if (h.unverifiable) lines.push(`- Not verifiable this time (${h.unverifiable}): their environment could not be read`)
  if (h.newSkew.length) lines.push(`- New skew (${h.newSkew.length}): ${refs(h.newSkew, limit)}`)
  if (h.newlyExpiring.length)
    lines.push(
      `- Newly expired or expiring (${h.newlyExpiring.length}): ${refs(h.newlyExpiring, limit, (i) => ` ${h.newlyExpiring[i]!.status} in ${md(h.newlyExpiring[i]!.env)}`)}`,
    )
  lines.push('')
  return lines
}

export function renderCounts(report: Report): string[] {
  const c = report.counts
  const hygiene = report.contracts
    ? [
        ['Undeclared', c.undeclared],
        ['Undocumented', c.undocumented],
      ]
    : []
  return table(
    [
      'Secrets',
      'Drift',
      'Missing',
      'Unexpected',
      'By design',
      'Incomplete',
      'Skew',
      'Expired / expiring',
      'Unreadable envs',
      ...hygiene.map(([name]) => String(name)),
    ],
    [
      [
        c.rows,
        c.drift,
        c.missing,
        c.unexpected,
        c.byDesign,
        c.incomplete,
        c.skew,
        `${c.expired} / ${c.expiring - c.expired}`,
        c.unreadable,
        ...hygiene.map(([, n]) => n),
      ].map(String),
    ],
  )
}

/** Contract hygiene: what a store holds that no contract declares, what the code reads that no declaring file lists. */
export function renderContractFindings(report: Report): string[] {
  const findings = report.contractFindings ?? []
  const of = (kind: string) => findings.filter((f) => f.kind === kind)
  const out: string[] = []
  const undeclared = of('undeclared')
  out.push(`## Undeclared (${undeclared.length})`, '')
  out.push(
    ...(undeclared.length
      ? [
          'In a store, but declared and used nowhere in the contract columns: provision it in the contract, or remove it from the store.',
          '',
          ...undeclared.map((f) => `- ${mdCode(f.path ?? '/', false)} ${mdCode(f.key, false)} in ${envs(f.envs ?? [])}`),
        ]
      : ['Every stored secret is declared or used.']),
    '',
  )
  if (report.contracts?.some((c) => c.role === 'declares') && report.contracts.some((c) => c.role === 'uses')) {
    const undocumented = of('undocumented')
    const files = report.contracts.filter((c) => c.role === 'declares').map((c) => mdCode(c.label, false))
    out.push(`## Undocumented (${undocumented.length})`, '')
    out.push(
      ...(undocumented.length
        ? [
            `Read by the code, missing from ${files.join(', ')}:`,
            '',
            ...undocumented.map((f) => `- ${mdCode(f.key, false)} used at ${mdCode(f.at ?? '', false)}`),
          ]
        : [`Every key the code reads is in ${files.join(', ')}.`]),
      '',
    )
  }
  const optional = of('optional')
  if (optional.length) {
    out.push(`## Optional, provisioned nowhere (${optional.length})`, '')
    out.push('Listed commented out in a declaring file and held by no store: known, not drift.', '')
    out.push(...optional.map((f) => `- ${mdCode(f.key, false)} at ${mdCode(f.at ?? '', false)}`), '')
  }
  out.push(...renderContractNotes(report))
  const ambiguous = of('ambiguous')
  if (ambiguous.length) {
    out.push(`## Ambiguous (${ambiguous.length})`, '')
    for (const f of ambiguous)
      out.push(
        `- ${mdCode(f.key, false)} sits in ${(f.paths ?? []).map((p) => mdCode(p, false)).join(' and ')} of ${envs(f.envs ?? [])}: the contract matches each; keep one`,
      )
    out.push('')
  }
  return out
}

const ROLE_WORD = { declares: 'declared', uses: 'used', wants: 'wanted' } as const

/** Dynamic reads (and manifests' parts no key can be checked in): the contract may be incomplete. Only written keys and ignored keys: left out, and said so. */
export function renderContractNotes(report: Report, limit = 20): string[] {
  const out: string[] = []
  for (const c of report.contracts ?? []) {
    if (c.dynamicCount) {
      const manifests = c.role === 'wants'
      out.push(`## ${manifests ? 'Not checkable key by key' : 'Reads the scan could not name'} (${c.dynamicCount}, ${md(c.slug)})`, '')
      out.push(
        manifests
          ? 'These ask for a whole secret or folder, or are not plain YAML (a template, a kustomize patch): counted and named here, not guessed.'
          : `The contract may be incomplete: keys read through these are not counted. Name the helper in the column (\`?helpers=NAME\`) or list the keys in a declaring file.`,
        '',
      )
      out.push(
        ...(c.dynamic ?? [])
          .slice(0, limit)
          .map((d) => (manifests ? `- ${mdCode(d.at, false)}: ${md(d.via)}` : `- ${mdCode(d.via, false)} at ${mdCode(d.at, false)}`)),
      )
      if (c.dynamicCount > Math.min(limit, c.dynamic?.length ?? 0)) out.push(`- …and ${c.dynamicCount - Math.min(limit, c.dynamic?.length ?? 0)} more`)
      out.push('')
    }
    if (c.byName?.length) {
      out.push(`- ${md(c.slug)}: ${plural(c.byName.length, 'key')} matched by name only, at any path:`)
      out.push(...c.byName.slice(0, limit).map((b) => `  - ${mdCode(b.at, false)}: ${md(b.via)}`))
      if (c.byName.length > limit) out.push(`  - …and ${c.byName.length - limit} more`)
      out.push('')
    }
    if (c.writes?.length) {
      out.push(
        `- ${md(c.slug)}: ${plural(c.writes.length, 'key')} only written, not read (not counted): ${c.writes
          .slice(0, limit)
          .map((w) => mdCode(w.key, false))
          .join(', ')}`,
        '',
      )
    }
    if (c.ignored?.length) {
      out.push(
        `- ${md(c.slug)}: left out by the policy's \`contract.ignore\`: ${c.ignored
          .slice(0, limit)
          .map((k) => mdCode(k, false))
          .join(', ')}${c.ignored.length > limit ? ', …' : ''}`,
        '',
      )
    }
  }
  return out
}

/** Unused candidates: a list to review, never drift, with the signals each had. */
export function renderUnused(report: Report): string[] {
  const list = report.unusedCandidates
  if (!list?.length) return []
  return [
    `## Unused candidates (${list.length})`,
    '',
    "A list to review, not to delete: nothing in the repository references these, and their stores say they were not read (or, with no access signal, not changed) for the policy's unusedAfterDays. Confirm with their owners before removing one.",
    '',
    ...list
      .slice(0, 200)
      .map(
        (u) =>
          `- ${mdCode(u.path, false)} ${mdCode(u.key, false)} (${u.strength === 'unused' ? 'unused' : 'weak: no access signal'}): ${u.signals.map(md).join('; ')}`,
      ),
    ...(list.length > 200 ? [`- …and ${list.length - 200} more (the JSON report lists every one)`] : []),
    '',
  ]
}

/** The policy's exceptions that excused nothing, with where each is and the last day it excused something. */
export function renderStaleExceptions(report: Report): string[] {
  const stale = report.staleExceptions
  if (!stale?.length) return []
  return [
    `## Exceptions that excused nothing (${stale.length})`,
    '',
    "Each placed no asymmetry (or left out no key) for the policy's staleAfterDays: prune it, or it will wave a real drift through one day.",
    '',
    ...stale.map(
      (e) =>
        `- ${mdCode(`${e.file}:${e.line}`, false)} ${md(e.what)}: ${e.lastExcused ? `last excused on ${e.lastExcused}` : 'never excused anything in the history read'}`,
    ),
    '',
  ]
}

export function renderMarkdown(report: Report): string {
  const out: string[] = []
  const { source } = report
  const unread = unreadableText(report)
  out.push(`# ${unread ? 'INCOMPLETE — ' : ''}Vault coverage snapshot — ${report.generatedAt.slice(0, 10)}`, '')
  if (unread)
    out.push(`INCOMPLETE: ${unread} could not be read. Drift between the others stands; rows that only the unread part could settle are marked \`?\`.`, '')
  out.push(`${GENERATED_AT_PREFIX}${report.generatedAt}`)
  for (const store of report.sources ?? [source]) out.push(`- Source: ${md(store.kind)} (${mdCode(store.location, false)})`)
  if (source.projectId || source.projectName) {
    // The project name is the server's free text: a code span, like a secret name (no mention, no link).
    const name = source.projectName ? mdCode(source.projectName, false) : ''
    const id = source.projectId ? mdCode(source.projectId, false) : ''
    out.push(`- Project: ${[name, id && (name ? `(${id})` : id)].filter(Boolean).join(' ')}`)
  }
  out.push(`- Path prefix: ${mdCode(report.pathPrefix, false)}`)
  if (report.contracts) {
    out.push(
      `- Contract: ${report.contracts.map((c) => `${md(c.slug)} = ${mdCode(c.location ?? c.label, false)} (${plural(c.keys, 'key')} ${ROLE_WORD[c.role]}${c.optional ? `, ${c.optional} optional` : ''})`).join(', ')}`,
    )
  }
  out.push(
    `- Environments: ${report.environments.map((e) => `${md(e.slug)}${e.location ? ` = ${mdCode(e.location, false)}` : ''}${e.status === 'ok' ? '' : ' (unreadable)'}`).join(', ')}`,
  )
  const p = report.policy
  out.push(`- Policy: ${md(p.origin)} (version gap ≥ ${p.versionGap}, lag > ${plural(p.lagDays, 'day')}, warn ${plural(p.warnDays, 'day')} before expiry)`)
  out.push('', ...renderCounts(report), '')
  out.push(...renderDelta(report))
  out.push(...renderTrend(report))

  const unreadable = unreadParts(report)
  if (unreadable.length) {
    out.push('## Unreadable environments', '')
    out.push(
      'The audit is incomplete: rows are marked `?` there and none of them is counted as drift; a contract file not read may hold keys no row shows.',
      '',
    )
    const line = (p: UnreadPart) => `- ${md(p.where)}: ${p.path ? `${mdCode(p.path, false)}${p.subtree ? ' and below' : ''}: ` : ''}${md(partReason(p))}`
    out.push(...capped(unreadable, UNREADABLE_LINES, line, (n) => `- …and ${plural(n, 'more part')} (the JSON report lists every one)`))
    out.push('')
  }

  out.push(`## Drift (${report.counts.drift})`, '')
  out.push(...(report.counts.drift ? renderDriftTable(report) : [noDriftText(report)]), '')

  out.push(`## Skew (${report.skew.length})`, '')
  out.push(
    ...(report.skew.length
      ? table(
          ['Path', 'Key', 'Skew'],
          report.skew.map((s) => [mdCode(s.path), mdCode(s.key), skewText(s)]),
        )
      : ['No version or rotation skew.']),
    '',
  )

  out.push(`## Expiry (${report.expiry.length})`, '')
  out.push(
    ...(report.expiry.length
      ? table(
          ['Path', 'Key', 'Environment', 'Status', 'Detail'],
          report.expiry.map((f) => [mdCode(f.path), mdCode(f.key), md(f.env), f.status, md(expiryText(f, report.policy.suffix))]),
        )
      : ['No expired, expiring or malformed companions.']),
    '',
  )

  if (report.rotation.length) {
    // The store's own rotation dates get their column only when a store gave one.
    const due = report.rotation.some((f) => f.dueAt)
    out.push(`## Rotation overdue (${report.rotation.length})`, '')
    out.push(
      ...table(
        ['Path', 'Key', 'Environment', 'Last changed', 'Age (days)', 'Max (days)', ...(due ? ['Rotation due'] : [])],
        report.rotation.map((f) => [
          mdCode(f.path),
          mdCode(f.key),
          md(f.env),
          f.updatedAt ? isoDay(f.updatedAt) : '',
          f.ageDays === undefined ? '' : String(f.ageDays),
          f.maxAgeDays === undefined ? '' : String(f.maxAgeDays),
          ...(due ? [f.dueAt?.slice(0, 10) ?? ''] : []),
        ]),
      ),
      '',
    )
  }

  if (report.folders.length) {
    out.push(`## Folder diagnosis (${report.folders.length})`, '')
    for (const f of report.folders) out.push(`- ${folderText(f)}`)
    out.push('')
  }

  if (report.policyFindings.length) {
    out.push(`## Policy (${report.policyFindings.length})`, '')
    for (const f of report.policyFindings) out.push(`- ${f.kind}: ${md(f.detail)}`)
    out.push('')
  }

  if (report.contracts) out.push(...renderContractFindings(report))
  out.push(...renderStaleExceptions(report))
  out.push(...renderUnused(report))

  const slugs = report.environments.map((e) => e.slug)
  const contracts = (report.contracts ?? []).map((c) => c.slug)
  out.push(`## Coverage matrix (${report.rows.length})`, '')
  const matrix = report.rows.map((r) => [mdCode(r.path), keyText(r), ...slugs.map((s) => cellText(r.cells[s])), statusText(r)])
  // Symbols only some stores produce are explained only when they appear.
  let unversioned = false
  let disabled = false
  let imported = false
  for (const cells of matrix) {
    for (const text of cells) {
      unversioned ||= text.startsWith('✓')
      disabled ||= text === 'off'
      imported ||= text.endsWith('↙')
    }
  }
  const legend = [
    ...(contracts.length ? ['`✓` under a contract column: declared or used there'] : []),
    '`vN` present at version N',
    ...(unversioned ? ['`✓` present'] : []),
    ...(imported ? ['`↙` through a secret import'] : []),
    '`—` absent',
    ...(disabled ? ['`off` disabled'] : []),
    '`?` unreadable',
  ]
  out.push(legend.join(' · '), '')
  // Contract columns before the store columns: ✓ declared or used, blank not.
  const rows = matrix.map((cells, i) => [cells[0]!, cells[1]!, ...contracts.map((c) => (report.rows[i]!.declared?.[c] ? '✓' : '')), ...cells.slice(2)])
  out.push(...table(['Path', 'Key', ...contracts.map(md), ...slugs.map(md), 'Drift'], rows), '')
  return out.join('\n')
}
