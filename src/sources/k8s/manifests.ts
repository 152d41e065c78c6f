/**
 * Kubernetes manifests as a contract: what each ExternalSecret,
 * ClusterExternalSecret (External Secrets Operator) and InfisicalSecret
 * (Infisical's operator) asks its store for, and the SecretStore and
 * ClusterSecretStore manifests that say which store that is. Multi-document
 * YAML, no Helm: a value that is still a template, a `dataFrom` that takes
 * whatever a secret holds and a kustomize patch are named as not checkable,
 * never guessed. Pure: text in, references out; no value of a Secret is read
 * (these resources hold none).
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml'
import { joinPath, normalizePath } from '../../audit/inventory.js'
import type { StoreRef } from '../source.js'

/** A store as a SecretStore manifest says it: the audit's kind and what its names are relative to. */
export interface StoreProvider {
  /** The audit's store kind, or undefined for a provider it does not read (named in `provider`). */
  kind?: string
  provider: string
  /** Vault: the mount path names are under; Infisical: the secrets path. */
  path?: string
  /** Vault KV version (`v2` by default). */
  version?: string
  /** Infisical: the environment slug; Google: the project. */
  scope?: string
}

export interface StoreManifest {
  kind: 'SecretStore' | 'ClusterSecretStore'
  name: string
  namespace?: string
  provider: StoreProvider
}

export interface StoreRefInManifest {
  name: string
  kind: 'SecretStore' | 'ClusterSecretStore'
}

/** One remote key a resource asks for. */
export interface Reference {
  /** `ExternalSecret payments/stripe`: the resource, for the drift text. */
  resource: string
  namespace?: string
  at: string
  /** As written: `remoteRef.key`, or the key an InfisicalSecret's template reads. */
  key: string
  property?: string
  /** The store it names (ExternalSecret); absent for an InfisicalSecret, whose store is `own`. */
  storeRef?: StoreRefInManifest
  own?: StoreProvider
}

/** What the manifests ask for that cannot be checked key by key, with where. */
export interface Unchecked {
  at: string
  what: string
}

export interface Parsed {
  references: Reference[]
  stores: StoreManifest[]
  unchecked: Unchecked[]
  /** ExternalSecret, ClusterExternalSecret and InfisicalSecret resources seen. */
  resources: number
}

const ESO_PROVIDERS: Record<string, (spec: Record<string, unknown>) => StoreProvider> = {
  vault: (p) => ({ kind: 'vault', provider: 'vault', ...str('path', p.path), ...str('version', p.version) }),
  // OpenBao's KV is Vault's, and ESO addresses it the same way.
  openbao: (p) => ({ kind: 'vault', provider: 'openbao', ...str('path', p.path), ...str('version', p.version) }),
  aws: (p) => ({ kind: p.service === 'ParameterStore' ? 'aws-ssm' : 'aws-sm', provider: 'aws' }),
  gcpsm: (p) => ({ kind: 'gcp-sm', provider: 'gcpsm', ...str('scope', p.projectID) }),
  azurekv: () => ({ kind: 'azure-kv', provider: 'azurekv' }),
  infisical: (p) => {
    const scope = record(p.secretsScope)
    return { kind: 'infisical', provider: 'infisical', ...str('path', scope.secretsPath), ...str('scope', scope.environmentSlug) }
  },
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 1024 ? v : undefined)
const str = <K extends string>(name: K, v: unknown): Partial<Record<K, string>> => (text(v) ? ({ [name]: text(v) } as Record<K, string>) : {})
const isTemplate = (s: string) => s.includes('{{')
// eslint-disable-next-line no-control-regex
const USABLE = /^[^\u0000-\u001f\u007f]+$/
const dnsName = (v: unknown): string | undefined => (typeof v === 'string' && /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(v) ? v : undefined)
/** A template as the report names it: short, one line. */
const shown = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s).replace(/\s+/g, ' ')

const RESOURCE_KINDS = new Set(['ExternalSecret', 'ClusterExternalSecret', 'InfisicalSecret'])
const MENTIONS = /ExternalSecret|InfisicalSecret|SecretStore/

