export const id = 7715;
export const ids = [7715];
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

/***/ 20096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postSlack: () => (/* binding */ postSlack)
/* harmony export */ });
/* harmony import */ var _slack_webhook__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54443);
/* harmony import */ var _slack_webhook__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_slack_webhook__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85897);
/* harmony import */ var _net_retry_after_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32426);
/** Slack: post the drift section through an incoming webhook. Loaded only when a run posts. */




const CAUSES = {
    no_service: 'the webhook was revoked or its app removed: create a new incoming webhook',
    channel_not_found: 'the channel was deleted: point the webhook at another channel',
    channel_is_archived: 'the channel is archived: unarchive it or use another webhook',
    action_prohibited: 'a workspace admin restricted posting to this channel',
    invalid_token: 'the webhook URL is no longer valid: create a new incoming webhook',
};
/**
 * @slack/webhook retries 5xx only and drops Retry-After. This fetch bounds
 * every attempt — its own or the library's retries — by a timeout each and a
 * count in all, and waits out a 429 as Retry-After says within the wait
 * budget; then it hands the answer back for the library to report.
 */
function boundedFetch(options) {
    // The stores' budget: attempts counted across the library's retries, a timeout each, the 429 waits in one budget.
    const budget = new _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryBudget */ .Km({ timeoutMs: options.timeoutMs, maxWaitMs: options.maxWaitMs, deadlineMs: Infinity, sleep: options.sleep });
    return async (url, init) => {
        const left = options.attempts - budget.attempts;
        if (left <= 0)
            throw new Error(`no attempt left (${options.attempts} made)`);
        const attempt = async (signal) => {
            const response = await options.fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
            if (response.status === 429)
                throw new RateLimited(response);
            return response;
        };
        try {
            return await budget.run(attempt, (err) => (err instanceof RateLimited ? { retry: true, waitMs: (0,_net_retry_after_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .V)(err.response.headers) ?? 1000 } : { retry: false }), {
                maxAttempts: left,
                onRetry: (wait, failure) => {
                    options.logger.info(`Slack rate-limited the post; retrying in ${wait / 1000} s`);
                    void failure.response.body?.cancel();
                },
            });
        }
        catch (err) {
            // Out of attempts or wait budget on a 429: the answer goes back for the library to report.
            if (err instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .RetriesExhausted */ .w1 && err.last instanceof RateLimited)
                return err.last.response;
            // A timed-out attempt is the library's to retry, as a fetch's own timeout would be.
            if (err instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .RetriesExhausted */ .w1 || err instanceof _net_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .AttemptTimeout */ .FI)
                throw Object.assign(new Error('timed out'), { name: 'TimeoutError' });
            throw err;
        }
    };
}
/** A 429, held so the last one can be handed back. */
class RateLimited extends Error {
    response;
    constructor(response) {
        super('HTTP 429');
        this.response = response;
    }
}
/** A network failure by its system code (ECONNREFUSED) or its name: a fetch error's text may quote the URL. */
const networkCause = (err) => {
    const e = err;
    const code = e?.cause?.code ?? e?.code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code))
        return code;
    return e?.name === 'TimeoutError' || e?.name === 'AbortError' ? 'timed out' : 'network error';
};
/** Post the message; a failure is a warning naming its cause, never an exception. */
async function postSlack(url, message, options) {
    const webhook = new _slack_webhook__WEBPACK_IMPORTED_MODULE_0__.IncomingWebhook(url, {
        fetch: boundedFetch(options),
        // The attempts are bounded one by one above; this only stops the whole from outliving them.
        timeout: options.attempts * options.timeoutMs + options.maxWaitMs,
        retryConfig: { retries: options.retries, factor: 2, minTimeout: options.minTimeoutMs, randomize: false },
    });
    try {
        await webhook.send({ text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
        options.logger.info('Posted the drift section to Slack');
        return true;
    }
    catch (err) {
        if (err instanceof _slack_webhook__WEBPACK_IMPORTED_MODULE_0__.IncomingWebhookHTTPError) {
            // Slack answers an error code (no_service); anything else is not repeated.
            const code = /^[a-z_]{1,64}$/.test(err.body.trim()) ? err.body.trim() : 'error';
            const cause = CAUSES[code] ??
                (err.statusCode === 429
                    ? 'rate limited, longer than the attempts and wait budget allow'
                    : err.statusCode >= 500
                        ? 'Slack is failing; the next run will post again'
                        : 'Slack rejected the message');
            options.logger.warning(`Slack post failed (${err.statusCode} ${code}): ${cause}`);
        }
        else if (err instanceof _slack_webhook__WEBPACK_IMPORTED_MODULE_0__.IncomingWebhookRequestError) {
            options.logger.warning(`Slack post failed: could not reach Slack (${networkCause(err.original)})`);
        }
        else {
            // Our own bounded fetch's words; the webhook URL (a credential) is cut out of anything else.
            options.logger.warning(`Slack post failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err).split(url).join('[webhook URL]')}`);
        }
        return false;
    }
}


/***/ })

};

//# sourceMappingURL=7715.index.js.map