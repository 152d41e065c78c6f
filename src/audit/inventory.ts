/**
 * The Inventory: what a Source hands to audit(). Plain data, metadata only.
 * A secret value never enters it; the one exception is the text of an expiry
 * companion (`KEY__EXPIRES_AT`), which holds a date.
 */

/** Listed, but not usable: switched off (`disabled`), or deleted, scheduled for deletion or without an enabled version (`absent`). */
export interface Unusable {
  state: 'disabled' | 'absent'
  /** Why, in a few words ("scheduled for deletion"); never a value. */
  reason: string
}

export interface SecretMeta {
  /** Absolute folder path, e.g. `/MooseQuest/heroku`; the root folder is `/`. */
  path: string
  key: string
  /** A counter (Infisical, Vault, SSM) or an opaque id (a UUID); absent where the store has none. */
  version?: number | string
  /** ISO 8601 timestamp of the last change; absent where the store has none. */
  updatedAt?: string
  /** On an expiry companion: its date text, as stored. On any other secret: the store's native expiry. */
  expiresAt?: string
  /** The store's next rotation date while rotation is on (ISO 8601): past it, rotation is overdue. */
  rotationDue?: string
  /** Set when the store lists the secret but it cannot be used. */
  unusable?: Unusable
  /** Present through an import (Infisical secret imports): where from, e.g. `prod:/shared`. */
  via?: string
  /** When the store last served the value (AWS Secrets Manager's LastAccessedDate); absent where it tracks no access, or never served it. */
  lastAccessedAt?: string
}

/** A part of a readable environment the source could not read: a folder, or a folder and everything under it. */
export interface UnreadablePath {
  path: string
  /** The folder and every folder under it (a denied sub-tree), or the folder alone (an import that could not be read). */
  subtree: boolean
  /** Why, in fixed words; never a server's text. */
  reason: string
}

/** Whether an unreadable path covers a secret at `path`. */
export const covers = (u: UnreadablePath, path: string): boolean => u.path === path || (u.subtree && (u.path === '/' || path.startsWith(`${u.path}/`)))

export interface ReadableEnvironment {
  /** The column's name. */
  slug: string
  /** A store of GitHub Actions secrets: what a workflow's `${{ secrets.X }}` is held against. */
  workflowSecrets?: true
  name?: string
  /** Where the column reads, as configured (`KIND:LOCATION`); absent for an environment of the one store. */
  location?: string
  /** The store tracks when each secret was last read (`lastAccessedAt`; its absence means never): a usage signal. */
  tracksAccess?: true
  status: 'ok'
  secrets: SecretMeta[]
  /** Folders the source confirmed do not exist in this environment (absolute paths). */
  missingFolders?: string[]
  /** Parts the source could not read: a secret absent there is unknown, never missing. */
  unreadablePaths?: UnreadablePath[]
}

export interface UnreadableEnvironment {
  /** The column's name. */
  slug: string
  /** A store of GitHub Actions secrets: what a workflow's `${{ secrets.X }}` is held against. */
  workflowSecrets?: true
  name?: string
  location?: string
  status: 'unreadable'
  /** Why the environment could not be read; never a secret value. */
  reason: string
}

export type EnvironmentInventory = ReadableEnvironment | UnreadableEnvironment

export interface SourceInfo {
  kind: string
  /** Infisical host, or the inventory file's path. */
  location: string
  projectId?: string
  projectName?: string
}

/** A contract column's word for a row: who declares or uses the key, and where. */
export interface Declaration {
  slug: string
  role: ContractRole
  label: string
  at: string
  /** A manifest's words for it: "ExternalSecret payments/stripe (deploy/prod/stripe.yaml:14) wants STRIPE_SECRET_KEY". */
  wants?: string
}

/** `declares`: a dotenv file's keys; `uses`: the keys the code reads; `wants`: the keys Kubernetes manifests ask a store for. */
export type ContractRole = 'declares' | 'uses' | 'wants'

/** One key of a contract column, and where it is declared or first read (`.env.example:4`, `src/app.ts:12`). */
export interface ContractKey {
  key: string
  at: string
  /** Declared as a commented line (`# KEY=`) of a dotenv file: known, and needed by no environment. */
  optional?: true
  /** Read only as `${{ secrets.X }}` in a workflow: held against a github-secrets column, never a dotenv file. */
  workflow?: true
  /** The folder of the one row it names, when its store placed it (a manifest's remote key); absent: any row of that key. */
  path?: string
  /** A manifest's words for it, for the drift text. */
  wants?: string
  /** The columns that must hold it, whatever the policy expects: a column scoped `?env=`, the environment a manifest names. */
  wantedIn?: string[]
}

/**
 * A remote key a Kubernetes manifest asks for, before it is placed among the
 * store columns' rows (sources/ places it once every column is read; the
 * audit sees keys only).
 */
