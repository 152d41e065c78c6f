/**
 * GitHub Actions secrets columns: option rows and settings. The token must be
 * one that may read secrets (a fine-grained token with "Secrets: read", or a
 * GitHub App token): the workflow's own GITHUB_TOKEN cannot.
 */
import { parseInput, requireAll, valueOf, valueOrDefault, type Option, type OptionReader } from '../../options.js'
import { z } from '../../core/schema.js'
import type { NetworkSettings } from '../source.js'

export const GITHUB_SECRETS_OPTIONS = {
  token: {
    input: 'github-secrets-token',
    env: ['GITHUB_TOKEN'],
    secret: true,
    default: '',
    help: 'Token for `github-secrets:` columns (masked): a fine-grained token with "Secrets: read" or a GitHub App token; the workflow\'s GITHUB_TOKEN cannot list secrets. Empty: `github-token`.',
  },
  repository: {
    input: 'github-repository',
    env: ['GITHUB_REPOSITORY'],
    default: '${{ github.repository }}',
    help: 'The `owner/repo` whose Actions secrets `github-secrets:` columns list.',
  },
  apiUrl: {
    input: 'github-api-url',
    env: ['GITHUB_API_URL'],
    default: '${{ github.api_url }}',
    help: 'GitHub REST API root for `github-secrets:` columns (GitHub Enterprise Server: `https://HOST/api/v3`).',
  },
} satisfies Record<string, Option>

/** The action's publish token, read when github-secrets-token is empty (its row, and its masking, belong to the publishers). */
const PUBLISH_TOKEN: Option = { input: 'github-token', help: 'the publish token' }

export interface GithubSecretsSettings extends NetworkSettings {
  token: string
  owner: string
  repo: string
  /** Without a trailing slash. */
  apiUrl: string
  /** How the user named the token, for messages. */
  tokenName: string
}

export function githubSecretsSettings(reader: OptionReader, network: NetworkSettings): GithubSecretsSettings {
  const o = GITHUB_SECRETS_OPTIONS
  const own = valueOf(reader, o.token)
  const token = own ?? valueOf(reader, PUBLISH_TOKEN)
  if (!token) requireAll(reader, [o.token])
  requireAll(reader, [o.repository])
  const repository = parseInput(
    z.string().check(z.regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected owner/repo')),
    valueOf(reader, o.repository),
    reader.nameOf(o.repository),
  )
  const [owner, repo] = repository.split('/') as [string, string]
  const api = valueOrDefault(reader, o.apiUrl)
  const apiUrl =
    api && !api.startsWith('${{')
      ? parseInput(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://api.github.com' }), api, reader.nameOf(o.apiUrl))
      : 'https://api.github.com'
  return { ...network, token: token!, owner, repo, apiUrl: apiUrl.replace(/\/+$/, ''), tokenName: own ? reader.nameOf(o.token) : reader.nameOf(PUBLISH_TOKEN) }
}

/** '' (the repository's secrets) or a deployment environment's name. */
export function githubSecretsLocation(text: string): { location: string } | { expected: string } {
  if (text === '') return { location: '' }
  if (text.length > 255 || /[/?#\s]/.test(text)) return { expected: "nothing (the repository's secrets) or a deployment environment's name" }
  return { location: text }
}
