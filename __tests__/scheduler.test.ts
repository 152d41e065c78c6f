/**
 * The per-host scheduler on a virtual clock: the pace it sets at the first
 * throttle, how later throttles cut it, what an announced budget changes, and
 * that a turn the deadline cannot cover is refused. (The built CLI under each
 * store's quota is in that store's test file.)
 */
import { describe, expect, it } from '@jest/globals'
import { HostScheduler } from '../src/net/scheduler.js'

function world(concurrency = 8) {
  let t = 0
  const waits: number[] = []
  const scheduler = new HostScheduler(concurrency, () => t)
  /** A wait the deadline allows when `until` is not passed: the clock moves on by it. */
  let deadline = Infinity
  const wait = async (ms: number) => {
    if (t + ms >= deadline) return false
    waits.push(Math.round(ms))
    t += ms
    return true
  }
  return { scheduler, waits, wait, setDeadline: (ms: number) => (deadline = ms), clock: () => t }
}

describe('HostScheduler', () => {
  it('goes unpaced until the host throttles, then paces at what it served in the last second', async () => {
    const { scheduler, waits, wait } = world()
    for (let i = 0; i < 5; i++) (await scheduler.turn(wait))!.served()
    expect(waits).toEqual([])
    ;(await scheduler.turn(wait))!.throttled()
    expect(scheduler.throttles).toBe(1)
    // Five served in the window: 5 a second, so one interval of pause, then one request every 200 ms.
    for (let i = 0; i < 3; i++) (await scheduler.turn(wait))!.served()
    expect(waits).toEqual([200, 200, 198])
    expect(Math.round(scheduler.waitedMs)).toBe(598)
  })

  it('cuts the pace by a fifth on each new throttle, and counts a refusal of a request sent before the cut as the same event', async () => {
    const { scheduler, waits, wait } = world()
    for (let i = 0; i < 10; i++) (await scheduler.turn(wait))!.served()
    // Two requests in flight when the quota refuses both: one event, one cut.
    const [a, b] = [(await scheduler.turn(wait))!, (await scheduler.turn(wait))!]
    a.throttled()
    b.throttled()
    expect(scheduler.throttles).toBe(2)
    ;(await scheduler.turn(wait))!.served()
    // 10 a second: 100 ms.
    expect(waits.at(-1)).toBe(100)
    ;(await scheduler.turn(wait))!.throttled()
    ;(await scheduler.turn(wait))!.served()
    ;(await scheduler.turn(wait))!.served()
    // Cut once more: a little over 8 a second (the answers served raised it a little first).
    expect(waits.at(-1)).toBeGreaterThan(115)
    expect(waits.at(-1)).toBeLessThan(126)
  })

  it('waits out the Retry-After a host asks for, and a window a minute long sets a per-minute pace', async () => {
    const { scheduler, waits, wait } = world()
    for (let i = 0; i < 30; i++) (await scheduler.turn(wait))!.served()
    ;(await scheduler.turn(wait))!.throttled(60_000)
    ;(await scheduler.turn(wait))!.served()
    ;(await scheduler.turn(wait))!.served()
    // 30 served over a 60 s wait: one request every 2 s once the minute has passed.
    expect(waits[0]).toBe(60_000)
    expect(waits[1]).toBeGreaterThan(1900)
    expect(waits[1]).toBeLessThanOrEqual(2000)
  })

  it('only pauses for an announced budget (the route pacer follows it): no pace afterwards', async () => {
    const { scheduler, waits, wait } = world()
    for (let i = 0; i < 5; i++) (await scheduler.turn(wait))!.served()
    ;(await scheduler.turn(wait))!.throttled(1000, true)
    for (let i = 0; i < 5; i++) (await scheduler.turn(wait))!.served()
    expect(waits).toEqual([1000])
  })

  it('refuses a turn the deadline cannot cover, and frees its place for the next', async () => {
    const { scheduler, wait, setDeadline } = world(1)
    for (let i = 0; i < 5; i++) (await scheduler.turn(wait))!.served()
    ;(await scheduler.turn(wait))!.throttled(30_000)
    setDeadline(10_000)
    expect(await scheduler.turn(wait)).toBeUndefined()
    // Its place was given back: with the deadline lifted, the next request has its turn (concurrency 1).
    setDeadline(Infinity)
    expect(await scheduler.turn(wait)).toBeDefined()
  })
})
