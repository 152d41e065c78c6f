export const id = 5307;
export const ids = [5307];
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

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 35307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ isoOf),
/* harmony export */   j: () => (/* binding */ AwsSource)
/* harmony export */ });
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23609);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85897);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63256);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82467);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82881);
/**
 * The read flow both AWS kinds share: one client per region and profile, one
 * filtered listing per column followed to its last page (an empty page with a
 * NextToken included), the SDK's retries off and the run's own budget on, and
 * the SDK's errors turned into fixed words (never the service's message).
 */





// Error names the AWS SDK gives rejected credentials and denied calls (AWS's common errors).
const BAD_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'IncompleteSignatureException',
    'ExpiredToken',
    'ExpiredTokenException',
    'MissingAuthenticationToken',
    'MissingAuthenticationTokenException',
    'AuthFailure',
]);
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'NotAuthorized']);
/** The error's name when it is a plain identifier (the service's `__type`); never its message. */
const errorName = (err) => {
    const e = err;
    const name = e?.$metadata ? e.name : undefined;
    return name && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name) ? name : undefined;
};
/** The request got no HTTP answer (refused, reset, DNS): a network failure, whatever the SDK wrapped it in. */
const unanswered = (err) => {
    const e = err;
    return !!e && typeof e === 'object' && e.name !== 'CredentialsProviderError' && !e.$metadata?.httpStatusCode;
};
/** A system error's code (ECONNREFUSED), from the error or from Node's own text in the SDK's wrapper of it. */
const systemCode = (err) => {
    const e = err;
    const code = typeof e?.code === 'string' ? e.code : /\b(E[A-Z]{3,20})\b/.exec(e?.message ?? '')?.[1];
    return code && /^E[A-Z0-9_]{1,30}$/.test(code) ? code : undefined;
};
const retryable = (err) => {
    const e = err;
    if (!e || typeof e !== 'object')
        return { retry: false };
    // ThrottlingException and the like: the region's quota, which its scheduler paces.
    if ((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.isThrottlingError)(e))
        return { retry: true, throttled: true };
    return { retry: (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.isTransientError)(e) || unanswered(e) };
};
/** A date the SDK parsed, as ISO 8601; undefined when absent or invalid. */
const isoOf = (date) => (date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined);
class AwsSource {
    service;
    ports;
    clients = new Map();
    budget;
    constructor(service, settings, ports) {
        this.service = service;
        this.ports = ports;
        this.budget = _net_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryBudget */ .Km.forRun(settings, ports.sleep, ports.hosts);
    }
    throttling() {
        return this.budget.throttling();
    }
    async connect(locations) {
        for (const location of locations)
            await this.bind(location);
        this.ports.logger.info(`${this.service.title} (${this.regions().join(', ')}; credentials from the AWS SDK's chain)`);
    }
    regions() {
        return [...new Set([...this.clients.values()].map((b) => b.region))];
    }
    describe() {
        return { kind: this.service.kind, location: this.regions().join(', ') };
    }
    /** The client of a location's region and profile, created once; a missing region stops the run here. */
    async bind(location) {
        const key = `${location.region ?? ''}\u0000${location.profile ?? ''}`;
        const known = this.clients.get(key);
        if (known)
            return known;
        const debug = (...content) => this.ports.logger.debug(`AWS SDK: ${content
            .filter((c) => typeof c === 'string')
            .join(' ')
            .split('\n')[0]}`);
        const logger = { debug: () => { }, info: () => { }, warn: debug, error: debug };
        const client = this.service.newClient({
            ...(location.region ? { region: location.region } : {}),
            ...(location.profile ? { profile: location.profile } : {}),
            logger,
        });
        let region = '';
        try {
            region = (await client.config.region())?.trim() ?? '';
        }
        catch {
            /* no region anywhere in the chain */
        }
        if (!region) {
            client.destroy();
            throw new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('unreachable', `${this.service.title}: no region: AWS_REGION is missing or empty (aws-actions/configure-aws-credentials sets it from its aws-region input); or name one in the column, ${this.service.kind}:…?region=us-east-1`);
        }
        const bound = { client, endpoint: '', region };
        client.middlewareStack.add((next) => async (args) => {
            const r = args.request;
            if (r.hostname)
                bound.endpoint = `${r.hostname}:${r.port ?? (r.protocol === 'http:' ? 80 : 443)}`;
            return next(args);
        }, { step: 'finalizeRequest', name: 'vaultCoverageAuditEndpoint' });
        this.clients.set(key, bound);
        return bound;
    }
    async list(location, { prefix }) {
        const bound = await this.bind(location);
        const column = `${this.service.kind}:${(0,_location_js__WEBPACK_IMPORTED_MODULE_3__/* .formatAwsLocation */ .kV)(location)}`;
        const filter = this.service.filter(location, prefix);
        const secrets = [];
        const folders = new Set();
        const tokens = new Set();
        let pages = 0;
        let next;
        try {
            do {
                const token = next;
                const page = await this.budget.run((signal) => this.service.page(bound.client, filter, token, signal), retryable, {
                    host: `${this.service.title} in ${bound.region}`,
                });
                pages++;
                for (const entry of page.entries) {
                    const rest = this.service.under(entry.name, location);
                    const placed = rest === undefined ? undefined : (0,_location_js__WEBPACK_IMPORTED_MODULE_3__/* .awsIdentity */ .em)(rest);
                    if (!placed)
                        continue;
                    const { path, key } = placed;
                    if (prefix !== '/' && path !== prefix && !path.startsWith(`${prefix}/`))
                        continue;
                    folders.add(path);
                    secrets.push({ path, key, ...entry.meta });
                }
                next = page.next || undefined;
                if (next && tokens.has(next)) {
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('failed', `${column}: the listing handed back a page token it had already given (page ${pages})`);
                }
                if (next)
                    tokens.add(next);
            } while (next);
        }
        catch (err) {
            if (err instanceof _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB)
                throw err;
            throw this.failed(err, column, bound);
        }
        this.ports.logger.info(`${column}: ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(secrets.length, 'secret')} in ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(folders.size, 'folder')} under ${prefix} (${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(pages, 'page')})`);
        return { secrets };
    }
    /** A denied or failing column is unreadable; bad or missing credentials and an unreachable endpoint stop the run. */
    failed(err, column, bound) {
        const { title } = this.service;
        const exhausted = err instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .RetriesExhausted */ .w1 ? err : undefined;
        const last = (exhausted ? exhausted.last : err);
        const gaveUp = exhausted ? `; ${exhausted.message}` : '';
        if (last?.name === 'CredentialsProviderError' && !last.$metadata) {
            return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('auth', `${title}: no credentials in the AWS SDK's chain (environment, shared config and credentials files, web identity, container or instance role): run aws-actions/configure-aws-credentials before this step`);
        }
        const network = last instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .AttemptTimeout */ .FI ? 'timed out' : unanswered(last) ? (systemCode(last) ?? 'no answer') : undefined;
        if (network) {
            // Cut short by the run's deadline, the endpoint did answer before: this column only.
            if (exhausted?.byDeadline)
                return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('failed', `${column} could not be listed (${network})${gaveUp}`);
            return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('unreachable', `Cannot reach ${title} at ${bound.endpoint || `the ${bound.region} endpoint`} (${network})${gaveUp}`);
        }
        if (!last)
            return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('failed', `${column} could not be listed${gaveUp}`);
        const name = errorName(last);
        const status = last.$metadata?.httpStatusCode;
        if (name && BAD_CREDENTIALS.has(name)) {
            return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('auth', `${title} at ${bound.endpoint || bound.region} rejected the credentials (${name}): they are invalid or expired; check what aws-actions/configure-aws-credentials provided`);
        }
        if ((name && DENIED.has(name)) || status === 403) {
            return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('denied', `the credentials may not list ${column}: access denied (${name ?? 'HTTP 403'}); the policy needs ${this.service.permission}`);
        }
        if (name && (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.isThrottlingError)(last))
            return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('throttled', `${column}: throttled (${name})${gaveUp}`);
        const why = name ? `${name}${status ? `, HTTP ${status}` : ''}` : status ? `HTTP ${status}` : 'an unexpected answer';
        return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreFailure */ .kB('failed', `${column} could not be listed (${why})${gaveUp}`);
    }
    async close() {
        for (const bound of this.clients.values())
            bound.client.destroy();
        this.clients.clear();
    }
}


/***/ })

};

//# sourceMappingURL=5307.index.js.map