/** The references, stores and unchecked parts of one file's documents. */
export function parseManifests(source: string, file: string): Parsed {
  const out: Parsed = { references: [], stores: [], unchecked: [], resources: 0 }
  // A file that names none of these kinds (most of a deploy tree) is not parsed at all.
  if (!MENTIONS.test(source)) return out
  for (const part of documentParts(source)) {
    if (!MENTIONS.test(part.text)) continue
    // The parser's time and memory grow past linear with nesting (800 KB of `[` took 4 s and 800 MB): a fork's file
    // nested deeper than any manifest is named, not parsed.
    if (flowDepth(part.text) > MAX_FLOW_DEPTH) out.unchecked.push({ at: `${file}:${part.line}`, what: `nested deeper than ${MAX_FLOW_DEPTH} levels: not read` })
    else readPart(part.text, part.line - 1, file, out)
  }
  return out
}

const MAX_FLOW_DEPTH = 64

/** The deepest nesting of `[` and `{` outside quotes and comments, in one pass. */
export function flowDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = ''
      else if (c === '\n' && quote === "'") quote = ''
      continue
    }
    if (c === '"' || c === "'") quote = c
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      i = end < 0 ? text.length : end
    } else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth)
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1)
  }
  return deepest
}

/**
 * The file cut where a line starts with `---`: most documents of a deploy tree (Deployments, ConfigMaps) are then
 * never parsed. Each part keeps the line it starts on; the parser still reads any marker a part holds.
 */
function documentParts(source: string): { text: string; line: number }[] {
  const parts: { text: string; line: number }[] = []
  let start = 0
  let line = 1
  let counted = 0
  for (const marker of source.matchAll(/^---(?=\s|$)/gm)) {
    if (marker.index === 0) continue
    parts.push({ text: source.slice(start, marker.index), line })
    for (let i = counted; i < marker.index; i++) if (source.charCodeAt(i) === 10) line++
    counted = marker.index
    start = marker.index
  }
  parts.push({ text: source.slice(start), line })
  return parts
}

