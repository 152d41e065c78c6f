export const id = 692;
export const ids = [692,495];
export const modules = {

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isDrift),
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;
const isDrift = (row) => row.status === 'missing' || row.status === 'unexpected';


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GENERATED_AT_PREFIX: () => (/* binding */ GENERATED_AT_PREFIX),
/* harmony export */   cellText: () => (/* binding */ cellText),
/* harmony export */   expiryText: () => (/* binding */ expiryText),
/* harmony export */   folderText: () => (/* binding */ folderText),
/* harmony export */   renderCounts: () => (/* binding */ renderCounts),
/* harmony export */   renderDelta: () => (/* binding */ renderDelta),
/* harmony export */   renderDriftTable: () => (/* binding */ renderDriftTable),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   skewText: () => (/* binding */ skewText),
/* harmony export */   statusText: () => (/* binding */ statusText)
/* harmony export */ });
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4261);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3256);



/** The one line that changes on every run; publishers ignore it when deciding whether anything changed. */
const GENERATED_AT_PREFIX = '- Generated at: ';
const table = (header, rows) => [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
];
const envs = (list) => list.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md).join(', ');
function cellText(cell) {
    if (!cell || cell.state === 'absent')
        return '—';
    if (cell.state === 'disabled')
        return 'off';
    if (cell.state === 'unreadable')
        return '?';
    return `${typeof cell.version === 'number' ? `v${cell.version}` : '✓'}${cell.via ? '↙' : ''}`;
}
/** Environments a row is missing in, each with why when the store listed it unusable ("staging (disabled)"). */
function missingText(row) {
    return row.missingIn
        .map((env) => {
        const cell = row.cells[env];
        const why = cell?.state === 'disabled' ? (cell.reason ?? 'disabled') : cell?.state === 'absent' ? cell.reason : undefined;
        return why ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(why)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env);
    })
        .join(', ');
}
function statusText(row) {
    switch (row.status) {
        case 'missing':
            return `missing in ${missingText(row)}`;
        case 'unexpected':
            return `unexpected in ${envs(row.unexpectedIn)}${row.missingIn.length ? `; missing in ${missingText(row)}` : ''}`;
        case 'by-design':
            return 'by design';
        case 'incomplete':
            return 'incomplete';
        default:
            return '';
    }
}
function skewText(finding) {
    const parts = [];
    if (finding.version) {
        const v = finding.version;
        parts.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(v.newest)} v${v.newestVersion} vs ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(v.oldest)} v${v.oldestVersion} (gap ${v.gap})`);
    }
    if (finding.lag)
        parts.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(finding.lag.stalest)} last changed ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(finding.lag.days, 'day')} before ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(finding.lag.newest)}`);
    return parts.join('; ');
}
function expiryText(finding, suffix = '__EXPIRES_AT') {
    const day = finding.expiresAt?.slice(0, 10);
    switch (finding.status) {
        case 'expired':
            return `expired on ${day} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(-finding.daysLeft, 'day')} ago)`;
        case 'expiring':
            return `expires on ${day} (in ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(finding.daysLeft, 'day')})`;
        case 'malformed':
            return 'companion is not an ISO 8601 date';
        case 'orphan':
            return 'companion without its base key';
        case 'missing-companion':
            return `no expiry companion: add ${finding.key}${suffix} with its expiry date (the policy requires one)`;
        case 'companion-missing-here':
            return 'no expiry companion here, though other environments have one';
        case 'unknown':
            return 'companion present, date not readable';
    }
}
function folderText(finding) {
    const what = finding.isPrefix ? 'path prefix' : 'folder';
    const state = finding.kind === 'missing' ? 'does not exist' : 'holds no secrets';
    const rows = `${finding.missingRows} missing ${finding.missingRows === 1 ? 'secret' : 'secrets'}`;
    return `${what} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(finding.folder, false)} ${state} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(finding.env)} (${rows})`;
}
function renderDriftTable(report, limit = Infinity) {
    const drift = report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_2__/* .isDrift */ ._);
    const shown = drift.slice(0, limit);
    const lines = table(['Path', 'Key', 'Drift', 'Since', 'Class', 'Remediation'], shown.map((r) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.path), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.key), statusText(r), r.firstSeen ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(r.firstSeen) : '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(r.class), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(r.remediation ?? '')]));
    if (drift.length > shown.length)
        lines.push('', `…and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(drift.length - shown.length, 'more drift row')}.`);
    return lines;
}
const refs = (items, limit, extra = () => '') => {
    const shown = items.slice(0, limit).map((x, i) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(x.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(x.key, false)}${extra(i)}`);
    return [...shown, ...(items.length > limit ? [`…and ${items.length - limit} more`] : [])].join(', ');
};
/** The delta since the previous snapshot: what a reader wants first. Empty without a previous snapshot. */
function renderDelta(report, limit = Infinity) {
    const h = report.history;
    if (report.historyUnavailable) {
        return ['## Since the last snapshot', '', `History unavailable: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(report.historyUnavailable)}. Nothing is reported as new.`, ''];
    }
    if (!h)
        return [];
    const lines = [`## Since the last snapshot (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(h.previous.generatedAt)})`, ''];
    const oldest = h.persistingDrift.reduce((n, p) => Math.max(n, p.ageDays), 0);
    lines.push(`- New drift (${h.newDrift.length})${h.newDrift.length ? `: ${refs(h.newDrift, limit, (i) => ` ${h.newDrift[i].status}`)}` : ''}`, `- Resolved (${h.resolvedDrift.length})${h.resolvedDrift.length ? `: ${refs(h.resolvedDrift, limit)}` : ''}`, `- Persisting (${h.persistingDrift.length})${h.persistingDrift.length ? `, the oldest for ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(oldest, 'day')}: ${refs(h.persistingDrift, limit, (i) => ` since ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(h.persistingDrift[i].firstSeen)} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(h.persistingDrift[i].ageDays, 'day')})`)}` : ''}`);
    if (h.unverifiable)
        lines.push(`- Not verifiable this time (${h.unverifiable}): their environment could not be read`);
    if (h.newSkew.length)
        lines.push(`- New skew (${h.newSkew.length}): ${refs(h.newSkew, limit)}`);
    if (h.newlyExpiring.length)
        lines.push(`- Newly expired or expiring (${h.newlyExpiring.length}): ${refs(h.newlyExpiring, limit, (i) => ` ${h.newlyExpiring[i].status} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(h.newlyExpiring[i].env)}`)}`);
    lines.push('');
    return lines;
}
function renderCounts(report) {
    const c = report.counts;
    return table(['Secrets', 'Drift', 'Missing', 'Unexpected', 'By design', 'Incomplete', 'Skew', 'Expired / expiring', 'Unreadable envs'], [[c.rows, c.drift, c.missing, c.unexpected, c.byDesign, c.incomplete, c.skew, `${c.expired} / ${c.expiring - c.expired}`, c.unreadable].map(String)]);
}
function renderMarkdown(report) {
    const out = [];
    const { source } = report;
    out.push(`# Vault coverage snapshot — ${report.generatedAt.slice(0, 10)}`, '');
    out.push(`${GENERATED_AT_PREFIX}${report.generatedAt}`);
    out.push(`- Source: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(source.kind)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(source.location, false)})`);
    if (source.projectId || source.projectName) {
        // The project name is the server's free text: a code span, like a secret name (no mention, no link).
        const name = source.projectName ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(source.projectName, false) : '';
        const id = source.projectId ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(source.projectId, false) : '';
        out.push(`- Project: ${[name, id && (name ? `(${id})` : id)].filter(Boolean).join(' ')}`);
    }
    out.push(`- Path prefix: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.pathPrefix, false)}`);
    out.push(`- Environments: ${report.environments.map((e) => (e.status === 'ok' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug) : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)} (unreadable)`)).join(', ')}`);
    const p = report.policy;
    out.push(`- Policy: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(p.origin)} (version gap ≥ ${p.versionGap}, lag > ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p.lagDays, 'day')}, warn ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p.warnDays, 'day')} before expiry)`);
    out.push('', ...renderCounts(report), '');
    out.push(...renderDelta(report));
    const unreadable = report.environments.filter((e) => e.status === 'unreadable' || e.unreadablePaths?.length);
    if (unreadable.length) {
        out.push('## Unreadable environments', '');
        out.push('The audit is incomplete: rows are marked `?` there and none of them is counted as drift.', '');
        for (const e of unreadable) {
            if (e.status === 'unreadable')
                out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.reason ?? 'unknown reason')}`);
            for (const part of e.unreadablePaths ?? [])
                out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(part.path, false)}${part.subtree ? ' and below' : ''}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(part.reason)}`);
        }
        out.push('');
    }
    out.push(`## Drift (${report.counts.drift})`, '');
    out.push(...(report.counts.drift ? renderDriftTable(report) : ['No drift.']), '');
    out.push(`## Skew (${report.skew.length})`, '');
    out.push(...(report.skew.length
        ? table(['Path', 'Key', 'Skew'], report.skew.map((s) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(s.path), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(s.key), skewText(s)]))
        : ['No version or rotation skew.']), '');
    out.push(`## Expiry (${report.expiry.length})`, '');
    out.push(...(report.expiry.length
        ? table(['Path', 'Key', 'Environment', 'Status', 'Detail'], report.expiry.map((f) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.path), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.env), f.status, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(expiryText(f, report.policy.suffix))]))
        : ['No expired, expiring or malformed companions.']), '');
    if (report.rotation.length) {
        // The store's own rotation dates get their column only when a store gave one.
        const due = report.rotation.some((f) => f.dueAt);
        out.push(`## Rotation overdue (${report.rotation.length})`, '');
        out.push(...table(['Path', 'Key', 'Environment', 'Last changed', 'Age (days)', 'Max (days)', ...(due ? ['Rotation due'] : [])], report.rotation.map((f) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.path),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.env),
            f.updatedAt ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(f.updatedAt) : '',
            f.ageDays === undefined ? '' : String(f.ageDays),
            f.maxAgeDays === undefined ? '' : String(f.maxAgeDays),
            ...(due ? [f.dueAt?.slice(0, 10) ?? ''] : []),
        ])), '');
    }
    if (report.folders.length) {
        out.push(`## Folder diagnosis (${report.folders.length})`, '');
        for (const f of report.folders)
            out.push(`- ${folderText(f)}`);
        out.push('');
    }
    if (report.policyFindings.length) {
        out.push(`## Policy (${report.policyFindings.length})`, '');
        for (const f of report.policyFindings)
            out.push(`- ${f.kind}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.detail)}`);
        out.push('');
    }
    const slugs = report.environments.map((e) => e.slug);
    out.push(`## Coverage matrix (${report.rows.length})`, '');
    const matrix = report.rows.map((r) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.path), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.key), ...slugs.map((s) => cellText(r.cells[s])), statusText(r)]);
    // Symbols only some stores produce are explained only when they appear.
    let unversioned = false;
    let disabled = false;
    let imported = false;
    for (const cells of matrix)
        for (const text of cells)
            (unversioned ||= text.startsWith('✓')), (disabled ||= text === 'off'), (imported ||= text.endsWith('↙'));
    const legend = [
        '`vN` present at version N',
        ...(unversioned ? ['`✓` present'] : []),
        ...(imported ? ['`↙` through a secret import'] : []),
        '`—` absent',
        ...(disabled ? ['`off` disabled'] : []),
        '`?` unreadable',
    ];
    out.push(legend.join(' · '), '');
    out.push(...table(['Path', 'Key', ...slugs.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md), 'Drift'], matrix), '');
    return out.join('\n');
}


