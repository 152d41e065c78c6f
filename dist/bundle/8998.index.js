export const id = 8998;
export const ids = [8998,5104];
export const modules = {

/***/ 56405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ zeroCounts),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   z: () => (/* binding */ rollup)
/* harmony export */ });
/* unused harmony exports ORG_SCHEMA_VERSION, worse */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const ORG_SCHEMA_VERSION = 1;
const COUNT_KEYS = [
    'rows',
    'drift',
    'missing',
    'unexpected',
    'byDesign',
    'incomplete',
    'skew',
    'expiring',
    'expired',
    'unreadable',
    'unreadablePaths',
    'unreadFiles',
    'rotationOverdue',
    'undeclared',
    'undocumented',
    'newDrift',
    'resolvedDrift',
    'staleExceptions',
    'unused',
];
const zeroCounts = () => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0]));
const add = (sum, counts) => {
    for (const k of COUNT_KEYS)
        sum[k] += counts[k];
};
const noStatuses = () => ({ ok: 0, drift: 0, incomplete: 0, failed: 0, missing: 0 });
/** A report's status: incomplete when any part was not read, drift when it has drift, else ok. */
function statusOf(report) {
    const c = report.counts;
    if (c.unreadable > 0 || c.unreadablePaths > 0 || c.unreadFiles > 0)
        return 'incomplete';
    return c.drift > 0 ? 'drift' : 'ok';
}
/** How bad an exit code is: could not run, then incomplete, then the gate, then clean. */
const SEVERITY = { [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok]: 0, [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.gate]: 1, [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete]: 2, [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fatal]: 3 };
const worse = (a, b) => ((SEVERITY[b] ?? 3) > (SEVERITY[a] ?? 3) ? b : a);
/** The org report of every outcome, in the order given, and the org's exit code. */
function rollup(outcomes, options) {
    const counts = zeroCounts();
    const statuses = noStatuses();
    const targets = [];
    const teams = new Map();
    let exitCode = _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    let historyMissing = false;
    for (const outcome of outcomes) {
        const team = outcome.team;
        let target;
        if ('report' in outcome) {
            target = { name: outcome.name, ...(team ? { team } : {}), status: statusOf(outcome.report), exitCode: outcome.exitCode, counts: outcome.report.counts };
            add(counts, outcome.report.counts);
            if (outcome.report.historyUnavailable && outcome.report.counts.drift > 0)
                historyMissing = true;
            if (target.status === 'incomplete' && options.incompleteFails)
                exitCode = worse(exitCode, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete);
        }
        else if ('failed' in outcome) {
            target = { name: outcome.name, ...(team ? { team } : {}), status: 'failed', exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fatal, cause: outcome.failed };
            exitCode = worse(exitCode, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fatal);
        }
        else {
            target = {
                name: outcome.name,
                ...(team ? { team } : {}),
                status: 'missing',
                exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete,
                cause: 'no report arrived (its job did not finish, or its artifact was not downloaded)',
            };
            // As an unreadable environment counts: incomplete, unless the gate is off.
            if (options.incompleteFails)
                exitCode = worse(exitCode, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete);
        }
        targets.push(target);
        statuses[target.status]++;
        if (team) {
            let entry = teams.get(team);
            if (!entry)
                teams.set(team, (entry = { team, targets: [], statuses: noStatuses(), counts: zeroCounts() }));
            entry.targets.push(target.name);
            entry.statuses[target.status]++;
            if (target.counts)
                add(entry.counts, target.counts);
        }
    }
    // The fail-on words on the sum, as one run's gate reads its own counts (the incomplete parts were counted above).
    const summed = {
        counts: { ...counts, unreadable: 0, unreadablePaths: 0, unreadFiles: 0 },
        ...(historyMissing ? { historyUnavailable: 'a target had no readable history' } : {}),
    };
    exitCode = worse(exitCode, options.gate(summed));
    const org = {
        schemaVersion: ORG_SCHEMA_VERSION,
        generatedAt: options.now.toISOString(),
        targets,
        teams: [...teams.values()].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0)),
        counts,
        statuses,
    };
    return { org, exitCode };
}


/***/ }),

/***/ 43082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ withDiscovered)
});

