/** The policy file: YAML validated with zod, errors naming the file, the line and what was expected. */
import { parseDocument, LineCounter, isMap, isScalar } from 'yaml'
import { z, type Infer } from '../core/schema.js'
import { compileGlob, GlobError } from '../audit/glob.js'
import { isOwner, OWNER_FORMS } from '../audit/owners.js'
import { BUILTIN_CLASSES, contractIgnore, DEFAULT_POLICY, PolicyError, type EnvironmentRef, type Expected, type Policy, type Rule } from '../core/policy.js'

const nonEmpty = () => z.string().check(z.minLength(1))
const envList = z.array(nonEmpty()).check(z.minLength(1))
// `expected: []` is a key known and expected nowhere (a variable no store should hold); a class names at least one.
const expectedSpec = z.union([z.literal('*'), z.array(nonEmpty())])
const classSpec = z.union([z.literal('*'), envList])
// YAML reads an unquoted 2027-01-31 as a Date: accept both, keep the day.
const isoDay = z.pipe(
  z.pipe(
    z.union([z.string(), z.date()]),
    z.transform((v: string | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  ),
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2027-01-31')),
)

const ruleSchema = z
  .strictObject({
    match: z.union([nonEmpty(), z.array(nonEmpty()).check(z.minLength(1))]),
    class: z.optional(nonEmpty()),
    expected: z.optional(expectedSpec),
    reason: z.optional(z.string()),
    owner: z.optional(z.string()),
    until: z.optional(isoDay),
    requireExpiry: z.optional(z.boolean()),
    maxAgeDays: z.optional(z.int().check(z.positive())),
    // Rotation cadences as secret inventories write them: sets maxAgeDays; on-compromise sets none.
    rotate: z.optional(
      z
        .string()
        .check(
          z.regex(/^(monthly|quarterly|yearly|on-compromise|[1-9]\d*d)$/, 'expected monthly, quarterly, yearly, on-compromise or a number of days such as 45d'),
        ),
    ),
  })
  .check(
    z.refine((r) => !(r.class && r.expected), { message: 'give either class or expected, not both' }),
    z.refine((r) => !(r.rotate && r.maxAgeDays !== undefined), { message: 'give either rotate or maxAgeDays, not both' }),
  )

const CADENCE_DAYS: Record<string, number | undefined> = { monthly: 30, quarterly: 90, yearly: 365, 'on-compromise': undefined }

/** `quarterly` → 90, `45d` → 45, `on-compromise` → undefined (no rotation age). */
export const rotationDays = (rotate: string): number | undefined => (rotate in CADENCE_DAYS ? CADENCE_DAYS[rotate] : Number(rotate.slice(0, -1)))

export const policySchema = z.strictObject({
  environments: z.optional(envList),
  pathPrefix: z.optional(nonEmpty()),
  classes: z.optional(z.record(z.string(), classSpec)),
  rules: z.optional(z.array(ruleSchema)),
  default: z.optional(nonEmpty()),
  skew: z.optional(
    z.strictObject({
      versionGap: z.optional(z.int().check(z.minimum(1))),
      lagDays: z.optional(z.number().check(z.minimum(0))),
    }),
  ),
  names: z.optional(z.enum(['exact', 'loose'])),
  staleAfterDays: z.optional(z.int().check(z.minimum(0))),
  owners: z.optional(z.record(nonEmpty(), z.union([nonEmpty(), z.array(nonEmpty()).check(z.minLength(1))]))),
  contract: z.optional(
    z.strictObject({
      // Keys the contract columns leave out (globs; `!GLOB` takes a default back out of the list).
      ignore: z.optional(z.array(nonEmpty())),
    }),
  ),
  expiry: z.optional(
    z.strictObject({
      warnDays: z.optional(z.number().check(z.minimum(0))),
      suffix: z.optional(nonEmpty()),
    }),
  ),
})

export type PolicyFile = Infer<typeof policySchema>

/** Parse and validate policy YAML; errors name the file, the line and what was expected. */
export function parsePolicy(text: string, origin: string): Policy {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!
    const { line } = lineCounter.linePos(err.pos[0])
    throw new PolicyError(`${origin}:${line}: not valid YAML: ${err.message.split('\n')[0]}`, origin, line)
  }
  const raw = doc.toJS() ?? {}
  const parsed = policySchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    // For an unknown key, point at the key itself rather than its parent.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
    const line = lineOf(doc, lineCounter, at)
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)'
    throw new PolicyError(`${origin}:${line}: ${where}: ${issue.message}`, origin, line)
  }
  // Every glob compiles now, before any request: one that cannot be used names its rule and line.
  for (const [i, rule] of (parsed.data.rules ?? []).entries()) {
    for (const glob of Array.isArray(rule.match) ? rule.match : [rule.match]) {
      try {
        compileGlob(glob)
      } catch (err) {
        if (!(err instanceof GlobError)) throw err
        const line = lineOf(doc, lineCounter, ['rules', i, 'match'])
        throw new PolicyError(`${origin}:${line}: rules.${i}.match: the pattern is ${err.message}`, origin, line)
      }
    }
  }
  // Owners become mentions: only the accepted forms, each refused with its line otherwise (a mention is never built from outside text).
  const owners: NonNullable<Policy['owners']> = []
  for (const [match, given] of Object.entries(parsed.data.owners ?? {})) {
    const line = lineOf(doc, lineCounter, ['owners', match])
    const list = Array.isArray(given) ? given : [given]
    const bad = list.find((o) => !isOwner(o))
    if (bad !== undefined) {
      const shown = /^[\w@:./ -]{1,80}$/.test(bad) ? `"${bad}"` : 'a value that is not an owner'
      throw new PolicyError(`${origin}:${line}: owners: ${shown} is not an owner; expected ${OWNER_FORMS.map(([, what]) => what).join(', ')}`, origin, line)
    }
    try {
      if (!match.startsWith('/') || /[*?[{]/.test(match)) compileGlob(match)
    } catch (err) {
      if (!(err instanceof GlobError)) throw err
      throw new PolicyError(`${origin}:${line}: owners: the pattern is ${err.message}`, origin, line)
    }
    owners.push({ match, owners: list, line })
  }
  for (const [i, glob] of (parsed.data.contract?.ignore ?? []).entries()) {
    try {
      compileGlob(glob.replace(/^!/, ''))
    } catch (err) {
      if (!(err instanceof GlobError)) throw err
      const line = lineOf(doc, lineCounter, ['contract', 'ignore', i])
      throw new PolicyError(`${origin}:${line}: contract.ignore.${i}: the pattern is ${err.message}`, origin, line)
    }
  }
  // Where each environment the file names sits: a typo (`stagin`) must be refused, not silently dropped.
  const refs: EnvironmentRef[] = []
  const named = (list: Expected | undefined, path: (string | number)[]) => {
    if (Array.isArray(list)) list.forEach((name, j) => refs.push({ name, where: path.join('.'), line: lineOf(doc, lineCounter, [...path, j]) }))
  }
  for (const [name, spec] of Object.entries(parsed.data.classes ?? {})) named(spec, ['classes', name])
  for (const [i, rule] of (parsed.data.rules ?? []).entries()) named(rule.expected, ['rules', i, 'expected'])
  const policy = resolvePolicy(parsed.data, origin)
  policy.rules.forEach((rule, i) => (rule.line = lineOf(doc, lineCounter, ['rules', i])))
  const exceptionLines = {
    classes: Object.fromEntries(Object.keys(parsed.data.classes ?? {}).map((name) => [name, lineOf(doc, lineCounter, ['classes', name])])),
    ignore: (parsed.data.contract?.ignore ?? []).flatMap((glob, i) =>
      glob.startsWith('!') ? [] : [{ glob, line: lineOf(doc, lineCounter, ['contract', 'ignore', i]) }],
    ),
  }
  return { ...policy, ...(refs.length ? { environmentRefs: refs } : {}), ...(owners.length ? { owners } : {}), exceptionLines }
}

function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]): number {
  // Walk as deep as the path goes; report the deepest node that exists.
  let node: unknown = doc.contents
  let offset = 0
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
      if (!pair) break
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined
      if (keyRange) offset = keyRange[0]
      node = pair.value
    } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
      node = (node as { items: unknown[] }).items[key]
    } else break
    const range = (node as { range?: [number, number, number] } | null)?.range
    if (range) offset = range[0]
  }
  return counter.linePos(offset).line
}

