/**
 * Settings: the one validated object a run reads, built by buildSettings()
 * from option rows through an entry point's reader (action inputs, or CLI
 * flags then environment variables). Every bad value fails here, naming the
 * option and what was expected. Nothing downstream reads process.env.
 */
import { FatalError, errorMessage } from './core/errors.js'
import { parseInput, valueOf, valueOrDefault, type Option, type OptionReader } from './options.js'
import { DEFAULT_POLICY, PolicyError, type Policy } from './core/policy.js'
import { z } from './core/schema.js'
import { DEFAULT_SNAPSHOT_PATH, TREND_NIGHTS, checkSnapshotTemplate } from './history/history.js'
import { STORES, type Registry, type SourceChoice } from './sources/index.js'
import type { Column, NetworkSettings, Provider, Store } from './sources/source.js'

export const DEFAULT_POLICY_PATH = '.github/vault-coverage.yml'

export type FailOn = 'none' | 'drift' | 'new-drift' | 'incomplete'
/** Contract hygiene the gate may include beside the drift mode (`fail-on: new-drift,undeclared`). */
export type HygieneGate = 'undeclared' | 'undocumented' | 'stale-exceptions' | 'unused'

export interface Settings {
  /** The stores the columns read, each bound once to its settings, in the order the columns first name them. */
  stores: Store[]
  /** In column order; undefined: every environment of the one store (the `--source`). */
  columns?: Column[]
  pathPrefix?: string
  policy: Policy
  failOn: FailOn
  /** Contract hygiene that also fails the run (exit 3); empty by default. */
  failOnHygiene: HygieneGate[]
  /** Audit clock override (reproducible reports); default: the real clock. */
  now?: Date
  /** Where dated snapshots live: `{date}` in the file name. */
  snapshotPath: string
  /** The nights the trend covers, this one included; 0: no trend (and no reads beyond the previous snapshot). */
  trendNights: number
}

/** The rows every run reads, whatever its store and entry point. */
export const CORE_OPTIONS = {
  source: {
    input: 'source',
    flag: 'source',
    arg: 'KIND[:LOCATION]',
    default: STORES.defaultSpec,
    help: `The store of bare environment names: ${STORES.sourceUsage} (an inventory JSON, see examples/).`,
  },
  pathPrefix: {
    input: 'path-prefix',
    flag: 'path-prefix',
    env: ['INFISICAL_PATH_PREFIX'],
    arg: 'PATH',
    default: '',
    help: "Folder to audit, recursively. Empty: the policy's `pathPrefix`, else `/`.",
  },
  environments: {
    input: 'environments',
    flag: 'environments',
    arg: 'LIST',
    default: '',
    help: `The columns, in order, one per line or comma-separated: \`NAME\` (an environment of the \`source\` store) or \`NAME=KIND:LOCATION\` (${STORES.columnUsage}). Empty: the policy's list, else every environment of the project.`,
  },
  policy: {
    input: 'policy',
    flag: 'policy',
    arg: 'FILE',
    default: '',
    help: `Policy YAML saying which asymmetries are intentional. Empty: \`${DEFAULT_POLICY_PATH}\` when present.`,
  },
  failOn: {
    input: 'fail-on',
    flag: 'fail-on',
    arg: 'none|drift|new-drift|incomplete[,undeclared][,undocumented][,stale-exceptions][,unused]',
    default: 'incomplete',
    help: 'What fails the run: `none`, `incomplete` (exit 2 when an environment is unreadable), `drift` (also exit 3 on any drift) or `new-drift` (exit 3 only for drift the last committed snapshot does not have: the pull-request check; exit 2 when there is drift and no earlier snapshot could be read, since any of it may be new); add `,undeclared` or `,undocumented` to fail (exit 3) on that contract hygiene too, `,stale-exceptions` on policy exceptions that excused nothing, and `,unused` on unused candidates.',
  },
  timeout: {
    input: 'timeout-seconds',
    flag: 'timeout',
    arg: 'SECONDS',
    default: '30',
    help: 'Timeout of one request to the store.',
  },
  maxWait: {
    input: 'max-wait-seconds',
    flag: 'max-wait',
    arg: 'SECONDS',
    default: '120',
    help: "Total time retries of failures (5xx, network errors, an announced rate-limit window) may wait. A store's quota (429, ThrottlingException) is paced and waited for within the run's time limit instead.",
  },
  runTimeout: {
    input: 'run-timeout-seconds',
    flag: 'run-timeout',
    arg: 'SECONDS',
    default: '300',
    help: 'Time limit for reading the store: every request, retry and wait together. Past it, what is unread is unreadable (exit 2) or the run stops (exit 1).',
  },
  now: {
    input: 'now',
    flag: 'now',
    arg: 'DATETIME',
    default: '',
    help: 'Evaluate expiry as of this ISO 8601 time instead of now (reproducible reports).',
  },
  staleAfterDays: {
    input: 'stale-after-days',
    flag: 'stale-after-days',
    arg: 'DAYS',
    default: '',
    help: 'A policy exception that excused nothing for this many days is listed under "Exceptions that excused nothing" (`fail-on: stale-exceptions` gates on it). Empty: the policy\'s `staleAfterDays`, else 30.',
  },
  unusedAfterDays: {
    input: 'unused-after-days',
    flag: 'unused-after-days',
    arg: 'DAYS',
    default: '90',
    help: 'With contract columns: a stored secret nothing references is an unused candidate when its store says it was not read for this many days (AWS Secrets Manager), or, without an access signal, not changed for as long (a weak candidate). A list to review, never drift.',
  },
  trendNights: {
    input: 'trend-nights',
    flag: 'trend-nights',
    arg: 'NIGHTS',
    default: String(TREND_NIGHTS),
    help: 'The trend (drift, new and resolved per night, time to fix, the oldest open drift) covers this many nights, read from the earlier JSON snapshots: one listing and at most one read per night. 2 to 90; 0 turns it off.',
  },
  snapshotPath: {
    input: 'snapshot-path',
    flag: 'snapshot-path',
    arg: 'TEMPLATE',
    default: DEFAULT_SNAPSHOT_PATH,
    help: "Where dated snapshots live; `{date}` (in the file name) is the run's UTC date. The JSON twin goes beside it (`.json`).",
  },
} satisfies Record<string, Option>

