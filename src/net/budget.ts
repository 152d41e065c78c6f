/**
 * The run's retry rules, one implementation for every store: each attempt has
 * a timeout, the waits between attempts share one budget, and every attempt and
 * wait ends by the run's deadline. HttpClient runs its requests through it; the
 * SDK-driven stores (AWS, Azure) wrap their SDK calls in it, the SDK's own
 * retries off. Requests to one host take turns through its HostScheduler.
 */
import { HostScheduler } from './scheduler.js'

export interface RetryRules {
  /** One attempt. */
  timeoutMs: number
  /** All waits together. */
  maxWaitMs: number
  /** Every attempt and wait ends within this, from the budget's creation. */
  deadlineMs: number
  sleep: (ms: number) => Promise<void>
  maxAttempts?: number
  /** Hosts shared with every other client of the process (an org run): one pace per host, whoever asks. */
  shared?: SharedHosts
}

/**
 * One scheduler (and one route pacer) per host for a whole process: an org
 * run's fifty targets on one Infisical stay, together, under its limits. A
 * single run never needs it: its clients own their hosts.
 */
export class SharedHosts {
  readonly schedulers = new Map<string, HostScheduler>()
  /** By host: whatever pacer its clients use (net/http.ts keeps its RatePacer here). */
  readonly pacers = new Map<string, unknown>()
}

/**
 * What a failed attempt means: give up (rethrow), or try again, after `waitMs`
 * when the server said. `throttled`: the host refused it for its quota, which
 * its scheduler paces; that is no attempt spent, and it is tried again for as
 * long as the deadline allows.
 */
export type Verdict = { retry: false } | { retry: true; waitMs?: number; throttled?: boolean; announced?: boolean }

/** An attempt that ran out of its own time (the SDK saw an abort). */
export class AttemptTimeout extends Error {
  override name = 'AttemptTimeout'
  constructor(readonly ms: number) {
    super(`timed out after ${ms / 1000} s`)
  }
}

/** Retrying stopped: `last` is the last attempt's error, `why` says what ran out. */
export class RetriesExhausted extends Error {
  override name = 'RetriesExhausted'
  constructor(
    readonly last: unknown,
    readonly why: string,
    /** The run's deadline, not the attempts or the wait budget, ran out (`last` undefined: before or during an attempt). */
    readonly byDeadline = false,
  ) {
    super(`gave up: ${why}`)
  }
}

/**
 * What a sleep did not spend in real time: all of it when it returned well
 * before its time (a test's instant sleep), else nothing — a timer that fires
 * a millisecond early thousands of times must not move the run's clock ahead.
 */
const unspent = (asked: number, slept: number): number => (slept < asked - 10 ? asked - slept : 0)

export class RetryBudget {
  /** The budget of a store's whole read: its NetworkSettings and the run's sleep. */
  static forRun(
    network: { timeoutMs: number; maxWaitMs: number; runTimeoutMs: number },
    sleep: (ms: number) => Promise<void>,
    shared?: SharedHosts,
  ): RetryBudget {
    return new RetryBudget({
      timeoutMs: network.timeoutMs,
      maxWaitMs: network.maxWaitMs,
      deadlineMs: network.runTimeoutMs,
      sleep,
      ...(shared ? { shared } : {}),
    })
  }

  private waitedMs = 0
  /** Where the waits outside attempts reach on the run's clock (overlapping ones are charged once). */
  private outsideUntil = 0
  /** Waits asked for but not spent in real time (a test's instant sleep): still counted against the deadline. */
  private unslept = 0
  private readonly startedAt = Date.now()
  /** Attempts made, for request counts. */
  attempts = 0
  /** One scheduler per host this budget's requests go to. */
  private readonly hosts = new Map<string, HostScheduler>()

  constructor(private readonly rules: RetryRules) {}

  /** The scheduler of `host`, created on first use with `concurrency` as its ceiling. */
  scheduler(host: string, concurrency = 16): HostScheduler {
    let scheduler = this.hosts.get(host)
    if (!scheduler) {
      const shared = this.rules.shared?.schedulers
      scheduler = shared?.get(host) ?? new HostScheduler(concurrency, () => this.now())
      shared?.set(host, scheduler)
      this.hosts.set(host, scheduler)
    }
    return scheduler
  }

  /** The hosts that throttled this run: how often, and the time their pace cost (for one log line per store). */
  throttling(): { host: string; throttles: number; waitedMs: number }[] {
    return [...this.hosts].filter(([, s]) => s.throttles > 0).map(([host, s]) => ({ host, throttles: s.throttles, waitedMs: s.waitedMs }))
  }

  /**
   * A wait another library sleeps (Octokit's throttling plugin): charged to
   * the wait budget when it and the run's time allow it; false when not.
   */
  charge(ms: number): boolean {
    if (ms > this.rules.maxWaitMs - this.waitedMs || ms >= this.remainingMs()) return false
    this.waitedMs += ms
    return true
  }

  /** Why the last wait for a host's pace was refused. */
  private refusedPace = { why: '', byDeadline: false }