/** One part's documents, its lines counted from `lineBase`. */
function readPart(source: string, lineBase: number, file: string, out: Parsed): void {
  const lines = new LineCounter()
  let documents: Document.Parsed[]
  try {
    documents = parseAllDocuments(source, { lineCounter: lines, uniqueKeys: false }) as Document.Parsed[]
  } catch {
    documents = []
  }
  if (!Array.isArray(documents)) documents = []
  for (const doc of documents) {
    const lineOf = (path: (string | number)[]): number => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
      const offset = node?.range?.[0] ?? (doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0
      return lineBase + lines.linePos(offset).line
    }
    const at = (path: (string | number)[]) => `${file}:${lineOf(path)}`
    if (doc.errors.length) {
      // Helm's `{{- if … }}`, Jinja's `{% … %}` and friends are not YAML: the document is named, never half read.
      const template = /\{\{|\{%/.test(source)
      out.unchecked.push({ at: at([]), what: template ? 'a template the audit does not render (Helm, Jinja): not resolved' : 'not valid YAML: not read' })
      continue
    }
    // Only these kinds are turned into values: a Deployment or a ConfigMap beside them costs its parse alone.
    const kindOf = doc.get('kind')
    if (typeof kindOf !== 'string' || !(RESOURCE_KINDS.has(kindOf) || kindOf === 'SecretStore' || kindOf === 'ClusterSecretStore')) continue
    let value: unknown
    try {
      value = doc.toJS({ maxAliasCount: 100 })
    } catch {
      out.unchecked.push({ at: at([]), what: 'a document with too many aliases: not read' })
      continue
    }
    const manifest = record(value)
    const kind = manifest.kind
    const meta = record(manifest.metadata)
    // Kubernetes names are DNS labels; anything else is shown as invalid, never echoed.
    const name = dnsName(meta.name) ?? (meta.name === undefined ? '(unnamed)' : '(invalid name)')
    const namespace = dnsName(meta.namespace)
    const spec = record(manifest.spec)
    if (kind === 'SecretStore' || kind === 'ClusterSecretStore') {
      const providers = Object.entries(record(spec.provider))
      const [providerName, providerSpec] = providers[0] ?? ['(none)', {}]
      const provider = ESO_PROVIDERS[providerName]?.(record(providerSpec)) ?? { provider: providerName }
      out.stores.push({ kind, name, ...(namespace ? { namespace } : {}), provider })
      continue
    }
    if (typeof kind !== 'string' || !RESOURCE_KINDS.has(kind)) continue
    out.resources++
    const resource = `${kind} ${namespace ? `${namespace}/` : ''}${name}`
    if (kind === 'InfisicalSecret') {
      infisicalSecret(spec, resource, namespace, at, out)
      continue
    }
    const base = kind === 'ClusterExternalSecret' ? ['spec', 'externalSecretSpec'] : ['spec']
    const body = kind === 'ClusterExternalSecret' ? record(spec.externalSecretSpec) : spec
    const storeRef = storeRefOf(body.secretStoreRef)
    list(body.data).forEach((entry, i) => {
      const e = record(entry)
      const remote = record(e.remoteRef)
      const where = at([...base, 'data', i, 'remoteRef', 'key'])
      const source = record(e.sourceRef)
      if (source.generatorRef) {
        out.unchecked.push({ at: where, what: `${resource}: a generator, not a stored secret` })
        return
      }
      const key = text(remote.key)
      if (key && !USABLE.test(key)) {
        out.unchecked.push({ at: where, what: `${resource}: data[${i}] names a key no store could hold (a control character): not checked` })
        return
      }
      if (!key) {
        out.unchecked.push({ at: where, what: `${resource}: data[${i}] names no remoteRef.key` })
        return
      }
      const ref = source.storeRef ? storeRefOf(source.storeRef) : storeRef
      if (isTemplate(key) || (ref && isTemplate(ref.name))) {
        out.unchecked.push({ at: where, what: `${resource}: template ${shown(isTemplate(key) ? key : ref!.name)}: not resolved` })
        return
      }
      const property = text(remote.property)
      out.references.push({
        resource,
        ...(namespace ? { namespace } : {}),
        at: where,
        key,
        ...(property ? { property } : {}),
        ...(ref ? { storeRef: ref } : {}),
      })
    })
    list(body.dataFrom).forEach((entry, i) => {
      const e = record(entry)
      const where = at([...base, 'dataFrom', i])
      const extract = text(record(e.extract).key) ?? text(e.key)
      if (extract) out.unchecked.push({ at: where, what: `${resource}: dataFrom extract ${shown(extract)} takes every property: not checkable key by key` })
      else if (e.find) out.unchecked.push({ at: where, what: `${resource}: dataFrom find selects by name or tags: not checkable key by key` })
      else out.unchecked.push({ at: where, what: `${resource}: dataFrom[${i}]: not checkable key by key` })
    })
  }
}

function storeRefOf(v: unknown): StoreRefInManifest | undefined {
  const r = record(v)
  const name = text(r.name) && (isTemplate(text(r.name)!) ? text(r.name) : dnsName(r.name))
  if (!name) return undefined
  return { name, kind: r.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore' }
}

/**
 * Infisical's operator syncs a whole folder (`secretsScope`): the folder is
 * noted; the keys a managed secret's template reads (`{{ .KEY.Value }}`) are
 * references in that folder and environment.
 */
function infisicalSecret(
  spec: Record<string, unknown>,
  resource: string,
  namespace: string | undefined,
  at: (path: (string | number)[]) => string,
  out: Parsed,
): void {
  const auth = record(spec.authentication)
  const method = Object.keys(auth).find((m) => record(record(auth[m]).secretsScope).envSlug !== undefined)
  const scope = method ? record(record(auth[method]).secretsScope) : {}
  const env = text(scope.envSlug)
  const path = normalizePath(text(scope.secretsPath) ?? '/')
  const own: StoreProvider = { kind: 'infisical', provider: 'infisical', path, ...(env ? { scope: env } : {}) }
  out.unchecked.push({
    at: at(method ? ['spec', 'authentication', method, 'secretsScope'] : ['spec']),
    what: `${resource}: syncs every secret of ${env ?? '(no environment)'}:${path}: not checkable key by key`,
  })
  const managed = [record(spec.managedSecretReference), ...list(spec.managedKubeSecretReferences).map(record)]
  managed.forEach((m, i) => {
    const data = record(record(m.template).data)
    const where = at(i === 0 ? ['spec', 'managedSecretReference', 'template', 'data'] : ['spec', 'managedKubeSecretReferences', i - 1, 'template', 'data'])
    for (const template of Object.values(data)) {
      if (typeof template !== 'string') continue
      for (const match of template.matchAll(/\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_-]{0,199})\.Value\s*-?\}\}/g)) {
        out.references.push({ resource, ...(namespace ? { namespace } : {}), at: where, key: match[1]!, own })
      }
    }
  })
}

