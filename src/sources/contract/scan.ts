/**
 * Environment-variable reads in source text: the forms each language uses,
 * found only in code (never in a comment or a string that merely mentions
 * them), SCREAMING_SNAKE keys only. Pure: text in, keys with lines out.
 */

export type Language = 'js' | 'python' | 'go' | 'ruby' | 'rust' | 'java' | 'workflow'

const EXTENSIONS: Record<string, Language> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  vue: 'js',
  svelte: 'js',
  py: 'python',
  go: 'go',
  rb: 'ruby',
  rake: 'ruby',
  rs: 'rust',
  java: 'java',
  kt: 'java',
}

/** The files the scan reads, for messages. */
export const SCANNED_FILES = `.${Object.keys(EXTENSIONS).join(', .')} and .github/workflows/*.yml`

/** The language of a file by its path, or undefined when the scan has no forms for it. */
export function languageOf(path: string): Language | undefined {
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow'
  return EXTENSIONS[path.slice(path.lastIndexOf('.') + 1).toLowerCase()]
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*'
const Q = `(['"])(${NAME})\\1`
// Each pattern's last capture group is the key; destructuring is handled apart.
const FORMS: Record<Language, RegExp[]> = {
  js: [
    new RegExp(`\\bprocess\\.env\\.(${NAME})`, 'g'),
    new RegExp(`\\bprocess\\.env\\[\\s*(['"\`])(${NAME})\\1\\s*\\]`, 'g'),
    new RegExp(`\\bimport\\.meta\\.env\\.(${NAME})`, 'g'),
  ],
  python: [
    new RegExp(`\\bos\\.environ\\[\\s*${Q}\\s*\\]`, 'g'),
    new RegExp(`\\bos\\.environ\\.get\\(\\s*${Q}`, 'g'),
    new RegExp(`\\bos\\.getenv\\(\\s*${Q}`, 'g'),
  ],
  go: [new RegExp(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*"(${NAME})"`, 'g')],
  ruby: [new RegExp(`\\bENV\\[\\s*${Q}\\s*\\]`, 'g'), new RegExp(`\\bENV\\.fetch\\(\\s*${Q}`, 'g')],
  rust: [new RegExp(`\\benv::var(?:_os)?\\(\\s*"(${NAME})"`, 'g')],
  java: [new RegExp(`\\bSystem\\.getenv\\(\\s*"(${NAME})"`, 'g')],
  // Only inside a `${{ … }}` expression: checked apart (see insideExpressions), so no pattern scans ahead from every `${{`.
  workflow: [new RegExp(`\\bsecrets\\.(${NAME})`, 'g')],
}
// `const {` alone: the braces' content and `= process.env` are found apart, each scanned once (no `[^}]*` from every opening).
const DESTRUCTURE_OPEN = /\b(?:const|let|var)\s*\{/g
const FROM_PROCESS_ENV = /\s*=\s*process\.env\b/y
const TRIGGER: Record<Language, string[]> = {
  js: ['process.env', 'import.meta.env'],
  python: ['os.'],
  go: ['os.'],
  ruby: ['ENV'],
  rust: ['env::var'],
  java: ['System.getenv'],
  workflow: ['secrets.'],
}

/** Keys the platform provides itself: never a secret to provision. */
const PROVIDED = new Set(['GITHUB_TOKEN'])
export const isScreamingSnake = (key: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(key)

export interface Reference {
  key: string
  line: number
}

/** Every environment-variable read in `text`, first occurrence per key, in order of appearance. */
export function scanText(text: string, language: Language): Reference[] {
  if (!TRIGGER[language].some((t) => text.includes(t))) return []
  let mask: Uint8Array | undefined
  const inCode = (index: number) => (mask ??= codeMask(text, language))[index] === 1
  const found = new Map<string, number>()
  const add = (key: string, index: number) => {
    if (!isScreamingSnake(key) || PROVIDED.has(key) || found.has(key)) return
    if (!inCode(index)) return
    found.set(key, index)
  }
  const inExpression = language === 'workflow' ? insideExpressions(text) : undefined
  for (const form of FORMS[language]) {
    for (const m of text.matchAll(form)) if (!inExpression || inExpression(m.index)) add(m[m.length - 1]!, m.index)
  }
  if (language === 'js') {
    // Openings that share one `}` (`const{const{…}`): only the last before it is a destructuring, and the
    // next `}` is looked up once per closing, so the whole loop reads the text once.
    let close = -1
    let last: { index: number; open: number } | undefined
    const settle = () => {
      if (!last || close < 0) return
      FROM_PROCESS_ENV.lastIndex = close + 1
      if (!FROM_PROCESS_ENV.test(text)) return
      for (const part of text.slice(last.open, close).split(',')) {
        const key = /^\s*(?:\.\.\.)?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1]
        if (key) add(key, last.index)
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
  }
  const lines = lineStarts(text)
  return [...found].sort((a, b) => a[1] - b[1]).map(([key, index]) => ({ key, line: lineOf(lines, index) }))
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

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function lineOf(starts: number[], index: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= index) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/**
 * 1 where the text is code, 0 inside comments and string literals: a small
 * lexer per language family (template literals' `${…}` are code again).
 */
export function codeMask(text: string, language: Language): Uint8Array {
  const mask = new Uint8Array(text.length)
  const hashComments = language === 'python' || language === 'ruby' || language === 'workflow'
  const slashComments = !hashComments
  const backtick = language === 'js' || language === 'go'
  // Template literal nesting: brace depth at each `${` we entered.
  const templates: number[] = []
  let depth = 0
  let i = 0
  const n = text.length
  const skipString = (quote: string, triple: boolean): void => {
    // i is at the opening quote(s); leaves i after the closing one, mask 0 in between.
    const close = triple ? quote.repeat(3) : quote
    i += close.length
    while (i < n) {
      const c = text[i]!
      if (c === '\\' && language !== 'workflow') {
        i += 2
        continue
      }
      if (quote === '`' && language === 'js' && c === '$' && text[i + 1] === '{') {
        templates.push(depth)
        depth++
        i += 2
        return
      }
      if (text.startsWith(close, i)) {
        i += close.length
        return
      }
      if (!triple && c === '\n' && quote !== '`') return
      i++
    }
  }
  while (i < n) {
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
    if (hashComments && c === '#' && (language !== 'workflow' || i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
      continue
    }
    if (language !== 'workflow' && (c === '"' || c === "'" || (backtick && c === '`'))) {
      const triple = language === 'python' && text.startsWith(c.repeat(3), i)
      skipString(c, triple)
      continue
    }
    if (c === '{') depth++
    if (c === '}') {
      depth--
      if (templates.length && depth === templates[templates.length - 1]) {
        templates.pop()
        // Back inside the template literal: its rest is string.
        i++
        skipStringRest()
        continue
      }
    }
    mask[i] = 1
    i++
  }
  return mask

  function skipStringRest(): void {
    while (i < n) {
      const c = text[i]!
      if (c === '\\') {
        i += 2
        continue
      }
      if (c === '$' && text[i + 1] === '{') {
        templates.push(depth)
        depth++
        i += 2
        return
      }
      if (c === '`') {
        i++
        return
      }
      i++
    }
  }
}
