/**
 * The Report: what audit() returns and every renderer reads. Plain data; its
 * JSON form is the documented, versioned snapshot (see README "JSON schema").
 */
import type { NameMatching } from '../core/policy.js'
import type { ContractRole, SourceInfo } from './inventory.js'

export const SCHEMA_VERSION = 1

/**
 * present: usable (version and updatedAt where the store has them).
 * absent: not there, or listed but deleted / scheduled for deletion / without an enabled version (`reason`).
 * disabled: there but switched off: never healthy presence.
 * unreadable: the environment could not be read.
 */
export type Cell =
  | { state: 'present'; version?: number | string; updatedAt?: string; via?: string }
  | { state: 'absent'; reason?: string }
  | { state: 'disabled'; reason?: string }
  | { state: 'unreadable' }

/**
 * ok: present wherever expected and nowhere else.
 * missing: absent from an environment that should hold it (drift).
 * unexpected: present where it should not be, e.g. a prod-only account token copied to staging (drift).
 * by-design: asymmetric, and the policy says so.
 * incomplete: an audited environment could not be read; never counted as drift.
 */
export type RowStatus = 'ok' | 'missing' | 'unexpected' | 'by-design' | 'incomplete'

export interface Row {
  path: string
  key: string
  /** By environment slug, for every audited environment. */
  cells: Record<string, Cell>
  status: RowStatus
  /** Environments the policy expects this secret in. */
  expected: string[]
  /** The policy class that decided `expected` ("custom" for a rule with its own list). */
  class: string
  missingIn: string[]
  unexpectedIn: string[]
  reason?: string
  owner?: string
  /** What the runbook says to do, on drift rows. */
  remediation?: string
  /** Drift of a key the contract asks for: who asks and where it is missing ("NEW_KEY is used at src/x.ts:3 and declared nowhere; missing in prod"). */
  ask?: string
  /** E.g. "exception expired on 2027-01-31". */
  note?: string
  /** On drift rows: the UTC day this row was first seen drifting, carried forward from snapshot to snapshot. */
  firstSeen?: string
  /** With `names: loose`: each environment's own name for the secret where it differs from `key` (`jwt-secret`). */
  names?: Record<string, string>
  /** By contract column: where it declares or first uses this key (`.env.example:4`, `src/app.ts:12`). */
  declared?: Record<string, string>
  /** The policy file's line of the rule that placed it, when a rule did. */
  ruleLine?: number
  /** Who owns it, as mentions (`@org/team`, `slack:S123`): the policy's `owners:`, a rule's `owner:` that is one, else CODEOWNERS of its contract file. */
  owners?: string[]
}

/** A contract column as the report shows it: before the store columns. */
export interface ContractSummary {
  slug: string
  location?: string
  role: ContractRole
  label: string
  keys: number
  /** Files that could not be read: the contract is incomplete. */
  unread?: { file: string; reason: string }[]
  /** A declaring file's keys listed as commented lines (`# KEY=`): optional, not in `keys`. */
  optional?: number
  /** Keys it named that the policy's contract.ignore left out. */
  ignored?: string[]
  /** Reads whose key is not a literal (the first ones; `dynamicCount` all): the contract may be incomplete. */
  dynamic?: { at: string; via: string }[]
  dynamicCount?: number
  /** Keys only ever written, never read: not counted. */
  writes?: { key: string; at: string }[]
  /** The store columns it speaks for (a manifests column ending `?env=prod`). */
  scope?: string[]
  /** Manifest references matched by name only, and why. */
  byName?: { at: string; via: string }[]
}

/**
 * Contract hygiene (not drift): undeclared, in a store but declared and used nowhere; undocumented, read by the code
 * but in no declaring file; ambiguous, a contract key that sits in two folders of one store column; optional, a key a
 * declaring file lists as a commented line (`# KEY=`) that no store holds.
 */
