/**
 * AWS column locations: `aws-sm:PREFIX` and `aws-ssm:/PATH`, each with an
 * optional `?region=R&profile=P` for a column in another region or account
 * (a profile of the shared AWS config). Pure: a column is checked and parsed
 * with it before any SDK loads.
 */
import { normalizePath } from '../../audit/inventory.js'

export interface AwsLocation {
  /** Secrets Manager: a name prefix used exactly as given (`prod/`, or '' for every secret). SSM: a path (`/prod`, `/`). */
  prefix: string
  region?: string
  profile?: string
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const PROFILE = /^[A-Za-z0-9_.+@-]{1,64}$/
// Secrets Manager names: letters, digits and /_+=.@- (the API reference's CreateSecret Name).
const SM_PREFIX = /^[A-Za-z0-9/_+=.@-]*$/
// Parameter names: letters, digits and _.-, with / between levels.
const SSM_PATH = /^\/[A-Za-z0-9_./-]*$/

export type AwsKind = 'secrets-manager' | 'ssm'

/** The location parsed and normalized, or what was expected. */
export function awsLocation(kind: AwsKind, text: string): { location: AwsLocation } | { expected: string } {
  const q = text.indexOf('?')
  const path = q < 0 ? text : text.slice(0, q)
  const options = new URLSearchParams(q < 0 ? '' : text.slice(q + 1))
  const unknown = [...options.keys()].filter((k) => k !== 'region' && k !== 'profile')
  if (unknown.length)
    return { expected: `only ?region= and ?profile= after the ${kind === 'ssm' ? 'path' : 'prefix'}, not ${unknown.map((k) => `"${k}"`).join(', ')}` }
  const region = options.get('region') ?? undefined
  const profile = options.get('profile') ?? undefined
  if (region !== undefined && !REGION.test(region)) return { expected: 'a region such as ?region=eu-west-1' }
  if (profile !== undefined && !PROFILE.test(profile)) return { expected: 'a profile name of letters, digits and _.+@-' }
  let prefix: string
  if (kind === 'ssm') {
    if (!SSM_PATH.test(path) || path.split('/').some((s) => s === '.' || s === '..')) {
      return { expected: 'a parameter path that starts with / such as /prod/app (letters, digits, _ . - and /)' }
    }
    prefix = `/${path.split('/').filter(Boolean).join('/')}`
  } else {
    if (!SM_PREFIX.test(path)) return { expected: 'a name prefix such as prod/ (letters, digits and /_+=.@-)' }
    prefix = path
  }
  return { location: { prefix, ...(region ? { region } : {}), ...(profile ? { profile } : {}) } }
}

/** The part of a secret's name under a column's location, or undefined when it is not under it. */
export function nameUnder(kind: AwsKind, name: string, location: AwsLocation): string | undefined {
  if (kind === 'secrets-manager') return name.startsWith(location.prefix) ? name.slice(location.prefix.length) : undefined
  // Under `/prod` means `/prod/…`, never `/production`; under `/` is every parameter.
  return location.prefix === '/' ? name : name.startsWith(`${location.prefix}/`) ? name.slice(location.prefix.length) : undefined
}

/** A name under the location as a row: its last `/` part is the key, the rest the folder. */
export function awsIdentity(rest: string): { path: string; key: string } | undefined {
  const parts = rest.split('/').filter(Boolean)
  const key = parts.pop()
  return key ? { path: normalizePath(parts.join('/')), key } : undefined
}

export function formatAwsLocation(l: AwsLocation): string {
  const query = [l.region && `region=${l.region}`, l.profile && `profile=${l.profile}`].filter(Boolean).join('&')
  return query ? `${l.prefix}?${query}` : l.prefix
}