// EXTERNAL MODULE: ./src/audit/glob.ts
var glob = __webpack_require__(44349);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/settings.ts + 13 modules
var settings = __webpack_require__(70606);
// EXTERNAL MODULE: ./src/sources/store.ts
var store = __webpack_require__(82467);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/sources/infisical/session.ts
var infisical_session = __webpack_require__(19383);
// EXTERNAL MODULE: ./src/sources/infisical/settings.ts
var infisical_settings = __webpack_require__(83574);
;// CONCATENATED MODULE: ./src/sources/infisical/projects.ts
/**
 * The projects an identity may read (`GET /api/v1/projects`: every project it
 * is a member of), for an org's `discover:`. Logs in as the audit would, lists
 * once, revokes the token. Only ids, slugs and names leave this function.
 */




const projectsSchema = schema.z.object({
    projects: schema.z.array(schema.z.object({ id: schema.z.string().check(schema.z.minLength(1)), slug: schema.z.string().check(schema.z.minLength(1)), name: schema.z.optional(schema.z.string()) })),
});
async function listProjects(reader, network, ports) {
    // The settings want a project: discovery is what finds them, so none is needed to log in.
    const settings = (0,infisical_settings/* infisicalSettings */.Oy)({ ...reader, read: (option) => (option === infisical_settings/* INFISICAL_OPTIONS */.IT.projectId ? 'discovery' : reader.read(option)), nameOf: reader.nameOf }, network);
    const session = new infisical_session/* Session */.N(settings, ports);
    try {
        await session.login();
        const parsed = projectsSchema.safeParse(await session.get('/api/v1/projects', {}));
        if (!parsed.success)
            throw new store/* StoreFailure */.kB('failed', `The project list from ${settings.host} is not what Infisical answers (no projects with id and slug)`);
        return parsed.data.projects.map((p) => ({ id: p.id, slug: p.slug, name: p.name ?? p.slug }));
    }
    finally {
        await session.revoke();
    }
}

;// CONCATENATED MODULE: ./src/org/discover.ts
/**
 * `discover:`: every Infisical project the identity can see becomes a target
 * named by its slug (filtered by `match`), with the block's settings. Targets
 * the file names itself keep their own settings; a project already named is
 * not added twice. A discovery that cannot list is an error of the run: a
 * silent empty list would hide every project.
 */




/** A slug as a target name: lower case, letters, digits and -, at most 63. */
const asName = (slug) => slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
/** The file's targets, then the discovered ones (in the server's order), when the file asks for discovery. */
async function withDiscovered(file, base, ports) {
    const discover = file.discover;
    if (!discover)
        return file;
    let projects;
    try {
        projects = await listProjects(base, (0,settings/* networkSettings */.eg)(base), ports);
    }
    catch (err) {
        throw new errors/* FatalError */.HX(`${file.origin}:${discover.line}: discover: could not list the Infisical projects: ${(0,errors/* errorMessage */.gJ)(err)}`, {
            file: file.origin,
            line: discover.line,
        });
    }
    const matches = discover.match ? (0,glob/* compileGlob */.S)(discover.match) : () => true;
    const named = new Set(file.targets.map((t) => t.name));
    const ids = new Set(file.targets.map((t) => t.values['infisical-project-id']).filter(Boolean));
    const found = [];
    for (const project of projects) {
        const name = asName(project.slug);
        if (!name || !matches(project.slug) || named.has(name) || ids.has(project.id))
            continue;
        named.add(name);
        found.push({
            name,
            ...(discover.team ? { team: discover.team } : {}),
            values: { ...discover.values, 'infisical-project-id': project.id },
            line: discover.line,
        });
    }
    ports.logger.info(`discover: ${projects.length} Infisical projects visible, ${found.length} added as targets${discover.match ? ` (match ${discover.match})` : ''}`);
    return { ...file, targets: [...file.targets, ...found] };
}


/***/ }),

/***/ 86823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readReportsDir)
/* harmony export */ });
/* unused harmony export reportCounts */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24261);
/* harmony import */ var _audit_org_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56405);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31784);
/**
 * Reading a directory of target reports (the downloaded artifacts of a
 * matrix): `TARGET.json` (the report's JSON twin) or `TARGET.failed.json`
 * (`{cause}`: the target could not run). Outside text: names are checked,
 * counts must be the counts of a report, a cause is bounded; anything else is
 * refused by name. A target the targets file lists and no file holds is
 * missing.
 */




