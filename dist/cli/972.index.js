export const id = 972;
export const ids = [972];
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

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InfisicalSource: () => (/* binding */ InfisicalSource)
});

// EXTERNAL MODULE: ./src/schema.ts + 14 modules
var schema = __webpack_require__(3618);
// EXTERNAL MODULE: ./src/audit/inventory.ts
var audit_inventory = __webpack_require__(2363);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(3256);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(813);
;// CONCATENATED MODULE: ./src/sources/infisical/errors.ts
/** What Infisical's failures mean, in words a user can act on. The HTTP client stays provider-neutral. */

const isRouteNotFound = (err) => err instanceof http/* HttpError */.j && err.status === 404 && /^Route \w+:/.test(err.body?.message ?? '');
const isNotMember = (err) => err instanceof http/* HttpError */.j && err.status === 403 && /not a member/i.test(`${err.body?.error ?? ''} ${err.body?.message ?? ''}`);
/** The October 2024 server answers an unknown project id or slug with 500 "Failed to find project…" (fixture 54). */
const isProjectNotFound = (status, body) => status === 500 && /failed to find project/i.test(`${body?.error ?? ''} ${body?.message ?? ''}`);
const isAuthExpired = (err) => err instanceof http/* HttpError */.j && (err.status === 401 || (err.status === 403 && err.body?.error === 'TokenError'));
/**
 * A redirect or an HTML page where Infisical should answer JSON is almost
 * always Cloudflare Access (or another proxy) in front of the server: say so.
 */
function withHint(err) {
    if (!(err instanceof http/* HttpError */.j))
        return err;
    let hint;
    if (err.failure === 'redirect') {
        const location = err.detail?.location ?? '';
        let host = '';
        try {
            host = new URL(location, 'http://x').host;
        }
        catch {
            /* no usable location */
        }
        hint = /cloudflareaccess\.com$/.test(host) || location.includes('/cdn-cgi/access/')
            ? 'Cloudflare Access is asking for a login: set the CF Access service token (client id and secret)'
            : 'a proxy or a wrong host is in front of Infisical';
    }
    else if (err.failure === 'not-json' && err.detail?.html) {
        hint = 'Cloudflare Access (or another proxy) answered instead of Infisical; check the CF Access headers and the host';
    }
    if (!hint)
        return err;
    // Keep "; gave up: …" after the hint, where it was.
    const [head, ...rest] = err.message.split('; gave up: ');
    const message = `${head}: ${hint}${rest.length ? `; gave up: ${rest.join('; gave up: ')}` : ''}`;
    return new http/* HttpError */.j(message, err.failure, err.status, err.body, err.detail);
}
function loginCause(err, host, auth) {
    if (err.failure === 'network' || err.failure === 'timeout')
        return `cannot reach ${host}: ${err.message}`;
    if (err.failure === 'not-json' || err.failure === 'redirect')
        return err.message;
    if (auth.method === 'oidc') {
        const who = `machine identity ${auth.identityId}`;
        if (err.status === 401)
            return `Infisical refused the workflow's OIDC token for ${who} (401): its OIDC Auth must allow the token's audience${auth.audience ? ` (${auth.audience})` : ''} and issuer (https://token.actions.githubusercontent.com)`;
        if (err.status === 403)
            return `Infisical refused the workflow's OIDC token for ${who} (403): its OIDC Auth must allow this repository's subject (repo:OWNER/REPO:…) and claims`;
        if (err.status === 404)
            return `${who} has no OIDC Auth on ${host} (404), or does not exist: configure OIDC Auth on it`;
        return err.message;
    }
    if (err.status === 401) {
        return "Infisical refused the client id or secret (401); check the machine identity's Universal Auth credentials";
    }
    if (err.status === 404)
        return `${host} has no Universal Auth login route (404): is the host an Infisical server?`;
    return err.message;
}
function unreadableReason(err, env, prefix) {
    // Fixed words and the status: a server's own text is never carried into a report.
    if (err.status === 403)
        return `permission denied (403); grant describeSecret on ${prefix} in ${env}`;
    if (err.status === 404)
        return `not found (404): no environment ${env} or no folder ${prefix} there`;
    return err.message;
}

;// CONCATENATED MODULE: ./src/sources/infisical/gaps.ts
/**
 * Where one environment lacks what others hold: the places the read flow
 * looks at again (imports, permissions, missing folders), so its extra
 * requests stay bounded by the folders that would otherwise report missing rows.
 */

