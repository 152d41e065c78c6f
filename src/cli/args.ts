/**
 * The command line's half of the settings: its own rows (format, output,
 * previous, help, version), a reader of flags then environment variables,
 * and the --help text, generated from every row so it cannot go stale.
 */
import { parseArgs } from 'node:util'
import { FatalError, errorMessage } from '../core/errors.js'
import { parseInput, valueOf, valueOrDefault, type Option, type OptionReader } from '../options.js'
import { z } from '../core/schema.js'
import { ORG_OPTIONS } from '../org/options.js'
import {
  buildSettings,
  CORE_OPTIONS,
  parseFailOn,
  parseNow,
  settingsOptions,
  type FailOn,
  type HygieneGate,
  type Settings,
  type SettingsContext,
} from '../settings.js'
import type { Registry } from '../sources/index.js'

export type Format = 'md' | 'csv' | 'json' | 'sarif'

export const CLI_OPTIONS = {
  format: { flag: 'format', arg: 'md|csv|json|sarif', default: 'md', help: 'Report format (sarif: SARIF 2.1.0 for GitHub code scanning).' },
  output: { flag: 'output', arg: 'FILE', help: 'Write the report to FILE instead of stdout.' },
  previous: {
    flag: 'previous',
    arg: 'FILE|auto|none',
    default: 'auto',
    help: 'The snapshot JSON to compare with; auto: the newest before today beside --snapshot-path.',
  },
  targets: ORG_OPTIONS.targets,
  parallel: { flag: 'parallel', arg: 'N', default: '4', help: 'With --targets: how many targets are audited at a time.' },
  outputDir: { flag: 'output-dir', arg: 'DIR', help: 'With --targets or rollup: write TARGET.json, TARGET.md, org.json and org.md into DIR.' },
  snapshotDir: ORG_OPTIONS.snapshotDir,
  help: { flag: 'help', short: 'h', boolean: true, help: 'Show this help.' },
  version: { flag: 'version', short: 'v', boolean: true, help: 'Show the version.' },
} satisfies Record<string, Option>

const formatSchema = z.enum(['md', 'csv', 'json', 'sarif'])

/** Where the previous snapshot comes from, for the delta. */
export type PreviousSpec = { kind: 'none' } | { kind: 'auto'; snapshotPath: string } | { kind: 'path'; path: string }

/** The org's gate and output, read once for every target. */
export interface OrgCommand {
  format: Format
  /** `--now`: the org report's date too. */
  now?: Date
  outputDir?: string
  failOn: FailOn
  failOnHygiene: HygieneGate[]
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'audit'; settings: Settings; format: Format; output?: string; previous: PreviousSpec }
  | (OrgCommand & { kind: 'org'; targets: string; parallel: number; snapshotDir: string; history: boolean; reader: OptionReader })
  | (OrgCommand & { kind: 'rollup'; dir: string; targets?: string })

export interface CliContext extends SettingsContext {
  env: Record<string, string | undefined>
}

const allOptions = (stores?: Registry): Option[] => [...settingsOptions(stores), ...Object.values(CLI_OPTIONS)]

/** Flags first, then the row's environment variables; a repeatable flag follows the environment's value. */
export function cliReader(values: Record<string, string | string[] | boolean | undefined>, env: Record<string, string | undefined>): OptionReader {
  const fromEnv = (option: Option): string | undefined => {
    const set = (option.env ?? []).filter((name) => env[name] !== undefined && env[name] !== '')
    const same = option.normalize ?? ((v: string) => v.trim())
    const differing = set.filter((name) => same(env[name]!) !== same(env[set[0]!]!))
    // An alias that disagrees with its name is an error, not a silent choice (the values are never shown).
    if (differing.length) throw new FatalError(`${set[0]} and ${differing[0]} are both set, to different values: keep one`)
    return set.length ? env[set[0]!] : option.env?.map((name) => env[name]).find((v) => v !== undefined)
  }
  return {
    read(option) {
      const flag = option.flag === undefined ? undefined : values[option.flag]
      if (option.multiple) {
        const parts = [fromEnv(option), ...((flag as string[] | undefined) ?? [])].filter((v) => v !== undefined)
        return parts.length ? parts.join('\n') : undefined
      }
      if (typeof flag === 'string') return flag
      return fromEnv(option)
    },
    // The primary variable only: aliases are accepted, not advertised in messages.
    nameOf: (option) => [option.flag && `--${option.flag}`, option.env?.[0]].filter(Boolean).join(' / '),
    missingLabel: 'Missing required env vars',
  }
}

