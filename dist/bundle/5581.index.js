export const id = 5581;
export const ids = [5581];
export const modules = {

/***/ 95581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _net_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17122);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98267);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83323);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79622);
// Command-line entry point: builds the real ports, nothing else.








const verbose = Boolean(process.env.VCA_DEBUG);
const log = (level) => (message) => process.stderr.write(`${level}${message}\n`);
process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .runCli */ .a)(process.argv.slice(2), {
    env: process.env,
    readText: (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceReader */ .Xx)(process.cwd()),
    exists: node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync,
    readdir: (dir) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir),
    writeText: async (path, text) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, text);
    },
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    version: _core_version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x,
}, {
    logger: {
        debug: verbose ? log('debug: ') : () => { },
        info: log(''),
        warning: log('warning: '),
        error: log('error: '),
    },
    fetch: (0,_net_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeTransport */ ._)(),
    now: () => new Date(),
    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(ms),
    readText: (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceReader */ .Xx)(process.cwd()),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 98267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: renderer

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(88381);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/org/options.ts
var org_options = __webpack_require__(32796);
// EXTERNAL MODULE: ./src/settings.ts + 13 modules
var src_settings = __webpack_require__(70606);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line's half of the settings: its own rows (format, output,
 * previous, help, version), a reader of flags then environment variables,
 * and the --help text, generated from every row so it cannot go stale.
 */






