export const id = 820;
export const ids = [820];
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

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SLACK_MAX_BLOCKS: () => (/* binding */ SLACK_MAX_BLOCKS),
/* harmony export */   SLACK_MAX_SECTION: () => (/* binding */ SLACK_MAX_SECTION),
/* harmony export */   renderSlack: () => (/* binding */ renderSlack)
/* harmony export */ });
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4261);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);


const SLACK_MAX_BLOCKS = 50;
const SLACK_MAX_SECTION = 3000;
const SLACK_MAX_HEADER = 150;
/** A name in a code span; Slack has no escape for a backtick inside one, so it shows as ˋ. */
const code = (name) => `\`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(name).replace(/`/g, 'ˋ')}\``;
const section = (text) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const link = (url, label) => `<${url.replace(/[<>|]/g, encodeURIComponent)}|${label}>`;
function driftLine(row) {
    const where = row.status === 'unexpected' ? `unexpected in ${row.unexpectedIn.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$).join(', ')}` : `missing in ${row.missingIn.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$).join(', ')}`;
    return `• ${code(row.path)} ${code(row.key)} — ${where}`;
}
function renderSlack(report, links) {
    const c = report.counts;
    const project = report.source.projectName ?? report.source.location;
    const title = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(`Vault coverage: ${c.drift} drift in ${project} ${report.pathPrefix}`);
    // The header is plain_text (never parsed for mentions); the fallback text is mrkdwn, so it is escaped.
    const text = `Vault coverage: ${c.drift} drift in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(project)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(report.pathPrefix)} (${c.skew} skew, ${c.expiring} expired or expiring, ${c.unreadable} unreadable)`;
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title.slice(0, SLACK_MAX_HEADER), emoji: false } },
        section([
            `*Drift* ${c.drift} (${c.missing} missing, ${c.unexpected} unexpected) · *Skew* ${c.skew} · *Expired/expiring* ${c.expiring} · *Unreadable* ${c.unreadable}`,
            `Environments: ${report.environments.map((e) => (e.status === 'ok' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(e.slug) : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(e.slug)} (unreadable)`)).join(', ')}`,
        ].join('\n')),
    ];
    const h = report.history;
    if (h) {
        const delta = [
            `*Since ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(h.previous.generatedAt)}:* ${h.newDrift.length} new, ${h.resolvedDrift.length} resolved, ${h.persistingDrift.length} persisting`,
            ...h.newDrift.slice(0, 10).map((d) => `• new: ${code(d.path)} ${code(d.key)} ${d.status}`),
            ...(h.newDrift.length > 10 ? [`• …and ${h.newDrift.length - 10} more new`] : []),
            ...h.resolvedDrift.slice(0, 5).map((d) => `• resolved: ${code(d.path)} ${code(d.key)}`),
            ...(h.resolvedDrift.length > 5 ? [`• …and ${h.resolvedDrift.length - 5} more resolved`] : []),
        ];
        blocks.push(section(delta.join('\n').slice(0, SLACK_MAX_SECTION)));
    }
    const expiring = report.expiry.filter((f) => f.status === 'expired' || f.status === 'expiring');
    const findings = [
        ...expiring.slice(0, 10).map((f) => `• ${code(f.path)} ${code(f.key)} ${f.status} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(f.env)}${f.expiresAt ? ` (${f.expiresAt.slice(0, 10)})` : ''}`),
        ...(expiring.length > 10 ? [`• …and ${expiring.length - 10} more expired or expiring`] : []),
        ...(c.rotationOverdue ? [`• ${c.rotationOverdue} rotation overdue`] : []),
        ...(report.policyFindings.length ? [`• ${report.policyFindings.length} policy findings (unused rules, expired exceptions…)`] : []),
    ];
    if (findings.length)
        blocks.push(section(findings.join('\n').slice(0, SLACK_MAX_SECTION)));
    const footer = {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: [links.snapshotUrl ? link(links.snapshotUrl, 'Snapshot') : '', link(links.runUrl, 'Workflow run')].filter(Boolean).join(' · ') }],
    };
    // Pack drift lines into sections of ≤ 3000 characters; keep room for "…and N more" and the footer.
    const chunks = [];
    const drift = report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_1__/* .isDrift */ ._);
    for (const row of drift) {
        const line = driftLine(row).slice(0, SLACK_MAX_SECTION);
        const last = chunks.at(-1);
        if (last && last.length + 1 + line.length <= SLACK_MAX_SECTION) {
            last.lines.push(line);
            last.length += 1 + line.length;
        }
        else
            chunks.push({ lines: [line], length: line.length });
    }
    const taken = chunks.slice(0, SLACK_MAX_BLOCKS - blocks.length - 2);
    for (const chunk of taken)
        blocks.push(section(chunk.lines.join('\n')));
    const shown = taken.reduce((n, chunk) => n + chunk.lines.length, 0);
    if (shown < drift.length) {
        const where = links.snapshotUrl ? `in the ${link(links.snapshotUrl, 'snapshot')}` : `in the ${link(links.runUrl, 'workflow run')}`;
        blocks.push(section(`…and ${drift.length - shown} more ${where}.`));
    }
    blocks.push(footer);
    return { text, blocks };
}


/***/ })

};

//# sourceMappingURL=820.index.js.map