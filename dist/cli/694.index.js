export const id = 694;
export const ids = [694];
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

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isDrift),
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;
const isDrift = (row) => row.status === 'missing' || row.status === 'unexpected';


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

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   datedBefore: () => (/* binding */ datedBefore),
/* harmony export */   diskLookup: () => (/* binding */ diskLookup),
/* harmony export */   fileLookup: () => (/* binding */ fileLookup),
/* harmony export */   loadPrevious: () => (/* binding */ loadPrevious)
/* harmony export */ });
/* harmony import */ var _audit_expiry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3028);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4261);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3618);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3911);
/**
 * Finding and reading the previous JSON snapshot: the newest
 * `<date>-vault-coverage-snapshot.json` in the snapshot folder, other than
 * today's. It is untrusted input (anyone who can write that folder can plant
 * one): every field is validated strictly, and one that fails is skipped for
 * the next older one. When none can be read the history is "unavailable":
 * nothing is reported as new, rather than everything.
 */





/** How many earlier snapshots are tried before the history is called unavailable. */
const LOOK_BACK = 5;
/** Of the names in a folder, the snapshots dated before today, newest first. */
function datedBefore(names, template, today) {
    const { match } = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotPattern */ .ff)(template);
    return names
        .map((name) => ({ name, date: match(name) }))
        .filter((n) => n.date !== undefined && n.date < today)
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
        .map((n) => n.name);
}
function diskLookup(template, io) {
    const { dir } = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotPattern */ .ff)(template);
    return {
        async list(today) {
            let names;
            try {
                names = await io.readdir(dir);
            }
            catch {
                return []; // no snapshot folder yet: nothing to compare with
            }
            return datedBefore(names, template, today).map((name) => `${dir}/${name}`);
        },
        read: (location) => io.readText(location),
    };
}
const fileLookup = (path, readText) => ({
    list: async () => [path],
    read: readText,
});
// Strict: every string the comparison reads or the report may carry forward has a known form.
const isoDay = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day like 2026-11-23'), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.refine(_audit_expiry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRealDay */ .f$, 'expected a real day'));
const folder = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.startsWith('/', 'expected an absolute folder path'), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.maxLength(4096));
const name = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.maxLength(4096));
const driftStatus = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['missing', 'unexpected']);
const snapshotSchema = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
    schemaVersion: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.literal(_audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f),
    generatedAt: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.iso.datetime({ offset: true }),
    rows: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
        path: folder,
        key: name,
        status: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['ok', 'missing', 'unexpected', 'by-design', 'incomplete']),
        firstSeen: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(isoDay),
    })),
    skew: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ path: folder, key: name })), []),
    expiry: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
        path: folder,
        key: name,
        env: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an environment slug')),
        status: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['expired', 'expiring', 'malformed', 'orphan', 'missing-companion', 'companion-missing-here', 'unknown']),
    })), []),
    carriedDrift: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ path: folder, key: name, status: driftStatus, firstSeen: isoDay })), []),
});
/** Why one candidate cannot be used; never its content. */
function validate(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { problem: 'is not valid JSON' };
    }
    const version = raw?.schemaVersion;
    if (version !== _audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f) {
        const shown = typeof version === 'number' && Number.isInteger(version) ? version : version === undefined ? 'none' : 'not a number';
        return { problem: `has schemaVersion ${shown}, this version reads ${_audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f}` };
    }
    const parsed = snapshotSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { problem: `is malformed at ${issue.path.map(String).join('.')}: ${issue.message}` };
    }
    return { snapshot: parsed.data };
}
/** The newest earlier snapshot that reads and validates, looking back up to five; problems are warnings, never failures. */
async function loadPrevious(lookup, today, logger) {
    if (!lookup)
        return {};
    let locations;
    try {
        locations = await lookup.list(today);
    }
    catch (err) {
        logger.warning(`History unavailable: the snapshot folder could not be listed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); nothing is reported as new`);
        return { unavailable: 'the snapshot folder could not be listed' };
    }
    if (locations.length === 0) {
        logger.info('No previous snapshot: every drift row counts as new');
        return {};
    }
    const problems = [];
    for (const location of locations.slice(0, LOOK_BACK)) {
        let text;
        try {
            text = await lookup.read(location);
        }
        catch (err) {
            logger.warning(`Could not read the previous snapshot ${location} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`);
            problems.push(`${location} could not be read`);
            continue;
        }
        const checked = validate(text);
        if ('problem' in checked) {
            logger.warning(`Previous snapshot ${location} ${checked.problem}: skipped`);
            problems.push(`${location} ${checked.problem}`);
            continue;
        }
        logger.info(`Comparing with the previous snapshot ${location} (${checked.snapshot.generatedAt.slice(0, 10)})`);
        return { previous: { location, ...checked.snapshot } };
    }
    logger.warning(`History unavailable: ${problems.length} earlier snapshot${problems.length === 1 ? '' : 's'} could not be used; nothing is reported as new`);
    return { unavailable: problems.join('; ') };
}


/***/ })

};

//# sourceMappingURL=694.index.js.map