const CLI_OPTIONS = {
    format: { flag: 'format', arg: 'md|csv|json|sarif', default: 'md', help: 'Report format (sarif: SARIF 2.1.0 for GitHub code scanning).' },
    output: { flag: 'output', arg: 'FILE', help: 'Write the report to FILE instead of stdout.' },
    previous: {
        flag: 'previous',
        arg: 'FILE|auto|none',
        default: 'auto',
        help: 'The snapshot JSON to compare with; auto: the newest before today beside --snapshot-path.',
    },
    targets: org_options/* ORG_OPTIONS */.U.targets,
    parallel: { flag: 'parallel', arg: 'N', default: '4', help: 'With --targets: how many targets are audited at a time.' },
    outputDir: { flag: 'output-dir', arg: 'DIR', help: 'With --targets or rollup: write TARGET.json, TARGET.md, org.json and org.md into DIR.' },
    snapshotDir: org_options/* ORG_OPTIONS */.U.snapshotDir,
    help: { flag: 'help', short: 'h', boolean: true, help: 'Show this help.' },
    version: { flag: 'version', short: 'v', boolean: true, help: 'Show the version.' },
};
const formatSchema = schema.z.enum(['md', 'csv', 'json', 'sarif']);
const allOptions = (stores) => [...(0,src_settings/* settingsOptions */.ow)(stores), ...Object.values(CLI_OPTIONS)];
/** Flags first, then the row's environment variables; a repeatable flag follows the environment's value. */
function cliReader(values, env) {
    const fromEnv = (option) => {
        const set = (option.env ?? []).filter((name) => env[name] !== undefined && env[name] !== '');
        const same = option.normalize ?? ((v) => v.trim());
        const differing = set.filter((name) => same(env[name]) !== same(env[set[0]]));
        // An alias that disagrees with its name is an error, not a silent choice (the values are never shown).
        if (differing.length)
            throw new errors/* FatalError */.HX(`${set[0]} and ${differing[0]} are both set, to different values: keep one`);
        return set.length ? env[set[0]] : option.env?.map((name) => env[name]).find((v) => v !== undefined);
    };
    return {
        read(option) {
            const flag = option.flag === undefined ? undefined : values[option.flag];
            if (option.multiple) {
                const parts = [fromEnv(option), ...(flag ?? [])].filter((v) => v !== undefined);
                return parts.length ? parts.join('\n') : undefined;
            }
            if (typeof flag === 'string')
                return flag;
            return fromEnv(option);
        },
        // The primary variable only: aliases are accepted, not advertised in messages.
        nameOf: (option) => [option.flag && `--${option.flag}`, option.env?.[0]].filter(Boolean).join(' / '),
        missingLabel: 'Missing required env vars',
    };
}
async function cliCommand(argv, ctx) {
    // `rollup DIR`: the one subcommand, with one positional argument.
    const rollup = argv[0] === 'rollup';
    const args = rollup ? argv.slice(1) : argv;
    const flags = {};
    for (const option of allOptions(ctx.stores)) {
        if (!option.flag)
            continue;
        flags[option.flag] = {
            type: option.boolean ? 'boolean' : 'string',
            ...(option.multiple ? { multiple: true } : {}),
            ...(option.short ? { short: option.short } : {}),
        };
    }
    let values;
    let positionals = [];
    try {
        const parsed = (0,external_node_util_.parseArgs)({ args, strict: true, allowPositionals: rollup, options: flags });
        values = parsed.values;
        positionals = parsed.positionals;
    }
    catch (err) {
        throw new errors/* FatalError */.HX(`${(0,errors/* errorMessage */.gJ)(err)}${suggestion(err, Object.keys(flags))}\nRun with --help for the options.`);
    }
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const reader = cliReader(values, ctx.env);
    const o = CLI_OPTIONS;
    const format = (0,options/* parseInput */.CU)(formatSchema, (0,options/* valueOrDefault */.a4)(reader, o.format), reader.nameOf(o.format));
    const targets = (0,options/* valueOf */.RP)(reader, o.targets);
    if (rollup || targets) {
        const outputDir = (0,options/* valueOf */.RP)(reader, o.outputDir);
        const now = (0,options/* valueOf */.RP)(reader, src_settings/* CORE_OPTIONS */.Jl.now);
        const org = {
            format,
            ...(outputDir ? { outputDir } : {}),
            ...(now ? { now: (0,src_settings/* parseNow */.A7)(now, reader.nameOf(src_settings/* CORE_OPTIONS */.Jl.now)) } : {}),
            ...(0,src_settings/* parseFailOn */.XV)((0,options/* valueOrDefault */.a4)(reader, src_settings/* CORE_OPTIONS */.Jl.failOn), reader.nameOf(src_settings/* CORE_OPTIONS */.Jl.failOn)),
        };
        if (rollup) {
            if (positionals.length !== 1)
                throw new errors/* FatalError */.HX('Usage: vault-coverage-audit rollup DIR [--targets FILE] [--output-dir OUT]: one directory of target reports');
            return { kind: 'rollup', ...org, dir: positionals[0], ...(targets ? { targets } : {}) };
        }
        const parallel = (0,options/* parseInput */.CU)(schema.z.pipe(schema.z.coerce.number(), schema.z.int().check(schema.z.minimum(1), schema.z.refine((n) => n <= 64, 'at most 64'))), (0,options/* valueOrDefault */.a4)(reader, o.parallel), reader.nameOf(o.parallel));
        const previous = (0,options/* valueOrDefault */.a4)(reader, o.previous);
        if (previous !== 'auto' && previous !== 'none')
            throw new errors/* FatalError */.HX(`Invalid ${reader.nameOf(o.previous)}: with --targets, auto (each target's own folder) or none`);
        return { kind: 'org', ...org, targets: targets, parallel, snapshotDir: (0,options/* valueOrDefault */.a4)(reader, o.snapshotDir), history: previous === 'auto', reader };
    }
    const settings = await (0,src_settings/* buildSettings */.E6)(reader, ctx);
    const previous = (0,options/* valueOrDefault */.a4)(reader, o.previous);
    const output = (0,options/* valueOf */.RP)(reader, o.output);
    return {
        kind: 'audit',
        format,
        settings,
        ...(output ? { output } : {}),
        previous: previous === 'none' ? { kind: 'none' } : previous === 'auto' ? { kind: 'auto', snapshotPath: settings.snapshotPath } : { kind: 'path', path: previous },
    };
}
const wrap = (text, width, indent) => {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
};
/** --help, from the rows: every flag, then every environment variable. */
function usage(stores) {
    const options = allOptions(stores);
    const column = 30;
    const entry = (name, help) => {
        const head = `  ${name}`;
        const text = wrap(help.replace(/`/g, ''), 100 - column, column);
        return head.length < column ? `${head.padEnd(column)}${text}` : `${head}\n${' '.repeat(column)}${text}`;
    };
    const withDefault = (o) => `${o.help}${o.multiple ? ' Repeatable.' : ''}${o.default ? ` Default: ${o.default}.` : ''}`;
    const flags = options
        .filter((o) => o.flag)
        .map((o) => entry(`${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.arg ? ` ${o.arg}` : ''}`, o.env ? `${withDefault(o)} Also ${o.env.join(', ')}.` : withDefault(o)));
    const envOnly = options.filter((o) => !o.flag && o.env).map((o) => entry(o.env.join(', '), withDefault(o)));
    return [
        'Usage: vault-coverage-audit [options]',
        '       vault-coverage-audit --targets FILE [--parallel N] [--output-dir DIR] [options]',
        '       vault-coverage-audit rollup DIR [--targets FILE] [--output-dir OUT]',
        '',
        'Audit secret coverage across environments and report drift, skew and expiry.',
        'Never reads, prints or stores a secret value.',
        '',
        'Options:',
        ...flags,
        '',
        'Environment:',
        ...envOnly,
        '',
        'Exit codes: 0 audit completed (drift may exist) · 1 could not run · 2 audit incomplete',
        '  (an environment unreadable) · 3 the --fail-on gate tripped.',
    ].join('\n');
}
/** For an unknown flag, the closest known one (a typo of two letters or so): `; did you mean --environments?`. */
function suggestion(err, known) {
    const given = /^Unknown option '--([^'=]+)/.exec((0,errors/* errorMessage */.gJ)(err))?.[1];
    if (!given)
        return '';
    const scored = known.map((flag) => ({ flag, distance: editDistance(given, flag) })).sort((a, b) => a.distance - b.distance);
    const best = scored[0];
    return best && best.distance <= Math.max(2, Math.floor(given.length / 4)) ? `; did you mean --${best.flag}?` : '';
}
/** Levenshtein distance, with a swap of two neighbours counted once (`envirnoments` → `environments`). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts



/** The renderer of a format, loaded on demand; SARIF points at the snapshot the run would commit (`snapshotPath`). */
async function renderer(format, sarif) {
    if (format === 'sarif') {
        const { renderSarif } = await __webpack_require__.e(/* import() */ 9758).then(__webpack_require__.bind(__webpack_require__, 43729));
        const { renderMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 42495));
        // The snapshot's dated path, as history.ts's datedPath writes it.
        const dated = (report) => (sarif?.snapshotPath ?? '').replaceAll('{date}', report.generatedAt.slice(0, 10));
        return (report) => renderSarif(report, { version: sarif?.version ?? '', snapshot: { path: dated(report), markdown: renderMarkdown(report) } });
    }
    if (format === 'csv')
        return (await __webpack_require__.e(/* import() */ 3260).then(__webpack_require__.bind(__webpack_require__, 23260))).renderCsv;
    if (format === 'json')
        return (await __webpack_require__.e(/* import() */ 5104).then(__webpack_require__.bind(__webpack_require__, 15104))).renderJson;
    return (await Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 42495))).renderMarkdown;
}
async function runCli(argv, io, ports) {
    let redact = (text) => text;
    try {
        const command = await cliCommand(argv, io);
        if (command.kind === 'help') {
            io.stdout(`${usage(io.stores)}\n`);
            return errors/* EXIT */.dc.ok;
        }
        if (command.kind === 'version') {
            io.stdout(`${io.version}\n`);
            return errors/* EXIT */.dc.ok;
        }
        if (command.kind === 'org' || command.kind === 'rollup') {
            const { runOrgCli, orgCredentials } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9330), __webpack_require__.e(2495), __webpack_require__.e(5484), __webpack_require__.e(8998), __webpack_require__.e(3661), __webpack_require__.e(1859)]).then(__webpack_require__.bind(__webpack_require__, 61859));
            redact = (0,options/* redactor */.$p)(command.kind === 'org' ? orgCredentials(command, io) : []);
            return await runOrgCli(command, io, ports, redact);
        }
        redact = (0,options/* redactor */.$p)(command.settings.stores.flatMap((s) => s.credentials));
        // The audit engine loads once the settings are valid: a bad flag fails fast.
        // One after the other: jest's ESM loader loses a module two concurrent imports share (both load audit/expiry).
        const { run, exitMessage } = await Promise.all(/* import() */[__webpack_require__.e(5484), __webpack_require__.e(9929)]).then(__webpack_require__.bind(__webpack_require__, 5484));
        const { diskLookup, fileLookup } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 43328));
        const spec = command.previous;
        const previous = spec.kind === 'path' ? fileLookup(spec.path, io.readText) : spec.kind === 'auto' ? diskLookup(spec.snapshotPath, io) : undefined;
        const { report, exitCode } = await run(command.settings, ports, { previous });
        const text = (await renderer(command.format, { version: io.version, snapshotPath: command.settings.snapshotPath }))(report);
        if (command.output) {
            try {
                await io.writeText(command.output, text);
            }
            catch (err) {
                throw new errors/* FatalError */.HX(`Cannot write --output ${command.output}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
            io.stderr(`Wrote ${command.output}\n`);
        }
        else {
            io.stdout(text);
        }
        // The gate's reason after the report, where a pull-request log ends: "NEW_KEY is used at src/x.ts:3 and declared nowhere; …".
        if (exitCode === errors/* EXIT */.dc.gate)
            ports.logger.error(exitMessage(exitCode, report, command.settings.failOn, command.settings.failOnHygiene));
        return exitCode;
    }
    catch (err) {
        if (err instanceof errors/* FatalError */.HX) {
            io.stderr(`Error: ${redact(err.message)}\n`);
            return errors/* EXIT */.dc.fatal;
        }
        io.stderr(`Unexpected error: ${redact((0,errors/* errorMessage */.gJ)(err))}\n`);
        return errors/* EXIT */.dc.fatal;
    }
}


/***/ })

};

//# sourceMappingURL=5581.index.js.map