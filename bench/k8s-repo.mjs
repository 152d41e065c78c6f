// A synthetic deploy/ tree for the k8s: column's benchmark: MANIFESTS files in 50 namespaces, each a Deployment, a
// ConfigMap and an ExternalSecret of five remote keys (every tenth also a dataFrom) on a ClusterSecretStore kept in
// another repository (so each key is matched by name); beside it a one-environment inventory holding 80 % of the keys.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function k8sRepo(manifests = 2000) {
  const dir = mkdtempSync(join(tmpdir(), 'vca-bench-k8s-'))
  const secrets = []
  for (let n = 0; n < 50; n++) mkdirSync(join(dir, 'deploy', `ns-${n}`), { recursive: true })
  for (let i = 0; i < manifests; i++) {
    const ns = `ns-${i % 50}`
    const data = Array.from({ length: 5 }, (_, k) => {
      const key = `APP_${i}_KEY_${k}`
      if ((i * 5 + k) % 5 !== 0) secrets.push({ path: `/apps/app-${i}`, key })
      return `    - secretKey: ${key}\n      remoteRef:\n        key: prod/apps/app-${i}/${key}\n        property: value\n`
    }).join('')
    const dataFrom = i % 10 === 0 ? `  dataFrom:\n    - extract:\n        key: prod/apps/app-${i}/bundle\n` : ''
    writeFileSync(
      join(dir, 'deploy', ns, `app-${i}.yaml`),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: ${ns}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app-${i}:1.0.${i}\n          envFrom:\n            - secretRef:\n                name: app-${i}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-${i}\n  namespace: ${ns}\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: "a,b,c"\n---\napiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: app-${i}\n  namespace: ${ns}\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: platform-vault\n    kind: ClusterSecretStore\n  target:\n    name: app-${i}\n  data:\n${data}${dataFrom}`,
    )
  }
  writeFileSync(join(dir, 'inventory.json'), JSON.stringify({ environments: [{ slug: 'prod', secrets }] }))
  return dir
}
