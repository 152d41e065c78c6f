/**
 * Recall and precision of the `code:` column on a corpus of real-world-shaped
 * files in every language it claims (__tests__/fixtures/contract-corpus, its
 * ground truth written by hand in expected.json), scanned as a column scans a
 * checkout: every file, helpers resolved across files, the default ignore list.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileGlob } from '../src/audit/glob.js'
import { DEFAULT_CONTRACT_IGNORE } from '../src/core/policy.js'
import { scanGlob } from '../src/sources/contract/code.js'

const CORPUS = join(process.cwd(), '__tests__/fixtures/contract-corpus')
const truth = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as { reads: Record<string, string[]>; never: string[] }
const ignore = DEFAULT_CONTRACT_IGNORE.map(compileGlob)
const ignored = (key: string) => ignore.some((m) => m(key))

describe('the contract corpus (every language, real-world shapes)', () => {
  it('finds at least 98% of the keys the files read, each at its own file, and nothing from comments, strings, writes or the ignore list', async () => {
    const scan = await scanGlob('**/*?helpers=settingValue', { maxFileBytes: 1024 * 1024 }, CORPUS)
    const found = new Map(scan.keys.filter((k) => !ignored(k.key)).map((k) => [k.key, k.at.replace(/:\d+$/, '')]))
    const expected = Object.entries(truth.reads).flatMap(([file, keys]) => keys.map((key) => ({ file, key })))
    const hits = expected.filter(({ file, key }) => found.get(key) === file)
    const missed = expected.filter(({ file, key }) => found.get(key) !== file).map(({ file, key }) => `${file}: ${key}`)
    expect(expected.length).toBeGreaterThanOrEqual(90)
    expect({ recall: hits.length / expected.length, missed }).toEqual({ recall: expect.any(Number), missed: [] })
    expect(hits.length / expected.length).toBeGreaterThanOrEqual(0.98)
    // Precision: every key found is in the ground truth; none of the names that must never count.
    const known = new Set(expected.map((e) => e.key))
    expect([...found.keys()].filter((k) => !known.has(k))).toEqual([])
    for (const never of truth.never) expect(found.has(never)).toBe(false)
  })

  it('keeps writes apart and reports the dynamic reads it could not name, with where', async () => {
    const scan = await scanGlob('**/*', { maxFileBytes: 1024 * 1024 }, CORPUS)
    expect(scan.writes.map((w) => w.key)).toEqual(expect.arrayContaining(['NOT_A_READ_WRITTEN', 'NOT_A_READ_DELETED']))
    expect(scan.keys.map((k) => k.key)).not.toContain('NOT_A_READ_WRITTEN')
    // `process.env[key]` in a loop, `os.environ.get(name)` in a loop, `ENV[k]`, `os.Getenv(k)`: reported; the helpers' own reads are not.
    expect(scan.dynamic).toEqual([
      { at: 'go/main.go:24', via: 'os.Getenv(…)' },
      { at: 'py/app/settings.py:47', via: 'os.getenv(…)' },
      { at: 'rb/config/initializers/sentry.rb:19', via: 'ENV[…]' },
      { at: 'ts/server.ts:27', via: 'process.env[…]' },
    ])
    // Without the column naming it, settingValue('UI_THEME') is not a read.
    expect(scan.keys.map((k) => k.key)).not.toContain('UI_THEME')
  })
})
