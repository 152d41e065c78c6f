/**
 * Vault behind a proxy and a hostile server: only Vault's own JSON
 * `{"errors":[]}` 404 means "nothing here" (an ingress's or WAF's HTML 404 is
 * unreadable, never "missing"); a listed name with `..`, `.`, an inner `/` or
 * a control character is reported and never requested; after the run's time
 * limit no request starts and the log says one line per folder; plain http
 * goes to loopback only (Google's endpoint switch).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { actionInProcess, SLACK, useStandIns } from './helpers/action.js'
import { ROOT, cli, node24, runProcess } from './helpers/cli.js'
import { mountOnNock, serveOverHttp, type Answer, type Handler, type SeenRequest } from './helpers/serve.js'
import { twoEnvironments, vaultStandIn, type VaultSecret } from './helpers/vault.js'

const VAULT = 'http://127.0.0.1:8200'
const TOKEN = 'hvs.test-token-0123456789abcdef'
const COLUMNS = 'prod=vault:secret/prod,staging=vault:secret/staging'
const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const ENV = { VAULT_ADDR: VAULT, VAULT_TOKEN: TOKEN }

// What an nginx ingress answers for a path it has no route for (its default error page).
const HTML_404: Answer = {
  status: 404,
  raw: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  headers: { 'content-type': 'text/html' },
}

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

/** The stand-in with `override` answering first where it returns an answer. */
function serve(override: (req: SeenRequest) => Answer | undefined, world = twoEnvironments()) {
  const standIn = vaultStandIn(world)
  const handler: Handler = (req) => override(req) ?? standIn.handler(req)
  return { seen: mountOnNock(VAULT, handler), handler }
}

async function audit(args: string[] = []) {
  const r = await cli(['--environments', COLUMNS, '--format', 'json', ...NOW, ...args], ENV)
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined }
}

const isList = (req: SeenRequest) => req.query.list === 'true'

describe("a 404 that is not Vault's own", () => {
  it('Vault\'s own empty-path answer ({"errors":[]}) still means nothing is stored there', async () => {
    serve((req) => (isList(req) && req.path === '/v1/secret/metadata/staging/' ? { status: 404, body: { errors: [] } } : undefined))
    const r = await audit()
    expect(r.code).toBe(0)
    expect(r.report!.environments[1]).toMatchObject({ slug: 'staging', status: 'ok', secretCount: 0 })
    expect(r.logs).toContain('warning: vault:secret/staging: nothing is stored under /')
    expect(r.report!.rows.filter((row) => row.status === 'missing').map((row) => row.key)).toEqual(['API_KEY', 'DATABASE_URL', 'SESSION_SECRET', 'STRIPE_KEY'])
  })

  it("a proxy's HTML 404 on a sub-folder listing: that folder unreadable, exit 2, no row missing", async () => {
    serve((req) => (isList(req) && req.path === '/v1/secret/metadata/staging/heroku/' ? HTML_404 : undefined))
    const r = await audit()
    expect(r.code).toBe(2)
    expect(r.report!.environments[1]!.unreadablePaths).toEqual([
      { path: '/heroku', subtree: true, reason: "HTTP 404 with an HTML page that is not Vault's JSON (a proxy's answer?)" },
    ])
    const heroku = r.report!.rows.filter((row) => row.path === '/heroku')
    expect(heroku.length).toBeGreaterThan(0)
    for (const row of heroku) expect(row.status).toBe('incomplete')
    expect(r.report!.rows.filter((row) => row.missingIn.includes('staging') && row.path === '/heroku')).toEqual([])
  })

  it("every listing answered by the proxy's HTML 404: the column unreadable, exit 2, nothing missing", async () => {
    serve((req) => (isList(req) && req.path.startsWith('/v1/secret/metadata/staging') ? HTML_404 : undefined))
    const r = await audit()
    expect(r.code).toBe(2)
    expect(r.report!.environments[1]).toMatchObject({ slug: 'staging', status: 'unreadable' })
    expect(r.report!.counts.missing).toBe(0)
    expect(r.report!.counts.drift).toBe(0)
  })

  it("an HTML 404 on one secret's metadata: that secret unknown, never dropped", async () => {
    serve((req) => (!isList(req) && req.path === '/v1/secret/metadata/staging/heroku/API_KEY' ? HTML_404 : undefined))
    const r = await audit()
    expect(r.code).toBe(2)
    const api = r.report!.rows.find((row) => row.path === '/heroku' && row.key === 'API_KEY')!
    expect(api).toMatchObject({ status: 'incomplete', missingIn: [], cells: { staging: { state: 'unreadable' } } })
  })

  it('a JSON 404 of another shape (a gateway\'s {"message":"no Route matched"}) is not Vault\'s either', async () => {
    serve((req) =>
      isList(req) && req.path === '/v1/secret/metadata/staging/stripe/' ? { status: 404, body: { message: 'no Route matched with those values' } } : undefined,
    )
    const r = await audit()
    expect(r.code).toBe(2)
    expect(r.report!.rows.find((row) => row.key === 'STRIPE_KEY')).toMatchObject({ status: 'incomplete' })
  })
})

