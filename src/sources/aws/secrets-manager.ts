/**
 * `aws-sm:PREFIX`: one ListSecrets per column with a name filter on the
 * prefix (100 a page, secrets scheduled for deletion included so they show as
 * absent with their reason). ListSecrets answers metadata only; this file never
 * imports a value-reading command.
 */
import { ListSecretsCommand, SecretsManagerClient, type SecretListEntry } from '@aws-sdk/client-secrets-manager'
import { nameUnder } from './location.js'
import type { Ports } from '../../core/ports.js'
import type { NetworkSettings } from '../source.js'
import { AwsSource, isoOf, type AwsService, type Listed } from './source.js'

/** The tag whose value is a secret's expiry date. */
export const EXPIRES_TAG = 'expires-at'

export function listedSecret(s: SecretListEntry): Listed[] {
  if (!s.Name) return []
  const updatedAt = isoOf(s.LastChangedDate)
  const expiresAt = s.Tags?.find((t) => t.Key?.toLowerCase() === EXPIRES_TAG)?.Value?.trim()
  // A NextRotationDate left behind by rotation that was switched off is not a due date.
  const rotationDue = s.RotationEnabled ? isoOf(s.NextRotationDate) : undefined
  // The day the value was last retrieved (AWS rounds it to the day); absent: never, as far as AWS tracks.
  const lastAccessedAt = isoOf(s.LastAccessedDate)
  return [
    {
      name: s.Name,
      meta: {
        ...(updatedAt ? { updatedAt } : {}),
        ...(expiresAt ? { expiresAt } : {}),
        ...(rotationDue ? { rotationDue } : {}),
        ...(lastAccessedAt ? { lastAccessedAt } : {}),
        ...(s.DeletedDate ? { unusable: { state: 'absent', reason: 'scheduled for deletion' } } : {}),
      },
    },
  ]
}

export const secretsManager: AwsService<SecretsManagerClient> = {
  kind: 'aws-sm',
  title: 'AWS Secrets Manager',
  permission: 'secretsmanager:ListSecrets',
  newClient: (config) => new SecretsManagerClient({ ...config, maxAttempts: 1 }),
  // A path prefix narrows the server's filter only where it extends the name at a `/`; elsewhere the client filters.
  filter: (location, pathPrefix) =>
    pathPrefix !== '/' && (location.prefix === '' || location.prefix.endsWith('/')) ? `${location.prefix}${pathPrefix.slice(1)}/` : location.prefix,
  under: (name, location) => nameUnder('secrets-manager', name, location),
  async page(client, filter, next, signal) {
    const out = await client.send(
      new ListSecretsCommand({
        ...(filter ? { Filters: [{ Key: 'name', Values: [filter] }] } : {}),
        IncludePlannedDeletion: true,
        MaxResults: 100,
        ...(next ? { NextToken: next } : {}),
      }),
      { abortSignal: signal },
    )
    return { entries: (out.SecretList ?? []).flatMap(listedSecret), ...(out.NextToken ? { next: out.NextToken } : {}) }
  },
}

export const secretsManagerSource = (settings: NetworkSettings, ports: Ports) => new AwsSource(secretsManager, settings, ports)
