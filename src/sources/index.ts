/**
 * The store registry: kind → provider. A new store is one file beside this
 * one and one entry in STORES; nothing outside sources/ lists the kinds.
 */
import type { Option } from '../options.js'
import { fileProvider } from './file.js'
import { infisicalProvider } from './infisical/index.js'
import type { Provider } from './source.js'

export class Registry {
  private readonly byKind: Map<string, Provider>

  constructor(readonly providers: readonly Provider[]) {
    this.byKind = new Map(providers.map((p) => [p.kind, p]))
    if (this.byKind.size !== providers.length) throw new Error('two providers share a kind')
  }

  /** This registry and one more provider (tests, and one-off stores). */
  with<S>(provider: Provider<S>): Registry {
    return new Registry([...this.providers, provider as Provider])
  }

  /** `KIND` or `KIND:LOCATION`; undefined when no provider matches (the caller names its option). */
  parseSpec(text: string): { provider: Provider; location?: string } | undefined {
    const colon = text.indexOf(':')
    const kind = colon < 0 ? text : text.slice(0, colon)
    const location = colon < 0 ? undefined : text.slice(colon + 1)
    const provider = this.byKind.get(kind)
    if (!provider) return undefined
    if (provider.location === 'required' ? !location : location !== undefined) return undefined
    return { provider, ...(location ? { location } : {}) }
  }

  /** For messages: `"infisical" or "file:PATH"`. */
  get usage(): string {
    const names = this.providers.map((p) => `"${p.usage}"`)
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('')
  }

  /** The spec a run uses when none is given: the first provider's. */
  get defaultSpec(): string {
    return this.providers[0]!.usage
  }

  /** Every provider's option rows, in registry order. */
  options(): Option[] {
    return this.providers.flatMap((p) => Object.values(p.options))
  }
}

export const STORES = new Registry([infisicalProvider as Provider, fileProvider as Provider])
