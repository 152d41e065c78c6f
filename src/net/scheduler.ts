/**
 * One request scheduler per store host: when the store says it is limited
 * (a 429, Vault's rate-limit quota, AWS ThrottlingException, Google
 * RESOURCE_EXHAUSTED), every request to that host is paced. The first throttle
 * sets the pace to what the host just served in a second; each further one
 * cuts it (×0.8) and halves the concurrency, and each answer served raises
 * them again slowly (additive increase, multiplicative decrease), so a run
 * under a sustained quota settles just under it instead of spending attempts.
 * A throttled request is not a failed attempt: it waits its turn again, as
 * long as the run's deadline allows. A leaf.
 */

/** Sleeps `ms` if the run's deadline allows it; false when it does not. */
export type Wait = (ms: number) => Promise<boolean>

/** A request's turn: say how it ended, once. */
export interface Turn {
  /** Answered (whatever the status): the host was not limiting it. */
  served(): void
  /**
   * The host refused it for its quota; `waitMs`: what it asked (Retry-After).
   * `announced`: the answer states the route's budget (x-ratelimit-limit),
   * which the route's RatePacer follows; the host only pauses as asked.
   */
  throttled(waitMs?: number, announced?: boolean): void
}

/** Each further throttle keeps this share of the pace. */
const DECREASE = 0.8
/** Per second without a throttle, the pace grows by this share of the first measured one. */
const INCREASE = 0.05
/** Requests in flight to a host before any has been answered. */
const SLOW_START = 4
/** The window in which served requests measure the host's pace at the first throttle. */
const WINDOW_MS = 1000

export class HostScheduler {
  /** Requests per second once the host has throttled; Infinity until then. */
  private rate = Infinity
  /** The pace measured at the first throttle: the additive step is a share of it. */
  private measured = 0
  /**
   * Concurrency, lowered on throttles and raised on answers: from a few, +1 an
   * answer until the first throttle (a slow start, so the requests in flight
   * when a quota first refuses are few), then +1 per window of answers.
   */
  private limit: number
  private running = 0
  private readonly queue: (() => void)[] = []
  /** The earliest start of the next paced request. */
  private nextStart = 0
  /** No request starts before this (the host's own Retry-After, or one interval). */
  private pausedUntil = 0
  /** Requests started so far, numbered: a refusal of one started before the last cut is that cut's event. */
  private serial = 0
  private cutSerial = 0
  /** Start times of the requests served within the last window, while the pace is unknown. */
  private recent: number[] = []
  /** Throttled answers (each one request the quota refused). */
  throttles = 0
  /** Time requests spent waiting for the pace, overlapping waits counted once (for the log). */
  waitedMs = 0
  private countedUntil = 0

  constructor(
    private readonly concurrency: number,
    /** The run's clock, which moves on by waits a test's instant sleep did not spend. */
    private readonly now: () => number = Date.now,
  ) {
    this.limit = Math.min(SLOW_START, concurrency)
  }

  /** Waits for a turn within the concurrency and the pace; undefined when the deadline comes first. */
  async turn(wait: Wait): Promise<Turn | undefined> {
    for (;;) {
      await this.slot()
      const now = this.now()
      const at = Math.max(now, this.pausedUntil, Number.isFinite(this.rate) ? this.nextStart : 0)
      if (Number.isFinite(this.rate)) this.nextStart = at + 1000 / this.rate
      if (at > now) {
        this.count(now, at)
        if (!(await wait(at - now))) {
          this.free()
          return undefined
        }
        // Throttled again while this one slept: take a new place in the pace.
        if (this.pausedUntil > this.now()) {
          this.free()
          continue
        }
      }
      return this.started(this.now(), ++this.serial)
    }
  }

  private started(startedAt: number, serial: number): Turn {
    let ended = false
    const end = (): boolean => {
      if (ended) return false
      ended = true
      this.free()
      return true
    }
    return {
      served: () => {
        if (!end()) return
        this.limit = Math.min(this.concurrency, this.limit + (this.measured === 0 ? 1 : 1 / this.limit))
        if (Number.isFinite(this.rate)) this.rate += (INCREASE * this.measured) / this.rate
        else {
          const now = this.now()
          this.recent.push(startedAt)
          if (this.recent.length > 64 && this.recent[0]! < now - WINDOW_MS) this.recent = this.recent.filter((t) => t >= now - WINDOW_MS)
        }
      },
      throttled: (waitMs, announced) => {
        if (!end()) return
        this.throttles++
        const now = this.now()
        if (!announced && serial > this.cutSerial) {
          if (Number.isFinite(this.rate)) this.rate = Math.max(0.1, this.rate * DECREASE)
          else {
            // What the host served in the last window, over that window or the wait it asks (a minute's
            // quota says 60 s), is what it allows.
            const served = this.recent.filter((t) => t >= now - WINDOW_MS).length
            this.measured = Math.max(0.1, (1000 * Math.max(1, served)) / Math.max(WINDOW_MS, waitMs ?? 0))
            this.rate = this.measured
            this.recent = []
          }
          this.limit = Math.max(1, this.limit / 2)
          this.cutSerial = this.serial
        }
        this.pausedUntil = Math.max(this.pausedUntil, now + (waitMs ?? (Number.isFinite(this.rate) ? 1000 / this.rate : WINDOW_MS)))
        this.nextStart = Math.max(this.nextStart, this.pausedUntil)
      },
    }
  }

  private async slot(): Promise<void> {
    while (this.running >= Math.floor(this.limit)) await new Promise<void>((resolve) => this.queue.push(resolve))
    this.running++
  }

  private free(): void {
    this.running--
    this.queue.shift()?.()
  }

  private count(from: number, to: number): void {
    this.waitedMs += Math.max(0, to - Math.max(from, this.countedUntil))
    this.countedUntil = Math.max(this.countedUntil, to)
  }
}
