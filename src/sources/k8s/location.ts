/** `k8s:GLOB[,!EXCL…][?env=NAME[,NAME…]]`: the manifests, and the store columns they speak for. Pure. */
import { parseGlobs } from '../../files/globs.js'

export interface K8sLocation {
  include: string[]
  exclude: string[]
  /** Store columns the manifests are for; absent: every one (like `dotenv:`). */
  env?: string[]
}

/** A column's one setting: the scan stops starting files after this (the run's time limit). */
export interface K8sSettings {
  runTimeoutMs: number
}

const COLUMN = /^[A-Za-z0-9_-]+$/

export function parseK8sLocation(text: string): K8sLocation | { expected: string } {
  // `?` alone is a glob's one-character wildcard: the option starts at `?env=`.
  const q = text.search(/\?env=/)
  const globs = parseGlobs(q < 0 ? text : text.slice(0, q), 'deploy/**')
  if ('expected' in globs) return globs
  if (q < 0) return globs
  const env = text
    .slice(q + '?env='.length)
    .split(',')
    .filter(Boolean)
  if (!env.length || env.some((e) => !COLUMN.test(e)))
    return { expected: 'env=NAME[,NAME…] after the ?: the store columns the manifests are for, such as ?env=prod' }
  return { ...globs, env }
}
