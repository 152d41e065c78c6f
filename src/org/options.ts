/** The org rows: how a run names its targets file, its mode in a matrix, and where reports and snapshots go. */
import { DEFAULT_SNAPSHOT_DIR } from '../history/history.js'
import type { Option } from '../options.js'
import { DEFAULT_TARGETS_PATH } from './targets-path.js'

export const ORG_OPTIONS = {
  mode: {
    input: 'mode',
    default: '',
    help: 'Org runs on the Actions matrix (docs/org.md): `plan` sets the `matrix` output from the targets file, `audit` audits one `target` or `shard` into `report-dir`, `rollup` builds the org report from `reports-dir`, commits every snapshot at once and posts one Slack message. Empty: one run of the inputs above.',
  },
  targets: {
    input: 'targets',
    flag: 'targets',
    arg: 'FILE',
    default: '',
    help: `The targets file (docs/org.md); with a mode, ${DEFAULT_TARGETS_PATH} when empty. On the command line, --targets audits every target in one process and prints the org report.`,
  },
  target: { input: 'target', default: '', help: 'With `mode: audit`: the one target this job audits (from the `matrix` output).' },
  shard: { input: 'shard', default: '', help: 'With `mode: audit`: the shard this job audits, when `plan` grouped the targets (same `max-jobs`).' },
  maxJobs: {
    input: 'max-jobs',
    default: '20',
    help: 'With `mode: plan` and `audit`: the most matrix jobs; more targets than this are grouped into this many shards (at most 256, the matrix limit).',
  },
  reportsDir: {
    input: 'reports-dir',
    default: '',
    help: "With `mode: rollup`: the directory the audit jobs' artifacts were downloaded into (TARGET.json files).",
  },
  snapshotDir: {
    input: 'snapshot-dir',
    flag: 'snapshot-dir',
    arg: 'DIR',
    default: DEFAULT_SNAPSHOT_DIR,
    help: "Org runs: each target's snapshots (its history) are in DIR/TARGET/, the org's in DIR/org/, unless a target names its own snapshot-path.",
  },
} satisfies Record<string, Option>
