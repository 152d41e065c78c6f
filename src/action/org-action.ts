/**
 * The action's org modes, for a nightly fanned out on the Actions matrix:
 * `plan` (the targets → the `matrix` output), `audit` (one target or shard →
 * TARGET.json in `report-dir`, for upload-artifact; no commit, no post) and
 * `rollup` (the downloaded reports → the job summary, one commit of every
 * snapshot, one Slack message).
 */
import { rollup, statusOf, type OrgReport, type TargetOutcome, type TargetReport } from '../audit/org.js'
import type { Report } from '../audit/report.js'
import { EXIT, FatalError } from '../core/errors.js'
import type { Ports } from '../core/ports.js'
import { SharedHosts } from '../net/budget.js'
import { credentialsIn, parseInput, redactor, valueOf, valueOrDefault, type OptionReader } from '../options.js'
import { z } from '../core/schema.js'
import { withDiscovered } from '../org/discover.js'
import { ORG_OPTIONS } from '../org/options.js'
import { readReportsDir } from '../org/reports-dir.js'
import { runTarget } from '../org/run-org.js'
import { DEFAULT_TARGETS_PATH, loadTargets as readTargets, TARGET_NAME, type Target, type TargetsFile } from '../org/targets.js'
import type { Publishers } from '../publish/publishers.js'
import { publishSettings } from '../publish/publishers.js'
import { md } from '../render/escape.js'
import { renderOrgMarkdown, renderOrgSlack } from '../render/org.js'
import { exitCodeFor } from '../run.js'
import { parseFailOn, parseNow, CORE_OPTIONS } from '../settings.js'
import { blobUrl } from '../history/history.js'
import { isPullRequest, runUrl, runName, type ActionContext } from './context.js'
import { actionReader, targetKeys } from './inputs.js'
import type { ActionResult, RunnerIo } from './runner.js'

/** The Actions matrix's own limit on jobs. */
const MATRIX_LIMIT = 256

type Mode = 'plan' | 'audit' | 'rollup'
const modeSchema = z.enum(['plan', 'audit', 'rollup'])

async function loadTargets(io: RunnerIo, path: string, discover?: { reader: OptionReader; ports: Ports }): Promise<TargetsFile> {
  const file = await readTargets(path, io.readText, targetKeys(io.stores))
  // plan and every audit job discover alike (the same identity, the same server order), so shards agree.
  return discover ? withDiscovered(file, discover.reader, discover.ports) : file
}

/** Targets grouped into at most `jobs` shards, round robin in file order: shard N (1-based) holds targets N, N+jobs, … */
export function shards(targets: readonly Target[], jobs: number): Target[][] {
  const count = Math.min(jobs, targets.length)
  return Array.from({ length: count }, (_, i) => targets.filter((_, j) => j % count === i))
}

/**
 * The matrix for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`: one job per target, or per shard,
 * each shard naming its targets (`include` adds `targets` to the job of that shard, for its name and its logs).
 */
export function planMatrix(
  targets: readonly Target[],
  maxJobs: number,
): { target: string[] } | { shard: number[]; include: { shard: number; targets: string }[] } {
  if (targets.length <= maxJobs) return { target: targets.map((t) => t.name) }
  const groups = shards(targets, maxJobs)
  return { shard: groups.map((_, i) => i + 1), include: groups.map((group, i) => ({ shard: i + 1, targets: group.map((t) => t.name).join(' ') })) }
}

