/**
 * Where one environment lacks what others hold: the places the read flow
 * looks at again (imports, permissions, missing folders), so its extra
 * requests stay bounded by the folders that would otherwise report missing rows.
 */
import { identityKey, parentPath, type Inventory, type ReadableEnvironment } from '../../audit/inventory.js'

const readable = (inventory: Inventory): ReadableEnvironment[] => inventory.environments.filter((e): e is ReadableEnvironment => e.status === 'ok')

/** For each readable environment: folder → keys that another readable environment holds there and this one does not. */
export function absentByFolder(inventory: Inventory): Map<string, Map<string, Set<string>>> {
  const envs = readable(inventory)
  const held = new Map(envs.map((e) => [e.slug, new Set(e.secrets.map((s) => identityKey(s.path, s.key)))]))
  const out = new Map<string, Map<string, Set<string>>>()
  for (const env of envs) {
    const mine = held.get(env.slug)!
    const folders = new Map<string, Set<string>>()
    for (const other of envs) {
      if (other === env) continue
      for (const secret of other.secrets) {
        if (mine.has(identityKey(secret.path, secret.key))) continue
        let keys = folders.get(secret.path)
        if (!keys) folders.set(secret.path, (keys = new Set()))
        keys.add(secret.key)
      }
    }
    if (folders.size) out.set(env.slug, folders)
  }
  return out
}

/** Folders under (and including) `top` that hold secrets in another readable environment, each with its ancestors down to `top`. */
export function populatedElsewhere(inventory: Inventory, slug: string, top: string): string[] {
  const inside = (path: string) => path === top || top === '/' || path.startsWith(`${top}/`)
  const folders = new Set<string>()
  for (const env of readable(inventory)) {
    if (env.slug === slug) continue
    for (const path of new Set(env.secrets.map((s) => s.path))) {
      for (let p = path; inside(p); p = parentPath(p)) {
        folders.add(p)
        if (p === top || p === '/') break
      }
    }
  }
  return [...folders].sort()
}
