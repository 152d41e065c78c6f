/**
 * The trend section: a mermaid `xychart-beta` of the last nights (GitHub draws
 * it in markdown and job summaries), time to fix and the oldest open drift,
 * and the nights as a table for readers without the chart. Only days and
 * numbers go into the chart: no name from outside reaches it.
 */
import type { Report, Trend } from '../audit/report.js'
import { mdCode } from './escape.js'
import { plural } from './plural.js'

/** Open drift as red bars, new as a blue line, resolved as a green line (GitHub's own palette). */
const PALETTE = '#cf222e, #0969da, #1a7f37'

/** A night's label: the day of the month, with the month where it starts or changes (`11-08`, `9`, …, `12-01`). */
const axisLabel = (day: string, before: string | undefined): string =>
  !before || before.slice(0, 7) !== day.slice(0, 7) ? day.slice(5) : String(Number(day.slice(8)))

/** The chart itself: one x category per night with a snapshot; gaps are left out, never drawn as zeros. */
export function trendChart(trend: Trend): string[] {
  const { points } = trend
  const top = Math.max(1, ...points.flatMap((p) => [p.drift, p.newDrift, p.resolvedDrift]))
  const series = (pick: (p: Trend['points'][number]) => number) => `[${points.map(pick).join(', ')}]`
  return [
    '```mermaid',
    `%%{init: {"xyChart": {"width": 900, "height": 360}, "themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
    'xychart-beta',
    `  title "Drift per night, last ${trend.nights} nights"`,
    `  x-axis [${points.map((p, i) => `"${axisLabel(p.day, points[i - 1]?.day)}"`).join(', ')}]`,
    `  y-axis "Rows" 0 --> ${top}`,
    `  bar ${series((p) => p.drift)}`,
    `  line ${series((p) => p.newDrift)}`,
    `  line ${series((p) => p.resolvedDrift)}`,
    '```',
  ]
}

const days = (n: number) => plural(n, 'day')

/** The section's lines under a heading of `level` (`##` in the snapshot, `###` in the job summary); none without a trend. */
export function renderTrend(report: Report, level = '##'): string[] {
  const trend = report.trend
  if (!trend) return []
  const out = [`${level} Trend (last ${trend.nights} nights)`, '']
  if (trend.points.length < 2) {
    out.push('One night with a snapshot so far: the chart starts when there are two.', '')
  } else {
    out.push(...trendChart(trend), '')
    const gaps = trend.gaps.length
      ? ` No readable snapshot on ${plural(trend.gaps.length, 'night')} (${trend.gaps.map((d) => d.slice(5)).join(', ')}): left out, not drawn as zero.`
      : ''
    out.push(`Red bars: open drift · blue line: new · green line: resolved. ${trend.points.length} of ${trend.nights} nights.${gaps}`, '')
  }
  const { unreadable, olderFormat } = trend.skipped
  if (unreadable || olderFormat) {
    const parts = [unreadable ? `${unreadable} unreadable or malformed` : '', olderFormat ? `${olderFormat} of an older format` : ''].filter(Boolean)
    out.push(`Skipped, not guessed: ${plural(unreadable + olderFormat, 'earlier snapshot')} (${parts.join(', ')}).`, '')
  }
  const t = trend.timeToFix
  out.push(
    t.fixes
      ? `- Time to fix (${plural(t.fixes, 'drift row')} resolved in the last ${t.windowDays} days): median ${days(t.medianDays!)}, 90th percentile ${days(t.p90Days!)}`
      : `- Time to fix: no drift resolved in the last ${t.windowDays} days`,
  )
  const o = trend.oldestOpen
  out.push(
    o
      ? `- Oldest open drift: ${mdCode(o.path, false)} ${mdCode(o.key, false)} ${o.status}, first seen ${o.firstSeen} (${days(o.ageDays)})`
      : '- Oldest open drift: none open',
  )
  out.push('')
  if (trend.points.length >= 2) {
    out.push('<details><summary>Nights</summary>', '', '| Night | Drift | New | Resolved |', '| --- | --- | --- | --- |')
    for (const p of trend.points) out.push(`| ${p.day} | ${p.drift} | ${p.newDrift} | ${p.resolvedDrift} |`)
    out.push('', '</details>', '')
  }
  return out
}
