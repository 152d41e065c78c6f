export const id = 264;
export const ids = [264];
export const modules = {

/***/ 7562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ AttemptTimeout),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   w1: () => (/* binding */ RetriesExhausted)
/* harmony export */ });
/**
 * The run's retry rules, one implementation for every store: each attempt has
 * a timeout, the waits between attempts share one budget, and every attempt and
 * wait ends by the run's deadline. HttpClient runs its requests through it; the
 * SDK-driven stores (AWS, Azure) wrap their SDK calls in it, the SDK's own
 * retries off.
 */
/** An attempt that ran out of its own time (the SDK saw an abort). */
class AttemptTimeout extends Error {
    ms;
    name = 'AttemptTimeout';
    constructor(ms) {
        super(`timed out after ${ms / 1000} s`);
        this.ms = ms;
    }
}
/** Retrying stopped: `last` is the last attempt's error, `why` says what ran out. */
class RetriesExhausted extends Error {
    last;
    why;
    byDeadline;
    name = 'RetriesExhausted';
    constructor(last, why, 
    /** The run's deadline, not the attempts or the wait budget, ran out (`last` undefined: before or during an attempt). */
    byDeadline = false) {
        super(`gave up: ${why}`);
        this.last = last;
        this.why = why;
        this.byDeadline = byDeadline;
    }
}
class RetryBudget {
    rules;
    /** The budget of a store's whole read: its NetworkSettings and the run's sleep. */
    static forRun(network, sleep) {
        return new RetryBudget({ timeoutMs: network.timeoutMs, maxWaitMs: network.maxWaitMs, deadlineMs: network.runTimeoutMs, sleep });
    }
    waitedMs = 0;
    /** Waits asked for but not spent in real time (a test's instant sleep): still counted against the deadline. */
    unslept = 0;
    startedAt = Date.now();
    /** Attempts made, for request counts. */
    attempts = 0;
    constructor(rules) {
        this.rules = rules;
    }
    remainingMs() {
        return this.rules.deadlineMs - (Date.now() - this.startedAt + this.unslept);
    }
    get deadline() {
        return `the run's time limit (${Math.round(this.rules.deadlineMs / 1000)} s) was reached`;
    }
    /**
     * Runs `attempt` with an abort signal that fires at its timeout, until it
     * succeeds or `verdict` says stop (the error is rethrown as is); throws
     * RetriesExhausted when attempts, the wait budget or the deadline run out.
     * `call` overrides the attempts and the attempt timeout for this call only
     * (a best-effort revoke); the wait budget and the deadline stay shared.
     */
    async run(attempt, verdict, call = {}) {
        const maxAttempts = call.maxAttempts ?? this.rules.maxAttempts ?? 6;
        const timeoutMs = call.timeoutMs ?? this.rules.timeoutMs;
        for (let n = 1;; n++) {
            const remaining = this.remainingMs();
            if (remaining <= 0)
                throw new RetriesExhausted(undefined, this.deadline, true);
            const attemptMs = Math.min(timeoutMs, remaining);
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(new AttemptTimeout(attemptMs)), attemptMs);
            let failure;
            try {
                this.attempts++;
                return await attempt(controller.signal);
            }
            catch (err) {
                failure = controller.signal.aborted ? new AttemptTimeout(attemptMs) : err;
            }
            finally {
                clearTimeout(timer);
            }
            // Cut short by the deadline rather than timed out: nothing to report but the deadline.
            if (failure instanceof AttemptTimeout && attemptMs < timeoutMs)
                throw new RetriesExhausted(undefined, this.deadline, true);
            const judged = failure instanceof AttemptTimeout ? { retry: true } : verdict(failure);
            if (!judged.retry)
                throw failure;
            const wait = judged.waitMs ?? Math.min(30_000, 1000 * 2 ** (n - 1));
            if (n >= maxAttempts)
                throw new RetriesExhausted(failure, `after ${n} attempts`);
            if (wait > this.rules.maxWaitMs - this.waitedMs) {
                throw new RetriesExhausted(failure, `the next retry (in ${Math.ceil(wait / 1000)} s) would exceed the retry budget of ${Math.round(this.rules.maxWaitMs / 1000)} s`);
            }
            if (wait >= this.remainingMs())
                throw new RetriesExhausted(failure, this.deadline, true);
            call.onRetry?.(wait, failure);
            this.waitedMs += wait;
            const sleepStarted = Date.now();
            await this.rules.sleep(wait);
            this.unslept += Math.max(0, wait - (Date.now() - sleepStarted));
        }
    }
}


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   j: () => (/* binding */ HttpError)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7562);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4390);
/**
 * The one fetch wrapper: extra headers on every request, a timeout per
 * attempt, bounded retries on 429, 5xx and network errors (a 429's
 * `retry-after` / `x-ratelimit-reset` honoured; 5xx back off 1-2-4-8-16 s),
 * and one deadline for every attempt and wait of the run. Response bodies are
 * never logged or put in messages (they may hold values); only status and
 * error fields are.
 */


