export const id = 260;
export const ids = [260];
export const modules = {

/***/ 3260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCsv: () => (/* binding */ renderCsv)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2363);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);


function cell(c) {
    if (!c)
        return 'absent';
    if (c.state === 'present')
        return typeof c.version === 'number' ? `v${c.version}` : 'present';
    if (c.state === 'unreadable')
        return 'unreadable';
    return c.reason ? `${c.state} (${c.reason})` : c.state;
}
function renderCsv(report) {
    const slugs = report.environments.map((e) => e.slug);
    const skew = new Map(report.skew.map((s) => [(0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(s), s]));
    const expiry = new Map();
    for (const f of report.expiry) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(f);
        expiry.set(id, [...(expiry.get(id) ?? []), `${f.env}: ${f.status}${f.expiresAt ? ` ${f.expiresAt.slice(0, 10)}` : ''}`]);
    }
    const rotation = new Map();
    for (const f of report.rotation) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(f);
        rotation.set(id, [...(rotation.get(id) ?? []), f.dueAt ? `${f.env}: due ${f.dueAt.slice(0, 10)}` : `${f.env}: ${f.ageDays} days (max ${f.maxAgeDays})`]);
    }
    const header = ['path', 'key', 'status', ...slugs, 'missing_in', 'unexpected_in', 'class', 'skew', 'expiry', 'rotation_overdue', 'remediation'];
    const lines = [header.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .csvField */ .XR).join(',')];
    for (const row of report.rows) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(row);
        const s = skew.get(id);
        const skewText = [
            s?.version ? `version gap ${s.version.gap} (${s.version.newest} v${s.version.newestVersion}, ${s.version.oldest} v${s.version.oldestVersion})` : '',
            s?.lag ? `${s.lag.stalest} ${s.lag.days} days behind ${s.lag.newest}` : '',
        ]
            .filter(Boolean)
            .join('; ');
        const fields = [
            row.path,
            row.key,
            row.status,
            ...slugs.map((slug) => cell(row.cells[slug])),
            row.missingIn.join(' '),
            row.unexpectedIn.join(' '),
            row.class,
            skewText,
            (expiry.get(id) ?? []).join('; '),
            (rotation.get(id) ?? []).join('; '),
            row.remediation ?? '',
        ];
        lines.push(fields.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .csvField */ .XR).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ csvField),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports visible, slack */
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


/***/ })

};

//# sourceMappingURL=260.index.js.map