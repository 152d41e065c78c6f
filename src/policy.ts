/**
 * The policy: which asymmetries are intentional, and "which environments
 * should hold this secret?". The YAML file format is policy-file.ts, loaded
 * only when a policy file exists.
 */
import picomatch from 'picomatch'

/** Environments a secret belongs in: `*` (every audited one) or a list. */
export type Expected = '*' | string[]

export interface Rule {
  match: string[]
  class?: string
  expected?: Expected
  reason?: string
  owner?: string
  until?: string
  requireExpiry?: boolean
  maxAgeDays?: number
}

export interface Policy {
  environments?: string[]
  pathPrefix?: string
  classes: Record<string, Expected>
  rules: Rule[]
  default: string
  skew: { versionGap: number; lagDays: number }
  expiry: { warnDays: number; suffix: string }
  /** Where the policy came from, for messages ("built-in defaults" or a path). */
  origin: string
}

/** The runbook's three kinds of secret. A policy file may override or add classes. */
export const BUILTIN_CLASSES: Record<string, Expected> = {
  'account-wide': ['prod'],
  'env-specific': '*',
  'dev-only': ['dev'],
}

export const DEFAULT_POLICY: Policy = {
  classes: BUILTIN_CLASSES,
  rules: [],
  default: 'env-specific',
  skew: { versionGap: 3, lagDays: 7 },
  expiry: { warnDays: 14, suffix: '__EXPIRES_AT' },
  origin: 'built-in defaults',
}

export class PolicyError extends Error {
  override name = 'PolicyError'
}

export interface Classification {
  /** Environments that should hold the secret, in audit order. */
  expected: string[]
  className: string
  rule?: Rule
  /** Set when an exception matched but its `until` date has passed. */
  expiredException?: Rule
}

export interface Classifier {
  classify(path: string, key: string): Classification
  /** Rules that matched no secret at all, for policy hygiene. */
  unusedRules(): Rule[]
}

/**
 * Compile the rules once; `today` is YYYY-MM-DD (the audit's clock), so an
 * exception stops applying the day after its `until` date.
 */
export function classifier(policy: Policy, environments: string[], today: string): Classifier {
  const compiled = policy.rules.map((rule) => ({
    rule,
    tests: rule.match.map((glob) => ({
      onPath: glob.includes('/'),
      test: picomatch(glob, { dot: true, nocase: false }),
    })),
  }))
  const used = new Set<Rule>()
  const resolve = (spec: Expected): string[] =>
    spec === '*' ? environments : environments.filter((e) => spec.includes(e))
  return {
    classify(path, key) {
      const full = path === '/' ? `/${key}` : `${path}/${key}`
      let expiredException: Rule | undefined
      for (const { rule, tests } of compiled) {
        if (!tests.some((t) => t.test(t.onPath ? full : key))) continue
        used.add(rule)
        if (rule.until && rule.until < today) {
          expiredException ??= rule
          continue
        }
        if (rule.expected) return { expected: resolve(rule.expected), className: 'custom', rule, expiredException }
        const className = rule.class ?? policy.default
        return { expected: resolve(policy.classes[className]!), className, rule, expiredException }
      }
      return { expected: resolve(policy.classes[policy.default]!), className: policy.default, expiredException }
    },
    unusedRules: () => policy.rules.filter((r) => !used.has(r)),
  }
}
