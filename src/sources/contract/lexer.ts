/**
 * Which characters of a source text are code, string or comment: a small
 * lexer per language family, one pass. Forms are matched in code; Go struct
 * tags and a few schemas are matched in strings; nothing in a comment counts.
 * Interpolations (`${…}` in JS and Kotlin templates, `#{…}` in Ruby, `{…}` in
 * Python f-strings) are code again.
 */
import type { Language } from './languages.js'

const BACKSLASH = 92
const NEWLINE = 10
const SPACE = 32
/** Characters that may open a comment, a string, a regular expression or an interpolation, or close one. */
const SPECIAL = new Uint8Array(128)
for (const c of '/#"\'`{}') SPECIAL[c.charCodeAt(0)] = 1

export const COMMENT = 0
export const CODE = 1
export const STRING = 2

/** Words after which `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'])

interface Quote {
  close: string
  escapes: boolean
  /** The sequence that opens code inside the string (`${`), if any. */
  interpolation?: string
}

/** Opening bracket → its closing one, and back, for brackets in code. One pass with a stack. */
export function matchBrackets(text: string, mask: Uint8Array): { close: Map<number, number>; open: Map<number, number> } {
  const close = new Map<number, number>()
  const open = new Map<number, number>()
  const stack: number[] = []
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
  for (let i = 0; i < text.length; i++) {
    if (mask[i] !== CODE) continue
    const c = text[i]!
    if (c === '(' || c === '[' || c === '{') stack.push(i)
    else if (c in pairs) {
      // A stray closer (a syntax error, or a lexer miss) is skipped rather than unwinding the stack.
      const top = stack[stack.length - 1]
      if (top !== undefined && text[top] === pairs[c]) {
        stack.pop()
        close.set(top, i)
        open.set(i, top)
      }
    }
  }
  return { close, open }
}

