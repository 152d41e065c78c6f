export const id = 9887;
export const ids = [9887];
export const modules = {

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOrgAction: () => (/* binding */ runOrgAction)
/* harmony export */ });
/* unused harmony exports shards, planMatrix */
/* harmony import */ var _audit_org_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56405);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85897);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88381);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12032);
/* harmony import */ var _org_discover_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43082);
/* harmony import */ var _org_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32796);
/* harmony import */ var _org_reports_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86823);
/* harmony import */ var _org_run_org_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18608);
/* harmony import */ var _org_targets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31784);
/* harmony import */ var _publish_publishers_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(93274);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(57789);
/* harmony import */ var _render_org_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30942);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5484);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(70606);
/* harmony import */ var _history_history_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(43328);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(40645);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(81729);
/**
 * The action's org modes, for a nightly fanned out on the Actions matrix:
 * `plan` (the targets → the `matrix` output), `audit` (one target or shard →
 * TARGET.json in `report-dir`, for upload-artifact; no commit, no post) and
 * `rollup` (the downloaded reports → the job summary, one commit of every
 * snapshot, one Slack message).
 */


















/** The Actions matrix's own limit on jobs. */
const MATRIX_LIMIT = 256;
const modeSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.enum(['plan', 'audit', 'rollup']);
async function loadTargets(io, path, discover) {
    const file = await (0,_org_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .loadTargets */ .JU)(path, io.readText, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .targetKeys */ .qM)(io.stores));
    // plan and every audit job discover alike (the same identity, the same server order), so shards agree.
    return discover ? (0,_org_discover_js__WEBPACK_IMPORTED_MODULE_5__/* .withDiscovered */ .b)(file, discover.reader, discover.ports) : file;
}
/** Targets grouped into at most `jobs` shards, round robin in file order: shard N (1-based) holds targets N, N+jobs, … */
function shards(targets, jobs) {
    const count = Math.min(jobs, targets.length);
    return Array.from({ length: count }, (_, i) => targets.filter((_, j) => j % count === i));
}
/**
 * The matrix for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`: one job per target, or per shard,
 * each shard naming its targets (`include` adds `targets` to the job of that shard, for its name and its logs).
 */
