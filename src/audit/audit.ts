/**
 * audit(): inventory + policy + clock → Report. Pure: no network, filesystem,
 * environment or wall clock in here (the clock is the `now` argument).
 */
import type { Policy, Rule } from '../core/policy.js'
import { classifier as buildClassifier } from './classify.js'
import { matchContracts } from './contract.js'
import { compileGlob } from './glob.js'
import { isOwner, ownerLookup } from './owners.js'
import { staleExceptions } from './exceptions.js'
import { unusedCandidates } from './unused.js'
import { buildRow, collect, keyForm, type Identity } from './coverage.js'
import { findExpiry, findRotation } from './expiry.js'
import { applyHistory, type HistoryInput } from './history.js'
import { folderGaps, identityKey, normalizePath, type Inventory } from './inventory.js'
import {
  SCHEMA_VERSION,
  isDrift,
  type Counts,
  type ExpiryFinding,
  type FolderFinding,
  type PolicyFinding,
  type Report,
  type RotationFinding,
  type Row,
  type SkewFinding,
} from './report.js'
import { findSkew } from './skew.js'
import { buildTrend } from './trend.js'

export interface AuditOptions {
  /** The repository's CODEOWNERS, for rows a contract file names: the owners of a file, or undefined. */
  codeowners?: (file: string) => string[] | undefined
  /** The nights the trend covers (this one included); 0 or absent: no trend. */
  trendNights?: number
}