class HttpError extends Error {
    failure;
    status;
    body;
    detail;
    name = 'HttpError';
    constructor(message, failure, status, 
    /** The JSON body's `message` and `error` fields, when the server sent JSON. */
    body, 
    /** On a redirect, the host it pointed to; on not-json, whether the body was an HTML page. */
    detail) {
        super(message);
        this.failure = failure;
        this.status = status;
        this.body = body;
        this.detail = detail;
    }
}
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const errorFields = (body) => {
    if (!body || typeof body !== 'object')
        return undefined;
    const { message, error, errors } = body;
    const text = (v) => typeof v === 'string' ? v : Array.isArray(v) ? v.map((i) => (i && typeof i === 'object' && 'message' in i ? String(i.message) : '')).join('; ') : undefined;
    // Google's form: an `error` object whose `status` (PERMISSION_DENIED) is the code worth keeping.
    const status = error && typeof error === 'object' && typeof error.status === 'string' ? error.status : undefined;
    return { message: text(message), error: text(error) ?? status, ...(Array.isArray(errors) ? { errors: errors.map(String) } : {}) };
};
/** A failed attempt worth another: the error it would be, and how long the server asked to wait. */
class Retryable extends Error {
    error;
    waitMs;
    constructor(error, waitMs) {
        super(error.message);
        this.error = error;
        this.waitMs = waitMs;
    }
}
class HttpClient {
    baseUrl;
    options;
    /** Requests sent (attempts included), by "METHOD /path" without the query. */
    requests = new Map();
    /** Attempts, timeouts, waits and the deadline: the same rules the SDK-driven stores follow. */
    budget;
    constructor(baseUrl, options) {
        this.baseUrl = baseUrl;
        this.options = options;
        this.budget = new _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryBudget */ .Km({
            timeoutMs: options.timeoutMs,
            maxWaitMs: options.maxWaitMs,
            deadlineMs: options.deadlineMs ?? Infinity,
            sleep: options.sleep,
            ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        });
    }
    deadlineError(label) {
        return new HttpError(`${label}: the run's time limit (${Math.round(this.options.deadlineMs / 1000)} s) was reached`, 'timeout');
    }
    /** The run's time limit has passed: start no more requests. */
    pastDeadline() {
        return this.budget.remainingMs() <= 0;
    }
    get totalRequests() {
        let n = 0;
        for (const count of this.requests.values())
            n += count;
        return n;
    }
    async json(method, path, init = {}) {
        const url = new URL(this.baseUrl + path);
        for (const [k, v] of Object.entries(init.query ?? {}))
            url.searchParams.set(k, v);
        const headers = { accept: 'application/json', ...this.options.headers, ...init.headers };
        if (init.token)
            headers.authorization = `Bearer ${init.token}`;
        if (init.body !== undefined)
            headers['content-type'] = 'application/json';
        const label = `${method} ${url.pathname}`;
        const timeoutMs = init.timeoutMs ?? this.options.timeoutMs;
        const attempt = async (signal) => {
            this.requests.set(label, (this.requests.get(label) ?? 0) + 1);
            const started = Date.now();
            let response;
            let text;
            try {
                response = await this.options.fetch(url, {
                    method,
                    headers,
                    body: init.body === undefined ? undefined : JSON.stringify(init.body),
                    redirect: 'manual',
                    signal,
                });
                text = await response.text();
            }
            catch (err) {
                if (signal.aborted)
                    throw err; // the attempt's own timeout: the budget's to judge
                const failed = networkError(err, label, timeoutMs);
                this.options.logger.debug(`${label} → ${failed.message}`);
                throw new Retryable(failed);
            }
            this.options.logger.debug(`${label} → ${response.status} (${Date.now() - started} ms)`);
            const result = this.interpret(response, text, label);
            if (!(result instanceof HttpError))
                return result;
            // Transient: rate limits, 5xx (a proxy's HTML error page included) and JSON cut short.
            // A 200 HTML page is some login page answering, not a passing fault.
            const transient = (RETRYABLE_STATUS.has(response.status) && !this.options.isPermanent?.(response.status, result.body)) ||
                (result.failure === 'not-json' && isTruncatedJson(response, text));
            if (!transient)
                throw result;
            // Only a 429 asks for a wait: some servers send x-ratelimit-reset on every answer, 500s included.
            throw new Retryable(result, response.status === 429 ? (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .V)(response.headers, ['retry-after', 'x-ratelimit-reset']) : undefined);
        };
        try {
            return await this.budget.run(attempt, (err) => (err instanceof Retryable ? { retry: true, ...(err.waitMs !== undefined ? { waitMs: err.waitMs } : {}) } : { retry: false }), {
                ...(init.maxAttempts !== undefined ? { maxAttempts: init.maxAttempts } : {}),
                timeoutMs,
                onRetry: (wait, failure) => this.options.logger.debug(`${label}: retrying in ${wait} ms (${failedAs(failure, label, timeoutMs).message})`),
            });
        }
        catch (err) {
            if (!(err instanceof _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .RetriesExhausted */ .w1))
                throw err;
            if (err.last === undefined)
                throw this.deadlineError(label);
            const last = failedAs(err.last, label, timeoutMs);
            throw new HttpError(`${last.message}; ${err.message}`, last.failure, last.status, last.body, last.detail);
        }
    }
    interpret(response, text, label) {
        const status = response.status;
        if (status >= 300 && status < 400) {
            const location = response.headers.get('location') ?? '';
            let host = '';
            try {
                host = new URL(location, this.baseUrl).host;
            }
            catch {
                /* no usable location */
            }
            return new HttpError(`${label} was redirected (${status}${host ? ` to ${host}` : ''})`, 'redirect', status, undefined, { location });
        }
        const type = response.headers.get('content-type') ?? '';
        let body;
        try {
            body = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            const html = /html/i.test(type) || /^\s*</.test(text);
            const what = html ? 'an HTML page' : 'a body that is not valid JSON';
            return new HttpError(`${label} returned ${what} (status ${status}, expected JSON)`, 'not-json', status, undefined, { html });
        }
        if (status >= 200 && status < 300)
            return { status, body };
        const fields = errorFields(body);
        // The message keeps the status and an error code, never the server's free text (it may echo a value).
        const code = fields?.error && /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(fields.error) ? ` ${fields.error}` : '';
        return new HttpError(`${label} failed: ${status}${code}`, 'status', status, fields);
    }
}
const isTruncatedJson = (response, text) => /json/i.test(response.headers.get('content-type') ?? '') && /^\s*[[{]/.test(text);
/** What a failed attempt counts as: its HttpError, or a timeout when the attempt ran out of time. */
const failedAs = (failure, label, timeoutMs) => failure instanceof Retryable ? failure.error : failure instanceof _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .AttemptTimeout */ .FI ? new HttpError(`${label} timed out after ${timeoutMs / 1000} s`, 'timeout') : new HttpError(`${label} failed`, 'network');
function networkError(err, label, timeoutMs) {
    const e = err;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
        return new HttpError(`${label} timed out after ${timeoutMs / 1000} s`, 'timeout');
    }
    // undici's fetch puts the system error in `cause`; other fetches set `code` on the error itself.
    // Only a code is kept: a fetch TypeError's text can quote a header, and headers carry credentials.
    const code = e?.cause?.code ?? e?.code;
    const cause = typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : 'the request could not be sent';
    return new HttpError(`${label}: network error (${cause})`, 'network');
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
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
/** A gate that lets `limit` tasks run at once; tasks may be added while others run (a tree walk). */
function limiter(limit) {
    let running = 0;
    const waiting = [];
    return async (task) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        running++;
        try {
            return await task();
        }
        finally {
            running--;
            waiting.shift()?.();
        }
    };
}


/***/ }),

