export const id = 1692;
export const ids = [1692];
export const modules = {

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 61692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MARKER: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   renderPrOwners: () => (/* binding */ renderPrOwners),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24261);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57789);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63256);
/**
 * The job summary and the PR comment: the headline, counts, then every
 * section under its own heading (so GitHub's renderer never runs lists of two
 * sections together), the matrix folded, all cut to fit a byte budget.
 */




/** Marks the one sticky PR comment this action owns. */
const COMMENT_MARKER = '<!-- vault-coverage-audit -->';
const LIST_LIMIT = 20;
function renderSummary(report, options) {
    const c = report.counts;
    const unread = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.unreadableText)(report);
    const head = [];
    if (options.marker)
        head.push(COMMENT_MARKER);
    head.push(`## ${unread ? 'INCOMPLETE — ' : ''}Vault coverage: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.drift, 'drift row')}, ${c.skew} skew, ${c.expiring} expired or expiring`, '');
    if (unread)
        head.push(`INCOMPLETE: ${unread} could not be read. Drift between the others stands; rows only the unread part could settle are incomplete.`, '');
    head.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(report.source.projectName ?? report.source.location, false)} · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(report.pathPrefix, false)} · ${report.environments.map((e) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(e.slug)).join(', ')}`, '');
    head.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.renderCounts)(report), '');
    head.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.renderDelta)(report, LIST_LIMIT).map((l) => l.replace(/^## /, '### ')));
    const tail = [];
    const section = (title, lines) => lines.length && tail.push(`### ${title}`, '', ...lines, '');
    section(`Expiry (${report.expiry.length})`, [
        ...report.expiry
            .slice(0, LIST_LIMIT)
            .map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.env)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.expiryText)(f, report.policy.suffix))}`),
        ...(report.expiry.length > LIST_LIMIT ? [`- …and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.expiry.length - LIST_LIMIT, 'more expiry finding')}`] : []),
    ]);
    section(`Skew (${report.skew.length})`, report.skew.slice(0, LIST_LIMIT).map((s) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(s.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(s.key, false)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.skewText)(s)}`));
    section(`Rotation (${report.rotation.length})`, report.rotation
        .slice(0, LIST_LIMIT)
        .map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.env)}: ${f.dueAt ? `rotation was due ${f.dueAt.slice(0, 10)}` : `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(f.ageDays ?? 0, 'day')} since the last change (max ${f.maxAgeDays})`}`));
    section(`Folders (${report.folders.length})`, report.folders.map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.folderText)(f)}`));
    section(`Policy (${report.policyFindings.length})`, report.policyFindings.slice(0, 10).map((f) => `- ${f.kind}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.detail)}`));
    // Contract hygiene, where fail-on may include it: what no contract declares, what the code reads undocumented.
    const contract = report.contractFindings ?? [];
    const listed = (kind, line) => {
        const found = contract.filter((f) => f.kind === kind);
        return [...found.slice(0, LIST_LIMIT).map(line), ...(found.length > LIST_LIMIT ? [`- …and ${found.length - LIST_LIMIT} more`] : [])];
    };
    section(`Undeclared (${report.counts.undeclared})`, listed('undeclared', (f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.path ?? '/', false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} in ${(f.envs ?? []).map(_escape_js__WEBPACK_IMPORTED_MODULE_2__.md).join(', ')}: declared and used nowhere`));
    section(`Undocumented (${report.counts.undocumented})`, listed('undocumented', (f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} used at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.at ?? '', false)}, in no declaring file`));
    section(`Unused candidates (${report.unusedCandidates?.length ?? 0})`, (report.unusedCandidates ?? [])
        .slice(0, LIST_LIMIT)
        .map((u) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(u.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(u.key, false)}: ${u.strength === 'unused' ? 'not read' : 'not changed (no access signal)'} — a list to review, not to delete`));
    section(`Exceptions that excused nothing (${report.staleExceptions?.length ?? 0})`, (report.staleExceptions ?? [])
        .slice(0, LIST_LIMIT)
        .map((e) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(`${e.file}:${e.line}`, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(e.what)}: ${e.lastExcused ? `last excused on ${e.lastExcused}` : 'never excused anything'}`));
    // Reads the scan could not name: the contract may be incomplete, and the summary says so where the gate is read.
    const dynamic = (report.contracts ?? []).filter((c) => c.dynamicCount);
    section(`Reads the scan could not name (${dynamic.reduce((n, c) => n + (c.dynamicCount ?? 0), 0)})`, dynamic.flatMap((c) => (c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.via, false)} at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.at, false)}: keys read here are not counted`)));
    const snapshot = options.snapshotPath
        ? options.snapshotUrl
            ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(options.snapshotPath)}](${options.snapshotUrl})`
            : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(options.snapshotPath, false)
        : undefined;
    const foot = ['', `${snapshot ? `Full report: ${snapshot} · ` : ''}[workflow run](${options.runUrl})`, ''];
    const slugs = report.environments.map((e) => e.slug);
    const contracts = (report.contracts ?? []).map((x) => x.slug);
    const matrix = (limit) => {
        if (limit <= 0)
            return ['### Matrix', '', `The coverage matrix (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.rows.length, 'row')}) is in the snapshot.`, ''];
        const rows = report.rows.slice(0, limit);
        return [
            '### Matrix',
            '',
            `<details><summary>Coverage matrix (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.rows.length, 'row')})</summary>`,
            '',
            ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.table)(['Path', 'Key', ...contracts.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__.md), ...slugs.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__.md), 'Drift'], rows.map((r) => [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(r.path),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.keyText)(r),
                ...contracts.map((x) => (r.declared?.[x] ? '✓' : '')),
                ...slugs.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.cellText)(r.cells[s])),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.statusText)(r),
            ])),
            ...(report.rows.length > rows.length ? ['', `…and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.rows.length - rows.length, 'more row')}: see the snapshot.`] : []),
            '',
            '</details>',
            '',
        ];
    };
    const build = (driftLimit, matrixLimit, cut) => {
        const drift = [`### Drift (${c.drift})`, '', ...(c.drift ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.renderDriftTable)(report, driftLimit, true) : [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.noDriftText)(report)]), ''];
        if (cut)
            drift.push(`_Cut to stay under ${Math.floor(options.maxBytes / 1024)} KiB; the snapshot has every row._`, '');
        return [...head, ...drift, ...tail, ...matrix(matrixLimit), ...foot].join('\n');
    };
    // Drop the matrix first, then halve the drift list, until the text fits.
    let text = build(c.drift, report.rows.length, false);
    for (let m = report.rows.length; Buffer.byteLength(text) > options.maxBytes && m > 0;) {
        m = m > 50 ? Math.floor(m / 2) : 0;
        text = build(c.drift, m, m < report.rows.length);
    }
    for (let limit = c.drift; Buffer.byteLength(text) > options.maxBytes && limit > 0;) {
        limit = Math.floor(limit / 2);
        text = build(limit, 0, true);
    }
    return text;
}
/**
 * For the pull-request comment: the GitHub owners of the drift this pull request introduces (new drift only), as
 * mentions, grouped by owner. Owners are validated forms (`@user`, `@org/team`); keys are code spans.
 */
function renderPrOwners(report) {
    const fresh = new Set((report.history?.newDrift ?? report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .isDrift */ ._)).map((r) => `${r.path}\u0000${r.key}`));
    const byOwner = new Map();
    for (const row of report.rows) {
        if (!(0,_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .isDrift */ ._)(row) || !fresh.has(`${row.path}\u0000${row.key}`))
            continue;
        for (const owner of row.owners ?? []) {
            if (/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/.test(owner))
                byOwner.set(owner, [...(byOwner.get(owner) ?? []), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(row.key, false)]);
        }
    }
    if (!byOwner.size)
        return '';
    const lines = [...byOwner]
        .slice(0, 20)
        .map(([owner, keys]) => `- ${owner}: ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}`);
    return `\n**Owners of the drift this pull request introduces**\n\n${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=1692.index.js.map