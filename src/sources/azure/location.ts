/** `https://myvault.vault.azure.net[/PREFIX]`: a vault, and the name prefix of one app's secrets in it. */

export interface AzureLocation {
  /** `https://host[:port]`. */
  vault: string
  /** Names starting with it are audited, with it stripped; '' is every secret. */
  prefix: string
}

// Secret names: letters, digits and dashes (Key Vault's object names).
const PREFIX = /^[A-Za-z0-9-]{0,126}$/

export function azureLocation(text: string): { location: AzureLocation } | { expected: string } {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { expected: 'a vault URL such as https://myvault.vault.azure.net, optionally /PREFIX after it' }
  }
  if (url.protocol !== 'https:') return { expected: 'an https:// vault URL (Key Vault takes a token only over TLS)' }
  if (url.search || url.hash || url.username || url.password) return { expected: 'a vault URL with no query, fragment or credentials' }
  const prefix = url.pathname.replace(/^\/+|\/+$/g, '')
  if (!PREFIX.test(prefix)) return { expected: 'at most one name prefix after the vault URL (letters, digits and -)' }
  return { location: { vault: url.origin, prefix } }
}

export const formatAzureLocation = (l: AzureLocation): string => `${l.vault}${l.prefix ? `/${l.prefix}` : ''}`
