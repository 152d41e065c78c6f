/**
 * Outside text in every medium (issue 13): invisible and bidi characters shown,
 * CSV without raw controls, server names and policy words that cannot mention
 * a team or become a link, server dates never printed raw.
 */
import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { audit } from '../src/audit/audit.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderCsv } from '../src/render/csv.js'
import { csvField, isoDay, md, mdCode, slack, visible } from '../src/render/escape.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { renderSlack } from '../src/render/slack.js'
import { renderSummary } from '../src/render/summary.js'
import { NOW, env, inventory, secret } from './helpers/inventory.js'

const M = '/app'
const linkify = new MarkdownIt({ linkify: true })

describe('invisible and bidi characters', () => {
  it.each([
    ['Arabic letter mark', '\u061c', '\\u{61c}'],
    ['soft hyphen', '\u00ad', '\\u{ad}'],
    ['Hangul filler', '\u3164', '\\u{3164}'],
    ['Hangul choseong filler', '\u115f', '\\u{115f}'],
    ['tag character', '\u{e0041}', '\\u{e0041}'],
    ['variation selector', '\ufe0f', '\\u{fe0f}'],
    ['variation selector supplement', '\u{e0100}', '\\u{e0100}'],
    ['right-to-left override', '\u202e', '\\u{202e}'],
    ['invisible separator', '\u2063', '\\u{2063}'],
  ])('%s is shown as an escape in markdown, code spans, Slack and CSV', (_, char, shown) => {
    const name = `API${char}_KEY`
    for (const out of [md(name), mdCode(name), slack(name), csvField(name), visible(name)]) {
      expect(out).not.toContain(char)
      expect(out).toContain(shown)
    }
  })

  it.each([
    ['ESC', '\u001b'],
    ['NUL', '\u0000'],
    ['bell', '\u0007'],
    ['first strong isolate', '\u2068'],
  ])('CSV carries no raw %s', (_, char) => {
    const report = audit(inventory([env('prod', [secret(M, `K${char}EY`)])], M), parsePolicy('', 'p.yml'), NOW)
    expect(renderCsv(report)).not.toContain(char)
  })
})

describe('names and words that could mention or link', () => {
  const report = (projectName: string, reason: string) => {
    const policy = parsePolicy(`rules:\n  - { match: K, expected: [prod], reason: "${reason}", owner: "@acme/owners" }\n`, 'p.yml')
    const r = audit(inventory([env('prod', [secret(M, 'K')]), env('staging', [secret(M, 'K')])], M), policy, NOW)
    r.source = { kind: 'infisical', location: 'https://vault.example', projectName }
    return r
  }

  it.each([
    ['@acme/platform', 'ask @acme/security'],
    ['see https://evil.example/login', 'docs at https://evil.example/runbook'],
    ['www.evil.example', 'www.evil.example/x'],
    ['@here <!channel>', '[x](https://evil.example) @team'],
  ])('project %j and reason %j stay inert in the summary, the PR comment and the snapshot', (projectName, reason) => {
    const r = report(projectName, reason)
    for (const text of [renderSummary(r, { maxBytes: 100_000, snapshotPath: 'x.md', runUrl: 'https://github.com/o/r/actions/runs/1' }), renderMarkdown(r)]) {
      const html = linkify.render(text)
      // The only links are the ones the report itself makes.
      const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])
      expect(links.filter((l) => l !== 'https://github.com/o/r/actions/runs/1')).toEqual([])
      // No @mention: an @ is never directly followed by a name outside a code span.
      const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '')
      expect(outsideCode).not.toMatch(/@[A-Za-z]/)
    }
    // Slack parses mentions in mrkdwn only (the fallback text and sections); the plain_text header never pings.
    const message = renderSlack(r, { runUrl: 'https://github.com/o/r/actions/runs/1' })
    const mrkdwn = [message.text, ...message.blocks.filter((b) => b.type !== 'header').map((b) => JSON.stringify(b))].join('\n')
    expect(mrkdwn).not.toMatch(/<!(channel|here)>|<@/)
  })
})

describe('dates from outside', () => {
  it.each(['2026-11-20T05:00:00Z', '2026-11-20', '2026-11-20T05:00:00.123+02:00'])('prints the day of %s', (text) => {
    expect(isoDay(text)).toBe('2026-11-20')
  })

  it.each(['next week', '2026-13-45', '2026-02-30', '<script>', '2026-11-20\n## injected', '2026-11-20T05:00:00Z extra', ''])('never prints %j raw', (text) => {
    expect(isoDay(text)).toBe('(invalid date)')
  })
})

describe('plurals', () => {
  it('says "1 day" and "1 secret", and "2 days"', async () => {
    const { expiryText, folderText, skewText } = await import('../src/render/markdown.js')
    expect(expiryText({ path: M, key: 'K', env: 'prod', status: 'expiring', expiresAt: '2026-11-24T00:00:00.000Z', daysLeft: 1 })).toBe(
      'expires on 2026-11-24 (in 1 day)',
    )
    expect(expiryText({ path: M, key: 'K', env: 'prod', status: 'expired', expiresAt: '2026-11-22T00:00:00.000Z', daysLeft: -1 })).toBe(
      'expired on 2026-11-22 (1 day ago)',
    )
    expect(expiryText({ path: M, key: 'K', env: 'prod', status: 'expired', expiresAt: '2026-11-21T00:00:00.000Z', daysLeft: -2 })).toBe(
      'expired on 2026-11-21 (2 days ago)',
    )
    expect(skewText({ path: M, key: 'K', lag: { newest: 'prod', stalest: 'dev', days: 1 } })).toBe('dev last changed 1 day before prod')
    expect(folderText({ env: 'dev', folder: M, kind: 'missing', isPrefix: false, missingRows: 1 })).toBe(
      'folder `/app` does not exist in dev (1 missing secret)',
    )
  })
})
