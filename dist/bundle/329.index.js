export const id = 329;
export const ids = [329];
export const modules = {

/***/ 23028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ findExpiry),
/* harmony export */   YX: () => (/* binding */ findRotation),
/* harmony export */   ae: () => (/* binding */ calendarDays),
/* harmony export */   f$: () => (/* binding */ isRealDay)
/* harmony export */ });
/* unused harmony export parseExpiry */
/* harmony import */ var _skew_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67989);

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

/***/ 22363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   hU: () => (/* binding */ covers),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   wn: () => (/* binding */ folderGaps),
/* harmony export */   yl: () => (/* binding */ parentPath)
/* harmony export */ });
/**
 * The Inventory: what a Source hands to audit(). Plain data, metadata only.
 * A secret value never enters it; the one exception is the text of an expiry
 * companion (`KEY__EXPIRES_AT`), which holds a date.
 */
/** Whether an unreadable path covers a secret at `path`. */
const covers = (u, path) => u.path === path || (u.subtree && (u.path === '/' || path.startsWith(`${u.path}/`)));
/** The one key of a secret identity `(path, key)`: a NUL cannot occur in either part. */
const identityKey = (path, key) => `${path}\u0000${key}`;
/** identityKey of anything carrying a path and a key (rows, findings). */
const identityOf = (x) => identityKey(x.path, x.key);
/** `/MooseQuest/` and `MooseQuest` both become `/MooseQuest`; `/` stays `/`. */
function normalizePath(path) {
    const trimmed = path.trim().replace(/\/+/g, '/').replace(/\/$/, '');
    if (trimmed === '')
        return '/';
    return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
function parentPath(path) {
    const cut = path.lastIndexOf('/');
    return cut <= 0 ? '/' : path.slice(0, cut);
}
function joinPath(parent, child) {
    return normalizePath(`${parent}/${child}`);
}
/** The folder itself and every ancestor down to (and including) `prefix`. */
function foldersUpTo(path, prefix) {
    const out = [];
    let current = path;
    for (;;) {
        out.push(current);
        if (current === prefix || current === '/')
            break;
        current = parentPath(current);
    }
    return out;
}
/**
 * For each readable environment, the topmost folders under the prefix that
 * hold secrets in another readable environment but none here: the places
 * where "a folder may be missing" (runbook failure mode C). An environment
 * with no secrets at all while others have some gets the prefix itself.
 */
function folderGaps(inventory) {
    const prefix = normalizePath(inventory.pathPrefix);
    const populated = new Map();
    for (const env of inventory.environments) {
        if (env.status !== 'ok')
            continue;
        const folders = new Set();
        // Secrets share a few hundred folders: walk each folder's ancestry once.
        for (const path of new Set(env.secrets.map((s) => s.path))) {
            for (const folder of foldersUpTo(path, prefix))
                folders.add(folder);
        }
        populated.set(env.slug, folders);
    }
    const gaps = new Map();
    for (const [slug, own] of populated) {
        const elsewhere = new Set();
        for (const [other, folders] of populated) {
            if (other !== slug)
                for (const f of folders)
                    elsewhere.add(f);
        }
        let found;
        if (own.size === 0) {
            found = elsewhere.size > 0 ? [prefix] : [];
        }
        else {
            found = [...elsewhere].filter((f) => !own.has(f) && own.has(parentPath(f)));
        }
        if (found.length > 0)
            gaps.set(slug, found.sort());
    }
    return gaps;
}


/***/ }),

/***/ 24261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isDrift),
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;
const isDrift = (row) => row.status === 'missing' || row.status === 'unexpected';


/***/ }),

/***/ 67989:
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

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ FatalError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
const EXIT = {
    /** The audit completed; drift may exist. */
    ok: 0,
    /** Could not run: bad settings, vault unreachable, auth refused. */
    fatal: 1,
    /** Completed, but an environment or path was unreadable. */
    incomplete: 2,
    /** The fail-on gate tripped (e.g. drift in a pull-request check). */
    gate: 3,
};
/** A failure that stops the run before a report exists (exit 1). The message is shown as is; `where` points at a file. */
class FatalError extends Error {
    where;
    name = 'FatalError';
    constructor(message, where) {
        super(message);
        this.where = where;
    }
}
/** The message of anything thrown (duck-typed: errors from another realm fail instanceof). */
const errorMessage = (err) => err && typeof err === 'object' && 'message' in err && typeof err.message === 'string' ? err.message : String(err);


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ BUILTIN_CLASSES),
/* harmony export */   b3: () => (/* binding */ contractIgnore),
/* harmony export */   fi: () => (/* binding */ checkPolicyEnvironments),
/* harmony export */   pn: () => (/* binding */ PolicyError),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony export DEFAULT_CONTRACT_IGNORE */
/** The runbook's three kinds of secret. A policy file may override or add classes. */
const BUILTIN_CLASSES = {
    'account-wide': ['prod'],
    'env-specific': '*',
    'dev-only': ['dev'],
};
/**
 * Variables the contract columns leave out unless the policy takes them back:
 * the runtime's, the platform's and the runner's, never a secret to provision.
 */
const DEFAULT_CONTRACT_IGNORE = [
    'NODE_ENV',
    'CI',
    'PATH',
    'HOME',
    'PWD',
    'TZ',
    'LANG',
    'PORT',
    'HOSTNAME',
    'RAILS_ENV',
    'RACK_ENV',
    'DEBUG',
    // The runner's own variables, by name: a glob such as GITHUB_* would also hide GITHUB_CLIENT_SECRET, an application's secret.
    ...['ACTION', 'ACTIONS', 'ACTION_PATH', 'ACTION_REPOSITORY', 'ACTOR', 'ACTOR_ID', 'API_URL', 'BASE_REF', 'ENV', 'EVENT_NAME', 'EVENT_PATH']
        .concat(['GRAPHQL_URL', 'HEAD_REF', 'JOB', 'OUTPUT', 'PATH', 'REF', 'REF_NAME', 'REF_PROTECTED', 'REF_TYPE', 'REPOSITORY', 'REPOSITORY_ID'])
        .concat(['REPOSITORY_OWNER', 'REPOSITORY_OWNER_ID', 'RETENTION_DAYS', 'RUN_ATTEMPT', 'RUN_ID', 'RUN_NUMBER', 'SERVER_URL', 'SHA', 'STATE'])
        .concat(['STEP_SUMMARY', 'TRIGGERING_ACTOR', 'WORKFLOW', 'WORKFLOW_REF', 'WORKFLOW_SHA', 'WORKSPACE'])
        .map((name) => `GITHUB_${name}`),
    ...['ARCH', 'DEBUG', 'ENVIRONMENT', 'NAME', 'OS', 'TEMP', 'TOOL_CACHE'].map((name) => `RUNNER_${name}`),
    // Cargo sets these for `env!()` at build time (CARGO_REGISTRY_TOKEN, a secret, is not one of them).
    'CARGO_PKG_*',
    'CARGO_MANIFEST_DIR',
    'CARGO_CRATE_NAME',
    'CARGO_BIN_NAME',
];
/** The defaults and a policy's `contract.ignore`: its globs are added, its `!GLOB`s remove the defaults they match. */
function contractIgnore(listed) {
    const removed = listed.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const added = listed.filter((g) => !g.startsWith('!'));
    return [...new Set([...DEFAULT_CONTRACT_IGNORE.filter((d) => !removed.includes(d)), ...added])];
}
const DEFAULT_POLICY = {
    classes: BUILTIN_CLASSES,
    rules: [],
    default: 'env-specific',
    skew: { versionGap: 3, lagDays: 7 },
    expiry: { warnDays: 14, suffix: '__EXPIRES_AT' },
    names: 'exact',
    contract: { ignore: DEFAULT_CONTRACT_IGNORE },
    staleAfterDays: 30,
    unusedAfterDays: 90,
    origin: 'built-in defaults',
};
/** A policy file that cannot be used; `file` and `line` say where, for an annotation. */
class PolicyError extends Error {
    file;
    line;
    name = 'PolicyError';
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
/** A shown name: the policy file's text, only when it is a plain environment name. */
const shown = (name) => (/^[A-Za-z0-9_-]{1,64}$/.test(name) ? `"${name}"` : 'a name that is not an environment name');
/**
 * Every environment the policy file names must be an audited column: a typo in `expected` or a class would
 * otherwise change what counts as drift without a word. Throws naming the file, the line and the known names.
 */
function checkPolicyEnvironments(policy, audited) {
    const unknown = policy.environmentRefs?.find((ref) => !audited.includes(ref.name));
    if (!unknown)
        return;
    throw new PolicyError(`${policy.origin}:${unknown.line}: ${unknown.where}: unknown environment ${shown(unknown.name)}; the audited environments are ${audited.join(', ')}`, policy.origin, unknown.line);
}


/***/ }),

/***/ 12032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ z)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53846);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73102);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73305);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30252);
/**
 * zod, the "mini" build, with just the validators this project uses: the same
 * checks and English messages as the classic API, in functional form. Named
 * imports let the bundler drop the rest of zod (the whole namespace would keep
 * every locale); loading is most of a failing run's time.
 */


(0,zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W)((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)());
const z = {
    _default: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._default */ .Rvf,
    array: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg,
    boolean: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY,
    coerce: zod_mini__WEBPACK_IMPORTED_MODULE_3__,
    date: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6U,
    enum: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n,
    int: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr,
    iso: zod_mini__WEBPACK_IMPORTED_MODULE_4__,
    literal: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz,
    maxLength: zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._maxLength */ .Eb,
    minLength: zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._minLength */ .m9,
    minimum: zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm,
    nullable: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee,
    number: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig,
    object: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc,
    optional: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM,
    pipe: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL,
    positive: zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._positive */ .NC,
    record: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P,
    refine: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB,
    regex: zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._regex */ .Fk,
    startsWith: zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._startsWith */ .$S,
    strictObject: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej,
    string: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP,
    transform: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi,
    union: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ,
    unknown: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J,
    url: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5,
};


/***/ }),

/***/ 83323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '1.0.0';


/***/ }),

/***/ 79676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ insideCheckout),
/* harmony export */   nS: () => (/* binding */ parseGlobs)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_PATTERNS, braceCount, splitGlobs */
/* harmony import */ var braces__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60748);
/* harmony import */ var braces__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(braces__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What a column of the repository may name (a dotenv file, code, manifests): a
 * relative path or glob that stays inside the checkout after its braces are
 * expanded. The expansion is counted before it is made (`{a,b}{a,b}…` doubles
 * with every pair), and refused past a bound.
 */

/** Patterns one glob may expand to. */
const MAX_GLOB_PATTERNS = 256;
/**
 * How many patterns `glob`'s braces expand to, counted without expanding them
 * (an upper bound, capped just past `cap`): lists add their alternatives,
 * neighbouring groups multiply, `{1..20}` counts its range.
 */
function braceCount(glob, cap = MAX_GLOB_PATTERNS) {
    const limit = (n) => Math.min(n, cap + 1);
    // A sequence up to one of `stops` at depth > 0: the product of its groups, and where it ended.
    const sequence = (start, nested) => {
        let count = 1;
        let i = start;
        while (i < glob.length) {
            const c = glob[i];
            if (c === '\\') {
                i += 2;
                continue;
            }
            if (nested && (c === ',' || c === '}'))
                break;
            if (c === '{') {
                const group = braceGroup(i);
                if (group) {
                    count = limit(count * group.count);
                    i = group.end + 1;
                    continue;
                }
            }
            i++;
        }
        return { count, end: i };
    };
    // A `{…}` at `open`: its alternatives' sum, a range's length, or undefined when it is not closed (literal).
    const braceGroup = (open) => {
        let total = 0;
        let alternatives = 0;
        let i = open + 1;
        for (;;) {
            const part = sequence(i, true);
            if (part.end >= glob.length)
                return undefined;
            total = limit(total + part.count);
            alternatives++;
            if (glob[part.end] === '}') {
                if (alternatives > 1)
                    return { count: total, end: part.end };
                return { count: rangeLength(glob.slice(open + 1, part.end)), end: part.end };
            }
            i = part.end + 1;
        }
    };
    const rangeLength = (inner) => {
        const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(inner);
        if (!m)
            return 1;
        const [from, to] = [m[1], m[2]].map((v) => (/^-?\d+$/.test(v) ? Number(v) : v.charCodeAt(0)));
        const step = Math.max(1, Math.abs(Number(m[3] ?? 1)));
        return limit(Math.floor(Math.abs(to - from) / step) + 1);
    };
    return sequence(0, false).count;
}
/** A relative path or glob inside the checkout, or what was expected instead. */
function insideCheckout(text, what, glob) {
    const trimmed = text.replace(/^\.\//, '');
    if (!trimmed)
        return { expected: `a ${what}` };
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(trimmed))
        return { expected: `a ${what} without control characters` };
    const outside = { expected: `a ${what} inside the checkout (relative, no ..)` };
    let patterns = [trimmed];
    if (glob) {
        const count = braceCount(trimmed);
        if (count > MAX_GLOB_PATTERNS)
            return { expected: `a ${what} whose braces expand to at most ${MAX_GLOB_PATTERNS} patterns (this one: more)` };
        patterns = braces__WEBPACK_IMPORTED_MODULE_0___default()(trimmed, { expand: true, rangeLimit: MAX_GLOB_PATTERNS });
        if (patterns.length > MAX_GLOB_PATTERNS)
            return { expected: `a ${what} whose braces expand to at most ${MAX_GLOB_PATTERNS} patterns (this one: ${patterns.length})` };
    }
    // `\.\.` is `..` to the glob library: segments are judged with their escapes removed.
    const escapes = (p) => p.split('/').some((segment) => segment.replace(/\\(.)/g, '$1') === '..');
    if (patterns.some((p) => p.startsWith('/') || /^[A-Za-z]:/.test(p) || escapes(p)))
        return outside;
    return { location: trimmed };
}
/** Top-level commas only: `{ts,js}` stays one glob. */
function splitGlobs(text) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts;
}
/** `deploy/**,!**\/test/**` → the globs and the `!` ones, each inside the checkout, or what was expected instead. */
function parseGlobs(text, example) {
    const globs = { include: [], exclude: [] };
    for (const glob of splitGlobs(text)) {
        const negated = glob.startsWith('!');
        const checked = insideCheckout(negated ? glob.slice(1) : glob, `glob such as ${example}`, true);
        if ('expected' in checked)
            return checked;
        (negated ? globs.exclude : globs.include).push(checked.location);
    }
    if (!globs.include.length)
        return { expected: `a glob such as ${example} before the ! patterns` };
    return globs;
}


