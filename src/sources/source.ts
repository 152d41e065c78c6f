/** What every store implements, and how the registry knows a store: its provider. */
import type { Inventory } from '../audit/inventory.js'
import { FatalError } from '../errors.js'
import type { OptionReader, OptionTable } from '../options.js'
import type { Ports } from '../ports.js'

export interface SourceOptions {
  /** Audited environment slugs in column order; undefined = every environment the store has. */
  environments?: string[]
  /** Undefined: the source's own default (`/` for a vault, the file's prefix for a file). */
  pathPrefix?: string
  /** Expiry companion suffix: the only keys whose values a source may read. */
  companionSuffix: string
}

export interface Source {
  read(options: SourceOptions): Promise<Inventory>
  /** Release what read() acquired (a token); may run while the audit does. Never throws. */
  close?(): Promise<void>
}

/** Settings every network store shares. */
export interface NetworkSettings {
  /** One request attempt. */
  timeoutMs: number
  /** Upper bound on all retry waits together. */
  maxWaitMs: number
  /** The store's whole read — every attempt and every wait — ends within this. */
  runTimeoutMs: number
}

/**
 * A store kind, as the registry holds it: its option rows, how it builds its
 * settings, which of them are credentials, and a lazy create() so its code
 * (and any SDK) loads only when a run uses it.
 */
export interface Provider<S = unknown> {
  kind: string
  /** How a spec names it in help and errors: `infisical`, `file:PATH`. */
  usage: string
  /** Whether a spec carries `:LOCATION` after the kind. */
  location: 'required' | 'none'
  options: OptionTable
  /** Where a run audits when no prefix is configured; undefined: the source decides. */
  defaultPathPrefix?: string
  settings(reader: OptionReader, location: string | undefined, network: NetworkSettings): S
  credentials(settings: S): string[]
  create(settings: S, ports: Ports): Promise<Source>
}

/** A provider bound to its settings: what Settings carries and run() uses. */
export interface Store {
  kind: string
  credentials: string[]
  defaultPathPrefix?: string
  create(ports: Ports): Promise<Source>
}

export function bindStore<S>(provider: Provider<S>, reader: OptionReader, location: string | undefined, network: NetworkSettings): Store {
  const settings = provider.settings(reader, location, network)
  return {
    kind: provider.kind,
    credentials: provider.credentials(settings),
    ...(provider.defaultPathPrefix !== undefined ? { defaultPathPrefix: provider.defaultPathPrefix } : {}),
    create: (ports) => provider.create(settings, ports),
  }
}

/** Pick the requested slugs in the requested order; an unknown slug is an error naming the valid ones. */
export function selectEnvironments<T extends { slug: string }>(available: T[], requested: string[] | undefined, where: string): T[] {
  if (!requested) return available
  const unknown = requested.filter((slug) => !available.some((e) => e.slug === slug))
  if (unknown.length > 0) {
    throw new FatalError(
      `Unknown environment ${unknown.map((s) => `"${s}"`).join(', ')} in ${where}; valid environments: ${available.map((e) => e.slug).join(', ')}`,
    )
  }
  return requested.map((slug) => available.find((e) => e.slug === slug)!)
}