export function audit(inventory: Inventory, policy: Policy, now: Date, history: HistoryInput = {}, options: AuditOptions = {}): Report {
  const environments = inventory.environments.map((e) => e.slug)
  const unreadable = new Set(inventory.environments.filter((e) => e.status === 'unreadable').map((e) => e.slug))
  const readable = environments.filter((e) => !unreadable.has(e))
  const unreadablePaths = new Map(
    inventory.environments.flatMap((e) => (e.status === 'ok' && e.unreadablePaths?.length ? [[e.slug, e.unreadablePaths] as const] : [])),
  )
  const classifier = buildClassifier(policy, environments, now.toISOString().slice(0, 10))
  const collected = collect(inventory, policy.expiry.suffix, policy.names)
  const { companions } = collected
  const form = keyForm(policy.names)
  const contracts = inventory.contracts ?? []
  const ignoreGlobs = policy.contract.ignore.map(compileGlob)
  const githubColumns = inventory.environments.filter((e) => e.workflowSecrets).map((e) => e.slug)
  const {
    identities,
    findings: contractFindings,
    ignored,
  } = matchContracts(collected.identities, contracts, {
    form,
    prefix: normalizePath(inventory.pathPrefix),
    ignored: (key) => ignoreGlobs.some((matches) => matches(key)),
    githubColumns,
  })

  const rows: Row[] = []
  const skew: SkewFinding[] = []
  const expiry: ExpiryFinding[] = []
  const rotation: RotationFinding[] = []
  const expiredExceptions = new Set<Rule>()
  const expiryContext = { environments: readable, now, warnDays: policy.expiry.warnDays }

  const ownersOf = ownerLookup(policy.owners ?? [])
  for (const identity of identities) {
    const { row, classification } = buildRow(identity, { environments, unreadable, unreadablePaths, classifier, suffix: policy.expiry.suffix })
    // The most specific owners: the policy's map, a rule's owner that is a mention, else CODEOWNERS of the contract file.
    const file = Object.values(row.declared ?? {})[0]?.replace(/:\d+$/, '')
    const owners =
      ownersOf(row.path, row.key) ??
      (row.owner && isOwner(row.owner) ? [row.owner] : undefined) ??
      (file && options.codeowners ? options.codeowners(file) : undefined)
    if (owners?.length) row.owners = owners
    rows.push(row)
    if (classification.expiredException) expiredExceptions.add(classification.expiredException)
    const skewed = findSkew(identity, readable, policy.skew.versionGap, policy.skew.lagDays)
    if (skewed) skew.push(skewed)
    const id = identityKey(identity.path, form(identity.key))
    const companion = companions.get(id)
    companions.delete(id)
    const requireExpiry = classification.rule?.requireExpiry ?? false
    const native = nativeDates(identity)
    if (companion || requireExpiry || native.expiry) expiry.push(...findExpiry(identity, companion, { ...expiryContext, requireExpiry }))
    const maxAgeDays = classification.rule?.maxAgeDays
    if (maxAgeDays !== undefined || native.rotation) rotation.push(...findRotation(identity, readable, now, maxAgeDays))
  }
  // Companions left over have no base key in any environment.
  for (const orphan of [...companions.values()].sort(byPathThenKey)) {
    expiry.push(...findExpiry(undefined, orphan, { ...expiryContext, requireExpiry: false }))
  }

  const folders = diagnoseFolders(inventory, rows)
  const unused = unusedCandidates(identities, new Set(inventory.environments.filter((e) => e.status === 'ok' && e.tracksAccess).map((e) => e.slug)), {
    now,
    days: policy.unusedAfterDays,
    hasContracts: contracts.length > 0,
    ignored: (key) => ignoreGlobs.some((matches) => matches(key)),
  })
  const exceptions = staleExceptions(policy, {
    rows,
    ignoredKeys: [...ignored.values()].flat(),
    compile: compileGlob,
    environments,
    today: now.toISOString().slice(0, 10),
    ...(history.previous?.exceptionsExcused ? { previous: history.previous.exceptionsExcused } : {}),
  })
  const policyFindings = policyHygiene(rows, classifier.unusedRules(), expiredExceptions)
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    source: inventory.source,
    ...(inventory.sources ? { sources: inventory.sources } : {}),
    pathPrefix: normalizePath(inventory.pathPrefix),
    policy: { origin: policy.origin, ...policy.skew, ...policy.expiry, names: policy.names },
    environments: inventory.environments.map((e) => {
      const named = { slug: e.slug, ...(e.name ? { name: e.name } : {}), ...(e.location ? { location: e.location } : {}) }
      return e.status === 'ok'
        ? { ...named, status: 'ok', secretCount: e.secrets.length, ...(e.unreadablePaths?.length ? { unreadablePaths: e.unreadablePaths } : {}) }
        : { ...named, status: 'unreadable', reason: e.reason }
    }),
    ...(contracts.length
      ? {
          contracts: contracts.map((c) => ({
            slug: c.slug,
            ...(c.location ? { location: c.location } : {}),
            role: c.role,
            label: c.label,
            keys: c.keys.filter((k) => !k.optional).length,
            ...(c.keys.some((k) => k.optional) ? { optional: c.keys.filter((k) => k.optional).length } : {}),
            ...(c.unread?.length ? { unread: c.unread } : {}),
            ...(ignored.get(c.slug)?.length ? { ignored: ignored.get(c.slug) } : {}),
            ...(c.dynamicCount ? { dynamic: c.dynamic ?? [], dynamicCount: c.dynamicCount } : {}),
            ...(c.writes?.length ? { writes: c.writes } : {}),
            ...(c.scope ? { scope: c.scope } : {}),
            ...(c.byName?.length ? { byName: c.byName } : {}),
          })),
        }
      : {}),
    counts: {
      ...count(
        rows,
        skew,
        expiry,
        rotation,
        unreadable.size,
        [...unreadablePaths.values()].reduce((n, list) => n + list.length, 0),
      ),
      unreadFiles: contracts.reduce((n, c) => n + (c.unread?.length ?? 0), 0),
      undeclared: contractFindings.filter((f) => f.kind === 'undeclared').length,
      undocumented: contractFindings.filter((f) => f.kind === 'undocumented').length,
      staleExceptions: exceptions.stale.length,
      unused: unused.length,
    },
    rows,
    skew,
    expiry,
    rotation,
    folders,
    policyFindings,
    ...(contracts.length ? { contractFindings, unusedCandidates: unused } : {}),
    ...(policy.exceptionLines ? { staleExceptions: exceptions.stale, exceptionsExcused: exceptions.excused } : {}),
    carriedDrift: [],
  }
  applyHistory(report, history)
  if (options.trendNights) report.trend = buildTrend(report, history, options.trendNights)
  return report
}

/** Whether any environment's store gave this secret its own expiry or rotation date. */
function nativeDates(identity: Identity): { expiry: boolean; rotation: boolean } {
  let expiry = false
  let rotation = false
  for (const secret of identity.present.values()) {
    expiry ||= secret.expiresAt !== undefined
    rotation ||= secret.rotationDue !== undefined
  }
  return { expiry, rotation }
}

