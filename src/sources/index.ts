/**
 * The store registry: kind → provider. A new store is one file beside this
 * one and one entry in STORES; nothing outside sources/ lists the kinds.
 */
import type { Option } from '../options.js'
import { secretsManagerProvider, ssmProvider } from './aws/index.js'
import { azureProvider } from './azure/index.js'
import { codeProvider, dotenvProvider } from './contract/index.js'
import { fileProvider } from './file.js'
import { gcpProvider } from './gcp/index.js'
import { githubSecretsProvider } from './github/index.js'
import { infisicalProvider } from './infisical/index.js'
import { k8sProvider } from './k8s/index.js'
import type { Column, Provider } from './source.js'
import { vaultProvider } from './vault/index.js'

/** A column name: what policy classes, reports and snapshots call the environment. */
const COLUMN_NAME = /^[A-Za-z0-9_-]+$/

/** `a`, `a or b`, `a, b or c`. */
const orList = (items: string[]): string => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join(''))

export interface SourceChoice {
  provider: Provider
  location?: string
}

export class Registry {
  private readonly byKind: Map<string, Provider>

  constructor(readonly providers: readonly Provider[]) {
    this.byKind = new Map(providers.map((p) => [p.kind, p]))
    if (this.byKind.size !== providers.length) throw new Error('two providers share a kind')
  }

  /** This registry and one more kind (tests, and one-off stores). */
  with(provider: Provider): Registry {
    return new Registry([...this.providers, provider])
  }

  provider(kind: string): Provider | undefined {
    return this.byKind.get(kind)
  }

  /** A `--source` spec, `KIND` or `KIND:LOCATION`; undefined when no provider may be one so. */
  parseSpec(text: string): SourceChoice | undefined {
    const colon = text.indexOf(':')
    const kind = colon < 0 ? text : text.slice(0, colon)
    const location = colon < 0 ? undefined : text.slice(colon + 1)
    const provider = this.byKind.get(kind)
    if (!provider?.source) return undefined
    if (provider.source.location === 'required' ? !location : location !== undefined) return undefined
    return { provider, ...(location ? { location } : {}) }
  }

  /** For `--source` messages: `"infisical" or "file:PATH"`. */
  get sourceUsage(): string {
    return orList(this.providers.flatMap((p) => (p.source ? [`"${p.source.usage}"`] : [])))
  }

  /** For column messages: `infisical:ENV, file:PATH[#ENV] or vault:MOUNT/PATH`. */
  get columnUsage(): string {
    return orList(this.providers.map((p) => p.usage))
  }

  /** The spec a run uses when none is given: the first provider's that may be a source. */
  get defaultSpec(): string {
    return this.providers.find((p) => p.source)!.source!.usage
  }

  /**
   * One `--environments` entry: `NAME` (an environment of the `--source`
   * store, resolved by `fallback` only then) or `NAME=KIND:LOCATION`.
   * Throws a message naming the entry and what was expected.
   */
  column(entry: string, fallback: () => SourceChoice): Column {
    const eq = entry.indexOf('=')
    const name = eq < 0 ? entry : entry.slice(0, eq)
    const bad = (expected: string) => new Error(`entry "${entry}": ${expected}`)
    if (!COLUMN_NAME.test(name)) {
      throw bad(
        `expected an environment name (letters, digits, - and _) such as prod, or NAME=KIND:LOCATION such as prod=${(this.providers.find((p) => !p.source) ?? this.providers[0]!).usage}`,
      )
    }
    if (eq < 0) {
      const source = fallback()
      return { name, kind: source.provider.kind, location: source.provider.source!.bare(source.location, name) }
    }
    const spec = entry.slice(eq + 1)
    const colon = spec.indexOf(':')
    const kind = colon < 0 ? spec : spec.slice(0, colon)
    const provider = this.byKind.get(kind)
    if (!provider) throw bad(`unknown kind "${kind}"; known kinds: ${this.providers.map((p) => p.kind).join(', ')}`)
    // `KIND` alone is `KIND:` where an empty location means something (github-secrets: the repository's own).
    const bare = colon < 0 ? provider.location('', name) : undefined
    const checked = colon < 0 ? ('location' in bare! ? bare! : { expected: 'a location after the kind' }) : provider.location(spec.slice(colon + 1), name)
    if ('expected' in checked) throw bad(`expected ${provider.usage}: ${checked.expected}`)
    return { name, kind, location: checked.location, spec }
  }

  /** Every provider's option rows, in registry order. */
  options(): Option[] {
    return this.providers.flatMap((p) => Object.values(p.options))
  }
}

export const STORES = new Registry([
  infisicalProvider,
  fileProvider,
  vaultProvider,
  secretsManagerProvider,
  ssmProvider,
  azureProvider,
  gcpProvider,
  githubSecretsProvider,
  dotenvProvider,
  codeProvider,
  k8sProvider,
])
