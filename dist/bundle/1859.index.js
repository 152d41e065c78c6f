export const id = 1859;
export const ids = [1859];
export const modules = {

/***/ 61859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   orgCredentials: () => (/* binding */ orgCredentials),
/* harmony export */   runOrgCli: () => (/* binding */ runOrgCli)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _history_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43328);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88381);
/* harmony import */ var _org_reports_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86823);
/* harmony import */ var _audit_org_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56405);
/* harmony import */ var _org_discover_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43082);
/* harmony import */ var _org_run_org_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18608);
/* harmony import */ var _org_targets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31784);
/* harmony import */ var _render_org_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30942);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70606);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5484);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(81729);
/** The command line's org runs: `--targets FILE` (every target, then the rollup) and `rollup DIR`. */












async function runOrgCli(command, io, ports, redact) {
    const listed = command.kind === 'org' || command.targets ? await (0,_org_targets_js__WEBPACK_IMPORTED_MODULE_7__/* .loadTargets */ .JU)(command.targets, io.readText, (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .targetKeys */ .qM)(io.stores)) : undefined;
    // Discovery needs the store's credentials: an audit has them; a rollup of reports may not, and reads what arrived.
    const file = listed && command.kind === 'org' ? await (0,_org_discover_js__WEBPACK_IMPORTED_MODULE_5__/* .withDiscovered */ .b)(listed, command.reader, ports) : listed;
    const gate = {
        incompleteFails: command.failOn !== 'none',
        gate: (summed) => (0,_run_js__WEBPACK_IMPORTED_MODULE_10__/* .exitCodeFor */ .R)(summed, command.failOn, command.failOnHygiene),
    };
    let outcomes;
    if (command.kind === 'org') {
        outcomes = await (0,_org_run_org_js__WEBPACK_IMPORTED_MODULE_6__/* .runTargets */ .sb)(file, command.reader, io, ports, io, {
            parallel: command.parallel,
            ...(command.outputDir ? { outputDir: command.outputDir } : {}),
            snapshotDir: command.snapshotDir,
            ...(command.history ? { previous: (snapshotPath) => (0,_history_history_js__WEBPACK_IMPORTED_MODULE_1__.diskLookup)(snapshotPath, io) } : {}),
            redact,
        });
    }
    else {
        // A report's exit code as its run would have had it under the org's gate: incomplete, else clean (the gate reads the sum).
        const exitOf = (report) => ((0,_audit_org_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(report) === 'incomplete' && command.failOn !== 'none' ? _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete : _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok);
        outcomes = await (0,_org_reports_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .readReportsDir */ .b)(command.dir, io, file, exitOf);
        if (!outcomes.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`No target reports in ${command.dir} (TARGET.json or TARGET.failed.json)`);
    }
    const { org, exitCode } = (0,_audit_org_js__WEBPACK_IMPORTED_MODULE_4__/* .rollup */ .z)(outcomes, { ...gate, now: command.now ?? ports.now() });
    const reportDir = command.kind === 'org' ? command.outputDir : command.dir;
    const markdown = (0,_render_org_js__WEBPACK_IMPORTED_MODULE_8__/* .renderOrgMarkdown */ .S)(org, (t) => (t.counts && reportDir ? `${t.name}.md` : undefined));
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
const orgCredentials = (command, io) => (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialsIn */ .Wr)(command.reader, (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .settingsOptions */ .ow)(io.stores));


/***/ })

};

//# sourceMappingURL=1859.index.js.map