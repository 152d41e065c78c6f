/**
 * Who owns a finding: the policy's `owners:` (a key glob, a `path/key` glob or
 * a folder, the most specific match winning), else a rule's `owner:` when it
 * is a mention, else the CODEOWNERS owner of the file a contract column names.
 * Only the accepted forms ever become a mention: `@org/team`, `@user`,
 * `slack:@group`, `slack:U123` (a user) or `slack:S123` (a user group).
 */
import { compileGlob } from './glob.js'

/** The accepted owner forms; anything else is a label, never a mention. */
export const OWNER_FORMS: [RegExp, string][] = [
  [/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, 'a GitHub team @org/team'],
  [/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'a GitHub user @name'],
  [/^slack:@[a-z0-9][a-z0-9._-]{0,79}$/, 'a Slack handle slack:@group'],
  [/^slack:[UWS][A-Z0-9]{2,20}$/, 'a Slack id slack:U123 (a user) or slack:S123 (a user group)'],
]

export const isOwner = (text: string): boolean => OWNER_FORMS.some(([form]) => form.test(text))
/** A GitHub owner (`@user` or `@org/team`): what a pull-request comment may mention. */
export const isGitHubOwner = (text: string): boolean => OWNER_FORMS.slice(0, 2).some(([form]) => form.test(text))

export interface OwnerEntry {
  /** A key glob (`STRIPE_*`), a `path/key` glob (`/payments/**`… with a key part) or a folder (`/payments`). */
  match: string
  owners: string[]
  line?: number
}

interface Compiled {
  owners: string[]
  /** Higher wins: an exact key, then a deeper folder, then the glob with more literal characters. */
  specificity: number
  test: (path: string, key: string) => boolean
}

const literalChars = (glob: string): number => glob.replace(/[*?[\]{}]/g, '').length

function compileEntry(entry: OwnerEntry): Compiled {
  const m = entry.match
  if (m.startsWith('/') && !/[*?[{]/.test(m)) {
    // A folder: itself and everything below it.
    const folder = m.replace(/\/+$/, '') || '/'
    return {
      owners: entry.owners,
      specificity: 1000 + folder.length,
      test: (path) => folder === '/' || path === folder || path.startsWith(`${folder}/`),
    }
  }
  const glob = compileGlob(m)
  const onPath = m.includes('/')
  const exact = !/[*?[{]/.test(m)
  return {
    owners: entry.owners,
    specificity: exact ? 3000 : 2000 + literalChars(m),
    test: (path, key) => glob(onPath ? (path === '/' ? `/${key}` : `${path}/${key}`) : key),
  }
}

/** The owners of a row by the policy's map: the most specific entry that matches, or undefined. */
export function ownerLookup(entries: readonly OwnerEntry[]): (path: string, key: string) => string[] | undefined {
  const compiled = entries.map(compileEntry)
  return (path, key) => {
    let best: Compiled | undefined
    for (const c of compiled) if (c.test(path, key) && (!best || c.specificity > best.specificity)) best = c
    return best?.owners
  }
}

/** A CODEOWNERS file: each line a pattern and its owners; the last matching line wins, as on GitHub. */
export function parseCodeowners(text: string): (file: string) => string[] | undefined {
  const rules: { test: (file: string) => boolean; owners: string[] }[] = []
  for (const raw of text.split(/\r?\n/).slice(0, 5000)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!line) continue
    const [pattern, ...owners] = line.split(/\s+/)
    if (!pattern || pattern.length > 300) continue
    let glob = pattern
    const anchored = glob.startsWith('/')
    if (anchored) glob = glob.slice(1)
    if (glob.endsWith('/')) glob = `${glob}**`
    if (!anchored && !glob.slice(0, -1).includes('/')) glob = `**/${glob}`
    let tests: ((file: string) => boolean)[]
    try {
      // `docs` names the folder too: what is under it.
      tests = [compileGlob(glob), ...(glob.endsWith('**') ? [] : [compileGlob(`${glob}/**`)])]
    } catch {
      continue
    }
    rules.push({ test: (file) => tests.some((t) => t(file)), owners: owners.filter(isOwner) })
  }
  return (file) => {
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.test(file)) return rules[i]!.owners.length ? rules[i]!.owners : undefined
    return undefined
  }
}
