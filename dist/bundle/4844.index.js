export const id = 4844;
export const ids = [4844];
export const modules = {

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

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ })

};

//# sourceMappingURL=4844.index.js.map