/**
 * AWS Secrets Manager (`aws-sm:PREFIX`) and SSM Parameter Store
 * (`aws-ssm:/PATH`) columns. No options of their own: credentials, region and
 * endpoint come from the AWS SDK's standard chain (AWS_REGION,
 * AWS_ENDPOINT_URL, what aws-actions/configure-aws-credentials sets). The SDK
 * and the listing code load only when a run reads such a column.
 */
import type { NetworkSettings } from '../source.js'
import { defineStore } from '../store.js'
import { awsLocation, formatAwsLocation, type AwsLocation } from './location.js'

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
  ...shared,
  open: async (settings, ports) => (await import('./secrets-manager.js')).secretsManagerSource(settings, ports),
})

export const ssmProvider = defineStore<NetworkSettings, AwsLocation>({
  kind: 'aws-ssm',
  usage: 'aws-ssm:/PATH',
  location: (text) => awsLocation('ssm', text),
  ...shared,
  open: async (settings, ports) => (await import('./ssm.js')).ssmSource(settings, ports),
})
