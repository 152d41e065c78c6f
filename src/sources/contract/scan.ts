/**
 * Environment-variable reads in source text: the forms each language uses,
 * found only in code (never in a comment or a string that merely mentions
 * them), SCREAMING_SNAKE keys only. Pure: text in, keys with lines out.
 */

export type Language = 'js' | 'python' | 'go' | 'ruby' | 'rust' | 'java' | 'workflow'

const EXTENSIONS: Record<string, Language> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js', vue: 'js', svelte: 'js',
  py: 'python', go: 'go', rb: 'ruby', rake: 'ruby', rs: 'rust', java: 'java', kt: 'java',
}

/** The language of a file by its path, or undefined when the scan has no forms for it. */
export function languageOf(path: string): Language | undefined {
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow'
  return EXTENSIONS[path.slice(path.lastIndexOf('.') + 1).toLowerCase()]
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*'
const Q = `(['"])(${NAME})\\1`
// Each pattern's last capture group is the key; destructuring is handled apart.
const FORMS: Record<Language, RegExp[]> = {
  js: [new RegExp(`\\bprocess\\.env\\.(${NAME})`, 'g'), new RegExp(`\\bprocess\\.env\\[\\s*(['"\`])(${NAME})\\1\\s*\\]`, 'g'), new RegExp(`\\bimport\\.meta\\.env\\.(${NAME})`, 'g')],
  python: [new RegExp(`\\bos\\.environ\\[\\s*${Q}\\s*\\]`, 'g'), new RegExp(`\\bos\\.environ\\.get\\(\\s*${Q}`, 'g'), new RegExp(`\\bos\\.getenv\\(\\s*${Q}`, 'g')],
  go: [new RegExp(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*"(${NAME})"`, 'g')],
  ruby: [new RegExp(`\\bENV\\[\\s*${Q}\\s*\\]`, 'g'), new RegExp(`\\bENV\\.fetch\\(\\s*${Q}`, 'g')],
  rust: [new RegExp(`\\benv::var(?:_os)?\\(\\s*"(${NAME})"`, 'g')],
  java: [new RegExp(`\\bSystem\\.getenv\\(\\s*"(${NAME})"`, 'g')],
  workflow: [new RegExp(`\\$\\{\\{[^}]*?\\bsecrets\\.(${NAME})`, 'g')],
}
const DESTRUCTURE = /\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*process\.env\b/g
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
  for (const form of FORMS[language]) {
    for (const m of text.matchAll(form)) add(m[m.length - 1]!, m.index)
  }
  if (language === 'js') {
    for (const m of text.matchAll(DESTRUCTURE)) {
      for (const part of m[1]!.split(',')) {
        const key = /^\s*(?:\.\.\.)?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1]
        if (key) add(key, m.index)
      }
    }
  }
  const lines = lineStarts(text)
  return [...found].sort((a, b) => a[1] - b[1]).map(([key, index]) => ({ key, line: lineOf(lines, index) }))
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
