/** What the runner provides the action, and what the action gives back: its outputs, its io, its result. */
import type { Report } from '../audit/report.js'
import type { InputIo } from './inputs.js'

/** The outputs action.yml declares, and what each means. */
export const OUTPUTS = {
  'drift-count': 'Rows missing where expected or present where not expected.',
  'skew-count': 'Secrets with a version gap or an updatedAt lag between environments.',
  'expiring-count': 'Expiry companions expired or expiring within the warning window.',
  'unreadable-count': 'Environments that could not be read (their rows are incomplete, never drift).',
  'new-drift-count': 'Drift rows that were not drifting in the previous snapshot (all of them when there is none).',
  'resolved-drift-count': 'Drift rows of the previous snapshot that no longer drift.',
  'snapshot-path': 'Repository path of the markdown snapshot (committed or not).',
  'commit-sha': 'The snapshot commit, or empty when nothing was committed.',
  'slack-posted': '`true` when the drift section was posted to Slack.',
  'report-json': 'Path of the full JSON report on the runner (schema in docs/schemas.md), written on every run.',
  'report-markdown': 'Path of the markdown report on the runner (the snapshot, committed or not), written on every run.',
  'report-csv': 'Path of the CSV report on the runner, written on every run.',
  'sarif-file':
    'Path of the SARIF 2.1.0 report on the runner, written on every run: upload it with github/codeql-action/upload-sarif for code-scanning alerts.',
  matrix: 'With `mode: plan`: the matrix JSON for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`, `{"target":[…]}` or `{"shard":[…]}`.',
  'targets-count': 'With `mode: plan` or `rollup`: how many targets the targets file lists (or the reports hold).',
  'report-dir': "With `mode: audit`: the directory holding this job's TARGET.json and TARGET.md, for actions/upload-artifact.",
} as const

export type OutputName = keyof typeof OUTPUTS

/** What the runner provides, as ports: inputs, masking, outputs, summary, files. */
export interface RunnerIo extends InputIo {
  setOutput(name: OutputName, value: string): void
  /** Append markdown to the job summary; a no-op outside the runner. */
  summary(markdown: string): Promise<void>
  writeText(path: string, text: string): Promise<void>
  /** A directory's entries (the org rollup's downloaded reports). */
  readdir(dir: string): Promise<string[]>
  /** Where report-json is written (RUNNER_TEMP). */
  tempDir: string
}

export interface ActionResult {
  exitCode: number
  report?: Report
}
