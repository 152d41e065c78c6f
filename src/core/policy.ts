/**
 * The policy: which asymmetries are intentional. Plain data and defaults; the
 * YAML file format is policy-file.ts, and applying rules to secrets is
 * audit/classify.ts.
 */
/** Environments a secret belongs in: `*` (every audited one) or a list. */
export type Expected = '*' | string[]

export interface Rule {
  match: string[]
  /** Where the rule is in the policy file (1-based), for findings that point at it. */
  line?: number
  class?: string
  expected?: Expected
  reason?: string
  owner?: string
  until?: string
  requireExpiry?: boolean
  maxAgeDays?: number
}

/** How keys match across columns: `exact`, or `loose` (case-insensitive, `_` and `-` the same). */
export type NameMatching = 'exact' | 'loose'

/** An environment a policy file names (in a class or a rule's `expected`), and where. */
export interface EnvironmentRef {
  name: string
  /** `classes.account-wide`, `rules.2.expected`. */
  where: string
  line: number
}

export interface Policy {
  environments?: string[]
  /** The environments the file's classes and rules name: each must be an audited column (the built-in classes' are not checked). */
  environmentRefs?: EnvironmentRef[]
  pathPrefix?: string
  classes: Record<string, Expected>
  rules: Rule[]
  default: string
  skew: { versionGap: number; lagDays: number }
  expiry: { warnDays: number; suffix: string }
  names: NameMatching
  /** What the contract columns leave out: keys that are not secrets (`NODE_ENV`, `PATH`, the runner's `GITHUB_*`). */
  contract: { ignore: string[] }
  /** The policy file's own classes and contract.ignore globs, with their lines: exceptions that may go stale. */
  exceptionLines?: { classes: Record<string, number>; ignore: { glob: string; line: number }[] }
  /** An exception that excused nothing is reported once it has excused nothing for this many days (history). */
  staleAfterDays: number
  /** A stored secret not read (or, without an access signal, not changed) for this many days may be unused. */
  unusedAfterDays: number
  /** `owners:`: who owns the rows a key glob, a `path/key` glob or a folder matches (validated mentions only). */
  owners?: { match: string; owners: string[]; line?: number }[]
  /** Where the policy came from, for messages ("built-in defaults" or a path). */
  origin: string
}

/** The runbook's three kinds of secret. A policy file may override or add classes. */
export const BUILTIN_CLASSES: Record<string, Expected> = {
  'account-wide': ['prod'],
  'env-specific': '*',
  'dev-only': ['dev'],
}

/**
 * Variables the contract columns leave out unless the policy takes them back:
 * the runtime's, the platform's and the runner's, never a secret to provision.
 */
export const DEFAULT_CONTRACT_IGNORE = [
  'NODE_ENV',
  'CI',
  'PATH',
  'HOME',
  'PWD',
  'TZ',
  'LANG',
  'PORT',
  'HOSTNAME',
  'RAILS_ENV',
  'RACK_ENV',
  'DEBUG',
  // The runner's own variables, by name: a glob such as GITHUB_* would also hide GITHUB_CLIENT_SECRET, an application's secret.
  ...['ACTION', 'ACTIONS', 'ACTION_PATH', 'ACTION_REPOSITORY', 'ACTOR', 'ACTOR_ID', 'API_URL', 'BASE_REF', 'ENV', 'EVENT_NAME', 'EVENT_PATH']
    .concat(['GRAPHQL_URL', 'HEAD_REF', 'JOB', 'OUTPUT', 'PATH', 'REF', 'REF_NAME', 'REF_PROTECTED', 'REF_TYPE', 'REPOSITORY', 'REPOSITORY_ID'])
    .concat(['REPOSITORY_OWNER', 'REPOSITORY_OWNER_ID', 'RETENTION_DAYS', 'RUN_ATTEMPT', 'RUN_ID', 'RUN_NUMBER', 'SERVER_URL', 'SHA', 'STATE'])
    .concat(['STEP_SUMMARY', 'TRIGGERING_ACTOR', 'WORKFLOW', 'WORKFLOW_REF', 'WORKFLOW_SHA', 'WORKSPACE'])
    .map((name) => `GITHUB_${name}`),
  ...['ARCH', 'DEBUG', 'ENVIRONMENT', 'NAME', 'OS', 'TEMP', 'TOOL_CACHE'].map((name) => `RUNNER_${name}`),
  // Cargo sets these for `env!()` at build time (CARGO_REGISTRY_TOKEN, a secret, is not one of them).
  'CARGO_PKG_*',
  'CARGO_MANIFEST_DIR',
  'CARGO_CRATE_NAME',
  'CARGO_BIN_NAME',
]

/** The defaults and a policy's `contract.ignore`: its globs are added, its `!GLOB`s remove the defaults they match. */
export function contractIgnore(listed: readonly string[]): string[] {
  const removed = listed.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
  const added = listed.filter((g) => !g.startsWith('!'))
  return [...new Set([...DEFAULT_CONTRACT_IGNORE.filter((d) => !removed.includes(d)), ...added])]
}

export const DEFAULT_POLICY: Policy = {
  classes: BUILTIN_CLASSES,
  rules: [],
  default: 'env-specific',
  skew: { versionGap: 3, lagDays: 7 },
  expiry: { warnDays: 14, suffix: '__EXPIRES_AT' },
  names: 'exact',
  contract: { ignore: DEFAULT_CONTRACT_IGNORE },
  staleAfterDays: 30,
  unusedAfterDays: 90,
  origin: 'built-in defaults',
}

/** A policy file that cannot be used; `file` and `line` say where, for an annotation. */
export class PolicyError extends Error {
  override name = 'PolicyError'
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

/** A shown name: the policy file's text, only when it is a plain environment name. */
const shown = (name: string): string => (/^[A-Za-z0-9_-]{1,64}$/.test(name) ? `"${name}"` : 'a name that is not an environment name')

/**
 * Every environment the policy file names must be an audited column: a typo in `expected` or a class would
 * otherwise change what counts as drift without a word. Throws naming the file, the line and the known names.
 */
export function checkPolicyEnvironments(policy: Policy, audited: readonly string[]): void {
  const unknown = policy.environmentRefs?.find((ref) => !audited.includes(ref.name))
  if (!unknown) return
  throw new PolicyError(
    `${policy.origin}:${unknown.line}: ${unknown.where}: unknown environment ${shown(unknown.name)}; the audited environments are ${audited.join(', ')}`,
    policy.origin,
    unknown.line,
  )
}