export const failOnSchema = z.enum(['none', 'drift', 'new-drift', 'incomplete'])
const hygieneSchema = z.enum(['undeclared', 'undocumented', 'stale-exceptions', 'unused'])

/** `new-drift,undeclared`: one drift mode (default incomplete) and any contract hygiene. */
export function parseFailOn(text: string, name: string): { failOn: FailOn; failOnHygiene: HygieneGate[] } {
  const words = text.split(/[\s,]+/).filter(Boolean)
  const modes = words.filter((w) => !hygieneSchema.safeParse(w).success)
  if (modes.length > 1) throw new FatalError(`Invalid ${name}: one of none, drift, new-drift or incomplete, not ${modes.join(' and ')}`)
  const failOn = parseInput(failOnSchema, modes[0] ?? 'incomplete', name)
  return { failOn, failOnHygiene: [...new Set(words.filter((w) => hygieneSchema.safeParse(w).success))] as HygieneGate[] }
}

/**
 * Entries split at newlines, whitespace and commas, except commas inside
 * braces (a glob's `{ts,js}`), before a `!` (a code column's exclude,
 * `src/**,!**\/*.test.*`) and inside a `?helpers=` list (up to the next
 * `NAME=` entry).
 */
export function columnEntries(text: string | undefined): string[] | undefined {
  const entries: string[] = []
  let current = ''
  let depth = 0
  const source = text ?? ''
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (ch === '{') depth++
    if (ch === '}') depth = Math.max(0, depth - 1)
    const rest = ch === ',' ? source.slice(i + 1, i + 200) : ''
    const continues = ch === ',' && (rest.startsWith('!') || (current.includes('?helpers=') && !/^[\w-]+=/.test(rest)))
    if (/\s/.test(ch) || (ch === ',' && depth === 0 && !continues)) {
      if (current) entries.push(current)
      current = ''
    } else current += ch
  }
  if (current) entries.push(current)
  return entries.length ? entries : undefined
}

