export const id = 260;
export const ids = [260];
export const modules = {

/***/ 3028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ findExpiry),
/* harmony export */   YX: () => (/* binding */ findRotation),
/* harmony export */   ae: () => (/* binding */ calendarDays),
/* harmony export */   f$: () => (/* binding */ isRealDay)
/* harmony export */ });
/* unused harmony export parseExpiry */
/* harmony import */ var _skew_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7989);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/**
 * An ISO 8601 date (`2027-03-01`, taken as 00:00 UTC that day: the credential
 * must be rotated before the day starts) or date-time with a zone. Anything
 * else, including impossible dates such as 2025-02-30, is undefined.
 */
function parseExpiry(text) {
    const trimmed = text.trim();
    const date = ISO_DATE.exec(trimmed);
    const dateTime = date ? undefined : ISO_DATE_TIME.exec(trimmed);
    const parts = date ?? dateTime;
    if (!parts)
        return undefined;
    const [, y, m, d] = parts.map(Number);
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
        return undefined;
    if (date)
        return probe;
    const hour = Number(dateTime[4]);
    const minute = Number(dateTime[5]);
    const second = Number(dateTime[6] ?? 0);
    if (hour > 23 || minute > 59 || second > 60)
        return undefined;
    const instant = new Date(trimmed.replace(' ', 'T'));
    return Number.isNaN(instant.getTime()) ? undefined : instant;
}
/** A YYYY-MM-DD day that exists: 2026-02-30 parses in JavaScript (as March 2), so a day must survive the round trip. */
function isRealDay(day) {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}
/**
 * Whole UTC calendar days from one instant's day to another's: the same all day
 * long, so a re-run later the same day renders the same snapshot.
 */
function calendarDays(from, to) {
    const day = (d) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return Math.round((day(to) - day(from)) / _skew_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .s);
}
/** Findings for one base secret (may be absent everywhere: then every companion is an orphan). */
function findExpiry(base, companion, ctx) {
    const identity = base ?? companion;
    if (!identity)
        return [];
    const findings = [];
    const at = (env, status) => ({
        path: identity.path,
        key: identity.key,
        env,
        status,
    });
    const companionSomewhere = companion !== undefined && companion.present.size > 0;
    for (const env of ctx.environments) {
        const hasBase = base?.present.has(env) ?? false;
        const entry = companion?.present.get(env);
        // The store's own expiry date, when it has one (Azure, GCP, SSM, Vault custom metadata).
        const native = base?.present.get(env)?.expiresAt;
        if (!entry && native === undefined) {
            if (hasBase && ctx.requireExpiry)
                findings.push(at(env, 'missing-companion'));
            else if (hasBase && companionSomewhere)
                findings.push(at(env, 'companion-missing-here'));
            continue;
        }
        if (!hasBase) {
            findings.push(at(env, 'orphan'));
            continue;
        }
        const text = entry ? entry.expiresAt : native;
        if (text === undefined) {
            findings.push(at(env, 'unknown'));
            continue;
        }
        const expires = parseExpiry(text);
        if (!expires) {
            // The text is never echoed: a malformed "date" may be a value pasted in the wrong key.
            findings.push(at(env, 'malformed'));
            continue;
        }
        const left = expires.getTime() - ctx.now.getTime();
        const daysLeft = calendarDays(ctx.now, expires);
        const status = left <= 0 ? 'expired' : left <= ctx.warnDays * _skew_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .s ? 'expiring' : undefined;
        if (status)
            findings.push({ ...at(env, status), expiresAt: expires.toISOString(), daysLeft });
    }
    return findings;
}
/**
 * Rotation overdue: past the store's own next rotation date (rotation on), else
 * older than the policy's maxAgeDays. One finding per environment at most.
 */
