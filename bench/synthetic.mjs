// Synthetic inventories: N secrets per environment spread over F folders, with the
// asymmetries a real vault has (a few missing, some version skew, companions).
export function syntheticSecrets({ secrets, folders, envIndex, prefix = '/Bench' }) {
  const out = []
  const perFolder = Math.ceil(secrets / folders)
  for (let i = 0; i < secrets; i++) {
    const folder = Math.floor(i / perFolder)
    // ~1% of secrets missing in each non-first environment, ~2% skewed.
    if (envIndex > 0 && (i * 7 + envIndex) % 97 === 0) continue
    const version = 1 + ((i % 50 === 0 ? 5 : 0) + (envIndex === 0 ? i % 3 : 0))
    const day = 1 + ((i + envIndex * (i % 40 === 0 ? 20 : 0)) % 28)
    const key = i % 100 === 0 ? `KEY_${i}__EXPIRES_AT` : `KEY_${i}`
    const secret = { path: `${prefix}/vendor-${folder}`, key, version, updatedAt: `2026-10-${String(day).padStart(2, '0')}T00:00:00.000Z` }
    if (key.endsWith('__EXPIRES_AT')) secret.expiresAt = `2027-0${1 + (i % 9)}-01`
    out.push(secret)
  }
  return out
}

export function syntheticInventory({ environments, secrets, folders }) {
  return {
    source: { kind: 'file', location: 'synthetic' },
    pathPrefix: '/Bench',
    environments: environments.map((slug, envIndex) => ({ slug, status: 'ok', secrets: syntheticSecrets({ secrets, folders, envIndex }) })),
  }
}
