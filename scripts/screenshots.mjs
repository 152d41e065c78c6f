#!/usr/bin/env node
// Pictures of what people read: the demo's job summary (GitHub-flavoured markdown with GitHub's
// stylesheet) and its Slack message (an HTML mock of Block Kit: header, sections, context, buttons),
// taken by headless Chromium (Debian's `chromium`). Run by `npm run screenshots`, which compiles the
// sources to .tmp/build first; BUILD=<dir> OUT=<prefix> render another build (the "before" pictures).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import MarkdownIt from 'markdown-it'

const root = fileURLToPath(new URL('..', import.meta.url))
const build = process.env.BUILD ?? join(root, '.tmp/build')
const out = process.env.OUT ?? join(root, 'docs/screenshots/')
const load = (path) => import(pathToFileURL(join(build, path)).href)
const [{ audit }, { parsePolicy }, { parseInventoryFile }, { renderSummary }, { renderSlack }, sarifModule, { renderMarkdown }] = await Promise.all([
  load('audit/audit.js'),
  load('files/policy-file.js'),
  load('sources/file.js'),
  load('render/summary.js'),
  load('render/slack.js'),
  load('render/sarif.js').catch(() => undefined),
  load('render/markdown.js'),
])

// The demo, and a day before it in which staging still held one secret: so the pictures show new and persisting drift.
const policy = parsePolicy(readFileSync(join(root, 'examples/demo-policy.yml'), 'utf8'), 'examples/demo-policy.yml')
const demoText = readFileSync(join(root, 'examples/demo-inventory.json'), 'utf8')
const read = (text) => parseInventoryFile(text, 'examples/demo-inventory.json', { companionSuffix: '__EXPIRES_AT' })
const yesterday = JSON.parse(demoText)
const staging = yesterday.environments.find((e) => e.slug === 'staging')
const prod = yesterday.environments.find((e) => e.slug === 'prod')
const dev = yesterday.environments.find((e) => e.slug === 'dev')
const has = (env, s) => env.secrets.some((t) => t.path === s.path && t.key === s.key)
// Yesterday dev still held a secret only it lacks today (new drift), and staging held one more (resolved since).
const onlyDevLacks = prod.secrets.filter((s) => !has(dev, s) && has(staging, s) && !s.key.endsWith('__EXPIRES_AT')).at(-1)
const stagingLacks = prod.secrets.find((s) => !has(staging, s) && !s.key.endsWith('__EXPIRES_AT'))
if (onlyDevLacks) dev.secrets.push(onlyDevLacks)
if (stagingLacks) staging.secrets.push(stagingLacks)
const before = audit(read(JSON.stringify(yesterday)), policy, new Date('2026-11-20T05:00:00Z'))
const previous = { location: 'docs/ops/2026-11-20-vault-coverage-snapshot.json', ...JSON.parse(JSON.stringify(before)) }
// The history argument changed shape once (a snapshot, then {previous}); both builds are drawn.
const report = audit(read(demoText), policy, new Date('2026-11-23T05:00:00Z'), audit.length >= 4 && process.env.OLD_HISTORY ? previous : { previous })

const links = {
  snapshotUrl: 'https://github.com/acme/ops/blob/main/docs/ops/2026-11-23-vault-coverage-snapshot.md',
  runUrl: 'https://github.com/acme/ops/actions/runs/4242',
}
const summary = renderSummary(report, { maxBytes: 1_000_000, snapshotPath: 'docs/ops/2026-11-23-vault-coverage-snapshot.md', ...links })
const slack = renderSlack(report, { ...links, mention: '<!subteam^S0ONCALL>' })

