/** Version and rotation skew between environments that all hold a secret. */
import type { Identity } from './coverage.js'
import type { SkewFinding } from './report.js'

export const DAY_MS = 86_400_000

/**
 * Infisical's version counter is per environment, so a gap is only a hint
 * ("prod v8, staging v2"); the updatedAt lag ("rotated in prod, stale in
 * staging") is the more honest signal. Both are reported.
 */
export function findSkew(identity: Identity, environments: string[], versionGap: number, lagDays: number): SkewFinding | undefined {
  let newest: { env: string; version: number } | undefined
  let oldest: typeof newest
  let latest: { env: string; at: number } | undefined
  let stalest: typeof latest
  let holders = 0
  for (const env of environments) {
    const secret = identity.present.get(env)
    if (!secret) continue
    holders++
    // A gap needs two numbers: opaque version ids (a UUID) say nothing about distance.
    const { version } = secret
    if (typeof version === 'number') {
      if (!newest || version > newest.version) newest = { env, version }
      if (!oldest || version < oldest.version) oldest = { env, version }
    }
    const at = secret.updatedAt === undefined ? NaN : Date.parse(secret.updatedAt)
    if (Number.isNaN(at)) continue
    if (!latest || at > latest.at) latest = { env, at }
    if (!stalest || at < stalest.at) stalest = { env, at }
  }
  if (holders < 2) return undefined
  const finding: SkewFinding = { path: identity.path, key: identity.key }
  const gap = newest && oldest ? newest.version - oldest.version : 0
  if (newest && oldest && gap >= versionGap) {
    finding.version = { newest: newest.env, newestVersion: newest.version, oldest: oldest.env, oldestVersion: oldest.version, gap }
  }
  if (latest && stalest) {
    const days = (latest.at - stalest.at) / DAY_MS
    if (days > lagDays) finding.lag = { newest: latest.env, stalest: stalest.env, days: Math.floor(days) }
  }
  return finding.version || finding.lag ? finding : undefined
}