/***/ }),

/***/ 79622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   Xx: () => (/* binding */ workspaceReader),
/* harmony export */   k1: () => (/* binding */ WorkspaceReadError)
/* harmony export */ });
/* unused harmony export MAX_READ_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading files a user or the repository names, inside the workspace only.
 * A pull request controls every file of its checkout (symlinks included), so a
 * path is judged after symlinks are followed, special files (FIFOs, devices,
 * /proc) are refused before they can block, and every read is bounded in size.
 */


/** Why a workspace file was not read, in fixed words (never the file's text). */
class WorkspaceReadError extends Error {
    path;
    code;
    reason;
    name = 'WorkspaceReadError';
    constructor(path, 
    /** ENOENT and the like from the system, or ours: EOUTSIDE, ENOTREGULAR, ETOOBIG. */
    code, reason) {
        super(reason);
        this.path = path;
        this.code = code;
        this.reason = reason;
    }
}
/** The largest file any single read takes (a policy, an inventory, a dotenv file, a snapshot). */
const MAX_READ_BYTES = 16 * 1024 * 1024;
const REASONS = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a part of the path is not a directory',
};
const systemError = (path, err) => {
    const code = err.code;
    const known = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'EIO';
    return new WorkspaceReadError(path, known, REASONS[known] ?? `cannot be read (${known})`);
};
/** Whether `target` (absolute, symlinks resolved) is `root` or below it. */
const isInside = (root, target) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, target);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
};
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
function workspace(root) {
    let rootNow;
    const folders = new Map();
    // The real path of a folder when it stays inside; a WorkspaceReadError otherwise.
    const folderInside = (path, folder) => {
        let real = folders.get(folder);
        if (real === undefined) {
            try {
                rootNow ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(folder);
            }
            catch (err) {
                throw systemError(path, err);
            }
            folders.set(folder, real);
        }
        if (!isInside(rootNow, real))
            throw new WorkspaceReadError(path, 'EOUTSIDE', 'is outside the workspace (after following symbolic links)');
        return real;
    };
    const readNow = (path, maxBytes = MAX_READ_BYTES) => {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folderInside(path, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(full));
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, FLAGS);
        }
        catch (err) {
            if (err.code !== 'ELOOP')
                throw systemError(path, err);
            // The file is a symbolic link: judged where it leads.
            let real;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
            }
            catch (cause) {
                throw systemError(path, cause);
            }
            folderInside(path, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real));
            try {
                fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, FLAGS);
            }
            catch (cause) {
                throw systemError(path, cause);
            }
        }
        try {
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!stats.isFile())
                throw new WorkspaceReadError(path, 'ENOTREGULAR', 'is not a regular file');
            const tooBig = () => new WorkspaceReadError(path, 'ETOOBIG', `is larger than ${Math.round(maxBytes / 1024)} KiB`);
            if (stats.size > maxBytes)
                throw tooBig();
            const buffer = Buffer.allocUnsafe(Math.min(maxBytes, stats.size) + 1);
            let length = 0;
            while (length < buffer.length) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
            }
            if (length > maxBytes)
                throw tooBig();
            return buffer.toString('utf8', 0, length);
        }
        catch (err) {
            throw err instanceof WorkspaceReadError ? err : systemError(path, err);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    };
    // One file at a time (a policy, an inventory, a dotenv file): the same few system calls, behind a promise.
    return { read: async (path, maxBytes) => readNow(path, maxBytes), readNow };
}
/** The production readText: every path relative to the workspace and kept inside it. */
const workspaceReader = (root) => {
    const inside = workspace(root);
    return (path) => inside.read(path);
};


/***/ }),

/***/ 43328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ DEFAULT_SNAPSHOT_PATH),
/* harmony export */   KY: () => (/* binding */ datedBefore),
/* harmony export */   Le: () => (/* binding */ postedOn),
/* harmony export */   MM: () => (/* binding */ TREND_NIGHTS),
/* harmony export */   N$: () => (/* binding */ DEFAULT_SNAPSHOT_DIR),
/* harmony export */   Oq: () => (/* binding */ snapshotFiles),
/* harmony export */   Zg: () => (/* binding */ checkSnapshotTemplate),
/* harmony export */   _W: () => (/* binding */ loadPrevious),
/* harmony export */   b0: () => (/* binding */ blobUrl),
/* harmony export */   diskLookup: () => (/* binding */ diskLookup),
/* harmony export */   dk: () => (/* binding */ dayInName),
/* harmony export */   ff: () => (/* binding */ snapshotPattern),
/* harmony export */   fileLookup: () => (/* binding */ fileLookup)
/* harmony export */ });
/* unused harmony export datedPath */
/* harmony import */ var _audit_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23028);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24261);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12032);
/* harmony import */ var _net_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86997);
/**
 * Snapshot history, in one place: the snapshot's name (the path template,
 * `{date}` in the file name) and its files (the dated markdown and its JSON
 * twin); finding and reading the previous JSON twin, validated by one schema
 * — the rows, skew, expiry and carried drift the comparison reads, and the
 * record of what was posted to Slack that day. A JSON twin is untrusted input
 * (anyone who can write that folder can plant one): every field is validated
 * strictly, and one that fails is skipped for the next older one. When none
 * can be read the history is "unavailable": nothing is reported as new,
 * rather than everything. (The comparison itself is audit/history.ts: pure.)
 */





const DEFAULT_SNAPSHOT_PATH = 'docs/ops/{date}-vault-coverage-snapshot.md';
/** The nights the trend covers by default. */
const TREND_NIGHTS = 30;
/** An org run's snapshots: SNAPSHOT_DIR/TARGET/DAY.md for each target, SNAPSHOT_DIR/org/DAY.md for the org. */
const DEFAULT_SNAPSHOT_DIR = 'docs/ops/vault-coverage';
/** The same rules for every entry point: relative, no `..`, `.md`, `{date}` in the file name. */
function checkSnapshotTemplate(template, name) {
    const file = template.slice(template.lastIndexOf('/') + 1);
    if (template.slice(0, template.lastIndexOf('/') + 1).includes('{date}')) {
        // The history lookup lists one folder for earlier snapshots: a dated folder would hide them all.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Invalid ${name}: {date} may appear in the file name only, not in a folder (earlier snapshots are looked up in one folder), such as ${DEFAULT_SNAPSHOT_PATH}`);
    }
    if (!template.endsWith('.md') || !file.includes('{date}') || template.startsWith('/') || template.split('/').includes('..')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Invalid ${name}: expected a relative path ending in .md with {date} in the file name, such as ${DEFAULT_SNAPSHOT_PATH}`);
    }
    return template;
}
/** A file's page on GitHub, from the server, the repository, a commit or branch and the path: no response field needed. */
const blobUrl = (serverUrl, repo, ref, path) => `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(ref)}/${path.split('/').map(encodeURIComponent).join('/')}`;
/** The template with `{date}` as the report's UTC day. */
const datedPath = (template, report) => template.replaceAll('{date}', report.generatedAt.slice(0, 10));
/** The snapshot's files; `notification`: what this run posts, recorded in the JSON twin beside the report. */
async function snapshotFiles(report, template, notification) {
    const [{ renderMarkdown }, { renderJson }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 42495)), __webpack_require__.e(/* import() */ 5104).then(__webpack_require__.bind(__webpack_require__, 15104))]);
    const markdownPath = datedPath(template, report);
    return {
        markdownPath,
        markdown: renderMarkdown(report),
        jsonPath: markdownPath.replace(/\.md$/, '.json'),
        json: renderJson(report, notification ? { notification } : {}),
    };
}
/** The folder and the file-name pattern of the JSON twins a template produces. */
function snapshotPattern(template) {
    const cut = template.lastIndexOf('/');
    const dir = cut < 0 ? '.' : template.slice(0, cut);
    const file = template.slice(cut + 1).replace(/\.md$/, '.json');
    const [before = '', after = ''] = file.split('{date}');
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escape(before)}(\\d{4}-\\d{2}-\\d{2})${escape(after)}$`);
    return { dir, match: (name) => pattern.exec(name)?.[1] };
}
/** How many earlier snapshots are tried before the history is called unavailable. */
const LOOK_BACK = 5;
/** Snapshots read at once for the trend. */
const READS_AT_ONCE = 6;
/** Of the names in a folder, the snapshots dated before today, newest first. */
function datedBefore(names, template, today) {
    const { match } = snapshotPattern(template);
    return names
        .map((name) => ({ name, date: match(name) }))
        .filter((n) => n.date !== undefined && n.date < today)
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
        .map((n) => n.name);
}
/** The day in a snapshot location's file name, by the template. */
function dayInName(template) {
    const { match } = snapshotPattern(template);
    return (location) => match(location.slice(location.lastIndexOf('/') + 1));
}
function diskLookup(template, io) {
    const { dir } = snapshotPattern(template);
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
        dayOf: dayInName(template),
    };
}
const fileLookup = (path, readText) => ({
    list: async () => [path],
    read: readText,
});
// Strict: every string the comparison reads or the report may carry forward has a known form.
const isoDay = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day like 2026-11-23'), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.refine(_audit_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .isRealDay */ .f$, 'expected a real day'));
const folder = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.startsWith('/', 'expected an absolute folder path'), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.maxLength(4096));
const name = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.maxLength(4096));
const driftStatus = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['missing', 'unexpected']);
// The day's Slack record, read on its own: a malformed one never costs the comparison its snapshot.
const notificationSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ day: isoDay, digest: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest')) });
const snapshotSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
    schemaVersion: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.literal(_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f),
    generatedAt: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.iso.datetime({ offset: true }),
    rows: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
        path: folder,
        key: name,
        status: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['ok', 'missing', 'unexpected', 'by-design', 'incomplete']),
        firstSeen: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(isoDay),
    })),
    skew: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ path: folder, key: name })), []),
    expiry: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
        path: folder,
        key: name,
        env: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an environment slug')),
        status: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['expired', 'expiring', 'malformed', 'orphan', 'missing-companion', 'companion-missing-here', 'unknown']),
    })), []),
    carriedDrift: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ path: folder, key: name, status: driftStatus, firstSeen: isoDay })), []),
    // By exception id (`rule:12`, `class:edge`, `ignore:OTEL_*`): the last day it excused something.
    exceptionsExcused: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z._default(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.record(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.maxLength(300)), isoDay), {}),
});
const fixSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ path: folder, key: name, status: driftStatus, firstSeen: isoDay, resolvedOn: isoDay });
const count = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0));
// What one night gives the trend, validated on its own: its counts and what it resolved (with the first day). Older
// fixes come from the compared snapshot's record (`trend.fixed`), which already holds every earlier night's.
const nightSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
    schemaVersion: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.literal(_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f),
    generatedAt: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.iso.datetime({ offset: true }),
    counts: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ drift: count, newDrift: count, resolvedDrift: count }),
    history: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ resolvedDrift: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ path: folder, key: name, status: driftStatus, firstSeen: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(isoDay) })) })),
});
/** The text as JSON of this format, or why not (never its content); `olderFormat`: a snapshot of an earlier schema. */
function parseTwin(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { problem: 'is not valid JSON' };
    }
    const version = raw?.schemaVersion;
    if (version !== _audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f) {
        const shown = typeof version === 'number' && Number.isInteger(version) ? version : version === undefined ? 'none' : 'not a number';
        const older = version === undefined || (typeof version === 'number' && version < _audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f);
        return { problem: `has schemaVersion ${shown}, this version reads ${_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f}`, ...(older ? { olderFormat: true } : {}) };
    }
    return { raw };
}
function checked(raw, schema) {
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return { value: parsed.data };
    const issue = parsed.error.issues[0];
    return { problem: `is malformed at ${issue.path.map(String).join('.')}: ${issue.message}` };
}
/** A snapshot to compare with, or why one candidate cannot be used. */
function validate(raw) {
    const result = checked(raw, snapshotSchema);
    if ('problem' in result)
        return result;
    const fixed = checked(raw, _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ trend: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ fixed: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(fixSchema) })) }));
    const record = 'value' in fixed ? fixed.value.trend?.fixed : undefined;
    return { snapshot: { ...result.value, ...(record ? { fixed: record } : {}) } };
}
/** One night for the trend: its day (the snapshot's own), counts and the drift it resolved with their first days. */
function night(raw) {
    const result = checked(raw, nightSchema);
    if ('problem' in result)
        return result;
    const twin = result.value;
    const day = twin.generatedAt.slice(0, 10);
    const fixed = (twin.history?.resolvedDrift ?? []).flatMap((r) => (r.firstSeen ? [{ ...r, firstSeen: r.firstSeen, resolvedOn: day }] : []));
    return {
        night: {
            day,
            drift: twin.counts.drift,
            newDrift: twin.counts.newDrift,
            resolvedDrift: twin.counts.resolvedDrift,
            fixed,
        },
    };
}
/** What an earlier JSON twin says was posted to Slack on `day`; undefined when it records nothing valid for that day. */
function postedOn(text, day) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const parsed = notificationSchema.safeParse(raw?.notification);
    return parsed.success && parsed.data.day === day ? parsed.data : undefined;
}
/**
 * One listing, then the snapshots the history needs: the newest that reads and
 * validates (looking back up to five) to compare with, and — given `since`, the
 * trend's first day — every snapshot of the trend's window, at most one read
 * each. Problems are warnings, never failures.
 */