const MAX_CAUSE = 500;
/** A report twin's counts and history state, checked; undefined when the text is not one. */
function reportCounts(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const report = parsed;
    if (!report || typeof report !== 'object' || report.schemaVersion !== _audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f || !report.counts || typeof report.counts !== 'object')
        return undefined;
    const counts = (0,_audit_org_js__WEBPACK_IMPORTED_MODULE_1__/* .zeroCounts */ .Nd)();
    for (const key of Object.keys(counts)) {
        // A count added later (staleExceptions, unused) is 0 in a report written before it.
        const value = report.counts[key] ?? (key === 'staleExceptions' || key === 'unused' ? 0 : undefined);
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
            return undefined;
        counts[key] = value;
    }
    return { counts, ...(typeof report.historyUnavailable === 'string' ? { historyUnavailable: report.historyUnavailable.slice(0, 200) } : {}) };
}
/** The outcomes a reports directory holds, in the targets file's order (then by name); `exitOf` decides a report's exit code. */
async function readReportsDir(dir, io, file, exitOf) {
    let names;
    try {
        names = await io.readdir(dir);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Cannot read the reports directory ${dir}`);
    }
    const found = new Map();
    const team = (name) => {
        const t = file?.targets.find((x) => x.name === name)?.team;
        return t ? { team: t } : {};
    };
    for (const entry of names.sort()) {
        const m = /^([a-z0-9][a-z0-9-]*?)(\.failed)?\.json$/.exec(entry);
        if (!m || entry === 'org.json')
            continue;
        const name = m[1];
        if (!_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGET_NAME */ .MI.test(name))
            continue;
        const text = await io.readText(`${dir}/${entry}`);
        if (m[2]) {
            let cause = 'the target could not run';
            try {
                const given = JSON.parse(text).cause;
                if (typeof given === 'string' && given.trim())
                    cause = given.slice(0, MAX_CAUSE);
            }
            catch {
                // An unreadable failure record is still a failure.
            }
            found.set(name, { name, ...team(name), failed: cause });
            continue;
        }
        if (found.has(name))
            continue;
        const report = reportCounts(text);
        if (!report)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${dir}/${entry} is not a report of this tool (schema ${_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f}): refused`);
        found.set(name, { name, ...team(name), report, exitCode: exitOf(report) });
    }
    const listed = file?.targets.map((t) => t.name) ?? [];
    const outcomes = listed.map((name) => found.get(name) ?? { name, ...team(name), missing: true });
    for (const [name, outcome] of found)
        if (!listed.includes(name))
            outcomes.push(outcome);
    return outcomes;
}


/***/ }),

/***/ 18608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nh: () => (/* binding */ runTarget),
/* harmony export */   sb: () => (/* binding */ runTargets)
/* harmony export */ });
/* unused harmony export orgTargetReader */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85897);
/* harmony import */ var _net_pool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86997);
/* harmony import */ var _render_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15104);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5484);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70606);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31784);
/**
 * Every target of a targets file in one process, at most `parallel` at a time:
 * each is the single run (settings → columns → audit) with the target's keys
 * over the entry point's reader. A target that fails is recorded with its
 * cause and never stops the others; each target's report is written as soon
 * as it is built and only its counts are kept, so the process holds reports'
 * counts, not inventories.
 */








