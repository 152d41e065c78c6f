/** What Infisical's failures mean, in words a user can act on. The HTTP client stays provider-neutral. */
import { HttpError } from '../../net/http.js'
import type { InfisicalAuth } from './settings.js'

export const isRouteNotFound = (err: unknown): boolean => err instanceof HttpError && err.status === 404 && /^Route \w+:/.test(err.body?.message ?? '')

/** Current servers: a listing of a path (or environment) that does not exist, told apart by the error's name. */
export const isPathNotFound = (err: unknown): boolean => err instanceof HttpError && err.status === 404 && err.body?.error === 'SecretPathNotFound'

/**
 * The secret-imports read of a folder that does not exist: 404 NotFound "Folder not found" (2024 builds) or
 * "Folder with path '…' … not found" (current ones). A route-not-found or a proxy's page is not that.
 */
export const isFolderNotFound = (err: unknown): boolean =>
  err instanceof HttpError &&
  err.status === 404 &&
  err.failure === 'status' &&
  !isRouteNotFound(err) &&
  (err.body?.error === 'NotFound' || err.body?.error === 'SecretPathNotFound') &&
  /folder\b.*not found/i.test(err.body?.message ?? '')

export const isNotMember = (err: unknown): boolean =>
  err instanceof HttpError && err.status === 403 && /not a member/i.test(`${err.body?.error ?? ''} ${err.body?.message ?? ''}`)

/** The October 2024 server answers an unknown project id or slug with 500 "Failed to find project…" (fixture 54). */
export const isProjectNotFound = (status: number, body: { message?: string; error?: string } | undefined): boolean =>
  status === 500 && /failed to find project/i.test(`${body?.error ?? ''} ${body?.message ?? ''}`)

export const isAuthExpired = (err: unknown): boolean =>
  err instanceof HttpError && (err.status === 401 || (err.status === 403 && err.body?.error === 'TokenError'))

/**
 * A redirect or an HTML page where Infisical should answer JSON is almost
 * always Cloudflare Access (or another proxy) in front of the server: say so.
 */
export function withHint(err: unknown): unknown {
  if (!(err instanceof HttpError)) return err
  let hint: string | undefined
  if (err.failure === 'redirect') {
    const location = err.detail?.location ?? ''
    let host = ''
    try {
      host = new URL(location, 'http://x').host
    } catch {
      /* no usable location */
    }
    hint =
      /cloudflareaccess\.com$/.test(host) || location.includes('/cdn-cgi/access/')
        ? 'Cloudflare Access is asking for a login: set the CF Access service token (client id and secret)'
        : 'a proxy or a wrong host is in front of Infisical'
  } else if (err.failure === 'not-json' && err.detail?.html) {
    hint = 'Cloudflare Access (or another proxy) answered instead of Infisical; check the CF Access headers and the host'
  }
  if (!hint) return err
  // Keep "; gave up: …" after the hint, where it was.
  const [head, ...rest] = err.message.split('; gave up: ')
  const message = `${head}: ${hint}${rest.length ? `; gave up: ${rest.join('; gave up: ')}` : ''}`
  return new HttpError(message, err.failure, err.status, err.body, err.detail)
}

export function loginCause(err: HttpError, host: string, auth: InfisicalAuth): string {
  if (err.failure === 'network' || err.failure === 'timeout') return `cannot reach ${host}: ${err.message}`
  if (err.failure === 'not-json' || err.failure === 'redirect') return err.message
  if (auth.method === 'oidc') {
    const who = `machine identity ${auth.identityId}`
    if (err.status === 401)
      return `Infisical refused the workflow's OIDC token for ${who} (401): its OIDC Auth must allow the token's audience${auth.audience ? ` (${auth.audience})` : ''} and issuer (https://token.actions.githubusercontent.com)`
    if (err.status === 403)
      return `Infisical refused the workflow's OIDC token for ${who} (403): its OIDC Auth must allow this repository's subject (repo:OWNER/REPO:…) and claims`
    if (err.status === 404) return `${who} has no OIDC Auth on ${host} (404), or does not exist: configure OIDC Auth on it`
    return err.message
  }
  if (err.status === 401) {
    return "Infisical refused the client id or secret (401); check the machine identity's Universal Auth credentials"
  }
  if (err.status === 404) return `${host} has no Universal Auth login route (404): is the host an Infisical server?`
  return err.message
}

export function unreadableReason(err: HttpError, env: string, prefix: string): string {
  // Fixed words and the status: a server's own text is never carried into a report.
  if (err.status === 403) return `permission denied (403); grant describeSecret on ${prefix} in ${env}`
  if (err.status === 404) return `not found (404): no environment ${env} or no folder ${prefix} there`
  return err.message
}
