export const id = 1692;
export const ids = [1692];
export const modules = {

/***/ 44349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ compileGlob),
/* harmony export */   p: () => (/* binding */ GlobError)
/* harmony export */ });
/**
 * Policy globs with a linear-time guarantee. A regex-based matcher backtracks:
 * `*a*a*a*a*a*a*a*a*b` against 40 `a`s took 4 s, and each extra `*a` ten times
 * more, so a policy file could stall the audit. This one simulates the
 * pattern as a set of positions (an NFA): O(pattern × name) whatever the input.
 *
 * Syntax: `*` (any run without `/`), `**` (any run), `?` (one character but
 * `/`), `[abc]` `[a-z]` `[!a-z]` (one character), `{a,b}` (alternatives, up
 * to 64 in all), `\\x` (x itself). Anything else is literal.
 */
const MAX_ALTERNATIVES = 64;
const MAX_LENGTH = 512;
class GlobError extends Error {
    name = 'GlobError';
}
/** `{a,b}` expanded, innermost first; an unbalanced brace is literal. */
function expandBraces(pattern) {
    let depth = 0;
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '{' && depth++ === 0)
            open = i;
        else if (c === '}' && depth > 0 && --depth === 0) {
            const inner = pattern.slice(open + 1, i);
            const parts = [];
            let level = 0;
            let start = 0;
            for (let j = 0; j < inner.length; j++) {
                const d = inner[j];
                if (d === '\\')
                    j++;
                else if (d === '{')
                    level++;
                else if (d === '}')
                    level--;
                else if (d === ',' && level === 0) {
                    parts.push(inner.slice(start, j));
                    start = j + 1;
                }
            }
            parts.push(inner.slice(start));
            if (parts.length === 1)
                continue; // `{a}`: literal braces
            const rest = expandBraces(pattern.slice(i + 1));
            const out = [];
            for (const part of parts)
                for (const head of expandBraces(part))
                    for (const tail of rest) {
                        out.push(pattern.slice(0, open) + head + tail);
                        if (out.length > MAX_ALTERNATIVES)
                            throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives`);
                    }
            return out;
        }
    }
    return [pattern];
}
function tokenize(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            const literal = pattern[++i];
            tokens.push({ kind: 'char', test: (x) => x === literal });
        }
        else if (c === '*') {
            const slash = pattern[i + 1] === '*';
            while (pattern[i + 1] === '*')
                i++;
            // Consecutive stars are one: `a**b` and `a*****b` cost what `a*b` costs.
            const last = tokens.at(-1);
            if (last?.kind === 'star')
                last.slash ||= slash;
            else
                tokens.push({ kind: 'star', slash });
        }
        else if (c === '?')
            tokens.push({ kind: 'char', test: (x) => x !== '/' });
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close < 0) {
                tokens.push({ kind: 'char', test: (x) => x === '[' });
                continue;
            }
            let body = pattern.slice(i + 1, close);
            const negate = body[0] === '!' || body[0] === '^';
            if (negate)
                body = body.slice(1);
            const ranges = [];
            for (let j = 0; j < body.length; j++) {
                if (body[j + 1] === '-' && j + 2 < body.length) {
                    ranges.push([body[j], body[j + 2]]);
                    j += 2;
                }
                else
                    ranges.push([body[j], body[j]]);
            }
            tokens.push({ kind: 'char', test: (x) => x !== '/' && ranges.some(([lo, hi]) => x >= lo && x <= hi) !== negate });
            i = close;
        }
        else
            tokens.push({ kind: 'char', test: (x) => x === c });
    }
    return tokens;
}
/** Whether the tokens match the whole text: the set of reachable positions, advanced one character at a time. */
function simulate(tokens, text) {
    const n = tokens.length;
    let current = new Uint8Array(n + 1);
    let next = new Uint8Array(n + 1);
    // A star may match nothing: reaching it reaches what follows it.
    const close = (set) => {
        for (let p = 0; p < n; p++)
            if (set[p] && tokens[p].kind === 'star')
                set[p + 1] = 1;
    };
    current[0] = 1;
    close(current);
    for (const c of text) {
        next.fill(0);
        let any = false;
        for (let p = 0; p < n; p++) {
            if (!current[p])
                continue;
            const token = tokens[p];
            if (token.kind === 'star') {
                if (c !== '/' || token.slash) {
                    next[p] = 1;
                    any = true;
                }
            }
            else if (token.test(c)) {
                next[p + 1] = 1;
                any = true;
            }
        }
        if (!any)
            return false;
        close(next);
        [current, next] = [next, current];
    }
    return current[n] === 1;
}
/** A matcher for one pattern; a GlobError says why the pattern cannot be used. */
function compileGlob(pattern) {
    if (pattern.length > MAX_LENGTH)
        throw new GlobError(`longer than ${MAX_LENGTH} characters`);
    // A whole-segment `**` also matches no segment at all: `a/**/b` matches `a/b`, `**/b` `b`, `a/**` `a`.
    const segments = pattern
        .replace(/^\*\*\//, '{,**/}')
        .replace(/\/\*\*\//g, '{/,/**/}')
        .replace(/\/\*\*$/, '{,/**}');
    const alternatives = expandBraces(segments).map(tokenize);
    return (text) => alternatives.some((tokens) => simulate(tokens, text));
}


/***/ }),

