export const id = 1437;
export const ids = [1437];
export const modules = {

/***/ 85897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FI: () => (/* binding */ AttemptTimeout),
  w1: () => (/* binding */ RetriesExhausted),
  Km: () => (/* binding */ RetryBudget),
  rQ: () => (/* binding */ SharedHosts)
});

;// CONCATENATED MODULE: ./src/net/scheduler.ts
/**
 * One request scheduler per store host: when the store says it is limited
 * (a 429, Vault's rate-limit quota, AWS ThrottlingException, Google
 * RESOURCE_EXHAUSTED), every request to that host is paced. The first throttle
 * sets the pace to what the host just served in a second; each further one
 * cuts it (×0.8) and halves the concurrency, and each answer served raises
 * them again slowly (additive increase, multiplicative decrease), so a run
 * under a sustained quota settles just under it instead of spending attempts.
 * A throttled request is not a failed attempt: it waits its turn again, as
 * long as the run's deadline allows. A leaf.
 */
/** Each further throttle keeps this share of the pace. */
const DECREASE = 0.8;
/** Per second without a throttle, the pace grows by this share of the first measured one. */
const INCREASE = 0.05;
/** Requests in flight to a host before any has been answered. */
const SLOW_START = 4;
/** The window in which served requests measure the host's pace at the first throttle. */
const WINDOW_MS = 1000;
class HostScheduler {
    concurrency;
    now;
    /** Requests per second once the host has throttled; Infinity until then. */
    rate = Infinity;
    /** The pace measured at the first throttle: the additive step is a share of it. */
    measured = 0;
    /**
     * Concurrency, lowered on throttles and raised on answers: from a few, +1 an
     * answer until the first throttle (a slow start, so the requests in flight
     * when a quota first refuses are few), then +1 per window of answers.
     */
    limit;
    running = 0;
    queue = [];
    /** The earliest start of the next paced request. */
    nextStart = 0;
    /** No request starts before this (the host's own Retry-After, or one interval). */
    pausedUntil = 0;
    /** Requests started so far, numbered: a refusal of one started before the last cut is that cut's event. */
    serial = 0;
    cutSerial = 0;
    /** Start times of the requests served within the last window, while the pace is unknown. */
    recent = [];
    /** Throttled answers (each one request the quota refused). */
    throttles = 0;
    /** Time requests spent waiting for the pace, overlapping waits counted once (for the log). */
    waitedMs = 0;
    countedUntil = 0;
    constructor(concurrency, 
    /** The run's clock, which moves on by waits a test's instant sleep did not spend. */
    now = Date.now) {
        this.concurrency = concurrency;
        this.now = now;
        this.limit = Math.min(SLOW_START, concurrency);
    }
    /** Waits for a turn within the concurrency and the pace; undefined when the deadline comes first. */
    async turn(wait) {
        for (;;) {
            await this.slot();
            const now = this.now();
            const at = Math.max(now, this.pausedUntil, Number.isFinite(this.rate) ? this.nextStart : 0);
            if (Number.isFinite(this.rate))
                this.nextStart = at + 1000 / this.rate;
            if (at > now) {
                this.count(now, at);
                if (!(await wait(at - now))) {
                    this.free();
                    return undefined;
                }
                // Throttled again while this one slept: take a new place in the pace.
                if (this.pausedUntil > this.now()) {
                    this.free();
                    continue;
                }
            }
            return this.started(this.now(), ++this.serial);
        }
    }
    started(startedAt, serial) {
        let ended = false;
        const end = () => {
            if (ended)
                return false;
            ended = true;
            this.free();
            return true;
        };
        return {
            served: () => {
                if (!end())
                    return;
                this.limit = Math.min(this.concurrency, this.limit + (this.measured === 0 ? 1 : 1 / this.limit));
                if (Number.isFinite(this.rate))
                    this.rate += (INCREASE * this.measured) / this.rate;
                else {
                    const now = this.now();
                    this.recent.push(startedAt);
                    if (this.recent.length > 64 && this.recent[0] < now - WINDOW_MS)
                        this.recent = this.recent.filter((t) => t >= now - WINDOW_MS);
                }
            },
            throttled: (waitMs, announced) => {
                if (!end())
                    return;
                this.throttles++;
                const now = this.now();
                if (!announced && serial > this.cutSerial) {
                    if (Number.isFinite(this.rate))
                        this.rate = Math.max(0.1, this.rate * DECREASE);
                    else {
                        // What the host served in the last window, over that window or the wait it asks (a minute's
                        // quota says 60 s), is what it allows.
                        const served = this.recent.filter((t) => t >= now - WINDOW_MS).length;
                        this.measured = Math.max(0.1, (1000 * Math.max(1, served)) / Math.max(WINDOW_MS, waitMs ?? 0));
                        this.rate = this.measured;
                        this.recent = [];
                    }
                    this.limit = Math.max(1, this.limit / 2);
                    this.cutSerial = this.serial;
                }
                this.pausedUntil = Math.max(this.pausedUntil, now + (waitMs ?? (Number.isFinite(this.rate) ? 1000 / this.rate : WINDOW_MS)));
                this.nextStart = Math.max(this.nextStart, this.pausedUntil);
            },
        };
    }
    async slot() {
        while (this.running >= Math.floor(this.limit))
            await new Promise((resolve) => this.queue.push(resolve));
        this.running++;
    }
    free() {
        this.running--;
        this.queue.shift()?.();
    }
    count(from, to) {
        this.waitedMs += Math.max(0, to - Math.max(from, this.countedUntil));
        this.countedUntil = Math.max(this.countedUntil, to);
    }
}

