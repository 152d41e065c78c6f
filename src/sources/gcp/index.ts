/**
 * Google Secret Manager columns (`NAME=gcp-sm:PROJECT[?label=KEY:VALUE]`).
 * Credentials are the application default credentials google-auth-library
 * finds (what google-github-actions/auth sets up); the client (./source.ts)
 * loads only when a run reads a column.
 */
import type { Provider } from '../source.js'
import { GCP_OPTIONS, gcpLocation, gcpSettings, type GcpSettings } from './settings.js'

export const gcpProvider: Provider<GcpSettings> = {
  kind: 'gcp-sm',
  usage: 'gcp-sm:PROJECT[?label=KEY:VALUE]',
  location: gcpLocation,
  options: GCP_OPTIONS,
  defaultPathPrefix: '/',
  settings: (reader, _location, network) => gcpSettings(reader, network),
  credentials: () => [],
  create: async (settings, ports) => new (await import('./source.js')).GcpSource(settings, ports),
}
