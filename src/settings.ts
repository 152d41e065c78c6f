/**
 * Settings: the one validated object a run reads, built by buildSettings()
 * from option rows through an entry point's reader (action inputs, or CLI
 * flags then environment variables). Every bad value fails here, naming the
 * option and what was expected. Nothing downstream reads process.env.
 */
import { FatalError, errorMessage } from './errors.js'
import { parseInput, valueOf, valueOrDefault, type Option, type OptionReader } from './options.js'
import { DEFAULT_POLICY, PolicyError, type Policy } from './policy.js'
import { z } from './schema.js'
import { DEFAULT_SNAPSHOT_PATH, checkSnapshotTemplate } from './snapshot.js'
import { STORES, type Registry } from './sources/index.js'
import { bindStore, type Store } from './sources/source.js'

export const DEFAULT_POLICY_PATH = '.github/vault-coverage.yml'

export type FailOn = 'none' | 'drift' | 'new-drift' | 'incomplete'

export interface Settings {
  /** The store the inventory comes from, bound to its settings. */
  store: Store
  environments?: string[]
  pathPrefix?: string
  policy: Policy
  failOn: FailOn
  /** Audit clock override (reproducible reports); default: the real clock. */
  now?: Date
  /** Where dated snapshots live: `{date}` in the file name. */
  snapshotPath: string
}

/** The rows every run reads, whatever its store and entry point. */
export const CORE_OPTIONS = {
  source: {
    input: 'source',
    flag: 'source',
    arg: 'KIND[:LOCATION]',
    default: STORES.defaultSpec,
    help: `Where the inventory comes from: ${STORES.usage} (an inventory JSON, see examples/).`,
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
    help: "Audited environment slugs in column order, comma- or space-separated. Empty: the policy's list, else every environment of the project.",
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
    arg: 'none|drift|new-drift|incomplete',
    default: 'incomplete',
    help: 'What fails the run: `none`, `incomplete` (exit 2 when an environment is unreadable), `drift` (also exit 3 on any drift) or `new-drift` (exit 3 only for drift the last committed snapshot does not have: the pull-request check).',
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
    help: 'Total time retries may wait (rate limits honour retry-after within it).',
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
  snapshotPath: {
    input: 'snapshot-path',
    flag: 'snapshot-path',
    arg: 'TEMPLATE',
    default: DEFAULT_SNAPSHOT_PATH,
    help: 'Where dated snapshots live; `{date}` (in the file name) is the run\'s UTC date. The JSON twin goes beside it (`.json`).',
  },
} satisfies Record<string, Option>

export const failOnSchema = z.enum(['none', 'drift', 'new-drift', 'incomplete'])

export const environmentList = (text: string | undefined, name: string): string[] | undefined => {
  const list = (text ?? '').split(/[\s,]+/).filter(Boolean)
  if (list.length === 0) return undefined
  return parseInput(z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'expected environment slugs such as prod,staging,dev'))), list, name)
}

export const parseNow = (text: string, name: string): Date =>
  new Date(parseInput(z.union([z.iso.datetime({ offset: true }), z.iso.date()]), text, name))

const seconds = (reader: OptionReader, option: Option, min: 'positive' | 'zero'): number =>
  parseInput(z.coerce.number().check(min === 'positive' ? z.positive() : z.minimum(0)), valueOrDefault(reader, option), reader.nameOf(option)) * 1000

export async function loadPolicy(
  path: string | undefined,
  readText: (path: string) => Promise<string>,
  exists: (path: string) => boolean,
): Promise<Policy> {
  const chosen = path ?? (exists(DEFAULT_POLICY_PATH) ? DEFAULT_POLICY_PATH : undefined)
  if (!chosen) return DEFAULT_POLICY
  let text: string
  try {
    text = await readText(chosen)
  } catch (err) {
    throw new FatalError(`Cannot read policy file ${chosen}: ${errorMessage(err)}`, { file: chosen })
  }
  const { parsePolicy } = await import('./policy-file.js')
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
}

/** Every row a run reads, from the core and every store: what masking and the docs cover. */
export const settingsOptions = (stores: Registry = STORES): Option[] => [...Object.values(CORE_OPTIONS), ...stores.options()]

/** Settings from option rows, in one place for both entry points. */
export async function buildSettings(reader: OptionReader, ctx: SettingsContext): Promise<Settings> {
  const o = CORE_OPTIONS
  const stores = ctx.stores ?? STORES
  const failOn = parseInput(failOnSchema, valueOrDefault(reader, o.failOn), reader.nameOf(o.failOn))
  const snapshotPath = checkSnapshotTemplate(valueOrDefault(reader, o.snapshotPath)!, reader.nameOf(o.snapshotPath))
  const policy = await loadPolicy(valueOf(reader, o.policy), ctx.readText, ctx.exists)
  const specText = valueOf(reader, o.source) ?? stores.defaultSpec
  const spec = stores.parseSpec(specText)
  if (!spec) throw new FatalError(`Invalid ${reader.nameOf(o.source)}: expected ${stores.usage}, got "${specText}"`)
  const network = {
    timeoutMs: seconds(reader, o.timeout, 'positive'),
    maxWaitMs: seconds(reader, o.maxWait, 'zero'),
    runTimeoutMs: seconds(reader, o.runTimeout, 'positive'),
  }
  const store = bindStore(spec.provider, reader, spec.location, network)
  const prefix = valueOf(reader, o.pathPrefix) ?? policy.pathPrefix ?? store.defaultPathPrefix
  const now = valueOf(reader, o.now)
  return {
    store,
    environments: environmentList(reader.read(o.environments), reader.nameOf(o.environments)) ?? policy.environments,
    ...(prefix ? { pathPrefix: prefix } : {}),
    policy,
    failOn,
    ...(now ? { now: parseNow(now, reader.nameOf(o.now)) } : {}),
    snapshotPath,
  }
}