/***/ }),

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3256);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);



/** Marks the one sticky PR comment this action owns. */
const COMMENT_MARKER = '<!-- vault-coverage-audit -->';
function renderSummary(report, options) {
    const head = [];
    if (options.marker)
        head.push(COMMENT_MARKER);
    const c = report.counts;
    head.push(`## Vault coverage: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expired or expiring`, '');
    head.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.source.projectName ?? report.source.location, false)} · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.pathPrefix, false)} · ${report.environments.map((e) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)).join(', ')}`, '');
    head.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.renderCounts)(report), '');
    head.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.renderDelta)(report, 20).map((l) => l.replace(/^## /, '### ')));
    for (const e of report.environments) {
        if (e.status === 'unreadable')
            head.push(`> **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)} could not be read**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.reason ?? '')}. Rows touching it are incomplete, not drift.`, '');
        for (const part of e.unreadablePaths ?? []) {
            head.push(`> **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(part.path, false)}${part.subtree ? ' and below' : ''} could not be read**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(part.reason)}. Rows there are incomplete, not drift.`, '');
        }
    }
    for (const f of report.folders)
        head.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.folderText)(f)}`);
    if (report.folders.length)
        head.push('');
    const expiry = report.expiry;
    for (const f of expiry.slice(0, 20))
        head.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key, false)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.env)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.expiryText)(f, report.policy.suffix))}`);
    if (expiry.length > 20)
        head.push(`- …and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(expiry.length - 20, 'more expiry finding')}`);
    if (expiry.length)
        head.push('');
    const others = [
        report.skew.length ? `${report.skew.length} with version or rotation skew` : '',
        report.rotation.length ? `${report.rotation.length} rotation overdue` : '',
    ].filter(Boolean);
    if (others.length)
        head.push(`Also: ${others.join(' · ')} (see the snapshot).`, '');
    for (const f of report.policyFindings.slice(0, 10))
        head.push(`- policy ${f.kind}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.detail)}`);
    if (report.policyFindings.length)
        head.push('');
    const snapshot = options.snapshotUrl ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(options.snapshotPath)}](${options.snapshotUrl})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(options.snapshotPath, false);
    const foot = ['', `Full report: ${snapshot} · [workflow run](${options.runUrl})`, ''];
    const build = (limit, cut) => {
        const drift = c.drift ? [`### Drift (${c.drift})`, '', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.renderDriftTable)(report, limit)] : ['No drift.'];
        if (cut)
            drift.push('', `_The drift list was cut to keep this under ${Math.floor(options.maxBytes / 1024)} KiB; the snapshot has every row._`);
        return [...head, ...drift, ...foot].join('\n');
    };
    let limit = c.drift;
    let text = build(limit, false);
    while (Buffer.byteLength(text) > options.maxBytes && limit > 0) {
        limit = Math.floor(limit / 2);
        text = build(limit, true);
    }
    return text;
}


/***/ })

};

//# sourceMappingURL=692.index.js.map