/** `dotenv:PATH`: a dotenv file's keys, parsed by the dotenv package; each value is dropped as soon as it is parsed. */
import { parse } from 'dotenv'
import type { ContractKey, Inventory } from '../../audit/inventory.js'
import { FatalError } from '../../core/errors.js'
import type { Ports } from '../../core/ports.js'
import { WorkspaceReadError } from '../../files/workspace.js'
import type { Source, SourceOptions } from '../source.js'

/**
 * The keys of a dotenv text with the line each is set on (the first), then the
 * keys it lists commented out (optional); no value leaves this function.
 */
export function dotenvKeys(text: string, file: string): ContractKey[] {
  const keys = Object.keys(parse(text))
  const firstLine = new Map<string, number>()
  let line = 0
  for (const match of text.matchAll(/^[^\S\r\n]*(?:export[^\S\r\n]+)?([\w.-]+)[^\S\r\n]*[=:]|\r?\n/gm)) {
    if (match[1] === undefined) line++
    else if (!firstLine.has(match[1])) firstLine.set(match[1], line + 1)
  }
  const declared: ContractKey[] = keys.map((key) => {
    const at = firstLine.get(key)
    return { key, at: at ? `${file}:${at}` : file }
  })
  // `# KEY=` and `#KEY=`: a key the file documents as optional (prose comments have no `KEY=`).
  const active = new Set(keys)
  const optional = new Set<string>()
  line = 0
  for (const match of text.matchAll(/^[^\S\r\n]*#[^\S\r\n]*(?:export[^\S\r\n]+)?([A-Z][A-Z0-9_]*)[^\S\r\n]*=|\r?\n/gm)) {
    if (match[1] === undefined) line++
    else if (!active.has(match[1]) && !optional.has(match[1])) {
      optional.add(match[1])
      declared.push({ key: match[1], at: `${file}:${line + 1}`, optional: true })
    }
  }
  return declared
}

export class DotenvSource implements Source {
  constructor(private readonly ports: Ports) {}

  async read(options: SourceOptions): Promise<Inventory> {
    const contracts = []
    for (const file of options.locations ?? []) {
      let text: string
      try {
        text = await this.ports.readText(file)
      } catch (err) {
        // Fixed words only (outside the workspace, not a regular file, ENOENT): never the file's text.
        const why = err instanceof WorkspaceReadError ? err.reason : (err as { code?: string }).code
        throw new FatalError(`dotenv:${file}: cannot read ${file}${why ? ` (${why})` : ''}`)
      }
      const keys = dotenvKeys(text, file)
      const optional = keys.filter((k) => k.optional).length
      this.ports.logger.info(`dotenv:${file}: ${keys.length - optional} keys declared${optional ? `, ${optional} optional (commented out)` : ''}`)
      contracts.push({ slug: file, role: 'declares' as const, label: file, keys })
    }
    return { source: { kind: 'dotenv', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts }
  }
}