/** A target's reader, with its snapshot folder of its own unless it names one. */
function orgTargetReader(base, target, file, snapshotDir) {
    const reader = (0,_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .targetReader */ .fA)(base, target, file);
    const own = (input) => input in target.values || input in file.defaults;
    return {
        ...reader,
        read: (option) => option === _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .CORE_OPTIONS */ .Jl.snapshotPath && !own(option.input) ? `${snapshotDir.replace(/\/+$/, '')}/${target.name}/{date}.md` : reader.read(option),
    };
}
/** A logger whose lines name the target: `[payments] Audited 12 secrets…`. */
const prefixed = (logger, name) => ({
    debug: (m) => logger.debug(`[${name}] ${m}`),
    info: (m) => logger.info(`[${name}] ${m}`),
    warning: (m) => logger.warning(`[${name}] ${m}`),
    error: (m, where) => logger.error(`[${name}] ${m}`, where),
});
/** One target, start to end: its outcome, its report files written. Never throws for the target's own failure. */
async function runTarget(target, file, base, ctx, ports, io, options) {
    const team = target.team ? { team: target.team } : {};
    const logger = prefixed(ports.logger, target.name);
    try {
        const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .buildSettings */ .E6)(orgTargetReader(base, target, file, options.snapshotDir), ctx);
        const previous = options.previous?.(settings.snapshotPath);
        const { report, exitCode } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__.run)(settings, { ...ports, logger }, { ...(previous ? { previous } : {}) });
        if (options.outputDir) {
            await io.writeText(`${options.outputDir}/${target.name}.json`, (0,_render_json_js__WEBPACK_IMPORTED_MODULE_6__.renderJson)(report));
            await io.writeText(`${options.outputDir}/${target.name}.md`, (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__.renderMarkdown)(report));
        }
        // Only what the rollup reads stays in memory.
        return {
            name: target.name,
            ...team,
            exitCode,
            report: { counts: report.counts, ...(report.historyUnavailable ? { historyUnavailable: report.historyUnavailable } : {}) },
        };
    }
    catch (err) {
        const cause = options.redact(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX ? err.message : `unexpected error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        logger.error(`failed: ${cause}`);
        // The failure is a record of its own, so a rollup of the directory says "failed", never "missing" or "no drift".
        if (options.outputDir)
            await io.writeText(`${options.outputDir}/${target.name}.failed.json`, `${JSON.stringify({ name: target.name, exitCode: 1, cause })}\n`);
        return { name: target.name, ...team, failed: cause };
    }
}
/** Every target, at most `parallel` at a time, outcomes in the file's order. */
async function runTargets(file, base, ctx, ports, io, options) {
    const outcomes = new Array(file.targets.length);
    // One pace per store host for every target: fifty projects behind one Infisical stay under its limits together.
    const shared = { ...ports, hosts: ports.hosts ?? new _net_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .SharedHosts */ .rQ() };
    await (0,_net_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .eachConcurrently */ .y)([...file.targets.keys()], Math.max(1, options.parallel), async (i) => {
        outcomes[i] = await runTarget(file.targets[i], file, base, ctx, shared, io, options);
    });
    return outcomes;
}


/***/ }),

/***/ 31784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ loadTargets),
/* harmony export */   MI: () => (/* binding */ TARGET_NAME),
/* harmony export */   fA: () => (/* binding */ targetReader),
/* harmony export */   lp: () => (/* reexport safe */ _targets_path_js__WEBPACK_IMPORTED_MODULE_2__.l)
/* harmony export */ });
/* unused harmony export parseTargets */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44349);
/* harmony import */ var _targets_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52026);
/**
 * The targets file (`.github/vault-coverage-targets.yml`): the org's projects,
 * each a run of its own. A target's keys are the action's input names
 * (`environments`, `infisical-project-id`, `policy`, …); `defaults` applies to
 * every target; credentials never go in the file (a row marked secret is
 * refused). Validated like the policy: an unknown key or a duplicate name
 * names the file and the line.
 */




/** A target's name: lower-case letters, digits and -, up to 63 (it names files and matrix jobs). */
const TARGET_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const TEAM = /^[A-Za-z0-9][\w .-]{0,62}$/;
const fail = (origin, line, message) => {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`${origin}:${line}: ${message}`, { file: origin, line });
};
/** A scalar or a list of scalars as an input's text; anything else is refused. */
function asText(value, where, origin, line) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
        return value.join('\n');
    return fail(origin, line, `${where}: expected text, a number, true/false or a list of them`);
}
/**
 * Parse and validate a targets file against the option rows a target may set
 * (`inputs`: every row with an input name). Throws a FatalError naming the file and the line.
 */
function parseTargets(text, origin, options) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const err = doc.errors[0];
        fail(origin, lines.linePos(err.pos[0]).line, `not valid YAML: ${err.message.split('\n')[0]}`);
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lines.linePos(range[0]).line : 1;
    };
    const contents = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents))
        return fail(origin, 1, 'expected a mapping with `targets:` (and optionally `defaults:` and `discover:`)');
    const root = contents;
    const byInput = new Map(options.filter((o) => o.input).map((o) => [o.input, o]));
    const settings = (node, where, extra) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return fail(origin, lineOf(node), `${where}: expected a mapping of settings`);
        const values = {};
        const named = {};
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            const line = lineOf(pair.key);
            const value = pair.value?.toJSON?.() ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? pair.value.value : null);
            if (extra.includes(key)) {
                named[key] = asText(value, `${where}.${key}`, origin, line);
                continue;
            }
            const option = byInput.get(key);
            if (!option) {
                fail(origin, line, `${where}: unknown key "${shown(key)}"; a target sets the action's inputs by name (environments, infisical-project-id, policy, …)`);
            }
            // Credentials come from the action's inputs or the environment, once, masked: never from a file in the repository.
            if (option.secret)
                fail(origin, line, `${where}.${key}: credentials never go in the targets file; give ${key} as the action's input or its environment variable`);
            values[key] = asText(value, `${where}.${key}`, origin, line);
        }
        return { values, named };
    };
    const defaultsNode = root.get('defaults', true);
    const defaults = defaultsNode === undefined ? {} : settings(defaultsNode, 'defaults', []).values;
    for (const pair of root.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        if (!['defaults', 'targets', 'discover'].includes(key))
            fail(origin, lineOf(pair.key), `unknown key "${shown(key)}"; expected targets, defaults or discover`);
    }
    const targets = [];
    const targetsNode = root.get('targets', true);
    if (targetsNode !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(targetsNode))
        fail(origin, lineOf(targetsNode), 'targets: expected a list of targets, each with a name');
    for (const [i, node] of ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(targetsNode) ? targetsNode.items : []).entries()) {
        const line = lineOf(node);
        const { values, named } = settings(node, `targets.${i}`, ['name', 'team']);
        const name = named.name;
        if (!name)
            fail(origin, line, `targets.${i}: a target needs a name`);
        if (!TARGET_NAME.test(name))
            fail(origin, line, `targets.${i}.name: "${shown(name)}" is not a target name (lower-case letters, digits and -, up to 63)`);
        if (named.team !== undefined && !TEAM.test(named.team))
            fail(origin, line, `targets.${i}.team: expected a team name (letters, digits, space, . _ -)`);
        const twin = targets.find((t) => t.name === name);
        if (twin)
            fail(origin, line, `targets.${i}.name: "${name}" is also the name of the target on line ${twin.line}`);
        targets.push({ name: name, ...(named.team ? { team: named.team } : {}), values, line });
    }
    const discoverNode = root.get('discover', true);
    let discover;
    if (discoverNode !== undefined) {
        const line = lineOf(discoverNode);
        const { values, named } = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(discoverNode) && discoverNode.value === true ? { values: {}, named: {} } : settings(discoverNode, 'discover', ['match', 'team']);
        if (named.match) {
            try {
                (0,_audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .S)(named.match);
            }
            catch (err) {
                if (!(err instanceof _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GlobError */ .p))
                    throw err;
                fail(origin, line, `discover.match: the pattern is ${err.message}`);
            }
        }
        discover = { ...(named.match ? { match: named.match } : {}), ...(named.team ? { team: named.team } : {}), values, line };
    }
    if (!targets.length && !discover)
        fail(origin, 1, 'no targets: list them under `targets:`, or add `discover:`');
    return { origin, defaults, targets, ...(discover ? { discover } : {}) };
}
/** Read and parse a targets file; a file that cannot be read names itself. */
async function loadTargets(path, readText, options) {
    let text;
    try {
        text = await readText(path);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Cannot read the targets file ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { file: path });
    }
    return parseTargets(text, path, options);
}
/** A name from the file, shown only when it is plain text. */
const shown = (text) => (/^[\w .-]{1,64}$/.test(text) ? text : '(not shown)');
/**
 * How a target's run reads its options: the target's own keys, then the
 * file's defaults, then the entry point's reader (credentials, the run's own
 * flags). Messages name where a value came from.
 */
