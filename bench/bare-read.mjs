// The floor a code scan is measured against: list the same files the way the scan does in a work tree (one
// `git ls-files`), keep those of the languages it reads, and read each one, 16 at a time, doing nothing with them.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'

const SCANNED =
  /\.(js|mjs|cjs|jsx|ts|tsx|mts|cts|vue|svelte|astro|py|go|rb|rake|erb|rs|java|kt|kts)$|(^|\/)(\.github\/workflows\/[^/]+|config\/[^/]+|(docker-)?compose[^/]*)\.ya?ml$/
const SKIPPED = /(^|\/)(node_modules|dist|vendor|vendored|third_party)\//
const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' })
const files = listed.split('\0').filter((f) => f && SCANNED.test(f) && !SKIPPED.test(f))
let bytes = 0
let next = 0
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (next < files.length) bytes += (await readFile(files[next++], 'utf8')).length
  }),
)
console.log(JSON.stringify({ files: files.length, bytes }))
