/**
 * GitHub Actions secrets columns (`NAME=github-secrets:[ENVIRONMENT]`): the
 * names and update times of a repository's Actions secrets, or of one
 * deployment environment's. The REST API never returns values. The client
 * (./source.ts) loads only when a run reads such a column.
 */
import { defineStore } from '../store.js'
import { GITHUB_SECRETS_OPTIONS, githubSecretsLocation, githubSecretsSettings, type GithubSecretsSettings } from './settings.js'

/** A location: a deployment environment's name, or '' for the repository's own secrets. */
export const githubSecretsProvider = defineStore<GithubSecretsSettings, string>({
  kind: 'github-secrets',
  workflowSecrets: true,
  usage: 'github-secrets:[ENVIRONMENT]',
  location: githubSecretsLocation,
  format: (environment) => environment,
  options: GITHUB_SECRETS_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => githubSecretsSettings(reader, network),
  credentials: (s) => [s.token],
  open: async (settings, ports) => new (await import('./source.js')).GithubSecretsSource(settings, ports),
})