const byPathThenKey = (a: Identity, b: Identity): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

function count(
  rows: Row[],
  skew: SkewFinding[],
  expiry: ExpiryFinding[],
  rotation: RotationFinding[],
  unreadable: number,
  unreadablePaths: number,
): Omit<Counts, 'undeclared' | 'undocumented' | 'unreadFiles' | 'staleExceptions' | 'unused'> {
  const by = (status: Row['status']): number => rows.reduce((n, r) => (r.status === status ? n + 1 : n), 0)
  const expired = expiry.filter((f) => f.status === 'expired').length
  return {
    rows: rows.length,
    drift: rows.reduce((n, r) => (isDrift(r) ? n + 1 : n), 0),
    missing: by('missing'),
    unexpected: by('unexpected'),
    byDesign: by('by-design'),
    incomplete: by('incomplete'),
    skew: skew.length,
    expiring: expired + expiry.filter((f) => f.status === 'expiring').length,
    expired,
    unreadable,
    unreadablePaths,
    rotationOverdue: rotation.length,
    newDrift: 0,
    resolvedDrift: 0,
  }
}

/** One finding per environment and topmost folder that explains missing rows (runbook failure mode C). */
function diagnoseFolders(inventory: Inventory, rows: Row[]): FolderFinding[] {
  const prefix = normalizePath(inventory.pathPrefix)
  const findings: FolderFinding[] = []
  const inside = (folder: string, path: string) => path === folder || path.startsWith(folder === '/' ? '/' : `${folder}/`)
  // Folders that hold secrets directly, by environment: where a gap's secrets really sit elsewhere.
  const held = new Map(
    inventory.environments.flatMap((e) => (e.status === 'ok' ? [[e.slug, new Set(e.secrets.map((x) => normalizePath(x.path)))] as const] : [])),
  )
  for (const [slug, gaps] of folderGaps(inventory)) {
    const env = inventory.environments.find((e) => e.slug === slug)
    const confirmedMissing = env?.status === 'ok' ? (env.missingFolders ?? []).map(normalizePath) : []
    const missingRows = (folder: string) => rows.filter((r) => inside(folder, r.path) && r.missingIn.includes(slug)).length
    const elsewhere = [...new Set([...held].flatMap(([other, paths]) => (other === slug ? [] : [...paths])))]
    for (const gap of gaps) {
      // The folder that is really missing may sit deeper than the gap (aws/iam exists, aws/iam/ci does not):
      // name the topmost missing folders the source confirmed under the gap; else the topmost folders under
      // the gap that hold secrets in another environment, as empty here (aws/iam/ci, not aws/iam).
      const deeper = confirmedMissing.filter((f) => inside(gap, f) && !confirmedMissing.some((g) => g !== f && inside(g, f)))
      const populated = elsewhere.filter((f) => inside(gap, f))
      const topmost = populated.filter((f) => !populated.some((g) => g !== f && inside(g, f))).sort()
      const found = deeper.length
        ? deeper.map((folder) => ({ folder, kind: 'missing' as const }))
        : (topmost.length ? topmost : [gap]).map((folder) => ({ folder, kind: 'empty' as const }))
      for (const { folder, kind } of found) {
        const rowsThere = missingRows(folder)
        if (rowsThere > 0) findings.push({ env: slug, folder, kind, isPrefix: folder === prefix, missingRows: rowsThere })
      }
    }
  }
  return findings
}

function policyHygiene(rows: Row[], unused: Rule[], expired: Set<Rule>): PolicyFinding[] {
  const findings: PolicyFinding[] = []
  for (const rule of unused) {
    findings.push({ kind: 'unused-rule', detail: `rule ${rule.match.join(', ')} matches no secret` })
  }
  for (const row of rows) {
    if (row.class === 'account-wide' && row.missingIn.length > 0) {
      findings.push({
        kind: 'account-wide-absent-from-prod',
        detail: `${row.path}/${row.key} is declared account-wide but is absent from ${row.missingIn.join(', ')}`,
      })
    }
  }
  for (const rule of expired) {
    findings.push({
      kind: 'expired-exception',
      detail: `exception for ${rule.match.join(', ')} expired on ${rule.until}${rule.owner ? ` (owner: ${rule.owner})` : ''}`,
    })
  }
  return findings
}
