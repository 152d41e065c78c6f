/** The JSON twin of the snapshot: the Report itself (schema in README, `schemaVersion` inside). */
import type { Report } from '../audit/report.js'

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