export interface ManifestReference {
  at: string
  wants: string
  /** The store kind the manifests name, and the secret as that store names it. */
  store?: { kind: string; name: string; scope?: string }
  /** Why the store could not be told: the key is then matched by name, and the report says so. */
  unknownStore?: string
  /** The name matched by when the store is not told or the name is not under any of its columns. */
  name: string
}

/** A read whose key is not a literal (`process.env[name]`), where and through what. */
export interface DynamicAt {
  at: string
  via: string
}

/**
 * A contract column: the keys the repository itself says must exist, without
 * values or folders. `declares`: a dotenv file's keys (`.env.example`);
 * `uses`: the keys the code reads.
 */
export interface ContractInventory {
  /** The column's name. */
  slug: string
  /** As configured: the column's KIND:LOCATION. */
  location?: string
  role: ContractRole
  /** What declares or uses them, for messages: `.env.example`, `src/**`. */
  label: string
  keys: ContractKey[]
  /** Files that could not be read: the keys they hold are unknown, so the contract is incomplete. */
  unread?: UnreadFile[]
  /** Reads whose key is not a literal (the first ones; `dynamicCount` all of them): the contract may be incomplete. */
  dynamic?: DynamicAt[]
  dynamicCount?: number
  /** Keys only ever written (`process.env.X = …`, `os.environ["X"] = …`): not reads, not counted. */
  writes?: ContractKey[]
  /** The store columns the contract speaks for (a manifests column ending `?env=prod`); absent: every one. */
  scope?: string[]
  /** Manifest references still to place (sources/ turns them into keys). */
  references?: ManifestReference[]
  /** References matched by name only, and why (the store could not be told, or the name is under none of its columns). */
  byName?: DynamicAt[]
}

/** A contract file not read, and why in fixed words (too large, outside the checkout, out of time). */
export interface UnreadFile {
  file: string
  reason: string
}

export interface Inventory {
  /** The store of the first column. */
  source: SourceInfo
  /** Every store, in column order, when the columns name more than one. */
  sources?: SourceInfo[]
  pathPrefix: string
  /** In column order. */
  environments: EnvironmentInventory[]
  /** Contract columns, in column order; absent when none is configured. */
  contracts?: ContractInventory[]
}

/** The one key of a secret identity `(path, key)`: a NUL cannot occur in either part. */
export const identityKey = (path: string, key: string): string => `${path}\u0000${key}`

/** identityKey of anything carrying a path and a key (rows, findings). */
export const identityOf = (x: { path: string; key: string }): string => identityKey(x.path, x.key)

/** `/MooseQuest/` and `MooseQuest` both become `/MooseQuest`; `/` stays `/`. */
export function normalizePath(path: string): string {
  const trimmed = path.trim().replace(/\/+/g, '/').replace(/\/$/, '')
  if (trimmed === '') return '/'
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

export function parentPath(path: string): string {
  const cut = path.lastIndexOf('/')
  return cut <= 0 ? '/' : path.slice(0, cut)
}

export function joinPath(parent: string, child: string): string {
  return normalizePath(`${parent}/${child}`)
}

/** The folder itself and every ancestor down to (and including) `prefix`. */
function foldersUpTo(path: string, prefix: string): string[] {
  const out: string[] = []
  let current = path
  for (;;) {
    out.push(current)
    if (current === prefix || current === '/') break
    current = parentPath(current)
  }
  return out
}

/**
 * For each readable environment, the topmost folders under the prefix that
 * hold secrets in another readable environment but none here: the places
 * where "a folder may be missing" (runbook failure mode C). An environment
 * with no secrets at all while others have some gets the prefix itself.
 */
export function folderGaps(inventory: Inventory): Map<string, string[]> {
  const prefix = normalizePath(inventory.pathPrefix)
  const populated = new Map<string, Set<string>>()
  for (const env of inventory.environments) {
    if (env.status !== 'ok') continue
    const folders = new Set<string>()
    // Secrets share a few hundred folders: walk each folder's ancestry once.
    for (const path of new Set(env.secrets.map((s) => s.path))) {
      for (const folder of foldersUpTo(path, prefix)) folders.add(folder)
    }
    populated.set(env.slug, folders)
  }
  const gaps = new Map<string, string[]>()
  for (const [slug, own] of populated) {
    const elsewhere = new Set<string>()
    for (const [other, folders] of populated) {
      if (other !== slug) for (const f of folders) elsewhere.add(f)
    }
    let found: string[]
    if (own.size === 0) {
      found = elsewhere.size > 0 ? [prefix] : []
    } else {
      found = [...elsewhere].filter((f) => !own.has(f) && own.has(parentPath(f)))
    }
    if (found.length > 0) gaps.set(slug, found.sort())
  }
  return gaps
}
