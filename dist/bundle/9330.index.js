export const id = 9330;
export const ids = [9330];
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

/***/ 86679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  j$: () => (/* binding */ HttpError)
});

// UNUSED EXPORTS: commonErrorFields

// EXTERNAL MODULE: ./src/net/budget.ts + 1 modules
var budget = __webpack_require__(85897);
;// CONCATENATED MODULE: ./src/net/rate-pacer.ts
/**
 * Pacing on a server's own budget announcements: `x-ratelimit-limit`,
 * `x-ratelimit-remaining` and `x-ratelimit-reset` (seconds), which
 * @fastify/rate-limit (Infisical) and others send on every answer, per route.
 * A request waits for the window to reset when the route's budget is spent,
 * instead of spending a 429; until a route has answered once, one request at a
 * time goes to it (its budget is unknown), and the last request of a window is
 * left for the next run's first one (runs back to back share the window). A leaf.
 */
class RatePacer {
    now;
    routes = new Map();
    /** A route whose first answer is awaited: the others wait behind it. */
    probing = new Map();
    /** Time spent waiting for budgets, in ms of the run's clock (overlapping waits counted once; for the log). */
    waitedMs = 0;
    countedUntil = 0;
    /** `now`: the caller's clock, which moves on by waits a test's instant sleep did not spend. */
    constructor(now = Date.now) {
        this.now = now;
    }
    /**
     * Waits until `route` has budget, as long as `wait` allows; returns the
     * release to call with the last answer's headers (none on a failure).
     */
    async acquire(route, wait) {
        for (;;) {
            const probe = this.probing.get(route);
            if (probe) {
                await probe;
                continue;
            }
            const budget = this.routes.get(route);
            if (!budget) {
                let done;
                this.probing.set(route, new Promise((resolve) => (done = resolve)));
                return (headers) => {
                    this.learn(route, headers);
                    this.probing.delete(route);
                    done();
                };
            }
            const now = this.now();
            if (now >= budget.resetAt) {
                // A new window: its budget is the limit again (the next answer says exactly).
                budget.remaining = budget.limit;
                budget.resetAt = Infinity;
            }
            // One request of each window is left unspent: the next run's first request (which knows no budget yet) finds it.
            const reserve = budget.limit > 2 ? 1 : 0;
            if (budget.remaining - budget.inFlight > reserve || budget.resetAt === Infinity) {
                budget.inFlight++;
                return (headers) => {
                    budget.inFlight--;
                    this.learn(route, headers);
                };
            }
            const ms = budget.resetAt - now;
            if (!(await wait(ms))) {
                // The budgets do not reach the window's reset: go, and let the answer (a 429) say.
                budget.inFlight++;
                return (headers) => {
                    budget.inFlight--;
                    this.learn(route, headers);
                };
            }
            // Several requests wait out the same window: its time is counted once.
            const until = now + ms;
            this.waitedMs += Math.max(0, until - Math.max(now, this.countedUntil));
            this.countedUntil = Math.max(this.countedUntil, until);
        }
    }
    learn(route, headers) {
        // No answer to learn from (a failure): what was known stays; an unknown route is probed again.
        if (!headers)
            return;
        const limit = Number(headers?.get('x-ratelimit-limit'));
        const remaining = Number(headers?.get('x-ratelimit-remaining'));
        const reset = Number(headers?.get('x-ratelimit-reset'));
        if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset) || limit <= 0) {
            // No announcement: nothing to pace on (an unlimited route stays unlimited).
            if (!this.routes.has(route))
                this.routes.set(route, { remaining: Infinity, limit: Infinity, resetAt: Infinity, inFlight: 0 });
            return;
        }
        const budget = this.routes.get(route);
        const resetAt = this.now() + reset * 1000;
        if (!budget || budget.limit === Infinity) {
            this.routes.set(route, { remaining, limit, resetAt, inFlight: budget?.inFlight ?? 0 });
            return;
        }
        // Answers arrive out of order: the lowest remaining of a window is the truest.
        if (resetAt > budget.resetAt + 1000 || budget.resetAt === Infinity)
            budget.remaining = remaining;
        else
            budget.remaining = Math.min(budget.remaining, remaining);
        budget.limit = limit;
        budget.resetAt = budget.resetAt === Infinity ? resetAt : Math.max(budget.resetAt, resetAt);
    }
}