async function loadPrevious(lookup, today, logger, since) {
    if (!lookup)
        return {};
    let locations;
    try {
        locations = await lookup.list(today);
    }
    catch (err) {
        logger.warning(`History unavailable: the snapshot folder could not be listed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); nothing is reported as new`);
        return { unavailable: 'the snapshot folder could not be listed' };
    }
    const none = { nights: [], skipped: { unreadable: 0, olderFormat: 0 } };
    if (locations.length === 0) {
        logger.info('No previous snapshot: every drift row counts as new');
        return since ? { earlier: none } : {};
    }
    // Each snapshot is read once. Only the few the comparison may need are kept whole; a night of the trend
    // keeps its counts, so 90 nights of large snapshots never sit in memory together.
    const candidates = new Set(locations.slice(0, LOOK_BACK));
    const window = new Set(since && lookup.dayOf ? locations.filter((l) => (lookup.dayOf(l) ?? '') >= since) : []);
    const kept = new Map();
    const nights = new Map();
    const read = async (location) => {
        const known = kept.get(location);
        if (known)
            return known;
        let result;
        try {
            result = parseTwin(await lookup.read(location));
        }
        catch (err) {
            logger.warning(`Could not read the earlier snapshot ${location} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`);
            result = { problem: 'could not be read', unread: true };
        }
        if (window.has(location))
            nights.set(location, 'raw' in result ? night(result.raw) : result);
        if (candidates.has(location))
            kept.set(location, result);
        return result;
    };
    await (0,_net_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .eachConcurrently */ .y)([...window], READS_AT_ONCE, async (location) => void (await read(location)));
    const result = {};
    const problems = [];
    for (const location of candidates) {
        const text = await read(location);
        const snapshot = 'raw' in text ? validate(text.raw) : text;
        if ('problem' in snapshot) {
            if (!('unread' in snapshot))
                logger.warning(`Previous snapshot ${location} ${snapshot.problem}: skipped`);
            problems.push(`${location} ${snapshot.problem}`);
            continue;
        }
        logger.info(`Comparing with the previous snapshot ${location} (${snapshot.snapshot.generatedAt.slice(0, 10)})`);
        result.previous = { location, ...snapshot.snapshot };
        break;
    }
    kept.clear();
    if (!result.previous) {
        logger.warning(`History unavailable: ${problems.length} earlier snapshot${problems.length === 1 ? '' : 's'} could not be used; nothing is reported as new`);
        result.unavailable = problems.join('; ');
    }
    if (since) {
        const earlier = { nights: [], skipped: { unreadable: 0, olderFormat: 0 } };
        for (const location of window) {
            const parsed = nights.get(location);
            if ('night' in parsed)
                earlier.nights.push(parsed.night);
            else
                earlier.skipped[parsed.olderFormat ? 'olderFormat' : 'unreadable']++;
        }
        const { unreadable, olderFormat } = earlier.skipped;
        const skipped = [unreadable ? `${unreadable} unreadable` : '', olderFormat ? `${olderFormat} of an older format` : ''].filter(Boolean);
        logger.info(`Trend since ${since}: ${window.size} earlier snapshot${window.size === 1 ? '' : 's'} read${skipped.length ? ` (${skipped.join(', ')}, skipped)` : ''}`);
        result.earlier = earlier;
    }
    return result;
}


/***/ }),

/***/ 71830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isLoopbackHost),
/* harmony export */   l: () => (/* binding */ isSafeEndpoint)
/* harmony export */ });
/**
 * Plain http is for a local stand-in only: a URL's parsed hostname (never its
 * text, which `http://localhost:1@example.com/` fools) must be loopback. A leaf.
 */
/** 127.0.0.0/8, ::1 or localhost, as WHATWG URL spells a hostname. */
const isLoopbackHost = (hostname) => /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|::1|localhost)$/i.test(hostname);
/**
 * Whether `text` is an https URL, or an http URL to loopback; neither may carry
 * a user name or password (where a credential could hide, or a host be faked).
 */
function isSafeEndpoint(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return false;
    }
    if (url.username || url.password)
        return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}


/***/ }),

/***/ 86997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ eachConcurrently)
/* harmony export */ });
/** Bounded concurrency, for stores that need one request per folder or per secret. A leaf. */
/** Run `fn` over the items, `limit` at a time. */
async function eachConcurrently(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ }),

/***/ 17122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ nodeTransport),
/* harmony export */   h: () => (/* binding */ fetchOver)
/* harmony export */ });
/** Statuses whose answer has no body (a WHATWG Response refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);
/**
 * The stores' transport as a WHATWG fetch, for the libraries that want one
 * (Octokit, @slack/webhook): the publishers then send as the stores do. It
 * follows no redirect (a redirect comes back as the answer, as HttpClient
 * sees it). Request bodies are text, which both libraries send.
 */
function fetchOver(transport) {
    return async (input, init = {}) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const headers = {};
        new Headers(init.headers).forEach((value, name) => (headers[name] = value));
        if (init.body !== undefined && init.body !== null && typeof init.body !== 'string')
            throw new TypeError('fetchOver sends text bodies only');
        const answer = await transport(url, {
            method: init.method ?? 'GET',
            headers,
            ...(typeof init.body === 'string' ? { body: init.body } : {}),
            redirect: 'manual',
            signal: init.signal ?? new AbortController().signal,
        });
        const text = await answer.text();
        const all = new Headers();
        for (const [name, value] of answer.entries?.() ?? [])
            all.append(name, value);
        return new Response(NO_BODY.has(answer.status) ? null : text, { status: answer.status, headers: all });
    };
}
/** node:http(s) load on the first request: TLS costs a failing run's cold start otherwise. */
function nodeTransport() {
    const clients = new Map();
    const client = (protocol) => {
        let loaded = clients.get(protocol);
        if (!loaded) {
            loaded = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 23))).then((module) => {
                const agent = new module.Agent({ keepAlive: true });
                agent.on('free', (socket) => socket.unref());
                return { request: module.request, agent };
            });
            clients.set(protocol, loaded);
        }
        return loaded;
    };
    return async (url, init) => {
        const { request: send, agent } = await client(url.protocol);
        return new Promise((resolve, reject) => {
            const request = send(url, { method: init.method, headers: init.headers, agent, signal: init.signal }, (response) => {
                // Decoded chunks joined once at the end (a multi-byte character split between chunks is the decoder's).
                const chunks = [];
                response.setEncoding('utf8');
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('error', reject);
                response.on('end', () => {
                    const text = chunks.join('');
                    resolve({
                        status: response.statusCode ?? 0,
                        headers: { get: (name) => [response.headers[name.toLowerCase()] ?? null].flat().join(', ') || null },
                        text: async () => text,
                        entries: () => Object.entries(response.headers).flatMap(([name, value]) => [value ?? []].flat().map((v) => [name, v])),
                    });
                });
            });
            // A reused socket was unref'd while idle: hold the process open again while it works.
            request.on('socket', (socket) => socket.ref());
            request.on('error', (err) => reject(init.signal.aborted ? init.signal.reason : err));
            request.end(init.body);
        });
    };
}


/***/ }),

/***/ 88381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   CU: () => (/* binding */ parseInput),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   UE: () => (/* binding */ headerValues),
/* harmony export */   Wr: () => (/* binding */ credentialsIn),
/* harmony export */   a4: () => (/* binding */ valueOrDefault),
/* harmony export */   rs: () => (/* binding */ requireAll)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Option rows: one row per setting, read by both entry points. The action
 * reads a row's `input`; the CLI reads its `flag`, then its `env` variables.
 * The same rows drive masking, the CLI's --help and the docs test against
 * action.yml, so the three cannot disagree.
 */

/** The trimmed value, or undefined when absent or empty. */
function valueOf(reader, option) {
    const value = reader.read(option)?.trim();
    return value ? value : undefined;
}
/** The trimmed value, else the row's default (undefined when it has none). */
function valueOrDefault(reader, option) {
    return valueOf(reader, option) ?? (option.default || undefined);
}
/** Fail once, naming every required option that is missing. */
function requireAll(reader, options) {
    const missing = options.filter((o) => valueOf(reader, o) === undefined).map((o) => reader.nameOf(o));
    if (missing.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${reader.missingLabel}: ${missing.join(', ')}`);
}
/** Parse one value with a zod schema; the error names the option and what was expected. */
function parseInput(schema, value, name) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Invalid ${name}: ${issue.message}`);
}
/** Every credential the given options hold, as the reader sees them: what to mask before logging. */
function credentialsIn(reader, options) {
    const out = [];
    for (const option of options) {
        if (!option.secret)
            continue;
        const value = reader.read(option)?.trim();
        if (!value)
            continue;
        out.push(...(option.secret === true ? [value] : option.secret(value)));
    }
    return out.filter((s) => s.length > 0);
}
/**
 * Redact known credentials from text bound for a terminal or a file (defence in depth: no
 * message is built from one). Strings under 8 characters are left alone: real
 * client secrets are 64 characters, and redacting "b" would mangle every word.
 */
const redactor = (secrets) => (text) => secrets.filter((s) => s.length >= 8).reduce((out, secret) => out.split(secret).join('***'), text);
/** `Name: value` lines' values: the credential parts of a header list. */
const headerValues = (text) => text
    .split(/\r?\n/)
    .filter((line) => line.includes(':'))
    .map((line) => line.slice(line.indexOf(':') + 1).trim());


/***/ }),

/***/ 32796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ORG_OPTIONS)
/* harmony export */ });
/* harmony import */ var _history_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43328);
/* harmony import */ var _targets_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52026);
/** The org rows: how a run names its targets file, its mode in a matrix, and where reports and snapshots go. */


const ORG_OPTIONS = {
    mode: {
        input: 'mode',
        default: '',
        help: 'Org runs on the Actions matrix (docs/org.md): `plan` sets the `matrix` output from the targets file, `audit` audits one `target` or `shard` into `report-dir`, `rollup` builds the org report from `reports-dir`, commits every snapshot at once and posts one Slack message. Empty: one run of the inputs above.',
    },
    targets: {
        input: 'targets',
        flag: 'targets',
        arg: 'FILE',
        default: '',
        help: `The targets file (docs/org.md); with a mode, ${_targets_path_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TARGETS_PATH */ .l} when empty. On the command line, --targets audits every target in one process and prints the org report.`,
    },
    target: { input: 'target', default: '', help: 'With `mode: audit`: the one target this job audits (from the `matrix` output).' },
    shard: { input: 'shard', default: '', help: 'With `mode: audit`: the shard this job audits, when `plan` grouped the targets (same `max-jobs`).' },
    maxJobs: {
        input: 'max-jobs',
        default: '20',
        help: 'With `mode: plan` and `audit`: the most matrix jobs; more targets than this are grouped into this many shards (at most 256, the matrix limit).',
    },
    reportsDir: {
        input: 'reports-dir',
        default: '',
        help: "With `mode: rollup`: the directory the audit jobs' artifacts were downloaded into (TARGET.json files).",
    },
    snapshotDir: {
        input: 'snapshot-dir',
        flag: 'snapshot-dir',
        arg: 'DIR',
        default: _history_history_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SNAPSHOT_DIR */ .N$,
        help: "Org runs: each target's snapshots (its history) are in DIR/TARGET/, the org's in DIR/org/, unless a target names its own snapshot-path.",
    },
};


/***/ }),

/***/ 52026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ DEFAULT_TARGETS_PATH)
/* harmony export */ });
/** Where the targets file is when none is named. */
const DEFAULT_TARGETS_PATH = '.github/vault-coverage-targets.yml';


/***/ }),

/***/ 70606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jl: () => (/* binding */ CORE_OPTIONS),
  E6: () => (/* binding */ buildSettings),
  eg: () => (/* binding */ networkSettings),
  XV: () => (/* binding */ parseFailOn),
  A7: () => (/* binding */ parseNow),
  ow: () => (/* binding */ settingsOptions)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, columnEntries, failOnSchema, loadPolicy, parseColumns

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/core/schema.ts
var core_schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/history/history.ts
var history_history = __webpack_require__(43328);
// EXTERNAL MODULE: ./src/sources/store.ts
var store = __webpack_require__(82467);
// EXTERNAL MODULE: ./src/sources/aws/location.ts
var aws_location = __webpack_require__(82881);
;// CONCATENATED MODULE: ./src/sources/aws/index.ts


/** Where a named secret sits among a column's rows, placed as the listing places it. */
const placed = (kind, name, location) => {
    const rest = (0,aws_location/* nameUnder */.c9)(kind, name, location);
    return rest === undefined ? undefined : (0,aws_location/* awsIdentity */.em)(rest);
};
const shared = {
    options: {},
    defaultPathPrefix: '/',
    format: aws_location/* formatAwsLocation */.kV,
    settings: (_reader, _location, network) => network,
    credentials: () => [],
};
const secretsManagerProvider = (0,store/* defineStore */.nY)({
    kind: 'aws-sm',
    tracksAccess: true,
    usage: 'aws-sm:PREFIX',
    location: (text) => (0,aws_location/* awsLocation */.Vm)('secrets-manager', text),
    identityOf: (location, { name }) => placed('secrets-manager', name, location),
    ...shared,
    open: async (settings, ports) => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(2994), __webpack_require__.e(5307), __webpack_require__.e(3251)]).then(__webpack_require__.bind(__webpack_require__, 23251))).secretsManagerSource(settings, ports),
});
const ssmProvider = (0,store/* defineStore */.nY)({
    kind: 'aws-ssm',
    usage: 'aws-ssm:/PATH',
    location: (text) => (0,aws_location/* awsLocation */.Vm)('ssm', text),
    identityOf: (location, { name }) => placed('ssm', name, location),
    ...shared,
    open: async (settings, ports) => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4736), __webpack_require__.e(5307), __webpack_require__.e(8145)]).then(__webpack_require__.bind(__webpack_require__, 18145))).ssmSource(settings, ports),
});

