/**
 * The parse boundary: the one place an Infisical answer becomes metadata.
 * Older servers ignore viewSecretValue and send every value; here each item is
 * copied field by field, so nothing else (secretValue above all) survives,
 * except an expiry companion's date.
 */
import { HttpError } from '../../net/http.js'

const HIDDEN_MASK = '<hidden-by-infisical>'

export interface ListedMeta {
  secretKey: string
  secretPath: string
  version: number
  type?: string
  updatedAt: string
}

/**
 * The metadata of one listed secret, or the name of its first bad field.
 * Hand-written rather than zod: it runs once per secret per environment
 * (60,000 times for a large vault), where a schema parse cost ~45 ms and as
 * much again in garbage collection.
 */
export function listedMeta(item: unknown): ListedMeta | string {
  if (!item || typeof item !== 'object') return '(item): expected an object'
  const { secretKey, secretPath, version, type, updatedAt } = item as Record<string, unknown>
  if (typeof secretKey !== 'string') return 'secretKey: expected a string'
  // Without its folder an item cannot be placed: filing it under the prefix would invent drift.
  if (typeof secretPath !== 'string') return 'secretPath: expected a string'
  if (typeof version !== 'number') return 'version: expected a number'
  if (type !== undefined && typeof type !== 'string') return 'type: expected a string'
  if (typeof updatedAt !== 'string') return 'updatedAt: expected a string'
  return { secretKey, secretPath, version, type, updatedAt }
}

/** The listing's secrets array, as sent (a schema would copy all of it); items are checked one by one. */
export function listedItems(body: unknown): unknown[] {
  const secrets = (body as { secrets?: unknown } | undefined)?.secrets
  if (!Array.isArray(secrets)) throw new HttpError('unexpected listing shape: no secrets array', 'status')
  return secrets
}

/** A folder some folder of the listed tree imports, with the keys it brings (nested imports folded in by the server). */
export interface ImportedFolder {
  environment: string
  secretPath: string
  keys: { key: string; version?: number }[]
}

/**
 * The listing's `imports[]`, metadata only. Imported items come without
 * `secretPath`, `createdAt` and `updatedAt` (no date is invented) and, on
 * older servers, with their values: only key, version and type are copied.
 */
export function listedImports(body: unknown): ImportedFolder[] {
  const imports = (body as { imports?: unknown } | undefined)?.imports
  if (imports === undefined) return []
  if (!Array.isArray(imports)) throw new HttpError('unexpected listing shape: imports is not a list', 'status')
  return imports.map((entry, i) => {
    const { environment, secretPath, secrets } = (entry ?? {}) as Record<string, unknown>
    if (typeof environment !== 'string' || typeof secretPath !== 'string' || !Array.isArray(secrets)) {
      throw new HttpError(`unexpected listing shape at imports[${i}]: expected environment, secretPath and secrets`, 'status')
    }
    const keys: ImportedFolder['keys'] = []
    for (const item of secrets) {
      const { secretKey, version, type } = (item ?? {}) as Record<string, unknown>
      if (typeof secretKey !== 'string' || (type !== undefined && type !== 'shared')) continue
      keys.push({ key: secretKey, ...(typeof version === 'number' ? { version } : {}) })
    }
    return { environment, secretPath, keys }
  })
}

/** A companion's date text, if the server sent a real value (never the hidden mask). */
export function companionDate(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined
  const { secretValue, secretValueHidden } = item as { secretValue?: unknown; secretValueHidden?: unknown }
  if (secretValueHidden === true || typeof secretValue !== 'string' || secretValue === HIDDEN_MASK) return undefined
  return secretValue
}
