/** The Infisical provider: rows and settings load eagerly; the client loads when a run audits. */
import type { Provider } from '../source.js'
import { INFISICAL_OPTIONS, infisicalCredentials, infisicalSettings, type InfisicalSettings } from './settings.js'

export const infisicalProvider: Provider<InfisicalSettings> = {
  kind: 'infisical',
  usage: 'infisical:ENV',
  source: { usage: 'infisical', location: 'none', bare: (_location, name) => name },
  // An environment slug of the configured project.
  location: (text) => (/^[A-Za-z0-9_-]+$/.test(text) ? { location: text } : { expected: 'an environment slug of the project such as prod' }),
  options: INFISICAL_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => infisicalSettings(reader, network),
  credentials: infisicalCredentials,
  create: async (settings, ports) => new (await import('./source.js')).InfisicalSource(settings, ports),
}