/***/ 66087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ parseCodeowners),
/* harmony export */   G0: () => (/* binding */ OWNER_FORMS),
/* harmony export */   hi: () => (/* binding */ isGitHubOwner),
/* harmony export */   qf: () => (/* binding */ ownerLookup),
/* harmony export */   u8: () => (/* binding */ isOwner)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44349);
/**
 * Who owns a finding: the policy's `owners:` (a key glob, a `path/key` glob or
 * a folder, the most specific match winning), else a rule's `owner:` when it
 * is a mention, else the CODEOWNERS owner of the file a contract column names.
 * Only the accepted forms ever become a mention: `@org/team`, `@user`,
 * `slack:@group`, `slack:U123` (a user) or `slack:S123` (a user group).
 */

/** The accepted owner forms; anything else is a label, never a mention. */
const OWNER_FORMS = [
    [/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, 'a GitHub team @org/team'],
    [/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'a GitHub user @name'],
    [/^slack:@[a-z0-9][a-z0-9._-]{0,79}$/, 'a Slack handle slack:@group'],
    [/^slack:[UWS][A-Z0-9]{2,20}$/, 'a Slack id slack:U123 (a user) or slack:S123 (a user group)'],
];
const isOwner = (text) => OWNER_FORMS.some(([form]) => form.test(text));
/** A GitHub owner (`@user` or `@org/team`): what a pull-request comment may mention. */
const isGitHubOwner = (text) => OWNER_FORMS.slice(0, 2).some(([form]) => form.test(text));
const literalChars = (glob) => glob.replace(/[*?[\]{}]/g, '').length;
function compileEntry(entry) {
    const m = entry.match;
    if (m.startsWith('/') && !/[*?[{]/.test(m)) {
        // A folder: itself and everything below it.
        const folder = m.replace(/\/+$/, '') || '/';
        return {
            owners: entry.owners,
            specificity: 1000 + folder.length,
            test: (path) => folder === '/' || path === folder || path.startsWith(`${folder}/`),
        };
    }
    const glob = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(m);
    const onPath = m.includes('/');
    const exact = !/[*?[{]/.test(m);
    return {
        owners: entry.owners,
        specificity: exact ? 3000 : 2000 + literalChars(m),
        test: (path, key) => glob(onPath ? (path === '/' ? `/${key}` : `${path}/${key}`) : key),
    };
}
/** The owners of a row by the policy's map: the most specific entry that matches, or undefined. */
function ownerLookup(entries) {
    const compiled = entries.map(compileEntry);
    return (path, key) => {
        let best;
        for (const c of compiled)
            if (c.test(path, key) && (!best || c.specificity > best.specificity))
                best = c;
        return best?.owners;
    };
}
/** A CODEOWNERS file: each line a pattern and its owners; the last matching line wins, as on GitHub. */
function parseCodeowners(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/).slice(0, 5000)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const [pattern, ...owners] = line.split(/\s+/);
        if (!pattern || pattern.length > 300)
            continue;
        let glob = pattern;
        const anchored = glob.startsWith('/');
        if (anchored)
            glob = glob.slice(1);
        if (glob.endsWith('/'))
            glob = `${glob}**`;
        if (!anchored && !glob.slice(0, -1).includes('/'))
            glob = `**/${glob}`;
        let tests;
        try {
            // `docs` names the folder too: what is under it.
            tests = [(0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(glob), ...(glob.endsWith('**') ? [] : [(0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(`${glob}/**`)])];
        }
        catch {
            continue;
        }
        rules.push({ test: (file) => tests.some((t) => t(file)), owners: owners.filter(isOwner) });
    }
    return (file) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i].test(file))
                return rules[i].owners.length ? rules[i].owners : undefined;
        return undefined;
    };
}


/***/ }),

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
/* harmony import */ var _audit_owners_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66087);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24261);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57789);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63256);
/* harmony import */ var _trend_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99867);
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
    // The chart is the job summary's; a pull-request comment stays about the pull request.
    if (!options.marker)
        head.push(...(0,_trend_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTrend */ .e)(report, '###'));
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
    const dynamic = (report.contracts ?? []).filter((c) => c.dynamicCount && c.role !== 'wants');
    section(`Reads the scan could not name (${dynamic.reduce((n, c) => n + (c.dynamicCount ?? 0), 0)})`, dynamic.flatMap((c) => (c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.via, false)} at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.at, false)}: keys read here are not counted`)));
    // Manifests: what no key can be checked in, and what was matched by name only.
    const manifests = (report.contracts ?? []).filter((c) => c.role === 'wants' && (c.dynamicCount || c.byName?.length));
    section(`Manifests not checked key by key (${manifests.reduce((n, c) => n + (c.dynamicCount ?? 0) + (c.byName?.length ?? 0), 0)})`, manifests.flatMap((c) => [
        ...(c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.at, false)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(d.via)}`),
        ...(c.byName ?? []).slice(0, LIST_LIMIT).map((b) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(b.at, false)}: matched by name only (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(b.via)})`),
    ]));
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
    const fresh = new Set((report.history?.newDrift ?? report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .isDrift */ ._)).map((r) => `${r.path}\u0000${r.key}`));
    const byOwner = new Map();
    for (const row of report.rows) {
        if (!(0,_audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .isDrift */ ._)(row) || !fresh.has(`${row.path}\u0000${row.key}`))
            continue;
        for (const owner of row.owners ?? []) {
            if ((0,_audit_owners_js__WEBPACK_IMPORTED_MODULE_5__/* .isGitHubOwner */ .hi)(owner))
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