import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { readFileSync } from 'node:fs'
import { audit } from '../src/audit/audit.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { renderCsv } from '../src/render/csv.js'
import { csvField, md, mdCode, slack } from '../src/render/escape.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { NOW, env, inventory, secret, unreadable, nonEmpty } from './helpers/inventory.js'

const M = '/MooseQuest'
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/infisical-2024-10/${name}`, import.meta.url), 'utf8'))
/** Every key the recorded dev environment holds: pipe, backtick, space, dots, `=`, unicode, slash. */
const recordedDevKeys: string[] = fixture('11-v3-raw-list-dev-MooseQuest-recursive.json')
  .response.body.secrets.map((s: { secretKey: string }) => s.secretKey)
  .filter((key: string) => !key.endsWith('__EXPIRES_AT'))
const HOSTILE = [
  ...recordedDevKeys,
  'A*B*C',
  '_under_',
  '<script>alert(1)</script>',
  '<!channel>',
  'line\nbreak',
  'ends with backslash\\',
  'pipe after backslash\\|x',
  '``double``',
  '[link](https://evil.example)',
  '=HYPERLINK("https://evil.example")',
  'right\u202eleft',
]

const gfm = new MarkdownIt()
const cells = (html: string) => [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]!))
const decode = (html: string) =>
  html
    .replace(/<\/?code>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

function hostileReport() {
  return audit(
    inventory([
      env(
        'prod',
        HOSTILE.map((k) => secret(M, k)),
      ),
      env('staging', [secret(M, HOSTILE[0]!)]),
      unreadable('dev', 'proxy said <b>no</b>'),
    ]),
    DEFAULT_POLICY,
    NOW,
  )
}

describe('markdown snapshot', () => {
  const demo = () =>
    audit(
      inventory([
        env('prod', [secret(M, 'A', 4), secret(`${M}/cf`, 'CF'), secret(M, 'K'), secret(M, 'K__EXPIRES_AT', 1, undefined, '2025-01-15')]),
        env('staging', [secret(M, 'A', 1), secret(M, 'K')], [`${M}/cf`]),
      ]),
      DEFAULT_POLICY,
      NOW,
    )

  it('has the header lines, counts, and the sections in order: drift, skew, expiry, folders, matrix', () => {
    const text = renderMarkdown(demo())
    expect(text).toMatch(/^# Vault coverage snapshot — 2026-11-23\n/)
    expect(text).toContain('- Generated at: 2026-11-23T00:00:00.000Z')
    expect(text).toContain('- Path prefix: `/MooseQuest`')
    expect(text).toContain('- Environments: prod, staging')
    const order = ['## Drift (1)', '## Skew (1)', '## Expiry (2)', '## Folder diagnosis (1)', '## Coverage matrix (3)'].map((h) => text.indexOf(h))
    expect(nonEmpty(order).every((pos) => pos > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(text).toContain('folder `/MooseQuest/cf` does not exist in staging (1 missing secret)')
  })

  it('shows vN, — and ? cells and a Drift column in the matrix', () => {
    const report = audit(inventory([env('prod', [secret(M, 'A', 7)]), env('staging', []), unreadable('dev')]), DEFAULT_POLICY, NOW)
    const rows = cells(gfm.render(renderMarkdown(report)))
    const matrix = rows.slice(rows.findIndex((r) => r[0] === 'Path' && r.includes('Drift') && r.includes('prod')))
    expect(matrix[0]).toEqual(['Path', 'Key', 'prod', 'staging', 'dev', 'Drift'])
    expect(matrix[1]).toEqual(['<code>/MooseQuest</code>', '<code>A</code>', 'v7', '—', '?', 'missing in staging'])
  })

  it('keeps every table intact and injects no markup, whatever the key', () => {
    const html = gfm.render(renderMarkdown(hostileReport()))
    for (const row of cells(html)) {
      if (row[0] === 'Path' && row[1] === 'Key' && row.includes('prod')) expect(row).toHaveLength(6)
    }
    // Matrix rows (the drift table has six columns too: tell them apart by the first environment's cell).
    const matrixRows = cells(html).filter((r) => r.length === 6 && r[0] === '<code>/MooseQuest</code>' && /^(v\d+|—|\?)$/.test(r[2]!))
    expect(matrixRows).toHaveLength(HOSTILE.length)
    const shown = matrixRows.map((r) => decode(r[1]!))
    for (const key of HOSTILE) {
      const expected = key
        .replace(/\n/g, '\\n')
        .replace(/\u202e/g, '\\u{202e}')
        .replace(/\\(?=\|)/g, '\\u{5c}')
      expect(shown).toContain(expected)
    }
    expect(html).not.toMatch(/<(script|em|strong|a|b)[\s>]/)
  })

  it('escapes plain text with md(): emphasis, tags and pipes are inert', () => {
    expect(gfm.renderInline(md('*a* _b_ <i>c</i> |'))).toBe('*a* _b_ &lt;i&gt;c&lt;/i&gt; |')
    expect(mdCode('a`b')).toBe('``a`b``')
    expect(mdCode('`x')).toBe('`` `x ``')
  })
})

describe('CSV', () => {
  it('has a header row, quotes per RFC 4180 and guards formula cells', () => {
    const text = renderCsv(hostileReport())
    expect(text.split('\r\n')[0]).toBe('path,key,status,prod,staging,dev,missing_in,unexpected_in,class,skew,expiry,rotation_overdue,remediation')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1+1`).startsWith(`'`) || csvField(`${lead}1+1`).startsWith(`"'`)).toBe(true)
    expect(csvField(-3)).toBe('-3')
    expect(text).toContain(`'=HYPERLINK(""https://evil.example"")`)
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
  })

  it('parses back to one record per row with the status and per-environment columns', () => {
    const report = audit(inventory([env('prod', [secret(M, 'A', 2), secret(M, 'B')]), env('staging', [secret(M, 'A', 1)])]), DEFAULT_POLICY, NOW)
    const lines = renderCsv(report).trimEnd().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toBe('/MooseQuest,A,ok,v2,v1,,,env-specific,,,,')
    expect(lines[2]).toBe("/MooseQuest,B,missing,v1,absent,staging,,env-specific,,,,Provision in staging with that environment's own credential.")
  })
})

