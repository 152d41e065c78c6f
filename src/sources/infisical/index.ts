/** The Infisical provider: rows and settings load eagerly; the client loads when a run audits. */
import { defineStore, type StoreKind } from '../store.js'
import { INFISICAL_OPTIONS, infisicalCredentials, infisicalSettings, type InfisicalSettings } from './settings.js'

/** A location: an environment slug of the configured project. */
export const infisicalStore: StoreKind<InfisicalSettings, string> = {
  kind: 'infisical',
  usage: 'infisical:ENV',
  source: { usage: 'infisical', location: 'none', bare: (_location, name) => name },
  // An environment slug of the configured project.
  location: (text) => (/^[A-Za-z0-9_-]+$/.test(text) ? { location: text } : { expected: 'an environment slug of the project such as prod' }),
  format: (slug) => slug,
  options: INFISICAL_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => infisicalSettings(reader, network),
  credentials: infisicalCredentials,
  open: async (settings, ports) => new (await import('./source.js')).InfisicalSource(settings, ports),
}

export const infisicalProvider = defineStore(infisicalStore)
