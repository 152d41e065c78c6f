/**
 * Contract columns: the keys the repository itself says must exist, held
 * against the store columns. `dotenv:PATH` declares (a dotenv file's keys,
 * values dropped as it is parsed); `code:GLOB` uses (the keys the code
 * reads). Paths are relative to the working directory (the checkout) and
 * stay inside it, after brace expansion and after symbolic links (./paths.ts).
 */
import { defineKind } from '../source.js'
import { insideCheckout } from '../../files/globs.js'
import { parseCodeLocation } from './paths.js'
import { CODE_OPTIONS, codeSettings, type CodeSettings } from './settings.js'

export const dotenvProvider = defineKind<Record<string, never>>({
  kind: 'dotenv',
  usage: 'dotenv:PATH',
  contract: true,
  location: (text) => insideCheckout(text, 'dotenv file such as .env.example', false),
  options: {},
  settings: () => ({}),
  credentials: () => [],
  create: async (_settings, ports) => new (await import('./dotenv.js')).DotenvSource(ports),
})

export const codeProvider = defineKind<CodeSettings>({
  kind: 'code',
  usage: 'code:GLOB',
  contract: true,
  location: (text) => {
    const parsed = parseCodeLocation(text)
    return 'expected' in parsed ? parsed : { location: text.replace(/^\.\//, '') }
  },
  options: CODE_OPTIONS,
  settings: (reader, _location, network) => codeSettings(reader, network),
  credentials: () => [],
  create: async (settings, ports) => new (await import('./code.js')).CodeSource(settings, ports),
})