/** The columns of `entries`, checked; the `--source` store is resolved only when a bare name needs it. */
export function parseColumns(entries: string[], stores: Registry, source: () => SourceChoice, name: string): Column[] {
  const columns: Column[] = []
  for (const entry of entries) {
    let column: Column
    try {
      column = stores.column(entry, source)
    } catch (err) {
      if (err instanceof FatalError) throw err
      throw new FatalError(`Invalid ${name}: ${errorMessage(err)}`)
    }
    if (columns.some((c) => c.name === column.name)) throw new FatalError(`Invalid ${name}: the column name "${column.name}" is used twice`)
    columns.push(column)
  }
  return columns
}

const NOW_FORMAT = 'expected an ISO 8601 day or time such as 2026-11-23 or 2026-11-23T06:00:00Z'
export const parseNow = (text: string, name: string): Date =>
  new Date(parseInput(z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: NOW_FORMAT }), text, name))

const seconds = (reader: OptionReader, option: Option, min: 'positive' | 'zero'): number => {
  const expected = `expected a number of seconds ${min === 'positive' ? 'above 0' : '(0 or more)'}, such as ${option.default ?? '30'}`
  const schema = z.coerce.number({ error: expected }).check(z.refine((n) => Number.isFinite(n) && (min === 'positive' ? n > 0 : n >= 0), expected))
  return parseInput(schema, valueOrDefault(reader, option), reader.nameOf(option)) * 1000
}

export async function loadPolicy(path: string | undefined, readText: (path: string) => Promise<string>, exists: (path: string) => boolean): Promise<Policy> {
  const chosen = path ?? (exists(DEFAULT_POLICY_PATH) ? DEFAULT_POLICY_PATH : undefined)
  if (!chosen) return DEFAULT_POLICY
  let text: string
  try {
    text = await readText(chosen)
  } catch (err) {
    throw new FatalError(`Cannot read policy file ${chosen}: ${errorMessage(err)}`, { file: chosen })
  }
  const { parsePolicy } = await import('./files/policy-file.js')
  try {
    return parsePolicy(text, chosen)
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new FatalError(`Invalid policy: ${err.message}`, { file: err.file ?? chosen, ...(err.line ? { line: err.line } : {}) })
    }
    throw err
  }
}

export interface SettingsContext {
  readText: (path: string) => Promise<string>
  exists: (path: string) => boolean
  /** The stores a source spec may name; the built-in registry by default. */
  stores?: Registry
  /** A pull-request event: the checkout (and so the policy file) is the pull request's. */
  pullRequest?: boolean
}

/** Every row a run reads, from the core and every store: what masking and the docs cover. */
export const settingsOptions = (stores: Registry = STORES): Option[] => [...Object.values(CORE_OPTIONS), ...stores.options()]

/**
 * On a pull request the policy file is the pull request's: it may classify, order and narrow, never add a
 * reader of a new location. Bare names are environments of the store the workflow configured; a column with
 * a kind (another store, a file of the checkout) must come from the workflow's own input.
 */
