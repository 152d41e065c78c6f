/**
 * Coverage history: what changed since the previous snapshot. Pure: the
 * previous snapshot arrives as parsed data; reading and validating it is
 * run()'s job.
 */
import { calendarDays } from './expiry.js'
import { identityKey, identityOf as id } from './inventory.js'
import { isDrift, type CarriedDrift, type DriftRef, type Fix, type History, type Report, type TrendNight } from './report.js'

/** The part of an earlier JSON snapshot the comparison reads (schemaVersion 1), validated. */
export interface PreviousSnapshot {
  location: string
  generatedAt: string
  rows: { path: string; key: string; status: string; firstSeen?: string }[]
  skew: { path: string; key: string }[]
  expiry: { path: string; key: string; env: string; status: string }[]
  /** Drift that snapshot could not verify (an environment unreadable), carried with its first-seen day. */
  carriedDrift: CarriedDrift[]
  /** By exception id: the last day it excused something (absent in snapshots before issue 28). */
  exceptionsExcused?: Record<string, string>
  /** The drift it says was resolved in the 90 days before it (absent before the trend). */
  fixed?: Fix[]
}

/** One earlier night as the trend reads it: its counts, and the drift it resolved with their first days. */
export interface EarlierNight extends TrendNight {
  fixed: Fix[]
}

/** The earlier snapshots of the trend's window, read and validated (history/). */
export interface EarlierNights {
  nights: EarlierNight[]
  skipped: { unreadable: number; olderFormat: number }
}

/** What the audit knows of earlier snapshots: one to compare with, or why none could be read; the trend's nights. */
export interface HistoryInput {
  previous?: PreviousSnapshot
  unavailable?: string
  earlier?: EarlierNights
}

const expiringNow = (status: string) => status === 'expired' || status === 'expiring'

/**
 * Stamp every drift row with the day it was first seen drifting (carried
 * forward from the previous snapshot, or today), and, given that snapshot,
 * say what is new, resolved and persisting. A drift that resolves and comes
 * back is new again: first-seen restarts.
 */
export function applyHistory(report: Report, input: HistoryInput = {}): void {
  const { previous, unavailable } = input
  const today = report.generatedAt.slice(0, 10)
  const now = new Date(report.generatedAt)
  const before = new Map<string, { path: string; key: string; status: string; firstSeen?: string }>(
    (previous?.rows ?? []).filter((r) => r.status === 'missing' || r.status === 'unexpected').map((r) => [id(r), r]),
  )
  // Drift the previous run could not verify is still drift that was seen, with its first day.
  for (const carried of previous?.carriedDrift ?? []) if (!before.has(id(carried))) before.set(id(carried), carried)
  const current = new Map(report.rows.map((r) => [id(r), r]))

  const history: History | undefined = previous && {
    previous: { location: previous.location, generatedAt: previous.generatedAt },
    newDrift: [],
    resolvedDrift: [],
    persistingDrift: [],
    unverifiable: 0,
    newSkew: [],
    newlyExpiring: [],
  }
  for (const row of report.rows) {
    if (!isDrift(row)) continue
    const earlier = before.get(id(row))
    row.firstSeen = earlier ? (earlier.firstSeen ?? previous!.generatedAt.slice(0, 10)) : today
    if (!history) continue
    const ref: DriftRef = { path: row.path, key: row.key, status: row.status as DriftRef['status'] }
    if (earlier) history.persistingDrift.push({ ...ref, firstSeen: row.firstSeen, ageDays: calendarDays(new Date(`${row.firstSeen}T00:00:00Z`), now) })
    else history.newDrift.push(ref)
  }
  if (!history || !previous) {
    // No earlier snapshot at all: every drift row is new. Earlier ones that could not be
    // read: nothing is called new (a bad day must not turn persisting drift into new drift).
    if (unavailable) report.historyUnavailable = unavailable
    report.counts.newDrift = unavailable ? 0 : report.counts.drift
    return
  }
  const anyUnreadable = report.counts.unreadable > 0
  for (const [key, earlier] of before) {
    const now_ = current.get(key)
    if (now_ && isDrift(now_)) continue
    // An environment that could not be read proves nothing either way: the secret may be there.
    // Carried forward with its first day, so the next readable run sees it persisting, not new.
    if (now_?.status === 'incomplete' || (!now_ && anyUnreadable)) {
      history.unverifiable++
      report.carriedDrift.push({
        path: earlier.path,
        key: earlier.key,
        status: earlier.status as CarriedDrift['status'],
        firstSeen: earlier.firstSeen ?? previous.generatedAt.slice(0, 10),
      })
    } else
      history.resolvedDrift.push({
        path: earlier.path,
        key: earlier.key,
        status: earlier.status as 'missing' | 'unexpected',
        firstSeen: earlier.firstSeen ?? previous.generatedAt.slice(0, 10),
      })
  }
  const skewBefore = new Set(previous.skew.map(id))
  history.newSkew = report.skew.filter((s) => !skewBefore.has(id(s))).map((s) => ({ path: s.path, key: s.key }))
  const expiringBefore = new Set(previous.expiry.filter((f) => expiringNow(f.status)).map((f) => identityKey(id(f), f.env)))
  history.newlyExpiring = report.expiry
    .filter((f) => expiringNow(f.status) && !expiringBefore.has(identityKey(id(f), f.env)))
    .map((f) => ({ path: f.path, key: f.key, env: f.env, status: f.status }))
  report.history = history
  report.counts.newDrift = history.newDrift.length
  report.counts.resolvedDrift = history.resolvedDrift.length
}
