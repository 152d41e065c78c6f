/**
 * Keys named by a schema the environment is parsed with, not read one by one:
 * zod (`z.object({ X: … }).parse(process.env)`), t3-env (`createEnv({ server:
 * { X: … } })`), envalid (`cleanEnv(process.env, { X: str() })`) and pydantic
 * `BaseSettings` fields (with `env_prefix`). Brackets are matched once per
 * file; each object is then read once, skipping what it nests: linear.
 */
import { CODE, matchBrackets, STRING } from './lexer.js'

export interface SchemaKey {
  key: string
  index: number
  form: string
}

/** Schema parses followed per file (each looks its variable up in the whole text). */
const MAX_PARSES = 8
const ENV_OBJECT = '(?:process\\.env|import\\.meta\\.env|Bun\\.env)'

interface Entry {
  key: string
  index: number
  /** Where the value starts (after the colon); -1 for a shorthand `{ X }`. */
  value: number
}

/** The properties of the object literal whose `{` is at `start`: keys at its own level only. */
function objectEntries(text: string, mask: Uint8Array, close: Map<number, number>, start: number): Entry[] {
  const end = close.get(start)
  if (end === undefined) return []
  const entries: Entry[] = []
  let expectKey = true
  for (let i = start + 1; i < end; i++) {
    if (mask[i] === CODE && close.has(i)) {
      i = close.get(i)!
      expectKey = false
      continue
    }
    const c = text[i]!
    if (mask[i] === CODE && c === ',') {
      expectKey = true
      continue
    }
    if (!expectKey || /\s/.test(c) || mask[i] === 0) continue
    expectKey = false
    // A key: an identifier, or a quoted name, followed by `:` (or `,` / `}` for a shorthand).
    let keyEnd = i
    let key: string
    if (mask[i] === STRING && (c === '"' || c === "'")) {
      const q = text.indexOf(c, i + 1)
      if (q < 0 || q > end) continue
      key = text.slice(i + 1, q)
      keyEnd = q + 1
    } else {
      while (keyEnd < end && /[\w$]/.test(text[keyEnd]!)) keyEnd++
      key = text.slice(i, keyEnd)
      if (!key) continue
    }
    let j = keyEnd
    while (j < end && /\s/.test(text[j]!)) j++
    if (text[j] === ':') entries.push({ key, index: i, value: j + 1 })
    else if (j >= end || text[j] === ',') entries.push({ key, index: i, value: -1 })
    i = keyEnd - 1
  }
  return entries
}

/** The first `{` at or after `from`, past whitespace only. */
const braceAt = (text: string, from: number): number => {
  let j = from
  while (j < text.length && /\s/.test(text[j]!)) j++
  return text[j] === '{' ? j : -1
}

const SCHEMA_TRIGGER = new RegExp(`\\b(?:(?:safeParse|parse|safeParseAsync|parseAsync)\\s*\\(\\s*${ENV_OBJECT}|createEnv\\s*\\(|cleanEnv\\s*\\()`)
/** Whether a JavaScript text parses the environment with a schema at all (cheap, before the lexer runs). */
export const hasJsSchema = (text: string): boolean =>
  (text.includes('arse') || text.includes('createEnv') || text.includes('cleanEnv')) && SCHEMA_TRIGGER.test(text)