describe('through the action: a proxy 404 posts no false drift to Slack', () => {
  const standIns = useStandIns()
  it('exit 2, the incomplete message to Slack, no "missing in staging"', async () => {
    const standIn = vaultStandIn(twoEnvironments())
    mountOnNock(VAULT, (req) => (isList(req) && req.path.startsWith('/v1/secret/metadata/staging') ? HTML_404 : standIn.handler(req)))
    const { result, rec } = await actionInProcess(standIns.github, {
      environments: COLUMNS,
      'vault-url': VAULT,
      'vault-token': TOKEN,
      'slack-webhook-url': `${SLACK}/services/T000/B000/standin-webhook-token`,
      'notify-on': 'always',
      commit: 'false',
      now: '2026-11-23T00:00:00Z',
    })
    expect(result.exitCode).toBe(2)
    expect(rec.outputs.get('drift-count')).toBe('0')
    const posted = JSON.stringify(standIns.slack.posts)
    expect(standIns.slack.posts.length).toBeGreaterThan(0)
    expect(posted).not.toContain('missing in staging')
    expect(posted).toMatch(/incomplete|could not be read/i)
  })
})

describe('hostile names in a listing', () => {
  const HOSTILE = ['../../data/prod/A', '..', '../', '.', './', 'a/b', 'x/y/', 'TAB\tKEY', 'NL\nKEY', 'DEL\u007f']
  it.each(HOSTILE.map((n) => [JSON.stringify(n), n]))('%s is reported as an invalid name and never requested', async (_shown, name) => {
    const { seen } = serve((req) =>
      isList(req) && req.path === '/v1/secret/metadata/staging/heroku/' ? { status: 200, body: { data: { keys: ['API_KEY', name] } } } : undefined,
    )
    const r = await audit()
    expect(r.code).toBe(2)
    expect(r.report!.environments[1]!.unreadablePaths).toEqual([
      { path: '/heroku', subtree: false, reason: 'the listing holds 1 invalid name (., .., a / inside or a control character), not requested' },
    ])
    // Every request after the token check stays under a column's metadata path or is the mount look-up.
    const reads = seen.filter((req) => !req.path.startsWith('/v1/auth/') && !req.path.startsWith('/v1/sys/internal/ui/mounts/'))
    expect(reads.length).toBeGreaterThan(5)
    for (const req of reads) expect(req.path).toMatch(/^\/v1\/secret\/metadata\/(prod|staging)\//)
    expect(seen.some((req) => /\/data\//.test(req.path))).toBe(false)
    expect(
      seen
        .filter((req) => req.path.startsWith('/v1/secret/metadata/staging/heroku/'))
        .map((req) => req.path)
        .sort(),
    ).toEqual(['/v1/secret/metadata/staging/heroku/', '/v1/secret/metadata/staging/heroku/API_KEY'])
    // The real key beside it is read as usual; the hostile name is never shown.
    expect(r.report!.rows.find((row) => row.path === '/heroku' && row.key === 'API_KEY')!.cells.staging).toMatchObject({ state: 'present' })
    expect(r.stdout).not.toContain('data/prod')
  })
})

describe('the run limit over a huge Vault folder (built CLI, Node 24)', () => {
  it('20,000 keys whose metadata never answers: ends near the limit, starts no request after it, logs one line for the folder', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `KEY_${i}`)
    const secret: VaultSecret = { version: 1, updated: '2026-11-01T00:00:00Z', value: 'value-never-read' }
    const world = twoEnvironments()
    world.mounts['secret/']!.secrets['prod/big/KEY_0'] = secret
    const standIn = vaultStandIn(world)
    const server = await serveOverHttp((req) => {
      if (isList(req) && req.path === '/v1/secret/metadata/prod/big/') return { status: 200, body: { data: { keys } } }
      if (req.path.startsWith('/v1/secret/metadata/prod/big/')) return { status: 0, hang: true }
      return standIn.handler(req)
    })
    try {
      const started = performance.now()
      const r = await runProcess(
        join(ROOT, 'dist/cli/index.js'),
        ['--environments', COLUMNS, '--format', 'json', ...NOW, '--run-timeout', '3', '--timeout', '2'],
        { VAULT_ADDR: server.url, VAULT_TOKEN: TOKEN },
        ROOT,
        await node24(),
      )
      const ms = performance.now() - started
      expect(r.code).toBe(2)
      expect(ms).toBeLessThan(15_000)
      // One concurrency's worth of requests hang; the rest are never sent.
      const bigReads = server.seen.filter((req) => req.path.startsWith('/v1/secret/metadata/prod/big/') && !isList(req))
      expect(bigReads.length).toBeGreaterThan(0)
      expect(bigReads.length).toBeLessThanOrEqual(64)
      const warnings = r.stderr.split('\n').filter((line) => line.startsWith('warning: '))
      // One line per folder however many of its reads failed (the small folders queued behind the big one too).
      expect(warnings.length).toBeLessThanOrEqual(4)
      expect(warnings.filter((line) => line.includes('prod:/big'))).toHaveLength(1)
      expect(warnings.find((line) => line.includes('prod:/big'))).toMatch(
        /^warning: prod:\/big could not be read: 20000 reads failed; the first: the metadata of KEY_\d+ (could not be read: timed out|was not read: the run's time limit was reached)$/,
      )
      expect(r.stderr.length).toBeLessThan(5_000)
      // The JSON keeps every entry.
      const report = JSON.parse(r.stdout) as Report
      expect(report.environments[0]!.unreadablePaths!.filter((u) => u.path === '/big')).toHaveLength(20_000)
    } finally {
      await server.close()
    }
  }, 30_000)
})

describe('plain http only to loopback', () => {
  it.each([
    'http://secretmanager.evil.example/',
    'http://localhost:1@evil.example/',
    'http://127.0.0.1.evil.example/',
    'https://user:pw@secretmanager.googleapis.com/',
  ])('gcp-secret-manager-endpoint %s is refused before any token is made', async (endpoint) => {
    const r = await cli(['--environments', 'prod=gcp-sm:my-project', ...NOW], { CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: endpoint })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'Invalid CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: expected an https:// URL; plain http only to 127.0.0.1, ::1 or localhost',
    )
  })
})

describe('the Slack webhook URL is a credential', () => {
  const standIns = useStandIns()
  it('a post that cannot reach Slack is a warning with the cause, never the URL', async () => {
    const { result, rec } = await actionInProcess(standIns.github, {
      source: 'file:examples/demo-inventory.json',
      'slack-webhook-url': 'http://127.0.0.1:9/services/T9/B9/secret-webhook-token-abc',
      'notify-on': 'always',
      'fail-on': 'none',
      commit: 'false',
      now: '2026-11-23T00:00:00Z',
    })
    expect(result.exitCode).toBe(0)
    expect(rec.logs).toContainEqual(expect.stringMatching(/^warning: Slack post failed: could not reach Slack \([A-Za-z ]+\)$/))
    expect([...rec.logs, rec.summary, ...rec.outputs.values()].join('\n')).not.toContain('secret-webhook-token-abc')
  })
})
