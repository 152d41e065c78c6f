/**
 * Exceptions that excuse nothing: a placing rule, a class of the policy file
 * or a contract.ignore glob of the file that excused no asymmetry tonight
 * (no row it placed is present in some environments and rightly absent from
 * others; no key it left out) is stale once it has excused nothing for
 * `staleAfterDays`, the last day it did read from history. An exception list
 * nobody prunes is where a real drift later gets waved through.
 */
import type { Policy } from '../core/policy.js'
import type { Row, StaleException } from './report.js'

const DAY = 86_400_000
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

export interface ExceptionsInput {
  rows: Row[]
  /** Keys the contract columns named that the ignore list left out. */
  ignoredKeys: string[]
  compile: (glob: string) => (text: string) => boolean
  today: string
  /** From the previous snapshot: by exception id, the last day it excused something. */
  previous?: Record<string, string>
  /** The audited environments: a rule that expects a key in all of them excuses nothing by nature (it is not an exception). */
  environments: string[]
}

export function staleExceptions(policy: Policy, input: ExceptionsInput): { stale: StaleException[]; excused: Record<string, string> } {
  const file = policy.origin
  const candidates: (Pick<StaleException, 'kind' | 'what' | 'line'> & { id: string; excusedToday: boolean })[] = []
  // An asymmetry the policy made right: present in some environments, absent from others, and not drift.
  const excusing = input.rows.filter((r) => r.status === 'by-design')
  const everywhere = (spec: '*' | string[] | undefined) => spec === '*' || (spec !== undefined && input.environments.every((e) => spec.includes(e)))
  for (const rule of policy.rules) {
    if (!rule.line || (!rule.expected && !rule.class)) continue
    // Placed everywhere (env-specific, say, for its expiry or rotation settings): not an exception.
    if (everywhere(rule.expected ?? (Object.hasOwn(policy.classes, rule.class!) ? policy.classes[rule.class!] : undefined))) continue
    candidates.push({
      id: `rule:${rule.line}`,
      kind: 'rule',
      what: `rule ${rule.match.join(', ')}`,
      line: rule.line,
      excusedToday: excusing.some((r) => r.ruleLine === rule.line),
    })
  }
  for (const [name, line] of Object.entries(policy.exceptionLines?.classes ?? {})) {
    if (everywhere(Object.hasOwn(policy.classes, name) ? policy.classes[name] : undefined)) continue
    candidates.push({ id: `class:${name}`, kind: 'class', what: `class ${name}`, line, excusedToday: excusing.some((r) => r.class === name) })
  }
  for (const { glob, line } of policy.exceptionLines?.ignore ?? []) {
    const test = input.compile(glob)
    candidates.push({ id: `ignore:${glob}`, kind: 'ignore', what: `contract.ignore ${glob}`, line, excusedToday: input.ignoredKeys.some(test) })
  }
  const excused: Record<string, string> = {}
  const stale: StaleException[] = []
  for (const c of candidates) {
    const last = c.excusedToday ? input.today : input.previous?.[c.id]
    if (last) excused[c.id] = last
    if (c.excusedToday || (last && daysBetween(last, input.today) < policy.staleAfterDays)) continue
    stale.push({ kind: c.kind, what: c.what, file, line: c.line, ...(last ? { lastExcused: last } : {}) })
  }
  return { stale, excused }
}
