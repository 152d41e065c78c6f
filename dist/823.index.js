export const id = 823;
export const ids = [823];
export const modules = {

/***/ 27562:
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

/***/ 76803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   j: () => (/* binding */ HttpError)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27562);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94390);
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

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 94390:
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

/***/ 76823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubSecretsSource: () => (/* binding */ GithubSecretsSource)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76803);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63256);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63618);
/** The GitHub Actions secrets read: one listing per column, 100 a page, names and dates only (the API has no values). */





// https://docs.github.com/en/rest/actions/secrets (fixtures in __tests__/fixtures/github/).
const pageSchema = _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
    total_count: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.int().check(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.minimum(0)),
    secrets: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ name: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string(), updated_at: _schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) })),
});
const PER_PAGE = 100;
class GithubSecretsSource {
    settings;
    ports;
    http;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q(`${settings.apiUrl}/`, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            logger: ports.logger,
            headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
        });
    }
    async read(options) {
        const { owner, repo } = this.settings;
        const prefix = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePath */ .Fd)(options.pathPrefix ?? '/');
        const environments = await Promise.all((options.locations ?? ['']).map((location) => this.readLocation(location, prefix)));
        return { source: { kind: 'github-secrets', location: `${owner}/${repo}` }, pathPrefix: prefix, environments };
    }
    async readLocation(environment, prefix) {
        const { owner, repo } = this.settings;
        const where = environment ? `the ${environment} environment of ${owner}/${repo}` : `${owner}/${repo}`;
        const base = `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
        const path = environment ? `${base}/environments/${encodeURIComponent(environment)}/secrets` : `${base}/actions/secrets`;
        const secrets = [];
        try {
            for (let page = 1;; page++) {
                const answer = pageSchema.safeParse((await this.http.json('GET', path, { token: this.settings.token, query: { per_page: String(PER_PAGE), page: String(page) } })).body);
                if (!answer.success)
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j('not a secrets listing', 'not-json');
                for (const s of answer.data.secrets)
                    secrets.push({ path: prefix, key: s.name, ...(s.updated_at ? { updatedAt: new Date(s.updated_at).toISOString() } : {}) });
                if (answer.data.secrets.length < PER_PAGE || secrets.length >= answer.data.total_count)
                    break;
            }
        }
        catch (err) {
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && err.status === 401)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`GitHub rejected ${this.settings.tokenName} (401): it is invalid or expired`);
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j && (err.failure === 'network' || err.failure === 'timeout'))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Cannot reach GitHub at ${new URL(this.settings.apiUrl).host}: ${err.failure === 'timeout' ? 'timed out' : 'network error'}`);
            const status = err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j ? err.status : undefined;
            const reason = status === 403
                ? `${this.settings.tokenName} may not list the secrets of ${where} (403): the workflow's GITHUB_TOKEN cannot; use a fine-grained token with "Secrets: read" or a GitHub App token`
                : status === 404
                    ? `${where} was not found (404), or ${this.settings.tokenName} cannot see it`
                    : `the secrets of ${where} could not be listed (${status ? `HTTP ${status}` : 'an unexpected answer'})`;
            return { slug: environment, status: 'unreadable', reason };
        }
        this.ports.logger.info(`github-secrets:${environment}: ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(secrets.length, 'secret')} in ${where}`);
        return { slug: environment, status: 'ok', secrets };
    }
}


/***/ })

};

//# sourceMappingURL=823.index.js.map