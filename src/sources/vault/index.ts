/** The Vault provider: rows and settings load eagerly; the client (./source.ts) when a run reads a column. */
import { normalizePath } from '../../audit/inventory.js'
import { defineStore } from '../store.js'
import { VAULT_OPTIONS, vaultLocation, vaultSettings, type VaultSettings } from './settings.js'

/** A location: `MOUNT/PATH`, segments joined by one `/`. */
export const vaultProvider = defineStore<VaultSettings, string>({
  kind: 'vault',
  usage: 'vault:MOUNT/PATH',
  location: vaultLocation,
  format: (location) => location,
  // A manifest's `MOUNT/PATH/KEY` under the column's `MOUNT/BASE`: the folder below the base, as the listing walks it.
  identityOf: (location, { name }) => {
    if (!name.startsWith(`${location}/`)) return undefined
    const parts = name
      .slice(location.length + 1)
      .split('/')
      .filter(Boolean)
    const key = parts.pop()
    return key ? { path: normalizePath(parts.join('/')), key } : undefined
  },
  options: VAULT_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => vaultSettings(reader, network),
  credentials: (s) => (s.auth.method === 'token' ? [s.auth.token] : s.auth.method === 'approle' ? [s.auth.roleId, s.auth.secretId] : []),
  open: async (settings, ports) => new (await import('./source.js')).VaultSource(settings, ports),
})