function resolvePolicy(file: PolicyFile, origin: string): Policy {
  // A map without a prototype, read with own-property checks: a class named constructor, toString or
  // __proto__ is refused here, before any request, instead of crashing after the vault is read.
  const classes: Record<string, Expected> = Object.assign(Object.create(null), BUILTIN_CLASSES)
  for (const [name, spec] of Object.entries(file.classes ?? {})) {
    if (name in Object.prototype) throw new PolicyError(`${origin}: class name "${name}" is reserved; choose another name`, origin)
    classes[name] = spec
  }
  const rules: Rule[] = (file.rules ?? []).map(({ rotate, ...r }) => {
    const maxAgeDays = rotate ? rotationDays(rotate) : r.maxAgeDays
    return { ...r, match: Array.isArray(r.match) ? r.match : [r.match], ...(maxAgeDays !== undefined ? { maxAgeDays } : {}) }
  })
  const fallback = file.default ?? DEFAULT_POLICY.default
  for (const name of [fallback, ...rules.flatMap((r) => (r.class ? [r.class] : []))]) {
    if (!Object.hasOwn(classes, name)) {
      throw new PolicyError(`${origin}: unknown class "${name}"; expected one of: ${Object.keys(classes).join(', ')}`, origin)
    }
  }
  return {
    environments: file.environments,
    pathPrefix: file.pathPrefix,
    classes,
    rules,
    default: fallback,
    skew: { ...DEFAULT_POLICY.skew, ...file.skew },
    expiry: { ...DEFAULT_POLICY.expiry, ...file.expiry },
    names: file.names ?? DEFAULT_POLICY.names,
    contract: { ignore: contractIgnore(file.contract?.ignore ?? []) },
    staleAfterDays: file.staleAfterDays ?? DEFAULT_POLICY.staleAfterDays,
    unusedAfterDays: DEFAULT_POLICY.unusedAfterDays,
    origin,
  }
}
