/**
 * GitHub Actions secrets columns (`NAME=github-secrets:[ENVIRONMENT]`): the
 * names and update times of a repository's Actions secrets, or of one
 * deployment environment's. The REST API never returns values. The client
 * (./source.ts) loads only when a run reads such a column.
 */
import type { Provider } from '../source.js'
import { GITHUB_SECRETS_OPTIONS, githubSecretsLocation, githubSecretsSettings, type GithubSecretsSettings } from './settings.js'

export const githubSecretsProvider: Provider<GithubSecretsSettings> = {
  kind: 'github-secrets',
  usage: 'github-secrets:[ENVIRONMENT]',
  location: githubSecretsLocation,
  options: GITHUB_SECRETS_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => githubSecretsSettings(reader, network),
  credentials: (s) => [s.token],
  create: async (settings, ports) => new (await import('./source.js')).GithubSecretsSource(settings, ports),
}