export async function runOrgAction(modeText: string, io: RunnerIo, ports: Ports, context: ActionContext, publishers: Publishers): Promise<ActionResult> {
  // The targets file names hosts (vault-url, infisical-host…) the credentials are sent to: on a pull request it is the
  // pull request's, so an org run there could hand them to any server. Org runs are for the schedule and manual runs.
  if (isPullRequest(context)) {
    throw new FatalError(
      `mode: ${/^[a-z]{1,10}$/.test(modeText) ? modeText : '(org)'} does not run on a pull request: the targets file names the hosts the credentials go to, and a pull request controls it. Run org modes on schedule or workflow_dispatch; check a pull request with a single run.`,
    )
  }
  const reader = actionReader(io)
  // Every credential is masked before anything is logged, as in a single run.
  const credentials = credentialsIn(reader, [...targetKeys(io.stores), ...Object.values(ORG_OPTIONS)])
  for (const secret of credentials) io.setSecret(secret)
  // A failure record is a file, not a log line: the runner's masking does not reach it (defence in depth).
  const redact = redactor(credentials)
  const mode: Mode = parseInput(modeSchema, modeText, 'mode')
  const o = ORG_OPTIONS
  const path = valueOrDefault(reader, o.targets) ?? DEFAULT_TARGETS_PATH
  const maxJobs = parseInput(
    z.pipe(
      z.coerce.number(),
      z.int().check(
        z.minimum(1),
        z.refine((n) => n <= MATRIX_LIMIT, `at most ${MATRIX_LIMIT}, the matrix limit`),
      ),
    ),
    valueOrDefault(reader, o.maxJobs),
    'max-jobs',
  )
  const { failOn, failOnHygiene } = parseFailOn(valueOrDefault(reader, CORE_OPTIONS.failOn)!, reader.nameOf(CORE_OPTIONS.failOn))
  const gate = {
    incompleteFails: failOn !== 'none',
    gate: (summed: TargetReport) => exitCodeFor(summed as Report, failOn, failOnHygiene),
    // The org report's day: the `now` input when given (reproducible reports), else the clock.
    now: valueOf(reader, CORE_OPTIONS.now) ? parseNow(valueOf(reader, CORE_OPTIONS.now)!, 'now') : ports.now(),
  }
  const snapshotDir = valueOrDefault(reader, o.snapshotDir)!.replace(/\/+$/, '')
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(snapshotDir) || snapshotDir.split('/').includes('..')) {
    throw new FatalError(`Invalid snapshot-dir: expected a relative folder of the repository such as docs/ops/vault-coverage`)
  }

  if (mode === 'plan') {
    const file = await loadTargets(io, path, { reader, ports })
    const matrix = planMatrix(file.targets, maxJobs)
    io.setOutput('matrix', JSON.stringify(matrix))
    io.setOutput('targets-count', String(file.targets.length))
    const jobs = 'target' in matrix ? matrix.target.length : matrix.shard.length
    ports.logger.info(
      `Planned ${file.targets.length} targets in ${jobs} jobs${'shard' in matrix ? ` (shards of up to ${Math.ceil(file.targets.length / jobs)})` : ''}`,
    )
    await io.summary(`## Vault coverage: plan\n\n${file.targets.length} targets from ${md(path)} in ${jobs} matrix jobs.\n`)
    return { exitCode: EXIT.ok }
  }

  if (mode === 'audit') {
    const file = await loadTargets(io, path, { reader, ports })
    const name = io.input('target')
    const shard = io.input('shard')
    let chosen: Target[]
    if (name) {
      const target = file.targets.find((t) => t.name === name)
      if (!target) throw new FatalError(`Invalid target: "${TARGET_NAME.test(name) ? name : '(not shown)'}" is not a target of ${path}`)
      chosen = [target]
    } else if (shard) {
      const groups = shards(file.targets, maxJobs)
      const n = parseInput(z.pipe(z.coerce.number(), z.int().check(z.minimum(1))), shard, 'shard')
      if (n > groups.length) throw new FatalError(`Invalid shard: ${n}; ${path} with max-jobs ${maxJobs} has ${groups.length} shards`)
      chosen = groups[n - 1]!
    } else throw new FatalError("mode: audit needs `target` (or `shard`) from the plan job's matrix")
    const reportDir = `${io.tempDir.replace(/\/$/, '')}/vault-coverage-reports`
    io.setOutput('report-dir', reportDir)
    const publish = publishSettings(reader, `${snapshotDir}/{date}.md`)
    const outcomes: TargetOutcome[] = []
    // A shard's targets run one after the other, sharing each host's pace.
    const shared = { ...ports, hosts: new SharedHosts() }
    // The trend reads a night per request: 50 targets × 30 nights would pass the workflow token's 1,000 requests an
    // hour, so in the org it is off unless the targets file asks for it (`trend-nights` in defaults or a target).
    const noTrend: OptionReader = { ...reader, read: (option) => (option === CORE_OPTIONS.trendNights ? '0' : reader.read(option)) }
    for (const target of chosen) {
      outcomes.push(
        await runTarget(target, file, noTrend, io, shared, io, {
          parallel: 1,
          outputDir: reportDir,
          snapshotDir,
          // History per target, from its own folder on the branch the rollup commits to.
          previous: (snapshotPath) => publishers.previous({ ...publish, snapshotPath }),
          redact,
        }),
      )
    }
    const { org, exitCode } = rollup(outcomes, gate)
    await io.summary(renderOrgMarkdown(org))
    return { exitCode }
  }

  // rollup
  const dir = io.input('reports-dir')
  if (!dir) throw new FatalError("mode: rollup needs `reports-dir`: where the audit jobs' artifacts were downloaded")
  const file = io.exists(path) ? await loadTargets(io, path) : undefined
  const exitOf = (report: TargetReport) => (statusOf(report) === 'incomplete' && failOn !== 'none' ? EXIT.incomplete : EXIT.ok)
  const outcomes = await readReportsDir(dir, io, file, exitOf)
  if (!outcomes.length) throw new FatalError(`No target reports in ${dir} (TARGET.json or TARGET.failed.json)`)
  const { org, exitCode } = rollup(outcomes, gate)
  const day = org.generatedAt.slice(0, 10)
  const json = `${JSON.stringify(org, null, 2)}\n`
  const publish = publishSettings(reader, `${snapshotDir}/org/{date}.md`)
  const markdown = renderOrgMarkdown(org)
  // The job summary links each target to its snapshot on the branch, where this run commits it.
  const linked = renderOrgMarkdown(org, (t) =>
    t.counts ? blobUrl(context.serverUrl, context, publish.branch ?? 'HEAD', `${snapshotDir}/${t.name}/${day}.md`) : undefined,
  )
  const temp = io.tempDir.replace(/\/$/, '')
  await io.writeText(`${temp}/vault-coverage-org.json`, json)
  await io.writeText(`${temp}/vault-coverage-org.md`, markdown)
  setCounts(io, org)
  io.setOutput('report-json', `${temp}/vault-coverage-org.json`)
  io.setOutput('report-markdown', `${temp}/vault-coverage-org.md`)
  io.setOutput('targets-count', String(org.targets.length))
  // The job summary is written before any publisher runs.
  await io.summary(linked)

  // Every target's dated snapshot and the org's, in one commit: fifty jobs never race on the branch.
  const files = [
    { path: `${snapshotDir}/org/${day}.md`, content: markdown },
    { path: `${snapshotDir}/org/${day}.json`, content: json },
  ]
  for (const target of org.targets) {
    if (!target.counts) continue
    const twin = await io.readText(`${dir}/${target.name}.json`)
    const targetDay = (/"generatedAt": ?"(\d{4}-\d{2}-\d{2})/.exec(twin)?.[1] ?? day).slice(0, 10)
    files.push({ path: `${snapshotDir}/${target.name}/${targetDay}.json`, content: twin })
    if (io.exists(`${dir}/${target.name}.md`))
      files.push({ path: `${snapshotDir}/${target.name}/${targetDay}.md`, content: await io.readText(`${dir}/${target.name}.md`) })
  }
  const commit = await publishers.commitAll(files, `Vault coverage: ${org.targets.length} targets, ${org.counts.drift} drift rows (${day})`, publish)
  io.setOutput('commit-sha', commit?.status === 'committed' ? commit.sha : '')
  if (commit?.status === 'committed') await io.summary(`Snapshots committed: ${files.length} files, [${md(files[0]!.path)}](${commit.url})\n`)
  const message = renderOrgSlack(org, {
    runUrl: runUrl(context),
    runName: runName(context),
    ...(commit?.status === 'committed' ? { snapshotUrl: commit.url } : {}),
    ...(publish.slackMention ? { mention: publish.slackMention } : {}),
  })
  io.setOutput('slack-posted', String(message ? await publishers.post(message, publish) : false))
  if (!message) ports.logger.info('No target has new drift or failed: no Slack post')
  return { exitCode }
}

function setCounts(io: RunnerIo, org: OrgReport): void {
  const c = org.counts
  io.setOutput('drift-count', String(c.drift))
  io.setOutput('skew-count', String(c.skew))
  io.setOutput('expiring-count', String(c.expiring))
  io.setOutput('unreadable-count', String(c.unreadable))
  io.setOutput('new-drift-count', String(c.newDrift))
  io.setOutput('resolved-drift-count', String(c.resolvedDrift))
}
