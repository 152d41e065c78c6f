/**
 * `k8s:GLOB`: the YAML files the glob names (git ls-files, as `code:` lists
 * them), each read inside the checkout and parsed (./manifests.ts). A
 * reference's store is the SecretStore or ClusterSecretStore manifest its
 * `secretStoreRef` names, found among the same files; kustomize patches of
 * these resources are named and left out, not merged.
 */
import { parse } from 'yaml'
import type { ContractInventory, DynamicAt, Inventory, ManifestReference, UnreadFile } from '../../audit/inventory.js'
import { FatalError } from '../../core/errors.js'
import type { Ports } from '../../core/ports.js'
import { plural } from '../../render/plural.js'
import { listFiles, readListed } from '../../files/listing.js'
import type { Source, SourceOptions } from '../source.js'
import { parseK8sLocation, type K8sSettings } from './location.js'
import { nameOnly, parseManifests, storeRefFor, type Reference, type StoreManifest, type Unchecked } from './manifests.js'

/** A manifest larger than this is not read (the contract is then incomplete). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const YAML = /\.ya?ml$/i
const KUSTOMIZATION = /(^|\/)kustomization\.ya?ml$/i
const RESOURCE = /^\s*kind:\s*["']?(ExternalSecret|ClusterExternalSecret|InfisicalSecret)\b/m

export interface ManifestScan {
  references: ManifestReference[]
  unchecked: Unchecked[]
  unread: UnreadFile[]
  files: number
  resources: number
}

/** The folder of a file, and a path relative to it, as one checkout path (`..` resolved, never above the root). */
function besides(file: string, relative: string): string | undefined {
  const parts = file.split('/').slice(0, -1)
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (!parts.length) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

/** A kustomization's patches of these resources: the files to leave out, and inline ones, named. */
function kustomizePatches(text: string, file: string, patchFiles: Map<string, string>, unchecked: Unchecked[]): void {
  let doc: unknown
  try {
    doc = parse(text, { maxAliasCount: 100 })
  } catch {
    return
  }
  const k = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>
  const entries = [
    ...(Array.isArray(k.patchesStrategicMerge) ? k.patchesStrategicMerge.map((p) => (typeof p === 'string' ? { path: p } : { patch: p })) : []),
    ...(Array.isArray(k.patches) ? k.patches : []),
    ...(Array.isArray(k.patchesJson6902) ? k.patchesJson6902 : []),
  ] as { path?: unknown; patch?: unknown; target?: { kind?: unknown; name?: unknown } }[]
  for (const entry of entries) {
    const target = typeof entry?.target?.kind === 'string' ? entry.target.kind : undefined
    if (typeof entry?.path === 'string') {
      const path = besides(file, entry.path)
      if (path) patchFiles.set(path, target ? `${target}${typeof entry.target?.name === 'string' ? ` ${entry.target.name}` : ''}` : '')
    } else if (typeof entry?.patch === 'string' && (target ? /^(Cluster)?ExternalSecret$|^InfisicalSecret$/.test(target) : RESOURCE.test(entry.patch))) {
      unchecked.push({ at: file, what: `an inline kustomize patch of ${target ?? 'an ExternalSecret'}: not resolved` })
    }
  }
}

/** The references of the manifests a location names, relative to `cwd`, each read inside it. */
export async function scanManifests(include: string[], exclude: string[], deadline: number, cwd = process.cwd()): Promise<ManifestScan> {
  const listing = await listFiles(cwd, include, exclude)
  const unchecked: Unchecked[] = []
  const texts = new Map<string, string>()
  const { unread } = await readListed(
    listing,
    { cwd, maxBytes: MAX_MANIFEST_BYTES, deadline, late: "not read: the run's time limit was reached", wanted: (f) => YAML.test(f) },
    (file, text) => void texts.set(file, text),
  )
  const patchFiles = new Map<string, string>()
  for (const [file, text] of texts) if (KUSTOMIZATION.test(file)) kustomizePatches(text, file, patchFiles, unchecked)
  const references: Reference[] = []
  const stores: StoreManifest[] = []
  let resources = 0
  for (const [file, text] of texts) {
    if (KUSTOMIZATION.test(file)) continue
    if (patchFiles.has(file)) {
      const target = patchFiles.get(file)
      if (target || RESOURCE.test(text)) unchecked.push({ at: file, what: `a kustomize patch${target ? ` of ${target}` : ''}: not resolved` })
      continue
    }
    const parsed = parseManifests(text, file)
    references.push(...parsed.references)
    stores.push(...parsed.stores)
    unchecked.push(...parsed.unchecked)
    resources += parsed.resources
  }
  const placed: ManifestReference[] = []
  for (const ref of references) {
    const found = findStore(ref, stores)
    const wants = `${ref.resource} (${ref.at}) wants ${ref.key}${ref.property ? ` (property ${ref.property})` : ''}`
    const name = nameOnly(ref.key)
    if ('unaudited' in found) {
      unchecked.push({ at: ref.at, what: `${wants}: not checked, ${found.unaudited}` })
      continue
    }
    if ('unknown' in found) {
      placed.push({ at: ref.at, wants, unknownStore: found.unknown, name })
      continue
    }
    const storeRef = storeRefFor(ref, found.provider)
    if ('notChecked' in storeRef) {
      unchecked.push({ at: ref.at, what: `${ref.resource}: ${storeRef.notChecked}` })
      continue
    }
    placed.push({ at: ref.at, wants, store: { kind: found.provider.kind!, ...storeRef }, name })
  }
  return { references: placed, unchecked, unread, files: texts.size, resources }
}

/** The store a reference's `secretStoreRef` names, among the manifests; or why it cannot be told. */
function findStore(ref: Reference, stores: StoreManifest[]): { provider: StoreManifest['provider'] } | { unknown: string } | { unaudited: string } {
  if (ref.own) return { provider: ref.own }
  if (!ref.storeRef) return { unknown: 'it names no secretStoreRef' }
  const { name, kind } = ref.storeRef
  const named = stores.filter((s) => s.kind === kind && s.name === name)
  // A SecretStore serves its own namespace; one without a namespace (kustomize sets it later) matches by name when alone.
  const inNamespace = kind === 'SecretStore' ? named.filter((s) => s.namespace === ref.namespace) : named
  const store = inNamespace.length === 1 ? inNamespace[0] : kind === 'SecretStore' && named.length === 1 ? named[0] : undefined
  if (!store) return { unknown: named.length > 1 ? `${named.length} ${kind} manifests are named ${name}` : `the ${kind} ${name} is not among the manifests` }
  if (!store.provider.kind) return { unaudited: `the ${kind} ${name} uses ${store.provider.provider}, a store this audit does not read` }
  return { provider: store.provider }
}

export class K8sSource implements Source {
  constructor(
    private readonly settings: K8sSettings,
    private readonly ports: Ports,
  ) {}

  async read(options: SourceOptions): Promise<Inventory> {
    const contracts: ContractInventory[] = []
    const deadline = Date.now() + this.settings.runTimeoutMs
    for (const location of options.locations ?? []) {
      const parsed = parseK8sLocation(location)
      if ('expected' in parsed) throw new FatalError(`k8s:${location}: expected ${parsed.expected}`)
      let scan: ManifestScan
      try {
        scan = await scanManifests(parsed.include, parsed.exclude, deadline)
      } catch (err) {
        const code = (err as { code?: string }).code
        throw new FatalError(`k8s:${location}: the manifests could not be read${code && /^E[A-Z]+$/.test(code) ? ` (${code})` : ''}`)
      }
      // A column that reads nothing checks nothing: a pull-request check must not pass on a typo.
      if (scan.files === 0 && scan.unread.length === 0) {
        throw new FatalError(`k8s:${location}: the glob matches no YAML file in the checkout: the column would check nothing`)
      }
      const unchecked: DynamicAt[] = scan.unchecked.map((u) => ({ at: u.at, via: u.what }))
      this.ports.logger.info(
        `k8s:${location}: ${plural(scan.references.length, 'remote key')} in ${plural(scan.resources, 'resource')} of ${plural(scan.files, 'file')}${unchecked.length ? `; ${unchecked.length} not checkable key by key` : ''}${scan.unread.length ? `; ${plural(scan.unread.length, 'file')} not read` : ''}`,
      )
      const label = location.replace(/\?env=.*$/, '')
      contracts.push({
        slug: location,
        role: 'wants',
        label,
        keys: [],
        references: scan.references,
        ...(parsed.env ? { scope: parsed.env } : {}),
        ...(scan.unread.length ? { unread: scan.unread } : {}),
        ...(unchecked.length ? { dynamic: unchecked.slice(0, 50), dynamicCount: unchecked.length } : {}),
      })
    }
    return { source: { kind: 'k8s', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts }
  }
}
