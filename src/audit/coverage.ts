/** The coverage matrix: one row per secret identity (path, key), classified by the policy. */
import { covers, identityKey, type Declaration, type Inventory, type SecretMeta, type UnreadablePath, type Unusable } from './inventory.js'
import type { NameMatching } from '../core/policy.js'
import type { Classification, Classifier } from './classify.js'
import type { Cell, Row, RowStatus } from './report.js'

export interface Identity {
  path: string
  key: string
  /** Per readable environment where it is usable. */
  present: Map<string, SecretMeta>
  /** Per readable environment where it is listed but disabled or deleted; absent when none is (most stores, most rows). */
  unusable?: Map<string, Unusable>
  /** With loose matching: an environment's own name where it differs from `key`. */
  names?: Map<string, string>
  /** The contract columns that declare or use it. */
  declared?: Declaration[]
  /** A key only a workflow reads, no store holds: expected in these (github-secrets) columns only. */
  onlyIn?: string[]
  /** Columns a manifest wants it in (a column scoped `?env=`): expected there whatever the policy says. */
  wantedIn?: string[]
  /** A key the code reads, no store holds and no declaring file lists: the files to document it in. */
  undocumentedIn?: string[]
}

export interface Collected {
  /** Base secrets, sorted by path then key. */
  identities: Identity[]
  /** Companions (`KEY<suffix>`), by their base identity. */
  companions: Map<string, Identity>
}

