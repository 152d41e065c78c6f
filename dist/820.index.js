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

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ slack),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports visible, csvField */
/**
 * Escaping for every medium a name is rendered in. Secret names are not
 * validated by older Infisical servers (fixture 20: `WEIRD|PIPE_KEY`,
 * backticks, spaces, `/`, unicode all accepted), so every name is hostile.
 */
// Controls, and invisible/bidi characters that could disguise a name (e.g. U+202E).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const showCodePoint = (c) => c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0).toString(16)}}`;
/** Make control and invisible characters visible as escapes (`\n`, `\u{202e}`). */
function visible(text) {
    return text.replace(INVISIBLE, showCodePoint);
}
/**
 * Plain text (a reason, an environment slug) in GitHub-flavoured markdown:
 * no emphasis, link, code or table break; `<`, `>` and `&` become entities so
 * no tag or autolink survives.
 */
function md(text) {
    return visible(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
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
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** Slack mrkdwn: the three control characters, so `<!channel>` or `<@U1>` pings no one. */
function slack(text) {
    return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


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
    const title = `Vault coverage: ${c.drift} drift in ${project} ${report.pathPrefix}`;
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
            `*Since ${h.previous.generatedAt.slice(0, 10)}:* ${h.newDrift.length} new, ${h.resolvedDrift.length} resolved, ${h.persistingDrift.length} persisting`,
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