// EXTERNAL MODULE: ./src/sources/azure/location.ts
var azure_location = __webpack_require__(86259);
;// CONCATENATED MODULE: ./src/sources/azure/index.ts


const azureProvider = (0,store/* defineStore */.nY)({
    kind: 'azure-kv',
    usage: 'azure-kv:VAULT_URL[/PREFIX]',
    location: azure_location/* azureLocation */.h,
    format: azure_location/* formatAzureLocation */.m,
    // Rows sit at the audit's prefix, named without the column's name prefix (./source.ts).
    identityOf: (location, { name }, prefix) => name.startsWith(location.prefix) && name.length > location.prefix.length ? { path: prefix, key: name.slice(location.prefix.length) } : undefined,
    options: {},
    defaultPathPrefix: '/',
    settings: (_reader, _location, network) => network,
    credentials: () => [],
    open: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(3324), __webpack_require__.e(650), __webpack_require__.e(1437)]).then(__webpack_require__.bind(__webpack_require__, 11437))).AzureSource(settings, ports),
});

// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(70813);
// EXTERNAL MODULE: ./src/files/globs.ts
var globs = __webpack_require__(79676);
// EXTERNAL MODULE: ./src/sources/contract/paths.ts
var paths = __webpack_require__(45421);
;// CONCATENATED MODULE: ./src/sources/contract/settings.ts
/** `code:` columns' one option: the size above which a file is skipped (the contract is then incomplete). */


const CODE_OPTIONS = {
    maxFileKib: {
        input: 'code-max-file-kib',
        flag: 'code-max-file-kib',
        env: ['CODE_MAX_FILE_KIB'],
        arg: 'KIB',
        default: '4096',
        help: 'Files a `code:` column scans are skipped above this size (generated bundles, minified vendor code); a skipped file leaves the contract incomplete (exit 2 under `fail-on: incomplete`), naming the file.',
    },
};
const codeSettings = (reader, network) => ({
    runTimeoutMs: network.runTimeoutMs,
    maxFileBytes: (0,options/* parseInput */.CU)(core_schema.z.pipe(core_schema.z.coerce.number(), core_schema.z.int().check(core_schema.z.minimum(1))), (0,options/* valueOrDefault */.a4)(reader, CODE_OPTIONS.maxFileKib), reader.nameOf(CODE_OPTIONS.maxFileKib)) * 1024,
});

;// CONCATENATED MODULE: ./src/sources/contract/index.ts
/**
 * Contract columns: the keys the repository itself says must exist, held
 * against the store columns. `dotenv:PATH` declares (a dotenv file's keys,
 * values dropped as it is parsed); `code:GLOB` uses (the keys the code
 * reads). Paths are relative to the working directory (the checkout) and
 * stay inside it, after brace expansion and after symbolic links (./paths.ts).
 */




const dotenvProvider = (0,source/* defineKind */.W)({
    kind: 'dotenv',
    usage: 'dotenv:PATH',
    contract: true,
    location: (text) => (0,globs/* insideCheckout */.F_)(text, 'dotenv file such as .env.example', false),
    options: {},
    settings: () => ({}),
    credentials: () => [],
    create: async (_settings, ports) => new (await __webpack_require__.e(/* import() */ 4611).then(__webpack_require__.bind(__webpack_require__, 74611))).DotenvSource(ports),
});
const codeProvider = (0,source/* defineKind */.W)({
    kind: 'code',
    usage: 'code:GLOB',
    contract: true,
    location: (text) => {
        const parsed = (0,paths/* parseCodeLocation */.Y)(text);
        return 'expected' in parsed ? parsed : { location: text.replace(/^\.\//, '') };
    },
    options: CODE_OPTIONS,
    settings: (reader, _location, network) => codeSettings(reader, network),
    credentials: () => [],
    create: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(5897), __webpack_require__.e(5093)]).then(__webpack_require__.bind(__webpack_require__, 35093))).CodeSource(settings, ports),
});

// EXTERNAL MODULE: ./src/audit/inventory.ts
var inventory = __webpack_require__(22363);
;// CONCATENATED MODULE: ./src/sources/file.ts
/** The file source: an inventory JSON (the demo's and the tests' format, documented in README). */




