/**
 * The GitHub Actions runner protocol, the six parts this action uses: inputs
 * (INPUT_* variables), outputs (the GITHUB_OUTPUT file), masking and log
 * levels (workflow commands on stdout), and the job summary (the
 * GITHUB_STEP_SUMMARY file). Written out instead of importing @actions/core,
 * whose entry point also loads its OIDC client (undici) and @actions/exec:
 * 1.5 MB of bundle and ~100 ms of cold start for nothing this action calls.
 * Formats as documented at docs.github.com/actions ("Workflow commands").
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

/** Workflow-command data escaping, as the runner unescapes it. */
export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

export class Runner {
  constructor(
    private readonly env: Record<string, string | undefined>,
    private readonly write: (text: string) => void,
  ) {}

  /** INPUT_<NAME>, spaces as underscores, upper-cased; hyphens stay. Trimmed, as @actions/core does. */
  input(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  }

  command(name: string, message: string): void {
    this.write(`::${name}::${escapeData(message)}${EOL}`)
  }

  setSecret(secret: string): void {
    this.command('add-mask', secret)
  }

  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT
    if (!file) {
      // Outside the runner: show the output instead of losing it.
      this.write(`${name}=${value}${EOL}`)
      return
    }
    const delimiter = `ghadelimiter_${randomUUID()}`
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Output ${name} contains its own delimiter`)
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)
  }

  /** Appends to the job summary; a no-op outside the runner. */
  summary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY
    if (file) appendFileSync(file, `${markdown}${EOL}`)
  }

  readonly log = {
    debug: (message: string) => this.command('debug', message),
    info: (message: string) => this.write(`${message}${EOL}`),
    warning: (message: string) => this.command('warning', message),
    error: (message: string) => this.command('error', message),
  }
}
