/**
 * `k8s:GLOB[?env=NAME]`: the keys a cluster's manifests ask their stores for
 * (ExternalSecret, ClusterExternalSecret, InfisicalSecret), held against the
 * store columns. A contract kind: no credentials, no network; the manifest
 * parser loads only when a run reads such a column.
 */
import { defineKind } from '../source.js'
import { parseK8sLocation, type K8sSettings } from './location.js'

export const k8sProvider = defineKind<K8sSettings>({
  kind: 'k8s',
  usage: 'k8s:GLOB[?env=NAME]',
  contract: true,
  location: (text) => {
    const parsed = parseK8sLocation(text)
    return 'expected' in parsed ? parsed : { location: text.replace(/^\.\//, '') }
  },
  scope: (text) => {
    const parsed = parseK8sLocation(text)
    return 'expected' in parsed ? undefined : parsed.env
  },
  options: {},
  settings: (_reader, _location, network) => ({ runTimeoutMs: network.runTimeoutMs }),
  credentials: () => [],
  create: async (settings, ports) => new (await import('./source.js')).K8sSource(settings, ports),
})