const css = readFileSync(join(root, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8')
const summaryHtml = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 32px }</style>
<article class="markdown-body">${new MarkdownIt({ html: true }).render(summary)}</article>`

/** Slack mrkdwn to HTML, for the mock: *bold*, `code`, <url|label>, line breaks; entities stay escaped. */
const mrkdwn = (text) =>
  text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '<a href="$1">$2</a>')
    .replace(/<!subteam\^[A-Z0-9]+>/g, '<span class="mention">@oncall</span>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*([^*\n]+)\*/g, '<b>$1</b>')
    .replace(/\n/g, '<br>')
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const block = (b) => {
  if (b.type === 'header') return `<div class="header">${escape(b.text.text)}</div>`
  if (b.type === 'section') return `<div class="section">${mrkdwn(b.text.text)}</div>`
  if (b.type === 'context') return `<div class="context">${b.elements.map((e) => mrkdwn(e.text)).join(' ')}</div>`
  if (b.type === 'actions')
    return `<div class="actions">${b.elements.map((e) => `<span class="button ${e.style ?? ''}">${escape(e.text.text)}</span>`).join('')}</div>`
  return ''
}
const slackHtml = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; background: #fff; font: 15px/1.46 Lato, "Helvetica Neue", Arial, sans-serif; color: #1d1c1d }
.message { display: flex; gap: 8px; max-width: 760px; padding: 20px }
.avatar { width: 36px; height: 36px; border-radius: 4px; background: #2b6cb0; color: #fff; font-weight: 700; display: grid; place-items: center }
.name { font-weight: 900 } .app { font-size: 10px; background: #e8e8e8; color: #616061; padding: 1px 3px; border-radius: 2px; margin-left: 4px } .time { color: #616061; font-size: 12px; margin-left: 6px }
.header { font-size: 18px; font-weight: 900; margin: 6px 0 }
.section { margin: 8px 0 } .context { color: #616061; font-size: 13px; margin: 8px 0 }
code { font: 12px Monaco, Menlo, monospace; color: #e01e5a; background: #f6f6f6; border: 1px solid #e0e0e0; border-radius: 3px; padding: 1px 3px }
a { color: #1264a3; text-decoration: none } .mention { color: #1264a3; background: #e8f5fa; padding: 0 2px; border-radius: 3px }
.actions { display: flex; gap: 8px; margin-top: 10px } .button { border: 1px solid #ddd; border-radius: 4px; padding: 4px 12px; font-weight: 700; font-size: 13px }
.button.primary { background: #007a5a; color: #fff; border-color: #007a5a }
</style><div class="message"><div class="avatar">V</div><div><div><span class="name">Vault coverage</span><span class="app">APP</span><span class="time">5:17 AM</span></div>
${slack.blocks.map(block).join('\n')}</div></div>`

mkdirSync(join(root, '.tmp'), { recursive: true })
mkdirSync(dirname(`${out}x`), { recursive: true })
const shoot = (name, html, height, flags = []) => {
  const page = join(root, '.tmp', `${name}.html`)
  writeFileSync(page, html)
  const png = `${out}${name}.png`
  execFileSync(
    process.env.CHROMIUM ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      ...flags,
      `--window-size=1000,${height}`,
      `--screenshot=${png}`,
      pathToFileURL(page).href,
    ],
    { stdio: 'ignore' },
  )
  console.log(`wrote ${png}`)
}
shoot('summary', summaryHtml, Number(process.env.SUMMARY_HEIGHT ?? 1900))