function planMatrix(targets, maxJobs) {
    if (targets.length <= maxJobs)
        return { target: targets.map((t) => t.name) };
    const groups = shards(targets, maxJobs);
    return { shard: groups.map((_, i) => i + 1), include: groups.map((group, i) => ({ shard: i + 1, targets: group.map((t) => t.name).join(' ') })) };
}
async function runOrgAction(modeText, io, ports, context, publishers) {
    // The targets file names hosts (vault-url, infisical-host…) the credentials are sent to: on a pull request it is the
    // pull request's, so an org run there could hand them to any server. Org runs are for the schedule and manual runs.
    if ((0,_context_js__WEBPACK_IMPORTED_MODULE_16__/* .isPullRequest */ .r0)(context)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`mode: ${/^[a-z]{1,10}$/.test(modeText) ? modeText : '(org)'} does not run on a pull request: the targets file names the hosts the credentials go to, and a pull request controls it. Run org modes on schedule or workflow_dispatch; check a pull request with a single run.`);
    }
    const reader = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .actionReader */ .CE)(io);
    // Every credential is masked before anything is logged, as in a single run.
    const credentials = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .credentialsIn */ .Wr)(reader, [...(0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .targetKeys */ .qM)(io.stores), ...Object.values(_org_options_js__WEBPACK_IMPORTED_MODULE_6__/* .ORG_OPTIONS */ .U)]);
    for (const secret of credentials)
        io.setSecret(secret);
    // A failure record is a file, not a log line: the runner's masking does not reach it (defence in depth).
    const redact = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$p)(credentials);
    const mode = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInput */ .CU)(modeSchema, modeText, 'mode');
    const o = _org_options_js__WEBPACK_IMPORTED_MODULE_6__/* .ORG_OPTIONS */ .U;
    const path = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOrDefault */ .a4)(reader, o.targets) ?? _org_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_TARGETS_PATH */ .lp;
    const maxJobs = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.pipe(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.coerce.number(), _core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.minimum(1), _core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.refine((n) => n <= MATRIX_LIMIT, `at most ${MATRIX_LIMIT}, the matrix limit`))), (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOrDefault */ .a4)(reader, o.maxJobs), 'max-jobs');
    const { failOn, failOnHygiene } = (0,_settings_js__WEBPACK_IMPORTED_MODULE_13__/* .parseFailOn */ .XV)((0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOrDefault */ .a4)(reader, _settings_js__WEBPACK_IMPORTED_MODULE_13__/* .CORE_OPTIONS */ .Jl.failOn), reader.nameOf(_settings_js__WEBPACK_IMPORTED_MODULE_13__/* .CORE_OPTIONS */ .Jl.failOn));
    const gate = {
        incompleteFails: failOn !== 'none',
        gate: (summed) => (0,_run_js__WEBPACK_IMPORTED_MODULE_12__/* .exitCodeFor */ .R)(summed, failOn, failOnHygiene),
        // The org report's day: the `now` input when given (reproducible reports), else the clock.
        now: (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOf */ .RP)(reader, _settings_js__WEBPACK_IMPORTED_MODULE_13__/* .CORE_OPTIONS */ .Jl.now) ? (0,_settings_js__WEBPACK_IMPORTED_MODULE_13__/* .parseNow */ .A7)((0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOf */ .RP)(reader, _settings_js__WEBPACK_IMPORTED_MODULE_13__/* .CORE_OPTIONS */ .Jl.now), 'now') : ports.now(),
    };
    const snapshotDir = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOrDefault */ .a4)(reader, o.snapshotDir).replace(/\/+$/, '');
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(snapshotDir) || snapshotDir.split('/').includes('..')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Invalid snapshot-dir: expected a relative folder of the repository such as docs/ops/vault-coverage`);
    }
    if (mode === 'plan') {
        const file = await loadTargets(io, path, { reader, ports });
        const matrix = planMatrix(file.targets, maxJobs);
        io.setOutput('matrix', JSON.stringify(matrix));
        io.setOutput('targets-count', String(file.targets.length));
        const jobs = 'target' in matrix ? matrix.target.length : matrix.shard.length;
        ports.logger.info(`Planned ${file.targets.length} targets in ${jobs} jobs${'shard' in matrix ? ` (shards of up to ${Math.ceil(file.targets.length / jobs)})` : ''}`);
        await io.summary(`## Vault coverage: plan\n\n${file.targets.length} targets from ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_17__.md)(path)} in ${jobs} matrix jobs.\n`);
        return { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok };
    }
    if (mode === 'audit') {
        const file = await loadTargets(io, path, { reader, ports });
        const name = io.input('target');
        const shard = io.input('shard');
        let chosen;
        if (name) {
            const target = file.targets.find((t) => t.name === name);
            if (!target)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Invalid target: "${_org_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .TARGET_NAME */ .MI.test(name) ? name : '(not shown)'}" is not a target of ${path}`);
            chosen = [target];
        }
        else if (shard) {
            const groups = shards(file.targets, maxJobs);
            const n = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.pipe(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.coerce.number(), _core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.minimum(1))), shard, 'shard');
            if (n > groups.length)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Invalid shard: ${n}; ${path} with max-jobs ${maxJobs} has ${groups.length} shards`);
            chosen = groups[n - 1];
        }
        else
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX("mode: audit needs `target` (or `shard`) from the plan job's matrix");
        const reportDir = `${io.tempDir.replace(/\/$/, '')}/vault-coverage-reports`;
        io.setOutput('report-dir', reportDir);
        const publish = (0,_publish_publishers_js__WEBPACK_IMPORTED_MODULE_10__/* .publishSettings */ .nR)(reader, `${snapshotDir}/{date}.md`);
        const outcomes = [];
        // A shard's targets run one after the other, sharing each host's pace.
        const shared = { ...ports, hosts: new _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .SharedHosts */ .rQ() };
        // The trend reads a night per request: 50 targets × 30 nights would pass the workflow token's 1,000 requests an
        // hour, so in the org it is off unless the targets file asks for it (`trend-nights` in defaults or a target).
        const noTrend = { ...reader, read: (option) => (option === _settings_js__WEBPACK_IMPORTED_MODULE_13__/* .CORE_OPTIONS */ .Jl.trendNights ? '0' : reader.read(option)) };
        for (const target of chosen) {
            outcomes.push(await (0,_org_run_org_js__WEBPACK_IMPORTED_MODULE_8__/* .runTarget */ .Nh)(target, file, noTrend, io, shared, io, {
                parallel: 1,
                outputDir: reportDir,
                snapshotDir,
                // History per target, from its own folder on the branch the rollup commits to.
                previous: (snapshotPath) => publishers.previous({ ...publish, snapshotPath }),
                redact,
            }));
        }
        const { org, exitCode } = (0,_audit_org_js__WEBPACK_IMPORTED_MODULE_0__/* .rollup */ .z)(outcomes, gate);
        await io.summary((0,_render_org_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOrgMarkdown */ .S)(org));
        return { exitCode };
    }
    // rollup
    const dir = io.input('reports-dir');
    if (!dir)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX("mode: rollup needs `reports-dir`: where the audit jobs' artifacts were downloaded");
    const file = io.exists(path) ? await loadTargets(io, path) : undefined;
    const exitOf = (report) => ((0,_audit_org_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(report) === 'incomplete' && failOn !== 'none' ? _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.incomplete : _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok);
    const outcomes = await (0,_org_reports_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .readReportsDir */ .b)(dir, io, file, exitOf);
    if (!outcomes.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`No target reports in ${dir} (TARGET.json or TARGET.failed.json)`);
    const { org, exitCode } = (0,_audit_org_js__WEBPACK_IMPORTED_MODULE_0__/* .rollup */ .z)(outcomes, gate);
    const day = org.generatedAt.slice(0, 10);
    const json = `${JSON.stringify(org, null, 2)}\n`;
    const publish = (0,_publish_publishers_js__WEBPACK_IMPORTED_MODULE_10__/* .publishSettings */ .nR)(reader, `${snapshotDir}/org/{date}.md`);
    const markdown = (0,_render_org_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOrgMarkdown */ .S)(org);
    // The job summary links each target to its snapshot on the branch, where this run commits it.
    const linked = (0,_render_org_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOrgMarkdown */ .S)(org, (t) => t.counts ? (0,_history_history_js__WEBPACK_IMPORTED_MODULE_14__/* .blobUrl */ .b0)(context.serverUrl, context, publish.branch ?? 'HEAD', `${snapshotDir}/${t.name}/${day}.md`) : undefined);
    const temp = io.tempDir.replace(/\/$/, '');
    await io.writeText(`${temp}/vault-coverage-org.json`, json);
    await io.writeText(`${temp}/vault-coverage-org.md`, markdown);
    setCounts(io, org);
    io.setOutput('report-json', `${temp}/vault-coverage-org.json`);
    io.setOutput('report-markdown', `${temp}/vault-coverage-org.md`);
    io.setOutput('targets-count', String(org.targets.length));
    // The job summary is written before any publisher runs.
    await io.summary(linked);
    // Every target's dated snapshot and the org's, in one commit: fifty jobs never race on the branch.
    const files = [
        { path: `${snapshotDir}/org/${day}.md`, content: markdown },
        { path: `${snapshotDir}/org/${day}.json`, content: json },
    ];
    for (const target of org.targets) {
        if (!target.counts)
            continue;
        const twin = await io.readText(`${dir}/${target.name}.json`);
        const targetDay = (/"generatedAt": ?"(\d{4}-\d{2}-\d{2})/.exec(twin)?.[1] ?? day).slice(0, 10);
        files.push({ path: `${snapshotDir}/${target.name}/${targetDay}.json`, content: twin });
        if (io.exists(`${dir}/${target.name}.md`))
            files.push({ path: `${snapshotDir}/${target.name}/${targetDay}.md`, content: await io.readText(`${dir}/${target.name}.md`) });
    }
    const commit = await publishers.commitAll(files, `Vault coverage: ${org.targets.length} targets, ${org.counts.drift} drift rows (${day})`, publish);
    io.setOutput('commit-sha', commit?.status === 'committed' ? commit.sha : '');
    if (commit?.status === 'committed')
        await io.summary(`Snapshots committed: ${files.length} files, [${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_17__.md)(files[0].path)}](${commit.url})\n`);
    const message = (0,_render_org_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOrgSlack */ .j)(org, {
        runUrl: (0,_context_js__WEBPACK_IMPORTED_MODULE_16__/* .runUrl */ .Vp)(context),
        runName: (0,_context_js__WEBPACK_IMPORTED_MODULE_16__/* .runName */ .rt)(context),
        ...(commit?.status === 'committed' ? { snapshotUrl: commit.url } : {}),
        ...(publish.slackMention ? { mention: publish.slackMention } : {}),
    });
    io.setOutput('slack-posted', String(message ? await publishers.post(message, publish) : false));
    if (!message)
        ports.logger.info('No target has new drift or failed: no Slack post');
    return { exitCode };
}
function setCounts(io, org) {
    const c = org.counts;
    io.setOutput('drift-count', String(c.drift));
    io.setOutput('skew-count', String(c.skew));
    io.setOutput('expiring-count', String(c.expiring));
    io.setOutput('unreadable-count', String(c.unreadable));
    io.setOutput('new-drift-count', String(c.newDrift));
    io.setOutput('resolved-drift-count', String(c.resolvedDrift));
}


/***/ })

};

//# sourceMappingURL=9887.index.js.map