const nonEmpty = () => core_schema.z.string().check(core_schema.z.minLength(1));
const secretSchema = core_schema.z.strictObject({
    path: core_schema.z.string().check(core_schema.z.startsWith('/', 'expected an absolute folder path such as /MooseQuest/heroku')),
    key: nonEmpty(),
    // A counter, or an opaque version id; absent where the store has none.
    version: core_schema.z.optional(core_schema.z.union([core_schema.z.int().check(core_schema.z.minimum(0)), nonEmpty()])),
    updatedAt: core_schema.z.optional(core_schema.z.iso.datetime({ offset: true })),
    // On a companion: its date text. On any other secret: the store's native expiry.
    expiresAt: core_schema.z.optional(core_schema.z.string()),
    rotationDue: core_schema.z.optional(core_schema.z.union([core_schema.z.iso.datetime({ offset: true }), core_schema.z.iso.date()])),
    unusable: core_schema.z.optional(core_schema.z.strictObject({ state: core_schema.z.enum(['disabled', 'absent']), reason: nonEmpty() })),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.join(', ')}: inventory files hold metadata only (path, key, version, updatedAt, expiresAt, rotationDue, unusable)`
        : undefined,
});
// One object with either `secrets` or `unreadable`: a union would hide which field was wrong.
const environmentSchema = core_schema.z
    .strictObject({
    slug: nonEmpty(),
    name: core_schema.z.optional(core_schema.z.string()),
    secrets: core_schema.z.optional(core_schema.z.array(secretSchema)),
    missingFolders: core_schema.z.optional(core_schema.z.array(core_schema.z.string())),
    unreadable: core_schema.z.optional(nonEmpty()),
})
    .check(core_schema.z.refine((e) => (e.secrets === undefined) !== (e.unreadable === undefined), {
    message: 'expected either "secrets" (a list) or "unreadable" (the reason), not both or neither',
}));
const inventoryFileSchema = core_schema.z.strictObject({
    project: core_schema.z.optional(core_schema.z.strictObject({ id: core_schema.z.optional(core_schema.z.string()), name: core_schema.z.optional(core_schema.z.string()) })),
    pathPrefix: core_schema.z.optional(core_schema.z.string()),
    environments: core_schema.z.array(environmentSchema).check(core_schema.z.minLength(1, 'expected at least one environment'), core_schema.z.refine((envs) => new Set(envs.map((e) => e.slug)).size === envs.length, 'environment slugs must be unique')),
});
/** A column location `PATH#ENV`: the file, and the environment slug in it. */
const splitLocation = (location) => {
    const hash = location.lastIndexOf('#');
    return { path: location.slice(0, hash), slug: location.slice(hash + 1) };
};
/** `file:PATH`: an inventory JSON, no credentials. As a column, `NAME=file:PATH[#ENV]` (ENV defaults to NAME). */
const fileProvider = (0,source/* defineKind */.W)({
    kind: 'file',
    usage: 'file:PATH[#ENV]',
    source: { usage: 'file:PATH', location: 'required', bare: (path, name) => `${path}#${name}` },
    location: (text, column) => {
        const { path, slug } = text.includes('#') ? splitLocation(text) : { path: text, slug: column };
        if (!path)
            return { expected: 'a file path' };
        if (!/^[A-Za-z0-9_-]+$/.test(slug))
            return { expected: 'an environment slug after #' };
        return { location: `${path}#${slug}` };
    },
    options: {},
    settings: (_reader, location) => (location ? { path: location } : {}),
    credentials: () => [],
    create: async (settings, ports) => new FileSource(settings.path, ports.readText),
});
class FileSource {
    path;
    readText;
    constructor(
    /** The `--source` file: read whole when no locations are asked for. */
    path, readText) {
        this.path = path;
        this.readText = readText;
    }
    async read(options) {
        if (!options.locations)
            return this.readFile(this.path, options);
        // Each file once, with the environments asked of it; each environment's slug becomes its location.
        const byPath = new Map();
        for (const { path, slug } of options.locations.map(splitLocation))
            byPath.set(path, [...(byPath.get(path) ?? []), slug]);
        const files = new Map(await Promise.all([...byPath].map(async ([path, slugs]) => [path, await this.readFile(path, { ...options, locations: slugs })])));
        const first = files.values().next().value;
        return {
            ...first,
            source: { ...first.source, location: [...files.keys()].join(', ') },
            environments: options.locations.map((location) => {
                const { path, slug } = splitLocation(location);
                return { ...files.get(path).environments.find((e) => e.slug === slug), slug: location };
            }),
        };
    }
    async readFile(path, options) {
        let text;
        try {
            text = await this.readText(path);
        }
        catch (err) {
            throw new errors/* FatalError */.HX(`Cannot read inventory file ${path}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        return parseInventoryFile(text, path, options);
    }
}
function parseInventoryFile(text, origin, options) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        // Never the parser's message: it quotes the text, and a file named by a pull request may hold anything.
        throw new errors/* FatalError */.HX(`${origin}: not valid JSON`);
    }
    const parsed = inventoryFileSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length
            ? issue.path
                .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
                .join('')
                .replace(/^\./, '')
            : '(top level)';
        throw new errors/* FatalError */.HX(`${origin}: ${where}: ${issue.message}`);
    }
    const file = parsed.data;
    const prefix = (0,inventory/* normalizePath */.Fd)(options.pathPrefix ?? file.pathPrefix ?? '/');
    const under = (path) => prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
    const environments = (0,source/* selectEnvironments */.f)(file.environments, options.locations, origin).map((env) => env.unreadable !== undefined || env.secrets === undefined
        ? { slug: env.slug, ...(env.name ? { name: env.name } : {}), status: 'unreadable', reason: env.unreadable ?? 'unreadable' }
        : {
            slug: env.slug,
            ...(env.name ? { name: env.name } : {}),
            status: 'ok',
            secrets: env.secrets.map((s) => ({ ...s, path: (0,inventory/* normalizePath */.Fd)(s.path) })).filter((s) => under(s.path)),
            ...(env.missingFolders ? { missingFolders: env.missingFolders.map(inventory/* normalizePath */.Fd) } : {}),
        });
    return {
        source: {
            kind: 'file',
            location: origin,
            ...(file.project?.id ? { projectId: file.project.id } : {}),
            ...(file.project?.name ? { projectName: file.project.name } : {}),
        },
        pathPrefix: prefix,
        environments,
    };
}

// EXTERNAL MODULE: ./src/sources/gcp/settings.ts
var settings = __webpack_require__(26974);
;// CONCATENATED MODULE: ./src/sources/gcp/index.ts
/**
 * Google Secret Manager columns (`NAME=gcp-sm:PROJECT[?label=KEY:VALUE]`).
 * Credentials are the application default credentials google-auth-library
 * finds (what google-github-actions/auth sets up); the client (./source.ts)
 * loads only when a run reads a column.
 */


const gcpProvider = (0,store/* defineStore */.nY)({
    kind: 'gcp-sm',
    usage: 'gcp-sm:PROJECT[?label=KEY:VALUE]',
    location: settings/* gcpLocation */.oI,
    format: settings/* formatGcpLocation */.vQ,
    // Rows sit at the audit's prefix by secret id (./source.ts); a manifest that names its project must name the column's.
    identityOf: (location, { name, scope }, prefix) => (scope && scope !== location.project ? undefined : { path: prefix, key: name }),
    options: settings/* GCP_OPTIONS */.e2,
    defaultPathPrefix: '/',
    settings: (reader, _location, network) => (0,settings/* gcpSettings */.cv)(reader, network),
    credentials: () => [],
    open: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9330), __webpack_require__.e(6262)]).then(__webpack_require__.bind(__webpack_require__, 16262))).GcpSource(settings, ports),
});

;// CONCATENATED MODULE: ./src/sources/github/settings.ts
/**
 * GitHub Actions secrets columns: option rows and settings. The token must be
 * one that may read secrets (a fine-grained token with "Secrets: read", or a
 * GitHub App token): the workflow's own GITHUB_TOKEN cannot.
 */


const GITHUB_SECRETS_OPTIONS = {
    token: {
        input: 'github-secrets-token',
        env: ['GITHUB_TOKEN'],
        secret: true,
        default: '',
        help: 'Token for `github-secrets:` columns (masked): a fine-grained token with "Secrets: read" or a GitHub App token; the workflow\'s GITHUB_TOKEN cannot list secrets. Empty: `github-token`.',
    },
    repository: {
        input: 'github-repository',
        env: ['GITHUB_REPOSITORY'],
        default: '${{ github.repository }}',
        help: 'The `owner/repo` whose Actions secrets `github-secrets:` columns list.',
    },
    apiUrl: {
        input: 'github-api-url',
        env: ['GITHUB_API_URL'],
        default: '${{ github.api_url }}',
        help: 'GitHub REST API root for `github-secrets:` columns (GitHub Enterprise Server: `https://HOST/api/v3`).',
    },
};
/** The action's publish token, read when github-secrets-token is empty (its row, and its masking, belong to the publishers). */
const PUBLISH_TOKEN = { input: 'github-token', help: 'the publish token' };
function githubSecretsSettings(reader, network) {
    const o = GITHUB_SECRETS_OPTIONS;
    const own = (0,options/* valueOf */.RP)(reader, o.token);
    const token = own ?? (0,options/* valueOf */.RP)(reader, PUBLISH_TOKEN);
    if (!token)
        (0,options/* requireAll */.rs)(reader, [o.token]);
    (0,options/* requireAll */.rs)(reader, [o.repository]);
    const repository = (0,options/* parseInput */.CU)(core_schema.z.string().check(core_schema.z.regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected owner/repo')), (0,options/* valueOf */.RP)(reader, o.repository), reader.nameOf(o.repository));
    const [owner, repo] = repository.split('/');
    const api = (0,options/* valueOrDefault */.a4)(reader, o.apiUrl);
    const apiUrl = api && !api.startsWith('${{')
        ? (0,options/* parseInput */.CU)(core_schema.z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://api.github.com' }), api, reader.nameOf(o.apiUrl))
        : 'https://api.github.com';
    return { ...network, token: token, owner, repo, apiUrl: apiUrl.replace(/\/+$/, ''), tokenName: own ? reader.nameOf(o.token) : reader.nameOf(PUBLISH_TOKEN) };
}
/** '' (the repository's secrets) or a deployment environment's name. */
function githubSecretsLocation(text) {
    if (text === '')
        return { location: '' };
    if (text.length > 255 || /[/?#\s]/.test(text))
        return { expected: "nothing (the repository's secrets) or a deployment environment's name" };
    return { location: text };
}

;// CONCATENATED MODULE: ./src/sources/github/index.ts
/**
 * GitHub Actions secrets columns (`NAME=github-secrets:[ENVIRONMENT]`): the
 * names and update times of a repository's Actions secrets, or of one
 * deployment environment's. The REST API never returns values. The client
 * (./source.ts) loads only when a run reads such a column.
 */


/** A location: a deployment environment's name, or '' for the repository's own secrets. */
const githubSecretsProvider = (0,store/* defineStore */.nY)({
    kind: 'github-secrets',
    workflowSecrets: true,
    usage: 'github-secrets:[ENVIRONMENT]',
    location: githubSecretsLocation,
    format: (environment) => environment,
    options: GITHUB_SECRETS_OPTIONS,
    defaultPathPrefix: '/',
    settings: (reader, _location, network) => githubSecretsSettings(reader, network),
    credentials: (s) => [s.token],
    open: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(9330), __webpack_require__.e(6823)]).then(__webpack_require__.bind(__webpack_require__, 76823))).GithubSecretsSource(settings, ports),
});

// EXTERNAL MODULE: ./src/sources/infisical/settings.ts
var infisical_settings = __webpack_require__(83574);
;// CONCATENATED MODULE: ./src/sources/infisical/index.ts
/** The Infisical provider: rows and settings load eagerly; the client loads when a run audits. */



/** A location: an environment slug of the configured project. */
const infisicalStore = {
    kind: 'infisical',
    usage: 'infisical:ENV',
    source: { usage: 'infisical', location: 'none', bare: (_location, name) => name },
    // An environment slug of the configured project.
    location: (text) => (/^[A-Za-z0-9_-]+$/.test(text) ? { location: text } : { expected: 'an environment slug of the project such as prod' }),
    format: (slug) => slug,
    // `/folder/KEY` in the environment the manifest names (when it names one).
    identityOf: (slug, { name, scope }) => {
        if (scope && scope !== slug)
            return undefined;
        const cut = name.lastIndexOf('/');
        const key = name.slice(cut + 1);
        return key ? { path: (0,inventory/* normalizePath */.Fd)(name.slice(0, Math.max(cut, 0))), key } : undefined;
    },
    options: infisical_settings/* INFISICAL_OPTIONS */.IT,
    defaultPathPrefix: '/',
    settings: (reader, _location, network) => (0,infisical_settings/* infisicalSettings */.Oy)(reader, network),
    credentials: infisical_settings/* infisicalCredentials */.bt,
    open: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(9330), __webpack_require__.e(7579)]).then(__webpack_require__.bind(__webpack_require__, 77579))).InfisicalSource(settings, ports),
};
const infisicalProvider = (0,store/* defineStore */.nY)(infisicalStore);

// EXTERNAL MODULE: ./src/sources/k8s/location.ts
var k8s_location = __webpack_require__(41178);
;// CONCATENATED MODULE: ./src/sources/k8s/index.ts
/**
 * `k8s:GLOB[?env=NAME]`: the keys a cluster's manifests ask their stores for
 * (ExternalSecret, ClusterExternalSecret, InfisicalSecret), held against the
 * store columns. A contract kind: no credentials, no network; the manifest
 * parser loads only when a run reads such a column.
 */


const k8sProvider = (0,source/* defineKind */.W)({
    kind: 'k8s',
    usage: 'k8s:GLOB[?env=NAME]',
    contract: true,
    location: (text) => {
        const parsed = (0,k8s_location/* parseK8sLocation */.N)(text);
        return 'expected' in parsed ? parsed : { location: text.replace(/^\.\//, '') };
    },
    scope: (text) => {
        const parsed = (0,k8s_location/* parseK8sLocation */.N)(text);
        return 'expected' in parsed ? undefined : parsed.env;
    },
    options: {},
    settings: (_reader, _location, network) => ({ runTimeoutMs: network.runTimeoutMs }),
    credentials: () => [],
    create: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(5897), __webpack_require__.e(1308)]).then(__webpack_require__.bind(__webpack_require__, 31308))).K8sSource(settings, ports),
});

;// CONCATENATED MODULE: ./src/sources/vault/settings.ts
/**
 * Vault / OpenBao KV v2 columns (`NAME=vault:MOUNT/PATH`): option rows and
 * settings. Metadata only: LIST and GET on `MOUNT/metadata/…`, never `MOUNT/data/…` (which
 * returns values). Requests: a login (AppRole or JWT) unless a token is given,
 * `auth/token/lookup-self`, one mount look-up per column, then one LIST per
 * folder and one metadata GET per secret, `concurrency` at a time per column.
 */


const VAULT_OPTIONS = {
    url: {
        input: 'vault-url',
        env: ['VAULT_ADDR'],
        default: '',
        help: 'Vault or OpenBao address for `vault:` columns, e.g. `https://vault.example.com:8200`.',
    },
    namespace: {
        input: 'vault-namespace',
        env: ['VAULT_NAMESPACE'],
        default: '',
        help: 'Vault Enterprise or OpenBao namespace, sent as `X-Vault-Namespace` on every request, logins included.',
    },
    method: {
        input: 'vault-method',
        env: ['VAULT_AUTH_METHOD'],
        default: '',
        help: "How to log in to Vault: `token`, `approle` or `jwt` (the workflow's OIDC token; needs `permissions: id-token: write`). Empty: `token` when a token is given, `approle` when a role id is, else `jwt`.",
    },
    token: {
        input: 'vault-token',
        env: ['VAULT_TOKEN'],
        secret: true,
        default: '',
        help: 'A Vault token (masked): used as is and never revoked.',
    },
    roleId: {
        input: 'vault-role-id',
        env: ['VAULT_ROLE_ID'],
        secret: true,
        default: '',
        help: 'AppRole role id (masked).',
    },
    secretId: {
        input: 'vault-secret-id',
        env: ['VAULT_SECRET_ID'],
        secret: true,
        default: '',
        help: 'AppRole secret id (masked).',
    },
    role: {
        input: 'vault-role',
        default: '',
        help: "Vault JWT auth role that accepts the workflow's OIDC token.",
    },
    jwtAudience: {
        input: 'vault-jwt-audience',
        default: '',
        help: "Audience of the workflow's OIDC token, as the role's `bound_audiences` expects. Empty: GitHub's default audience (`https://github.com/OWNER`).",
    },
    authPath: {
        input: 'vault-auth-path',
        env: ['VAULT_AUTH_PATH'],
        default: '',
        help: 'Mount path of the Vault auth method. Empty: `approle` or `jwt`.',
    },
    concurrency: {
        input: 'vault-concurrency',
        env: ['VAULT_CONCURRENCY'],
        default: '16',
        help: 'Vault requests in flight per column (KV v2 has no bulk metadata call: one request per folder and one per secret).',
    },
};
const METHODS = ['token', 'approle', 'jwt'];
function vaultSettings(reader, network) {
    const o = VAULT_OPTIONS;
    (0,options/* requireAll */.rs)(reader, [o.url]);
    const address = (0,options/* parseInput */.CU)(core_schema.z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://vault.example.com:8200' }), (0,options/* valueOf */.RP)(reader, o.url), reader.nameOf(o.url)).replace(/\/+$/, '');
    const given = (0,options/* valueOf */.RP)(reader, o.method);
    const method = given
        ? (0,options/* parseInput */.CU)(core_schema.z.enum(METHODS), given, reader.nameOf(o.method))
        : (0,options/* valueOf */.RP)(reader, o.token)
            ? 'token'
            : (0,options/* valueOf */.RP)(reader, o.roleId)
                ? 'approle'
                : (0,options/* valueOf */.RP)(reader, o.role)
                    ? 'jwt'
                    : 'token';
    const path = (fallback) => ((0,options/* valueOf */.RP)(reader, o.authPath) ?? fallback).replace(/^\/+|\/+$/g, '');
    let auth;
    let credentialNames;
    if (method === 'token') {
        (0,options/* requireAll */.rs)(reader, [o.token]);
        auth = { method, token: (0,options/* valueOf */.RP)(reader, o.token) };
        credentialNames = reader.nameOf(o.token);
    }
    else if (method === 'approle') {
        (0,options/* requireAll */.rs)(reader, [o.roleId, o.secretId]);
        auth = { method, roleId: (0,options/* valueOf */.RP)(reader, o.roleId), secretId: (0,options/* valueOf */.RP)(reader, o.secretId), path: path('approle') };
        credentialNames = `${reader.nameOf(o.roleId)} and ${reader.nameOf(o.secretId)}`;
    }
    else {
        (0,options/* requireAll */.rs)(reader, [o.role]);
        const audience = (0,options/* valueOf */.RP)(reader, o.jwtAudience);
        auth = { method, role: (0,options/* valueOf */.RP)(reader, o.role), ...(audience ? { audience } : {}), path: path('jwt') };
        credentialNames = `the workflow's OIDC token for role ${auth.role}`;
    }
    const concurrency = (0,options/* parseInput */.CU)(core_schema.z.pipe(core_schema.z.coerce.number(), core_schema.z.int().check(core_schema.z.minimum(1))), (0,options/* valueOrDefault */.a4)(reader, o.concurrency), reader.nameOf(o.concurrency));
    const namespace = (0,options/* valueOf */.RP)(reader, o.namespace)?.replace(/^\/+|\/+$/g, '');
    return { ...network, address, ...(namespace ? { namespace } : {}), auth, concurrency, credentialNames };
}
/** `secret/prod`, `/platform/kv/app/` → `platform/kv/app`: segments without `.` or `..`. */
function vaultLocation(text) {
    const segments = text.split('/').filter(Boolean);
    if (segments.length === 0)
        return { expected: 'a mount and optional path such as secret/prod' };
    if (segments.some((s) => s === '.' || s === '..' || /[?#%\s]/.test(s)))
        return { expected: 'path segments without ".", "..", spaces, ?, # or %' };
    return { location: segments.join('/') };
}

;// CONCATENATED MODULE: ./src/sources/vault/index.ts
/** The Vault provider: rows and settings load eagerly; the client (./source.ts) when a run reads a column. */



/** A location: `MOUNT/PATH`, segments joined by one `/`. */
const vaultProvider = (0,store/* defineStore */.nY)({
    kind: 'vault',
    usage: 'vault:MOUNT/PATH',
    location: vaultLocation,
    format: (location) => location,
    // A manifest's `MOUNT/PATH/KEY` under the column's `MOUNT/BASE`: the folder below the base, as the listing walks it.
    identityOf: (location, { name }) => {
        if (!name.startsWith(`${location}/`))
            return undefined;
        const parts = name
            .slice(location.length + 1)
            .split('/')
            .filter(Boolean);
        const key = parts.pop();
        return key ? { path: (0,inventory/* normalizePath */.Fd)(parts.join('/')), key } : undefined;
    },
    options: VAULT_OPTIONS,
    defaultPathPrefix: '/',
    settings: (reader, _location, network) => vaultSettings(reader, network),
    credentials: (s) => (s.auth.method === 'token' ? [s.auth.token] : s.auth.method === 'approle' ? [s.auth.roleId, s.auth.secretId] : []),
    open: async (settings, ports) => new (await Promise.all(/* import() */[__webpack_require__.e(9330), __webpack_require__.e(4264)]).then(__webpack_require__.bind(__webpack_require__, 94264))).VaultSource(settings, ports),
});

;// CONCATENATED MODULE: ./src/sources/index.ts









/** A column name: what policy classes, reports and snapshots call the environment. */
const COLUMN_NAME = /^[A-Za-z0-9_-]+$/;
/** `a`, `a or b`, `a, b or c`. */
const orList = (items) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join(''));
class Registry {
    providers;
    byKind;
    constructor(providers) {
        this.providers = providers;
        this.byKind = new Map(providers.map((p) => [p.kind, p]));
        if (this.byKind.size !== providers.length)
            throw new Error('two providers share a kind');
    }
    /** This registry and one more kind (tests, and one-off stores). */
    with(provider) {
        return new Registry([...this.providers, provider]);
    }
    provider(kind) {
        return this.byKind.get(kind);
    }
    /** A `--source` spec, `KIND` or `KIND:LOCATION`; undefined when no provider may be one so. */
    parseSpec(text) {
        const colon = text.indexOf(':');
        const kind = colon < 0 ? text : text.slice(0, colon);
        const location = colon < 0 ? undefined : text.slice(colon + 1);
        const provider = this.byKind.get(kind);
        if (!provider?.source)
            return undefined;
        if (provider.source.location === 'required' ? !location : location !== undefined)
            return undefined;
        return { provider, ...(location ? { location } : {}) };
    }
    /** For `--source` messages: `"infisical" or "file:PATH"`. */
    get sourceUsage() {
        return orList(this.providers.flatMap((p) => (p.source ? [`"${p.source.usage}"`] : [])));
    }
    /** For column messages: `infisical:ENV, file:PATH[#ENV] or vault:MOUNT/PATH`. */
    get columnUsage() {
        return orList(this.providers.map((p) => p.usage));
    }
    /** The spec a run uses when none is given: the first provider's that may be a source. */
    get defaultSpec() {
        return this.providers.find((p) => p.source).source.usage;
    }
    /**
     * One `--environments` entry: `NAME` (an environment of the `--source`
     * store, resolved by `fallback` only then) or `NAME=KIND:LOCATION`.
     * Throws a message naming the entry and what was expected.
     */
    column(entry, fallback) {
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        const bad = (expected) => new Error(`entry "${entry}": ${expected}`);
        if (!COLUMN_NAME.test(name)) {
            throw bad(`expected an environment name (letters, digits, - and _) such as prod, or NAME=KIND:LOCATION such as prod=${(this.providers.find((p) => !p.source) ?? this.providers[0]).usage}`);
        }
        if (eq < 0) {
            const source = fallback();
            return { name, kind: source.provider.kind, location: source.provider.source.bare(source.location, name) };
        }
        const spec = entry.slice(eq + 1);
        const colon = spec.indexOf(':');
        const kind = colon < 0 ? spec : spec.slice(0, colon);
        const provider = this.byKind.get(kind);
        if (!provider)
            throw bad(`unknown kind "${kind}"; known kinds: ${this.providers.map((p) => p.kind).join(', ')}`);
        // `KIND` alone is `KIND:` where an empty location means something (github-secrets: the repository's own).
        const bare = colon < 0 ? provider.location('', name) : undefined;
        const checked = colon < 0 ? ('location' in bare ? bare : { expected: 'a location after the kind' }) : provider.location(spec.slice(colon + 1), name);
        if ('expected' in checked)
            throw bad(`expected ${provider.usage}: ${checked.expected}`);
        return { name, kind, location: checked.location, spec };
    }
    /** Every provider's option rows, in registry order. */
    options() {
        return this.providers.flatMap((p) => Object.values(p.options));
    }
}
const STORES = new Registry([
    infisicalProvider,
    fileProvider,
    vaultProvider,
    secretsManagerProvider,
    ssmProvider,
    azureProvider,
    gcpProvider,
    githubSecretsProvider,
    dotenvProvider,
    codeProvider,
    k8sProvider,
]);

;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Settings: the one validated object a run reads, built by buildSettings()
 * from option rows through an entry point's reader (action inputs, or CLI
 * flags then environment variables). Every bad value fails here, naming the
 * option and what was expected. Nothing downstream reads process.env.
 */






const DEFAULT_POLICY_PATH = '.github/vault-coverage.yml';
/** The rows every run reads, whatever its store and entry point. */
const CORE_OPTIONS = {
    source: {
        input: 'source',
        flag: 'source',
        arg: 'KIND[:LOCATION]',
        default: STORES.defaultSpec,
        help: `The store of bare environment names: ${STORES.sourceUsage} (an inventory JSON, see examples/).`,
    },
    pathPrefix: {
        input: 'path-prefix',
        flag: 'path-prefix',
        env: ['INFISICAL_PATH_PREFIX'],
        arg: 'PATH',
        default: '',
        help: "Folder to audit, recursively. Empty: the policy's `pathPrefix`, else `/`.",
    },
    environments: {
        input: 'environments',
        flag: 'environments',
        arg: 'LIST',
        default: '',
        help: `The columns, in order, one per line or comma-separated: \`NAME\` (an environment of the \`source\` store) or \`NAME=KIND:LOCATION\` (${STORES.columnUsage}). Empty: the policy's list, else every environment of the project.`,
    },
    policy: {
        input: 'policy',
        flag: 'policy',
        arg: 'FILE',
        default: '',
        help: `Policy YAML saying which asymmetries are intentional. Empty: \`${DEFAULT_POLICY_PATH}\` when present.`,
    },
    failOn: {
        input: 'fail-on',
        flag: 'fail-on',
        arg: 'none|drift|new-drift|incomplete[,undeclared][,undocumented][,stale-exceptions][,unused]',
        default: 'incomplete',
        help: 'What fails the run: `none`, `incomplete` (exit 2 when an environment is unreadable), `drift` (also exit 3 on any drift) or `new-drift` (exit 3 only for drift the last committed snapshot does not have: the pull-request check; exit 2 when there is drift and no earlier snapshot could be read, since any of it may be new); add `,undeclared` or `,undocumented` to fail (exit 3) on that contract hygiene too, `,stale-exceptions` on policy exceptions that excused nothing, and `,unused` on unused candidates.',
    },
    timeout: {
        input: 'timeout-seconds',
        flag: 'timeout',
        arg: 'SECONDS',
        default: '30',
        help: 'Timeout of one request to the store.',
    },
    maxWait: {
        input: 'max-wait-seconds',
        flag: 'max-wait',
        arg: 'SECONDS',
        default: '120',
        help: "Total time retries of failures (5xx, network errors, an announced rate-limit window) may wait. A store's quota (429, ThrottlingException) is paced and waited for within the run's time limit instead.",
    },
    runTimeout: {
        input: 'run-timeout-seconds',
        flag: 'run-timeout',
        arg: 'SECONDS',
        default: '300',
        help: 'Time limit for reading the store: every request, retry and wait together. Past it, what is unread is unreadable (exit 2) or the run stops (exit 1).',
    },
    now: {
        input: 'now',
        flag: 'now',
        arg: 'DATETIME',
        default: '',
        help: 'Evaluate expiry as of this ISO 8601 time instead of now (reproducible reports).',
    },
    staleAfterDays: {
        input: 'stale-after-days',
        flag: 'stale-after-days',
        arg: 'DAYS',
        default: '',
        help: 'A policy exception that excused nothing for this many days is listed under "Exceptions that excused nothing" (`fail-on: stale-exceptions` gates on it). Empty: the policy\'s `staleAfterDays`, else 30.',
    },
    unusedAfterDays: {
        input: 'unused-after-days',
        flag: 'unused-after-days',
        arg: 'DAYS',
        default: '90',
        help: 'With contract columns: a stored secret nothing references is an unused candidate when its store says it was not read for this many days (AWS Secrets Manager), or, without an access signal, not changed for as long (a weak candidate). A list to review, never drift.',
    },
    trendNights: {
        input: 'trend-nights',
        flag: 'trend-nights',
        arg: 'NIGHTS',
        default: String(history_history/* TREND_NIGHTS */.MM),
        help: 'The trend (drift, new and resolved per night, time to fix, the oldest open drift) covers this many nights, read from the earlier JSON snapshots: one listing and at most one read per night. 2 to 90; 0 turns it off.',
    },
    snapshotPath: {
        input: 'snapshot-path',
        flag: 'snapshot-path',
        arg: 'TEMPLATE',
        default: history_history/* DEFAULT_SNAPSHOT_PATH */.$2,
        help: "Where dated snapshots live; `{date}` (in the file name) is the run's UTC date. The JSON twin goes beside it (`.json`).",
    },
};
const failOnSchema = core_schema.z.enum(['none', 'drift', 'new-drift', 'incomplete']);
const hygieneSchema = core_schema.z.enum(['undeclared', 'undocumented', 'stale-exceptions', 'unused']);
/** `new-drift,undeclared`: one drift mode (default incomplete) and any contract hygiene. */
function parseFailOn(text, name) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    const modes = words.filter((w) => !hygieneSchema.safeParse(w).success);
    if (modes.length > 1)
        throw new errors/* FatalError */.HX(`Invalid ${name}: one of none, drift, new-drift or incomplete, not ${modes.join(' and ')}`);
    const failOn = (0,options/* parseInput */.CU)(failOnSchema, modes[0] ?? 'incomplete', name);
    return { failOn, failOnHygiene: [...new Set(words.filter((w) => hygieneSchema.safeParse(w).success))] };
}
/**
 * Entries split at newlines, whitespace and commas, except commas inside
 * braces (a glob's `{ts,js}`), before a `!` (a code column's exclude,
 * `src/**,!**\/*.test.*`) and inside a `?helpers=` list (up to the next
 * `NAME=` entry).
 */
function columnEntries(text) {
    const entries = [];
    let current = '';
    let depth = 0;
    const source = text ?? '';
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '{')
            depth++;
        if (ch === '}')
            depth = Math.max(0, depth - 1);
        const rest = ch === ',' ? source.slice(i + 1, i + 200) : '';
        const continues = ch === ',' && (rest.startsWith('!') || (current.includes('?helpers=') && !/^[\w-]+=/.test(rest)));
        if (/\s/.test(ch) || (ch === ',' && depth === 0 && !continues)) {
            if (current)
                entries.push(current);
            current = '';
        }
        else
            current += ch;
    }
    if (current)
        entries.push(current);
    return entries.length ? entries : undefined;
}
/** The columns of `entries`, checked; the `--source` store is resolved only when a bare name needs it. */
function parseColumns(entries, stores, source, name) {
    const columns = [];
    for (const entry of entries) {
        let column;
        try {
            column = stores.column(entry, source);
        }
        catch (err) {
            if (err instanceof errors/* FatalError */.HX)
                throw err;
            throw new errors/* FatalError */.HX(`Invalid ${name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        if (columns.some((c) => c.name === column.name))
            throw new errors/* FatalError */.HX(`Invalid ${name}: the column name "${column.name}" is used twice`);
        columns.push(column);
    }
    return columns;
}
const NOW_FORMAT = 'expected an ISO 8601 day or time such as 2026-11-23 or 2026-11-23T06:00:00Z';
const parseNow = (text, name) => new Date((0,options/* parseInput */.CU)(core_schema.z.union([core_schema.z.iso.datetime({ offset: true }), core_schema.z.iso.date()], { error: NOW_FORMAT }), text, name));
const seconds = (reader, option, min) => {
    const expected = `expected a number of seconds ${min === 'positive' ? 'above 0' : '(0 or more)'}, such as ${option.default ?? '30'}`;
    const schema = core_schema.z.coerce.number({ error: expected }).check(core_schema.z.refine((n) => Number.isFinite(n) && (min === 'positive' ? n > 0 : n >= 0), expected));
    return (0,options/* parseInput */.CU)(schema, (0,options/* valueOrDefault */.a4)(reader, option), reader.nameOf(option)) * 1000;
};
async function loadPolicy(path, readText, exists) {
    const chosen = path ?? (exists(DEFAULT_POLICY_PATH) ? DEFAULT_POLICY_PATH : undefined);
    if (!chosen)
        return policy/* DEFAULT_POLICY */.zj;
    let text;
    try {
        text = await readText(chosen);
    }
    catch (err) {
        throw new errors/* FatalError */.HX(`Cannot read policy file ${chosen}: ${(0,errors/* errorMessage */.gJ)(err)}`, { file: chosen });
    }
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1824)]).then(__webpack_require__.bind(__webpack_require__, 11824));
    try {
        return parsePolicy(text, chosen);
    }
    catch (err) {
        if (err instanceof policy/* PolicyError */.pn) {
            throw new errors/* FatalError */.HX(`Invalid policy: ${err.message}`, { file: err.file ?? chosen, ...(err.line ? { line: err.line } : {}) });
        }
        throw err;
    }
}
/** Every row a run reads, from the core and every store: what masking and the docs cover. */
const settingsOptions = (stores = STORES) => [...Object.values(CORE_OPTIONS), ...stores.options()];
/**
 * On a pull request the policy file is the pull request's: it may classify, order and narrow, never add a
 * reader of a new location. Bare names are environments of the store the workflow configured; a column with
 * a kind (another store, a file of the checkout) must come from the workflow's own input.
 */
function refuseNewReaders(policy) {
    const columns = (policy.environments ?? []).filter((entry) => entry.includes('='));
    if (!columns.length)
        return;
    const shown = columns
        .slice(0, 3)
        .map((c) => c.replace(/[^\w.:/=*{},@+#-]/g, '?'))
        .join(', ');
    throw new errors/* FatalError */.HX(`On a pull request the policy file ${policy.origin} may not name columns of its own (${shown}${columns.length > 3 ? ', …' : ''}): the pull request controls that file. Name them in the workflow's \`environments\` input; the policy may still name bare environments and set rules and classes.`, { file: policy.origin });
}
/** The timeouts every store reads with, from the rows. */
const networkSettings = (reader) => ({
    timeoutMs: seconds(reader, CORE_OPTIONS.timeout, 'positive'),
    maxWaitMs: seconds(reader, CORE_OPTIONS.maxWait, 'zero'),
    runTimeoutMs: seconds(reader, CORE_OPTIONS.runTimeout, 'positive'),
});
/** Settings from option rows, in one place for both entry points. */
async function buildSettings(reader, ctx) {
    const o = CORE_OPTIONS;
    const stores = ctx.stores ?? STORES;
    const { failOn, failOnHygiene } = parseFailOn((0,options/* valueOrDefault */.a4)(reader, o.failOn), reader.nameOf(o.failOn));
    const snapshotPath = (0,history_history/* checkSnapshotTemplate */.Zg)((0,options/* valueOrDefault */.a4)(reader, o.snapshotPath), reader.nameOf(o.snapshotPath));
    const loaded = await loadPolicy((0,options/* valueOf */.RP)(reader, o.policy), ctx.readText, ctx.exists);
    // Day counts from the rows override the policy's: stale-after-days (when given), unused-after-days.
    const days = (text, option) => (0,options/* parseInput */.CU)(core_schema.z.pipe(core_schema.z.coerce.number({ error: 'expected a number of days such as 30' }), core_schema.z.int({ error: 'expected a whole number of days such as 30' }).check(core_schema.z.minimum(0))), text, reader.nameOf(option));
    const staleText = (0,options/* valueOf */.RP)(reader, o.staleAfterDays);
    const policy = {
        ...loaded,
        unusedAfterDays: days((0,options/* valueOrDefault */.a4)(reader, o.unusedAfterDays), o.unusedAfterDays),
        ...(staleText ? { staleAfterDays: days(staleText, o.staleAfterDays) } : {}),
    };
    const specText = (0,options/* valueOf */.RP)(reader, o.source) ?? stores.defaultSpec;
    const spec = stores.parseSpec(specText);
    if (!spec)
        throw new errors/* FatalError */.HX(`Invalid ${reader.nameOf(o.source)}: expected ${stores.sourceUsage}, got "${specText}"`);
    const network = networkSettings(reader);
    const given = columnEntries(reader.read(o.environments));
    if (!given && ctx.pullRequest)
        refuseNewReaders(policy);
    const entries = given ?? policy.environments;
    const columnsFrom = given ? reader.nameOf(o.environments) : `environments in ${policy.origin}`;
    const columns = entries && parseColumns(entries, stores, () => spec, columnsFrom);
    // Only the kinds the columns name are bound: a Vault-only run needs no Infisical settings.
    const providers = columns ? [...new Set(columns.map((c) => stores.provider(c.kind)))] : [spec.provider];
    if (providers.every((p) => p.contract)) {
        throw new errors/* FatalError */.HX(`Invalid ${reader.nameOf(o.environments)}: contract columns (${providers.map((p) => p.usage).join(', ')}) are held against store columns: name at least one store column too`);
    }
    if (columns) {
        // A contract column scoped to environments (manifests ending `?env=prod`) names store columns of this run.
        const storeNames = columns.filter((c) => !stores.provider(c.kind).contract).map((c) => c.name);
        for (const column of columns) {
            const unknown = stores
                .provider(column.kind)
                .scope?.(column.location)
                ?.filter((e) => !storeNames.includes(e)) ?? [];
            if (unknown.length)
                throw new errors/* FatalError */.HX(`Invalid ${columnsFrom}: entry "${column.name}=${column.spec ?? column.location}": env=${unknown.join(',')} names no store column (store columns: ${storeNames.join(', ')})`);
        }
    }
    const storeList = providers.map((p) => p.bind(reader, p === spec.provider ? spec.location : undefined, network));
    const prefix = (0,options/* valueOf */.RP)(reader, o.pathPrefix) ?? policy.pathPrefix ?? storeList.find((s) => !s.contract).defaultPathPrefix;
    const now = (0,options/* valueOf */.RP)(reader, o.now);
    return {
        stores: storeList,
        ...(columns ? { columns } : {}),
        ...(prefix ? { pathPrefix: prefix } : {}),
        policy,
        failOn,
        failOnHygiene,
        ...(now ? { now: parseNow(now, reader.nameOf(o.now)) } : {}),
        snapshotPath,
        trendNights: (0,options/* parseInput */.CU)(core_schema.z.pipe(core_schema.z.coerce.number({ error: 'expected a number of nights such as 30' }), core_schema.z.int({ error: 'expected a whole number of nights' }).check(core_schema.z.refine((n) => n === 0 || (n >= 2 && n <= 90), 'expected 0 (off) or 2 to 90'))), (0,options/* valueOrDefault */.a4)(reader, o.trendNights), reader.nameOf(o.trendNights)),
    };
}


/***/ }),

/***/ 82881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vm: () => (/* binding */ awsLocation),
/* harmony export */   c9: () => (/* binding */ nameUnder),
/* harmony export */   em: () => (/* binding */ awsIdentity),
/* harmony export */   kV: () => (/* binding */ formatAwsLocation)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22363);
/**
 * AWS column locations: `aws-sm:PREFIX` and `aws-ssm:/PATH`, each with an
 * optional `?region=R&profile=P` for a column in another region or account
 * (a profile of the shared AWS config). Pure: a column is checked and parsed
 * with it before any SDK loads.
 */

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const PROFILE = /^[A-Za-z0-9_.+@-]{1,64}$/;
// Secrets Manager names: letters, digits and /_+=.@- (the API reference's CreateSecret Name).
const SM_PREFIX = /^[A-Za-z0-9/_+=.@-]*$/;
// Parameter names: letters, digits and _.-, with / between levels.
const SSM_PATH = /^\/[A-Za-z0-9_./-]*$/;
/** The location parsed and normalized, or what was expected. */
function awsLocation(kind, text) {
    const q = text.indexOf('?');
    const path = q < 0 ? text : text.slice(0, q);
    const options = new URLSearchParams(q < 0 ? '' : text.slice(q + 1));
    const unknown = [...options.keys()].filter((k) => k !== 'region' && k !== 'profile');
    if (unknown.length)
        return { expected: `only ?region= and ?profile= after the ${kind === 'ssm' ? 'path' : 'prefix'}, not ${unknown.map((k) => `"${k}"`).join(', ')}` };
    const region = options.get('region') ?? undefined;
    const profile = options.get('profile') ?? undefined;
    if (region !== undefined && !REGION.test(region))
        return { expected: 'a region such as ?region=eu-west-1' };
    if (profile !== undefined && !PROFILE.test(profile))
        return { expected: 'a profile name of letters, digits and _.+@-' };
    let prefix;
    if (kind === 'ssm') {
        if (!SSM_PATH.test(path) || path.split('/').some((s) => s === '.' || s === '..')) {
            return { expected: 'a parameter path that starts with / such as /prod/app (letters, digits, _ . - and /)' };
        }
        prefix = `/${path.split('/').filter(Boolean).join('/')}`;
    }
    else {
        if (!SM_PREFIX.test(path))
            return { expected: 'a name prefix such as prod/ (letters, digits and /_+=.@-)' };
        prefix = path;
    }
    return { location: { prefix, ...(region ? { region } : {}), ...(profile ? { profile } : {}) } };
}
/** The part of a secret's name under a column's location, or undefined when it is not under it. */
function nameUnder(kind, name, location) {
    if (kind === 'secrets-manager')
        return name.startsWith(location.prefix) ? name.slice(location.prefix.length) : undefined;
    // Under `/prod` means `/prod/…`, never `/production`; under `/` is every parameter.
    return location.prefix === '/' ? name : name.startsWith(`${location.prefix}/`) ? name.slice(location.prefix.length) : undefined;
}
/** A name under the location as a row: its last `/` part is the key, the rest the folder. */
function awsIdentity(rest) {
    const parts = rest.split('/').filter(Boolean);
    const key = parts.pop();
    return key ? { path: (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(parts.join('/')), key } : undefined;
}
function formatAwsLocation(l) {
    const query = [l.region && `region=${l.region}`, l.profile && `profile=${l.profile}`].filter(Boolean).join('&');
    return query ? `${l.prefix}?${query}` : l.prefix;
}


/***/ }),

