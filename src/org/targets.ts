/**
 * The targets file (`.github/vault-coverage-targets.yml`): the org's projects,
 * each a run of its own. A target's keys are the action's input names
 * (`environments`, `infisical-project-id`, `policy`, …); `defaults` applies to
 * every target; credentials never go in the file (a row marked secret is
 * refused). Validated like the policy: an unknown key or a duplicate name
 * names the file and the line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import { errorMessage, FatalError } from '../core/errors.js'
import { compileGlob, GlobError } from '../audit/glob.js'
import type { Option, OptionReader } from '../options.js'

export { DEFAULT_TARGETS_PATH } from './targets-path.js'
/** A target's name: lower-case letters, digits and -, up to 63 (it names files and matrix jobs). */
export const TARGET_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/
const TEAM = /^[A-Za-z0-9][\w .-]{0,62}$/

/** A target's settings, by input name, as text (a list is one entry per line, as the input takes it). */
export type TargetValues = Record<string, string>

export interface Target {
  name: string
  team?: string
  values: TargetValues
  /** Where the target is defined, for messages. */
  line: number
}

export interface TargetsFile {
  origin: string
  defaults: TargetValues
  targets: Target[]
  /** `discover:`: add every Infisical project the identity can see whose slug matches (all when absent). */
  discover?: { match?: string; team?: string; values: TargetValues; line: number }
}

const fail = (origin: string, line: number, message: string): never => {
  throw new FatalError(`${origin}:${line}: ${message}`, { file: origin, line })
}

/** A scalar or a list of scalars as an input's text; anything else is refused. */
function asText(value: unknown, where: string, origin: string, line: number): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('\n')
  return fail(origin, line, `${where}: expected text, a number, true/false or a list of them`)
}

/**
 * Parse and validate a targets file against the option rows a target may set
 * (`inputs`: every row with an input name). Throws a FatalError naming the file and the line.
 */
export function parseTargets(text: string, origin: string, options: readonly Option[]): TargetsFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length) {
    const err = doc.errors[0]!
    fail(origin, lines.linePos(err.pos[0]).line, `not valid YAML: ${err.message.split('\n')[0]}`)
  }
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range
    return range ? lines.linePos(range[0]).line : 1
  }
  const contents = doc.contents
  if (!isMap(contents)) return fail(origin, 1, 'expected a mapping with `targets:` (and optionally `defaults:` and `discover:`)')
  const root = contents
  const byInput = new Map(options.filter((o) => o.input).map((o) => [o.input!, o]))
  const settings = (node: unknown, where: string, extra: readonly string[]): { values: TargetValues; named: Record<string, string> } => {
    if (!isMap(node)) return fail(origin, lineOf(node), `${where}: expected a mapping of settings`)
    const values: TargetValues = {}
    const named: Record<string, string> = {}
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      const line = lineOf(pair.key)
      const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : null)
      if (extra.includes(key)) {
        named[key] = asText(value, `${where}.${key}`, origin, line)
        continue
      }
      const option = byInput.get(key)
      if (!option) {
        fail(origin, line, `${where}: unknown key "${shown(key)}"; a target sets the action's inputs by name (environments, infisical-project-id, policy, …)`)
      }
      // Credentials come from the action's inputs or the environment, once, masked: never from a file in the repository.
      if (option!.secret)
        fail(origin, line, `${where}.${key}: credentials never go in the targets file; give ${key} as the action's input or its environment variable`)
      values[key] = asText(value, `${where}.${key}`, origin, line)
    }
    return { values, named }
  }

  const defaultsNode = root.get('defaults', true)
  const defaults = defaultsNode === undefined ? {} : settings(defaultsNode, 'defaults', []).values
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!['defaults', 'targets', 'discover'].includes(key))
      fail(origin, lineOf(pair.key), `unknown key "${shown(key)}"; expected targets, defaults or discover`)
  }

  const targets: Target[] = []
  const targetsNode = root.get('targets', true)
  if (targetsNode !== undefined && !isSeq(targetsNode)) fail(origin, lineOf(targetsNode), 'targets: expected a list of targets, each with a name')
  for (const [i, node] of (isSeq(targetsNode) ? targetsNode.items : []).entries()) {
    const line = lineOf(node)
    const { values, named } = settings(node, `targets.${i}`, ['name', 'team'])
    const name = named.name
    if (!name) fail(origin, line, `targets.${i}: a target needs a name`)
    if (!TARGET_NAME.test(name!)) fail(origin, line, `targets.${i}.name: "${shown(name!)}" is not a target name (lower-case letters, digits and -, up to 63)`)
    if (named.team !== undefined && !TEAM.test(named.team)) fail(origin, line, `targets.${i}.team: expected a team name (letters, digits, space, . _ -)`)
    const twin = targets.find((t) => t.name === name)
    if (twin) fail(origin, line, `targets.${i}.name: "${name}" is also the name of the target on line ${twin.line}`)
    targets.push({ name: name!, ...(named.team ? { team: named.team } : {}), values, line })
  }

  const discoverNode = root.get('discover', true)
  let discover: TargetsFile['discover']
  if (discoverNode !== undefined) {
    const line = lineOf(discoverNode)
    const { values, named } =
      isScalar(discoverNode) && (discoverNode.value as unknown) === true ? { values: {}, named: {} } : settings(discoverNode, 'discover', ['match', 'team'])
    if (named.match) {
      try {
        compileGlob(named.match)
      } catch (err) {
        if (!(err instanceof GlobError)) throw err
        fail(origin, line, `discover.match: the pattern is ${err.message}`)
      }
    }
    discover = { ...(named.match ? { match: named.match } : {}), ...(named.team ? { team: named.team } : {}), values, line }
  }
  if (!targets.length && !discover) fail(origin, 1, 'no targets: list them under `targets:`, or add `discover:`')
  return { origin, defaults, targets, ...(discover ? { discover } : {}) }
}

/** Read and parse a targets file; a file that cannot be read names itself. */
export async function loadTargets(path: string, readText: (path: string) => Promise<string>, options: readonly Option[]): Promise<TargetsFile> {
  let text: string
  try {
    text = await readText(path)
  } catch (err) {
    throw new FatalError(`Cannot read the targets file ${path}: ${errorMessage(err)}`, { file: path })
  }
  return parseTargets(text, path, options)
}

/** A name from the file, shown only when it is plain text. */
const shown = (text: string): string => (/^[\w .-]{1,64}$/.test(text) ? text : '(not shown)')

/**
 * How a target's run reads its options: the target's own keys, then the
 * file's defaults, then the entry point's reader (credentials, the run's own
 * flags). Messages name where a value came from.
 */
export function targetReader(base: OptionReader, target: Pick<Target, 'name' | 'values'>, file: Pick<TargetsFile, 'origin' | 'defaults'>): OptionReader {
  return {
    read: (option) => {
      const input = option.input
      if (input && input in target.values) return target.values[input]
      if (input && input in file.defaults) return file.defaults[input]
      return base.read(option)
    },
    nameOf: (option) => {
      const input = option.input
      if (input && input in target.values) return `${input} of target ${target.name} (${file.origin})`
      if (input && input in file.defaults) return `defaults.${input} (${file.origin})`
      return base.nameOf(option)
    },
    missingLabel: `${base.missingLabel} (target ${target.name})`,
  }
}
