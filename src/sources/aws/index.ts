/**
 * AWS Secrets Manager (`aws-sm:PREFIX`) and SSM Parameter Store
 * (`aws-ssm:/PATH`) columns. No options of their own: credentials, region and
 * endpoint come from the AWS SDK's standard chain (AWS_REGION,
 * AWS_ENDPOINT_URL, what aws-actions/configure-aws-credentials sets). The SDK
 * and the listing code load only when a run reads such a column.
 */
import type { NetworkSettings } from '../source.js'
import { defineStore } from '../store.js'
import { awsIdentity, awsLocation, formatAwsLocation, nameUnder, type AwsKind, type AwsLocation } from './location.js'

/** Where a named secret sits among a column's rows, placed as the listing places it. */
const placed = (kind: AwsKind, name: string, location: AwsLocation) => {
  const rest = nameUnder(kind, name, location)
  return rest === undefined ? undefined : awsIdentity(rest)
}

const shared = {
  options: {},
  defaultPathPrefix: '/',
  format: formatAwsLocation,
  settings: (_reader: unknown, _location: string | undefined, network: NetworkSettings) => network,
  credentials: () => [],
}

export const secretsManagerProvider = defineStore<NetworkSettings, AwsLocation>({
  kind: 'aws-sm',
  tracksAccess: true,
  usage: 'aws-sm:PREFIX',
  location: (text) => awsLocation('secrets-manager', text),
  identityOf: (location, { name }) => placed('secrets-manager', name, location),
  ...shared,
  open: async (settings, ports) => (await import('./secrets-manager.js')).secretsManagerSource(settings, ports),
})

export const ssmProvider = defineStore<NetworkSettings, AwsLocation>({
  kind: 'aws-ssm',
  usage: 'aws-ssm:/PATH',
  location: (text) => awsLocation('ssm', text),
  identityOf: (location, { name }) => placed('ssm', name, location),
  ...shared,
  open: async (settings, ports) => (await import('./ssm.js')).ssmSource(settings, ports),
})
