/**
 * Reports people read (issue 12): every section under its own heading in
 * GitHub's renderer, honest INCOMPLETE headlines, and the pull-request gate
 * that fails only on drift the base branch's last snapshot does not have.
 */
import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { audit } from '../src/audit/audit.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { renderSummary } from '../src/render/summary.js'
import { SLACK, actionInProcess, useStandIns } from './helpers/action.js'
import { NOW, env, inventory, secret, unreadable } from './helpers/inventory.js'

const M = '/app'
const gfm = new MarkdownIt({ html: true })
const options = { maxBytes: 1_000_000, snapshotPath: 'docs/ops/2026-11-23-vault-coverage-snapshot.md', runUrl: 'https://github.com/o/r/actions/runs/1' }

/** A report with something in every section: history, drift, skew, expiry, rotation, folders, policy. */
function everything() {
  const policy = parsePolicy('rules:\n  - { match: OLD, maxAgeDays: 30 }\n  - { match: NOTHING_MATCHES, class: dev-only }\n', 'p.yml')
  const first = audit(inventory([env('prod', [secret(M, 'A'), secret(M, 'B')]), env('staging', [secret(M, 'B')])], M), policy, new Date('2026-11-20T00:00:00Z'))
  const previous = { location: 'docs/ops/2026-11-20-vault-coverage-snapshot.json', ...JSON.parse(JSON.stringify(first)) }
  return audit(
    inventory(
      [
        env('prod', [
          secret(M, 'A', 9),
          secret(M, 'B'),
          secret(M, 'C'),
          secret(`${M}/cf`, 'CF'),
          secret(M, 'OLD', 1, '2026-01-01T00:00:00Z'),
          secret(M, 'K'),
          secret(M, 'K__EXPIRES_AT', 1, undefined, '2026-11-25'),
        ]),
        env(
          'staging',
          [
            secret(M, 'A', 1),
            secret(M, 'B'),
            secret(M, 'OLD', 1, '2026-01-01T00:00:00Z'),
            secret(M, 'K'),
            secret(M, 'K__EXPIRES_AT', 1, undefined, '2026-11-25'),
          ],
          [`${M}/cf`],
        ),
      ],
      M,
    ),
    policy,
    NOW,
    { previous },
  )
}

describe('the job summary in a GFM renderer', () => {
  const html = gfm.render(renderSummary(everything(), options))
  const sections = html.split(/(?=<h3>)/).slice(1)

  it('puts every section under its own heading, in order', () => {
    expect(sections.map((s) => /<h3>([^<(]+)/.exec(s)![1]!.trim())).toEqual([
      'Since the last snapshot',
      'Drift',
      'Expiry',
      'Skew',
      'Rotation',
      'Folders',
      'Policy',
      'Exceptions that excused nothing',
      'Matrix',
    ])
  })

  it('merges no list across sections: each section has at most one list, right under its heading', () => {
    for (const section of sections) expect((section.match(/<ul>/g) ?? []).length).toBeLessThanOrEqual(1)
  })

  it('breaks no table: every row has as many cells as its header', () => {
    for (const t of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const rows = [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[hd]/g) ?? []).length)
      expect(new Set(rows).size).toBe(1)
    }
  })

  it('folds the matrix, leaves out the columns with one value on every row, and says 1 day', () => {
    expect(html).toMatch(/<h3>Matrix<\/h3>\s*<details><summary>Coverage matrix \(6 rows\)<\/summary>/)
    const driftHeader = /<h3>Drift[\s\S]*?<thead>\s*<tr>([\s\S]*?)<\/tr>/.exec(html)![1]!
    expect(driftHeader).not.toContain('Class')
    expect(html).toContain('in 2 days')
  })
})

