/** Bounded concurrency, for stores that need one request per folder or per secret. A leaf. */

/** Run `fn` over the items, `limit` at a time. */
export async function eachConcurrently<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
