/**
 * The trend (issue 29, part 1): drift, new and resolved over the last nights, time to fix and the oldest open drift,
 * read from a folder of 35 real JSON twins (fixtures/trend: written night by night by the built CLI, one gap, one
 * truncated, one of an older format; README.md there holds the figures worked out by hand). Read from disk (the
 * CLI) and through the GitHub contents API (the action) with one listing and one read per night of the window.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { audit } from '../src/audit/audit.js'
import type { Inventory } from '../src/audit/inventory.js'
import type { Report } from '../src/audit/report.js'
import { percentiles, windowStart } from '../src/audit/trend.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { diskLookup, loadPrevious, type PreviousLookup } from '../src/history/history.js'
import { githubClient, githubLookup } from '../src/publish/github.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { renderSummary } from '../src/render/summary.js'
import { trendChart } from '../src/render/trend.js'
import { ROOT, node24, runProcess, testPorts } from './helpers/cli.js'

const DIR = '__tests__/fixtures/trend'
const TEMPLATE = `${DIR}/{date}-coverage.md`
const TODAY = '2026-12-07'
const NOW = new Date(`${TODAY}T06:00:00Z`)
const KEYS = ['K0', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6']
const secret = (key: string) => ({ path: '/app', key, version: 1, updatedAt: '2026-10-01T00:00:00Z' })
/** Tonight: K4 is back in staging (resolved), K5 still missing. */
const tonight: Inventory = {
  source: { kind: 'file', location: 'x' },
  pathPrefix: '/app',
  environments: [
    { slug: 'prod', status: 'ok', secrets: KEYS.map(secret) },
    { slug: 'staging', status: 'ok', secrets: KEYS.filter((k) => k !== 'K5').map(secret) },
  ],
}

/** A disk lookup that counts what it does. */
function countedDisk(): { lookup: PreviousLookup; listings: number; reads: string[] } {
  const counted = { listings: 0, reads: [] as string[] }
  const lookup = diskLookup(TEMPLATE, {
    readdir: async (dir) => {
      counted.listings++
      return readdirSync(join(ROOT, dir))
    },
    readText: async (path) => {
      counted.reads.push(path)
      return readFileSync(join(ROOT, path), 'utf8')
    },
  })
  return Object.assign(counted, { lookup })
}

async function trendFrom(lookup: PreviousLookup, nights = 30): Promise<{ report: Report; logs: string[] }> {
  const logs: string[] = []
  const history = await loadPrevious(lookup, TODAY, testPorts(logs).logger, windowStart(TODAY, nights))
  return { report: audit(tonight, DEFAULT_POLICY, NOW, history, { trendNights: nights }), logs }
}

