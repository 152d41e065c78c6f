/**
 * An AWS stand-in speaking JSON 1.1 for Secrets Manager and SSM, answering
 * with the documented shapes in fixtures/aws/ (see SOURCES.md) filled with a
 * test's secrets. The official SDK clients talk to it through
 * AWS_ENDPOINT_URL; it checks each request carries a SigV4 signature from a
 * key it knows. Value-reading actions are answered with the value and
 * recorded: the bait the no-value tests look for.
 */
import { readFileSync } from 'node:fs'
import type { Handler, SeenRequest } from './serve.js'

const DIR = new URL('../fixtures/aws/', import.meta.url)
export const awsFixture = <T = Record<string, unknown>>(name: string): T => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as T

export interface AwsSecret {
  name: string
  /** ISO 8601. */
  changed: string
  /** ISO 8601: DeleteSecret was called (scheduled for deletion). */
  deleted?: string
  rotation?: { enabled: boolean; next: string }
  tags?: Record<string, string>
  value: string
}

export interface AwsParameter {
  name: string
  version: number
  changed: string
  /** Policy texts by type: `Expiration` gets the date, the notifications their documented attributes. */
  policies?: { expiration?: string; expirationNotification?: boolean; noChangeNotification?: boolean }
  value: string
}

export interface AwsWorld {
  secrets?: AwsSecret[]
  parameters?: AwsParameter[]
  /** Access key ids AWS knows; another is UnrecognizedClientException. */
  keys: string[]
  /** Entries per page; default: the request's MaxResults. */
  pageSize?: number
  /** Before each page with entries, this many empty pages that still carry a NextToken (SSM's habit). */
  emptyPages?: number
  /** Name prefixes / paths the credentials may not list: AccessDeniedException. */
  denied?: string[]
  /** The first N listing requests answer ThrottlingException. */
  throttle?: number
  /** Every answer is this 5xx. */
  failing?: number
  /** Listings never answer (a request that hangs past the client's timeout). */
  hang?: boolean
}

export interface AwsStandIn {
  handler: Handler
  /** Value-reading actions: must stay empty. */
  valueRequests: SeenRequest[]
  /** `Action region key` of every signed request. */
  calls: string[]
}

const epoch = (iso: string): number => Date.parse(iso) / 1000
const VALUE_ACTIONS = new Set(['GetSecretValue', 'BatchGetSecretValue', 'GetParameter', 'GetParameters', 'GetParametersByPath', 'GetParameterHistory'])
const MARKER = 'SERVER-TEXT-MUST-NOT-SHOW'

const error = (status: number, fixture: string) => {
  const body = awsFixture(fixture)
  // A server's free text: no output may carry it.
  for (const k of ['Message', 'message']) if (typeof body[k] === 'string') body[k] = `${body[k]} ${MARKER}`
  return { status, body, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'c0ffee00-0000-4000-8000-000000000000' } }
}
export const SERVER_TEXT = MARKER

