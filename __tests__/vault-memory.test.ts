/**
 * The Vault walk's memory does not grow with the store beyond the inventory
 * itself: the work it holds at any moment (promises not yet settled) is bounded
 * by its concurrency, not by the number of secrets a listing names. Measured
 * with async_hooks on an in-process stand-in, for one folder of 300 and of
 * 3,000 secrets. (BENCHMARKS.md has the peak RSS of 20,000 × 3 through the CLI.)
 */
import { describe, expect, it } from '@jest/globals'
import { createHook } from 'node:async_hooks'
import { VaultSource } from '../src/sources/vault/source.js'
import type { HttpFetch } from '../src/net/transport.js'
import { testPorts } from './helpers/cli.js'
import { vaultStandIn, type VaultWorld } from './helpers/vault.js'

const TOKEN = 'hvs.memory-test-token-0123'

/** The stand-in answered in process: no sockets, so every promise counted is the walk's own or HttpClient's. */
const fetchOf = (world: VaultWorld): HttpFetch => {
  const { handler } = vaultStandIn(world)
  return async (url, init) => {
    const headers = Object.fromEntries(Object.entries(init.headers).map(([k, v]) => [k.toLowerCase(), v]))
    const answer = handler({ method: init.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: init.body ?? '' })
    const text = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body))
    return { status: answer.status, headers: new Headers(answer.headers ?? { 'content-type': 'application/json' }), text: async () => text }
  }
}

/** The most promises pending at once while one column of `n` secrets in one folder is read. */
async function peakPending(n: number): Promise<{ peak: number; secrets: number }> {
  const secrets = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`prod/app/KEY_${i}`, { version: 1, updated: '2026-11-01T00:00:00Z', value: `v${i}` }]),
  )
  const world: VaultWorld = { tokens: [TOKEN], mounts: { 'secret/': { secrets } } }
  const source = new VaultSource(
    {
      address: 'http://127.0.0.1:8200',
      auth: { method: 'token', token: TOKEN },
      concurrency: 8,
      credentialNames: 'VAULT_TOKEN',
      timeoutMs: 5000,
      maxWaitMs: 0,
      runTimeoutMs: 60_000,
    },
    { ...testPorts([]), fetch: fetchOf(world) },
  )
  const pending = new Set<number>()
  let peak = 0
  const hook = createHook({
    init(id, type) {
      if (type !== 'PROMISE') return
      pending.add(id)
      peak = Math.max(peak, pending.size)
    },
    promiseResolve(id) {
      pending.delete(id)
    },
  })
  hook.enable()
  let listing
  try {
    await source.connect()
    listing = await source.list('secret/prod', { prefix: '/', companionSuffix: '__EXPIRES_AT', now: new Date('2026-11-23T00:00:00Z') })
  } finally {
    hook.disable()
  }
  return { peak, secrets: listing.secrets.length }
}

describe('the Vault walk', () => {
  it('holds work bounded by its concurrency, not by the number of secrets listed', async () => {
    const small = await peakPending(300)
    const large = await peakPending(3000)
    expect(small.secrets).toBe(300)
    expect(large.secrets).toBe(3000)
    // Ten times the secrets: the work held at once stays the same size (the old walk held a promise per secret).
    expect(large.peak).toBeLessThan(small.peak * 1.5)
    expect(large.peak).toBeLessThan(300)
  })
})
