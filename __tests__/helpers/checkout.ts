/** Files a contract column may read: inside the checkout (relative paths only), under .tmp/, which git ignores. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './cli.js'

/** Writes a `.env.example` with `text` and returns its path relative to the checkout. */
export function dotenvInCheckout(text: string): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, '.tmp', 'contract-'))
  writeFileSync(join(dir, '.env.example'), text)
  return `${relative(ROOT, dir)}/.env.example`
}