/***/ 86259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ azureLocation),
/* harmony export */   m: () => (/* binding */ formatAzureLocation)
/* harmony export */ });
/** `https://myvault.vault.azure.net[/PREFIX]`: a vault, and the name prefix of one app's secrets in it. */
// Secret names: letters, digits and dashes (Key Vault's object names).
const PREFIX = /^[A-Za-z0-9-]{0,126}$/;
function azureLocation(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { expected: 'a vault URL such as https://myvault.vault.azure.net, optionally /PREFIX after it' };
    }
    if (url.protocol !== 'https:')
        return { expected: 'an https:// vault URL (Key Vault takes a token only over TLS)' };
    if (url.search || url.hash || url.username || url.password)
        return { expected: 'a vault URL with no query, fragment or credentials' };
    const prefix = url.pathname.replace(/^\/+|\/+$/g, '');
    if (!PREFIX.test(prefix))
        return { expected: 'at most one name prefix after the vault URL (letters, digits and -)' };
    return { location: { vault: url.origin, prefix } };
}
const formatAzureLocation = (l) => `${l.vault}${l.prefix ? `/${l.prefix}` : ''}`;


/***/ }),

/***/ 45421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseCodeLocation)
/* harmony export */ });
/* harmony import */ var _files_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79676);
/** A `code:` column's location: its globs (files/globs.ts keeps them inside the checkout) and the helpers it names. */