/***/ 3256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 4390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ retryAfterMs)
/* harmony export */ });
/**
 * How long a server asks us to wait: `Retry-After` as delay-seconds or an
 * HTTP date (RFC 9110 §10.2.3). One parser for every client (stores, Slack).
 */
function retryAfterMs(headers, names = ['retry-after'], now = Date.now()) {
    for (const name of names) {
        const value = headers.get(name)?.trim();
        if (!value)
            continue;
        const seconds = Number(value);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    return undefined;
}


/***/ }),

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VaultSource: () => (/* binding */ VaultSource),
/* harmony export */   isListableName: () => (/* binding */ isListableName),
/* harmony export */   vaultUnusable: () => (/* binding */ vaultUnusable)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6803);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9537);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3618);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3256);
/** The Vault KV v2 read flow, metadata only (see ./index.ts for what it requests). */






// Vault's documented shapes (fixtures in __tests__/fixtures/vault/, with their sources).
const loginSchema = _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ auth: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ client_token: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.minLength(1)) }) });
const mountSchema = _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
    data: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
        path: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string(),
        type: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()),
        options: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.nullable(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ version: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) }))),
    }),
});
const listSchema = _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ data: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ keys: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) }) });
// Only the fields the audit uses survive parsing; custom_metadata keeps expires_at alone.
const metadataSchema = _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
    data: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
        current_version: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.int().check(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.minimum(0)),
        updated_time: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()),
        custom_metadata: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.nullable(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ expires_at: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) }))),
        versions: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.nullable(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.record(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ deletion_time: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()), destroyed: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.boolean()) })))),
    }),
});
/** A KV v2 secret's usability at `now`: deleted (soft, in the past) or destroyed is absent; a deletion still ahead is present. */
function vaultUnusable(meta, now) {
    const versions = Object.values(meta.versions ?? {});
    if (versions.length > 0 && versions.every((v) => v.destroyed))
        return { state: 'absent', reason: 'every version destroyed' };
    const current = meta.versions?.[String(meta.current_version)];
    if (!current)
        return { state: 'absent', reason: 'no current version' };
    if (current.destroyed)
        return { state: 'absent', reason: 'current version destroyed' };
    const deleted = current.deletion_time ? Date.parse(current.deletion_time) : NaN;
    if (deleted <= now.getTime())
        return { state: 'absent', reason: 'current version deleted' };
    return undefined;
}
/** A Vault timestamp (nanoseconds) as ISO 8601 with milliseconds; undefined when it is none. */
const isoTime = (text) => {
    const ms = text ? Date.parse(text) : NaN;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};
