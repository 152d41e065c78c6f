/**
 * The trend: drift, new and resolved over the last nights, how long drift
 * took to fix, and the drift open longest. Pure: the earlier nights arrive
 * read and validated (history/); a night with no readable snapshot is a gap,
 * never a zero.
 */
import { calendarDays } from './expiry.js'
import type { HistoryInput } from './history.js'
import { isDrift, type Fix, type Report, type Trend, type TrendNight } from './report.js'

/** Time to fix is measured over the drift resolved in this many days, this one included. */
export const FIX_WINDOW_DAYS = 90

const DAY_MS = 86_400_000
const dayOf = (date: Date): string => date.toISOString().slice(0, 10)
const minusDays = (day: string, n: number): string => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS))
const daysBetween = (from: string, to: string): number => calendarDays(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))

/** The first day of a window of `nights` nights ending on `today`. */
export const windowStart = (today: string, nights: number): string => minusDays(today, nights - 1)

/** The median (the mean of the two middle values for an even count) and the 90th percentile (nearest rank) of sorted numbers. */
export function percentiles(sorted: number[]): { medianDays?: number; p90Days?: number } {
  const n = sorted.length
  if (n === 0) return {}
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
  return { medianDays: median, p90Days: sorted[Math.ceil(0.9 * n) - 1]! }
}

export function buildTrend(report: Report, input: HistoryInput, nights: number): Trend {
  const today = report.generatedAt.slice(0, 10)
  const start = windowStart(today, nights)
  const byDay = new Map<string, TrendNight>()
  for (const night of input.earlier?.nights ?? []) {
    if (night.day >= start && night.day < today && !byDay.has(night.day)) {
      byDay.set(night.day, { day: night.day, drift: night.drift, newDrift: night.newDrift, resolvedDrift: night.resolvedDrift })
    }
  }
  const c = report.counts
  byDay.set(today, { day: today, drift: c.drift, newDrift: c.newDrift, resolvedDrift: c.resolvedDrift })
  const points: TrendNight[] = []
  const gaps: string[] = []
  for (let i = nights - 1; i >= 0; i--) {
    const day = minusDays(today, i)
    const point = byDay.get(day)
    if (point) points.push(point)
    else gaps.push(day)
  }

  // Every resolution the history knows of, once: the last snapshot's record, each night's own, and tonight's.
  const fixStart = minusDays(today, FIX_WINDOW_DAYS - 1)
  const fixes = new Map<string, Fix>()
  const add = (fix: Fix) => {
    if (fix.resolvedOn < fixStart || fix.resolvedOn > today || fix.firstSeen > fix.resolvedOn) return
    fixes.set(`${fix.path}\u0000${fix.key}\u0000${fix.resolvedOn}`, fix)
  }
  for (const fix of input.previous?.fixed ?? []) add(fix)
  for (const night of input.earlier?.nights ?? []) for (const fix of night.fixed) add(fix)
  for (const r of report.history?.resolvedDrift ?? []) add({ ...r, resolvedOn: today })
  const fixed = [...fixes.values()].sort((a, b) =>
    a.resolvedOn !== b.resolvedOn
      ? a.resolvedOn < b.resolvedOn
        ? -1
        : 1
      : a.path !== b.path
        ? a.path < b.path
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
  )
  const days = fixed.map((f) => daysBetween(f.firstSeen, f.resolvedOn)).sort((a, b) => a - b)

  let oldest: Trend['oldestOpen']
  for (const row of report.rows) {
    if (!isDrift(row) || !row.firstSeen) continue
    if (!oldest || row.firstSeen < oldest.firstSeen) {
      oldest = { path: row.path, key: row.key, status: row.status as Fix['status'], firstSeen: row.firstSeen, ageDays: daysBetween(row.firstSeen, today) }
    }
  }
  return {
    nights,
    points,
    gaps,
    skipped: input.earlier?.skipped ?? { unreadable: 0, olderFormat: 0 },
    timeToFix: { windowDays: FIX_WINDOW_DAYS, fixes: fixed.length, ...percentiles(days) },
    ...(oldest ? { oldestOpen: oldest } : {}),
    fixed,
  }
}
