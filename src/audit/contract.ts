/**
 * Contract columns against store rows. A contract key matches every row with
 * the same key (compared as the policy's `names` says) at any path; a key no
 * store holds becomes a row of its own at the prefix, absent everywhere. Then
 * the hygiene: undeclared (in a store, in no contract), undocumented (read by
 * the code, in no declaring file), ambiguous (one key in two folders of one
 * store column).
 */
import type { Identity } from './coverage.js'
import { identityKey, type ContractInventory, type Declaration } from './inventory.js'
import type { ContractFinding } from './report.js'

export interface ContractRules {
  /** How keys compare (exact, or loose). */
  form: (key: string) => string
  /** The folder a key no store holds is shown at. */
  prefix: string
  /** Whether the policy's contract.ignore leaves a key out. */
  ignored: (key: string) => boolean
  /** The github-secrets columns: the only ones a workflow's `${{ secrets.X }}` is held against. */
  githubColumns: string[]
}

export interface ContractMatch {
  identities: Identity[]
  findings: ContractFinding[]
  /** By contract column: the keys it named that the ignore list left out. */
  ignored: Map<string, string[]>
}

export function matchContracts(identities: Identity[], contracts: ContractInventory[], rules: ContractRules): ContractMatch {
  const { form, prefix } = rules
  const ignoredBy = new Map<string, string[]>()
  if (contracts.length === 0) return { identities, findings: [], ignored: ignoredBy }
  const byKey = new Map<string, Identity[]>()
  for (const identity of identities) {
    const k = form(identity.key)
    byKey.set(k, [...(byKey.get(k) ?? []), identity])
  }
  // What the declaring files say: required (`KEY=`) or optional (`# KEY=`).
  const declaring = contracts.filter((c) => c.role === 'declares')
  const required = new Set(declaring.flatMap((c) => c.keys.filter((x) => !x.optional).map((x) => form(x.key))))
  const optional = new Map<string, string>()
  for (const c of declaring) for (const x of c.keys) if (x.optional && !required.has(form(x.key)) && !optional.has(form(x.key))) optional.set(form(x.key), x.at)
  const labels = [...new Set(declaring.map((c) => c.label))]

  const added = new Map<string, Identity>()
  for (const contract of contracts) {
    for (const { key, at, workflow, path, wants, wantedIn } of contract.keys) {
      if (rules.ignored(key)) {
        ignoredBy.set(contract.slug, [...(ignoredBy.get(contract.slug) ?? []), key])
        continue
      }
      const k = form(key)
      // A workflow's secret is compared with the github-secrets columns only; without one, with nothing.
      if (workflow && !byKey.has(k) && !rules.githubColumns.length) continue
      // An optional key no store holds is known, not missing.
      if (!byKey.has(k) && optional.has(k)) continue
      const declaration: Declaration = { slug: contract.slug, role: contract.role, label: contract.label, at, ...(wants ? { wants } : {}) }
      // A manifest's key its store placed names one row: that folder's, or a new one there.
      let matching = path === undefined ? byKey.get(k) : byKey.get(k)?.filter((i) => i.path === path)
      if (!matching?.length) {
        const identity = added.get(identityKey(path ?? prefix, k)) ?? newIdentity(added, k, key, path ?? prefix)
        // Asked for only by a workflow (github-secrets columns) or by scoped manifests (their columns): expected there only.
        const only = workflow ? rules.githubColumns : wantedIn
        if (!only) delete identity.onlyIn
        else if (!identity.declared) identity.onlyIn = only
        else if (identity.onlyIn) identity.onlyIn = [...new Set([...identity.onlyIn, ...only])]
        matching = [identity]
      }
      for (const identity of matching) {
        ;(identity.declared ??= []).push(declaration)
        if (wantedIn?.length) identity.wantedIn = [...new Set([...(identity.wantedIn ?? []), ...wantedIn])]
      }
    }
  }
  const findings: ContractFinding[] = []
  for (const matching of byKey.values()) {
    if (!matching.some((i) => i.declared)) {
      for (const identity of matching) {
        if (identity.present.size > 0 && !rules.ignored(identity.key))
          findings.push({ kind: 'undeclared', key: identity.key, path: identity.path, envs: [...identity.present.keys()] })
      }
      continue
    }
    if (matching.length < 2) continue
    // The same key in two folders of one column: say so rather than pick one.
    const envs = new Set(matching.flatMap((i) => [...i.present.keys()]))
    for (const env of envs) {
      const paths = matching.filter((i) => i.present.has(env)).map((i) => i.path)
      if (paths.length > 1) findings.push({ kind: 'ambiguous', key: matching[0]!.key, paths, envs: [env] })
    }
  }
  for (const [k, at] of optional) {
    if (!byKey.has(k)) findings.push({ kind: 'optional', key: declaring.flatMap((c) => c.keys).find((x) => form(x.key) === k)!.key, at })
  }
  if (declaring.length > 0) {
    const reported = new Set<string>()
    for (const contract of contracts.filter((c) => c.role === 'uses')) {
      for (const { key, at, workflow } of contract.keys) {
        const k = form(key)
        // A workflow's secrets belong in the repository's settings, not in .env.example.
        if (workflow || required.has(k) || optional.has(k) || reported.has(k) || rules.ignored(key)) continue
        reported.add(k)
        findings.push({ kind: 'undocumented', key, at })
        const identity = added.get(identityKey(prefix, k))
        if (identity) identity.undocumentedIn = labels
      }
    }
  }
  const all = [...identities, ...added.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { identities: all, findings, ignored: ignoredBy }
}

/** A key no store holds: a row of its own at the prefix, absent in every column. */
function newIdentity(added: Map<string, Identity>, k: string, key: string, path: string): Identity {
  const identity: Identity = { path, key, present: new Map() }
  added.set(identityKey(path, k), identity)
  return identity
}
