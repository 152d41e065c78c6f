/** Expiry companions (`KEY__EXPIRES_AT`) and rotation age. */
import type { Identity } from './coverage.js'
import type { ExpiryFinding, RotationFinding } from './report.js'
import { DAY_MS } from './skew.js'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * An ISO 8601 date (`2027-03-01`, taken as 00:00 UTC that day: the credential
 * must be rotated before the day starts) or date-time with a zone. Anything
 * else, including impossible dates such as 2025-02-30, is undefined.
 */
export function parseExpiry(text: string): Date | undefined {
  const trimmed = text.trim()
  const date = ISO_DATE.exec(trimmed)
  const dateTime = date ? undefined : ISO_DATE_TIME.exec(trimmed)
  const parts = date ?? dateTime
  if (!parts) return undefined
  const [, y, m, d] = parts.map(Number) as [number, number, number, number]
  const probe = new Date(Date.UTC(y, m - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined
  if (date) return probe
  const hour = Number(dateTime![4])
  const minute = Number(dateTime![5])
  const second = Number(dateTime![6] ?? 0)
  if (hour > 23 || minute > 59 || second > 60) return undefined
  const instant = new Date(trimmed.replace(' ', 'T'))
  return Number.isNaN(instant.getTime()) ? undefined : instant
}

/** A YYYY-MM-DD day that exists: 2026-02-30 parses in JavaScript (as March 2), so a day must survive the round trip. */
export function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day
}

/**
 * Whole UTC calendar days from one instant's day to another's: the same all day
 * long, so a re-run later the same day renders the same snapshot.
 */
export function calendarDays(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
  return Math.round((day(to) - day(from)) / DAY_MS)
}

export interface ExpiryContext {
  environments: string[]
  now: Date
  warnDays: number
  /** Whether the policy requires a companion for this secret. */
  requireExpiry: boolean
}

/** Findings for one base secret (may be absent everywhere: then every companion is an orphan). */
export function findExpiry(base: Identity | undefined, companion: Identity | undefined, ctx: ExpiryContext): ExpiryFinding[] {
  const identity = base ?? companion
  if (!identity) return []
  const findings: ExpiryFinding[] = []
  const at = (env: string, status: ExpiryFinding['status']): ExpiryFinding => ({
    path: identity.path,
    key: identity.key,
    env,
    status,
  })
  const companionSomewhere = companion !== undefined && companion.present.size > 0
  for (const env of ctx.environments) {
    const hasBase = base?.present.has(env) ?? false
    const entry = companion?.present.get(env)
    // The store's own expiry date, when it has one (Azure, GCP, SSM, Vault custom metadata).
    const native = base?.present.get(env)?.expiresAt
    if (!entry && native === undefined) {
      if (hasBase && ctx.requireExpiry) findings.push(at(env, 'missing-companion'))
      else if (hasBase && companionSomewhere) findings.push(at(env, 'companion-missing-here'))
      continue
    }
    if (!hasBase) {
      findings.push(at(env, 'orphan'))
      continue
    }
    const text = entry ? entry.expiresAt : native
    if (text === undefined) {
      findings.push(at(env, 'unknown'))
      continue
    }
    const expires = parseExpiry(text)
    if (!expires) {
      // The text is never echoed: a malformed "date" may be a value pasted in the wrong key.
      findings.push(at(env, 'malformed'))
      continue
    }
    const left = expires.getTime() - ctx.now.getTime()
    const daysLeft = calendarDays(ctx.now, expires)
    const status = left <= 0 ? 'expired' : left <= ctx.warnDays * DAY_MS ? 'expiring' : undefined
    if (status) findings.push({ ...at(env, status), expiresAt: expires.toISOString(), daysLeft })
  }
  return findings
}

/**
 * Rotation overdue: past the store's own next rotation date (rotation on), else
 * older than the policy's maxAgeDays. One finding per environment at most.
 */
export function findRotation(identity: Identity, environments: string[], now: Date, maxAgeDays: number | undefined): RotationFinding[] {
  const findings: RotationFinding[] = []
  for (const env of environments) {
    const secret = identity.present.get(env)
    if (!secret) continue
    const where = { path: identity.path, key: identity.key, env, ...(secret.updatedAt !== undefined ? { updatedAt: secret.updatedAt } : {}) }
    const due = secret.rotationDue === undefined ? undefined : parseExpiry(secret.rotationDue)
    if (due && due.getTime() < now.getTime()) {
      findings.push({ ...where, dueAt: due.toISOString() })
      continue
    }
    if (maxAgeDays === undefined || secret.updatedAt === undefined) continue
    const updated = Date.parse(secret.updatedAt)
    if (Number.isNaN(updated)) continue
    const ageDays = calendarDays(new Date(updated), now)
    if (ageDays > maxAgeDays) findings.push({ ...where, ageDays, maxAgeDays })
  }
  return findings
}
