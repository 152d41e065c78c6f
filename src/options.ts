/**
 * Option rows: one row per setting, read by both entry points. The action
 * reads a row's `input`; the CLI reads its `flag`, then its `env` variables.
 * The same rows drive masking, the CLI's --help and the docs test against
 * action.yml, so the three cannot disagree.
 */
import { FatalError } from './core/errors.js'
import type { Schema } from './core/schema.js'

export interface Option {
  /** Action input (kebab-case); absent: the action has no such input. */
  input?: string
  /** CLI flag without `--`; absent: the CLI has no such flag. */
  flag?: string
  /** Short CLI flag (one letter). */
  short?: string
  /** CLI environment variables, in the order they are consulted. */
  env?: readonly string[]
  /** The flag's argument in --help, e.g. `SECONDS`; absent on boolean flags. */
  arg?: string
  /** Masked before the first log line; a function picks the credential parts of the value (header values). */
  secret?: true | ((value: string) => string[])
  /** As action.yml declares it; `''` is no default. */
  default?: string
  /** The flag may repeat; its values follow the environment's, one per line. */
  multiple?: boolean
  /** A boolean flag (--help). */
  boolean?: boolean
  /** One sentence for action.yml and --help. */
  help: string
  /** The form two values are compared in when aliases disagree (`https://x/api/` and `https://x` are one host). */
  normalize?: (value: string) => string
}

export type OptionTable = Record<string, Option>

/** How an entry point reads option rows. */
export interface OptionReader {
  /** The raw value as given, or undefined when the option was not given at all. */
  read(option: Option): string | undefined
  /** The option as the user names it, for messages: `infisical-host`, `INFISICAL_HOST`, `--timeout`. */
  nameOf(option: Option): string
  /** The start of the message that lists missing required options. */
  missingLabel: string
}

/** The trimmed value, or undefined when absent or empty. */
export function valueOf(reader: OptionReader, option: Option): string | undefined {
  const value = reader.read(option)?.trim()
  return value ? value : undefined
}

/** The trimmed value, else the row's default (undefined when it has none). */
export function valueOrDefault(reader: OptionReader, option: Option): string | undefined {
  return valueOf(reader, option) ?? (option.default || undefined)
}

/** Fail once, naming every required option that is missing. */
export function requireAll(reader: OptionReader, options: Option[]): void {
  const missing = options.filter((o) => valueOf(reader, o) === undefined).map((o) => reader.nameOf(o))
  if (missing.length > 0) throw new FatalError(`${reader.missingLabel}: ${missing.join(', ')}`)
}

/** Parse one value with a zod schema; the error names the option and what was expected. */
export function parseInput<T>(schema: Schema<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  throw new FatalError(`Invalid ${name}: ${issue.message}`)
}

/** Every credential the given options hold, as the reader sees them: what to mask before logging. */
export function credentialsIn(reader: OptionReader, options: Option[]): string[] {
  const out: string[] = []
  for (const option of options) {
    if (!option.secret) continue
    const value = reader.read(option)?.trim()
    if (!value) continue
    out.push(...(option.secret === true ? [value] : option.secret(value)))
  }
  return out.filter((s) => s.length > 0)
}

/**
 * Redact known credentials from text bound for a terminal or a file (defence in depth: no
 * message is built from one). Strings under 8 characters are left alone: real
 * client secrets are 64 characters, and redacting "b" would mangle every word.
 */
export const redactor =
  (secrets: string[]) =>
  (text: string): string =>
    secrets.filter((s) => s.length >= 8).reduce((out, secret) => out.split(secret).join('***'), text)

/** `Name: value` lines' values: the credential parts of a header list. */
export const headerValues = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .filter((line) => line.includes(':'))
    .map((line) => line.slice(line.indexOf(':') + 1).trim())
