/**
 * Contract columns against store rows. A contract key matches every row with
 * the same key (compared as the policy's `names` says) at any path; a key no
 * store holds becomes a row of its own at the prefix, absent everywhere. Then
 * the hygiene: undeclared (in a store, in no contract), undocumented (read by
 * the code, in no declaring file), ambiguous (one key in two folders of one
 * store column).
 */
import type { Identity } from './coverage.js'
import type { ContractInventory, Declaration } from './inventory.js'
import type { ContractFinding } from './report.js'

export function matchContracts(
  identities: Identity[],
  contracts: ContractInventory[],
  form: (key: string) => string,
  prefix: string,
): { identities: Identity[]; findings: ContractFinding[] } {
  if (contracts.length === 0) return { identities, findings: [] }
  const byKey = new Map<string, Identity[]>()
  for (const identity of identities) {
    const k = form(identity.key)
    byKey.set(k, [...(byKey.get(k) ?? []), identity])
  }
  const added = new Map<string, Identity>()
  for (const contract of contracts) {
    for (const { key, at } of contract.keys) {
      const declaration: Declaration = { slug: contract.slug, role: contract.role, label: contract.label, at }
      const k = form(key)
      const matching = byKey.get(k) ?? [added.get(k) ?? newIdentity(added, k, key, prefix)]
      for (const identity of matching) (identity.declared ??= []).push(declaration)
    }
  }
  const findings: ContractFinding[] = []
  for (const matching of byKey.values()) {
    if (!matching.some((i) => i.declared)) {
      for (const identity of matching) {
        if (identity.present.size > 0) findings.push({ kind: 'undeclared', key: identity.key, path: identity.path, envs: [...identity.present.keys()] })
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
  const declaring = contracts.filter((c) => c.role === 'declares')
  if (declaring.length > 0) {
    const declared = new Set(declaring.flatMap((c) => c.keys.map((x) => form(x.key))))
    const reported = new Set<string>()
    for (const contract of contracts.filter((c) => c.role === 'uses')) {
      for (const { key, at } of contract.keys) {
        const k = form(key)
        if (declared.has(k) || reported.has(k)) continue
        reported.add(k)
        findings.push({ kind: 'undocumented', key, at })
      }
    }
  }
  const all = [...identities, ...added.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { identities: all, findings }
}

/** A key no store holds: a row of its own at the prefix, absent in every column. */
function newIdentity(added: Map<string, Identity>, k: string, key: string, prefix: string): Identity {
  const identity: Identity = { path: prefix, key, present: new Map() }
  added.set(k, identity)
  return identity
}
