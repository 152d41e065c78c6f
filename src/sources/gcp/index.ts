/**
 * Google Secret Manager columns (`NAME=gcp-sm:PROJECT[?label=KEY:VALUE]`).
 * Credentials are the application default credentials google-auth-library
 * finds (what google-github-actions/auth sets up); the client (./source.ts)
 * loads only when a run reads a column.
 */
import { defineStore } from '../store.js'
import { GCP_OPTIONS, formatGcpLocation, gcpLocation, gcpSettings, type GcpLocation, type GcpSettings } from './settings.js'

export const gcpProvider = defineStore<GcpSettings, GcpLocation>({
  kind: 'gcp-sm',
  usage: 'gcp-sm:PROJECT[?label=KEY:VALUE]',
  location: gcpLocation,
  format: formatGcpLocation,
  // Rows sit at the audit's prefix by secret id (./source.ts); a manifest that names its project must name the column's.
  identityOf: (location, { name, scope }, prefix) => (scope && scope !== location.project ? undefined : { path: prefix, key: name }),
  options: GCP_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => gcpSettings(reader, network),
  credentials: () => [],
  open: async (settings, ports) => new (await import('./source.js')).GcpSource(settings, ports),
})
