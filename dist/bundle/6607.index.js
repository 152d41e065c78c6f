export const id = 6607;
export const ids = [6607];
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(48618);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37906);
/** The command line's org runs: `--targets FILE` (every target, then the rollup) and `rollup DIR`. */











async function loadTargets(path, io) {
    let text;
    try {
        text = await io.readText(path);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Cannot read the targets file ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { file: path });
    }
    return (0,_org_targets_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTargets */ .Sx)(text, path, (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .settingsOptions */ .ow)(io.stores));
}
async function runOrgCli(command, io, ports, redact) {
    const listed = command.kind === 'org' || command.targets ? await loadTargets(command.targets, io) : undefined;
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


/***/ })

};

//# sourceMappingURL=6607.index.js.map