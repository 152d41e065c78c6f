export const id = 111;
export const ids = [111,789,104];
export const modules = {

/***/ 54111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  orgCredentials: () => (/* binding */ orgCredentials),
  runOrgCli: () => (/* binding */ runOrgCli)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/audit/report.ts
var audit_report = __webpack_require__(24261);
;// CONCATENATED MODULE: ./src/audit/org.ts

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
const SEVERITY = { [errors/* EXIT */.dc.ok]: 0, [errors/* EXIT */.dc.gate]: 1, [errors/* EXIT */.dc.incomplete]: 2, [errors/* EXIT */.dc.fatal]: 3 };
const worse = (a, b) => ((SEVERITY[b] ?? 3) > (SEVERITY[a] ?? 3) ? b : a);
/** The org report of every outcome, in the order given, and the org's exit code. */
function rollup(outcomes, options) {
    const counts = zeroCounts();
    const statuses = noStatuses();
    const targets = [];
    const teams = new Map();
    let exitCode = errors/* EXIT */.dc.ok;
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
                exitCode = worse(exitCode, errors/* EXIT */.dc.incomplete);
        }
        else if ('failed' in outcome) {
            target = { name: outcome.name, ...(team ? { team } : {}), status: 'failed', exitCode: errors/* EXIT */.dc.fatal, cause: outcome.failed };
            exitCode = worse(exitCode, errors/* EXIT */.dc.fatal);
        }
        else {
            target = {
                name: outcome.name,
                ...(team ? { team } : {}),
                status: 'missing',
                exitCode: errors/* EXIT */.dc.incomplete,
                cause: 'no report arrived (its job did not finish, or its artifact was not downloaded)',
            };
            // As an unreadable environment counts: incomplete, unless the gate is off.
            if (options.incompleteFails)
                exitCode = worse(exitCode, errors/* EXIT */.dc.incomplete);
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

;// CONCATENATED MODULE: ./src/org/reports-dir.ts
/**
 * Reading a directory of target reports (the downloaded artifacts of a
 * matrix): `TARGET.json` (the report's JSON twin) or `TARGET.failed.json`
 * (`{cause}`: the target could not run). Outside text: names are checked,
 * counts must be the counts of a report, a cause is bounded; anything else is
 * refused by name. A target the targets file lists and no file holds is
 * missing.
 */



const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
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
    if (!report || typeof report !== 'object' || report.schemaVersion !== audit_report/* SCHEMA_VERSION */.f || !report.counts || typeof report.counts !== 'object')
        return undefined;
    const counts = zeroCounts();
    for (const key of Object.keys(counts)) {
        const value = report.counts[key];
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
        throw new errors/* FatalError */.HX(`Cannot read the reports directory ${dir}`);
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
        if (!NAME.test(name))
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
            throw new errors/* FatalError */.HX(`${dir}/${entry} is not a report of this tool (schema ${audit_report/* SCHEMA_VERSION */.f}): refused`);
        found.set(name, { name, ...team(name), report, exitCode: exitOf(report) });
    }
    const listed = file?.targets.map((t) => t.name) ?? [];
    const outcomes = listed.map((name) => found.get(name) ?? { name, ...team(name), missing: true });
    for (const [name, outcome] of found)
        if (!listed.includes(name))
            outcomes.push(outcome);
    return outcomes;
}

// EXTERNAL MODULE: ./src/history/history.ts
var history_history = __webpack_require__(43328);
// EXTERNAL MODULE: ./src/net/pool.ts
var pool = __webpack_require__(86997);
// EXTERNAL MODULE: ./src/render/json.ts
var json = __webpack_require__(15104);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/run.ts + 6 modules
var run = __webpack_require__(52918);
// EXTERNAL MODULE: ./src/settings.ts + 13 modules
var src_settings = __webpack_require__(97506);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/audit/glob.ts
var glob = __webpack_require__(44349);
;// CONCATENATED MODULE: ./src/org/targets.ts
/**
 * The targets file (`.github/vault-coverage-targets.yml`): the org's projects,
 * each a run of its own. A target's keys are the action's input names
 * (`environments`, `infisical-project-id`, `policy`, …); `defaults` applies to
 * every target; credentials never go in the file (a row marked secret is
 * refused). Validated like the policy: an unknown key or a duplicate name
 * names the file and the line.
 */



const DEFAULT_TARGETS_PATH = '.github/vault-coverage-targets.yml';
const targets_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const TEAM = /^[A-Za-z0-9][\w .-]{0,62}$/;
const fail = (origin, line, message) => {
    throw new errors/* FatalError */.HX(`${origin}:${line}: ${message}`, { file: origin, line });
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
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const err = doc.errors[0];
        fail(origin, lines.linePos(err.pos[0]).line, `not valid YAML: ${err.message.split('\n')[0]}`);
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lines.linePos(range[0]).line : 1;
    };
    const contents = doc.contents;
    if (!(0,dist/* isMap */.jh)(contents))
        return fail(origin, 1, 'expected a mapping with `targets:` (and optionally `defaults:` and `discover:`)');
    const root = contents;
    const byInput = new Map(options.filter((o) => o.input).map((o) => [o.input, o]));
    const settings = (node, where, extra) => {
        if (!(0,dist/* isMap */.jh)(node))
            return fail(origin, lineOf(node), `${where}: expected a mapping of settings`);
        const values = {};
        const named = {};
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            const line = lineOf(pair.key);
            const value = pair.value?.toJSON?.() ?? ((0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : null);
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
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!['defaults', 'targets', 'discover'].includes(key))
            fail(origin, lineOf(pair.key), `unknown key "${shown(key)}"; expected targets, defaults or discover`);
    }
    const targets = [];
    const targetsNode = root.get('targets', true);
    if (targetsNode !== undefined && !(0,dist/* isSeq */.oP)(targetsNode))
        fail(origin, lineOf(targetsNode), 'targets: expected a list of targets, each with a name');
    for (const [i, node] of ((0,dist/* isSeq */.oP)(targetsNode) ? targetsNode.items : []).entries()) {
        const line = lineOf(node);
        const { values, named } = settings(node, `targets.${i}`, ['name', 'team']);
        const name = named.name;
        if (!name)
            fail(origin, line, `targets.${i}: a target needs a name`);
        if (!targets_NAME.test(name))
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
        const { values, named } = (0,dist/* isScalar */.jn)(discoverNode) && discoverNode.value === true ? { values: {}, named: {} } : settings(discoverNode, 'discover', ['match', 'team']);
        if (named.match) {
            try {
                (0,glob/* compileGlob */.S)(named.match);
            }
            catch (err) {
                if (!(err instanceof glob/* GlobError */.p))
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

;// CONCATENATED MODULE: ./src/org/run-org.ts
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
    const reader = targetReader(base, target, file);
    const own = (input) => input in target.values || input in file.defaults;
    return {
        ...reader,
        read: (option) => option === src_settings/* CORE_OPTIONS */.Jl.snapshotPath && !own(option.input) ? `${snapshotDir.replace(/\/+$/, '')}/${target.name}/{date}.md` : reader.read(option),
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
        const settings = await (0,src_settings/* buildSettings */.E6)(orgTargetReader(base, target, file, options.snapshotDir), ctx);
        const previous = options.history ? (0,history_history.diskLookup)(settings.snapshotPath, io) : undefined;
        const { report, exitCode } = await (0,run.run)(settings, { ...ports, logger }, { ...(previous ? { previous } : {}) });
        if (options.outputDir) {
            await io.writeText(`${options.outputDir}/${target.name}.json`, (0,json.renderJson)(report));
            await io.writeText(`${options.outputDir}/${target.name}.md`, (0,markdown.renderMarkdown)(report));
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
        const cause = options.redact(err instanceof errors/* FatalError */.HX ? err.message : `unexpected error: ${(0,errors/* errorMessage */.gJ)(err)}`);
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
    await (0,pool/* eachConcurrently */.y)([...file.targets.keys()], Math.max(1, options.parallel), async (i) => {
        outcomes[i] = await runTarget(file.targets[i], file, base, ctx, ports, io, options);
    });
    return outcomes;
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(63256);
;// CONCATENATED MODULE: ./src/render/org.ts


const STATUS = { ok: 'ok', drift: 'drift', incomplete: 'INCOMPLETE', failed: 'FAILED', missing: 'MISSING' };
const table = (head, rows) => [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
];
/** `link(target)`: where a target's own report is (a section, a file), or undefined. */
function renderOrgMarkdown(org, link = () => undefined) {
    const s = org.statuses;
    const out = [`# Vault coverage: ${(0,plural/* plural */.L)(org.targets.length, 'target')} — ${org.generatedAt.slice(0, 10)}`, ''];
    const problems = [s.failed ? `${s.failed} failed` : '', s.missing ? `${s.missing} missing` : '', s.incomplete ? `${s.incomplete} incomplete` : '']
        .filter(Boolean)
        .join(', ');
    out.push(`${s.ok} ok, ${s.drift} with drift${problems ? `, ${problems}` : ''}. ${(0,plural/* plural */.L)(org.counts.drift, 'drift row')} in all (${org.counts.newDrift} new), ${org.counts.expired} expired, ${(0,plural/* plural */.L)(org.counts.unreadable, 'unreadable environment')}.`, '');
    if (s.failed || s.missing)
        out.push('A failed or missing target is not "no drift": its secrets were not compared at all.', '');
    const row = (t, withTeam) => {
        const c = t.counts;
        const where = link(t);
        return [
            where ? `[${t.name}](${where})` : t.name,
            ...(withTeam ? [t.team ? (0,render_escape.md)(t.team) : ''] : []),
            STATUS[t.status],
            c ? String(c.drift) : '—',
            c ? String(c.newDrift) : '—',
            c ? String(c.expired) : '—',
            c ? String(c.unreadable + c.unreadablePaths) : '—',
            t.cause ? (0,render_escape.md)(t.cause) : '',
        ];
    };
    out.push(...table(['Target', 'Team', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'], org.targets.map((t) => row(t, true))), '');
    for (const team of org.teams) {
        out.push(`## ${(0,render_escape.md)(team.team)} (${(0,plural/* plural */.L)(team.targets.length, 'target')})`, '');
        const members = org.targets.filter((t) => t.team === team.team);
        out.push(...table(['Target', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'], members.map((t) => row(t, false))), '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/org-cli.ts
/** The command line's org runs: `--targets FILE` (every target, then the rollup) and `rollup DIR`. */









async function loadTargets(path, io) {
    let text;
    try {
        text = await io.readText(path);
    }
    catch (err) {
        throw new errors/* FatalError */.HX(`Cannot read the targets file ${path}: ${(0,errors/* errorMessage */.gJ)(err)}`, { file: path });
    }
    return parseTargets(text, path, (0,src_settings/* settingsOptions */.ow)(io.stores));
}
async function runOrgCli(command, io, ports, redact) {
    const file = command.kind === 'org' || command.targets ? await loadTargets(command.targets, io) : undefined;
    const gate = {
        incompleteFails: command.failOn !== 'none',
        gate: (summed) => (0,run.exitCodeFor)(summed, command.failOn, command.failOnHygiene),
    };
    let outcomes;
    if (command.kind === 'org') {
        outcomes = await runTargets(file, command.reader, io, ports, io, {
            parallel: command.parallel,
            ...(command.outputDir ? { outputDir: command.outputDir } : {}),
            snapshotDir: command.snapshotDir,
            history: command.history,
            redact,
        });
    }
    else {
        // A report's exit code as its run would have had it under the org's gate: incomplete, else clean (the gate reads the sum).
        const exitOf = (report) => (statusOf(report) === 'incomplete' && command.failOn !== 'none' ? errors/* EXIT */.dc.incomplete : errors/* EXIT */.dc.ok);
        outcomes = await readReportsDir(command.dir, io, file, exitOf);
        if (!outcomes.length)
            throw new errors/* FatalError */.HX(`No target reports in ${command.dir} (TARGET.json or TARGET.failed.json)`);
    }
    const { org, exitCode } = rollup(outcomes, { ...gate, now: command.now ?? ports.now() });
    const reportDir = command.kind === 'org' ? command.outputDir : command.dir;
    const markdown = renderOrgMarkdown(org, (t) => (t.counts && reportDir ? `${t.name}.md` : undefined));
    const json = `${JSON.stringify(org, null, 2)}\n`;
    if (command.outputDir) {
        await io.writeText(`${command.outputDir}/org.json`, json);
        await io.writeText(`${command.outputDir}/org.md`, markdown);
        io.stderr(`Wrote ${command.outputDir}/org.json and org.md\n`);
    }
    io.stdout(command.format === 'json' ? json : markdown);
    const s = org.statuses;
    ports.logger.info(`Org: ${org.targets.length} targets: ${s.ok} ok, ${s.drift} drift, ${s.incomplete} incomplete, ${s.failed} failed, ${s.missing} missing`);
    return exitCode;
}
/** Every credential the entry point was given, for redaction of org messages. */
const orgCredentials = (command, io) => (0,options/* credentialsIn */.Wr)(command.reader, (0,src_settings/* settingsOptions */.ow)(io.stores));


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ slack),
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   XR: () => (/* binding */ csvField),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _audit_expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23028);
/**
 * Escaping for every medium a name is rendered in. Secret names are not
 * validated by older Infisical servers (fixture 20: `WEIRD|PIPE_KEY`,
 * backticks, spaces, `/`, unicode all accepted), so every name is hostile.
 */

// Controls, and invisible, bidi and look-alike-blank characters that could disguise a name: C0/C1
// controls, soft hyphen, Arabic letter mark, Hangul fillers, Khmer and Mongolian blanks, zero-width
// and bidi marks, line/paragraph separators, word joiners and invisible operators, variation
// selectors, the BOM, and Unicode tag characters.
// Control and combining characters are what this class is for.
const INVISIBLE = 
// eslint-disable-next-line no-control-regex, no-misleading-character-class
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;
const showCodePoint = (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0).toString(16)}}`);
/** Make control and invisible characters visible as escapes (`\n`, `\u{202e}`); `keepLineBreaks` spares CR and LF. */
function visible(text, keepLineBreaks = false) {
    return text.replace(INVISIBLE, (c) => (keepLineBreaks && (c === '\n' || c === '\r') ? c : showCodePoint(c)));
}
/**
 * Plain text (a reason, an environment slug) in GitHub-flavoured markdown:
 * no emphasis, link, code or table break; `<`, `>` and `&` become entities so
 * no tag or autolink survives.
 */
function md(text) {
    return inert(visible(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'));
}
/**
 * An empty HTML comment after `@` and inside `://` and `www.`: GitHub then sees
 * no @mention (no team is pinged by a reason or an owner) and no bare URL to
 * autolink, while the rendered text reads the same.
 */
const inert = (text) => text
    .replace(/@/g, '@<!-- -->')
    .replace(/:\/\//g, ':<!-- -->//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}<!-- -->.`);
/**
 * A name as a markdown code span: nothing inside is interpreted, and it stays
 * readable in a raw diff. The fence is one backtick longer than any run in the
 * name; `inTable` escapes `|`, which GFM honours even inside code spans.
 */
function mdCode(text, inTable = true) {
    const shown = visible(text);
    const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = /^[`\s]|[`\s]$/.test(shown) || shown === '' ? ' ' : '';
    // cmark-gfm splits cells before inline parsing and reads `\\` as an escaped
    // pair, so a backslash right before a pipe is shown as an escape too.
    const body = inTable ? shown.replace(/\\(?=\|)/g, '\\u{5c}').replace(/\|/g, '\\|') : shown;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** RFC 4180 field, with the spreadsheet formula-injection guard (OWASP). */
function csvField(value) {
    // No raw control, bidi or invisible character reaches a spreadsheet: each is shown as an escape.
    // Line breaks stay: RFC 4180 quotes them.
    let text = typeof value === 'string' ? visible(value, true) : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/**
 * A log line for the runner: any line of stdout that starts with `::` is a
 * workflow command, so outside text (an environment slug, a prefix, a date)
 * must not bring one. Line breaks are shown as `\n`; a leading `::` is defused.
 */
function logLine(text) {
    return text.replace(/\r\n|\r|\n/g, '\\n').replace(/^::/, ' ::');
}
/** Slack mrkdwn: the three control characters, so `<!channel>` or `<@U1>` pings no one. */
/** The UTC day of an ISO 8601 date from outside (a server, a previous snapshot); never the raw text when it is not one. */
function isoDay(text) {
    if (!text || !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
        return '(invalid date)';
    const day = text.slice(0, 10);
    return (0,_audit_expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .isRealDay */ .f$)(day) ? day : '(invalid date)';
}
function slack(text) {
    return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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


/***/ })

};

//# sourceMappingURL=111.index.js.map