/**
 * Policy globs with a linear-time guarantee. A regex-based matcher backtracks:
 * `*a*a*a*a*a*a*a*a*b` against 40 `a`s took 4 s, and each extra `*a` ten times
 * more, so a policy file could stall the audit. This one simulates the
 * pattern as a set of positions (an NFA): O(pattern × name) whatever the input.
 *
 * Syntax: `*` (any run without `/`), `**` (any run), `?` (one character but
 * `/`), `[abc]` `[a-z]` `[!a-z]` (one character), `{a,b}` (alternatives, up
 * to 64 in all), `\\x` (x itself). Anything else is literal.
 */

type Token = { kind: 'char'; test: (c: string) => boolean } | { kind: 'star'; slash: boolean }

const MAX_ALTERNATIVES = 64
const MAX_LENGTH = 512

export class GlobError extends Error {
  override name = 'GlobError'
}

/** `{a,b}` expanded, innermost first; an unbalanced brace is literal. */
function expandBraces(pattern: string): string[] {
  let depth = 0
  let open = -1
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') i++
    else if (c === '{' && depth++ === 0) open = i
    else if (c === '}' && depth > 0 && --depth === 0) {
      const inner = pattern.slice(open + 1, i)
      const parts: string[] = []
      let level = 0
      let start = 0
      for (let j = 0; j < inner.length; j++) {
        const d = inner[j]
        if (d === '\\') j++
        else if (d === '{') level++
        else if (d === '}') level--
        else if (d === ',' && level === 0) {
          parts.push(inner.slice(start, j))
          start = j + 1
        }
      }
      parts.push(inner.slice(start))
      if (parts.length === 1) continue // `{a}`: literal braces
      const rest = expandBraces(pattern.slice(i + 1))
      const out: string[] = []
      for (const part of parts)
        for (const head of expandBraces(part))
          for (const tail of rest) {
            out.push(pattern.slice(0, open) + head + tail)
            if (out.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives`)
          }
      return out
    }
  }
  return [pattern]
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\' && i + 1 < pattern.length) {
      const literal = pattern[++i]!
      tokens.push({ kind: 'char', test: (x) => x === literal })
    } else if (c === '*') {
      const slash = pattern[i + 1] === '*'
      while (pattern[i + 1] === '*') i++
      // Consecutive stars are one: `a**b` and `a*****b` cost what `a*b` costs.
      const last = tokens.at(-1)
      if (last?.kind === 'star') last.slash ||= slash
      else tokens.push({ kind: 'star', slash })
    } else if (c === '?') tokens.push({ kind: 'char', test: (x) => x !== '/' })
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close < 0) {
        tokens.push({ kind: 'char', test: (x) => x === '[' })
        continue
      }
      let body = pattern.slice(i + 1, close)
      const negate = body[0] === '!' || body[0] === '^'
      if (negate) body = body.slice(1)
      const ranges: [string, string][] = []
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([body[j]!, body[j + 2]!])
          j += 2
        } else ranges.push([body[j]!, body[j]!])
      }
      tokens.push({ kind: 'char', test: (x) => x !== '/' && ranges.some(([lo, hi]) => x >= lo && x <= hi) !== negate })
      i = close
    } else tokens.push({ kind: 'char', test: (x) => x === c })
  }
  return tokens
}

/** Whether the tokens match the whole text: the set of reachable positions, advanced one character at a time. */
function simulate(tokens: Token[], text: string): boolean {
  const n = tokens.length
  let current = new Uint8Array(n + 1)
  let next = new Uint8Array(n + 1)
  // A star may match nothing: reaching it reaches what follows it.
  const close = (set: Uint8Array) => {
    for (let p = 0; p < n; p++) if (set[p] && tokens[p]!.kind === 'star') set[p + 1] = 1
  }
  current[0] = 1
  close(current)
  for (const c of text) {
    next.fill(0)
    let any = false
    for (let p = 0; p < n; p++) {
      if (!current[p]) continue
      const token = tokens[p]!
      if (token.kind === 'star') {
        if (c !== '/' || token.slash) {
          next[p] = 1
          any = true
        }
      } else if (token.test(c)) {
        next[p + 1] = 1
        any = true
      }
    }
    if (!any) return false
    close(next)
    ;[current, next] = [next, current]
  }
  return current[n] === 1
}

/** A matcher for one pattern; a GlobError says why the pattern cannot be used. */
export function compileGlob(pattern: string): (text: string) => boolean {
  if (pattern.length > MAX_LENGTH) throw new GlobError(`longer than ${MAX_LENGTH} characters`)
  // A whole-segment `**` also matches no segment at all: `a/**/b` matches `a/b`, `**/b` `b`, `a/**` `a`.
  const segments = pattern
    .replace(/^\*\*\//, '{,**/}')
    .replace(/\/\*\*\//g, '{/,/**/}')
    .replace(/\/\*\*$/, '{,/**}')
  const alternatives = expandBraces(segments).map(tokenize)
  return (text) => alternatives.some((tokens) => simulate(tokens, text))
}
