// A local AWS (JSON 1.1) with synthetic data, for benchmarks: Secrets Manager's ListSecrets
// (name filter, 100 a page) and SSM's DescribeParameters (recursive Path filter, 50 a page),
// with latency L on every answer. Secrets are bench/synthetic.mjs's: `<env>/vendor-N/KEY_i`
// in Secrets Manager, `/<env>/vendor-N/KEY_i` in SSM; a companion there becomes its base key
// with an `expires-at` tag (Secrets Manager) or an Expiration policy (SSM).
import { createServer } from 'node:http'
import { listening } from './listen.mjs'
import { syntheticSecrets } from './synthetic.mjs'

export async function start({ environments = ['prod', 'staging', 'dev'], secrets = 2000, folders = 200, latencyMs = 0 } = {}) {
  const all = []
  for (const [envIndex, env] of environments.entries()) {
    for (const s of syntheticSecrets({ secrets, folders, envIndex, prefix: '' })) {
      all.push({
        name: `${env}${s.path}/${s.key.replace(/__EXPIRES_AT$/, '')}`,
        version: s.version,
        changed: Date.parse(s.updatedAt) / 1000,
        expiresAt: s.expiresAt,
      })
    }
  }
  all.sort((a, b) => (a.name < b.name ? -1 : 1))
  const requests = new Map()
  const listing = (matching, body, size, entry, field) => {
    const offset = Number(body.NextToken ?? 0)
    const page = matching.slice(offset, offset + Math.min(size, body.MaxResults ?? size))
    const next = offset + page.length < matching.length ? String(offset + page.length) : undefined
    return { [field]: page.map(entry), ...(next ? { NextToken: next } : {}) }
  }
  const route = (target, body) => {
    if (target === 'secretsmanager.ListSecrets') {
      const prefix = body.Filters?.find((f) => f.Key === 'name')?.Values[0] ?? ''
      const matching = all.filter((s) => s.name.startsWith(prefix))
      return listing(
        matching,
        body,
        100,
        (s) => ({
          ARN: `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${s.name}-a1b2c3`,
          Name: s.name,
          LastChangedDate: s.changed,
          RotationEnabled: false,
          SecretVersionsToStages: { 'EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE': ['AWSCURRENT'] },
          Tags: s.expiresAt ? [{ Key: 'expires-at', Value: s.expiresAt }] : [],
        }),
        'SecretList',
      )
    }
    if (target === 'AmazonSSM.DescribeParameters') {
      const path = body.ParameterFilters?.find((f) => f.Key === 'Path')?.Values[0] ?? ''
      const matching = all.filter((s) => `/${s.name}`.startsWith(`${path}/`))
      return listing(
        matching,
        body,
        50,
        (s) => ({
          ARN: `arn:aws:ssm:eu-west-1:111122223333:parameter/${s.name}`,
          Name: `/${s.name}`,
          Type: 'SecureString',
          LastModifiedDate: s.changed,
          Version: s.version,
          Tier: 'Standard',
          DataType: 'text',
          Policies: s.expiresAt
            ? [
                {
                  PolicyText: JSON.stringify({ Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: `${s.expiresAt}T00:00:00.000Z` } }),
                  PolicyType: 'Expiration',
                  PolicyStatus: 'Pending',
                },
              ]
            : [],
        }),
        'Parameters',
      )
    }
    return undefined
  }
  const server = createServer((req, res) => {
    let text = ''
    req.on('data', (d) => (text += d))
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '')
      requests.set(target, (requests.get(target) ?? 0) + 1)
      const answer = route(target, JSON.parse(text || '{}'))
      setTimeout(() => {
        if (answer) res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(answer))
        else res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end('{"__type":"UnknownOperationException"}')
      }, latencyMs)
    })
  })
  return listening(server, requests)
}
