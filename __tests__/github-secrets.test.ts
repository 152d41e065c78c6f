/**
 * github-secrets:[ENVIRONMENT] columns through nock, on GitHub's documented
 * shapes: "is it in the CI secrets?" answered like a vault, the token that
 * may read secrets (and the one that may not), paging, and the action's
 * github-secrets-token with its fallback to github-token.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../src/audit/report.js'
import { actionInProcess } from './helpers/action.js'
import { dotenvInCheckout } from './helpers/checkout.js'
import { ROOT, cli } from './helpers/cli.js'
import { mountOnNock, type Handler, type SeenRequest } from './helpers/serve.js'
import { GitHubStandIn } from './helpers/standins.js'
import { nonEmpty } from './helpers/inventory.js'

const API = 'https://ghe.example.com/api/v3'
const TOKEN = 'github_pat_11AAAAAAA0secrets0read0token0123456789'
const NOW = ['--now', '2026-11-23T00:00:00Z', '--previous', 'none']
const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, `__tests__/fixtures/github/${name}.json`), 'utf8')) as Record<string, unknown>

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

/** Repository secrets and one environment's, on the documented shape; only TOKEN may read them. */
function github(repoSecrets: string[], envSecrets: Record<string, string[]>, tokens = [TOKEN]): SeenRequest[] {
  const template = (fixture('actions-secrets').secrets as Record<string, string>[])[0]!
  const handler: Handler = (req) => {
    if (!tokens.some((t) => req.headers.authorization === `Bearer ${t}`)) return { status: 403, body: fixture('error-forbidden') }
    const env = /^\/api\/v3\/repos\/acme\/shop\/environments\/([^/]+)\/secrets$/.exec(req.path)
    const names = req.path === '/api/v3/repos/acme/shop/actions/secrets' ? repoSecrets : env ? envSecrets[decodeURIComponent(env[1]!)] : undefined
    if (!names) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
    const perPage = Number(req.query.per_page ?? 30)
    const page = Number(req.query.page ?? 1)
    const slice = names.slice((page - 1) * perPage, page * perPage)
    return { status: 200, body: { total_count: names.length, secrets: slice.map((name) => ({ ...template, name, updated_at: '2026-11-01T10:00:00Z' })) } }
  }
  return mountOnNock('https://ghe.example.com', handler)
}

const ENV = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: API }
const many = Array.from({ length: 130 }, (_, i) => `BULK_${String(i).padStart(3, '0')}`)

describe('a github-secrets column', () => {
  it('lists the repository and an environment page by page: the CI secrets held against the contract', async () => {
    const seen = github(['DEPLOY_TOKEN', 'NPM_TOKEN', ...many], { production: ['DEPLOY_TOKEN'] })
    const file = dotenvInCheckout('DEPLOY_TOKEN=\nNPM_TOKEN=\n')
    const r = await cli(['--environments', `env=dotenv:${file},ci=github-secrets,deploy=github-secrets:production`, '--format', 'json', ...NOW], ENV)
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as Report
    const row = (key: string) => report.rows.find((x) => x.key === key)
    expect(row('DEPLOY_TOKEN')).toMatchObject({
      status: 'ok',
      cells: { ci: { state: 'present', updatedAt: '2026-11-01T10:00:00.000Z' }, deploy: { state: 'present' } },
    })
    expect(row('NPM_TOKEN')).toMatchObject({ status: 'missing', missingIn: ['deploy'] })
    expect(report.rows).toHaveLength(2 + 130)
    expect(report.counts.undeclared).toBe(130)
    // 132 repository secrets at 100 a page: 2 pages; the environment: 1.
    expect(seen.map((s) => `${s.path}?page=${s.query.page}&per_page=${s.query.per_page}`)).toEqual(
      expect.arrayContaining([
        '/api/v3/repos/acme/shop/actions/secrets?page=1&per_page=100',
        '/api/v3/repos/acme/shop/actions/secrets?page=2&per_page=100',
        '/api/v3/repos/acme/shop/environments/production/secrets?page=1&per_page=100',
      ]),
    )
    expect(seen).toHaveLength(3)
    expect(nonEmpty(seen).every((s) => s.headers['x-github-api-version'] === '2022-11-28')).toBe(true)
    expect([r.stdout, ...r.logs].join('\n')).not.toContain(TOKEN)
  })

  it("a token that may not read secrets (the workflow's GITHUB_TOKEN): that column unreadable, saying which token can", async () => {
    github(['A_KEY'], {}, ['another-token'])
    const r = await cli(['--environments', 'ci=github-secrets:', '--format', 'json', ...NOW], ENV)
    expect(r.code).toBe(2)
    expect(r.logs).toContain(
      'warning: Environment ci could not be read: GITHUB_TOKEN may not list the secrets of acme/shop (403): the workflow\'s GITHUB_TOKEN cannot; use a fine-grained token with "Secrets: read" or a GitHub App token',
    )
  })

  it('names GITHUB_REPOSITORY when the CLI has none', async () => {
    const r = await cli(['--environments', 'ci=github-secrets', ...NOW], { GITHUB_TOKEN: TOKEN })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('Error: Missing required env vars: GITHUB_REPOSITORY\n')
  })
})

describe('the action with a github-secrets column', () => {
  it('uses github-secrets-token, else github-token; both masked', async () => {
    const seen = github(['DEPLOY_TOKEN'], {}, [TOKEN, 'ghs_fallback_publish_token_0123'])
    const inputs = {
      environments: 'ci=github-secrets',
      'github-repository': 'acme/shop',
      'github-api-url': API,
      commit: 'false',
      'fail-on': 'none',
      now: '2026-11-23T00:00:00Z',
    }
    const own = await actionInProcess(new GitHubStandIn(), { ...inputs, 'github-secrets-token': TOKEN, 'github-token': 'ghs_fallback_publish_token_0123' })
    expect(own.result.exitCode).toBe(0)
    expect(seen.at(-1)!.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(own.rec.secrets).toEqual(expect.arrayContaining([TOKEN]))
    const fallback = await actionInProcess(new GitHubStandIn(), { ...inputs, 'github-token': 'ghs_fallback_publish_token_0123' })
    expect(fallback.result.exitCode).toBe(0)
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer ghs_fallback_publish_token_0123')
    expect(fallback.rec.summary).toContain('DEPLOY_TOKEN')
  })
})