// The job summary with the trend (issue 29): the demo's last 30 nights, each audited in turn and compared with the
// night before, as the nightly run does; GitHub draws the mermaid block, here mermaid's own bundle in the page.
if (audit(read(demoText), policy, new Date('2026-11-23T05:00:00Z'), {}, { trendNights: 2 }).trend) {
  const DAY = 86_400_000
  const at = (daysAgo) => new Date(Date.parse('2026-11-23T05:00:00Z') - daysAgo * DAY)
  const todayDrift = audit(read(demoText), policy, at(0)).rows.filter((r) => r.status === 'missing' || r.status === 'unexpected')
  // Today's drift appeared over the month; other secrets went missing in staging for a while and came back.
  const starts = [26, 19, 12, 6, 2]
  const everywhere = prod.secrets.filter((s) => has(staging, s) && has(dev, s) && !s.key.endsWith('__EXPIRES_AT'))
  const spells = [
    [29, 24],
    [22, 15],
    [21, 20],
    [14, 10],
    [9, 7],
    [5, 4],
    [3, 3],
  ]
  const nights = []
  let prior
  for (let d = 29; d >= 1; d--) {
    if (d === 17 || d === 16) continue // two nights the workflow did not run: gaps, not zeros
    const inv = JSON.parse(demoText)
    const env = (slug) => inv.environments.find((e) => e.slug === slug)
    todayDrift.forEach((row, i) => {
      if (d <= starts[i % starts.length]) return // drifting since then: as today
      const source =
        env('prod').secrets.find((s) => s.path === row.path && s.key === row.key) ??
        env('staging').secrets.find((s) => s.path === row.path && s.key === row.key)
      for (const slug of row.missingIn) if (source) env(slug).secrets.push({ ...source })
      for (const slug of row.unexpectedIn) env(slug).secrets = env(slug).secrets.filter((s) => !(s.path === row.path && s.key === row.key))
    })
    spells.forEach(([from, to], i) => {
      const s = everywhere[i % everywhere.length]
      if (s && d <= from && d >= to) env('staging').secrets = env('staging').secrets.filter((t) => !(t.path === s.path && t.key === s.key))
    })
    const night = audit(read(JSON.stringify(inv)), policy, at(d), prior ? { previous: prior } : {}, { trendNights: 30 })
    const day = night.generatedAt.slice(0, 10)
    nights.push({ day, drift: night.counts.drift, newDrift: night.counts.newDrift, resolvedDrift: night.counts.resolvedDrift, fixed: night.trend?.fixed ?? [] })
    prior = { location: `docs/ops/${day}-vault-coverage-snapshot.json`, ...JSON.parse(JSON.stringify(night)), fixed: night.trend?.fixed ?? [] }
  }
  const trended = audit(
    read(demoText),
    policy,
    at(0),
    { previous: prior, earlier: { nights, skipped: { unreadable: 0, olderFormat: 0 } } },
    { trendNights: 30 },
  )
  const trendSummary = renderSummary(trended, { maxBytes: 1_000_000, snapshotPath: 'docs/ops/2026-11-23-vault-coverage-snapshot.md', ...links })
  const body = new MarkdownIt({ html: true })
    .render(trendSummary)
    .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/, '<pre class="mermaid">$1</pre>')
  const mermaid = readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8')
  shoot(
    'summary-trend',
    `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 32px } pre.mermaid { background: #fff }</style>
<article class="markdown-body">${body}</article><script>${mermaid}</script><script>mermaid.initialize({ startOnLoad: true, theme: 'default' })</script>`,
    Number(process.env.TREND_HEIGHT ?? 1500),
    ['--virtual-time-budget=10000'],
  )
}

// The demo's SARIF file as code scanning lists its alerts (an HTML mock, as the Slack one: rule, message, file:line, severity).
if (sarifModule) {
  const snapshotPath = 'docs/ops/2026-11-23-vault-coverage-snapshot.md'
  const sarif = JSON.parse(sarifModule.renderSarif(report, { version: '1.0.0', snapshot: { path: snapshotPath, markdown: renderMarkdown(report) } }))
  const run = sarif.runs[0]
  const rules = Object.fromEntries(run.tool.driver.rules.map((r) => [r.id, r]))
  const severity = { error: 'Error', warning: 'Warning', note: 'Note' }
  const rows = run.results
    .slice(0, 12)
    .map((r) => {
      const loc = r.locations?.[0]?.physicalLocation
      const where = loc ? `${loc.artifactLocation.uri}:${loc.region.startLine}` : ''
      return `<div class="alert"><span class="dot ${r.level}"></span><div><div class="title">${escape(rules[r.ruleId].shortDescription.text)}</div>
<div class="meta">${escape(r.message.text.replace(/\\(.)/g, '$1').slice(0, 150))}</div>
<div class="meta"><code>${escape(where)}</code> · vault-coverage-audit · <span class="sev ${r.level}">${severity[r.level]}</span> · rule <code>${escape(r.ruleId)}</code></div></div></div>`
    })
    .join('\n')
  const alertsHtml = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328 }
.box { max-width: 960px; margin: 24px auto; border: 1px solid #d0d7de; border-radius: 6px }
.head { background: #f6f8fa; padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600 }
.alert { display: flex; gap: 10px; padding: 10px 16px; border-bottom: 1px solid #d8dee4 } .title { font-weight: 600 }
.meta { color: #59636e; font-size: 12px } code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px }
.dot { width: 10px; height: 10px; border-radius: 50%; margin-top: 6px; flex: none } .dot.error, .sev.error { background: #cf222e; color: #fff } .dot.warning, .sev.warning { background: #9a6700; color: #fff } .dot.note, .sev.note { background: #59636e; color: #fff }
.sev { padding: 0 6px; border-radius: 10px; font-size: 11px }
</style><div class="box"><div class="head">Code scanning · ${run.results.length} open alerts · tool: vault-coverage-audit (from the demo's SARIF file)</div>
${rows}</div>`
  shoot('code-scanning', alertsHtml, Number(process.env.ALERTS_HEIGHT ?? 900))
}
shoot('slack', slackHtml, Number(process.env.SLACK_HEIGHT ?? 520))
