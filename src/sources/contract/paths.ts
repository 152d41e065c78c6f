/** A `code:` column's location: its globs (files/globs.ts keeps them inside the checkout) and the helpers it names. */
import { parseGlobs } from '../../files/globs.js'

export interface CodeLocation {
  include: string[]
  exclude: string[]
  helpers: string[]
}

const HELPER_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/

/** `src/**,!**\/*.test.*?helpers=config_value,setting` → its parts, or what was expected instead. */
export function parseCodeLocation(text: string): CodeLocation | { expected: string } {
  // `?` alone is a glob's one-character wildcard: the options start at `?helpers=`.
  const q = text.search(/\?helpers=/)
  const globs = parseGlobs(q < 0 ? text : text.slice(0, q), 'src/**')
  if ('expected' in globs) return globs
  const location: CodeLocation = { ...globs, helpers: [] }
  if (q >= 0) {
    for (const pair of text.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=')
      const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]
      if (name !== 'helpers') return { expected: 'helpers=NAME[,NAME…] after the ? (the one option of a code: column; join more with &)' }
      const names = value.split(',').filter(Boolean)
      if (!names.length || names.some((n) => !HELPER_NAME.test(n) || n.length > 100))
        return { expected: 'helpers=NAME[,NAME…]: function names such as config_value or settings.get' }
      location.helpers.push(...names)
    }
  }
  return location
}