function targetReader(base, target, file) {
    return {
        read: (option) => {
            const input = option.input;
            if (input && input in target.values)
                return target.values[input];
            if (input && input in file.defaults)
                return file.defaults[input];
            return base.read(option);
        },
        nameOf: (option) => {
            const input = option.input;
            if (input && input in target.values)
                return `${input} of target ${target.name} (${file.origin})`;
            if (input && input in file.defaults)
                return `defaults.${input} (${file.origin})`;
            return base.nameOf(option);
        },
        missingLabel: `${base.missingLabel} (target ${target.name})`,
    };
}


/***/ }),

/***/ 15104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/** `extra`: what the snapshot records beside the report (the day's Slack notification), after its fields. */
function renderJson(report, extra = {}) {
    const fields = [...Object.entries(report), ...Object.entries(extra)];
    const lines = ['{'];
    fields.forEach(([key, value], i) => {
        const comma = i < fields.length - 1 ? ',' : '';
        if (Array.isArray(value) && value.length > 0) {
            lines.push(`  ${JSON.stringify(key)}: [`);
            value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
            lines.push(`  ]${comma}`);
        }
        else {
            lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
        }
    });
    lines.push('}');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 30942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderOrgMarkdown),
/* harmony export */   j: () => (/* binding */ renderOrgSlack)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63256);


