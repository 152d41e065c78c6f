/** Which environments should hold a secret: the policy's rules, compiled once, first match wins. */
import type { Expected, Policy, Rule } from '../core/policy.js'
import { compileGlob } from './glob.js'

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
      test: compileGlob(glob),
    })),
  }))
  const used = new Set<Rule>()
  // Own properties only: a class name is never looked up on Object.prototype.
  const classOf = (name: string): Expected => (Object.hasOwn(policy.classes, name) ? policy.classes[name]! : [])
  const resolve = (spec: Expected): string[] => (spec === '*' ? environments : environments.filter((e) => spec.includes(e)))
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
        return { expected: resolve(classOf(className)), className, rule, expiredException }
      }
      return { expected: resolve(classOf(policy.default)), className: policy.default, expiredException }
    },
    unusedRules: () => policy.rules.filter((r) => !used.has(r)),
  }
}
