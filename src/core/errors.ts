/** Exit codes, as DESIGN and the README document them. */
import type { Annotation } from './ports.js'

export const EXIT = {
  /** The audit completed; drift may exist. */
  ok: 0,
  /** Could not run: bad settings, vault unreachable, auth refused. */
  fatal: 1,
  /** Completed, but an environment or path was unreadable. */
  incomplete: 2,
  /** The fail-on gate tripped (e.g. drift in a pull-request check). */
  gate: 3,
} as const

/** A failure that stops the run before a report exists (exit 1). The message is shown as is; `where` points at a file. */
export class FatalError extends Error {
  override name = 'FatalError'
  constructor(
    message: string,
    readonly where?: Annotation,
  ) {
    super(message)
  }
}

/** The message of anything thrown (duck-typed: errors from another realm fail instanceof). */
export const errorMessage = (err: unknown): string =>
  err && typeof err === 'object' && 'message' in err && typeof err.message === 'string' ? err.message : String(err)
