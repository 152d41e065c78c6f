/** The Vault provider: rows and settings load eagerly; the client (./source.ts) when a run reads a column. */
import { defineStore } from '../store.js'
import { VAULT_OPTIONS, vaultLocation, vaultSettings, type VaultSettings } from './settings.js'

/** A location: `MOUNT/PATH`, segments joined by one `/`. */
export const vaultProvider = defineStore<VaultSettings, string>({
  kind: 'vault',
  usage: 'vault:MOUNT/PATH',
  location: vaultLocation,
  format: (location) => location,
  options: VAULT_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => vaultSettings(reader, network),
  credentials: (s) => (s.auth.method === 'token' ? [s.auth.token] : s.auth.method === 'approle' ? [s.auth.roleId, s.auth.secretId] : []),
  open: async (settings, ports) => new (await import('./source.js')).VaultSource(settings, ports),
})
