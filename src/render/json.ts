/**
 * The JSON twin of the snapshot: the Report itself (schema in README, `schemaVersion`
 * inside). One top-level field per line, and one line per item of each list: a
 * committed snapshot then diffs row by row, and 20,000 rows do not become 400,000
 * indented lines (pretty-printing cost ~20 MB more at that size).
 */
import type { Report } from '../audit/report.js'

/** `extra`: what the snapshot records beside the report (the day's Slack notification), after its fields. */
export function renderJson(report: Report, extra: Record<string, unknown> = {}): string {
  const fields = [...Object.entries(report), ...Object.entries(extra)]
  const lines = ['{']
  fields.forEach(([key, value], i) => {
    const comma = i < fields.length - 1 ? ',' : ''
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`  ${JSON.stringify(key)}: [`)
      value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`))
      lines.push(`  ]${comma}`)
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`)
    }
  })
  lines.push('}')
  return `${lines.join('\n')}\n`
}
