/**
 * Where one environment lacks what others hold: the folders the read flow
 * checks (imports, permissions, existence), so its extra requests stay
 * bounded by the folders that would otherwise report missing rows.
 */
import { identityKey, type Inventory, type ReadableEnvironment } from '../../audit/inventory.js'

const readable = (inventory: Inventory): ReadableEnvironment[] => inventory.environments.filter((e): e is ReadableEnvironment => e.status === 'ok')

/**
 * For each readable environment: folder → keys that another readable environment holds there and this one does
 * not. One pass over every secret to index who holds each identity, then one pass per environment over the
 * identities: linear in secrets × environments, not in its square.
 */
export function absentByFolder(inventory: Inventory): Map<string, Map<string, Set<string>>> {
  const envs = readable(inventory)
  const holders = new Map<string, { path: string; key: string; envs: Set<string> }>()
  for (const env of envs) {
    for (const secret of env.secrets) {
      const id = identityKey(secret.path, secret.key)
      let entry = holders.get(id)
      if (!entry) holders.set(id, (entry = { path: secret.path, key: secret.key, envs: new Set() }))
      entry.envs.add(env.slug)
    }
  }
  const out = new Map<string, Map<string, Set<string>>>()
  for (const env of envs) {
    const folders = new Map<string, Set<string>>()
    for (const { path, key, envs: holding } of holders.values()) {
      if (holding.has(env.slug)) continue
      let keys = folders.get(path)
      if (!keys) folders.set(path, (keys = new Set()))
      keys.add(key)
    }
    if (folders.size) out.set(env.slug, folders)
  }
  return out
}
