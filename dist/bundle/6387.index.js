export const id = 6387;
export const ids = [6387];
export const modules = {

/***/ 40645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   jW: () => (/* binding */ contextFromEnv),
/* harmony export */   r0: () => (/* binding */ isPullRequest),
/* harmony export */   rt: () => (/* binding */ runName)
/* harmony export */ });
function contextFromEnv(env, eventPayload) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const number = eventPayload?.pull_request?.number;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        owner,
        repo,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
        ...(env.GITHUB_RUN_NUMBER ? { runNumber: env.GITHUB_RUN_NUMBER } : {}),
        ...(typeof number === 'number' ? { prNumber: number } : {}),
        ...(env.GITHUB_BASE_REF ? { baseRef: env.GITHUB_BASE_REF } : {}),
    };
}
const isPullRequest = (context) => context.eventName === 'pull_request' || context.eventName === 'pull_request_target';
/** Which run this is, for a message read among others: `acme/shop · Vault coverage #42`. */
const runName = (context) => [`${context.owner}/${context.repo}`, [context.workflow, context.runNumber ? `#${context.runNumber}` : ''].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');
const runUrl = (context) => `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;


/***/ }),

/***/ 56387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/net/transport.ts
var transport = __webpack_require__(17122);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/action/context.ts
var action_context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/publish/publishers.ts
var publish_publishers = __webpack_require__(93274);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/history/history.ts
var history_history = __webpack_require__(43328);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/runner.ts
/** The outputs action.yml declares, and what each means. */
const OUTPUTS = {
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
    'sarif-file': 'Path of the SARIF 2.1.0 report on the runner, written on every run: upload it with github/codeql-action/upload-sarif for code-scanning alerts.',
    matrix: 'With `mode: plan`: the matrix JSON for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`, `{"target":[…]}` or `{"shard":[…]}`.',
    'targets-count': 'With `mode: plan` or `rollup`: how many targets the targets file lists (or the reports hold).',
    'report-dir': "With `mode: audit`: the directory holding this job's TARGET.json and TARGET.md, for actions/upload-artifact.",
};

;// CONCATENATED MODULE: ./src/action/run-action.ts