const STATUS = { ok: 'ok', drift: 'drift', incomplete: 'INCOMPLETE', failed: 'FAILED', missing: 'MISSING' };
const table = (head, rows) => [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
];
/** `link(target)`: where a target's own report is (a section, a file), or undefined. */
function renderOrgMarkdown(org, link = () => undefined) {
    const s = org.statuses;
    const out = [`# Vault coverage: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(org.targets.length, 'target')} — ${org.generatedAt.slice(0, 10)}`, ''];
    const problems = [s.failed ? `${s.failed} failed` : '', s.missing ? `${s.missing} missing` : '', s.incomplete ? `${s.incomplete} incomplete` : '']
        .filter(Boolean)
        .join(', ');
    out.push(`${s.ok} ok, ${s.drift} with drift${problems ? `, ${problems}` : ''}. ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(org.counts.drift, 'drift row')} in all (${org.counts.newDrift} new), ${org.counts.expired} expired, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(org.counts.unreadable, 'unreadable environment')}.`, '');
    if (s.failed || s.missing)
        out.push('A failed or missing target is not "no drift": its secrets were not compared at all.', '');
    const row = (t, withTeam) => {
        const c = t.counts;
        const where = link(t);
        return [
            where ? `[${t.name}](${where})` : t.name,
            ...(withTeam ? [t.team ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(t.team) : ''] : []),
            STATUS[t.status],
            c ? String(c.drift) : '—',
            c ? String(c.newDrift) : '—',
            c ? String(c.expired) : '—',
            c ? String(c.unreadable + c.unreadablePaths) : '—',
            t.cause ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(t.cause) : '',
        ];
    };
    out.push(...table(['Target', 'Team', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'], org.targets.map((t) => row(t, true))), '');
    for (const team of org.teams) {
        out.push(`## ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(team.team)} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(team.targets.length, 'target')})`, '');
        const members = org.targets.filter((t) => t.team === team.team);
        out.push(...table(['Target', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'], members.map((t) => row(t, false))), '');
    }
    return out.join('\n');
}
/**
 * The org's one Slack message: only the targets with new drift or that were
 * not fully audited (failed, missing, incomplete), grouped by team. Undefined
 * when there is nothing to say.
 */
function renderOrgSlack(org, links) {
    const worth = org.targets.filter((t) => t.status === 'failed' || t.status === 'missing' || t.status === 'incomplete' || (t.counts?.newDrift ?? 0) > 0);
    if (!worth.length)
        return undefined;
    const s = org.statuses;
    const title = `Vault coverage: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(worth.length, 'target')} of ${org.targets.length} need a look`;
    const line = (t) => {
        const c = t.counts;
        if (t.status === 'failed')
            return `• \`${t.name}\` FAILED: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slack */ .$)(t.cause ?? '').slice(0, 300)}`;
        if (t.status === 'missing')
            return `• \`${t.name}\` MISSING: no report arrived`;
        const parts = [c && c.newDrift ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.newDrift, 'new drift row')} (${c.drift} in all)` : '', t.status === 'incomplete' ? 'incomplete' : ''];
        return `• \`${t.name}\` ${parts.filter(Boolean).join(', ')}`;
    };
    const byTeam = new Map();
    for (const t of worth)
        byTeam.set(t.team ?? '', [...(byTeam.get(t.team ?? '') ?? []), t]);
    const teams = [...byTeam.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } },
        {
            type: 'context',
            elements: [{ type: 'mrkdwn', text: `${s.ok} ok · ${s.drift} with drift · ${s.incomplete} incomplete · ${s.failed} failed · ${s.missing} missing` }],
        },
    ];
    // One section per team (Slack allows 50 blocks: the last ones are folded into a count).
    for (const team of teams.slice(0, 45)) {
        const lines = byTeam.get(team).map(line);
        const head = `*${team ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slack */ .$)(team) : 'No team'}*`;
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: [head, ...lines.slice(0, 20), ...(lines.length > 20 ? [`…and ${lines.length - 20} more`] : [])].join('\n').slice(0, 3000) },
        });
    }
    if (teams.length > 45)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${teams.length - 45} more teams in the job summary` }] });
    const buttons = [
        ...(links.snapshotUrl ? [{ type: 'button', text: { type: 'plain_text', text: 'Org snapshot' }, url: links.snapshotUrl }] : []),
        { type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl },
    ];
    blocks.push({ type: 'actions', elements: buttons });
    return { text: `${title}${links.mention ? ` ${links.mention}` : ''}`, blocks };
}


/***/ }),

/***/ 98868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ isPathNotFound),
/* harmony export */   Gs: () => (/* binding */ isNotMember),
/* harmony export */   O7: () => (/* binding */ isFolderNotFound),
/* harmony export */   Qd: () => (/* binding */ isAuthExpired),
/* harmony export */   Qk: () => (/* binding */ unreadableReason),
/* harmony export */   RS: () => (/* binding */ loginCause),
/* harmony export */   hy: () => (/* binding */ isRouteNotFound),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   zD: () => (/* binding */ isProjectNotFound)
/* harmony export */ });
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86679);
/** What Infisical's failures mean, in words a user can act on. The HTTP client stays provider-neutral. */

const isRouteNotFound = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && /^Route \w+:/.test(err.body?.message ?? '');
/** Current servers: a listing of a path (or environment) that does not exist, told apart by the error's name. */
const isPathNotFound = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && err.body?.error === 'SecretPathNotFound';
/**
 * The secret-imports read of a folder that does not exist: 404 NotFound "Folder not found" (2024 builds) or
 * "Folder with path '…' … not found" (current ones). A route-not-found or a proxy's page is not that.
 */
const isFolderNotFound = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ &&
    err.status === 404 &&
    err.failure === 'status' &&
    !isRouteNotFound(err) &&
    (err.body?.error === 'NotFound' || err.body?.error === 'SecretPathNotFound') &&
    /folder\b.*not found/i.test(err.body?.message ?? '');
const isNotMember = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 403 && /not a member/i.test(`${err.body?.error ?? ''} ${err.body?.message ?? ''}`);
/** The October 2024 server answers an unknown project id or slug with 500 "Failed to find project…" (fixture 54). */
const isProjectNotFound = (status, body) => status === 500 && /failed to find project/i.test(`${body?.error ?? ''} ${body?.message ?? ''}`);
const isAuthExpired = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (err.status === 401 || (err.status === 403 && err.body?.error === 'TokenError'));
/**
 * A redirect or an HTML page where Infisical should answer JSON is almost
 * always Cloudflare Access (or another proxy) in front of the server: say so.
 */
function withHint(err) {
    if (!(err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$))
        return err;
    let hint;
    if (err.failure === 'redirect') {
        const location = err.detail?.location ?? '';
        let host = '';
        try {
            host = new URL(location, 'http://x').host;
        }
        catch {
            /* no usable location */
        }
        hint =
            /cloudflareaccess\.com$/.test(host) || location.includes('/cdn-cgi/access/')
                ? 'Cloudflare Access is asking for a login: set the CF Access service token (client id and secret)'
                : 'a proxy or a wrong host is in front of Infisical';
    }
    else if (err.failure === 'not-json' && err.detail?.html) {
        hint = 'Cloudflare Access (or another proxy) answered instead of Infisical; check the CF Access headers and the host';
    }
    if (!hint)
        return err;
    // Keep "; gave up: …" after the hint, where it was.
    const [head, ...rest] = err.message.split('; gave up: ');
    const message = `${head}: ${hint}${rest.length ? `; gave up: ${rest.join('; gave up: ')}` : ''}`;
    return new _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$(message, err.failure, err.status, err.body, err.detail);
}
function loginCause(err, host, auth) {
    if (err.failure === 'network' || err.failure === 'timeout')
        return `cannot reach ${host}: ${err.message}`;
    if (err.failure === 'not-json' || err.failure === 'redirect')
        return err.message;
    if (auth.method === 'oidc') {
        const who = `machine identity ${auth.identityId}`;
        if (err.status === 401)
            return `Infisical refused the workflow's OIDC token for ${who} (401): its OIDC Auth must allow the token's audience${auth.audience ? ` (${auth.audience})` : ''} and issuer (https://token.actions.githubusercontent.com)`;
        if (err.status === 403)
            return `Infisical refused the workflow's OIDC token for ${who} (403): its OIDC Auth must allow this repository's subject (repo:OWNER/REPO:…) and claims`;
        if (err.status === 404)
            return `${who} has no OIDC Auth on ${host} (404), or does not exist: configure OIDC Auth on it`;
        return err.message;
    }
    if (err.status === 401) {
        return "Infisical refused the client id or secret (401); check the machine identity's Universal Auth credentials";
    }
    if (err.status === 404)
        return `${host} has no Universal Auth login route (404): is the host an Infisical server?`;
    return err.message;
}
function unreadableReason(err, env, prefix) {
    // Fixed words and the status: a server's own text is never carried into a report.
    if (err.status === 403)
        return `permission denied (403); grant describeSecret on ${prefix} in ${env}`;
    if (err.status === 404)
        return `not found (404): no environment ${env} or no folder ${prefix} there`;
    return err.message;
}