const readable = (inventory) => inventory.environments.filter((e) => e.status === 'ok');
/** For each readable environment: folder → keys that another readable environment holds there and this one does not. */
function absentByFolder(inventory) {
    const envs = readable(inventory);
    const held = new Map(envs.map((e) => [e.slug, new Set(e.secrets.map((s) => (0,audit_inventory/* identityKey */.US)(s.path, s.key)))]));
    const out = new Map();
    for (const env of envs) {
        const mine = held.get(env.slug);
        const folders = new Map();
        for (const other of envs) {
            if (other === env)
                continue;
            for (const secret of other.secrets) {
                if (mine.has((0,audit_inventory/* identityKey */.US)(secret.path, secret.key)))
                    continue;
                let keys = folders.get(secret.path);
                if (!keys)
                    folders.set(secret.path, (keys = new Set()));
                keys.add(secret.key);
            }
        }
        if (folders.size)
            out.set(env.slug, folders);
    }
    return out;
}
/** Folders under (and including) `top` that hold secrets in another readable environment, each with its ancestors down to `top`. */
function populatedElsewhere(inventory, slug, top) {
    const inside = (path) => path === top || top === '/' || path.startsWith(`${top}/`);
    const folders = new Set();
    for (const env of readable(inventory)) {
        if (env.slug === slug)
            continue;
        for (const path of new Set(env.secrets.map((s) => s.path))) {
            for (let p = path; inside(p); p = (0,audit_inventory/* parentPath */.yl)(p)) {
                folders.add(p);
                if (p === top || p === '/')
                    break;
            }
        }
    }
    return [...folders].sort();
}

;// CONCATENATED MODULE: ./src/sources/infisical/listing.ts
/**
 * The parse boundary: the one place an Infisical answer becomes metadata.
 * Older servers ignore viewSecretValue and send every value; here each item is
 * copied field by field, so nothing else (secretValue above all) survives,
 * except an expiry companion's date.
 */

const HIDDEN_MASK = '<hidden-by-infisical>';
/**
 * The metadata of one listed secret, or the name of its first bad field.
 * Hand-written rather than zod: it runs once per secret per environment
 * (60,000 times for a large vault), where a schema parse cost ~45 ms and as
 * much again in garbage collection.
 */
function listedMeta(item) {
    if (!item || typeof item !== 'object')
        return '(item): expected an object';
    const { secretKey, secretPath, version, type, updatedAt } = item;
    if (typeof secretKey !== 'string')
        return 'secretKey: expected a string';
    // Without its folder an item cannot be placed: filing it under the prefix would invent drift.
    if (typeof secretPath !== 'string')
        return 'secretPath: expected a string';
    if (typeof version !== 'number')
        return 'version: expected a number';
    if (type !== undefined && typeof type !== 'string')
        return 'type: expected a string';
    if (typeof updatedAt !== 'string')
        return 'updatedAt: expected a string';
    return { secretKey, secretPath, version, type, updatedAt };
}
/** The listing's secrets array, as sent (a schema would copy all of it); items are checked one by one. */
function listedItems(body) {
    const secrets = body?.secrets;
    if (!Array.isArray(secrets))
        throw new http/* HttpError */.j('unexpected listing shape: no secrets array', 'status');
    return secrets;
}
/**
 * The listing's `imports[]`, metadata only. Imported items come without
 * `secretPath`, `createdAt` and `updatedAt` (no date is invented) and, on
 * older servers, with their values: only key, version and type are copied.
 */
function listedImports(body) {
    const imports = body?.imports;
    if (imports === undefined)
        return [];
    if (!Array.isArray(imports))
        throw new http/* HttpError */.j('unexpected listing shape: imports is not a list', 'status');
    return imports.map((entry, i) => {
        const { environment, secretPath, secrets } = (entry ?? {});
        if (typeof environment !== 'string' || typeof secretPath !== 'string' || !Array.isArray(secrets)) {
            throw new http/* HttpError */.j(`unexpected listing shape at imports[${i}]: expected environment, secretPath and secrets`, 'status');
        }
        const keys = [];
        for (const item of secrets) {
            const { secretKey, version, type } = (item ?? {});
            if (typeof secretKey !== 'string' || (type !== undefined && type !== 'shared'))
                continue;
            keys.push({ key: secretKey, ...(typeof version === 'number' ? { version } : {}) });
        }
        return { environment, secretPath, keys };
    });
}
/** A companion's date text, if the server sent a real value (never the hidden mask). */
function companionDate(item) {
    if (!item || typeof item !== 'object')
        return undefined;
    const { secretValue, secretValueHidden } = item;
    if (secretValueHidden === true || typeof secretValue !== 'string' || secretValue === HIDDEN_MASK)
        return undefined;
    return secretValue;
}

