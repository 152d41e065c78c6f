/**
 * `aws-ssm:/PATH`: one DescribeParameters per column with a recursive Path
 * filter (50 a page, the most it allows; SSM may answer an empty page that
 * still has a NextToken). DescribeParameters answers metadata only; this file
 * never imports a value-reading command.
 */
import { DescribeParametersCommand, SSMClient, type ParameterInlinePolicy, type ParameterMetadata } from '@aws-sdk/client-ssm'
import { joinPath } from '../../audit/inventory.js'
import { nameUnder } from './location.js'
import type { Ports } from '../../core/ports.js'
import { z } from '../../core/schema.js'
import type { NetworkSettings } from '../source.js'
import { AwsSource, isoOf, type AwsService, type Listed } from './source.js'

// An Expiration policy's text (Systems Manager user guide, "Assigning parameter policies").
const expirationSchema = z.object({ Type: z.literal('Expiration'), Attributes: z.object({ Timestamp: z.string() }) })

/** The Expiration policy's date; ExpirationNotification and NoChangeNotification are reminders, not expiry. */
export function expirationOf(policies: ParameterInlinePolicy[] | undefined): string | undefined {
  for (const policy of policies ?? []) {
    if (policy.PolicyType !== 'Expiration' || !policy.PolicyText) continue
    try {
      const parsed = expirationSchema.safeParse(JSON.parse(policy.PolicyText))
      if (parsed.success) return parsed.data.Attributes.Timestamp
    } catch {
      /* not JSON: no date */
    }
  }
  return undefined
}

export function listedParameter(p: ParameterMetadata): Listed[] {
  if (!p.Name) return []
  const updatedAt = isoOf(p.LastModifiedDate)
  const expiresAt = expirationOf(p.Policies)
  return [
    {
      name: p.Name,
      meta: {
        ...(typeof p.Version === 'number' ? { version: p.Version } : {}),
        ...(updatedAt ? { updatedAt } : {}),
        ...(expiresAt ? { expiresAt } : {}),
      },
    },
  ]
}

export const ssm: AwsService<SSMClient> = {
  kind: 'aws-ssm',
  title: 'AWS SSM Parameter Store',
  permission: 'ssm:DescribeParameters',
  newClient: (config) => new SSMClient({ ...config, maxAttempts: 1 }),
  filter: (location, pathPrefix) => joinPath(location.prefix, pathPrefix),
  under: (name, location) => nameUnder('ssm', name, location),
  async page(client, filter, next, signal) {
    const out = await client.send(
      new DescribeParametersCommand({
        ...(filter !== '/' ? { ParameterFilters: [{ Key: 'Path', Option: 'Recursive', Values: [filter] }] } : {}),
        MaxResults: 50,
        ...(next ? { NextToken: next } : {}),
      }),
      { abortSignal: signal },
    )
    return { entries: (out.Parameters ?? []).flatMap(listedParameter), ...(out.NextToken ? { next: out.NextToken } : {}) }
  },
}

export const ssmSource = (settings: NetworkSettings, ports: Ports) => new AwsSource(ssm, settings, ports)
