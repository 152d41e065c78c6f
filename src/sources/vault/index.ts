/** The Vault provider: rows and settings load eagerly; the client (./source.ts) when a run reads a column. */
import type { Provider } from '../source.js'
import { VAULT_OPTIONS, vaultLocation, vaultSettings, type VaultSettings } from './settings.js'

export const vaultProvider: Provider<VaultSettings> = {
  kind: 'vault',
  usage: 'vault:MOUNT/PATH',
  location: vaultLocation,
  options: VAULT_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => vaultSettings(reader, network),
  credentials: (s) => (s.auth.method === 'token' ? [s.auth.token] : s.auth.method === 'approle' ? [s.auth.roleId, s.auth.secretId] : []),
  create: async (settings, ports) => new (await import('./source.js')).VaultSource(settings, ports),
}
