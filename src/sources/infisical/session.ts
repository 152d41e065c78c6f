/**
 * An Infisical session: a login (Universal Auth, OIDC Auth with the workflow's
 * token, or an access token given as is), authenticated GETs with one re-login
 * on a refused token, and a revoke of a token this session obtained.
 */
import { StoreFailure } from '../store.js'
import { HttpClient, HttpError } from '../../net/http.js'
import type { Ports } from '../../core/ports.js'
import { z } from '../../core/schema.js'
import { isAuthExpired, isProjectNotFound, loginCause, withHint } from './errors.js'
import type { InfisicalSettings } from './settings.js'

const loginSchema = z.object({ accessToken: z.string().check(z.minLength(1)) })

export class Session {
  readonly http: HttpClient
  private token = ''
  /** Whether this session obtained the token (and so may revoke it). */
  private ownsToken = false
  private relogin?: Promise<void>

  constructor(
    private readonly settings: InfisicalSettings,
    private readonly ports: Ports,
  ) {
    this.http = new HttpClient(settings.host, {
      fetch: ports.fetch,
      sleep: ports.sleep,
      ...(ports.hosts ? { shared: ports.hosts } : {}),
      logger: ports.logger,
      headers: settings.headers,
      timeoutMs: settings.timeoutMs,
      maxWaitMs: settings.maxWaitMs,
      deadlineMs: settings.runTimeoutMs,
      isPermanent: isProjectNotFound,
      // Infisical limits each route per minute, one secret's reads all counting against one route.
      routeOf: (path) => path.replace(/^(\/api\/v4\/secrets|\/api\/v3\/secrets\/raw)\/.+$/, '$1/:name'),
    })
  }

  async login(): Promise<void> {
    const auth = this.settings.auth
    if (auth.method === 'token') {
      // Issued elsewhere: used as is, and never revoked (it is not this run's to end).
      this.token = auth.token
      return
    }
    const [path, body] =
      auth.method === 'oidc'
        ? ['/api/v1/auth/oidc-auth/login', { identityId: auth.identityId, jwt: await this.workflowToken(auth.audience) }]
        : ['/api/v1/auth/universal-auth/login', { clientId: auth.clientId, clientSecret: auth.clientSecret }]
    let response
    try {
      response = await this.http.json('POST', path, { body })
    } catch (err) {
      const explained = withHint(err)
      if (explained instanceof HttpError) {
        const kind = explained.failure === 'network' || explained.failure === 'timeout' ? 'unreachable' : 'auth'
        throw new StoreFailure(kind, `Failed to obtain Infisical auth token: ${loginCause(explained, this.settings.host, auth)}`)
      }
      throw err
    }
    const parsed = loginSchema.safeParse(response.body)
    if (!parsed.success) {
      throw new StoreFailure(
        'auth',
        `Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`,
      )
    }
    this.token = parsed.data.accessToken
    this.ownsToken = true
    this.ports.mask?.(this.token)
  }

  /** The workflow's OIDC token (GitHub's runner issues it), masked before anything else happens. */
  private async workflowToken(audience: string | undefined): Promise<string> {
    if (!this.ports.idToken) {
      throw new StoreFailure(
        'auth',
        "Failed to obtain Infisical auth token: OIDC Auth needs the workflow's OIDC token, which only the GitHub Action has; from the command line use INFISICAL_TOKEN or Universal Auth",
      )
    }
    let jwt: string
    try {
      jwt = await this.ports.idToken(audience)
    } catch {
      throw new StoreFailure('auth', 'Failed to obtain Infisical auth token: the workflow gave no OIDC token; add `permissions: id-token: write` to the job')
    }
    this.ports.mask?.(jwt)
    return jwt
  }

  /** An authenticated GET; on an expired or refused token, log in again once and retry. Errors carry Infisical's hints. */
  async get(path: string, query: Record<string, string>): Promise<unknown> {
    try {
      try {
        return (await this.http.json('GET', path, { query, token: this.token })).body
      } catch (err) {
        if (!isAuthExpired(err)) throw err
        // A token given as is cannot be renewed: its refusal is final.
        if (!this.ownsToken) {
          throw new StoreFailure(
            'auth',
            `Infisical refused the access token given (infisical-token / INFISICAL_TOKEN, ${(err as HttpError).status}): it may have expired or lack access to the project`,
          )
        }
        this.ports.logger.debug('Access token refused; logging in again')
        this.relogin ??= this.login().finally(() => (this.relogin = undefined))
        await this.relogin
        return (await this.http.json('GET', path, { query, token: this.token })).body
      }
    } catch (err) {
      throw withHint(err)
    }
  }

  /** Best effort, one short attempt: a failed revoke is a debug line (the token expires on its own). */
  async revoke(): Promise<void> {
    if (!this.token || !this.ownsToken) return
    try {
      await this.http.json('POST', '/api/v1/auth/token/revoke', { body: { accessToken: this.token }, token: this.token, maxAttempts: 1, timeoutMs: 5000 })
      this.ports.logger.debug('Access token revoked')
    } catch (err) {
      this.ports.logger.debug(`Could not revoke the access token: ${(err as Error).message}`)
    }
  }
}
