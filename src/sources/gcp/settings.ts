/** Google Secret Manager columns: the option row, the settings and the location (`PROJECT[?label=KEY:VALUE]`). */
import { FatalError } from '../../core/errors.js'
import { isSafeEndpoint } from '../../net/loopback.js'
import { parseInput, valueOf, type Option, type OptionReader } from '../../options.js'
import { z } from '../../core/schema.js'
import type { NetworkSettings } from '../source.js'

export const GCP_OPTIONS = {
  endpoint: {
    input: 'gcp-secret-manager-endpoint',
    env: ['CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER'],
    default: '',
    help: "Secret Manager's address for `gcp-sm:` columns, as gcloud's own override names it: https, or plain http to loopback only (an emulator's `http://127.0.0.1:PORT/`). Empty: `https://secretmanager.googleapis.com/`.",
  },
} satisfies Record<string, Option>

export interface GcpSettings extends NetworkSettings {
  /** Ends in `/`. */
  endpoint: string
}

export const GCP_DEFAULT_ENDPOINT = 'https://secretmanager.googleapis.com/'

export function gcpSettings(reader: OptionReader, network: NetworkSettings): GcpSettings {
  const given = valueOf(reader, GCP_OPTIONS.endpoint)
  const endpoint = given
    ? parseInput(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as http://127.0.0.1:8085/' }), given, reader.nameOf(GCP_OPTIONS.endpoint))
    : GCP_DEFAULT_ENDPOINT
  // The bearer token goes to this address: plain http only to a local emulator.
  if (!isSafeEndpoint(endpoint))
    throw new FatalError(
      `Invalid ${reader.nameOf(GCP_OPTIONS.endpoint)}: expected an https:// URL; plain http only to 127.0.0.1, ::1 or localhost (an emulator), and no user name or password`,
    )
  return { ...network, endpoint: endpoint.replace(/\/*$/, '/') }
}

export interface GcpLocation {
  project: string
  label?: { key: string; value: string }
}

// Project ids (6–30 lowercase letters, digits, hyphens) or numbers; label keys and values as GCP allows them.
const PROJECT = /^([a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/
const LABEL = /^([a-z][a-z0-9_-]{0,62}):([a-z0-9_-]{0,63})$/

/** `PROJECT[?label=KEY:VALUE]` parsed, or what was expected. */
export function gcpLocation(text: string): { location: GcpLocation } | { expected: string } {
  const q = text.indexOf('?')
  const project = q < 0 ? text : text.slice(0, q)
  if (!PROJECT.test(project)) return { expected: 'a project id such as my-project-123 (or its number)' }
  if (q < 0) return { location: { project } }
  const options = new URLSearchParams(text.slice(q + 1))
  const keys = [...options.keys()]
  const label = LABEL.exec(options.get('label') ?? '')
  if (keys.length !== 1 || keys[0] !== 'label' || !label)
    return { expected: 'at most one ?label=KEY:VALUE after the project (lowercase letters, digits, _ and -)' }
  return { location: { project, label: { key: label[1]!, value: label[2]! } } }
}

export const formatGcpLocation = (l: GcpLocation): string => (l.label ? `${l.project}?label=${l.label.key}:${l.label.value}` : l.project)
