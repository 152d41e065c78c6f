/**
 * Pacing on a server's own budget announcements: `x-ratelimit-limit`,
 * `x-ratelimit-remaining` and `x-ratelimit-reset` (seconds), which
 * @fastify/rate-limit (Infisical) and others send on every answer, per route.
 * A request waits for the window to reset when the route's budget is spent,
 * instead of spending a 429; until a route has answered once, one request at a
 * time goes to it (its budget is unknown), and the last request of a window is
 * left for the next run's first one (runs back to back share the window). A leaf.
 */

/** Waits `ms` if the caller's budgets allow it (the wait budget, the run's time); false when they do not. */
export type Wait = (ms: number) => Promise<boolean>

interface RouteBudget {
  remaining: number
  limit: number
  resetAt: number
  inFlight: number
}

export class RatePacer {
  private readonly routes = new Map<string, RouteBudget>()
  /** A route whose first answer is awaited: the others wait behind it. */
  private readonly probing = new Map<string, Promise<void>>()
  /** Time spent waiting for budgets, in ms of the run's clock (overlapping waits counted once; for the log). */
  waitedMs = 0
  private countedUntil = 0
  /** `now`: the caller's clock, which moves on by waits a test's instant sleep did not spend. */
  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Waits until `route` has budget, as long as `wait` allows; returns the
   * release to call with the last answer's headers (none on a failure).
   */
  async acquire(route: string, wait: Wait): Promise<(headers?: { get(name: string): string | null }) => void> {
    for (;;) {
      const probe = this.probing.get(route)
      if (probe) {
        await probe
        continue
      }
      const budget = this.routes.get(route)
      if (!budget) {
        let done!: () => void
        this.probing.set(route, new Promise<void>((resolve) => (done = resolve)))
        return (headers) => {
          this.learn(route, headers)
          this.probing.delete(route)
          done()
        }
      }
      const now = this.now()
      if (now >= budget.resetAt) {
        // A new window: its budget is the limit again (the next answer says exactly).
        budget.remaining = budget.limit
        budget.resetAt = Infinity
      }
      // One request of each window is left unspent: the next run's first request (which knows no budget yet) finds it.
      const reserve = budget.limit > 2 ? 1 : 0
      if (budget.remaining - budget.inFlight > reserve || budget.resetAt === Infinity) {
        budget.inFlight++
        return (headers) => {
          budget.inFlight--
          this.learn(route, headers)
        }
      }
      const ms = budget.resetAt - now
      if (!(await wait(ms))) {
        // The budgets do not reach the window's reset: go, and let the answer (a 429) say.
        budget.inFlight++
        return (headers) => {
          budget.inFlight--
          this.learn(route, headers)
        }
      }
      // Several requests wait out the same window: its time is counted once.
      const until = now + ms
      this.waitedMs += Math.max(0, until - Math.max(now, this.countedUntil))
      this.countedUntil = Math.max(this.countedUntil, until)
    }
  }

  private learn(route: string, headers: { get(name: string): string | null } | undefined): void {
    // No answer to learn from (a failure): what was known stays; an unknown route is probed again.
    if (!headers) return
    const limit = Number(headers?.get('x-ratelimit-limit'))
    const remaining = Number(headers?.get('x-ratelimit-remaining'))
    const reset = Number(headers?.get('x-ratelimit-reset'))
    if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset) || limit <= 0) {
      // No announcement: nothing to pace on (an unlimited route stays unlimited).
      if (!this.routes.has(route)) this.routes.set(route, { remaining: Infinity, limit: Infinity, resetAt: Infinity, inFlight: 0 })
      return
    }
    const budget = this.routes.get(route)
    const resetAt = this.now() + reset * 1000
    if (!budget || budget.limit === Infinity) {
      this.routes.set(route, { remaining, limit, resetAt, inFlight: budget?.inFlight ?? 0 })
      return
    }
    // Answers arrive out of order: the lowest remaining of a window is the truest.
    if (resetAt > budget.resetAt + 1000 || budget.resetAt === Infinity) budget.remaining = remaining
    else budget.remaining = Math.min(budget.remaining, remaining)
    budget.limit = limit
    budget.resetAt = budget.resetAt === Infinity ? resetAt : Math.max(budget.resetAt, resetAt)
  }
}
