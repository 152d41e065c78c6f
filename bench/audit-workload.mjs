// One process: audit + markdown render of a synthetic inventory; prints JSON timings.
// Run by bench/run.mjs with the compiled sources in .tmp/build.
import { syntheticInventory } from './synthetic.mjs'

const [secrets, folders, runCount = 5] = process.argv.slice(2).map(Number)
const build = new URL('../.tmp/build/', import.meta.url)
const { audit } = await import(new URL('audit/audit.js', build))
const { renderMarkdown } = await import(new URL('render/markdown.js', build))
const { DEFAULT_POLICY } = await import(new URL('core/policy.js', build))

const inventory = syntheticInventory({ environments: ['prod', 'staging', 'dev'], secrets, folders })
const now = new Date('2026-11-23T00:00:00Z')
const runs = []
let report
let markdown
for (let i = 0; i < runCount; i++) {
  const t0 = performance.now()
  report = audit(inventory, DEFAULT_POLICY, now)
  const t1 = performance.now()
  markdown = renderMarkdown(report)
  const t2 = performance.now()
  runs.push({ audit: t1 - t0, render: t2 - t1, total: t2 - t0 })
}
const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]
console.log(
  JSON.stringify({
    first: runs[0].total,
    median: { audit: median('audit'), render: median('render'), total: median('total') },
    rows: report.counts.rows,
    drift: report.counts.drift,
    markdownBytes: Buffer.byteLength(markdown),
  }),
)
