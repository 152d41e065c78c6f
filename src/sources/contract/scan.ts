/**
 * Environment-variable reads in one source text: the direct forms
 * (./forms.ts), schemas (./schemas.ts) and helper calls (./helpers.ts), found
 * only in code, never in a comment or a string that merely mentions them;
 * SCREAMING_SNAKE keys only. Writes are told apart, and a read whose key is
 * not a literal is reported as dynamic. Pure: text in, findings with lines out.
 */
import { DYNAMIC, FORMS, IMPORTED_ENV_FORMS, isWrite, NODE_ENV_IMPORT, TRIGGERS, type Form } from './forms.js'
import { candidateCalls, functionHeaders, helperAt, saysEnv, type HelperDefinition } from './helpers.js'
import type { Language } from './languages.js'
import { CODE, lex, STRING } from './lexer.js'
import { hasJsSchema, jsSchemaKeys, pydanticKeys } from './schemas.js'

export { languageOf, SCANNED_FILES, type Language } from './languages.js'

/** Keys the platform provides itself: never a secret to provision. */
const PROVIDED = new Set(['GITHUB_TOKEN'])
export const isScreamingSnake = (key: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(key)

export interface Reference {
  key: string
  line: number
  /** The form that found it: `process.env.X`, `env:"X" struct tag`, `helper env()`. */
  form: string
  /** An assignment or deletion, not a read. */
  write?: true
  /** A `${{ secrets.X }}` of a workflow: for a github-secrets column only. */
  workflow?: true
}

/** A read whose key is not a literal (`process.env[name]`), outside a helper whose calls name it. */
export interface DynamicRead {
  line: number
  via: string
}

/** A call with a literal first argument that no rule in the file counted: a helper defined elsewhere may. */
export interface PendingCall {
  callee: string
  key: string
  line: number
}

export interface FileScan {
  /** Reads and writes, the first of each key and kind, in order of appearance. */
  references: Reference[]
  dynamic: DynamicRead[]
  /** Functions this file defines that read the environment through a parameter. */
  helpers: HelperDefinition[]
  pending: PendingCall[]
}

export interface ScanRules {
  /** Helper names the column adds (`?helpers=config_value,setting`): a bare name matches a callee's last part. */
  helpers?: readonly string[]
}

/** Whether a callee is one of the named helpers: `setting` matches `setting` and `conf.setting`; `conf.setting` only itself and `x.conf.setting`. */
export const namedHelper = (callee: string, names: readonly string[]): boolean => names.some((n) => callee === n || callee.endsWith(`.${n}`))

/** Every environment read, write and dynamic read in `text`. */
export function scanFile(text: string, language: Language, rules: ScanRules = {}): FileScan {
  const empty: FileScan = { references: [], dynamic: [], helpers: [], pending: [] }
  const imported = language === 'js' && (text.includes("process'") || text.includes('process"') || text.includes('= process')) && NODE_ENV_IMPORT.test(text)
  const direct = imported || TRIGGERS[language].some((t) => text.includes(t))
  const ruby = language === 'ruby' || language === 'erb'
  const calls = language !== 'workflow' && language !== 'compose' && (/\(\s*['"`][A-Z]/.test(text) || (ruby && /[\w?!][ \t]+['"][A-Z]/.test(text)))
  const schemas = (language === 'js' && hasJsSchema(text)) || (language === 'python' && text.includes('BaseSettings'))
  if (!direct && !calls && !schemas) return empty
  let mask: Uint8Array | undefined
  const maskOf = () => (mask ??= lex(text, language))
  const inCode = (index: number) => maskOf()[index] === CODE
  const inString = (index: number) => maskOf()[index] === STRING
  const lines = lineIndex(text)
  const found = new Map<string, { ref: Reference; index: number }>()
  const add = (key: string, index: number, form: string, flags: { write?: boolean; workflow?: boolean } = {}) => {
    if (!isScreamingSnake(key) || (flags.workflow && PROVIDED.has(key))) return
    const id = `${flags.write ? 'w' : 'r'}${key}`
    const seen = found.get(id)
    if (seen && seen.index <= index) return
    found.set(id, { ref: { key, line: lines(index), form, ...(flags.write ? { write: true } : {}), ...(flags.workflow ? { workflow: true } : {}) }, index })
  }

  if (direct) {
    const forms: Form[] = [...FORMS[language], ...(imported ? IMPORTED_ENV_FORMS : [])]
    const inExpression = language === 'workflow' ? insideExpressions(text) : undefined
    for (const form of forms) {
      if (form.needs && !text.includes(form.needs)) continue
      for (const m of text.matchAll(form.pattern)) {
        if (inExpression && !inExpression(m.index)) continue
        if (form.inString ? !inString(m.index) : !inCode(form.codeAtEnd ? m.index + m[0].length - 1 : m.index)) continue
        const key = lastGroup(m)
        const write = form.write || (!form.inString && isWrite(text, m.index, m.index + m[0].length))
        add(key, m.index, form.name, { write, workflow: form.workflow })
      }
    }
    if (language === 'js' && /=\s*(?:process|Bun)\b/.test(text))
      for (const { key, index } of destructured(text)) if (inCode(index)) add(key, index, 'const { X } = process.env')
  }

  const schemaKeys = !schemas ? [] : language === 'js' ? jsSchemaKeys(text, maskOf()) : pydanticKeys(text, maskOf())
  for (const s of schemaKeys) add(s.key, s.index, s.form)

  // Dynamic reads: a helper's own parameter makes the helper; any other is reported.
  const dynamic: DynamicRead[] = []
  const helpers: HelperDefinition[] = []
  const dynamicForms = direct ? DYNAMIC[language] : []
  let headers: ReturnType<typeof functionHeaders> | undefined
  for (const form of dynamicForms) {
    for (const m of text.matchAll(form.pattern)) {
      if (!inCode(m.index) || isWrite(text, m.index, m.index + m[0].length)) continue
      const variable = m[m.length - 1]
      headers ??= functionHeaders(text, language, maskOf())
      const helper = variable ? helperAt(headers, m.index, variable, language) : undefined
      if (helper) {
        if (!helpers.some((h) => h.name === helper.name)) helpers.push(helper)
      } else dynamic.push({ line: lines(m.index), via: form.name })
    }
  }

  const pending: PendingCall[] = []
  if (calls) {
    for (const call of candidateCalls(text, language, inCode)) {
      if (saysEnv(call.callee)) add(call.key, call.index, `${call.callee}() (its name says env)`)
      else if (rules.helpers && namedHelper(call.callee, rules.helpers)) add(call.key, call.index, `${call.callee}() (a named helper)`)
      else if (helpers.some((h) => h.param === 0 && lastPart(call.callee) === h.name)) add(call.key, call.index, `${call.callee}() (reads the environment)`)
      else pending.push({ callee: call.callee, key: call.key, line: lines(call.index) })
    }
  }
  const references = [...found.values()].sort((a, b) => a.index - b.index).map((f) => f.ref)
  return { references, dynamic, helpers, pending }
}

export const lastPart = (callee: string): string => callee.slice(callee.lastIndexOf('.') + 1)

/** The reads of one text on its own (its own helpers resolved): what tests and single-file callers want. */
export function scanText(text: string, language: Language, rules: ScanRules = {}): Reference[] {
  return scanFile(text, language, rules).references.filter((r) => !r.write)
}

const lastGroup = (m: RegExpMatchArray): string => {
  for (let g = m.length - 1; g > 0; g--) if (m[g] !== undefined) return m[g]!
  return ''
}

// `const {` alone: the braces' content and `= process.env` are found apart, each scanned once (no `[^}]*` from every opening).
const DESTRUCTURE_OPEN = /\b(?:const|let|var)\s*\{/g
const FROM_PROCESS_ENV = /\s*=\s*(?:process|Bun)(?:\?\.|\.)env\b/y

/** `const { A, B: b, ...rest } = process.env`: A and B. Openings that share one `}` are settled once: linear. */
function destructured(text: string): { key: string; index: number }[] {
  const keys: { key: string; index: number }[] = []
  let close = -1
  let last: { index: number; open: number } | undefined
  const settle = () => {
    if (!last || close < 0) return
    FROM_PROCESS_ENV.lastIndex = close + 1
    if (!FROM_PROCESS_ENV.test(text)) return
    for (const part of text.slice(last.open, close).split(',')) {
      const key = /^\s*(?:\.\.\.)?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1]
      if (key) keys.push({ key, index: last.index })
    }
  }
  for (const m of text.matchAll(DESTRUCTURE_OPEN)) {
    const open = m.index + m[0].length
    if (close < open) {
      settle()
      close = text.indexOf('}', open)
      if (close < 0) break
    }
    last = { index: m.index, open }
  }
  settle()
  return keys
}

/**
 * Whether an index lies inside a `${{ … }}` expression (after a `${{` with no
 * `}` since): the openings and closings are indexed once, in one pass.
 */
function insideExpressions(text: string): (index: number) => boolean {
  const opens: number[] = []
  const closes: number[] = []
  for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i + 3)) opens.push(i)
  for (let i = text.indexOf('}'); i >= 0; i = text.indexOf('}', i + 1)) closes.push(i)
  return (index) => {
    const open = lastBefore(opens, index)
    return open >= 0 && lastBefore(closes, index) < open
  }
}

/** The last value in a sorted list that is below `index`, or -1. */
function lastBefore(sorted: number[], index: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < index) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? sorted[lo - 1]! : -1
}

/** index → 1-based line, the line starts found once. */
function lineIndex(text: string): (index: number) => number {
  let starts: number[] | undefined
  return (index) => {
    if (!starts) {
      starts = [0]
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= index) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
