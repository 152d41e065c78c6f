/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
export const plural = (n: number, noun: string, nouns = `${noun}s`): string => `${n} ${n === 1 ? noun : nouns}`