  /**
   * A wait for the host's pace: bounded by the run's time, not by the retry
   * wait budget (a quota is waited out for as long as the run may last).
   * Without a deadline, the wait budget bounds it instead.
   */
  private async waitPaced(ms: number): Promise<boolean> {
    if (!Number.isFinite(this.rules.deadlineMs)) {
      if (ms > this.rules.maxWaitMs - this.waitedMs) {
        this.refusedPace = {
          why: `the next retry (in ${Math.ceil(ms / 1000)} s) would exceed the retry budget of ${Math.round(this.rules.maxWaitMs / 1000)} s`,
          byDeadline: false,
        }
        return false
      }
      this.waitedMs += ms
    } else if (ms >= this.remainingMs()) {
      this.refusedPace = { why: this.deadline, byDeadline: true }
      return false
    }
    const started = Date.now()
    await this.rules.sleep(ms)
    this.unslept += unspent(ms, Date.now() - started)
    return true
  }

  remainingMs(): number {
    return this.rules.deadlineMs - (Date.now() - this.startedAt + this.unslept)
  }

  /** The run's clock: real time plus the waits a test's instant sleep did not spend. */
  now(): number {
    return Date.now() + this.unslept
  }

  /**
   * A wait outside any attempt (pacing on a server's announced rate limit):
   * spent from the same wait budget and within the run's time, or refused.
   */
  async waitOutside(ms: number): Promise<boolean> {
    // Requests waiting out the same window together spend its time once, from the budget and on the clock.
    const until = this.now() + ms
    const charge = Math.max(0, until - Math.max(this.now(), this.outsideUntil))
    if (charge > this.rules.maxWaitMs - this.waitedMs || ms >= this.remainingMs()) return false
    this.waitedMs += charge
    this.outsideUntil = Math.max(this.outsideUntil, until)
    await this.rules.sleep(ms)
    // A test's instant sleep: the run's clock moves on to the end of the wait (once for overlapping waits).
    const left = until - this.now()
    if (left > 10) this.unslept += left
    return true
  }

  private get deadline(): string {
    return `the run's time limit (${Math.round(this.rules.deadlineMs / 1000)} s) was reached`
  }

  /**
   * Runs `attempt` with an abort signal that fires at its timeout, until it
   * succeeds or `verdict` says stop (the error is rethrown as is); throws
   * RetriesExhausted when attempts, the wait budget or the deadline run out.
   * `call` overrides the attempts and the attempt timeout for this call only
   * (a best-effort revoke); the wait budget and the deadline stay shared.
   * `call.host`: the attempts take turns through that host's scheduler.
   */
  async run<T>(
    attempt: (signal: AbortSignal) => Promise<T>,
    verdict: (err: unknown) => Verdict,
    call: { maxAttempts?: number; timeoutMs?: number; host?: string; onRetry?: (waitMs: number, failure: unknown) => void } = {},
  ): Promise<T> {
    const maxAttempts = call.maxAttempts ?? this.rules.maxAttempts ?? 6
    const timeoutMs = call.timeoutMs ?? this.rules.timeoutMs
    const scheduler = call.host === undefined ? undefined : this.scheduler(call.host)
    /** The last refusal for the quota: what the deadline cut short, when it does. */
    let throttledBy: unknown
    for (let n = 1; ; n++) {
      const remaining = this.remainingMs()
      if (remaining <= 0) throw new RetriesExhausted(throttledBy, this.deadline, true)
      const turn = scheduler ? await scheduler.turn((ms) => this.waitPaced(ms)) : undefined
      if (scheduler && !turn) throw new RetriesExhausted(throttledBy, this.refusedPace.why, this.refusedPace.byDeadline)
      const attemptMs = Math.min(timeoutMs, remaining)
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(new AttemptTimeout(attemptMs)), attemptMs)
      let failure: unknown
      try {
        this.attempts++
        const result = await attempt(controller.signal)
        turn?.served()
        return result
      } catch (err) {
        failure = controller.signal.aborted ? new AttemptTimeout(attemptMs) : err
      } finally {
        clearTimeout(timer)
      }
      // Cut short by the deadline rather than timed out: nothing to report but the deadline.
      if (failure instanceof AttemptTimeout && attemptMs < timeoutMs) {
        turn?.served()
        throw new RetriesExhausted(throttledBy, this.deadline, true)
      }
      const judged: Verdict = failure instanceof AttemptTimeout ? { retry: true } : verdict(failure)
      if (judged.retry && judged.throttled && turn) {
        // The quota's refusal: no attempt spent; the scheduler decides when it goes again.
        turn.throttled(judged.waitMs, judged.announced)
        throttledBy = failure
        call.onRetry?.(judged.waitMs ?? 0, failure)
        n--
        continue
      }
      turn?.served()
      if (!judged.retry) throw failure
      const wait = judged.waitMs ?? Math.min(30_000, 1000 * 2 ** (n - 1))
      if (n >= maxAttempts) throw new RetriesExhausted(failure, `after ${n} attempts`)
      if (wait > this.rules.maxWaitMs - this.waitedMs) {
        throw new RetriesExhausted(
          failure,
          `the next retry (in ${Math.ceil(wait / 1000)} s) would exceed the retry budget of ${Math.round(this.rules.maxWaitMs / 1000)} s`,
        )
      }
      if (wait >= this.remainingMs()) throw new RetriesExhausted(failure, this.deadline, true)
      call.onRetry?.(wait, failure)
      this.waitedMs += wait
      const sleepStarted = Date.now()
      await this.rules.sleep(wait)
      this.unslept += unspent(wait, Date.now() - sleepStarted)
    }
  }
}