;// CONCATENATED MODULE: ./src/sources/infisical/routes.ts
const SECRET_ROUTES = {
    current: { list: '/api/v4/secrets', one: (name) => `/api/v4/secrets/${encodeURIComponent(name)}`, project: 'projectId' },
    legacy: { list: '/api/v3/secrets/raw', one: (name) => `/api/v3/secrets/raw/${encodeURIComponent(name)}`, project: 'workspaceId' },
};
/** Current servers list folders recursively; older ones list one folder's children. */
const FOLDER_ROUTES = {
    current: { path: '/api/v2/folders', project: 'projectId', recursive: true },
    legacy: { path: '/api/v1/folders', project: 'workspaceId', recursive: false },
};
/** Projects: /api/v1/projects answers {project}; older servers only have /api/v1/workspace, answering {workspace}. */
const PROJECT_ROUTES = {
    current: { path: (id) => `/api/v1/projects/${encodeURIComponent(id)}`, field: 'project' },
    legacy: { path: (id) => `/api/v1/workspace/${encodeURIComponent(id)}`, field: 'workspace' },
};
/** A project by slug: current servers at /api/v1/projects/slug/{slug}, older ones at /api/v2/workspace/{slug}; both unwrapped. */
const PROJECT_SLUG_ROUTES = {
    current: (slug) => `/api/v1/projects/slug/${encodeURIComponent(slug)}`,
    legacy: (slug) => `/api/v2/workspace/${encodeURIComponent(slug)}`,
};
/** Project ids are UUIDs; anything else given as the project is a slug. */
const isProjectId = (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
/** One recursive listing's query, values not asked for. */
const listQuery = (environment, secretPath, recursive = true) => ({
    environment,
    secretPath,
    recursive: String(recursive),
    viewSecretValue: 'false',
    expandSecretReferences: 'false',
    // Secrets that reach a folder through an import are present there: the listing says which folders are imported.
    include_imports: String(recursive),
});
/** A folder's import configuration: which folders it imports (the listing's imports[] does not say who imports). */
const SECRET_IMPORTS_ROUTE = '/api/v1/secret-imports';

;// CONCATENATED MODULE: ./src/sources/infisical/session.ts
/**
 * An Infisical session: a login (Universal Auth, OIDC Auth with the workflow's
 * token, or an access token given as is), authenticated GETs with one re-login
 * on a refused token, and a revoke of a token this session obtained.
 */




const loginSchema = schema.z.object({ accessToken: schema.z.string().check(schema.z.minLength(1)) });
class Session {
    settings;
    ports;
    http;
    token = '';
    /** Whether this session obtained the token (and so may revoke it). */
    ownsToken = false;
    relogin;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.http = new http/* HttpClient */.Q(settings.host, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            logger: ports.logger,
            headers: settings.headers,
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
            isPermanent: isProjectNotFound,
        });
    }
    async login() {
        const auth = this.settings.auth;
        if (auth.method === 'token') {
            // Issued elsewhere: used as is, and never revoked (it is not this run's to end).
            this.token = auth.token;
            return;
        }
        const [path, body] = auth.method === 'oidc'
            ? ['/api/v1/auth/oidc-auth/login', { identityId: auth.identityId, jwt: await this.workflowToken(auth.audience) }]
            : ['/api/v1/auth/universal-auth/login', { clientId: auth.clientId, clientSecret: auth.clientSecret }];
        let response;
        try {
            response = await this.http.json('POST', path, { body });
        }
        catch (err) {
            const explained = withHint(err);
            if (explained instanceof http/* HttpError */.j)
                throw new errors/* FatalError */.HX(`Failed to obtain Infisical auth token: ${loginCause(explained, this.settings.host, auth)}`);
            throw err;
        }
        const parsed = loginSchema.safeParse(response.body);
        if (!parsed.success) {
            throw new errors/* FatalError */.HX(`Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`);
        }
        this.token = parsed.data.accessToken;
        this.ownsToken = true;
        this.ports.mask?.(this.token);
    }
    /** The workflow's OIDC token (GitHub's runner issues it), masked before anything else happens. */
    async workflowToken(audience) {
        if (!this.ports.idToken) {
            throw new errors/* FatalError */.HX('Failed to obtain Infisical auth token: OIDC Auth needs the workflow\'s OIDC token, which only the GitHub Action has; from the command line use INFISICAL_TOKEN or Universal Auth');
        }
        let jwt;
        try {
            jwt = await this.ports.idToken(audience);
        }
        catch {
            throw new errors/* FatalError */.HX('Failed to obtain Infisical auth token: the workflow gave no OIDC token; add `permissions: id-token: write` to the job');
        }
        this.ports.mask?.(jwt);
        return jwt;
    }
    /** An authenticated GET; on an expired or refused token, log in again once and retry. Errors carry Infisical's hints. */
    async get(path, query) {
        try {
            try {
                return (await this.http.json('GET', path, { query, token: this.token })).body;
            }
            catch (err) {
                if (!isAuthExpired(err))
                    throw err;
                // A token given as is cannot be renewed: its refusal is final.
                if (!this.ownsToken) {
                    throw new errors/* FatalError */.HX(`Infisical refused the access token given (infisical-token / INFISICAL_TOKEN, ${err.status}): it may have expired or lack access to the project`);
                }
                this.ports.logger.debug('Access token refused; logging in again');
                this.relogin ??= this.login().finally(() => (this.relogin = undefined));
                await this.relogin;
                return (await this.http.json('GET', path, { query, token: this.token })).body;
            }
        }
        catch (err) {
            throw withHint(err);
        }
    }
    /** Best effort, one short attempt: a failed revoke is a debug line (the token expires on its own). */
    async revoke() {
        if (!this.token || !this.ownsToken)
            return;
        try {
            await this.http.json('POST', '/api/v1/auth/token/revoke', { body: { accessToken: this.token }, token: this.token, maxAttempts: 1, timeoutMs: 5000 });
            this.ports.logger.debug('Access token revoked');
        }
        catch (err) {
            this.ports.logger.debug(`Could not revoke the access token: ${err.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/infisical/source.ts
/**
 * The Infisical read flow: project environments, one recursive listing per
 * environment, companion dates, folder diagnosis. Session handles login and
 * revoke; listing.ts is where values are dropped; routes.ts holds the two API
 * generations, chosen once by the first listing.
 */












/** Requests at once for the per-item reads (companions, import configurations). */
const CONCURRENCY = 8;
const projectSchema = schema.z.object({
    id: schema.z.optional(schema.z.string()),
    name: schema.z.optional(schema.z.string()),
    environments: schema.z.array(schema.z.object({ slug: schema.z.string().check(schema.z.minLength(1)), name: schema.z.optional(schema.z.string()) })),
});
const folderListSchema = schema.z.object({ folders: schema.z.array(schema.z.object({ name: schema.z.string(), relativePath: schema.z.optional(schema.z.string()) })) });
const importConfigSchema = schema.z.object({
    secretImports: schema.z.array(schema.z.object({
        importPath: schema.z.string(),
        importEnv: schema.z.object({ slug: schema.z.string() }),
        isReplication: schema.z.optional(schema.z.nullable(schema.z.boolean())),
        position: schema.z.optional(schema.z.number()),
    })),
});
/** How many rounds of import look-ups at most: a key found through an import can leave another folder short. */
const IMPORT_ROUNDS = 3;
const addUnreadable = (env, part) => {
    ;
    (env.unreadablePaths ??= []).push(part);
};
class InfisicalSource {
    settings;
    ports;
    session;
    /** Chosen by the first listing's answer. */
    routes = SECRET_ROUTES.current;
    foldersApi = 'current';
    /** The project's id: as given, or resolved from the slug given. */
    projectId;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.session = new Session(settings, ports);
        this.projectId = settings.projectId;
    }
    /** The HTTP client, for request counts. */
    get http() {
        return this.session.http;
    }
    async read(options) {
        // Said before any credential is sent: where the credentials go.
        this.ports.logger.info(`Infisical at ${this.settings.host} (${this.settings.auth.method === 'universal' ? 'Universal Auth' : this.settings.auth.method === 'oidc' ? 'OIDC Auth' : 'an access token given'})`);
        for (const notice of this.settings.notices ?? [])
            this.ports.logger.info(notice);
        await this.session.login();
        const project = await this.project();
        const where = `project ${project.name ?? this.projectId}`;
        if (project.environments.length === 0)
            throw new errors/* FatalError */.HX(`${where} has no environments`);
        const environments = (0,source/* selectEnvironments */.f)(project.environments, options.locations, where);
        const prefix = (0,audit_inventory/* normalizePath */.Fd)(options.pathPrefix ?? '/');
        // The first listing finds out which API the server has (on a current server it is the
        // first environment's answer). Then the next environment downloads while the current
        // one is parsed: two listings in memory at most (20,000 secrets are ~8 MB of JSON;
        // three at once pushed peak RSS past 200 MB).
        const settle = (p) => p.then((l) => l, (error) => ({ error }));
        const download = (slug) => settle(this.list(slug, prefix));
        let pending = download(environments[0].slug);
        const listed = [];
        const imported = new Map();
        for (const [i, env] of environments.entries()) {
            const listing = await pending;
            if (i + 1 < environments.length)
                pending = download(environments[i + 1].slug);
            listed.push(this.readEnvironment(env, prefix, options.companionSuffix, listing));
            if (!('error' in listing))
                imported.set(env.slug, listing.imports);
        }
        await this.readCompanions(listed.flatMap((l) => l.hiddenCompanions), prefix);
        const inventory = {
            source: {
                kind: 'infisical',
                location: this.settings.host,
                projectId: this.projectId,
                ...(project.name ? { projectName: project.name } : {}),
            },
            pathPrefix: prefix,
            environments: listed.map((l) => l.environment),
        };
        await this.resolveImports(inventory, imported);
        await this.checkAccess(inventory, prefix);
        await this.diagnoseFolders(inventory, prefix);
        return inventory;
    }
    close() {
        return this.session.revoke();
    }
    get(path, query) {
        return this.session.get(path, query);
    }
    /** A GET on the chosen secrets API, with the project parameter it names. */
    secrets(path, query) {
        return this.get(path, { [this.routes.project]: this.projectId, ...query });
    }
    /**
     * The project, by id or by slug (what Infisical/secrets-action takes): a
     * slug is resolved to the id every later request names. An unknown one says
     * which was tried.
     */
    async project() {
        const given = this.settings.projectId;
        const bySlug = !isProjectId(given);
        const what = bySlug ? `Project slug ${given}` : `Project ${given}`;
        let body;
        let tried = '';
        try {
            const read = async (api) => {
                const path = bySlug ? PROJECT_SLUG_ROUTES[api](given) : PROJECT_ROUTES[api].path(given);
                tried = `GET ${path}`;
                const answer = (await this.get(path, {}));
                return bySlug ? answer : answer?.[PROJECT_ROUTES[api].field];
            };
            try {
                body = await read('current');
            }
            catch (err) {
                if (!isRouteNotFound(err))
                    throw err;
                body = await read('legacy');
            }
        }
        catch (err) {
            if (isNotMember(err)) {
                throw new errors/* FatalError */.HX(`The machine identity is not a member of ${what.toLowerCase()} (403). Add it to the project with a role that can describe secrets.`);
            }
            if (err instanceof http/* HttpError */.j && (err.status === 404 || isProjectNotFound(err.status ?? 0, err.body))) {
                const hint = bySlug ? 'check the slug (or give the project id)' : 'check the project id (a slug works too) and that the machine identity is a member';
                throw new errors/* FatalError */.HX(`${what} not found on ${this.settings.host} (${tried} answered ${err.status}): ${hint}`);
            }
            if (err instanceof http/* HttpError */.j)
                throw new errors/* FatalError */.HX(`Cannot read ${what.toLowerCase()}: ${err.message}`);
            throw err;
        }
        const parsed = projectSchema.safeParse(body);
        if (!parsed.success)
            throw new errors/* FatalError */.HX(`Cannot read ${what.toLowerCase()}: the answer lists no environments`);
        if (bySlug) {
            if (!parsed.data.id)
                throw new errors/* FatalError */.HX(`Cannot read ${what.toLowerCase()}: the answer has no project id`);
            this.projectId = parsed.data.id;
            this.ports.logger.info(`Project slug ${given} is project ${parsed.data.id}`);
        }
        return parsed.data;
    }
    /** One environment's listing, or why it could not be read, as metadata. */
    readEnvironment(env, prefix, suffix, listing) {
        const named = { slug: env.slug, ...(env.name ? { name: env.name } : {}) };
        try {
            if ('error' in listing)
                throw listing.error;
            const raw = listing.items;
            const secrets = [];
            const hiddenCompanions = [];
            const paths = new Map(); // a few hundred folders for tens of thousands of secrets
            for (const [i, item] of raw.entries()) {
                const meta = listedMeta(item);
                if (typeof meta === 'string')
                    throw new http/* HttpError */.j(`unexpected listing shape at secrets[${i}].${meta}`, 'status');
                const { secretKey, secretPath, version, type, updatedAt } = meta;
                if (type !== undefined && type !== 'shared')
                    continue; // personal overrides are not coverage
                const listedPath = secretPath;
                let path = paths.get(listedPath);
                if (path === undefined)
                    paths.set(listedPath, (path = (0,audit_inventory/* normalizePath */.Fd)(listedPath)));
                if (prefix !== '/' && path !== prefix && !path.startsWith(`${prefix}/`))
                    continue;
                const secret = { path, key: secretKey, version, updatedAt };
                if (secretKey.endsWith(suffix)) {
                    const date = companionDate(item);
                    if (date !== undefined)
                        secret.expiresAt = date;
                    else
                        hiddenCompanions.push({ environment: env.slug, secret });
                }
                secrets.push(secret);
            }
            this.ports.logger.info(`${env.slug}: ${(0,plural/* plural */.L)(secrets.length, 'secret')} under ${prefix}`);
            return { environment: { ...named, status: 'ok', secrets }, hiddenCompanions };
        }
        catch (err) {
            if (isNotMember(err))
                throw new errors/* FatalError */.HX(`The machine identity is not a member of project ${this.projectId} (403). Add it to the project with a role that can describe secrets.`);
            if (isAuthExpired(err))
                throw new errors/* FatalError */.HX(`Failed to obtain Infisical auth token: the token was refused again after a new login (${err.status})`);
            if (!(err instanceof http/* HttpError */.j))
                throw err;
            return { environment: { ...named, status: 'unreadable', reason: unreadableReason(err, env.slug, prefix) }, hiddenCompanions: [] };
        }
    }
    /**
     * One recursive listing, values not asked for. The API is decided by the
     * first answer that says so: a route-not-found on the current API switches
     * the table to the legacy one and asks again; a passing failure decides nothing.
     */
    async list(environment, secretPath) {
        try {
            const body = await this.secrets(this.routes.list, listQuery(environment, secretPath));
            return { items: listedItems(body), imports: listedImports(body) };
        }
        catch (err) {
            if (this.routes !== SECRET_ROUTES.current || !isRouteNotFound(err))
                throw err;
            this.ports.logger.debug(`No ${SECRET_ROUTES.current.list} on this server; using ${SECRET_ROUTES.legacy.list}`);
            this.routes = SECRET_ROUTES.legacy;
            return this.list(environment, secretPath);
        }
    }
    /**
     * Companion dates the listings hid (current servers honour viewSecretValue=false).
     * With an expiry tag: one tag-filtered listing per environment (the tag filter
     * applies before the read-value check, so only tagged secrets need readValue).
     * Then one read per companion still hidden, eight at a time across environments.
     * Older servers sent the dates with the listing: no request at all.
     */
    async readCompanions(hidden, prefix) {
        const companions = this.settings.expiryTag ? await this.readTagged(hidden, prefix, this.settings.expiryTag) : hidden;
        const warned = new Set();
        const readOne = async ({ environment, secret }) => {
            const query = { environment, secretPath: secret.path, viewSecretValue: 'true', expandSecretReferences: 'false', type: 'shared' };
            try {
                const body = await this.secrets(this.routes.one(secret.key), query);
                const date = companionDate(body?.secret);
                if (date !== undefined)
                    secret.expiresAt = date;
            }
            catch (err) {
                if (!(err instanceof http/* HttpError */.j))
                    throw err;
                if (!warned.has(environment)) {
                    warned.add(environment);
                    this.ports.logger.warning(`${environment}: cannot read expiry companion dates (${err.status ?? err.failure}); grant readValue on secrets named *__EXPIRES_AT`);
                }
            }
        };
        await (0,pool/* eachConcurrently */.y)(companions, CONCURRENCY, readOne);
    }
    /** Dates from one tag-filtered listing per environment; returns the companions still without one. */
    async readTagged(hidden, prefix, tag) {
        const left = [];
        const environments = [...new Set(hidden.map((h) => h.environment))];
        await Promise.all(environments.map(async (environment) => {
            const mine = hidden.filter((h) => h.environment === environment);
            const wanted = new Map(mine.map((h) => [(0,audit_inventory/* identityKey */.US)(h.secret.path, h.secret.key), h.secret]));
            try {
                // Imports stay out: an imported secret's value is never asked for.
                const query = { ...listQuery(environment, prefix), viewSecretValue: 'true', tagSlugs: tag, include_imports: 'false' };
                for (const item of listedItems(await this.secrets(this.routes.list, query))) {
                    const meta = listedMeta(item);
                    if (typeof meta === 'string')
                        continue;
                    // Only a wanted companion's date is kept; any other tagged value is dropped here.
                    const secret = wanted.get((0,audit_inventory/* identityKey */.US)((0,audit_inventory/* normalizePath */.Fd)(meta.secretPath), meta.secretKey));
                    const date = secret && companionDate(item);
                    if (secret && date !== undefined)
                        secret.expiresAt = date;
                }
            }
            catch (err) {
                if (!(err instanceof http/* HttpError */.j))
                    throw err;
                this.ports.logger.debug(`${environment}: listing companions tagged ${tag} failed (${err.message}); reading them one by one`);
            }
            left.push(...mine.filter((h) => h.secret.expiresAt === undefined));
        }));
        if (left.length)
            this.ports.logger.info(`${left.length} expiry companions are not tagged ${tag}: reading them one by one`);
        return left;
    }
    /**
     * Secret imports: a key that reaches a folder through an import is present
     * there. The listing's imports[] names the imported folders but not who
     * imports them, so each folder that would otherwise miss keys has its import
     * configuration read (one request per such folder and environment). An
     * import whose source the identity cannot read is dropped from imports[] by
     * the server: that folder's absent keys are unknown, never missing.
     */
    async resolveImports(inventory, imported) {
        const checked = new Set();
        for (let round = 0; round < IMPORT_ROUNDS; round++) {
            const todo = [...absentByFolder(inventory)].flatMap(([slug, folders]) => [...folders].filter(([folder]) => !checked.has(`${slug}\u0000${folder}`)).map(([folder, keys]) => ({ slug, folder, keys })));
            if (!todo.length)
                return;
            for (const { slug, folder } of todo)
                checked.add(`${slug}\u0000${folder}`);
            await (0,pool/* eachConcurrently */.y)(todo, CONCURRENCY, async ({ slug, folder, keys }) => {
                const env = inventory.environments.find((e) => e.slug === slug && e.status === 'ok');
                const sources = imported.get(slug) ?? [];
                const config = await this.importConfig(slug, folder);
                if (!config) {
                    // The configuration could not be read: keys some import brings into this environment are unknown here.
                    if (sources.some((s) => s.keys.some((k) => keys.has(k.key)))) {
                        addUnreadable(env, { path: folder, subtree: false, reason: `the identity may not read the secret imports of ${slug}:${folder}` });
                    }
                    return;
                }
                let unreadableSource;
                const have = new Set(env.secrets.filter((s) => s.path === folder).map((s) => s.key));
                // First import wins, in the folder's order; a native secret always wins (it is already held).
                for (const entry of config.filter((c) => !c.isReplication).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))) {
                    const from = `${entry.importEnv.slug}:${(0,audit_inventory/* normalizePath */.Fd)(entry.importPath)}`;
                    const source = sources.find((s) => `${s.environment}:${(0,audit_inventory/* normalizePath */.Fd)(s.secretPath)}` === from);
                    if (!source) {
                        unreadableSource ??= from;
                        continue;
                    }
                    for (const { key, version } of source.keys) {
                        if (have.has(key))
                            continue;
                        have.add(key);
                        env.secrets.push({ path: folder, key, ...(version !== undefined ? { version } : {}), via: from });
                    }
                }
                if (unreadableSource && [...keys].some((k) => !have.has(k))) {
                    addUnreadable(env, { path: folder, subtree: false, reason: `the identity may not read ${unreadableSource}, which ${slug}:${folder} imports` });
                }
            });
        }
    }
    /** One folder's import configuration; undefined when it cannot be read. */
    async importConfig(environment, path) {
        let body;
        try {
            body = await this.get(SECRET_IMPORTS_ROUTE, { [this.routes.project]: this.projectId, environment, path });
        }
        catch (err) {
            if (!(err instanceof http/* HttpError */.j))
                throw err;
            this.ports.logger.debug(`${environment}:${path}: secret imports could not be read (${err.status ?? err.failure})`);
            return undefined;
        }
        const parsed = importConfigSchema.safeParse(body);
        if (!parsed.success)
            this.ports.logger.debug(`${environment}:${path}: secret imports answered an unexpected shape`);
        return parsed.success ? parsed.data.secretImports : undefined;
    }
    /**
     * A recursive listing leaves out what the identity may not read, without an
     * error (an environment denied entirely answers 200 with no secrets). Where
     * an environment lacks a folder others use, one non-recursive listing of it
     * tells: a 403 makes that sub-tree (or the environment) unreadable. Then a
     * prefix that exists in no audited environment stops the run.
     */
    async checkAccess(inventory, prefix) {
        const readable = () => inventory.environments.filter((e) => e.status === 'ok');
        const nothingAnywhere = readable().every((e) => e.secrets.length === 0);
        const gaps = nothingAnywhere ? readable().map((e) => [e.slug, [prefix]]) : [...(0,audit_inventory/* folderGaps */.wn)(inventory)];
        for (const [slug, folders] of gaps) {
            for (const folder of folders) {
                const i = inventory.environments.findIndex((e) => e.slug === slug);
                const env = inventory.environments[i];
                if (env?.status !== 'ok')
                    continue;
                const denied = await this.denied(slug, folder);
                if (!denied)
                    continue;
                const reason = denied === 403 ? `the identity may not read secrets in ${slug}:${folder}` : `${slug}:${folder} could not be checked (${denied})`;
                if (folder === prefix && env.secrets.length === 0) {
                    inventory.environments[i] = { slug: env.slug, ...(env.name ? { name: env.name } : {}), status: 'unreadable', reason };
                }
                else
                    addUnreadable(env, { path: folder, subtree: true, reason });
            }
        }
        if (!nothingAnywhere || prefix === '/' || readable().length === 0)
            return;
        const exists = await Promise.all(readable().map((e) => this.folderExists(e.slug, prefix, [prefix]).then((has) => has(prefix), () => true)));
        if (!exists.some(Boolean)) {
            throw new errors/* FatalError */.HX(`path prefix ${prefix} does not exist in any audited environment (${inventory.environments.map((e) => e.slug).join(', ')})`);
        }
        this.ports.logger.warning(`No secrets under ${prefix} in any audited environment`);
    }
    /** One non-recursive listing: undefined when readable, else the status (or failure) that says why not. */
    async denied(environment, folder) {
        try {
            await this.secrets(this.routes.list, listQuery(environment, folder, false));
            return undefined;
        }
        catch (err) {
            if (!(err instanceof http/* HttpError */.j))
                throw err;
            if (err.status === 404)
                return undefined; // no such folder: readable, and missing
            return err.status ?? err.failure;
        }
    }
    /**
     * Runbook failure mode C: where an environment has nothing under a folder
     * other environments use, ask the folder listing whether the folder exists.
     * Costs nothing when there is no such gap.
     */
    async diagnoseFolders(inventory, prefix) {
        for (const [slug, gaps] of (0,audit_inventory/* folderGaps */.wn)(inventory)) {
            const env = inventory.environments.find((e) => e.slug === slug);
            if (env?.status !== 'ok')
                continue;
            // Every folder under a gap that other environments use: the one really missing may sit deeper.
            const candidates = gaps.flatMap((gap) => (env.unreadablePaths?.some((u) => (0,audit_inventory/* covers */.hU)(u, gap)) ? [] : populatedElsewhere(inventory, slug, gap)));
            if (!candidates.length)
                continue;
            try {
                const exists = await this.folderExists(slug, prefix, candidates);
                // The topmost missing ones: those whose parent exists.
                const missing = candidates.filter((f) => !exists(f) && (candidates.includes((0,audit_inventory/* parentPath */.yl)(f)) ? exists((0,audit_inventory/* parentPath */.yl)(f)) : true));
                if (missing.length)
                    env.missingFolders = missing;
            }
            catch (err) {
                if (!(err instanceof http/* HttpError */.j))
                    throw err;
                this.ports.logger.debug(`${slug}: folder listing failed (${err.message}); folder existence left unknown`);
            }
        }
    }
    async folderExists(environment, prefix, gaps) {
        const routes = () => FOLDER_ROUTES[this.foldersApi];
        if (routes().recursive) {
            const root = prefix === '/' ? '/' : (0,audit_inventory/* parentPath */.yl)(prefix);
            try {
                const body = await this.get(routes().path, { [routes().project]: this.projectId, environment, path: root, recursive: 'true' });
                const known = new Set(folderListSchema.parse(body).folders.map((f) => (0,audit_inventory/* joinPath */.uJ)(root, f.relativePath ?? f.name)));
                return (folder) => folder === '/' || known.has(folder);
            }
            catch (err) {
                if (!isRouteNotFound(err))
                    throw err;
                this.foldersApi = 'legacy';
            }
        }
        // Older servers list direct children only: one call per distinct parent.
        const children = new Map();
        for (const parent of new Set(gaps.map(audit_inventory/* parentPath */.yl))) {
            const body = await this.get(routes().path, { [routes().project]: this.projectId, environment, path: parent });
            children.set(parent, new Set(folderListSchema.parse(body).folders.map((f) => f.name)));
        }
        return (folder) => folder === '/' || (children.get((0,audit_inventory/* parentPath */.yl)(folder))?.has(folder.slice(folder.lastIndexOf('/') + 1)) ?? false);
    }
}


/***/ })

};

//# sourceMappingURL=972.index.js.map