describe('incomplete runs', () => {
  const report = audit(
    inventory([env('prod', [secret(M, 'A'), secret(M, 'B')]), env('dev', [secret(M, 'A')]), unreadable('staging', 'permission denied (403)')], M),
    parsePolicy('', 'p.yml'),
    NOW,
  )

  it('headline INCOMPLETE naming what could not be read, and still count drift between the others', () => {
    const summary = renderSummary(report, options)
    expect(summary).toMatch(/^## INCOMPLETE — Vault coverage: 1 drift row/)
    expect(summary).toContain('INCOMPLETE: staging (permission denied (403)) could not be read')
    expect(renderMarkdown(report)).toMatch(/^# INCOMPLETE — Vault coverage snapshot — 2026-11-23\n\nINCOMPLETE: staging/)
    expect(report.rows.find((r) => r.key === 'B')).toMatchObject({ status: 'missing', missingIn: ['dev'], cells: { staging: { state: 'unreadable' } } })
  })

  it('never says "No drift." while something could not be read', () => {
    const clean = audit(inventory([env('prod', [secret(M, 'A')]), env('dev', [secret(M, 'A')]), unreadable('staging')], M), parsePolicy('', 'p.yml'), NOW)
    for (const text of [renderSummary(clean, options), renderMarkdown(clean)]) {
      expect(text).not.toMatch(/^No drift\.$/m)
      expect(text).toContain('No drift between the environments that could be read.')
    }
  })
})

describe('fail-on: new-drift on a pull request', () => {
  const standIns = useStandIns()
  const dir = mkdtempSync(join(tmpdir(), 'vca-new-drift-'))
  const inventoryWith = (name: string, staging: string[]) => {
    const path = join(dir, `${name}.json`)
    const s = (key: string) => ({ path: M, key, version: 1, updatedAt: '2026-11-01T00:00:00Z' })
    writeFileSync(
      path,
      JSON.stringify({
        environments: [
          { slug: 'prod', secrets: ['A', 'B', 'C'].map(s) },
          { slug: 'staging', secrets: staging.map(s) },
        ],
      }),
    )
    return `file:${path}`
  }
  const inputs = (source: string) => ({ source, 'github-token': 'ghs_pr', now: '2026-11-23T09:00:00Z', 'fail-on': 'new-drift', 'pr-comment': 'true' })
  const pr = { eventName: 'pull_request', prNumber: 5, baseRef: 'main' }

  it('passes a pull request whose drift the base branch already has, fails one that adds drift, and says which rows are new', async () => {
    // The nightly of the same day committed a snapshot with A missing in staging.
    await actionInProcess(standIns.github, { ...inputs(inventoryWith('nightly', ['B', 'C'])), 'fail-on': 'none' })
    expect(standIns.github.files.has('docs/ops/2026-11-23-vault-coverage-snapshot.json')).toBe(true)

    const old = await actionInProcess(standIns.github, inputs(inventoryWith('same', ['B', 'C'])), pr)
    expect(old.result.exitCode).toBe(0)
    expect(old.rec.outputs.get('drift-count')).toBe('1')
    expect(old.rec.outputs.get('new-drift-count')).toBe('0')

    const added = await actionInProcess(standIns.github, inputs(inventoryWith('added', ['C'])), pr)
    expect(added.result.exitCode).toBe(3)
    expect(added.rec.outputs.get('new-drift-count')).toBe('1')
    expect(added.rec.logs).toContain('error: fail-on: new-drift: 1 new drift row (exit 3). See the job summary.')
    const comment = standIns.github.comments.at(-1)!.body
    expect(comment).toContain('- New drift (1): `/app` `B` missing')
    // It links the snapshot the base branch holds, never one this run did not commit.
    expect(comment).toContain(
      '[docs/ops/2026-11-23-vault-coverage-snapshot.md](https://github.com/moosequest/ops/blob/main/docs/ops/2026-11-23-vault-coverage-snapshot.md)',
    )
    expect(standIns.github.runCommits()).toHaveLength(1)
  })
})

describe('Slack, as an on-call reads it', () => {
  const standIns = useStandIns()
  const dir = mkdtempSync(join(tmpdir(), 'vca-slack-'))
  const source = (name: string, staging: string[], extra: object[] = []) => {
    const path = join(dir, `${name}.json`)
    const s = (key: string, folder = M) => ({ path: folder, key, version: 1, updatedAt: '2026-11-01T00:00:00Z' })
    const shared = s('S', `${M}/shared`)
    const stagingEnv = staging[0] === 'DOWN' ? { slug: 'staging', unreadable: 'HTTP 503' } : { slug: 'staging', secrets: [shared, ...staging.map((k) => s(k))] }
    writeFileSync(
      path,
      JSON.stringify({
        environments: [
          { slug: 'prod', secrets: [...['A', 'B'].map((k) => s(k)), shared, s('P1', `${M}/postmark`), s('P2', `${M}/postmark`)] },
          stagingEnv,
          ...extra,
        ],
      }),
    )
    return `file:${path}`
  }
  const base = { 'github-token': 'ghs_slack', 'slack-webhook-url': `${SLACK}${'/services/T000/B000/standin-webhook-token'}` }

  it('leads with severity, groups what still drifts by environment and folder, and carries the one allowed mention', async () => {
    await actionInProcess(standIns.github, { ...base, source: source('n1', ['B']), now: '2026-11-22T05:00:00Z' })
    const { rec } = await actionInProcess(standIns.github, {
      ...base,
      source: source('n2', []),
      now: '2026-11-23T05:00:00Z',
      'slack-mention': '<!subteam^S0ONCALL>',
    })
    expect(rec.outputs.get('slack-posted')).toBe('true')
    const post = standIns.slack.posts.at(-1)!
    const texts = post.blocks.map((b) => JSON.stringify(b))
    expect((post.blocks[0] as { text: { text: string } }).text.text).toMatch(/^🔴 1 new drift · 4 total in /)
    expect(texts.join('\n')).toContain('*New (1)*\\n• `/app` `B` — missing in staging → provision in staging')
    expect(texts.join('\n')).toContain(
      '*Still drifting (3, the oldest for 1 day)*\\n• staging: `/app` `A` missing → provision in staging\\n• staging: folder `/app/postmark` empty (2 secrets) → provision in staging',
    )
    // The only mention is the configured one, once in the message and once in the fallback text.
    expect(JSON.stringify(post).match(/<!subteam\^[A-Z0-9]+>|<@|<!here>|<!channel>/g)).toEqual(['<!subteam^S0ONCALL>', '<!subteam^S0ONCALL>'])
    expect(post.blocks.at(-1)).toMatchObject({ type: 'actions' })
  })

  it.each(['@oncall', '<!subteam^S1|@team> <!channel>', '<https://evil.example|x>'])('refuses a slack-mention like %j', async (mention) => {
    const { result, rec } = await actionInProcess(standIns.github, { ...base, source: source('m', ['A', 'B']), 'slack-mention': mention })
    expect(result.exitCode).toBe(1)
    expect(rec.logs.find((l) => l.startsWith('error:'))).toContain('Invalid slack-mention: expected <!subteam^ID>, <@USERID>, <!here> or <!channel>')
  })

  it('posts the same drift once a day: a re-run does not post it again, a change does', async () => {
    await actionInProcess(standIns.github, { ...base, source: source('r1', ['B']), now: '2026-11-23T05:00:00Z' })
    expect(standIns.slack.posts).toHaveLength(1)
    const again = await actionInProcess(standIns.github, { ...base, source: source('r2', ['B']), now: '2026-11-23T11:00:00Z' })
    expect(again.rec.outputs.get('slack-posted')).toBe('false')
    expect(again.rec.logs).toContain('info: The same drift was posted to Slack earlier today: not posting it again')
    expect(standIns.slack.posts).toHaveLength(1)
    const changed = await actionInProcess(standIns.github, { ...base, source: source('r3', []), now: '2026-11-23T12:00:00Z' })
    expect(changed.rec.outputs.get('slack-posted')).toBe('true')
    expect(standIns.slack.posts).toHaveLength(2)
    // The state is the JSON twin's `notification`: today and a digest of the drift set.
    expect(JSON.parse(standIns.github.files.get('docs/ops/2026-11-23-vault-coverage-snapshot.json')!).notification).toEqual({
      day: '2026-11-23',
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('says when the audit could not run (exit 1), with the cause and no credential', async () => {
    const { result } = await actionInProcess(standIns.github, {
      ...base,
      'infisical-client-id': 'cid',
      'infisical-client-secret': 'a-client-secret-0123456789',
      'infisical-project-id': 'p',
      'infisical-host': 'ftp://nope',
    })
    expect(result.exitCode).toBe(1)
    const post = JSON.stringify(standIns.slack.posts.at(-1))
    expect(post).toContain('Vault coverage could not run')
    expect(post).toContain('Invalid infisical-host')
    expect(post).not.toContain('a-client-secret-0123456789')
  })

  it('says when the audit is incomplete (exit 2) even with nothing to post by notify-on, and stays quiet with notify-on-failure: false', async () => {
    const { result } = await actionInProcess(standIns.github, { ...base, source: source('i1', ['DOWN']), 'notify-on': 'never' })
    expect(result.exitCode).toBe(2)
    expect(JSON.stringify(standIns.slack.posts.at(-1))).toContain('Vault coverage INCOMPLETE')
    const before = standIns.slack.posts.length
    await actionInProcess(standIns.github, { ...base, source: source('i2', ['DOWN']), 'notify-on': 'never', 'notify-on-failure': 'false' })
    expect(standIns.slack.posts).toHaveLength(before)
  })
})