export function awsStandIn(world: AwsWorld): AwsStandIn {
  const valueRequests: SeenRequest[] = []
  const calls: string[] = []
  let throttled = 0
  const template = awsFixture<{ SecretList: Record<string, unknown>[] }>('list-secrets').SecretList[0]!
  const paramTemplate = awsFixture<{ Parameters: Record<string, unknown>[] }>('describe-parameters').Parameters[0]!
  const policyTemplates = awsFixture<{ PolicyText: string; PolicyType: string; PolicyStatus: string }[]>('parameter-policies')

  const page = <T>(items: T[], body: { NextToken?: string; MaxResults?: number }, key: string): { items: T[]; NextToken?: string } => {
    // Tokens: `e<offset>` is an empty page before the entries at offset; `p<offset>` the entries.
    const token = body.NextToken ?? (world.emptyPages ? 'e0:0' : 'p0')
    const size = world.pageSize ?? body.MaxResults ?? 100
    if (token.startsWith('e')) {
      const [offset, served] = token.slice(1).split(':').map(Number) as [number, number]
      const next = served + 1 < world.emptyPages! ? `e${offset}:${served + 1}` : `p${offset}`
      return { items: [], NextToken: Buffer.from(`${key}|${next}`).toString('base64') }
    }
    const offset = Number(token.slice(1))
    const slice = items.slice(offset, offset + size)
    const rest = offset + size < items.length
    const next = rest ? (world.emptyPages ? `e${offset + size}:0` : `p${offset + size}`) : undefined
    return { items: slice, ...(next ? { NextToken: Buffer.from(`${key}|${next}`).toString('base64') } : {}) }
  }
  const decode = (body: { NextToken?: string }, key: string): { NextToken?: string } | undefined => {
    if (!body.NextToken) return {}
    const [owner, token] = Buffer.from(body.NextToken, 'base64').toString().split('|')
    return owner === key ? { NextToken: token } : undefined
  }

  const handler: Handler = (req) => {
    const target = String(req.headers['x-amz-target'] ?? '')
    const action = target.slice(target.indexOf('.') + 1)
    const auth =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([a-z0-9-]+)\/(secretsmanager|ssm)\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.exec(
        String(req.headers.authorization ?? ''),
      )
    if (req.method !== 'POST' || !auth || !req.headers['x-amz-date']) return error(400, 'error-missing-authentication-token')
    const [, key, region] = auth
    calls.push(`${action} ${region} ${key}`)
    if (!world.keys.includes(key!)) return error(400, 'error-unrecognized-client')
    if (world.failing)
      return {
        status: world.failing,
        raw: '{"__type":"InternalServiceError","message":"An error occurred on the server side."}',
        headers: { 'content-type': 'application/x-amz-json-1.1' },
      }
    const body = JSON.parse(req.body || '{}') as Record<string, unknown>
    if (VALUE_ACTIONS.has(action)) {
      valueRequests.push(req)
      const name = String(body.SecretId ?? body.Name ?? '')
      const found = [...(world.secrets ?? []), ...(world.parameters ?? [])].find((s) => s.name === name)
      return {
        status: 200,
        body: { Name: name, SecretString: found?.value, Parameter: { Name: name, Value: found?.value } },
        headers: { 'content-type': 'application/x-amz-json-1.1' },
      }
    }
    if (world.hang) return { status: 200, hang: true }
    if (world.throttle && throttled < world.throttle) {
      throttled++
      return error(400, 'error-throttling')
    }
    const ok = (payload: unknown) => ({ status: 200, body: payload, headers: { 'content-type': 'application/x-amz-json-1.1' } })

    if (target === 'secretsmanager.ListSecrets') {
      const filters = (body.Filters ?? []) as { Key: string; Values: string[] }[]
      const prefix = filters.find((f) => f.Key === 'name')?.Values[0] ?? ''
      if (world.denied?.some((d) => prefix.startsWith(d) || d.startsWith(prefix))) return error(400, 'error-access-denied')
      const listKey = `sm:${prefix}:${body.IncludePlannedDeletion === true}`
      const paging = decode(body, listKey)
      if (!paging) return { status: 400, body: { __type: 'InvalidNextTokenException', message: 'bad token' } }
      // The documented name filter: the beginning of the name, case-sensitive.
      const matching = (world.secrets ?? [])
        .filter((s) => s.name.startsWith(prefix) && (body.IncludePlannedDeletion === true || !s.deleted))
        .sort((a, b) => a.name.localeCompare(b.name))
      const { items, NextToken } = page(matching, { ...paging, MaxResults: body.MaxResults as number }, listKey)
      const SecretList = items.map((s) => ({
        ...template,
        ARN: `arn:aws:secretsmanager:${region}:123456789012:secret:${s.name}-a1b2c3`,
        Name: s.name,
        LastChangedDate: epoch(s.changed),
        ...(s.deleted ? { DeletedDate: epoch(s.deleted) } : {}),
        RotationEnabled: s.rotation?.enabled ?? false,
        ...(s.rotation ? { NextRotationDate: epoch(s.rotation.next), RotationRules: { AutomaticallyAfterDays: 30 } } : {}),
        Tags: Object.entries(s.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      }))
      return ok({ SecretList, ...(NextToken ? { NextToken } : {}) })
    }
    if (target === 'AmazonSSM.DescribeParameters') {
      const filters = (body.ParameterFilters ?? []) as { Key: string; Option?: string; Values: string[] }[]
      const path = filters.find((f) => f.Key === 'Path')
      if (path && path.Option !== 'Recursive') return { status: 400, body: { __type: 'ValidationException', message: 'this stand-in serves recursive paths' } }
      const under = path?.Values[0]
      if (world.denied?.some((d) => (under ?? '/').startsWith(d) || d.startsWith(under ?? '/'))) return error(400, 'error-access-denied')
      const listKey = `ssm:${under ?? ''}`
      const paging = decode(body, listKey)
      if (!paging) return { status: 400, body: { __type: 'InvalidNextTokenException', message: 'bad token' } }
      const matching = (world.parameters ?? []).filter((p) => !under || p.name.startsWith(`${under}/`)).sort((a, b) => a.name.localeCompare(b.name))
      const { items, NextToken } = page(matching, { ...paging, MaxResults: body.MaxResults as number }, listKey)
      const Parameters = items.map((p) => ({
        ...paramTemplate,
        ARN: `arn:aws:ssm:${region}:111122223333:parameter${p.name}`,
        Name: p.name,
        Version: p.version,
        LastModifiedDate: epoch(p.changed),
        Policies: policyTemplates
          .filter(
            (t) =>
              (t.PolicyType === 'Expiration' && p.policies?.expiration) ||
              (t.PolicyType === 'ExpirationNotification' && p.policies?.expirationNotification) ||
              (t.PolicyType === 'NoChangeNotification' && p.policies?.noChangeNotification),
          )
          .map((t) => (t.PolicyType === 'Expiration' ? { ...t, PolicyText: t.PolicyText.replace('2020-05-13T00:00:00.000Z', p.policies!.expiration!) } : t)),
      }))
      return ok({ Parameters, ...(NextToken ? { NextToken } : {}) })
    }
    return { status: 400, body: { __type: 'UnknownOperationException' } }
  }
  return { handler, valueRequests, calls }
}

/** The environment the SDK reads: endpoint, region and a key the stand-in knows (nothing else of the machine's). */
export function awsEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: url,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIAAUDITTEST0000001',
    AWS_SECRET_ACCESS_KEY: 'aws-secret-key-that-must-not-leak-0001',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    ...extra,
  }
}

/** Sets process.env for an in-process test (the SDK reads it at client creation); returns the undo. */
export function setEnv(env: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}