function refuseNewReaders(policy: Policy): void {
  const columns = (policy.environments ?? []).filter((entry) => entry.includes('='))
  if (!columns.length) return
  const shown = columns
    .slice(0, 3)
    .map((c) => c.replace(/[^\w.:/=*{},@+#-]/g, '?'))
    .join(', ')
  throw new FatalError(
    `On a pull request the policy file ${policy.origin} may not name columns of its own (${shown}${columns.length > 3 ? ', …' : ''}): the pull request controls that file. Name them in the workflow's \`environments\` input; the policy may still name bare environments and set rules and classes.`,
    { file: policy.origin },
  )
}

/** The timeouts every store reads with, from the rows. */
export const networkSettings = (reader: OptionReader): NetworkSettings => ({
  timeoutMs: seconds(reader, CORE_OPTIONS.timeout, 'positive'),
  maxWaitMs: seconds(reader, CORE_OPTIONS.maxWait, 'zero'),
  runTimeoutMs: seconds(reader, CORE_OPTIONS.runTimeout, 'positive'),
})

/** Settings from option rows, in one place for both entry points. */
export async function buildSettings(reader: OptionReader, ctx: SettingsContext): Promise<Settings> {
  const o = CORE_OPTIONS
  const stores = ctx.stores ?? STORES
  const { failOn, failOnHygiene } = parseFailOn(valueOrDefault(reader, o.failOn)!, reader.nameOf(o.failOn))
  const snapshotPath = checkSnapshotTemplate(valueOrDefault(reader, o.snapshotPath)!, reader.nameOf(o.snapshotPath))
  const loaded = await loadPolicy(valueOf(reader, o.policy), ctx.readText, ctx.exists)
  // Day counts from the rows override the policy's: stale-after-days (when given), unused-after-days.
  const days = (text: string, option: Option) =>
    parseInput(
      z.pipe(
        z.coerce.number({ error: 'expected a number of days such as 30' }),
        z.int({ error: 'expected a whole number of days such as 30' }).check(z.minimum(0)),
      ),
      text,
      reader.nameOf(option),
    )
  const staleText = valueOf(reader, o.staleAfterDays)
  const policy = {
    ...loaded,
    unusedAfterDays: days(valueOrDefault(reader, o.unusedAfterDays)!, o.unusedAfterDays),
    ...(staleText ? { staleAfterDays: days(staleText, o.staleAfterDays) } : {}),
  }
  const specText = valueOf(reader, o.source) ?? stores.defaultSpec
  const spec = stores.parseSpec(specText)
  if (!spec) throw new FatalError(`Invalid ${reader.nameOf(o.source)}: expected ${stores.sourceUsage}, got "${specText}"`)
  const network = networkSettings(reader)
  const given = columnEntries(reader.read(o.environments))
  if (!given && ctx.pullRequest) refuseNewReaders(policy)
  const entries = given ?? policy.environments
  const columnsFrom = given ? reader.nameOf(o.environments) : `environments in ${policy.origin}`
  const columns = entries && parseColumns(entries, stores, () => spec, columnsFrom)
  // Only the kinds the columns name are bound: a Vault-only run needs no Infisical settings.
  const providers: Provider[] = columns ? [...new Set(columns.map((c) => stores.provider(c.kind)!))] : [spec.provider]
  if (providers.every((p) => p.contract)) {
    throw new FatalError(
      `Invalid ${reader.nameOf(o.environments)}: contract columns (${providers.map((p) => p.usage).join(', ')}) are held against store columns: name at least one store column too`,
    )
  }
  if (columns) {
    // A contract column scoped to environments (manifests ending `?env=prod`) names store columns of this run.
    const storeNames = columns.filter((c) => !stores.provider(c.kind)!.contract).map((c) => c.name)
    for (const column of columns) {
      const unknown =
        stores
          .provider(column.kind)!
          .scope?.(column.location)
          ?.filter((e) => !storeNames.includes(e)) ?? []
      if (unknown.length)
        throw new FatalError(
          `Invalid ${columnsFrom}: entry "${column.name}=${column.spec ?? column.location}": env=${unknown.join(',')} names no store column (store columns: ${storeNames.join(', ')})`,
        )
    }
  }
  const storeList = providers.map((p) => p.bind(reader, p === spec.provider ? spec.location : undefined, network))
  const prefix = valueOf(reader, o.pathPrefix) ?? policy.pathPrefix ?? storeList.find((s) => !s.contract)!.defaultPathPrefix
  const now = valueOf(reader, o.now)
  return {
    stores: storeList,
    ...(columns ? { columns } : {}),
    ...(prefix ? { pathPrefix: prefix } : {}),
    policy,
    failOn,
    failOnHygiene,
    ...(now ? { now: parseNow(now, reader.nameOf(o.now)) } : {}),
    snapshotPath,
    trendNights: parseInput(
      z.pipe(
        z.coerce.number({ error: 'expected a number of nights such as 30' }),
        z.int({ error: 'expected a whole number of nights' }).check(z.refine((n: number) => n === 0 || (n >= 2 && n <= 90), 'expected 0 (off) or 2 to 90')),
      ),
      valueOrDefault(reader, o.trendNights)!,
      reader.nameOf(o.trendNights),
    ),
  }
}