/** Exit 1: the cause as an error annotation and in the job summary, where a nightly failure is seen. */
async function couldNotRun(io, ports, message, where) {
    ports.logger.error(message, where);
    await io.summary(`## Vault coverage: could not run\n\n${(0,render_escape.md)(message)}\n\nNothing was audited (exit 1). See the README's exit codes for what to do.\n`);
    return { exitCode: errors/* EXIT */.dc.fatal };
}
/** When the settings could not be built, the Slack settings alone may still be: enough to say the run failed. */
function failureSettings(io) {
    try {
        return (0,publish_publishers/* publishSettings */.nR)((0,inputs/* actionReader */.CE)(io), history_history/* DEFAULT_SNAPSHOT_PATH */.$2);
    }
    catch {
        return undefined;
    }
}
/** The markdown snapshot the history came from, on the branch it was read from. */
function lastCommitted(report, context, branch) {
    const json = report.history?.previous.location;
    if (!json)
        return {};
    const snapshotPath = json.replace(/\.json$/, '.md');
    return { snapshotPath, snapshotUrl: (0,history_history/* blobUrl */.b0)(context.serverUrl, context, branch ?? context.baseRef ?? 'HEAD', snapshotPath) };
}
async function runAction(io, ports, context, publishers) {
    const mode = io.input('mode');
    if (mode) {
        // An org mode (plan, audit, rollup): its own flow, loaded only when asked for.
        try {
            const { runOrgAction } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9330), __webpack_require__.e(2495), __webpack_require__.e(5484), __webpack_require__.e(8998), __webpack_require__.e(9887)]).then(__webpack_require__.bind(__webpack_require__, 9887));
            return await runOrgAction(mode, io, { ...ports, mask: io.setSecret }, context, publishers);
        }
        catch (err) {
            return couldNotRun(io, ports, err instanceof errors/* FatalError */.HX ? err.message : `Unexpected error: ${(0,errors/* errorMessage */.gJ)(err)}`, err instanceof errors/* FatalError */.HX ? err.where : undefined);
        }
    }
    let settings;
    let publish;
    const pullRequest = (0,action_context/* isPullRequest */.r0)(context);
    // An audit that quietly stops working is the worst failure it can have: exit 1 is posted too.
    const failed = async (message, where) => {
        const result = await couldNotRun(io, ports, message, where);
        const alert = publish ?? failureSettings(io);
        if (alert?.slackWebhookUrl && alert.notifyOnFailure && !pullRequest) {
            await publishers.slackFailure('could-not-run', `${message} (exit 1: nothing was audited)`, (0,action_context/* runUrl */.Vp)(context), alert);
        }
        return result;
    };
    try {
        ;
        ({ settings, publish } = await (0,inputs/* actionSettings */.Sh)({ ...io, pullRequest: (0,action_context/* isPullRequest */.r0)(context) }));
    }
    catch (err) {
        return failed((0,errors/* errorMessage */.gJ)(err), err instanceof errors/* FatalError */.HX ? err.where : undefined);
    }
    // The audit engine and renderers load once the settings are valid: a bad input fails fast.
    const { run, exitMessage } = await Promise.all(/* import() */[__webpack_require__.e(5484), __webpack_require__.e(9929)]).then(__webpack_require__.bind(__webpack_require__, 5484));
    let report;
    let exitCode;
    const group = ports.group ?? ((_name, fn) => fn());
    try {
        // A pull request compares with its base branch's last committed snapshot, today's included.
        const history = pullRequest && !publish.branch && context.baseRef ? { ...publish, branch: context.baseRef } : publish;
        ({ report, exitCode } = await group(`Audit: ${settings.stores.map((s) => s.kind).join(' + ')}`, () => run(settings, { ...ports, mask: io.setSecret }, { previous: publishers.previous(history), includeToday: pullRequest })));
    }
    catch (err) {
        return failed(err instanceof errors/* FatalError */.HX ? err.message : `Unexpected error: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    // Decided before the snapshot is rendered: the JSON twin records what was posted today, so a re-run
    // (a workflow_dispatch after the nightly, a retried job) with the same drift does not post it again.
    const plan = await publishers.plan(report, publish, pullRequest);
    const files = await (0,history_history/* snapshotFiles */.Oq)(report, publish.snapshotPath, plan.notification);
    const { renderSummary } = await Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(1692)]).then(__webpack_require__.bind(__webpack_require__, 61692));
    // Every run leaves its reports on the runner, committed or not: actions/upload-artifact can keep them.
    const temp = io.tempDir.replace(/\/$/, '');
    const { renderCsv } = await __webpack_require__.e(/* import() */ 879).then(__webpack_require__.bind(__webpack_require__, 23260));
    const reports = {
        json: `${temp}/vault-coverage-report.json`,
        markdown: `${temp}/vault-coverage-report.md`,
        csv: `${temp}/vault-coverage-report.csv`,
        sarif: `${temp}/vault-coverage.sarif`,
    };
    const { renderSarif } = await __webpack_require__.e(/* import() */ 3729).then(__webpack_require__.bind(__webpack_require__, 43729));
    await io.writeText(reports.json, files.json);
    await io.writeText(reports.markdown, files.markdown);
    await io.writeText(reports.csv, renderCsv(report));
    await io.writeText(reports.sarif, renderSarif(report, { version: version/* VERSION */.x, snapshot: { path: files.markdownPath, markdown: files.markdown } }));
    io.setOutput('drift-count', String(report.counts.drift));
    io.setOutput('skew-count', String(report.counts.skew));
    io.setOutput('expiring-count', String(report.counts.expiring));
    io.setOutput('unreadable-count', String(report.counts.unreadable));
    io.setOutput('new-drift-count', String(report.counts.newDrift));
    io.setOutput('resolved-drift-count', String(report.counts.resolvedDrift));
    io.setOutput('snapshot-path', files.markdownPath);
    io.setOutput('report-json', reports.json);
    io.setOutput('report-markdown', reports.markdown);
    io.setOutput('report-csv', reports.csv);
    io.setOutput('sarif-file', reports.sarif);
    // The job summary is written before any publisher runs: a publisher that fails or stalls loses nothing.
    // A pull request commits nothing: it points at the last committed snapshot, when there is one.
    const committed = pullRequest ? lastCommitted(report, context, publish.branch) : { snapshotPath: files.markdownPath };
    await io.summary(renderSummary(report, { maxBytes: 1_000_000, runUrl: (0,action_context/* runUrl */.Vp)(context), ...committed }));
    // Each publisher decides for itself whether it runs; they run in this order.
    const message = exitMessage(exitCode, report, settings.failOn, settings.failOnHygiene);
    const outcome = { report, files, settings: publish, pullRequest, exitCode, ...(message ? { exitMessage: message } : {}), committed };
    const commit = await group('Snapshot commit', () => publishers.commit(outcome));
    io.setOutput('commit-sha', commit?.status === 'committed' ? commit.sha : '');
    const links = {
        runUrl: (0,action_context/* runUrl */.Vp)(context),
        runName: (0,action_context/* runName */.rt)(context),
        ...(commit?.status === 'committed' ? { snapshotUrl: commit.url } : {}),
    };
    if (links.snapshotUrl)
        await io.summary(`Snapshot committed: [${(0,render_escape.md)(files.markdownPath)}](${links.snapshotUrl})\n`);
    await publishers.comment(outcome, links);
    io.setOutput('slack-posted', String(await publishers.slack(outcome, links, plan)));
    if (message)
        ports.logger.error(message);
    return { exitCode, report };
}

// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(79622);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: @actions/core for the runner (inputs, outputs, masking, job
 * summary, annotations, the OIDC token), the real ports, then runAction().
 * Exported as run() so @github/local-action can drive it; src/index.ts calls it.
 */












const readEvent = (path) => {
    try {
        return path ? JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) : undefined;
    }
    catch {
        return undefined;
    }
};
async function run() {
    const logger = {
        debug: (message) => core/* debug */.Yz(message),
        // core.info writes the text as it is; the other levels escape it as command data.
        info: (message) => core/* info */.pq((0,render_escape/* logLine */.BP)(message)),
        warning: (message) => core/* warning */.$e(message),
        error: (message, where) => core/* error */.z3(message, where ? { file: where.file, ...(where.line ? { startLine: where.line } : {}) } : {}),
    };
    const io = {
        input: (name) => core/* getInput */.V4(name),
        setSecret: (value) => core/* setSecret */.Pq(value),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        summary: async (markdown) => {
            // core.summary.write() throws outside the runner.
            if (process.env.GITHUB_STEP_SUMMARY)
                await core/* summary */.z.addRaw(markdown, true).write();
        },
        writeText: async (path, text) => {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, text);
        },
        readText: (0,workspace/* workspaceReader */.Xx)(process.cwd()),
        readdir: (dir) => (0,promises_.readdir)(dir),
        exists: external_node_fs_.existsSync,
        tempDir: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
    };
    const ports = {
        logger,
        fetch: (0,transport/* nodeTransport */._)(),
        now: () => new Date(),
        sleep: (ms) => (0,external_node_timers_promises_.setTimeout)(ms),
        readText: (0,workspace/* workspaceReader */.Xx)(process.cwd()),
        idToken: (audience) => core/* getIDToken */.V9(audience),
        group: (name, fn) => core/* group */.Os(name, fn),
    };
    const context = (0,action_context/* contextFromEnv */.jW)(process.env, readEvent(process.env.GITHUB_EVENT_PATH));
    const publishers = (0,publish_publishers/* createPublishers */.W2)({
        logger,
        // The stores' transport: node:http with keep-alive, the same timeouts and no redirect followed.
        fetch: (0,transport/* fetchOver */.h)(ports.fetch),
        sleep: ports.sleep,
        repository: { owner: context.owner, repo: context.repo },
        serverUrl: context.serverUrl,
        ...(context.prNumber !== undefined ? { prNumber: context.prNumber } : {}),
    });
    const result = await runAction(io, ports, context, publishers);
    process.exitCode = result.exitCode;
}


/***/ })

};

//# sourceMappingURL=6387.index.js.map