/**
 * Each segment URL-encoded: names come from the server. `.` and `..` survive
 * encoding and URL parsing resolves them, so they never reach a request.
 */
const urlPath = (...parts) => parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .map((segment) => {
    if (segment === '.' || segment === '..')
        throw new InvalidName();
    return encodeURIComponent(segment);
})
    .join('/');
class InvalidName extends Error {
    name = 'InvalidName';
}
/**
 * A name a listing may hold: a key, or a folder with one trailing `/`. Never
 * `.` or `..`, a `/` inside, or a control character: such a name is reported,
 * never requested.
 */
// eslint-disable-next-line no-control-regex
const isListableName = (name) => {
    const bare = name.endsWith('/') ? name.slice(0, -1) : name;
    return bare !== '' && bare !== '.' && bare !== '..' && !bare.includes('/') && !/[\u0000-\u001f\u007f]/.test(bare);
};
/** Why a request failed, in fixed words: never the server's text. */
const cause = (err) => {
    if (err instanceof InvalidName)
        return 'a path segment . or .. (refused, not requested)';
    if (!(err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j))
        return 'an unexpected answer';
    if (err.status === 403)
        return 'permission denied (403)';
    if (err.status === 503)
        return 'Vault is sealed or unavailable (503)';
    if (err.failure === 'timeout')
        return 'timed out';
    if (err.failure === 'network')
        return 'network error';
    if (err.failure === 'not-json')
        return `HTTP ${err.status ?? '?'} with ${err.detail?.html ? 'an HTML page' : 'a body'} that is not Vault's JSON (a proxy's answer?)`;
    return err.status ? `HTTP ${err.status}` : 'an unexpected answer';
};
/**
 * Vault's own answer for an empty or missing path: 404 with the JSON body
 * `{"errors":[]}`. A proxy's, an ingress's or a WAF's 404 (an HTML page, other
 * JSON, no body) is not Vault saying "nothing here": that path is unreadable.
 */
