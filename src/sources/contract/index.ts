/**
 * Contract columns: the keys the repository itself says must exist, held
 * against the store columns. `dotenv:PATH` declares (a dotenv file's keys,
 * values dropped as it is parsed); `code:GLOB` uses (the keys the code
 * reads). Paths are relative to the working directory (the checkout).
 */
import type { Provider } from '../source.js'
import { CODE_OPTIONS, codeSettings, type CodeSettings } from './settings.js'

/** A relative path or glob without `..` segments: a column reads inside the checkout. */
const inside = (text: string, what: string): { location: string } | { expected: string } => {
  const trimmed = text.replace(/^\.\//, '')
  if (!trimmed) return { expected: `a ${what}` }
  if (trimmed.startsWith('/') || trimmed.split('/').includes('..')) return { expected: `a ${what} inside the checkout (relative, no ..)` }
  return { location: trimmed }
}

export const dotenvProvider: Provider<Record<string, never>> = {
  kind: 'dotenv',
  usage: 'dotenv:PATH',
  contract: true,
  location: (text) => inside(text, 'dotenv file such as .env.example'),
  options: {},
  settings: () => ({}),
  credentials: () => [],
  create: async (_settings, ports) => new (await import('./dotenv.js')).DotenvSource(ports),
}

export const codeProvider: Provider<CodeSettings> = {
  kind: 'code',
  usage: 'code:GLOB',
  contract: true,
  location: (text) => inside(text, 'glob such as src/**'),
  options: CODE_OPTIONS,
  settings: (reader) => codeSettings(reader),
  credentials: () => [],
  create: async (settings, ports) => new (await import('./code.js')).CodeSource(settings, ports),
}