/** Keys from the zod, t3-env and envalid schemas in a JavaScript or TypeScript text. */
export function jsSchemaKeys(text: string, mask: Uint8Array): SchemaKey[] {
  const { close, open } = matchBrackets(text, mask)
  const keys: SchemaKey[] = []
  const take = (brace: number, form: string) => {
    for (const e of objectEntries(text, mask, close, brace)) keys.push({ key: e.key, index: e.index, form })
  }
  const inCode = (i: number) => mask[i] === CODE

  // A variable's initializer: `const Env = z.object({…})` or `const specs = {…}`.
  const initializer = (name: string): number => {
    const m = new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*(?::[^=\\n]{0,200})?=\\s*`, 'g').exec(text)
    return m && inCode(m.index) ? m.index + m[0].length : -1
  }
  // A zod chain from `from`: `z.object({…})` and every `.extend({…})` after it.
  const zodChain = (from: number) => {
    const m = /^z\s*\.\s*(?:object|strictObject|looseObject)\s*\(/.exec(text.slice(from, from + 40))
    if (!m) return
    let paren = from + m[0].length - 1
    for (;;) {
      const brace = braceAt(text, paren + 1)
      if (brace >= 0) take(brace, 'zod schema')
      const end = close.get(paren)
      if (end === undefined) return
      const next = /^\s*\.\s*(?:extend|merge|strict|passthrough|partial|required)\s*\(/.exec(text.slice(end + 1, end + 60))
      if (!next) return
      paren = end + next[0].length
    }
  }

  // At most a few schema parses per file: each looks its variable up in the whole text.
  let parses = 0
  for (const m of text.matchAll(new RegExp(`\\.\\s*(?:safeParse|parse|safeParseAsync|parseAsync)\\s*\\(\\s*${ENV_OBJECT}\\s*\\)`, 'g'))) {
    if (!inCode(m.index) || ++parses > MAX_PARSES) continue
    // Walk the receiver back through its calls (`.strict()`, `.extend({…})`) to the chain's head.
    let j = m.index - 1
    for (let step = 0; step < 20; step++) {
      while (j >= 0 && /\s/.test(text[j]!)) j--
      if (text[j] !== ')' || !open.has(j)) break
      const paren = open.get(j)!
      const callee = /(?:(z)\s*\.\s*)?([\w$]+)\s*$/.exec(text.slice(Math.max(0, paren - 60), paren))
      if (callee?.[1] && /^(?:object|strictObject|looseObject)$/.test(callee[2]!)) {
        zodChain(paren - callee[0].length)
        j = -1
        break
      }
      j = paren - (callee?.[0].length ?? 0) - 1
      while (j >= 0 && /\s/.test(text[j]!)) j--
      if (text[j] !== '.') break
      j--
    }
    if (j < 0) continue
    const variable = /([A-Za-z_$][\w$]*)$/.exec(text.slice(Math.max(0, j - 99), j + 1))?.[1]
    const init = variable ? initializer(variable) : -1
    if (init >= 0) zodChain(init)
  }

  for (const m of text.matchAll(/\bcreateEnv\s*\(\s*\{/g)) {
    if (!inCode(m.index)) continue
    const brace = m.index + m[0].length - 1
    for (const e of objectEntries(text, mask, close, brace)) {
      if (!['server', 'client', 'shared'].includes(e.key) || e.value < 0) continue
      const inner = braceAt(text, e.value)
      if (inner >= 0) take(inner, `t3-env ${e.key}`)
    }
  }

  for (const m of text.matchAll(new RegExp(`\\bcleanEnv\\s*\\(\\s*${ENV_OBJECT}\\s*,\\s*`, 'g'))) {
    if (!inCode(m.index) || ++parses > MAX_PARSES) continue
    const after = m.index + m[0].length
    const brace = braceAt(text, after)
    if (brace >= 0) take(brace, 'envalid')
    else {
      const name = /^[\w$]+/.exec(text.slice(after, after + 100))?.[0]
      const init = name ? initializer(name) : -1
      const specs = init >= 0 ? braceAt(text, init) : -1
      if (specs >= 0) take(specs, 'envalid')
    }
  }
  return keys
}

/** Pydantic settings: each field of a `BaseSettings` class is the key `PREFIX` + its name, upper-cased (pydantic matches case-insensitively). */
export function pydanticKeys(text: string, mask: Uint8Array): SchemaKey[] {
  if (!text.includes('BaseSettings')) return []
  const keys: SchemaKey[] = []
  // Settings classes by name, with the prefix a subclass inherits.
  const settingsClasses = new Map([['BaseSettings', '']])
  const lines = text.split('\n')
  const starts: number[] = []
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at)
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length
  for (let l = 0; l < lines.length; l++) {
    const header = /^([ \t]*)class\s+(\w+)\s*\(([^)]{0,300})\)\s*:/.exec(lines[l]!)
    if (!header || mask[starts[l]! + header[1]!.length] !== CODE) continue
    const bases = header[3]!.split(',').map((b) => b.trim().split('.').pop()!)
    const base = bases.find((b) => settingsClasses.has(b))
    if (base === undefined) continue
    const classIndent = header[1]!.length
    let bodyIndent = -1
    let prefix = settingsClasses.get(base)!
    const fields: { name: string; alias?: string; index: number }[] = []
    let k = l + 1
    for (; k < lines.length; k++) {
      const line = lines[k]!
      if (!line.trim() || /^\s*#/.test(line)) continue
      const own = indent(line)
      if (own <= classIndent) break
      if (bodyIndent < 0) bodyIndent = own
      const prefixed = /\benv_prefix\s*=\s*(['"])([\w]*)\1/.exec(line)
      if (prefixed) prefix = prefixed[2]!
      if (own !== bodyIndent) continue
      const field = /^[ \t]*([A-Za-z]\w*)\s*:\s*[^=\s]/.exec(line)
      if (!field || field[1] === 'model_config') continue
      const alias = /\bField\(.*\b(?:env|alias|validation_alias)\s*=\s*(['"])([A-Za-z_]\w*)\1/.exec(line)?.[2]
      fields.push({ name: field[1]!, ...(alias ? { alias } : {}), index: starts[k]! + indent(line) })
    }
    settingsClasses.set(header[2]!, prefix)
    for (const f of fields) keys.push({ key: f.alias ?? `${prefix}${f.name}`.toUpperCase(), index: f.index, form: 'pydantic BaseSettings' })
    l = k - 1
  }
  return keys
}
