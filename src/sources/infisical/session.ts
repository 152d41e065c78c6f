/** An Infisical session: Universal Auth login, authenticated GETs (one re-login on a refused token), revoke. */
import { FatalError } from '../../errors.js'
import { HttpClient, HttpError } from '../../http.js'
import type { Ports } from '../../ports.js'
import { z } from '../../schema.js'
import { isAuthExpired, isProjectNotFound, loginCause, withHint } from './errors.js'
import type { InfisicalSettings } from './settings.js'

const loginSchema = z.object({ accessToken: z.string().check(z.minLength(1)) })

export class Session {
  readonly http: HttpClient
  private token = ''
  private relogin?: Promise<void>

  constructor(
    private readonly settings: InfisicalSettings,
    private readonly ports: Ports,
  ) {
    this.http = new HttpClient(settings.host, {
      fetch: ports.fetch,
      sleep: ports.sleep,
      logger: ports.logger,
      headers: settings.headers,
      timeoutMs: settings.timeoutMs,
      maxWaitMs: settings.maxWaitMs,
      deadlineMs: settings.runTimeoutMs,
      isPermanent: isProjectNotFound,
    })
  }

  async login(): Promise<void> {
    let response
    try {
      response = await this.http.json('POST', '/api/v1/auth/universal-auth/login', {
        body: { clientId: this.settings.clientId, clientSecret: this.settings.clientSecret },
      })
    } catch (err) {
      const explained = withHint(err)
      if (explained instanceof HttpError) throw new FatalError(`Failed to obtain Infisical auth token: ${loginCause(explained, this.settings.host)}`)
      throw err
    }
    const parsed = loginSchema.safeParse(response.body)
    if (!parsed.success) {
      throw new FatalError(
        `Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`,
      )
    }
    this.token = parsed.data.accessToken
    this.ports.mask?.(this.token)
  }

  /** An authenticated GET; on an expired or refused token, log in again once and retry. Errors carry Infisical's hints. */
  async get(path: string, query: Record<string, string>): Promise<unknown> {
    try {
      try {
        return (await this.http.json('GET', path, { query, token: this.token })).body
      } catch (err) {
        if (!isAuthExpired(err)) throw err
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
    if (!this.token) return
    try {
      await this.http.json('POST', '/api/v1/auth/token/revoke', { body: { accessToken: this.token }, token: this.token, maxAttempts: 1, timeoutMs: 5000 })
      this.ports.logger.debug('Access token revoked')
    } catch (err) {
      this.ports.logger.debug(`Could not revoke the access token: ${(err as Error).message}`)
    }
  }
}
