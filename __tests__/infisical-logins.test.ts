/**
 * Infisical as teams run it (issue 11): OIDC Auth, an access token given as
 * is, the Infisical CLI's variable names, hosts that are easy to get wrong,
 * and a project given by its slug. Recorded shapes from ../fixtures; the OIDC
 * login answers as Universal Auth's does (both return {accessToken, …}).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { GH, actionInProcess } from './helpers/action.js'
import { cli } from './helpers/cli.js'
import { HOST, PROJECT_ID, fixture, fromFixture, json, legacyServer, mountNock, routeNotFound, type Route } from './helpers/recorded.js'
import { mountOnNock } from './helpers/serve.js'
import { GitHubStandIn } from './helpers/standins.js'

const IDENTITY = 'b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d'
const loginAnswer = fixture('02-').response.body
const oidcLogin = (status = 200, body: unknown = loginAnswer): Route => ({
  method: 'POST',
  path: '/api/v1/auth/oidc-auth/login',
  status,
  body,
  headers: { 'content-type': 'application/json' },
})
const base = {
  'infisical-project-id': PROJECT_ID,
  'infisical-host': HOST,
  'path-prefix': '/MooseQuest',
  commit: 'false',
  now: '2026-11-23T00:00:00Z',
  'github-token': '',
}

beforeEach(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

describe('OIDC Auth in the action', () => {
  let github: GitHubStandIn
  beforeEach(() => {
    github = new GitHubStandIn()
    mountOnNock(GH, github.handler)
  })

  it('exchanges the workflow token for an access token: identity id and JWT sent, JWT masked first, no client secret needed', async () => {
    const seen = mountNock([oidcLogin(), ...legacyServer()])
    const { result, rec } = await actionInProcess(github, {
      ...base,
      'infisical-identity-id': IDENTITY,
      'infisical-oidc-audience': 'https://infisical.example',
    })
    expect(result.exitCode).toBe(0)
    const login = seen.find((r) => r.path === '/api/v1/auth/oidc-auth/login')!
    expect(JSON.parse(login.body)).toEqual({ identityId: IDENTITY, jwt: 'eyJ.workflow-jwt-for-https://infisical.example.sig' })
    expect(seen.some((r) => r.path === '/api/v1/auth/universal-auth/login')).toBe(false)
    expect(rec.secrets).toContain('eyJ.workflow-jwt-for-https://infisical.example.sig')
    expect(rec.logs.join('\n')).not.toContain('workflow-jwt')
    expect(rec.logs).toContain(`info: Infisical at ${HOST} (OIDC Auth)`)
  })

  it.each([
    [
      401,
      /refused the workflow's OIDC token for machine identity b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d \(401\): its OIDC Auth must allow the token's audience \(sts\.example\)/,
    ],
    [
      403,
      /refused the workflow's OIDC token for machine identity b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d \(403\): its OIDC Auth must allow this repository's subject/,
    ],
    [404, /machine identity b1e6d0c2-6f1e-4a53-9d9e-4f3f1a2b3c4d has no OIDC Auth on http:\/\/127\.0\.0\.1:8080 \(404\)/],
  ])('a %i names the identity and what its OIDC configuration must allow', async (status, message) => {
    const seen = mountNock([oidcLogin(status, { statusCode: status, message: 'echo eyJ.workflow-jwt', error: 'UnauthorizedError' }), ...legacyServer()])
    const { result, rec } = await actionInProcess(github, { ...base, 'infisical-identity-id': IDENTITY, 'infisical-oidc-audience': 'sts.example' })
    expect(result.exitCode).toBe(1)
    expect(rec.logs.find((l) => l.startsWith('error:'))).toMatch(message)
    expect([...rec.logs, rec.summary].join('\n')).not.toContain('workflow-jwt')
    expect(seen.filter((r) => r.path.startsWith('/api/v3'))).toEqual([])
  })

  it('chooses Universal Auth when a client secret is given, OIDC when only an identity id is', async () => {
    const seen = mountNock(legacyServer())
    await actionInProcess(github, { ...base, 'infisical-identity-id': IDENTITY, 'infisical-client-id': 'cid', 'infisical-client-secret': 'csecret-0123456789' })
    expect(seen.some((r) => r.path === '/api/v1/auth/universal-auth/login')).toBe(true)
  })
})

describe('an access token given as is', () => {
  it('is used without a login and never revoked (CLI: INFISICAL_TOKEN)', async () => {
    const seen = mountNock(legacyServer())
    const r = await cli(['--format', 'json'], {
      INFISICAL_TOKEN: 'st.given-token-0123456789',
      INFISICAL_PROJECT_ID: PROJECT_ID,
      INFISICAL_HOST: HOST,
      INFISICAL_PATH_PREFIX: '/MooseQuest',
    })
    expect(r.code).toBe(0)
    expect(seen.some((r) => r.path.includes('/auth/'))).toBe(false)
    expect(seen.filter((r) => r.path === '/api/v3/secrets/raw').every((r) => r.headers.authorization === 'Bearer st.given-token-0123456789')).toBe(true)
    expect(r.logs.join('\n')).not.toContain('st.given-token')
  })

  it('is refused once, with no second login: exit 1 naming where it came from', async () => {
    mountNock([
      {
        method: 'GET',
        path: `/api/v1/projects/${PROJECT_ID}`,
        status: 401,
        body: { statusCode: 401, message: 'Token missing', error: 'UnauthorizedError' },
        headers: { 'content-type': 'application/json' },
      },
      ...legacyServer(),
    ])
    const r = await cli([], { INFISICAL_TOKEN: 'st.expired-token-0123456789', INFISICAL_PROJECT_ID: PROJECT_ID, INFISICAL_HOST: HOST })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'Error: Infisical refused the access token given (infisical-token / INFISICAL_TOKEN, 401): it may have expired or lack access to the project\n',
    )
  })
})

describe("the Infisical CLI's variable names", () => {
  const env = { INFISICAL_PROJECT_ID: PROJECT_ID, INFISICAL_PATH_PREFIX: '/MooseQuest' }
  it.each([
    [
      'INFISICAL_UNIVERSAL_AUTH_CLIENT_ID + _SECRET, INFISICAL_DOMAIN',
      { INFISICAL_UNIVERSAL_AUTH_CLIENT_ID: 'cid', INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET: 'alias-secret-0123456789', INFISICAL_DOMAIN: HOST },
    ],
    ['INFISICAL_API_URL with /api', { INFISICAL_CLIENT_ID: 'cid', INFISICAL_CLIENT_SECRET: 'alias-secret-0123456789', INFISICAL_API_URL: `${HOST}/api` }],
    [
      'a name and its alias agreeing',
      {
        INFISICAL_CLIENT_ID: 'cid',
        INFISICAL_UNIVERSAL_AUTH_CLIENT_ID: 'cid',
        INFISICAL_CLIENT_SECRET: 'alias-secret-0123456789',
        INFISICAL_HOST: HOST,
        INFISICAL_API_URL: `${HOST}/api/`,
      },
    ],
  ])('are accepted: %s', async (_, vars) => {
    const seen = mountNock(legacyServer())
    const r = await cli(['--format', 'json'], { ...env, ...vars })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(JSON.parse(seen.find((q) => q.path === '/api/v1/auth/universal-auth/login')!.body)).toEqual({
      clientId: 'cid',
      clientSecret: 'alias-secret-0123456789',
    })
  })

  it.each([
    [
      { INFISICAL_CLIENT_ID: 'one', INFISICAL_UNIVERSAL_AUTH_CLIENT_ID: 'two', INFISICAL_CLIENT_SECRET: 's' },
      'INFISICAL_CLIENT_ID and INFISICAL_UNIVERSAL_AUTH_CLIENT_ID are both set, to different values: keep one',
    ],
    [
      { INFISICAL_CLIENT_ID: 'c', INFISICAL_CLIENT_SECRET: 'secret-one-0123456789', INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET: 'secret-two-0123456789' },
      'INFISICAL_CLIENT_SECRET and INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET are both set, to different values: keep one',
    ],
    [
      { INFISICAL_CLIENT_ID: 'c', INFISICAL_CLIENT_SECRET: 's', INFISICAL_HOST: 'https://a.example', INFISICAL_DOMAIN: 'https://b.example' },
      'INFISICAL_HOST and INFISICAL_DOMAIN are both set, to different values: keep one',
    ],
  ])('refuse a disagreement, naming both and showing neither value: %j', async (vars, message) => {
    const r = await cli([], { ...env, ...vars })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`Error: ${message}\n`)
  })
})

describe('hosts and projects that are easy to get wrong', () => {
  let github: GitHubStandIn
  beforeEach(() => {
    github = new GitHubStandIn()
    mountOnNock(GH, github.handler)
  })
  const universal = { ...base, 'infisical-client-id': 'cid', 'infisical-client-secret': 'csecret-0123456789' }

  it('refuses an empty host input (an unset variable) before sending any credential', async () => {
    const seen = mountNock(legacyServer())
    const { result, rec } = await actionInProcess(github, { ...universal, 'infisical-host': ' ' })
    expect(result.exitCode).toBe(1)
    expect(rec.logs.find((l) => l.startsWith('error:'))).toBe(
      'error: infisical-host is empty (an unset variable?): give the URL, or remove it to use Infisical Cloud',
    )
    expect(seen).toEqual([])
  })

  it('removes a trailing /api with a notice, and logs the host before logging in', async () => {
    const seen = mountNock(legacyServer())
    const { result, rec } = await actionInProcess(github, { ...universal, 'infisical-host': `${HOST}/api/` })
    expect(result.exitCode).toBe(0)
    const hostLine = rec.logs.indexOf(`info: Infisical at ${HOST} (Universal Auth)`)
    expect(hostLine).toBeGreaterThanOrEqual(0)
    expect(rec.logs).toContain(`info: infisical-host ends in /api (the Infisical CLI's old style): using ${HOST}`)
    expect(seen[0]!.path).toBe('/api/v1/auth/universal-auth/login')
  })

  it('resolves a project slug (fixture 08) and names every later request by its id', async () => {
    const seen = mountNock([routeNotFound('GET', '/api/v1/projects/slug/moosequest'), fromFixture('08-'), ...legacyServer()])
    const { result, rec } = await actionInProcess(github, { ...universal, 'infisical-project-id': 'moosequest' })
    expect(result.exitCode).toBe(0)
    expect(rec.logs).toContain(`info: Project slug moosequest is project ${PROJECT_ID}`)
    expect(seen.filter((r) => r.path === '/api/v3/secrets/raw').every((r) => r.query.workspaceId === PROJECT_ID)).toBe(true)
  })

  it.each([
    [
      'a slug',
      'raxx',
      [
        routeNotFound('GET', '/api/v1/projects/slug/raxx'),
        json('GET', '/api/v2/workspace/raxx', { statusCode: 404, message: 'x', error: 'NotFound' }, { status: 404 }),
      ],
      'Project slug raxx not found on http://127.0.0.1:8080 (GET /api/v2/workspace/raxx answered 404): check the slug (or give the project id)',
    ],
    [
      'an id (the 2024-10 server answers 500)',
      'ce1935de-4403-42dd-b3f6-b9bf00355d69',
      [routeNotFound('GET', '/api/v1/projects/ce1935de-4403-42dd-b3f6-b9bf00355d69'), fromFixture('54-')],
      'Project ce1935de-4403-42dd-b3f6-b9bf00355d69 not found on http://127.0.0.1:8080 (GET /api/v1/workspace/ce1935de-4403-42dd-b3f6-b9bf00355d69 answered 500)',
    ],
  ])('says which was tried when %s is not found', async (_, project, routes, message) => {
    mountNock([legacyServer()[0]!, ...(routes as Route[])])
    const { result, rec } = await actionInProcess(github, { ...universal, 'infisical-project-id': project as string })
    expect(result.exitCode).toBe(1)
    expect(rec.logs.find((l) => l.startsWith('error:'))).toContain(message)
  })
})