;// CONCATENATED MODULE: ./src/net/budget.ts
/**
 * The run's retry rules, one implementation for every store: each attempt has
 * a timeout, the waits between attempts share one budget, and every attempt and
 * wait ends by the run's deadline. HttpClient runs its requests through it; the
 * SDK-driven stores (AWS, Azure) wrap their SDK calls in it, the SDK's own
 * retries off. Requests to one host take turns through its HostScheduler.
 */

/**
 * One scheduler (and one route pacer) per host for a whole process: an org
 * run's fifty targets on one Infisical stay, together, under its limits. A
 * single run never needs it: its clients own their hosts.
 */
class SharedHosts {
    schedulers = new Map();
    /** By host: whatever pacer its clients use (net/http.ts keeps its RatePacer here). */
    pacers = new Map();
}
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
/**
 * What a sleep did not spend in real time: all of it when it returned well
 * before its time (a test's instant sleep), else nothing — a timer that fires
 * a millisecond early thousands of times must not move the run's clock ahead.
 */
const unspent = (asked, slept) => (slept < asked - 10 ? asked - slept : 0);
class RetryBudget {
    rules;
    /** The budget of a store's whole read: its NetworkSettings and the run's sleep. */
    static forRun(network, sleep, shared) {
        return new RetryBudget({
            timeoutMs: network.timeoutMs,
            maxWaitMs: network.maxWaitMs,
            deadlineMs: network.runTimeoutMs,
            sleep,
            ...(shared ? { shared } : {}),
        });
    }
    waitedMs = 0;
    /** Where the waits outside attempts reach on the run's clock (overlapping ones are charged once). */
    outsideUntil = 0;
    /** Waits asked for but not spent in real time (a test's instant sleep): still counted against the deadline. */
    unslept = 0;
    startedAt = Date.now();
    /** Attempts made, for request counts. */
    attempts = 0;
    /** One scheduler per host this budget's requests go to. */
    hosts = new Map();
    constructor(rules) {
        this.rules = rules;
    }
    /** The scheduler of `host`, created on first use with `concurrency` as its ceiling. */
    scheduler(host, concurrency = 16) {
        let scheduler = this.hosts.get(host);
        if (!scheduler) {
            const shared = this.rules.shared?.schedulers;
            scheduler = shared?.get(host) ?? new HostScheduler(concurrency, () => this.now());
            shared?.set(host, scheduler);
            this.hosts.set(host, scheduler);
        }
        return scheduler;
    }
    /** The hosts that throttled this run: how often, and the time their pace cost (for one log line per store). */
    throttling() {
        return [...this.hosts].filter(([, s]) => s.throttles > 0).map(([host, s]) => ({ host, throttles: s.throttles, waitedMs: s.waitedMs }));
    }
    /**
     * A wait another library sleeps (Octokit's throttling plugin): charged to
     * the wait budget when it and the run's time allow it; false when not.
     */
    charge(ms) {
        if (ms > this.rules.maxWaitMs - this.waitedMs || ms >= this.remainingMs())
            return false;
        this.waitedMs += ms;
        return true;
    }
    /** Why the last wait for a host's pace was refused. */
    refusedPace = { why: '', byDeadline: false };
    /**
     * A wait for the host's pace: bounded by the run's time, not by the retry
     * wait budget (a quota is waited out for as long as the run may last).
     * Without a deadline, the wait budget bounds it instead.
     */
    async waitPaced(ms) {
        if (!Number.isFinite(this.rules.deadlineMs)) {
            if (ms > this.rules.maxWaitMs - this.waitedMs) {
                this.refusedPace = {
                    why: `the next retry (in ${Math.ceil(ms / 1000)} s) would exceed the retry budget of ${Math.round(this.rules.maxWaitMs / 1000)} s`,
                    byDeadline: false,
                };
                return false;
            }
            this.waitedMs += ms;
        }
        else if (ms >= this.remainingMs()) {
            this.refusedPace = { why: this.deadline, byDeadline: true };
            return false;
        }
        const started = Date.now();
        await this.rules.sleep(ms);
        this.unslept += unspent(ms, Date.now() - started);
        return true;
    }
    remainingMs() {
        return this.rules.deadlineMs - (Date.now() - this.startedAt + this.unslept);
    }
    /** The run's clock: real time plus the waits a test's instant sleep did not spend. */
    now() {
        return Date.now() + this.unslept;
    }
    /**
     * A wait outside any attempt (pacing on a server's announced rate limit):
     * spent from the same wait budget and within the run's time, or refused.
     */
    async waitOutside(ms) {
        // Requests waiting out the same window together spend its time once, from the budget and on the clock.
        const until = this.now() + ms;
        const charge = Math.max(0, until - Math.max(this.now(), this.outsideUntil));
        if (charge > this.rules.maxWaitMs - this.waitedMs || ms >= this.remainingMs())
            return false;
        this.waitedMs += charge;
        this.outsideUntil = Math.max(this.outsideUntil, until);
        await this.rules.sleep(ms);
        // A test's instant sleep: the run's clock moves on to the end of the wait (once for overlapping waits).
        const left = until - this.now();
        if (left > 10)
            this.unslept += left;
        return true;
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
     * `call.host`: the attempts take turns through that host's scheduler.
     */
    async run(attempt, verdict, call = {}) {
        const maxAttempts = call.maxAttempts ?? this.rules.maxAttempts ?? 6;
        const timeoutMs = call.timeoutMs ?? this.rules.timeoutMs;
        const scheduler = call.host === undefined ? undefined : this.scheduler(call.host);
        /** The last refusal for the quota: what the deadline cut short, when it does. */
        let throttledBy;
        for (let n = 1;; n++) {
            const remaining = this.remainingMs();
            if (remaining <= 0)
                throw new RetriesExhausted(throttledBy, this.deadline, true);
            const turn = scheduler ? await scheduler.turn((ms) => this.waitPaced(ms)) : undefined;
            if (scheduler && !turn)
                throw new RetriesExhausted(throttledBy, this.refusedPace.why, this.refusedPace.byDeadline);
            const attemptMs = Math.min(timeoutMs, remaining);
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(new AttemptTimeout(attemptMs)), attemptMs);
            let failure;
            try {
                this.attempts++;
                const result = await attempt(controller.signal);
                turn?.served();
                return result;
            }
            catch (err) {
                failure = controller.signal.aborted ? new AttemptTimeout(attemptMs) : err;
            }
            finally {
                clearTimeout(timer);
            }
            // Cut short by the deadline rather than timed out: nothing to report but the deadline.
            if (failure instanceof AttemptTimeout && attemptMs < timeoutMs) {
                turn?.served();
                throw new RetriesExhausted(throttledBy, this.deadline, true);
            }
            const judged = failure instanceof AttemptTimeout ? { retry: true } : verdict(failure);
            if (judged.retry && judged.throttled && turn) {
                // The quota's refusal: no attempt spent; the scheduler decides when it goes again.
                turn.throttled(judged.waitMs, judged.announced);
                throttledBy = failure;
                call.onRetry?.(judged.waitMs ?? 0, failure);
                n--;
                continue;
            }
            turn?.served();
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
            this.unslept += unspent(wait, Date.now() - sleepStarted);
        }
    }
}


