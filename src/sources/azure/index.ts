/**
 * Azure Key Vault columns (`NAME=azure-kv:VAULT_URL[/PREFIX]`). No options of
 * their own: credentials come from DefaultAzureCredential's chain (what
 * azure/login leaves: the Azure CLI's session, or AZURE_* variables and a
 * federated token). The SDKs (./source.ts) load only when a run reads a column.
 */
import type { NetworkSettings, Provider } from '../source.js'
import { azureLocation } from './location.js'

export const azureProvider: Provider<NetworkSettings> = {
  kind: 'azure-kv',
  usage: 'azure-kv:VAULT_URL[/PREFIX]',
  location: azureLocation,
  options: {},
  defaultPathPrefix: '/',
  settings: (_reader, _location, network) => network,
  credentials: () => [],
  create: async (settings, ports) => new (await import('./source.js')).AzureSource(settings, ports),
}