describe('the trend from 35 nights of snapshots', () => {
  it('reads one listing and the 28 twins of the window, never the older ones', async () => {
    const disk = countedDisk()
    await trendFrom(disk.lookup)
    expect(disk.listings).toBe(1)
    expect(disk.reads).toHaveLength(28)
    expect(new Set(disk.reads).size).toBe(28)
    expect(disk.reads.every((p) => p >= `${DIR}/2026-11-08`)).toBe(true)
  })

  it('draws each night with a snapshot, leaves gaps out and counts what it skipped', async () => {
    const { report, logs } = await trendFrom(countedDisk().lookup)
    const trend = report.trend!
    expect(trend.gaps).toEqual(['2026-11-15', '2026-11-20', '2026-11-25'])
    expect(trend.skipped).toEqual({ unreadable: 1, olderFormat: 1 })
    expect(trend.points).toHaveLength(27)
    expect(trend.points[0]!.day).toBe('2026-11-08')
    const on = (day: string) => trend.points.find((p) => p.day === day)
    expect(on('2026-11-21')).toEqual({ day: '2026-11-21', drift: 2, newDrift: 1, resolvedDrift: 0 })
    expect(on('2026-12-03')).toEqual({ day: '2026-12-03', drift: 2, newDrift: 0, resolvedDrift: 1 })
    expect(on('2026-12-04')).toMatchObject({ drift: 3, newDrift: 1 })
    expect(trend.points.at(-1)).toEqual({ day: TODAY, drift: 1, newDrift: 0, resolvedDrift: 1 })
    expect(logs).toContain('info: Trend since 2026-11-08: 28 earlier snapshots read (1 unreadable, 1 of an older format, skipped)')
  })

  it('measures time to fix as worked out by hand: 2, 2, 3, 7, 9, 9, 11 days', async () => {
    const { report } = await trendFrom(countedDisk().lookup)
    expect(report.trend!.timeToFix).toEqual({ windowDays: 90, fixes: 7, medianDays: 7, p90Days: 11 })
    // K3's night is unreadable now; its fix is known from the record the later nights carry.
    expect(report.trend!.fixed).toContainEqual({ path: '/app', key: 'K3', status: 'missing', firstSeen: '2026-11-14', resolvedOn: '2026-11-25' })
    expect(report.trend!.oldestOpen).toEqual({ path: '/app', key: 'K5', status: 'missing', firstSeen: '2026-11-21', ageDays: 16 })
  })

  it('keeps percentiles honest on small and even counts', () => {
    expect(percentiles([])).toEqual({})
    expect(percentiles([4])).toEqual({ medianDays: 4, p90Days: 4 })
    expect(percentiles([1, 2, 3, 10])).toEqual({ medianDays: 2.5, p90Days: 10 })
  })

  it('with fewer nights shown, reads fewer twins', async () => {
    const disk = countedDisk()
    const { report } = await trendFrom(disk.lookup, 7)
    expect(disk.reads).toHaveLength(6) // 12-01 … 12-06
    expect(report.trend!.points.map((p) => p.day)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', TODAY])
    // Fixes older than the window are still known from the newest twin's record.
    expect(report.trend!.timeToFix.fixes).toBe(7)
  })
})

describe('the chart', () => {
  beforeAll(async () => {
    // mermaid sanitizes labels with DOMPurify, which needs a DOM; the test's only.
    const { JSDOM } = await import('jsdom')
    ;(globalThis as { window?: unknown }).window = new JSDOM('').window
  })

  it('is a mermaid xychart-beta block that mermaid itself parses, one value per night in each series', async () => {
    const { report } = await trendFrom(countedDisk().lookup)
    const block = trendChart(report.trend!)
    expect(block[0]).toBe('```mermaid')
    expect(block.at(-1)).toBe('```')
    const source = block.slice(1, -1).join('\n')
    const { default: mermaid } = await import('mermaid')
    await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'xychart' })
    const categories = /x-axis \[(.*)\]/.exec(source)![1]!.split(', ')
    expect(categories).toHaveLength(27)
    for (const series of source.matchAll(/^ {2}(?:bar|line) \[(.*)\]$/gm)) expect(series[1]!.split(', ')).toHaveLength(27)
    // A broken block is refused: the parse is a real check.
    await expect(mermaid.parse(source.replace('bar [', 'bar ['.slice(0, 4)))).rejects.toThrow()
  })

  it('is in the snapshot and the job summary, with time to fix and the oldest drift; not in a pull-request comment', async () => {
    const { report } = await trendFrom(countedDisk().lookup)
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('## Trend (last 30 nights)')
    expect(markdown).toContain('- Time to fix (7 drift rows resolved in the last 90 days): median 7 days, 90th percentile 11 days')
    expect(markdown).toContain('- Oldest open drift: `/app` `K5` missing, first seen 2026-11-21 (16 days)')
    expect(markdown).toContain('No readable snapshot on 3 nights (11-15, 11-20, 11-25): left out, not drawn as zero.')
    expect(markdown).toContain('Skipped, not guessed: 2 earlier snapshots (1 unreadable or malformed, 1 of an older format).')
    const summary = renderSummary(report, { maxBytes: 1 << 20, runUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(summary).toContain('### Trend (last 30 nights)')
    expect(summary).toContain('xychart-beta')
    expect(renderSummary(report, { maxBytes: 60_000, runUrl: 'https://x', marker: true })).not.toContain('xychart-beta')
  })
})

describe('reading history through the GitHub API', () => {
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })

  it.each([
    ['text/plain; charset=utf-8', 'as GitHub answers a raw file'],
    ['application/vnd.github.raw', 'as bytes, should the client hand them back for another type'],
  ])('costs one listing and one raw read per twin of the window (%s, %s)', async (contentType) => {
    nock.disableNetConnect()
    const names = readdirSync(join(ROOT, DIR)).filter((n) => n.endsWith('.json'))
    const api = nock('https://api.github.com')
    const requests: string[] = []
    api
      .get('/repos/o/r/contents/__tests__%2Ffixtures%2Ftrend')
      .query({ ref: 'main' })
      .reply(200, () => {
        requests.push('listing')
        return names.map((name) => ({ name, path: `${DIR}/${name}`, type: 'file' }))
      })
    api
      .get(/\/repos\/o\/r\/contents\/__tests__%2Ffixtures%2Ftrend%2F(.+)\?ref=main/)
      .times(40)
      .reply(
        200,
        function (uri) {
          const name = decodeURIComponent(uri.split('%2F').pop()!.split('?')[0]!)
          requests.push(name)
          expect(this.req.headers.accept).toContain('raw')
          return readFileSync(join(ROOT, DIR, name), 'utf8')
        },
        { 'content-type': contentType },
      )
    const logs: string[] = []
    const octokit = await githubClient('t', { fetch: globalThis.fetch, logger: testPorts(logs).logger, timeoutMs: 5000, budgetMs: 0, deadlineMs: 60_000 })
    const { report } = await trendFrom(githubLookup(octokit, { owner: 'o', repo: 'r' }, 'main', TEMPLATE))
    expect(requests.filter((r) => r === 'listing')).toHaveLength(1)
    expect(requests.filter((r) => r !== 'listing')).toHaveLength(28)
    expect(report.trend!.timeToFix).toMatchObject({ fixes: 7, medianDays: 7, p90Days: 11 })
  })
})

describe('the built CLI under Node 24', () => {
  it('draws the chart from the snapshot folder it is pointed at', async () => {
    const r = await runProcess(
      'dist/cli/index.js',
      ['--source', 'file:examples/demo-inventory.json', '--snapshot-path', TEMPLATE, '--previous', 'auto', '--now', `${TODAY}T06:00:00Z`, '--format', 'json'],
      {},
      ROOT,
      await node24(),
    )
    const json = JSON.parse(r.stdout) as Report
    expect(json.trend!.gaps).toEqual(['2026-11-15', '2026-11-20', '2026-11-25'])
    expect(json.trend!.skipped).toEqual({ unreadable: 1, olderFormat: 1 })
    expect(r.stderr).toContain('Trend since 2026-11-08: 28 earlier snapshots read')
  })

  it('refuses a trend-nights it cannot honour, by name', async () => {
    const r = await runProcess('dist/cli/index.js', ['--source', 'file:examples/demo-inventory.json', '--trend-nights', '1'], {}, ROOT, await node24())
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('--trend-nights')
    expect(r.stderr).toContain('expected 0 (off) or 2 to 90')
  })
})