function findRotation(identity, environments, now, maxAgeDays) {
    const findings = [];
    for (const env of environments) {
        const secret = identity.present.get(env);
        if (!secret)
            continue;
        const where = { path: identity.path, key: identity.key, env, ...(secret.updatedAt !== undefined ? { updatedAt: secret.updatedAt } : {}) };
        const due = secret.rotationDue === undefined ? undefined : parseExpiry(secret.rotationDue);
        if (due && due.getTime() < now.getTime()) {
            findings.push({ ...where, dueAt: due.toISOString() });
            continue;
        }
        if (maxAgeDays === undefined || secret.updatedAt === undefined)
            continue;
        const updated = Date.parse(secret.updatedAt);
        if (Number.isNaN(updated))
            continue;
        const ageDays = calendarDays(new Date(updated), now);
        if (ageDays > maxAgeDays)
            findings.push({ ...where, ageDays, maxAgeDays });
    }
    return findings;
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DAY_MS),
/* harmony export */   y: () => (/* binding */ findSkew)
/* harmony export */ });
const DAY_MS = 86_400_000;
/**
 * Infisical's version counter is per environment, so a gap is only a hint
 * ("prod v8, staging v2"); the updatedAt lag ("rotated in prod, stale in
 * staging") is the more honest signal. Both are reported.
 */
function findSkew(identity, environments, versionGap, lagDays) {
    let newest;
    let oldest;
    let latest;
    let stalest;
    let holders = 0;
    for (const env of environments) {
        const secret = identity.present.get(env);
        if (!secret)
            continue;
        holders++;
        // A gap needs two numbers: opaque version ids (a UUID) say nothing about distance.
        const { version } = secret;
        if (typeof version === 'number') {
            if (!newest || version > newest.version)
                newest = { env, version };
            if (!oldest || version < oldest.version)
                oldest = { env, version };
        }
        const at = secret.updatedAt === undefined ? NaN : Date.parse(secret.updatedAt);
        if (Number.isNaN(at))
            continue;
        if (!latest || at > latest.at)
            latest = { env, at };
        if (!stalest || at < stalest.at)
            stalest = { env, at };
    }
    if (holders < 2)
        return undefined;
    const finding = { path: identity.path, key: identity.key };
    const gap = newest && oldest ? newest.version - oldest.version : 0;
    if (newest && oldest && gap >= versionGap) {
        finding.version = { newest: newest.env, newestVersion: newest.version, oldest: oldest.env, oldestVersion: oldest.version, gap };
    }
    if (latest && stalest) {
        const days = (latest.at - stalest.at) / DAY_MS;
        if (days > lagDays)
            finding.lag = { newest: latest.env, stalest: stalest.env, days: Math.floor(days) };
    }
    return finding.version || finding.lag ? finding : undefined;
}


/***/ }),

/***/ 3260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCsv: () => (/* binding */ renderCsv)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2363);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3256);



function cell(c, name) {
    if (!c)
        return 'absent';
    if (c.state === 'present')
        return `${typeof c.version === 'number' ? `v${c.version}` : 'present'}${name ? ` as ${name}` : ''}${c.via ? ` via ${c.via}` : ''}`;
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
        rotation.set(id, [
            ...(rotation.get(id) ?? []),
            f.dueAt ? `${f.env}: due ${f.dueAt.slice(0, 10)}` : `${f.env}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(f.ageDays ?? 0, 'day')} (max ${f.maxAgeDays})`,
        ]);
    }
    // Contract columns come first, as in the matrix: where each declares or uses the key.
    const contracts = (report.contracts ?? []).map((c) => c.slug);
    const header = ['path', 'key', 'status', ...contracts, ...slugs, 'missing_in', 'unexpected_in', 'class', 'skew', 'expiry', 'rotation_overdue', 'remediation'];
    const lines = [header.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .csvField */ .XR).join(',')];
    for (const row of report.rows) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(row);
        const s = skew.get(id);
        const skewText = [
            s?.version ? `version gap ${s.version.gap} (${s.version.newest} v${s.version.newestVersion}, ${s.version.oldest} v${s.version.oldestVersion})` : '',
            s?.lag ? `${s.lag.stalest} ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(s.lag.days, 'day')} behind ${s.lag.newest}` : '',
        ]
            .filter(Boolean)
            .join('; ');
        const fields = [
            row.path,
            row.key,
            row.status,
            ...contracts.map((slug) => row.declared?.[slug] ?? ''),
            ...slugs.map((slug) => cell(row.cells[slug], row.names?.[slug])),
            row.missingIn.join(' '),
            row.unexpectedIn.join(' '),
            row.class,
            skewText,
            (expiry.get(id) ?? []).join('; '),
            (rotation.get(id) ?? []).join('; '),
            row.remediation ?? '',
        ];
        lines.push(fields.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .csvField */ .XR).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ csvField),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports visible, logLine, slack */
/* harmony import */ var _audit_expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3028);
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

/***/ 3256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ })

};

//# sourceMappingURL=260.index.js.map