export interface ContractFinding {
  kind: 'undeclared' | 'undocumented' | 'ambiguous' | 'optional'
  key: string
  /** undeclared: the row's path; ambiguous: the paths it sits at. */
  path?: string
  paths?: string[]
  /** undeclared: the columns holding it; ambiguous: the column holding it twice. */
  envs?: string[]
  /** undocumented: where the code first reads it; optional: where it is declared. */
  at?: string
}

/** A stored secret nothing references and the store says is unused: to review, never drift. */
export interface UnusedCandidate {
  path: string
  key: string
  /** `unused`: a store that tracks reads says not read; `weak`: no access signal, only no change for as long. */
  strength: 'unused' | 'weak'
  envs: string[]
  /** The signals it had, in words: "referenced by no contract column", "prod: never read". */
  signals: string[]
}

/** A policy exception that excused nothing for `staleAfterDays`: where it is, and the last day it did excuse something. */
export interface StaleException {
  kind: 'rule' | 'class' | 'ignore'
  /** `rule STRIPE_*`, `class edge`, `contract.ignore OTEL_*`. */
  what: string
  file: string
  line: number
  lastExcused?: string
}

export interface SkewFinding {
  path: string
  key: string
  /** Highest and lowest version among the environments holding the secret. */
  version?: { newest: string; newestVersion: number; oldest: string; oldestVersion: number; gap: number }
  /** Days between the most recent and the stalest change. */
  lag?: { newest: string; stalest: string; days: number }
}

export type ExpiryStatus =
  | 'expired'
  | 'expiring'
  | 'malformed'
  | 'orphan'
  | 'missing-companion'
  | 'companion-missing-here'
  /** The companion exists but its date could not be read (no permission, or not in the inventory). */
  | 'unknown'

export interface ExpiryFinding {
  path: string
  /** The base key (without the companion suffix). */
  key: string
  env: string
  status: ExpiryStatus
  /** The parsed expiry instant (ISO 8601), when it parsed. */
  expiresAt?: string
  /** UTC calendar days from the audit's day to the expiry's day; negative once past. */
  daysLeft?: number
}

/** Rotation overdue: older than the policy's maxAgeDays, or past the store's own next rotation date. */
export interface RotationFinding {
  path: string
  key: string
  env: string
  updatedAt?: string
  /** UTC calendar days since the last change. */
  ageDays?: number
  /** The policy's limit, when that is what was exceeded. */
  maxAgeDays?: number
  /** The store's next rotation date (ISO 8601), when that is what passed. */
  dueAt?: string
}

export interface FolderFinding {
  env: string
  folder: string
  /** missing: the source confirmed the folder does not exist; empty: it holds no secrets here (existence unknown or empty). */
  kind: 'missing' | 'empty'
  isPrefix: boolean
  /** Drift rows under the folder that are missing in this environment. */
  missingRows: number
}

export interface PolicyFinding {
  kind: 'unused-rule' | 'account-wide-absent-from-prod' | 'expired-exception'
  detail: string
}

export interface EnvironmentSummary {
  slug: string
  name?: string
  /** Where the column reads (`KIND:LOCATION`), when configured as `NAME=KIND:LOCATION`. */
  location?: string
  status: 'ok' | 'unreadable'
  reason?: string
  /** Parts of a readable environment that could not be read. */
  unreadablePaths?: { path: string; subtree: boolean; reason: string }[]
  /** Secrets listed (companions included); absent when unreadable. */
  secretCount?: number
}

export interface Counts {
  rows: number
  drift: number
  missing: number
  unexpected: number
  byDesign: number
  incomplete: number
  skew: number
  /** Expired + expiring companions. */
  expiring: number
  expired: number
  unreadable: number
  /** Folders or sub-trees of readable environments that could not be read. */
  unreadablePaths: number
  /** Contract files that could not be read (too large, outside the checkout, out of time). */
  unreadFiles: number
  rotationOverdue: number
  /** Contract hygiene: in a store, declared nowhere (0 without contract columns). */
  undeclared: number
  /** Contract hygiene: read by the code, in no declaring file (0 without both kinds of contract column). */
  undocumented: number
  /** Drift rows not drifting in the previous snapshot (all drift rows without one). */
  newDrift: number
  /** Drift rows of the previous snapshot that no longer drift (0 without one). */
  resolvedDrift: number
  /** Policy exceptions that excused nothing for staleAfterDays. */
  staleExceptions: number
  /** Unused candidates (0 without contract columns). */
  unused: number
}