describe('JSON', () => {
  it('is the report with a schemaVersion, stable across renders', () => {
    const report = hostileReport()
    const text = renderJson(report)
    const parsed = JSON.parse(text)
    expect(parsed.schemaVersion).toBe(1)
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'generatedAt',
      'source',
      'pathPrefix',
      'policy',
      'environments',
      'counts',
      'rows',
      'skew',
      'expiry',
      'rotation',
      'folders',
      'policyFindings',
      'carriedDrift',
    ])
    expect(parsed.rows.map((r: { key: string }) => r.key)).toEqual(report.rows.map((r) => r.key))
    expect(renderJson(hostileReport())).toBe(text)
  })
})

describe('Slack text', () => {
  it('neutralises mentions and links', () => {
    expect(slack('<!channel> & <@U123> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x|y&gt;')
  })
})

describe('Slack message', () => {
  const links = { snapshotUrl: 'https://github.com/o/r/blob/c1/docs/ops/x.md', runUrl: 'https://github.com/o/r/actions/runs/1' }

  it('stays within 50 blocks and 3000 characters a section, ending with "…and N more" and both links', async () => {
    const { renderSlack, SLACK_MAX_BLOCKS, SLACK_MAX_SECTION } = await import('../src/render/slack.js')
    const keys = Array.from({ length: 5000 }, (_, i) => secret(`${M}/vendor-${i % 40}`, `SECRET_NUMBER_${i}`))
    const report = audit(inventory([env('prod', keys), env('staging', [])]), DEFAULT_POLICY, NOW)
    const message = renderSlack(report, links)
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS)
    const sections = message.blocks.filter((b) => b.type === 'section') as { text: { text: string } }[]
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(SLACK_MAX_SECTION)
    const drift = sections.find((s) => s.text.text.startsWith('*Drift (5000)*'))!.text.text
    expect(drift.split('\n').filter((l) => l.startsWith('• `')).length).toBe(15)
    expect(drift.split('\n').at(-1)).toBe('• …and 4985 more')
    // The buttons: the snapshot and the run.
    expect(message.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: 'Open snapshot' }, url: links.snapshotUrl, style: 'primary' },
        { type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl },
      ],
    })
    expect(message.text).toBe('🔴 5000 drift rows in test.json /MooseQuest')
  })

  it('lists every drift row when they fit, and pings no one whatever the names', async () => {
    const { renderSlack } = await import('../src/render/slack.js')
    const report = audit(
      inventory([
        env('prod', [secret(M, '<!channel>'), secret(M, '<@U024BE7LH>'), secret(M, 'a`b'), secret(M, '<https://evil.example|click>')]),
        env('staging', []),
      ]),
      DEFAULT_POLICY,
      NOW,
    )
    const message = renderSlack(report, { runUrl: links.runUrl })
    const body = JSON.stringify(message)
    expect(body).not.toMatch(/<!channel>|<@U024BE7LH>|<https:\/\/evil/)
    expect(body).toContain('&lt;!channel&gt;')
    expect(body).toContain('`aˋb`')
    expect(body.match(/• /g)).toHaveLength(4)
    expect(body).not.toContain('…and')
  })
})

describe('JSON layout', () => {
  it('puts one top-level field per line and one list item per line, and parses back to the report', () => {
    const report = audit(inventory([env('prod', [secret(M, 'A', 2), secret(M, 'B')]), env('staging', [secret(M, 'A', 1)])]), DEFAULT_POLICY, NOW)
    const text = renderJson(report)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)))
    const lines = text.split('\n')
    expect(lines[1]).toBe('  "schemaVersion": 1,')
    const rowsAt = lines.indexOf('  "rows": [')
    expect(JSON.parse(lines[rowsAt + 1]!.replace(/,$/, ''))).toMatchObject({ key: 'A', status: 'ok' })
    expect(JSON.parse(lines[rowsAt + 2]!)).toMatchObject({ key: 'B', status: 'missing' })
    expect(lines[rowsAt + 3]).toBe('  ],')
    expect(text).toContain('  "skew": [],')
  })
})
