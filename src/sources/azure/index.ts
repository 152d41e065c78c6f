/**
 * Azure Key Vault columns (`NAME=azure-kv:VAULT_URL[/PREFIX]`). No options of
 * their own: credentials come from DefaultAzureCredential's chain (what
 * azure/login leaves: the Azure CLI's session, or AZURE_* variables and a
 * federated token). The SDKs (./source.ts) load only when a run reads a column.
 */
import type { NetworkSettings } from '../source.js'
import { defineStore } from '../store.js'
import { azureLocation, formatAzureLocation, type AzureLocation } from './location.js'

export const azureProvider = defineStore<NetworkSettings, AzureLocation>({
  kind: 'azure-kv',
  usage: 'azure-kv:VAULT_URL[/PREFIX]',
  location: azureLocation,
  format: formatAzureLocation,
  // Rows sit at the audit's prefix, named without the column's name prefix (./source.ts).
  identityOf: (location, { name }, prefix) =>
    name.startsWith(location.prefix) && name.length > location.prefix.length ? { path: prefix, key: name.slice(location.prefix.length) } : undefined,
  options: {},
  defaultPathPrefix: '/',
  settings: (_reader, _location, network) => network,
  credentials: () => [],
  open: async (settings, ports) => new (await import('./source.js')).AzureSource(settings, ports),
})