/** The mask of `text`: COMMENT, CODE or STRING per character. */
export function lex(text: string, language: Language): Uint8Array {
  if (language === 'erb') return lexTemplate(text)
  const mask = new Uint8Array(text.length)
  const n = text.length
  const hashComments = language === 'python' || language === 'ruby' || language === 'workflow' || language === 'compose'
  const slashComments = !hashComments
  // YAML has no string syntax the forms care about: `${{ }}` and `${X}` are found in quoted scalars too.
  const strings = language !== 'workflow' && language !== 'compose'
  // Interpolations entered: the brace depth to return at, and the string to resume.
  const interpolations: { depth: number; quote: Quote }[] = []
  let depth = 0
  let i = 0
  // The last code character that was not whitespace, for the regular-expression test.
  let previous = -1
  // Where the last failed regular-expression scan stopped: no `/` before it starts one (each character is scanned once).
  let noRegexBefore = -1

  /** Inside a string from i (after its opening); leaves i after the close, or at an interpolation's first code character. */
  const inString = (quote: Quote): void => {
    const closeFirst = quote.close.charCodeAt(0)
    const interpolationFirst = quote.interpolation ? quote.interpolation.charCodeAt(0) : -1
    while (i < n) {
      const code = text.charCodeAt(i)
      // Most characters of a string are none of its specials: one comparison each.
      if (code !== BACKSLASH && code !== closeFirst && code !== interpolationFirst && code !== NEWLINE) {
        mask[i] = STRING
        i++
        continue
      }
      const c = text[i]!
      if (quote.escapes && c === '\\') {
        mask[i] = STRING
        if (i + 1 < n) mask[i + 1] = STRING
        i += 2
        continue
      }
      if (quote.interpolation && text.startsWith(quote.interpolation, i)) {
        // Python's `{{` is a literal brace.
        if (quote.interpolation === '{' && text[i + 1] === '{') {
          mask[i] = mask[i + 1] = STRING
          i += 2
          continue
        }
        for (let k = 0; k < quote.interpolation.length; k++) mask[i + k] = STRING
        i += quote.interpolation.length
        interpolations.push({ depth, quote })
        depth++
        return
      }
      if (text.startsWith(quote.close, i)) {
        for (let k = 0; k < quote.close.length; k++) mask[i + k] = STRING
        i += quote.close.length
        return
      }
      // A one-line string ends at the line's end (an unclosed quote must not hide the rest of the file).
      if (c === '\n' && quote.close.length === 1 && quote.close !== '`') return
      mask[i] = STRING
      i++
    }
  }

  while (i < n) {
    const code = text.charCodeAt(i)
    // Most characters of code are none of the lexer's specials: marked and passed in one test.
    if (!SPECIAL[code]) {
      mask[i] = CODE
      if (code > SPACE) previous = i
      i++
      continue
    }
    const c = text[i]!
    if (slashComments && c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
      continue
    }
    if (slashComments && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? n : end + 2
      continue
    }
    if (hashComments && c === '#' && !(language === 'ruby' && text[i + 1] === '{') && (strings || i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
      continue
    }
    if (language === 'js' && c === '/' && i >= noRegexBefore && startsRegex(text, mask, previous)) {
      const end = regexEnd(text, i)
      if (end > 0) {
        mask.fill(STRING, i, end)
        i = end
        previous = end - 1
        continue
      }
      noRegexBefore = -end
    }
    if (strings && (c === '"' || c === "'" || c === '`')) {
      const quote = openQuote(text, i, language)
      if (quote) {
        mask.fill(STRING, i, i + quote.length)
        i += quote.length
        inString(quote.quote)
        previous = i - 1
        continue
      }
    }
    if (c === '{') depth++
    if (c === '}') {
      depth--
      const top = interpolations[interpolations.length - 1]
      if (top && depth === top.depth) {
        interpolations.pop()
        mask[i] = STRING
        i++
        inString(top.quote)
        previous = i - 1
        continue
      }
    }
    mask[i] = CODE
    if (code > SPACE) previous = i
    i++
  }
  return mask
}

/** The string a quote at i opens in this language, and how many characters open it; undefined when none does. */
function openQuote(text: string, i: number, language: Language): { quote: Quote; length: number } | undefined {
  const c = text[i]!
  switch (language) {
    case 'js':
      if (c === '`') return { quote: { close: '`', escapes: true, interpolation: '${' }, length: 1 }
      if (c === '"' || c === "'") return { quote: { close: c, escapes: true }, length: 1 }
      return undefined
    case 'go':
      // A raw string has no escapes: `\` is itself, and the string ends at the next backtick.
      if (c === '`') return { quote: { close: '`', escapes: false }, length: 1 }
      if (c === '"' || c === "'") return { quote: { close: c, escapes: true }, length: 1 }
      return undefined
    case 'python': {
      if (c !== '"' && c !== "'") return undefined
      const triple = text.startsWith(c.repeat(3), i)
      // f"…{code}…": the prefix letters just before the quote.
      const prefix = /[rRbBuUfF]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))![0].toLowerCase()
      const f = prefix.includes('f') && !/\w/.test(text[i - prefix.length - 1] ?? '')
      return { quote: { close: triple ? c.repeat(3) : c, escapes: true, ...(f ? { interpolation: '{' } : {}) }, length: triple ? 3 : 1 }
    }
    case 'ruby':
      if (c === '"' || c === '`') return { quote: { close: c, escapes: true, interpolation: '#{' }, length: 1 }
      if (c === "'") return { quote: { close: c, escapes: true }, length: 1 }
      return undefined
    case 'java':
      if (c === '"') {
        const triple = text.startsWith('"""', i)
        return { quote: { close: triple ? '"""' : '"', escapes: true, interpolation: '${' }, length: triple ? 3 : 1 }
      }
      if (c === "'") return { quote: { close: "'", escapes: true }, length: 1 }
      return undefined
    case 'rust':
      if (c === '"') return { quote: { close: '"', escapes: true }, length: 1 }
      // `'a` is a lifetime; `'x'` and `'\n'` are characters.
      if (c === "'" && (text[i + 1] === '\\' || text[i + 2] === "'")) return { quote: { close: "'", escapes: true }, length: 1 }
      return undefined
    default:
      return undefined
  }
}

/** Whether a `/` at a position after `previous` (the last code character) starts a regular expression. */
function startsRegex(text: string, mask: Uint8Array, previous: number): boolean {
  if (previous < 0) return true
  const p = text[previous]!
  if (mask[previous] === STRING) return false
  if (/[)\]}]/.test(p)) return false
  if (/[\w$]/.test(p)) {
    let start = previous
    while (start > 0 && /[\w$]/.test(text[start - 1]!)) start--
    return REGEX_AFTER_WORD.has(text.slice(start, previous + 1))
  }
  return true
}

/** The index after a regular-expression literal opening at i (its flags included), or minus where the scan stopped when the line ends first. */
function regexEnd(text: string, i: number): number {
  let inClass = false
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!
    if (c === '\n') return -j
    if (c === '\\') {
      j++
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    else if (c === '/' && !inClass) {
      let end = j + 1
      while (end < text.length && /[a-z]/.test(text[end]!)) end++
      return end
    }
  }
  return -text.length
}

/** ERB (`*.erb`, Rails' `config/*.yml`): Ruby inside `<% … %>` and `<%= … %>`; the template around it and `<%# … %>` are not code. */
function lexTemplate(text: string): Uint8Array {
  const mask = new Uint8Array(text.length)
  for (let open = text.indexOf('<%'); open >= 0; open = text.indexOf('<%', open + 2)) {
    const close = text.indexOf('%>', open + 2)
    const end = close < 0 ? text.length : close
    if (text[open + 2] !== '#') {
      const start = open + 2 + (text[open + 2] === '=' || text[open + 2] === '-' ? 1 : 0)
      mask.set(lex(text.slice(start, end), 'ruby'), start)
    }
    if (close < 0) break
    open = close
  }
  return mask
}