const HELPER_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
/** `src/**,!**\/*.test.*?helpers=config_value,setting` → its parts, or what was expected instead. */
function parseCodeLocation(text) {
    // `?` alone is a glob's one-character wildcard: the options start at `?helpers=`.
    const q = text.search(/\?helpers=/);
    const globs = (0,_files_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGlobs */ .nS)(q < 0 ? text : text.slice(0, q), 'src/**');
    if ('expected' in globs)
        return globs;
    const location = { ...globs, helpers: [] };
    if (q >= 0) {
        for (const pair of text.slice(q + 1).split('&')) {
            const eq = pair.indexOf('=');
            const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
            if (name !== 'helpers')
                return { expected: 'helpers=NAME[,NAME…] after the ? (the one option of a code: column; join more with &)' };
            const names = value.split(',').filter(Boolean);
            if (!names.length || names.some((n) => !HELPER_NAME.test(n) || n.length > 100))
                return { expected: 'helpers=NAME[,NAME…]: function names such as config_value or settings.get' };
            location.helpers.push(...names);
        }
    }
    return location;
}


/***/ }),

/***/ 26974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cv: () => (/* binding */ gcpSettings),
/* harmony export */   e2: () => (/* binding */ GCP_OPTIONS),
/* harmony export */   oI: () => (/* binding */ gcpLocation),
/* harmony export */   vQ: () => (/* binding */ formatGcpLocation)
/* harmony export */ });
/* unused harmony export GCP_DEFAULT_ENDPOINT */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _net_loopback_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71830);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88381);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12032);
/** Google Secret Manager columns: the option row, the settings and the location (`PROJECT[?label=KEY:VALUE]`). */




const GCP_OPTIONS = {
    endpoint: {
        input: 'gcp-secret-manager-endpoint',
        env: ['CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER'],
        default: '',
        help: "Secret Manager's address for `gcp-sm:` columns, as gcloud's own override names it: https, or plain http to loopback only (an emulator's `http://127.0.0.1:PORT/`). Empty: `https://secretmanager.googleapis.com/`.",
    },
};
const GCP_DEFAULT_ENDPOINT = 'https://secretmanager.googleapis.com/';
function gcpSettings(reader, network) {
    const given = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, GCP_OPTIONS.endpoint);
    const endpoint = given
        ? (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as http://127.0.0.1:8085/' }), given, reader.nameOf(GCP_OPTIONS.endpoint))
        : GCP_DEFAULT_ENDPOINT;
    // The bearer token goes to this address: plain http only to a local emulator.
    if (!(0,_net_loopback_js__WEBPACK_IMPORTED_MODULE_3__/* .isSafeEndpoint */ .l)(endpoint))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Invalid ${reader.nameOf(GCP_OPTIONS.endpoint)}: expected an https:// URL; plain http only to 127.0.0.1, ::1 or localhost (an emulator), and no user name or password`);
    return { ...network, endpoint: endpoint.replace(/\/*$/, '/') };
}
// Project ids (6–30 lowercase letters, digits, hyphens) or numbers; label keys and values as GCP allows them.
const PROJECT = /^([a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/;
const LABEL = /^([a-z][a-z0-9_-]{0,62}):([a-z0-9_-]{0,63})$/;
/** `PROJECT[?label=KEY:VALUE]` parsed, or what was expected. */
function gcpLocation(text) {
    const q = text.indexOf('?');
    const project = q < 0 ? text : text.slice(0, q);
    if (!PROJECT.test(project))
        return { expected: 'a project id such as my-project-123 (or its number)' };
    if (q < 0)
        return { location: { project } };
    const options = new URLSearchParams(text.slice(q + 1));
    const keys = [...options.keys()];
    const label = LABEL.exec(options.get('label') ?? '');
    if (keys.length !== 1 || keys[0] !== 'label' || !label)
        return { expected: 'at most one ?label=KEY:VALUE after the project (lowercase letters, digits, _ and -)' };
    return { location: { project, label: { key: label[1], value: label[2] } } };
}
const formatGcpLocation = (l) => (l.label ? `${l.project}?label=${l.label.key}:${l.label.value}` : l.project);


/***/ }),

/***/ 83574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ INFISICAL_OPTIONS),
/* harmony export */   Oy: () => (/* binding */ infisicalSettings),
/* harmony export */   bt: () => (/* binding */ infisicalCredentials)
/* harmony export */ });
/* unused harmony exports DEFAULT_HOST, parseHeaderLines */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88381);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12032);
/** Infisical's option rows and settings: every bad value fails here, naming the option. */



