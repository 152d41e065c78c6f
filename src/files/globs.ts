/**
 * What a column of the repository may name (a dotenv file, code, manifests): a
 * relative path or glob that stays inside the checkout after its braces are
 * expanded. The expansion is counted before it is made (`{a,b}{a,b}…` doubles
 * with every pair), and refused past a bound.
 */
import braces from 'braces'

/** Patterns one glob may expand to. */
export const MAX_GLOB_PATTERNS = 256

/**
 * How many patterns `glob`'s braces expand to, counted without expanding them
 * (an upper bound, capped just past `cap`): lists add their alternatives,
 * neighbouring groups multiply, `{1..20}` counts its range.
 */
export function braceCount(glob: string, cap = MAX_GLOB_PATTERNS): number {
  const limit = (n: number) => Math.min(n, cap + 1)
  // A sequence up to one of `stops` at depth > 0: the product of its groups, and where it ended.
  const sequence = (start: number, nested: boolean): { count: number; end: number } => {
    let count = 1
    let i = start
    while (i < glob.length) {
      const c = glob[i]!
      if (c === '\\') {
        i += 2
        continue
      }
      if (nested && (c === ',' || c === '}')) break
      if (c === '{') {
        const group = braceGroup(i)
        if (group) {
          count = limit(count * group.count)
          i = group.end + 1
          continue
        }
      }
      i++
    }
    return { count, end: i }
  }
  // A `{…}` at `open`: its alternatives' sum, a range's length, or undefined when it is not closed (literal).
  const braceGroup = (open: number): { count: number; end: number } | undefined => {
    let total = 0
    let alternatives = 0
    let i = open + 1
    for (;;) {
      const part = sequence(i, true)
      if (part.end >= glob.length) return undefined
      total = limit(total + part.count)
      alternatives++
      if (glob[part.end] === '}') {
        if (alternatives > 1) return { count: total, end: part.end }
        return { count: rangeLength(glob.slice(open + 1, part.end)), end: part.end }
      }
      i = part.end + 1
    }
  }
  const rangeLength = (inner: string): number => {
    const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(inner)
    if (!m) return 1
    const [from, to] = [m[1]!, m[2]!].map((v) => (/^-?\d+$/.test(v) ? Number(v) : v.charCodeAt(0)))
    const step = Math.max(1, Math.abs(Number(m[3] ?? 1)))
    return limit(Math.floor(Math.abs(to! - from!) / step) + 1)
  }
  return sequence(0, false).count
}

/** A relative path or glob inside the checkout, or what was expected instead. */
export function insideCheckout(text: string, what: string, glob: boolean): { location: string } | { expected: string } {
  const trimmed = text.replace(/^\.\//, '')
  if (!trimmed) return { expected: `a ${what}` }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return { expected: `a ${what} without control characters` }
  const outside = { expected: `a ${what} inside the checkout (relative, no ..)` }
  let patterns = [trimmed]
  if (glob) {
    const count = braceCount(trimmed)
    if (count > MAX_GLOB_PATTERNS) return { expected: `a ${what} whose braces expand to at most ${MAX_GLOB_PATTERNS} patterns (this one: more)` }
    patterns = braces(trimmed, { expand: true, rangeLimit: MAX_GLOB_PATTERNS })
    if (patterns.length > MAX_GLOB_PATTERNS)
      return { expected: `a ${what} whose braces expand to at most ${MAX_GLOB_PATTERNS} patterns (this one: ${patterns.length})` }
  }
  // `\.\.` is `..` to the glob library: segments are judged with their escapes removed.
  const escapes = (p: string) => p.split('/').some((segment) => segment.replace(/\\(.)/g, '$1') === '..')
  if (patterns.some((p) => p.startsWith('/') || /^[A-Za-z]:/.test(p) || escapes(p))) return outside
  return { location: trimmed }
}

/** Top-level commas only: `{ts,js}` stays one glob. */
export function splitGlobs(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}') depth = Math.max(0, depth - 1)
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/** `deploy/**,!**\/test/**` → the globs and the `!` ones, each inside the checkout, or what was expected instead. */
export function parseGlobs(text: string, example: string): { include: string[]; exclude: string[] } | { expected: string } {
  const globs = { include: [] as string[], exclude: [] as string[] }
  for (const glob of splitGlobs(text)) {
    const negated = glob.startsWith('!')
    const checked = insideCheckout(negated ? glob.slice(1) : glob, `glob such as ${example}`, true)
    if ('expected' in checked) return checked
    ;(negated ? globs.exclude : globs.include).push(checked.location)
  }
  if (!globs.include.length) return { expected: `a glob such as ${example} before the ! patterns` }
  return globs
}
