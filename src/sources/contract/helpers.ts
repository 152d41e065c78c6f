/**
 * Reads through helper functions. A call is a candidate when its first
 * argument is a SCREAMING_SNAKE literal (`env("X")`, `get_int_from_env("X", 3)`);
 * it counts when the function's name says "env", when the column names it
 * (`?helpers=`), or when the scanned code defines a function of that name
 * whose body reads the environment through that parameter
 * (`def __get_int(key, default): return int(os.getenv(key, default))`).
 * Definitions and calls are collected per file and resolved across files,
 * so a helper counts wherever it is imported.
 */
import type { Language } from './languages.js'
import { CODE, matchBrackets } from './lexer.js'

/** A call with a literal first argument: `config.env("X")` → callee `config.env`. */
export interface Call {
  callee: string
  key: string
  index: number
}

/** A function whose body reads the environment through its `param`-th parameter. */
export interface HelperDefinition {
  name: string
  param: number
  language: Language
}

// The literal is the whole first argument (not `"PREFIX_" + name`).
const CANDIDATE = /\(\s*(['"`])([A-Z][A-Z0-9_]*)\1(?!\s*[-+%.*[])/g
/** Ruby calls its helpers without parentheses too: `env_fetch "X"`. */
const RUBY_CANDIDATE = /(?<=[\w?!])[ \t]+(['"])([A-Z][A-Z0-9_]*)\1(?!\s*[-+%.*[])/g
const MAX_CALLEE = 200

/** Candidate calls in code (`isCode` at the parenthesis). */
export function candidateCalls(text: string, language: Language, isCode: (index: number) => boolean): Call[] {
  const calls: Call[] = []
  const add = (end: number, key: string, index: number) => {
    const callee = calleeBefore(text, end, language)
    if (callee) calls.push({ callee, key, index })
  }
  for (const m of text.matchAll(CANDIDATE)) if (isCode(m.index)) add(m.index, m[2]!, m.index)
  if (language === 'ruby' || language === 'erb') for (const m of text.matchAll(RUBY_CANDIDATE)) if (isCode(m.index)) add(m.index, m[2]!, m.index)
  return calls
}

/** The dotted name that ends at `end` (`config.env`, `env::var`), at most MAX_CALLEE characters back; '' when none. */
function calleeBefore(text: string, end: number, language: Language): string {
  let start = end
  const floor = Math.max(0, end - MAX_CALLEE)
  while (start > floor && /[\w$.?:!]/.test(text[start - 1]!)) start--
  const raw = text.slice(start, end).replace(/\?\./g, '.').replace(/::/g, '.')
  // Ruby method names end in ? or !; elsewhere a trailing `?` or `!` is an operator.
  const callee = (language === 'ruby' || language === 'erb' ? raw : raw.replace(/[?!]+$/, '')).replace(/^[.:?!]+/, '')
  return /^[A-Za-z_$][\w$]*[?!]?(\.[A-Za-z_$][\w$]*[?!]?)*$/.test(callee) ? callee : ''
}

/** A name's words: `getBoolFromEnv` → get bool from env; `get_int_from_env` → get int from env. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$?!]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

const ENV_WORDS = new Set(['env', 'environ', 'getenv', 'envvar', 'envvars', 'lookupenv', 'dotenv'])
/** Words that make an env-named call a write or a test double: `setEnv`, `vi.stubEnv`, `delete_env`. */
const WRITE_WORDS = new Set(['set', 'setenv', 'unset', 'unsetenv', 'put', 'putenv', 'delete', 'del', 'remove', 'clear', 'stub', 'mock', 'restore', 'reset'])

/** Whether a callee's name says it reads the environment: `env`, `getEnv`, `env.bool`, `get_int_from_env`, `readEnvironmentVariable`. */
export function saysEnv(callee: string): boolean {
  const segments = callee.split('.')
  const last = words(segments[segments.length - 1]!)
  if (last.some((w) => WRITE_WORDS.has(w))) return false
  const near = segments.length > 1 ? [...words(segments[segments.length - 2]!), ...last] : last
  if (near.some((w) => ENV_WORDS.has(w))) return true
  const i = near.indexOf('environment')
  return i >= 0 && /^variables?$/.test(near[i + 1] ?? '')
}

/** A function header: its name, its parameters' text, where it starts and where its body ends. */
interface Header {
  name: string
  params: string
  index: number
  /** Where the header's own match ends. */
  after: number
  end: number
}

const PARAMS = '\\(([^)]{0,300})\\)'
const HEADERS: Partial<Record<Language, RegExp[]>> = {
  js: [
    new RegExp(`\\bfunction\\s*\\*?\\s*([\\w$]+)\\s*(?:<[^>]{0,200}>)?\\s*${PARAMS}`, 'g'),
    // `const env = (name) =>`, `env: function (name) {`, `env = async (name: string): string => …`
    new RegExp(
      `(?<![\\w$])([\\w$]+)\\s*(?::[^=;\\n]{0,100})?[:=]\\s*(?:async\\s*)?(?:function\\s*[\\w$]*\\s*)?(?:<[^>\\n]{0,200}>\\s*)?${PARAMS}\\s*(?::[^=;{\\n]{0,200})?(?:=>|\\{)`,
      'g',
    ),
    // `const env = name => …`
    new RegExp(`(?<![\\w$])([\\w$]+)\\s*=\\s*(?:async\\s+)?(([\\w$]+))\\s*=>`, 'g'),
    // A class method: `getEnv(name: string): string {`
    new RegExp(`^[ \\t]*(?:(?:public|private|protected|static|async|readonly|override)\\s+)*([\\w$]+)\\s*${PARAMS}\\s*(?::[^;{\\n]{0,200})?\\{`, 'gm'),
  ],
  python: [new RegExp(`\\bdef\\s+(\\w+)\\s*${PARAMS}`, 'g'), new RegExp(`(?<![\\w.])(\\w+)\\s*=\\s*lambda\\s+([^:\\n]{0,300}):`, 'g')],
  go: [new RegExp(`\\bfunc\\s+(?:\\([^)]{0,200}\\)\\s*)?(\\w+)\\s*(?:\\[[^\\]]{0,200}\\])?\\s*${PARAMS}`, 'g')],
  ruby: [new RegExp(`\\bdef\\s+(?:self\\.)?([\\w]+[?!]?)(?:\\s*${PARAMS}|[ \\t]+([^\\n;]{0,300}))`, 'g')],
  rust: [new RegExp(`\\bfn\\s+(\\w+)\\s*(?:<[^>]{0,200}>)?\\s*${PARAMS}`, 'g')],
  java: [
    new RegExp(`\\bfun\\s+(?:<[^>]{0,200}>\\s*)?(?:[\\w.]+\\.)?(\\w+)\\s*${PARAMS}`, 'g'),
    new RegExp(`(?<![\\w<>\\[\\]?])[\\w<>\\[\\]?]+\\s+(\\w+)\\s*${PARAMS}\\s*(?:throws\\s+[\\w.,\\s]{0,200})?\\{`, 'g'),
  ],
}
HEADERS.erb = HEADERS.ruby
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'with', 'elif', 'else', 'new', 'await', 'typeof'])

/** The headers of the functions defined in a text, in order, each with where its body ends. */
export function functionHeaders(text: string, language: Language, mask: Uint8Array): Header[] {
  const headers: Header[] = []
  for (const pattern of HEADERS[language] ?? []) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!
      if (KEYWORDS.has(name) || mask[m.index + m[0].search(/\S/)] !== CODE) continue
      headers.push({ name, params: m[2] ?? m[3] ?? '', index: m.index, after: m.index + m[0].length, end: text.length })
    }
  }
  headers.sort((a, b) => a.index - b.index)
  if (language === 'python' || language === 'ruby' || language === 'erb') indentedBodies(text, headers)
  else bracedBodies(text, mask, headers)
  return headers
}

/** Python and Ruby: a body ends before the first later line indented no deeper than its header. One pass, a stack of open headers. */
function indentedBodies(text: string, headers: Header[]): void {
  const open: { header: Header; indent: number }[] = []
  let next = 0
  for (let at = 0; at < text.length;) {
    const eol = text.indexOf('\n', at)
    const lineEnd = eol < 0 ? text.length : eol
    const indent = /^[ \t]*/.exec(text.slice(at, Math.min(lineEnd, at + 200)))![0].length
    const blank = at + indent >= lineEnd || text[at + indent] === '#'
    if (!blank) {
      while (open.length && open[open.length - 1]!.indent >= indent && open[open.length - 1]!.header.index < at) open.pop()!.header.end = at
    }
    while (next < headers.length && headers[next]!.index < lineEnd) {
      const header = headers[next++]!
      const start = text.lastIndexOf('\n', header.index) + 1
      open.push({ header, indent: header.index - start + /^[ \t]*/.exec(text.slice(header.index, header.index + 200))![0].length })
    }
    at = lineEnd + 1
  }
}

/** Braced languages: the body is the block after the parameters; an arrow function's expression body ends with its line. */
function bracedBodies(text: string, mask: Uint8Array, headers: Header[]): void {
  let brackets: ReturnType<typeof matchBrackets> | undefined
  for (const header of headers) {
    let j = header.after
    while (j < text.length && j < header.after + 300 && text[j] !== '{' && text[j] !== '\n' && text[j] !== ';') j++
    if (text[j] === '{' && mask[j] === CODE) {
      brackets ??= matchBrackets(text, mask)
      header.end = brackets.close.get(j) ?? text.length
    } else if (text[header.after - 1] === '{') {
      brackets ??= matchBrackets(text, mask)
      header.end = brackets.close.get(header.after - 1) ?? text.length
    } else {
      const eol = text.indexOf('\n', header.after)
      header.end = eol < 0 ? text.length : eol
    }
  }
}

/** Which parameter `variable` is (0-based, `self` and `cls` not counted), or -1. */
export function parameterIndex(params: string, variable: string, language: Language): number {
  const parts = params.split(',')
  let index = 0
  for (const part of parts) {
    const names: string[] = part.split(/[:=]/)[0]!.match(/[A-Za-z_$][\w$]*/g) ?? []
    if (language === 'python' && index === 0 && (names[0] === 'self' || names[0] === 'cls')) continue
    if (names.includes(variable)) return index
    index++
  }
  return -1
}

/** The function a dynamic read at `index` through `variable` sits in, when `variable` is one of its parameters: a helper. */
export function helperAt(headers: Header[], index: number, variable: string, language: Language): HelperDefinition | undefined {
  let lo = 0
  let hi = headers.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (headers[mid]!.index < index) lo = mid + 1
    else hi = mid
  }
  // The innermost function around the read that takes the variable (a few nesting levels at most).
  for (let k = lo - 1; k >= Math.max(0, lo - 8); k--) {
    const header = headers[k]!
    if (header.end < index) continue
    const param = parameterIndex(header.params, variable, language)
    if (param >= 0) return { name: header.name, param, language }
  }
  return undefined
}
