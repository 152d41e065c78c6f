/**
 * How long a server asks us to wait: `Retry-After` as delay-seconds or an
 * HTTP date (RFC 9110 §10.2.3). One parser for every client (stores, Slack).
 */
export function retryAfterMs(headers: { get(name: string): string | null }, names: readonly string[] = ['retry-after'], now = Date.now()): number | undefined {
  for (const name of names) {
    const value = headers.get(name)?.trim()
    if (!value) continue
    const seconds = Number(value)
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
    const date = Date.parse(value)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  return undefined
}
