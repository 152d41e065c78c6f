/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per kind of finding, one
 * result per finding, each at a place in the repository (where a contract
 * column declares or reads the key, else the policy rule that placed it, else
 * the snapshot's line for its row), with a fingerprint that is the same for
 * the same finding on the next night. Messages are our own words around
 * names; never a value, never a server's text.
 */
import type { Report, Row } from '../audit/report.js'
import { md, mdCode } from './escape.js'

type Level = 'error' | 'warning' | 'note'

interface RuleSpec {
  name: string
  short: string
  help: string
  level: Level
}

/** The rules, one per kind, each with the remediation as its help. */
export const SARIF_RULES: Record<string, RuleSpec> = {
  missing: {
    name: 'SecretMissing',
    short: 'A secret is missing from an environment where the policy expects it.',
    help: "Provision the secret in each environment named, with that environment's own value, or change the policy if it does not belong there.",
    level: 'error',
  },
  unexpected: {
    name: 'SecretUnexpected',
    short: 'A secret is present in an environment where the policy does not expect it.',
    help: 'Remove the copy from the environments named (an account-wide token copied into staging is the usual case), or widen the policy.',
    level: 'warning',
  },
  'version-skew': {
    name: 'VersionSkew',
    short: 'Environments hold versions of a secret far apart, or changed far apart in time.',
    help: 'A credential rotated in one environment and stale in another: rotate it in the environment that lags.',
    level: 'warning',
  },
  expired: {
    name: 'SecretExpired',
    short: "A secret's expiry date has passed.",
    help: 'Rotate the credential, then update its expiry companion (KEY__EXPIRES_AT) to the new date.',
    level: 'error',
  },
  expiring: {
    name: 'SecretExpiring',
    short: 'A secret expires within the warning window.',
    help: 'Rotate the credential before it expires, then update its expiry companion.',
    level: 'warning',
  },
  'rotation-overdue': {
    name: 'RotationOverdue',
    short: "A secret is older than the policy's rotation age, or past the store's own rotation date.",
    help: 'Rotate the credential; the policy rule names the cadence (maxAgeDays or rotate).',
    level: 'warning',
  },
  undeclared: {
    name: 'SecretUndeclared',
    short: 'A store holds a secret that no contract column declares or uses.',
    help: 'Declare it (.env.example) if the application needs it, or remove it from the store.',
    level: 'note',
  },
  undocumented: {
    name: 'KeyUndocumented',
    short: 'The code reads a key that no declaring file lists.',
    help: "Document it in .env.example, or add it to the policy's contract.ignore if no store should hold it.",
    level: 'note',
  },
  unreadable: {
    name: 'Unreadable',
    short: 'An environment, a folder or a contract file could not be read: the audit is incomplete there.',
    help: "Give the audit's identity read access (list and metadata only) and re-run; nothing there was compared.",
    level: 'warning',
  },
}

export interface SarifContext {
  version: string
  /** The repository path of the markdown snapshot and its text, for findings no file of the repository names. */
  snapshot?: { path: string; markdown: string }
}

interface Location {
  file: string
  line: number
}

/** A location as the report writes it (PATH:LINE), when the path is relative and inside the repository. */
function inRepository(at: string | undefined): Location | undefined {
  const m = at ? /^(.+?):(\d+)$/.exec(at) : null
  if (!m) return undefined
  const file = m[1]!
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || /^[a-z][a-z0-9+.-]*:\/\//i.test(file) || file.split('/').includes('..')) return undefined
  return { file: file.replace(/^\.\//, ''), line: Number(m[2]) }
}

/** FNV-1a, 64 bits, of the parts: stable across runs and machines (code scanning matches alerts by it; no secrecy needed). */
function fingerprint(parts: string[]): string {
  let hash = 0xcbf29ce484222325n
  for (const byte of new TextEncoder().encode(parts.join('\u0000'))) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn
  return hash.toString(16).padStart(16, '0')
}

export function renderSarif(report: Report, context: SarifContext): string {
  const policyFile = /^[\w./-]+$/.test(report.policy.origin) && !report.policy.origin.startsWith('/') ? report.policy.origin : undefined
  // Each row's first line in the snapshot, by its path and key code spans.
  const snapshotLines = new Map<string, number>()
  if (context.snapshot) {
    context.snapshot.markdown.split('\n').forEach((text, i) => {
      const m = /^\| (`[^|]*`) \| (`[^|]*`) \|/.exec(text)
      if (m && !snapshotLines.has(`${m[1]} ${m[2]}`)) snapshotLines.set(`${m[1]} ${m[2]}`, i + 1)
    })
  }
  const rowsByKey = new Map(report.rows.map((r) => [`${r.path}\u0000${r.key}`, r]))
  const locate = (path: string, key: string, at?: string): Location | undefined => {
    const row = rowsByKey.get(`${path}\u0000${key}`)
    const declared = inRepository(at ?? Object.values(row?.declared ?? {})[0])
    if (declared) return declared
    if (row?.ruleLine && policyFile) return { file: policyFile, line: row.ruleLine }
    const line = snapshotLines.get(`${mdCode(path)} ${mdCode(key)}`)
    if (context.snapshot && line) return { file: context.snapshot.path, line }
    return context.snapshot ? { file: context.snapshot.path, line: 1 } : policyFile ? { file: policyFile, line: 1 } : undefined
  }

  const results: Record<string, unknown>[] = []
  const add = (ruleId: string, text: string, where: Location | undefined, parts: string[], properties: Record<string, unknown> = {}) => {
    results.push({
      ruleId,
      level: SARIF_RULES[ruleId]!.level,
      message: { text },
      ...(where
        ? {
            locations: [
              { physicalLocation: { artifactLocation: { uri: where.file, uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, where.line) } } },
            ],
          }
        : {}),
      partialFingerprints: { 'vcaFinding/v1': fingerprint([ruleId, ...parts]) },
      properties,
    })
  }
  const named = (row: Pick<Row, 'path' | 'key'>) => `${md(row.key)} (${md(row.path)})`
  for (const row of report.rows) {
    const owner = { ...(row.owner ? { owner: row.owner } : {}), ...(row.owners ? { owners: row.owners } : {}) }
    if (row.status === 'missing') {
      add(
        'missing',
        `${named(row)} is missing in ${row.missingIn.map(md).join(', ')}. ${md(row.remediation ?? '')}`.trim(),
        locate(row.path, row.key),
        [row.path, row.key, [...row.missingIn].sort().join(',')],
        { environments: row.missingIn, ...owner },
      )
    } else if (row.status === 'unexpected') {
      add(
        'unexpected',
        `${named(row)} is present in ${row.unexpectedIn.map(md).join(', ')}, where it is not expected. ${md(row.remediation ?? '')}`.trim(),
        locate(row.path, row.key),
        [row.path, row.key, [...row.unexpectedIn].sort().join(',')],
        { environments: row.unexpectedIn, ...owner },
      )
    }
  }
  for (const s of report.skew) {
    const envs = [s.version?.newest, s.version?.oldest, s.lag?.newest, s.lag?.stalest].filter((e): e is string => Boolean(e))
    const what = s.version
      ? `version ${s.version.newestVersion} in ${md(s.version.newest)} against ${s.version.oldestVersion} in ${md(s.version.oldest)}`
      : `changed ${s.lag!.days} days apart`
    add(
      'version-skew',
      `${named(s)}: ${what}. ${SARIF_RULES['version-skew']!.help}`,
      locate(s.path, s.key),
      [s.path, s.key, [...new Set(envs)].sort().join(',')],
      { environments: [...new Set(envs)] },
    )
  }
  for (const e of report.expiry) {
    if (e.status !== 'expired' && e.status !== 'expiring') continue
    const when = e.daysLeft === undefined ? '' : e.daysLeft < 0 ? ` ${-e.daysLeft} days ago` : ` in ${e.daysLeft} days`
    add(
      e.status,
      `${named(e)} ${e.status === 'expired' ? 'expired' : 'expires'}${when} in ${md(e.env)}. ${SARIF_RULES[e.status]!.help}`,
      locate(e.path, e.key),
      [e.path, e.key, e.env],
      {
        environments: [e.env],
      },
    )
  }
  for (const r of report.rotation) {
    const age =
      r.ageDays !== undefined && r.maxAgeDays !== undefined
        ? `: ${r.ageDays} days old, the policy allows ${r.maxAgeDays}`
        : r.dueAt
          ? `: rotation was due ${r.dueAt.slice(0, 10)}`
          : ''
    add('rotation-overdue', `${named(r)} in ${md(r.env)} is overdue for rotation${age}.`, locate(r.path, r.key), [r.path, r.key, r.env], {
      environments: [r.env],
    })
  }
  for (const f of report.contractFindings ?? []) {
    if (f.kind === 'undeclared') {
      add(
        'undeclared',
        `${named({ path: f.path ?? '/', key: f.key })} is held in ${(f.envs ?? []).map(md).join(', ')} and declared nowhere.`,
        locate(f.path ?? '/', f.key),
        [f.path ?? '/', f.key, [...(f.envs ?? [])].sort().join(',')],
      )
    } else if (f.kind === 'undocumented') {
      add('undocumented', `${md(f.key)} is read by the code and listed in no declaring file. ${SARIF_RULES.undocumented!.help}`, locate('/', f.key, f.at), [
        f.key,
      ])
    }
  }
  for (const env of report.environments) {
    if (env.status === 'unreadable')
      add('unreadable', `Environment ${md(env.slug)} could not be read: nothing in it was compared.`, locate('/', ''), [env.slug], { environments: [env.slug] })
    for (const part of env.unreadablePaths ?? []) {
      add(
        'unreadable',
        `${md(part.path)}${part.subtree ? ' and below' : ''} in ${md(env.slug)} could not be read: nothing there was compared.`,
        locate(part.path, ''),
        [env.slug, part.path],
        {
          environments: [env.slug],
        },
      )
    }
  }
  for (const c of report.contracts ?? []) {
    for (const u of c.unread ?? [])
      add('unreadable', `${md(u.file)} was not read (${md(u.reason)}): keys only it reads are unknown.`, inRepository(`${u.file}:1`), [c.slug, u.file])
  }

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vault-coverage-audit',
            version: context.version,
            rules: Object.entries(SARIF_RULES).map(([id, rule]) => ({
              id,
              name: rule.name,
              shortDescription: { text: rule.short },
              fullDescription: { text: rule.short },
              help: { text: rule.help, markdown: rule.help },
              defaultConfiguration: { level: rule.level },
            })),
          },
        },
        automationDetails: { id: 'vault-coverage-audit/' },
        results,
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