const byPathThenKey = (a: { path: string; key: string }, b: { path: string; key: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0

/** The form keys are compared in: as is, or (loose) lower case with `-` as `_`, so `jwt-secret` is `JWT_SECRET`. */
export const keyForm = (names: NameMatching): ((key: string) => string) => (names === 'loose' ? (key) => key.toLowerCase().replaceAll('-', '_') : (key) => key)

/**
 * Group every listed secret by identity, folding companions away from the
 * rows. With loose names a row takes the first column's name for the key, and
 * remembers each other column's own name.
 */
export function collect(inventory: Inventory, suffix: string, names: NameMatching = 'exact'): Collected {
  const form = keyForm(names)
  const suffixForm = form(suffix)
  const bases = new Map<string, Identity>()
  const companions = new Map<string, Identity>()
  for (const env of inventory.environments) {
    if (env.status !== 'ok') continue
    for (const secret of env.secrets) {
      const compared = form(secret.key)
      const isCompanion = compared.endsWith(suffixForm) && compared.length > suffixForm.length
      const key = isCompanion ? secret.key.slice(0, -suffix.length) : secret.key
      const table = isCompanion ? companions : bases
      const id = identityKey(secret.path, form(key))
      let identity = table.get(id)
      if (!identity) table.set(id, (identity = { path: secret.path, key, present: new Map() }))
      if (key !== identity.key) (identity.names ??= new Map()).set(env.slug, key)
      if (secret.unusable) {
        ;(identity.unusable ??= new Map()).set(env.slug, secret.unusable)
        continue
      }
      const seen = identity.present.get(env.slug)
      if (!seen || newer(secret.version, seen.version)) identity.present.set(env.slug, secret)
    }
  }
  // A secret that is deleted everywhere it is listed is gone, not a row; a disabled one stays.
  const rows: Identity[] = []
  for (const identity of bases.values()) {
    if (identity.present.size > 0 || [...(identity.unusable?.values() ?? [])].some((u) => u.state === 'disabled')) rows.push(identity)
  }
  return { identities: rows.sort(byPathThenKey), companions }
}

/** Two numbers compare; an opaque version never replaces the first one seen. */
const newer = (a: SecretMeta['version'], b: SecretMeta['version']): boolean => typeof a === 'number' && typeof b === 'number' && a > b

export interface RowContext {
  environments: string[]
  unreadable: Set<string>
  /** Unreadable parts of readable environments, by slug. */
  unreadablePaths: Map<string, UnreadablePath[]>
  classifier: Classifier
  /** The expiry companion suffix, for "add the companion" advice. */
  suffix: string
}

export function buildRow(identity: Identity, ctx: RowContext): { row: Row; classification: Classification } {
  const cells: Record<string, Cell> = {}
  const presentIn: string[] = []
  // Environments where this secret's presence is unknown: unreadable whole, or absent under an unreadable part.
  const unknownIn = new Set<string>()
  for (const env of ctx.environments) {
    const secret = identity.present.get(env)
    const unusable = identity.unusable?.get(env)
    if (ctx.unreadable.has(env)) {
      cells[env] = { state: 'unreadable' }
      unknownIn.add(env)
    } else if (secret) {
      // One object shape for every present cell (an undefined field is left out of the JSON).
      cells[env] = { state: 'present', version: secret.version, updatedAt: secret.updatedAt, via: secret.via }
      presentIn.push(env)
    } else if (ctx.unreadablePaths.get(env)?.some((u) => covers(u, identity.path))) {
      cells[env] = { state: 'unreadable' }
      unknownIn.add(env)
    } else if (unusable) cells[env] = { state: unusable.state, reason: unusable.reason }
    else cells[env] = { state: 'absent' }
  }
  const classification = ctx.classifier.classify(identity.path, identity.key)
  const { rule, expiredException } = classification
  const classified = identity.onlyIn ? classification.expected.filter((e) => identity.onlyIn!.includes(e)) : classification.expected
  // What a cluster's manifests ask for is needed there, whatever the policy expects.
  const wanted = identity.wantedIn?.filter((e) => ctx.environments.includes(e) && !classified.includes(e)) ?? []
  const expected = wanted.length ? ctx.environments.filter((e) => classified.includes(e) || wanted.includes(e)) : classified
  const readable = ctx.environments.filter((e) => !ctx.unreadable.has(e))
  const missingIn = expected.filter((e) => !unknownIn.has(e) && !identity.present.has(e))
  const unexpectedIn = presentIn.filter((e) => !expected.includes(e))

  // Drift between the environments that were read stands even when another could not be read;
  // a row is incomplete only when the unread ones are all that could make it differ.
  let status: RowStatus
  if (unexpectedIn.length > 0) status = 'unexpected'
  else if (missingIn.length > 0) status = 'missing'
  else if (unknownIn.size > 0) status = 'incomplete'
  else status = presentIn.length === readable.length ? 'ok' : 'by-design'

  const row: Row = {
    path: identity.path,
    key: identity.key,
    cells,
    status,
    expected,
    class: classification.className,
    missingIn,
    unexpectedIn,
  }
  if (identity.names?.size) row.names = Object.fromEntries(identity.names)
  if (identity.declared) row.declared = Object.fromEntries(identity.declared.map((d) => [d.slug, d.at]))
  if (rule?.reason) row.reason = rule.reason
  if (rule?.owner) row.owner = rule.owner
  if (rule?.line) row.ruleLine = rule.line
  if (expiredException) row.note = `exception expired on ${expiredException.until}`
  if (status === 'missing' || status === 'unexpected') {
    row.remediation = remediation(classification.className, missingIn, unexpectedIn, expected)
    // A key the contract asks for: say who asks, e.g. "NEW_KEY is used at src/x.ts:3 and declared nowhere; missing in prod".
    if (identity.declared && missingIn.length) {
      const wants = identity.declared.find((d) => d.wants)?.wants
      row.ask = wants ? `${wants}; missing in ${list(missingIn)}` : `${identity.key} is ${declaredText(identity.declared)}; missing in ${list(missingIn)}`
      row.remediation = `${row.ask}. ${row.remediation}`
      // Advice that fits the row: a key the code reads that nobody wrote down is first documented; a workflow's secret goes in the repository's settings.
      if (identity.undocumentedIn?.length) {
        row.remediation = `${row.ask}. Document it in ${identity.undocumentedIn.join(', ')}, or add it to the policy's contract.ignore if no store should hold it.`
      } else if (identity.onlyIn && !wants) {
        row.remediation = `${row.ask}. Add it as a GitHub Actions secret where the workflow runs (${list(missingIn)}).`
      }
    }
    if (rule?.requireExpiry && missingIn.length) {
      row.remediation += ` Add its ${identity.key}${ctx.suffix} companion there too (the policy requires an expiry date).`
    }
  }
  return { row, classification }
}

const list = (envs: string[]): string => envs.join(', ')

/** Who asks for a key, for remediation: "declared in .env.example (and used at src/app.ts:12)". */
export function declaredText(declared: Declaration[]): string {
  const files = [...new Set(declared.filter((d) => d.role === 'declares').map((d) => d.label))]
  const used = declared.find((d) => d.role === 'uses')?.at
  if (files.length) return `declared in ${files.join(', ')}${used ? ` (and used at ${used})` : ''}`
  if (used) return `used at ${used} and declared nowhere`
  return `wanted at ${declared[0]?.at ?? 'a manifest'}`
}
const notExpected = (unexpectedIn: string[], expected: string[]): string =>
  `Not expected in ${list(unexpectedIn)} (expected only in ${expected.length ? list(expected) : 'no audited environment'}): remove it there.`

/** The runbook's advice for a drift row, by the class that decided where it belongs. */
export function remediation(className: string, missingIn: string[], unexpectedIn: string[], expected: string[]): string {
  const advice: string[] = []
  switch (className) {
    case 'account-wide':
      if (unexpectedIn.length) advice.push(`Account-wide token: prod only is correct; remove the copies from ${list(unexpectedIn)}.`)
      if (missingIn.length) advice.push(`Account-wide token absent from ${list(missingIn)}: provision it there.`)
      break
    case 'dev-only':
      if (missingIn.length) advice.push(`Provision the test-mode key in ${list(missingIn)}.`)
      if (unexpectedIn.length) advice.push(`Test-mode key: remove it from ${list(unexpectedIn)}.`)
      break
    case 'env-specific':
      if (missingIn.length)
        advice.push(`Provision in ${list(missingIn)} with ${missingIn.length === 1 ? "that environment's" : "each environment's"} own credential.`)
      if (unexpectedIn.length) advice.push(notExpected(unexpectedIn, expected))
      break
    default:
      if (missingIn.length) {
        advice.push(`Per-environment credential: ${list(expected)} must all be populated; provision in ${list(missingIn)} with that environment's own value.`)
      }
      if (unexpectedIn.length) advice.push(notExpected(unexpectedIn, expected))
  }
  return advice.join(' ')
}