/***/ }),

/***/ 19383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ Session)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82467);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86679);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12032);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98868);
/**
 * An Infisical session: a login (Universal Auth, OIDC Auth with the workflow's
 * token, or an access token given as is), authenticated GETs with one re-login
 * on a refused token, and a revoke of a token this session obtained.
 */




const loginSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ accessToken: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.minLength(1)) });
class Session {
    settings;
    ports;
    http;
    token = '';
    /** Whether this session obtained the token (and so may revoke it). */
    ownsToken = false;
    relogin;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.http = new _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(settings.host, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            ...(ports.hosts ? { shared: ports.hosts } : {}),
            logger: ports.logger,
            headers: settings.headers,
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
            isPermanent: _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isProjectNotFound */ .zD,
            // Infisical limits each route per minute, one secret's reads all counting against one route.
            routeOf: (path) => path.replace(/^(\/api\/v4\/secrets|\/api\/v3\/secrets\/raw)\/.+$/, '$1/:name'),
        });
    }
    async login() {
        const auth = this.settings.auth;
        if (auth.method === 'token') {
            // Issued elsewhere: used as is, and never revoked (it is not this run's to end).
            this.token = auth.token;
            return;
        }
        const [path, body] = auth.method === 'oidc'
            ? ['/api/v1/auth/oidc-auth/login', { identityId: auth.identityId, jwt: await this.workflowToken(auth.audience) }]
            : ['/api/v1/auth/universal-auth/login', { clientId: auth.clientId, clientSecret: auth.clientSecret }];
        let response;
        try {
            response = await this.http.json('POST', path, { body });
        }
        catch (err) {
            const explained = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .mu)(err);
            if (explained instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$) {
                const kind = explained.failure === 'network' || explained.failure === 'timeout' ? 'unreachable' : 'auth';
                throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB(kind, `Failed to obtain Infisical auth token: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .loginCause */ .RS)(explained, this.settings.host, auth)}`);
            }
            throw err;
        }
        const parsed = loginSchema.safeParse(response.body);
        if (!parsed.success) {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', `Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`);
        }
        this.token = parsed.data.accessToken;
        this.ownsToken = true;
        this.ports.mask?.(this.token);
    }
    /** The workflow's OIDC token (GitHub's runner issues it), masked before anything else happens. */
    async workflowToken(audience) {
        if (!this.ports.idToken) {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', "Failed to obtain Infisical auth token: OIDC Auth needs the workflow's OIDC token, which only the GitHub Action has; from the command line use INFISICAL_TOKEN or Universal Auth");
        }
        let jwt;
        try {
            jwt = await this.ports.idToken(audience);
        }
        catch {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', 'Failed to obtain Infisical auth token: the workflow gave no OIDC token; add `permissions: id-token: write` to the job');
        }
        this.ports.mask?.(jwt);
        return jwt;
    }
    /** An authenticated GET; on an expired or refused token, log in again once and retry. Errors carry Infisical's hints. */
    async get(path, query) {
        try {
            try {
                return (await this.http.json('GET', path, { query, token: this.token })).body;
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isAuthExpired */ .Qd)(err))
                    throw err;
                // A token given as is cannot be renewed: its refusal is final.
                if (!this.ownsToken) {
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', `Infisical refused the access token given (infisical-token / INFISICAL_TOKEN, ${err.status}): it may have expired or lack access to the project`);
                }
                this.ports.logger.debug('Access token refused; logging in again');
                this.relogin ??= this.login().finally(() => (this.relogin = undefined));
                await this.relogin;
                return (await this.http.json('GET', path, { query, token: this.token })).body;
            }
        }
        catch (err) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .mu)(err);
        }
    }
    /** Best effort, one short attempt: a failed revoke is a debug line (the token expires on its own). */
    async revoke() {
        if (!this.token || !this.ownsToken)
            return;
        try {
            await this.http.json('POST', '/api/v1/auth/token/revoke', { body: { accessToken: this.token }, token: this.token, maxAttempts: 1, timeoutMs: 5000 });
            this.ports.logger.debug('Access token revoked');
        }
        catch (err) {
            this.ports.logger.debug(`Could not revoke the access token: ${err.message}`);
        }
    }
}


/***/ })

};

//# sourceMappingURL=8998.index.js.map