const DEFAULT_HOST = 'https://app.infisical.com';
/** `https://host/api/` and `https://host` are one host: the Infisical CLI's old style ends in /api. */
const hostForm = (value) => value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api$/, '');
const INFISICAL_OPTIONS = {
    authMethod: {
        input: 'infisical-auth-method',
        env: ['INFISICAL_AUTH_METHOD'],
        default: '',
        help: "How to log in: `universal` (client id and secret), `oidc` (the workflow's OIDC token for a machine identity; needs `permissions: id-token: write`) or `token` (an access token issued elsewhere). Empty: `token` when a token is given, `oidc` when an identity id is given without a client secret, else `universal`.",
    },
    clientId: {
        input: 'infisical-client-id',
        env: ['INFISICAL_CLIENT_ID', 'INFISICAL_UNIVERSAL_AUTH_CLIENT_ID'],
        default: '',
        help: 'Universal Auth client id of the machine identity.',
    },
    clientSecret: {
        input: 'infisical-client-secret',
        env: ['INFISICAL_CLIENT_SECRET', 'INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET'],
        secret: true,
        default: '',
        help: 'Universal Auth client secret of the machine identity (masked).',
    },
    identityId: {
        input: 'infisical-identity-id',
        env: ['INFISICAL_IDENTITY_ID'],
        default: '',
        help: "Machine identity id for OIDC Auth (the identity's OIDC configuration must allow this repository's token).",
    },
    oidcAudience: {
        input: 'infisical-oidc-audience',
        default: '',
        help: "Audience of the workflow's OIDC token, as the identity's OIDC Auth expects. Empty: GitHub's default audience.",
    },
    token: {
        input: 'infisical-token',
        env: ['INFISICAL_TOKEN'],
        secret: true,
        default: '',
        help: 'An Infisical access token issued elsewhere (masked): used as is and never revoked.',
    },
    projectId: {
        input: 'infisical-project-id',
        env: ['INFISICAL_PROJECT_ID'],
        default: '',
        help: 'Infisical project id, or its slug.',
    },
    host: {
        input: 'infisical-host',
        env: ['INFISICAL_HOST', 'INFISICAL_DOMAIN', 'INFISICAL_API_URL'],
        normalize: hostForm,
        default: DEFAULT_HOST,
        help: 'Infisical base URL, for self-hosted servers (a trailing `/api` is removed).',
    },
    cfAccessClientId: {
        input: 'cf-access-client-id',
        env: ['CF_ACCESS_CLIENT_ID'],
        default: '',
        help: 'Cloudflare Access service token id, when Infisical sits behind Cloudflare Access.',
    },
    cfAccessClientSecret: {
        input: 'cf-access-client-secret',
        env: ['CF_ACCESS_CLIENT_SECRET'],
        secret: true,
        default: '',
        help: 'Cloudflare Access service token secret (masked).',
    },
    extraHeaders: {
        input: 'extra-headers',
        env: ['INFISICAL_EXTRA_HEADERS'],
        flag: 'header',
        arg: '"Name: value"',
        multiple: true,
        secret: _options_js__WEBPACK_IMPORTED_MODULE_1__/* .headerValues */ .UE,
        default: '',
        help: 'More request headers, one `Name: value` per line (values masked); sent on every Infisical request, login included.',
    },
    expiryTag: {
        input: 'expiry-tag',
        env: ['INFISICAL_EXPIRY_TAG'],
        flag: 'expiry-tag',
        arg: 'SLUG',
        default: '',
        help: "Tag slug the `__EXPIRES_AT` companions carry. Current Infisical servers hide values, so without it each companion's date costs one request; with it, one request per environment.",
    },
};
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** `Key: Value` lines (blank lines and `#` comments ignored) into a header record. */
function parseHeaderLines(text, name) {
    const headers = {};
    for (const [i, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        const header = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!HEADER_NAME.test(header)) {
            // Never echo the line: it may hold a credential.
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${name}: line ${i + 1}: expected "Header-Name: value"`);
        }
        const value = line.slice(colon + 1).trim();
        // Never echo the value; a control character would reach the HTTP client and change the text the mask matches.
        if (CONTROL.test(value))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${name}: line ${i + 1}: the value of ${header} holds a control character (CR, LF, NUL…)`);
        headers[header] = value;
    }
    return headers;
}
/** Control characters other than tab: never valid in a header value. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const AUTH_METHODS = ['universal', 'oidc', 'token'];
function auth(reader) {
    const o = INFISICAL_OPTIONS;
    const given = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.authMethod);
    const method = given
        ? (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.enum(AUTH_METHODS), given, reader.nameOf(o.authMethod))
        : (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.token)
            ? 'token'
            : (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.identityId) && !(0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.clientSecret)
                ? 'oidc'
                : 'universal';
    // Missing credentials are named together, as the runbook's script does.
    if (method === 'token') {
        (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .requireAll */ .rs)(reader, [o.token, o.projectId]);
        return { method, token: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.token) };
    }
    if (method === 'oidc') {
        (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .requireAll */ .rs)(reader, [o.identityId, o.projectId]);
        const audience = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.oidcAudience);
        return { method, identityId: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.identityId), ...(audience ? { audience } : {}) };
    }
    (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .requireAll */ .rs)(reader, [o.clientId, o.clientSecret, o.projectId]);
    return { method, clientId: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.clientId), clientSecret: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.clientSecret) };
}
function host(reader) {
    const o = INFISICAL_OPTIONS;
    const raw = reader.read(o.host);
    // An input given as an unset variable arrives empty: never fall back to Infisical Cloud with the credentials.
    if (raw !== undefined && raw.trim() === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${reader.nameOf(o.host)} is empty (an unset variable?): give the URL, or remove it to use Infisical Cloud`);
    }
    const url = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://app.infisical.com' }), raw?.trim() || DEFAULT_HOST, reader.nameOf(o.host)).replace(/\/+$/, '');
    const base = hostForm(url);
    return { host: base, notices: base === url ? [] : [`${reader.nameOf(o.host)} ends in /api (the Infisical CLI's old style): using ${base}`] };
}
function infisicalSettings(reader, network) {
    const o = INFISICAL_OPTIONS;
    const login = auth(reader);
    const { host: baseUrl, notices } = host(reader);
    const headers = parseHeaderLines(reader.read(o.extraHeaders) ?? '', reader.nameOf(o.extraHeaders));
    const cfId = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.cfAccessClientId);
    const cfSecret = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.cfAccessClientSecret);
    if (Boolean(cfId) !== Boolean(cfSecret)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${reader.nameOf(o.cfAccessClientId)} / ${reader.nameOf(o.cfAccessClientSecret)}: give both the Cloudflare Access client id and secret, or neither`);
    }
    for (const [option, value] of [
        [o.cfAccessClientId, cfId],
        [o.cfAccessClientSecret, cfSecret],
    ]) {
        if (value && CONTROL.test(value))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${reader.nameOf(option)}: the value holds a control character (CR, LF, NUL…)`);
    }
    if (cfId && cfSecret)
        Object.assign(headers, { 'CF-Access-Client-Id': cfId, 'CF-Access-Client-Secret': cfSecret });
    const tag = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.expiryTag);
    return {
        kind: 'infisical',
        host: baseUrl,
        auth: login,
        projectId: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(reader, o.projectId),
        headers,
        ...(notices.length ? { notices } : {}),
        ...network,
        ...(tag ? { expiryTag: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.regex(/^[a-z0-9-]+$/, 'expected a tag slug such as expiry')), tag, reader.nameOf(o.expiryTag)) } : {}),
    };
}
/** What to mask: the client secret or token, and every header value (Cloudflare Access's secret among them). */
const infisicalCredentials = (settings) => [
    ...(settings.auth.method === 'universal' ? [settings.auth.clientSecret] : settings.auth.method === 'token' ? [settings.auth.token] : []),
    ...Object.values(settings.headers),
].filter((s) => s.length > 0);


/***/ }),

/***/ 41178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseK8sLocation)
/* harmony export */ });
/* harmony import */ var _files_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79676);
/** `k8s:GLOB[,!EXCL…][?env=NAME[,NAME…]]`: the manifests, and the store columns they speak for. Pure. */

const COLUMN = /^[A-Za-z0-9_-]+$/;
function parseK8sLocation(text) {
    // `?` alone is a glob's one-character wildcard: the option starts at `?env=`.
    const q = text.search(/\?env=/);
    const globs = (0,_files_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGlobs */ .nS)(q < 0 ? text : text.slice(0, q), 'deploy/**');
    if ('expected' in globs)
        return globs;
    if (q < 0)
        return globs;
    const env = text
        .slice(q + '?env='.length)
        .split(',')
        .filter(Boolean);
    if (!env.length || env.some((e) => !COLUMN.test(e)))
        return { expected: 'env=NAME[,NAME…] after the ?: the store columns the manifests are for, such as ?env=prod' };
    return { ...globs, env };
}


/***/ }),

/***/ 70813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ defineKind),
/* harmony export */   f: () => (/* binding */ selectEnvironments)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A kind that reads in its own way, as the registry holds it: its settings type stays inside. */
function defineKind(kind) {
    const { settings, credentials, create, ...rest } = kind;
    return {
        ...rest,
        bind: (reader, specLocation, network) => {
            const bound = settings(reader, specLocation, network);
            return {
                kind: kind.kind,
                ...(kind.contract ? { contract: true } : {}),
                credentials: credentials(bound),
                ...(kind.defaultPathPrefix !== undefined ? { defaultPathPrefix: kind.defaultPathPrefix } : {}),
                create: (ports) => create(bound, ports),
            };
        },
    };
}
/** Pick the requested slugs in the requested order; an unknown slug is an error naming the valid ones. */
function selectEnvironments(available, requested, where) {
    if (!requested)
        return available;
    const unknown = requested.filter((slug) => !available.some((e) => e.slug === slug));
    if (unknown.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Unknown environment ${unknown.map((s) => `"${s}"`).join(', ')} in ${where}; valid environments: ${available.map((e) => e.slug).join(', ')}`);
    }
    return requested.map((slug) => available.find((e) => e.slug === slug));
}


/***/ }),

/***/ 82467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kB: () => (/* binding */ StoreFailure),
/* harmony export */   nY: () => (/* binding */ defineStore)
/* harmony export */ });
/* unused harmony exports ON_FAILURE, storeSource */
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22363);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _net_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86997);
/**
 * One store contract and one reading routine. A store kind is its option
 * rows, its settings, a location parsed once into a typed value, the
 * credentials to mask and a lazily opened client that lists one location;
 * its failures are typed at its edge. The routine does the rest, the same for
 * every store: the prefix, the locations in parallel, and — through one table —
 * which failure stops the run and which leaves a column unreadable.
 */



/** A store's failure, typed; its message is fixed words (never the server's text). */
class StoreFailure extends Error {
    kind;
    name = 'StoreFailure';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** The one table: a failure stops the run (exit 1) or leaves its column unreadable (exit 2). */
const ON_FAILURE = {
    // No column can be read: the credentials are refused or missing.
    auth: 'stop',
    // The store does not answer at all (no route, no network, no region).
    unreachable: 'stop',
    // It answers but can read nothing (a sealed Vault).
    sealed: 'stop',
    // The location names no project, mount or engine: the configuration is wrong, not the store.
    'not-found': 'stop',
    // This column only: the identity may not list it.
    denied: 'unreadable',
    // The run's deadline came while the store's quota paced it.
    throttled: 'unreadable',
    // Anything else that broke one column's listing.
    failed: 'unreadable',
};
/** A store kind as the registry holds it: its types stay inside. */
function defineStore(store) {
    return {
        kind: store.kind,
        usage: store.usage,
        ...(store.source ? { source: store.source } : {}),
        options: store.options,
        ...(store.defaultPathPrefix !== undefined ? { defaultPathPrefix: store.defaultPathPrefix } : {}),
        location: (text) => {
            const parsed = store.location(text);
            return 'expected' in parsed ? parsed : { location: store.format(parsed.location) };
        },
        bind: (reader, specLocation, network) => {
            const settings = store.settings(reader, specLocation, network);
            return {
                kind: store.kind,
                credentials: store.credentials(settings),
                ...(store.defaultPathPrefix !== undefined ? { defaultPathPrefix: store.defaultPathPrefix } : {}),
                // Opened here, one store after another: each loads its code before any reads.
                create: async (ports) => storeSource(store, settings, ports, await store.open(settings, ports)),
                ...(store.identityOf
                    ? {
                        identityOf: (text, ref, prefix) => {
                            const parsed = store.location(text);
                            return 'expected' in parsed ? undefined : store.identityOf(parsed.location, ref, prefix);
                        },
                    }
                    : {}),
            };
        },
    };
}
/** A failure the routine maps: a StoreFailure by the table; a FatalError as it is; anything else is a bug. */
function failure(err) {
    if (err instanceof StoreFailure || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX)
        return err;
    throw err;
}
const stop = (err) => (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX ? err : new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(err.message));
/** Every location of the store, for a run whose columns name none. */
async function every(client) {
    if (!client.locations)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX('columns name their location (NAME=KIND:LOCATION)');
    try {
        return await client.locations();
    }
    catch (err) {
        throw stop(failure(err));
    }
}
/** The one reading routine: connect, list each location, and decide each failure by the table. */
function storeSource(store, settings, ports, opened) {
    let client = opened;
    return {
        async read(options) {
            // The locations were checked when the columns were: a failure here is a bug, not input.
            const given = options.locations?.map((text) => {
                const parsed = store.location(text);
                if ('expected' in parsed)
                    throw new Error(`${store.kind}: ${text} is not a location`);
                return parsed.location;
            });
            const open = (client ??= await store.open(settings, ports));
            try {
                await open.connect?.(given ?? []);
            }
            catch (err) {
                throw stop(failure(err));
            }
            const locations = given ?? (await every(open));
            const context = { prefix: (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(options.pathPrefix ?? '/'), now: options.now, companionSuffix: options.companionSuffix };
            const environments = new Array(locations.length);
            await (0,_net_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .eachConcurrently */ .y)([...locations.keys()], open.listConcurrency ?? locations.length, async (i) => {
                const location = locations[i];
                const slug = store.format(location);
                const holds = { ...(store.workflowSecrets ? { workflowSecrets: true } : {}), ...(store.tracksAccess ? { tracksAccess: true } : {}) };
                try {
                    environments[i] = { slug, ...holds, status: 'ok', ...(await open.list(location, context)) };
                }
                catch (err) {
                    const failed = failure(err);
                    if (failed instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX || ON_FAILURE[failed.kind] === 'stop')
                        throw stop(failed);
                    const name = open.nameOf?.(location);
                    environments[i] = {
                        slug,
                        ...(store.workflowSecrets ? { workflowSecrets: true } : {}),
                        ...(name ? { name } : {}),
                        status: 'unreadable',
                        reason: failed.message,
                    };
                }
            });
            const inventory = { source: open.describe(locations), pathPrefix: context.prefix, environments };
            try {
                await open.complete?.(inventory, context);
            }
            catch (err) {
                throw stop(failure(err));
            }
            return inventory;
        },
        throttling: () => client?.throttling?.() ?? [],
        close: async () => client?.close?.(),
    };
}


/***/ })

};

//# sourceMappingURL=329.index.js.map