export interface DriftRef {
  path: string
  key: string
  status: 'missing' | 'unexpected'
}

/** Earlier drift this run could not verify (its environment unreadable), kept with the day it was first seen. */
export interface CarriedDrift extends DriftRef {
  firstSeen: string
}

/** What changed since the previous snapshot; absent when there was none to compare with. */
export interface History {
  previous: { location: string; generatedAt: string }
  newDrift: DriftRef[]
  /** With the day each was first seen drifting: what time to fix is measured from. */
  resolvedDrift: (DriftRef & { firstSeen: string })[]
  persistingDrift: (DriftRef & { firstSeen: string; ageDays: number })[]
  /** Previous drift rows whose environment could not be read now: neither resolved nor persisting. */
  unverifiable: number
  newSkew: { path: string; key: string }[]
  newlyExpiring: { path: string; key: string; env: string; status: ExpiryStatus }[]
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  generatedAt: string
  source: SourceInfo
  /** Every store, in column order, when the columns name more than one. */
  sources?: SourceInfo[]
  pathPrefix: string
  policy: { origin: string; versionGap: number; lagDays: number; warnDays: number; suffix: string; names: NameMatching }
  environments: EnvironmentSummary[]
  /** Contract columns, shown before the store columns; absent when none is configured. */
  contracts?: ContractSummary[]
  counts: Counts
  rows: Row[]
  skew: SkewFinding[]
  expiry: ExpiryFinding[]
  rotation: RotationFinding[]
  folders: FolderFinding[]
  policyFindings: PolicyFinding[]
  /** Contract hygiene; absent without contract columns. */
  contractFindings?: ContractFinding[]
  /** Stored secrets nothing references and the store says are unused; absent without contract columns. */
  unusedCandidates?: UnusedCandidate[]
  /** Exceptions of the policy file that excused nothing (absent with the built-in policy). */
  staleExceptions?: StaleException[]
  /** By exception id, the last day each excused something: what the next night's history reads. */
  exceptionsExcused?: Record<string, string>
  /** Earlier drift not verifiable this run, carried to the next snapshot. */
  carriedDrift: CarriedDrift[]
  history?: History
  /** Set when earlier snapshots exist but none could be read: nothing is reported as new. */
  historyUnavailable?: string
  /** Drift over the last nights and time to fix, from the earlier snapshots; absent when trend-nights is 0. */
  trend?: Trend
}

/** One night of the trend: its drift, and what was new and resolved that night. */
export interface TrendNight {
  day: string
  drift: number
  newDrift: number
  resolvedDrift: number
}

/** A drift resolved: from the day it was first seen to the day it no longer drifted. */
export interface Fix extends DriftRef {
  firstSeen: string
  resolvedOn: string
}

export interface Trend {
  /** The nights the chart covers, this one included. */
  nights: number
  /** Nights with a readable snapshot, oldest first; this run's is the last. */
  points: TrendNight[]
  /** Nights of the window with no readable snapshot (none committed, or skipped): gaps, never zeros. */
  gaps: string[]
  /** Earlier snapshots of the window that were read and not used: unreadable or malformed, or of an older format. */
  skipped: { unreadable: number; olderFormat: number }
  /** Days from first seen to resolved, over the drift resolved in the last `windowDays`. */
  timeToFix: { windowDays: number; fixes: number; medianDays?: number; p90Days?: number }
  /** The drift open longest, by the day it was first seen. */
  oldestOpen?: DriftRef & { firstSeen: string; ageDays: number }
  /** The drift resolved in the last `windowDays`: what the next night's time to fix reads. */
  fixed: Fix[]
}

export const isDrift = (row: Row): boolean => row.status === 'missing' || row.status === 'unexpected'
