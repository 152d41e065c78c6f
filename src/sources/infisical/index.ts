/** The Infisical provider: rows and settings load eagerly; the client loads when a run audits. */
import { normalizePath } from '../../audit/inventory.js'
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
  // `/folder/KEY` in the environment the manifest names (when it names one).
  identityOf: (slug, { name, scope }) => {
    if (scope && scope !== slug) return undefined
    const cut = name.lastIndexOf('/')
    const key = name.slice(cut + 1)
    return key ? { path: normalizePath(name.slice(0, Math.max(cut, 0))), key } : undefined
  },
  options: INFISICAL_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => infisicalSettings(reader, network),
  credentials: infisicalCredentials,
  open: async (settings, ports) => new (await import('./source.js')).InfisicalSource(settings, ports),
}

export const infisicalProvider = defineStore(infisicalStore)