// EXTERNAL MODULE: ./src/net/retry-after.ts
var retry_after = __webpack_require__(32426);
;// CONCATENATED MODULE: ./src/net/http.ts
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
/** The common form: `message` and `error` as text (a list of `{message}` joined). A store with its own form passes its own. */
const commonErrorFields = (body) => {
    if (!body || typeof body !== 'object')
        return undefined;
    const { message, error } = body;
    const text = (v) => typeof v === 'string' ? v : Array.isArray(v) ? v.map((i) => (i && typeof i === 'object' && 'message' in i ? String(i.message) : '')).join('; ') : undefined;
    return { message: text(message), error: text(error) };
};
/** A failed attempt worth another: the error it would be, and how long the server asked to wait. */
class Retryable extends Error {
    error;
    waitMs;
    throttled;
    announced;
    constructor(error, waitMs, 
    /** A 429: the host's quota, which its scheduler paces. */
    throttled = false, 
    /** The 429 states the route's budget (x-ratelimit-limit): the route's pacer follows it. */
    announced = false) {
        super(error.message);
        this.error = error;
        this.waitMs = waitMs;
        this.throttled = throttled;
        this.announced = announced;
    }
}
class HttpClient {
    baseUrl;
    options;
    /** Attempts, timeouts, waits and the deadline: the same rules the SDK-driven stores follow. */
    budget;
    /** Waits for a route's announced budget (x-ratelimit-*) rather than spend a 429. */
    pacer;
    host;
    constructor(baseUrl, options) {
        this.baseUrl = baseUrl;
        this.options = options;
        this.budget = new budget/* RetryBudget */.Km({
            timeoutMs: options.timeoutMs,
            maxWaitMs: options.maxWaitMs,
            deadlineMs: options.deadlineMs ?? Infinity,
            sleep: options.sleep,
            ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
            ...(options.shared ? { shared: options.shared } : {}),
        });
        this.host = new URL(baseUrl).host;
        // Shared across an org run's clients of this host, so their announced route budgets are spent once.
        const shared = options.shared?.pacers.get(this.host);
        this.pacer = shared instanceof RatePacer ? shared : new RatePacer(() => this.budget.now());
        options.shared?.pacers.set(this.host, this.pacer);
        this.budget.scheduler(this.host, options.concurrency ?? 64);
    }
    /** The host's throttles this run and the time its pace cost: for one log line per store. */
    throttling() {
        return this.budget.throttling();
    }
    /** Time spent waiting for the server's announced rate-limit budgets. */
    get pacedMs() {
        return this.pacer.waitedMs;
    }
    deadlineError(label) {
        return new HttpError(`${label}: the run's time limit (${Math.round(this.options.deadlineMs / 1000)} s) was reached`, 'timeout');
    }
    /** The run's time limit has passed: start no more requests. */
    pastDeadline() {
        return this.budget.remainingMs() <= 0;
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
        // Paced before the attempts start: a wait for the window is no attempt's time, but it is the wait budget's.
        const route = this.options.routeOf?.(url.pathname);
        const release = route === undefined ? () => { } : await this.pacer.acquire(route, (ms) => this.budget.waitOutside(ms));
        let answered;
        const attempt = async (signal) => {
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
                answered = response;
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
            if (response.status === 429) {
                throw new Retryable(result, (0,retry_after/* retryAfterMs */.V)(response.headers, ['retry-after', 'x-ratelimit-reset']), true, route !== undefined && response.headers.get('x-ratelimit-limit') !== null);
            }
            throw new Retryable(result);
        };
        try {
            const verdict = (err) => err instanceof Retryable
                ? { retry: true, throttled: err.throttled, announced: err.announced, ...(err.waitMs !== undefined ? { waitMs: err.waitMs } : {}) }
                : { retry: false };
            return await this.budget.run(attempt, verdict, {
                ...(init.maxAttempts !== undefined ? { maxAttempts: init.maxAttempts } : {}),
                timeoutMs,
                host: this.host,
                onRetry: (wait, failure) => this.options.logger.debug(`${label}: retrying in ${wait} ms (${failedAs(failure, label, timeoutMs).message})`),
            });
        }
        catch (err) {
            if (!(err instanceof budget/* RetriesExhausted */.w1))
                throw err;
            if (err.last === undefined)
                throw this.options.deadlineMs === undefined ? new HttpError(`${label}: ${err.message}`, 'timeout') : this.deadlineError(label);
            const last = failedAs(err.last, label, timeoutMs);
            throw new HttpError(`${last.message}; ${err.message}`, last.failure, last.status, last.body, last.detail);
        }
        finally {
            // The route's budget learns from the last answer, whatever became of the request.
            release(answered?.headers);
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
        const fields = (this.options.errorFields ?? commonErrorFields)(body);
        // The message keeps the status and an error code, never the server's free text (it may echo a value).
        const code = fields?.error && /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(fields.error) ? ` ${fields.error}` : '';
        return new HttpError(`${label} failed: ${status}${code}`, 'status', status, fields);
    }
}
const isTruncatedJson = (response, text) => /json/i.test(response.headers.get('content-type') ?? '') && /^\s*[[{]/.test(text);
/** What a failed attempt counts as: its HttpError, or a timeout when the attempt ran out of time. */
const failedAs = (failure, label, timeoutMs) => failure instanceof Retryable
    ? failure.error
    : failure instanceof budget/* AttemptTimeout */.FI
        ? new HttpError(`${label} timed out after ${timeoutMs / 1000} s`, 'timeout')
        : new HttpError(`${label} failed`, 'network');
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


/***/ })

};

//# sourceMappingURL=9330.index.js.map