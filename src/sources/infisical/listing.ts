/**
 * The parse boundary: the one place an Infisical answer becomes metadata.
 * Older servers ignore viewSecretValue and send every value; here each item is
 * copied field by field, so nothing else (secretValue above all) survives,
 * except an expiry companion's date.
 */
import { HttpError } from '../../http.js'

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

/** A companion's date text, if the server sent a real value (never the hidden mask). */
export function companionDate(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined
  const { secretValue, secretValueHidden } = item as { secretValue?: unknown; secretValueHidden?: unknown }
  if (secretValueHidden === true || typeof secretValue !== 'string' || secretValue === HIDDEN_MASK) return undefined
  return secretValue
}