/**
 * A reference as its store names the secret, given the store the manifests say it uses. Vault: `MOUNT/PATH/KEY`
 * as External Secrets Operator builds it (the store's `path` as mount, `data/` of KV v2 left out); AWS, Azure and
 * Google: the secret's name (an AWS ARN read back to it); Infisical: `/FOLDER/KEY` under the store's secrets path.
 * `notChecked`: why the key names nothing the audit can hold it against (an Azure certificate, an ARN it cannot read).
 */
export function storeRefFor(ref: Reference, store: StoreProvider): StoreRef | { notChecked: string } {
  const scope = store.scope ? { scope: store.scope } : {}
  switch (store.kind) {
    case 'vault': {
      let key = ref.key.replace(/^\/+/, '')
      const v2 = (store.version ?? 'v2') === 'v2'
      if (store.path) {
        const mount = store.path.replace(/^\/+|\/+$/g, '')
        if (key.startsWith(`${mount}/`)) key = key.slice(mount.length + 1)
        if (v2 && key.startsWith('data/')) key = key.slice(5)
        return { name: `${mount}/${key}` }
      }
      // No mount given: ESO takes the part before `/data/` as the mount, else the first segment.
      const cut = v2 ? key.indexOf('/data/') : -1
      return { name: cut >= 0 ? `${key.slice(0, cut)}/${key.slice(cut + '/data/'.length)}` : key }
    }
    case 'azure-kv': {
      const [type, rest] = ref.key.includes('/') ? [ref.key.slice(0, ref.key.indexOf('/')), ref.key.slice(ref.key.indexOf('/') + 1)] : ['secret', ref.key]
      return type === 'secret' ? { name: rest } : { notChecked: `${ref.key} is an Azure ${type === 'cert' ? 'certificate' : type} object, not a secret` }
    }
    case 'aws-sm': {
      if (!ref.key.startsWith('arn:')) return { name: ref.key }
      // arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-XXXXXX (six characters AWS adds to the name).
      const m = /^arn:aws[a-z-]*:secretsmanager:[^:]*:[^:]*:secret:(.+)-[A-Za-z0-9]{6}$/.exec(ref.key)
      return m ? { name: m[1]! } : { notChecked: `${ref.key} is not a secret's full ARN` }
    }
    case 'aws-ssm': {
      if (!ref.key.startsWith('arn:')) return { name: ref.key }
      // arn:aws:ssm:REGION:ACCOUNT:parameter/prod/db is /prod/db; parameter/db is db (a name without levels).
      const m = /^arn:aws[a-z-]*:ssm:[^:]*:[^:]*:parameter\/(.+)$/.exec(ref.key)
      return m ? { name: m[1]!.includes('/') ? `/${m[1]}` : m[1]! } : { notChecked: `${ref.key} is not a parameter's ARN` }
    }
    case 'gcp-sm': {
      const m = /^projects\/([^/]+)\/secrets\/([^/]+)/.exec(ref.key)
      return m ? { name: m[2]!, scope: m[1]! } : { name: ref.key, ...scope }
    }
    case 'infisical':
      return { name: ref.key.startsWith('/') ? normalizePath(ref.key) : joinPath(store.path ?? '/', ref.key), ...scope }
    default:
      return { name: ref.key, ...scope }
  }
}

/** The name a reference is matched by when its store cannot be told: the last part of its key. */
export const nameOnly = (key: string): string => key.slice(key.replace(/\/+$/, '').lastIndexOf('/') + 1).replace(/\/+$/, '')