/***/ }),

/***/ 32426:
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

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 11437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureSource: () => (/* binding */ AzureSource)
/* harmony export */ });
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39907);
/* harmony import */ var _azure_keyvault_secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79336);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85897);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63256);
/* harmony import */ var _net_retry_after_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32426);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82467);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86259);
/* harmony import */ var _net_loopback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71830);
/**
 * The Azure Key Vault read flow, metadata only: per column one
 * `listPropertiesOfSecrets` walked page by page (25 a page, the service's
 * size), never `getSecret`, which returns values. The SDK's own retries are
 * off; a pipeline policy applies the run's budget to every request instead
 * (429 with Retry-After, 5xx and network errors), the token challenge inside.
 */








/** An answer the budget may retry (429, 5xx), held so the last one can be reported. */
class RetryableAnswer extends Error {
    response;
    name = 'RetryableAnswer';
    constructor(response) {
        super(`HTTP ${response.status}`);
        this.response = response;
    }
}
const RETRYABLE = new Set([429, 500, 502, 503, 504]);
/** A failure without an HTTP answer: Azure's REQUEST_SEND_ERROR, or a system error's code. */
const networkCode = (err) => {
    const e = err;
    if (!e || typeof e !== 'object' || e.statusCode !== undefined)
        return undefined;
    if (e.code && /^E[A-Z0-9_]{2,30}$/.test(e.code))
        return e.code;
    return e.name === 'RestError' && e.code === 'REQUEST_SEND_ERROR' ? 'the request could not be sent' : undefined;
};
const verdict = (err) => {
    if (err instanceof RetryableAnswer) {
        const waitMs = err.response.status === 429 ? (0,_net_retry_after_js__WEBPACK_IMPORTED_MODULE_4__/* .retryAfterMs */ .V)(err.response.headers) : undefined;
        return { retry: true, throttled: err.response.status === 429, ...(waitMs !== undefined ? { waitMs } : {}) };
    }
    return { retry: networkCode(err) !== undefined };
};
/** The service's error code when it is a plain identifier (`Forbidden`); never its message. */
const serviceCode = (err) => {
    const code = err?.code;
    return code && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(code) ? ` ${code}` : '';
};
class AzureSource {
    ports;
    budget;
    credential;
    clients = new Map();
    constructor(settings, ports) {
        this.ports = ports;
        this.budget = _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryBudget */ .Km.forRun(settings, ports.sleep, ports.hosts);
    }
    throttling() {
        return this.budget.throttling();
    }
    async connect(locations) {
        // The SDK reads AZURE_AUTHORITY_HOST itself; it is read here only to learn whether it is a local emulator.
        const authority = process.env.AZURE_AUTHORITY_HOST;
        const local = authority ? (0,_net_loopback_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopbackHost */ .c)(new URL(authority).hostname) : false;
        const credentialOptions = local ? { disableInstanceDiscovery: true } : {};
        this.credential = new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .DefaultAzureCredential */ .gv(credentialOptions);
        for (const { vault } of locations)
            if (!this.clients.has(vault))
                this.clients.set(vault, this.client(vault));
        this.ports.logger.info(`Azure Key Vault (${[...this.clients.keys()].map((v) => new URL(v).host).join(', ')}; credentials from DefaultAzureCredential)`);
    }
    describe() {
        return { kind: 'azure-kv', location: [...this.clients.keys()].join(', ') };
    }
    client(vault) {
        const policy = {
            name: 'vaultCoverageAuditRetryBudget',
            sendRequest: (request, next) => this.budget.run(async (signal) => {
                const outer = request.abortSignal;
                request.abortSignal = outer ? AbortSignal.any([outer, signal]) : signal;
                const response = await next(request);
                if (RETRYABLE.has(response.status))
                    throw new RetryableAnswer(response);
                return response;
            }, verdict, { host: new URL(request.url).host }),
        };
        return new _azure_keyvault_secrets__WEBPACK_IMPORTED_MODULE_1__/* .SecretClient */ ._V(vault, this.credential, {
            retryOptions: { maxRetries: 0 },
            additionalPolicies: [{ policy, position: 'perCall' }],
            // A local emulator's challenge names a resource that is not its own host; real Azure never gets this.
            ...((0,_net_loopback_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopbackHost */ .c)(new URL(vault).hostname) ? { disableChallengeResourceVerification: true } : {}),
        });
    }
    // No folders: a column's secrets sit at the path prefix, so a prefix naming one folder of another store lines up.
    async list(location, { prefix }) {
        const { vault, prefix: namePrefix } = location;
        const client = this.clients.get(vault);
        const column = `azure-kv:${(0,_location_js__WEBPACK_IMPORTED_MODULE_6__/* .formatAzureLocation */ .m)(location)}`;
        const secrets = [];
        let pages = 0;
        try {
            for await (const page of client.listPropertiesOfSecrets().byPage()) {
                pages++;
                for (const p of page) {
                    if (!p.name.startsWith(namePrefix) || p.name.length === namePrefix.length)
                        continue;
                    const updatedAt = p.updatedOn && !Number.isNaN(p.updatedOn.getTime()) ? p.updatedOn.toISOString() : undefined;
                    const expiresAt = p.expiresOn && !Number.isNaN(p.expiresOn.getTime()) ? p.expiresOn.toISOString() : undefined;
                    secrets.push({
                        path: prefix,
                        key: p.name.slice(namePrefix.length),
                        ...(updatedAt ? { updatedAt } : {}),
                        ...(expiresAt ? { expiresAt } : {}),
                        // Switched off: listed, never healthy presence.
                        ...(p.enabled === false ? { unusable: { state: 'disabled', reason: 'disabled' } } : {}),
                    });
                }
            }
        }
        catch (err) {
            throw this.failed(err, vault, column);
        }
        const off = secrets.filter((s) => s.unusable).length;
        this.ports.logger.info(`${column}: ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(secrets.length, 'secret')}${off ? ` (${off} disabled)` : ''} (${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(pages, 'page')})`);
        return { secrets };
    }
    /** A denied or failing column is unreadable; missing or rejected credentials and an unreachable vault stop the run. */
    failed(err, vault, column) {
        const host = new URL(vault).host;
        const exhausted = err instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .RetriesExhausted */ .w1 ? err : undefined;
        const last = (exhausted ? exhausted.last : err);
        const gaveUp = exhausted ? `; ${exhausted.message}` : '';
        if (last?.name === 'CredentialUnavailableError' || last?.name === 'AggregateAuthenticationError') {
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', "Azure Key Vault: no credentials in DefaultAzureCredential's chain (environment, workload identity, managed identity, Azure CLI): run azure/login before this step");
        }
        if (last?.name === 'AuthenticationError') {
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', 'Azure Key Vault: Microsoft Entra ID refused the credentials: they are invalid or expired; check what azure/login (or AZURE_CLIENT_ID, AZURE_TENANT_ID) provided');
        }
        const network = last instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .AttemptTimeout */ .FI ? 'timed out' : networkCode(last);
        if (network) {
            // Cut short by the run's deadline, the vault did answer before: this column only.
            if (exhausted?.byDeadline)
                return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('failed', `${column} could not be listed (${network})${gaveUp}`);
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('unreachable', `Cannot reach Azure Key Vault at ${host} (${network})${gaveUp}`);
        }
        if (!last)
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('failed', `${column} could not be listed${gaveUp}`);
        const status = last instanceof RetryableAnswer ? last.response.status : last.statusCode;
        if (status === 401)
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', `Azure Key Vault at ${host} rejected the token (401${serviceCode(last)}): the identity is not one this vault's tenant knows`);
        if (status === 403) {
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('denied', `the credentials may not list ${column}: forbidden (403${serviceCode(last)}); the role needs Microsoft.KeyVault/vaults/secrets/readMetadata/action`);
        }
        if (status === 429)
            return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('throttled', `${column}: throttled (429)${gaveUp}`);
        return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('failed', `${column} could not be listed (${status ? `HTTP ${status}` : 'an unexpected answer'}${serviceCode(last)})${gaveUp}`);
    }
    async close() {
        /* the clients hold no token of this run's to give back; their sockets close with the process */
    }
}


/***/ })

};

//# sourceMappingURL=1437.index.js.map