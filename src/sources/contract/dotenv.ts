/** `dotenv:PATH`: a dotenv file's keys, parsed by the dotenv package; each value is dropped as soon as it is parsed. */
import { parse } from 'dotenv'
import type { ContractKey, Inventory } from '../../audit/inventory.js'
import { FatalError } from '../../errors.js'
import type { Ports } from '../../ports.js'
import type { Source, SourceOptions } from '../source.js'

/** The keys of a dotenv text with the line each is set on (the first); no value leaves this function. */
export function dotenvKeys(text: string, file: string): ContractKey[] {
  const keys = Object.keys(parse(text))
  const lines = text.split(/\r?\n/)
  return keys.map((key) => {
    const index = lines.findIndex((line) => new RegExp(`^\\s*(?:export\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[=:]`).test(line))
    return { key, at: index >= 0 ? `${file}:${index + 1}` : file }
  })
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
        const code = (err as { code?: string }).code
        throw new FatalError(`dotenv:${file}: cannot read ${file}${code ? ` (${code})` : ''}`)
      }
      const keys = dotenvKeys(text, file)
      this.ports.logger.info(`dotenv:${file}: ${keys.length} keys declared`)
      contracts.push({ slug: file, role: 'declares' as const, label: file, keys })
    }
    return { source: { kind: 'dotenv', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts }
  }
}
