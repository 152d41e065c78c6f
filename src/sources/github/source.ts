/** The GitHub Actions secrets read: one listing per column, 100 a page, names and dates only (the API has no values). */
import type { SecretMeta, SourceInfo } from '../../audit/inventory.js'
import { HttpClient, HttpError } from '../../net/http.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import { z } from '../../core/schema.js'
import type { Throttling } from '../source.js'
import { StoreFailure, type ListContext, type Listing, type StoreClient } from '../store.js'
import type { GithubSecretsSettings } from './settings.js'

// https://docs.github.com/en/rest/actions/secrets (fixtures in __tests__/fixtures/github/).
const pageSchema = z.object({
  total_count: z.int().check(z.minimum(0)),
  secrets: z.array(z.object({ name: z.string(), updated_at: z.optional(z.string()) })),
})
const PER_PAGE = 100

export class GithubSecretsSource implements StoreClient<string> {
  readonly http: HttpClient

  constructor(
    private readonly settings: GithubSecretsSettings,
    private readonly ports: Ports,
  ) {
    this.http = new HttpClient(`${settings.apiUrl}/`, {
      fetch: ports.fetch,
      sleep: ports.sleep,
      ...(ports.hosts ? { shared: ports.hosts } : {}),
      logger: ports.logger,
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      timeoutMs: settings.timeoutMs,
      maxWaitMs: settings.maxWaitMs,
      deadlineMs: settings.runTimeoutMs,
    })
  }

  throttling(): Throttling[] {
    return this.http.throttling()
  }

  describe(): SourceInfo {
    return { kind: 'github-secrets', location: `${this.settings.owner}/${this.settings.repo}` }
  }

  async list(environment: string, { prefix }: ListContext): Promise<Listing> {
    const { owner, repo } = this.settings
    const where = environment ? `the ${environment} environment of ${owner}/${repo}` : `${owner}/${repo}`
    const base = `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`
    const path = environment ? `${base}/environments/${encodeURIComponent(environment)}/secrets` : `${base}/actions/secrets`
    const secrets: SecretMeta[] = []
    try {
      for (let page = 1; ; page++) {
        const answer = pageSchema.safeParse(
          (await this.http.json('GET', path, { token: this.settings.token, query: { per_page: String(PER_PAGE), page: String(page) } })).body,
        )
        if (!answer.success) throw new HttpError('not a secrets listing', 'not-json')
        for (const s of answer.data.secrets)
          secrets.push({ path: prefix, key: s.name, ...(s.updated_at ? { updatedAt: new Date(s.updated_at).toISOString() } : {}) })
        if (answer.data.secrets.length < PER_PAGE || secrets.length >= answer.data.total_count) break
      }
    } catch (err) {
      if (err instanceof HttpError && err.status === 401)
        throw new StoreFailure('auth', `GitHub rejected ${this.settings.tokenName} (401): it is invalid or expired`)
      if (err instanceof HttpError && (err.failure === 'network' || err.failure === 'timeout'))
        throw new StoreFailure(
          'unreachable',
          `Cannot reach GitHub at ${new URL(this.settings.apiUrl).host}: ${err.failure === 'timeout' ? 'timed out' : 'network error'}`,
        )
      const status = err instanceof HttpError ? err.status : undefined
      if (status === 403) {
        throw new StoreFailure(
          'denied',
          `${this.settings.tokenName} may not list the secrets of ${where} (403): the workflow's GITHUB_TOKEN cannot; use a fine-grained token with "Secrets: read" or a GitHub App token`,
        )
      }
      // GitHub answers 404 for what the token may not see as for what does not exist.
      if (status === 404) throw new StoreFailure('denied', `${where} was not found (404), or ${this.settings.tokenName} cannot see it`)
      throw new StoreFailure(
        status === 429 ? 'throttled' : 'failed',
        `the secrets of ${where} could not be listed (${status ? `HTTP ${status}` : 'an unexpected answer'})`,
      )
    }
    this.ports.logger.info(`github-secrets:${environment}: ${plural(secrets.length, 'secret')} in ${where}`)
    return { secrets }
  }
}
