/**
 * Unused candidates: secrets a store holds that nothing in the repository
 * declares or reads, AND that the store says were not used — read for
 * `unusedAfterDays` where it tracks access (AWS Secrets Manager), else (a weak
 * candidate) not changed for that long. Never drift; a list to review, not to
 * delete. Without contract columns nothing is a candidate: one signal is not
 * enough.
 */
import type { Identity } from './coverage.js'
import type { UnusedCandidate } from './report.js'

const DAY = 86_400_000

export function unusedCandidates(
  identities: Identity[],
  tracksAccess: ReadonlySet<string>,
  options: { now: Date; days: number; hasContracts: boolean; ignored: (key: string) => boolean },
): UnusedCandidate[] {
  if (!options.hasContracts) return []
  const before = options.now.getTime() - options.days * DAY
  const old = (iso: string | undefined) => iso !== undefined && Date.parse(iso) < before
  const out: UnusedCandidate[] = []
  for (const identity of identities) {
    if (identity.declared || identity.present.size === 0 || options.ignored(identity.key)) continue
    const signals = ['referenced by no contract column']
    let accessed = false
    let everyQuiet = true
    for (const [env, meta] of identity.present) {
      if (tracksAccess.has(env)) {
        accessed = true
        // No date: never read, as far as the store tracks.
        if (meta.lastAccessedAt !== undefined && !old(meta.lastAccessedAt)) everyQuiet = false
        else signals.push(`${env}: ${meta.lastAccessedAt ? `last read ${meta.lastAccessedAt.slice(0, 10)}` : 'never read'}`)
      } else if (old(meta.updatedAt)) signals.push(`${env}: not changed since ${meta.updatedAt!.slice(0, 10)} (no access signal)`)
      else everyQuiet = false
    }
    if (!everyQuiet) continue
    out.push({ path: identity.path, key: identity.key, strength: accessed ? 'unused' : 'weak', envs: [...identity.present.keys()], signals })
  }
  return out
}