export async function cliCommand(argv: string[], ctx: CliContext): Promise<CliCommand> {
  // `rollup DIR`: the one subcommand, with one positional argument.
  const rollup = argv[0] === 'rollup'
  const args = rollup ? argv.slice(1) : argv
  const flags: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {}
  for (const option of allOptions(ctx.stores)) {
    if (!option.flag) continue
    flags[option.flag] = {
      type: option.boolean ? 'boolean' : 'string',
      ...(option.multiple ? { multiple: true } : {}),
      ...(option.short ? { short: option.short } : {}),
    }
  }
  let values
  let positionals: string[] = []
  try {
    const parsed = parseArgs({ args, strict: true, allowPositionals: rollup, options: flags })
    values = parsed.values
    positionals = parsed.positionals
  } catch (err) {
    throw new FatalError(`${errorMessage(err)}${suggestion(err, Object.keys(flags))}\nRun with --help for the options.`)
  }
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const reader = cliReader(values as Record<string, string | string[] | boolean | undefined>, ctx.env)
  const o = CLI_OPTIONS
  const format = parseInput(formatSchema, valueOrDefault(reader, o.format), reader.nameOf(o.format))
  const targets = valueOf(reader, o.targets)
  if (rollup || targets) {
    const outputDir = valueOf(reader, o.outputDir)
    const now = valueOf(reader, CORE_OPTIONS.now)
    const org = {
      format,
      ...(outputDir ? { outputDir } : {}),
      ...(now ? { now: parseNow(now, reader.nameOf(CORE_OPTIONS.now)) } : {}),
      ...parseFailOn(valueOrDefault(reader, CORE_OPTIONS.failOn)!, reader.nameOf(CORE_OPTIONS.failOn)),
    }
    if (rollup) {
      if (positionals.length !== 1)
        throw new FatalError('Usage: vault-coverage-audit rollup DIR [--targets FILE] [--output-dir OUT]: one directory of target reports')
      return { kind: 'rollup', ...org, dir: positionals[0]!, ...(targets ? { targets } : {}) }
    }
    const parallel = parseInput(
      z.pipe(
        z.coerce.number(),
        z.int().check(
          z.minimum(1),
          z.refine((n) => n <= 64, 'at most 64'),
        ),
      ),
      valueOrDefault(reader, o.parallel),
      reader.nameOf(o.parallel),
    )
    const previous = valueOrDefault(reader, o.previous)!
    if (previous !== 'auto' && previous !== 'none')
      throw new FatalError(`Invalid ${reader.nameOf(o.previous)}: with --targets, auto (each target's own folder) or none`)
    return { kind: 'org', ...org, targets: targets!, parallel, snapshotDir: valueOrDefault(reader, o.snapshotDir)!, history: previous === 'auto', reader }
  }
  const settings = await buildSettings(reader, ctx)
  const previous = valueOrDefault(reader, o.previous)!
  const output = valueOf(reader, o.output)
  return {
    kind: 'audit',
    format,
    settings,
    ...(output ? { output } : {}),
    previous:
      previous === 'none' ? { kind: 'none' } : previous === 'auto' ? { kind: 'auto', snapshotPath: settings.snapshotPath } : { kind: 'path', path: previous },
  }
}

const wrap = (text: string, width: number, indent: number): string => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`)
}

/** --help, from the rows: every flag, then every environment variable. */
export function usage(stores?: Registry): string {
  const options = allOptions(stores)
  const column = 30
  const entry = (name: string, help: string) => {
    const head = `  ${name}`
    const text = wrap(help.replace(/`/g, ''), 100 - column, column)
    return head.length < column ? `${head.padEnd(column)}${text}` : `${head}\n${' '.repeat(column)}${text}`
  }
  const withDefault = (o: Option) => `${o.help}${o.multiple ? ' Repeatable.' : ''}${o.default ? ` Default: ${o.default}.` : ''}`
  const flags = options
    .filter((o) => o.flag)
    .map((o) =>
      entry(`${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.arg ? ` ${o.arg}` : ''}`, o.env ? `${withDefault(o)} Also ${o.env.join(', ')}.` : withDefault(o)),
    )
  const envOnly = options.filter((o) => !o.flag && o.env).map((o) => entry(o.env!.join(', '), withDefault(o)))
  return [
    'Usage: vault-coverage-audit [options]',
    '       vault-coverage-audit --targets FILE [--parallel N] [--output-dir DIR] [options]',
    '       vault-coverage-audit rollup DIR [--targets FILE] [--output-dir OUT]',
    '',
    'Audit secret coverage across environments and report drift, skew and expiry.',
    'Never reads, prints or stores a secret value.',
    '',
    'Options:',
    ...flags,
    '',
    'Environment:',
    ...envOnly,
    '',
    'Exit codes: 0 audit completed (drift may exist) · 1 could not run · 2 audit incomplete',
    '  (an environment unreadable) · 3 the --fail-on gate tripped.',
  ].join('\n')
}

/** For an unknown flag, the closest known one (a typo of two letters or so): `; did you mean --environments?`. */
function suggestion(err: unknown, known: string[]): string {
  const given = /^Unknown option '--([^'=]+)/.exec(errorMessage(err))?.[1]
  if (!given) return ''
  const scored = known.map((flag) => ({ flag, distance: editDistance(given, flag) })).sort((a, b) => a.distance - b.distance)
  const best = scored[0]
  return best && best.distance <= Math.max(2, Math.floor(given.length / 4)) ? `; did you mean --${best.flag}?` : ''
}

/** Levenshtein distance, with a swap of two neighbours counted once (`envirnoments` → `environments`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}
