// One process: the action's history read for the trend, through the GitHub contents API (a loopback stand-in with
// 50 ms latency per answer), as githubLookup + loadPrevious do it. Prints JSON: requests by kind, wall ms, twins used.
// Usage: node bench/history-read.mjs generate DIR ROWS   (writes 95 nightly twins of ROWS secrets × 3 environments)
//        node bench/history-read.mjs read DIR NIGHTS      (NIGHTS 0: no trend, the previous snapshot only, as before issue 29)
// The twins are served from disk, one file per request, so the reader's peak memory is its own.
// Run by bench/run.mjs with the compiled sources in .tmp/build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { listening } from './listen.mjs'
import { syntheticInventory } from './synthetic.mjs'

const [mode, dir, count] = process.argv.slice(2)
// Another build's compiled sources for a before row (a worktree of an older commit): VCA_BUILD=/path/to/.tmp/build/.
const build = process.env.VCA_BUILD ? new URL(`file://${process.env.VCA_BUILD.replace(/\/?$/, '/')}`) : new URL('../.tmp/build/', import.meta.url)
const { audit } = await import(new URL('audit/audit.js', build))
const { renderJson } = await import(new URL('render/json.js', build))
const { DEFAULT_POLICY } = await import(new URL('core/policy.js', build))
const { loadPrevious } = await import(new URL('history/history.js', build))
const { githubClient, githubLookup } = await import(new URL('publish/github.js', build))

const TODAY = '2026-12-07'
const DAY = 86_400_000
if (mode === 'generate') {
  // 95 nightly twins as the tool writes them (every night's report of ROWS secrets, some drifting).
  const inventory = syntheticInventory({ environments: ['prod', 'staging', 'dev'], secrets: Number(count), folders: 20 })
  for (let i = 1; i <= 95; i++) {
    const day = new Date(Date.parse(`${TODAY}T00:00:00Z`) - i * DAY).toISOString().slice(0, 10)
    const report = audit(inventory, DEFAULT_POLICY, new Date(`${day}T06:00:00Z`), {}, { trendNights: 30 })
    writeFileSync(join(dir, `${day}-vault-coverage-snapshot.json`), renderJson(report))
  }
  process.exit(0)
}
const nights = Number(count)
const names = readdirSync(dir)
const bytes = names.reduce((n, name) => n + readFileSync(join(dir, name)).length, 0)

const requests = new Map()
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x')
  const path = decodeURIComponent(url.pathname.replace('/repos/o/r/contents/', ''))
  setTimeout(() => {
    if (path === 'docs/ops') {
      requests.set('listing', (requests.get('listing') ?? 0) + 1)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(names.map((name) => ({ name, path: `docs/ops/${name}`, type: 'file' }))))
      return
    }
    const name = path.replace('docs/ops/', '')
    const text = names.includes(name) ? readFileSync(join(dir, name)) : undefined
    requests.set('blob', (requests.get('blob') ?? 0) + 1)
    res.writeHead(text ? 200 : 404, { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json' })
    res.end(text ?? '{"message":"Not Found"}')
  }, 50)
})
const served = await listening(server, requests)
const logger = { debug() {}, info() {}, warning: (m) => process.env.BENCH_DEBUG && console.error(m), error() {} }
const octokit = await githubClient('t', { fetch: globalThis.fetch, logger, timeoutMs: 10_000, budgetMs: 0, deadlineMs: 120_000, baseUrl: served.url })
const started = performance.now()
const history = await loadPrevious(
  githubLookup(octokit, { owner: 'o', repo: 'r' }, 'main', 'docs/ops/{date}-vault-coverage-snapshot.md'),
  TODAY,
  logger,
  // The trend's first day (a build before issue 29 takes no such argument and reads the previous snapshot only).
  nights ? new Date(Date.parse(`${TODAY}T00:00:00Z`) - (nights - 1) * DAY).toISOString().slice(0, 10) : undefined,
)
const wallMs = performance.now() - started
await served.close()
console.log(
  JSON.stringify({
    requests: Object.fromEntries(requests),
    wallMs,
    used: history.earlier?.nights.length ?? 0,
    previous: Boolean(history.previous),
    twinKiB: bytes / names.length / 1024,
  }),
)