const isEmptyPath = (err) => err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && err.status === 404 && err.failure === 'status' && Array.isArray(err.body?.errors) && err.body.errors.length === 0;
/** Vault's answer for a route no engine serves (no such mount): 404 with errors in JSON. */
const isUnknownRoute = (err) => err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && err.status === 404 && err.failure === 'status' && (err.body?.errors?.length ?? 0) > 0;
class VaultSource {
    settings;
    ports;
    /** For request counts (benchmarks and tests). */
    http;
    token = '';
    ownsToken = false;
    host;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.host = new URL(settings.address).host;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q(`${settings.address}/v1/`, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            logger: ports.logger,
            headers: settings.namespace ? { 'X-Vault-Namespace': settings.namespace } : {},
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
            // A sealed Vault stays sealed: say so now rather than after the retry budget.
            isPermanent: (status) => status === 503,
        });
    }
    where() {
        return `Vault at ${this.host}${this.settings.namespace ? ` (namespace ${this.settings.namespace})` : ''}`;
    }
    call(method, path, init = {}) {
        return this.http.json(method, path, { ...init, headers: this.token ? { 'X-Vault-Token': this.token } : {} });
    }
    async read(options) {
        const locations = options.locations;
        if (!locations)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX('vault: columns name their location (NAME=vault:MOUNT/PATH)');
        const method = { token: 'a token given', approle: 'AppRole', jwt: "JWT with the workflow's OIDC token" }[this.settings.auth.method];
        this.ports.logger.info(`${this.where()} (${method})`);
        await this.login();
        await this.checkToken();
        const prefix = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePath */ .Fd)(options.pathPrefix ?? '/');
        const environments = await Promise.all(locations.map((location) => this.readLocation(location, prefix, options.now)));
        return { source: { kind: 'vault', location: this.settings.address }, pathPrefix: prefix, environments };
    }
    /** A failure before any column is read: exit 1, naming Vault and the cause. */
    fatal(err, doing) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX)
            return err;
        if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j) {
            if (err.status === 503)
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()} is sealed or unavailable (503) while ${doing}: unseal it, or point VAULT_ADDR at an active node`);
            if (err.failure === 'network' || err.failure === 'timeout')
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Cannot reach ${this.where()} (${this.host}) while ${doing}: ${cause(err)}`);
            if (err.failure === 'redirect')
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()} redirected ${doing}: point VAULT_ADDR at the active node, not a proxy or standby`);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()}: ${doing} failed (${cause(err)})`);
    }
    async login() {
        const auth = this.settings.auth;
        if (auth.method === 'token') {
            this.token = auth.token;
            return;
        }
        const body = auth.method === 'approle' ? { role_id: auth.roleId, secret_id: auth.secretId } : { role: auth.role, jwt: await this.workflowToken(auth.audience) };
        let response;
        try {
            response = await this.call('POST', `auth/${urlPath(auth.path)}/login`, { body });
        }
        catch (err) {
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && err.status !== undefined && err.status >= 400 && err.status < 500) {
                const what = auth.method === 'approle' ? `the AppRole login at auth/${auth.path}` : `the JWT login at auth/${auth.path} for role ${auth.role}`;
                const hint = err.status === 404 || err.status === 405
                    ? `no such auth method is enabled there${this.settings.namespace ? ' in this namespace' : ''}`
                    : auth.method === 'approle'
                        ? `check ${this.settings.credentialNames}`
                        : "the role's bound_audiences, bound_subject and bound_claims must accept this workflow's token";
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()} refused ${what} (${err.status}): ${hint}`);
            }
            throw this.fatal(err, 'logging in');
        }
        const parsed = loginSchema.safeParse(response.body);
        if (!parsed.success)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()}: the login answer has no client token (is this a Vault server?)`);
        this.token = parsed.data.auth.client_token;
        this.ownsToken = true;
        this.ports.mask?.(this.token);
    }
    async workflowToken(audience) {
        if (!this.ports.idToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX("Vault JWT login needs the workflow's OIDC token, which only the GitHub Action has; from the command line use VAULT_TOKEN or AppRole");
        let jwt;
        try {
            jwt = await this.ports.idToken(audience);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX('Vault JWT login: the workflow gave no OIDC token; add `permissions: id-token: write` to the job');
        }
        this.ports.mask?.(jwt);
        return jwt;
    }
    /** A bad token is told apart from a forbidden path before any path is read. */
    async checkToken() {
        try {
            await this.call('GET', 'auth/token/lookup-self');
        }
        catch (err) {
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && (err.status === 401 || err.status === 403)) {
                const given = this.settings.auth.method === 'token' ? `the token (${this.settings.credentialNames})` : 'the token it issued at login';
                const ns = this.settings.namespace ? `, or namespace ${this.settings.namespace} does not exist` : '';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()} rejected ${given} (${err.status}): it is invalid, expired or revoked${ns}`);
            }
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && err.status === 404 && this.settings.namespace) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${this.where()}: namespace ${this.settings.namespace} does not exist (404)`);
            }
            throw this.fatal(err, 'checking the token');
        }
    }
    /** The mount the location lives in (`platform/kv/` for `platform/kv/app`), confirmed KV v2 when Vault says. */
    async mount(location) {
        const first = `${location.split('/')[0]}/`;
        let response;
        try {
            response = await this.call('GET', `sys/internal/ui/mounts/${urlPath(location)}`);
        }
        catch (err) {
            // Refused (403, also Vault's answer for no mount at all) or an old server (404): the first segment, unconfirmed.
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && (err.status === 403 || err.status === 404 || err.status === 400)) {
                this.ports.logger.debug(`vault:${location}: mount look-up refused (${err.status}); assuming ${first}`);
                return { mount: first, confirmed: false };
            }
            throw this.fatal(err, `looking up the mount of ${location}`);
        }
        const parsed = mountSchema.safeParse(response.body);
        if (!parsed.success)
            return { mount: first, confirmed: false };
        const { type, options } = parsed.data.data;
        let mount = parsed.data.data.path.replace(/^\/+/, '');
        // In a namespace the path may start with the namespace: keep the part the location starts with.
        while (mount && !`${location}/`.startsWith(mount))
            mount = mount.slice(mount.indexOf('/') + 1);
        if (!mount)
            mount = first;
        if (type !== undefined && type !== 'kv' && type !== 'generic') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`vault:${location}: ${mount} is not a KV secrets engine; this audit reads KV version 2`);
        }
        if (options?.version !== '2') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`vault:${location}: ${mount} is KV version 1, which keeps no metadata; this audit reads KV version 2 (vault kv enable-versioning ${mount})`);
        }
        return { mount, confirmed: true };
    }
    async readLocation(location, prefix, now) {
        const { mount, confirmed } = await this.mount(location);
        const base = location.slice(mount.length);
        const gate = (0,_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .limiter */ .T)(this.settings.concurrency);
        const secrets = [];
        const unreadablePaths = [];
        let folders = 0;
        let missing = false;
        const metadataPath = (folder, key) => `${urlPath(mount)}/metadata/${urlPath(base, folder, ...(key ? [key] : []))}`;
        const readSecret = async (folder, key) => {
            let parsed;
            try {
                // Checked when the gate lets it through: a read queued behind a slow folder starts no request after the limit.
                const answer = await gate(async () => (this.http.pastDeadline() ? undefined : this.call('GET', metadataPath(folder, key))));
                if (!answer) {
                    unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} was not read: the run's time limit was reached` });
                    return;
                }
                parsed = metadataSchema.safeParse(answer.body);
            }
            catch (err) {
                if (isEmptyPath(err))
                    return; // deleted since the listing
                unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} could not be read: ${cause(err)}` });
                return;
            }
            if (!parsed.success) {
                unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} is not what Vault KV v2 answers` });
                return;
            }
            const meta = parsed.data.data;
            const unusable = vaultUnusable(meta, now);
            const updatedAt = isoTime(meta.updated_time);
            const expiresAt = meta.custom_metadata?.expires_at;
            secrets.push({
                path: folder,
                key,
                version: meta.current_version,
                ...(updatedAt ? { updatedAt } : {}),
                ...(expiresAt !== undefined ? { expiresAt } : {}),
                ...(unusable ? { unusable } : {}),
            });
        };
        // Throws only for the root; a sub-tree that fails is unreadable, never empty.
        const walk = async (folder) => {
            let keys;
            try {
                const listed = await gate(async () => (folder !== prefix && this.http.pastDeadline() ? undefined : this.call('GET', `${metadataPath(folder)}/`, { query: { list: 'true' } })));
                if (!listed) {
                    unreadablePaths.push({ path: folder, subtree: true, reason: "not listed: the run's time limit was reached" });
                    return;
                }
                const answer = listSchema.safeParse(listed.body);
                if (!answer.success)
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j('not a listing', 'not-json');
                keys = answer.data.data.keys;
                folders++;
            }
            catch (err) {
                if (isEmptyPath(err)) {
                    if (folder === prefix)
                        missing = true;
                    return;
                }
                if (folder === prefix)
                    throw err;
                unreadablePaths.push({ path: folder, subtree: true, reason: cause(err) });
                return;
            }
            const invalid = keys.filter((key) => !isListableName(key));
            // Counted, never echoed: the name is the server's text.
            if (invalid.length)
                unreadablePaths.push({ path: folder, subtree: false, reason: `the listing holds ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(invalid.length, 'invalid name')} (., .., a / inside or a control character), not requested` });
            await Promise.all(keys.filter(isListableName).map((key) => (key.endsWith('/') ? walk((0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(folder, key.slice(0, -1))) : readSecret(folder, key))));
        };
        const named = { slug: location };
        try {
            await walk(prefix);
        }
        catch (err) {
            if (isUnknownRoute(err) && !confirmed) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`vault:${location}: no KV version 2 secrets engine is mounted at ${mount}${this.settings.namespace ? ` in namespace ${this.settings.namespace}` : ''} (404)`);
            }
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && err.status === 403) {
                return { ...named, status: 'unreadable', reason: `the token may not list vault:${(0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(location, prefix).slice(1)}: permission denied (403)` };
            }
            return { ...named, status: 'unreadable', reason: `vault:${location} could not be listed: ${cause(err)}` };
        }
        if (missing)
            this.ports.logger.warning(`vault:${location}: nothing is stored under ${prefix}`);
        this.ports.logger.info(`vault:${location}: ${secrets.length} secrets in ${folders} folders under ${prefix}`);
        return {
            ...named,
            status: 'ok',
            secrets,
            ...(missing ? { missingFolders: [prefix] } : {}),
            ...(unreadablePaths.length ? { unreadablePaths } : {}),
        };
    }
    /** Only a token this run obtained; best effort, one short attempt. */
    async close() {
        if (!this.ownsToken)
            return;
        try {
            await this.call('POST', 'auth/token/revoke-self', { maxAttempts: 1, timeoutMs: 5000 });
            this.ports.logger.debug('Vault token revoked');
        }
        catch (err) {
            this.ports.logger.debug(`Could not revoke the Vault token: ${cause(err)}`);
        }
    }
}


/***/ })

};

//# sourceMappingURL=264.index.js.map