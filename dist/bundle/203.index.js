export const id = 203;
export const ids = [203,104];
export const modules = {

/***/ 56405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ zeroCounts),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   z: () => (/* binding */ rollup)
/* harmony export */ });
/* unused harmony exports ORG_SCHEMA_VERSION, worse */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const ORG_SCHEMA_VERSION = 1;
const COUNT_KEYS = [
    'rows',
    'drift',
    'missing',
    'unexpected',
    'byDesign',
    'incomplete',
    'skew',
    'expiring',
    'expired',
    'unreadable',
    'unreadablePaths',
    'unreadFiles',
    'rotationOverdue',
    'undeclared',
    'undocumented',
    'newDrift',
    'resolvedDrift',
];
const zeroCounts = () => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0]));
const add = (sum, counts) => {
    for (const k of COUNT_KEYS)
        sum[k] += counts[k];
};
const noStatuses = () => ({ ok: 0, drift: 0, incomplete: 0, failed: 0, missing: 0 });
/** A report's status: incomplete when any part was not read, drift when it has drift, else ok. */
function statusOf(report) {
    const c = report.counts;
    if (c.unreadable > 0 || c.unreadablePaths > 0 || c.unreadFiles > 0)
        return 'incomplete';
    return c.drift > 0 ? 'drift' : 'ok';
}
/** How bad an exit code is: could not run, then incomplete, then the gate, then clean. */
const SEVERITY = { [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok]: 0, [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.gate]: 1, [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete]: 2, [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fatal]: 3 };
const worse = (a, b) => ((SEVERITY[b] ?? 3) > (SEVERITY[a] ?? 3) ? b : a);
/** The org report of every outcome, in the order given, and the org's exit code. */
function rollup(outcomes, options) {
    const counts = zeroCounts();
    const statuses = noStatuses();
    const targets = [];
    const teams = new Map();
    let exitCode = _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    let historyMissing = false;
    for (const outcome of outcomes) {
        const team = outcome.team;
        let target;
        if ('report' in outcome) {
            target = { name: outcome.name, ...(team ? { team } : {}), status: statusOf(outcome.report), exitCode: outcome.exitCode, counts: outcome.report.counts };
            add(counts, outcome.report.counts);
            if (outcome.report.historyUnavailable && outcome.report.counts.drift > 0)
                historyMissing = true;
            if (target.status === 'incomplete' && options.incompleteFails)
                exitCode = worse(exitCode, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete);
        }
        else if ('failed' in outcome) {
            target = { name: outcome.name, ...(team ? { team } : {}), status: 'failed', exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fatal, cause: outcome.failed };
            exitCode = worse(exitCode, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fatal);
        }
        else {
            target = {
                name: outcome.name,
                ...(team ? { team } : {}),
                status: 'missing',
                exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete,
                cause: 'no report arrived (its job did not finish, or its artifact was not downloaded)',
            };
            // As an unreadable environment counts: incomplete, unless the gate is off.
            if (options.incompleteFails)
                exitCode = worse(exitCode, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.incomplete);
        }
        targets.push(target);
        statuses[target.status]++;
        if (team) {
            let entry = teams.get(team);
            if (!entry)
                teams.set(team, (entry = { team, targets: [], statuses: noStatuses(), counts: zeroCounts() }));
            entry.targets.push(target.name);
            entry.statuses[target.status]++;
            if (target.counts)
                add(entry.counts, target.counts);
        }
    }
    // The fail-on words on the sum, as one run's gate reads its own counts (the incomplete parts were counted above).
    const summed = {
        counts: { ...counts, unreadable: 0, unreadablePaths: 0, unreadFiles: 0 },
        ...(historyMissing ? { historyUnavailable: 'a target had no readable history' } : {}),
    };
    exitCode = worse(exitCode, options.gate(summed));
    const org = {
        schemaVersion: ORG_SCHEMA_VERSION,
        generatedAt: options.now.toISOString(),
        targets,
        teams: [...teams.values()].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0)),
        counts,
        statuses,
    };
    return { org, exitCode };
}


/***/ }),

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

/***/ 86823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readReportsDir)
/* harmony export */ });
/* unused harmony export reportCounts */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24261);
/* harmony import */ var _audit_org_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56405);
/**
 * Reading a directory of target reports (the downloaded artifacts of a
 * matrix): `TARGET.json` (the report's JSON twin) or `TARGET.failed.json`
 * (`{cause}`: the target could not run). Outside text: names are checked,
 * counts must be the counts of a report, a cause is bounded; anything else is
 * refused by name. A target the targets file lists and no file holds is
 * missing.
 */



const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const MAX_CAUSE = 500;
/** A report twin's counts and history state, checked; undefined when the text is not one. */
function reportCounts(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const report = parsed;
    if (!report || typeof report !== 'object' || report.schemaVersion !== _audit_report_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f || !report.counts || typeof report.counts !== 'object')
        return undefined;
    const counts = (0,_audit_org_js__WEBPACK_IMPORTED_MODULE_1__/* .zeroCounts */ .Nd)();
    for (const key of Object.keys(counts)) {
        const value = report.counts[key];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
            return undefined;
        counts[key] = value;
    }
    return { counts, ...(typeof report.historyUnavailable === 'string' ? { historyUnavailable: report.historyUnavailable.slice(0, 200) } : {}) };
}
/** The outcomes a reports directory holds, in the targets file's order (then by name); `exitOf` decides a report's exit code. */
async function readReportsDir(dir, io, file, exitOf) {
    let names;
    try {
        names = await io.readdir(dir);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`Cannot read the reports directory ${dir}`);
    }
    const found = new Map();
    const team = (name) => {
        const t = file?.targets.find((x) => x.name === name)?.team;
        return t ? { team: t } : {};
    };
    for (const entry of names.sort()) {
        const m = /^([a-z0-9][a-z0-9-]*?)(\.failed)?\.json$/.exec(entry);
        if (!m || entry === 'org.json')
            continue;
        const name = m[1];
        if (!NAME.test(name))
            continue;
        const text = await io.readText(`${dir}/${entry}`);
        if (m[2]) {
            let cause = 'the target could not run';
            try {
                const given = JSON.parse(text).cause;
                if (typeof given === 'string' && given.trim())
                    cause = given.slice(0, MAX_CAUSE);
            }
            catch {
                // An unreadable failure record is still a failure.
            }
            found.set(name, { name, ...team(name), failed: cause });
            continue;
        }
        if (found.has(name))
            continue;
        const report = reportCounts(text);
        if (!report)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX(`${dir}/${entry} is not a report of this tool (schema ${_audit_report_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f}): refused`);
        found.set(name, { name, ...team(name), report, exitCode: exitOf(report) });
    }
    const listed = file?.targets.map((t) => t.name) ?? [];
    const outcomes = listed.map((name) => found.get(name) ?? { name, ...team(name), missing: true });
    for (const [name, outcome] of found)
        if (!listed.includes(name))
            outcomes.push(outcome);
    return outcomes;
}


/***/ }),

/***/ 18608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nh: () => (/* binding */ runTarget),
/* harmony export */   sb: () => (/* binding */ runTargets)
/* harmony export */ });
/* unused harmony export orgTargetReader */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85897);
/* harmony import */ var _net_pool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86997);
/* harmony import */ var _render_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15104);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42495);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52918);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97506);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31784);
/**
 * Every target of a targets file in one process, at most `parallel` at a time:
 * each is the single run (settings → columns → audit) with the target's keys
 * over the entry point's reader. A target that fails is recorded with its
 * cause and never stops the others; each target's report is written as soon
 * as it is built and only its counts are kept, so the process holds reports'
 * counts, not inventories.
 */








/** A target's reader, with its snapshot folder of its own unless it names one. */
function orgTargetReader(base, target, file, snapshotDir) {
    const reader = (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .targetReader */ .fA)(base, target, file);
    const own = (input) => input in target.values || input in file.defaults;
    return {
        ...reader,
        read: (option) => option === _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .CORE_OPTIONS */ .Jl.snapshotPath && !own(option.input) ? `${snapshotDir.replace(/\/+$/, '')}/${target.name}/{date}.md` : reader.read(option),
    };
}
/** A logger whose lines name the target: `[payments] Audited 12 secrets…`. */
const prefixed = (logger, name) => ({
    debug: (m) => logger.debug(`[${name}] ${m}`),
    info: (m) => logger.info(`[${name}] ${m}`),
    warning: (m) => logger.warning(`[${name}] ${m}`),
    error: (m, where) => logger.error(`[${name}] ${m}`, where),
});
/** One target, start to end: its outcome, its report files written. Never throws for the target's own failure. */
async function runTarget(target, file, base, ctx, ports, io, options) {
    const team = target.team ? { team: target.team } : {};
    const logger = prefixed(ports.logger, target.name);
    try {
        const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .buildSettings */ .E6)(orgTargetReader(base, target, file, options.snapshotDir), ctx);
        const previous = options.previous?.(settings.snapshotPath);
        const { report, exitCode } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__.run)(settings, { ...ports, logger }, { ...(previous ? { previous } : {}) });
        if (options.outputDir) {
            await io.writeText(`${options.outputDir}/${target.name}.json`, (0,_render_json_js__WEBPACK_IMPORTED_MODULE_5__.renderJson)(report));
            await io.writeText(`${options.outputDir}/${target.name}.md`, (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_6__.renderMarkdown)(report));
        }
        // Only what the rollup reads stays in memory.
        return {
            name: target.name,
            ...team,
            exitCode,
            report: { counts: report.counts, ...(report.historyUnavailable ? { historyUnavailable: report.historyUnavailable } : {}) },
        };
    }
    catch (err) {
        const cause = options.redact(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FatalError */ .HX ? err.message : `unexpected error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        logger.error(`failed: ${cause}`);
        // The failure is a record of its own, so a rollup of the directory says "failed", never "missing" or "no drift".
        if (options.outputDir)
            await io.writeText(`${options.outputDir}/${target.name}.failed.json`, `${JSON.stringify({ name: target.name, exitCode: 1, cause })}\n`);
        return { name: target.name, ...team, failed: cause };
    }
}
/** Every target, at most `parallel` at a time, outcomes in the file's order. */
async function runTargets(file, base, ctx, ports, io, options) {
    const outcomes = new Array(file.targets.length);
    // One pace per store host for every target: fifty projects behind one Infisical stay under its limits together.
    const shared = { ...ports, hosts: ports.hosts ?? new _net_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .SharedHosts */ .rQ() };
    await (0,_net_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .eachConcurrently */ .y)([...file.targets.keys()], Math.max(1, options.parallel), async (i) => {
        outcomes[i] = await runTarget(file.targets[i], file, base, ctx, shared, io, options);
    });
    return outcomes;
}


/***/ }),

/***/ 31784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ parseTargets),
/* harmony export */   fA: () => (/* binding */ targetReader),
/* harmony export */   lp: () => (/* reexport safe */ _targets_path_js__WEBPACK_IMPORTED_MODULE_2__.l)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44349);
/* harmony import */ var _targets_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52026);
/**
 * The targets file (`.github/vault-coverage-targets.yml`): the org's projects,
 * each a run of its own. A target's keys are the action's input names
 * (`environments`, `infisical-project-id`, `policy`, …); `defaults` applies to
 * every target; credentials never go in the file (a row marked secret is
 * refused). Validated like the policy: an unknown key or a duplicate name
 * names the file and the line.
 */




const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const TEAM = /^[A-Za-z0-9][\w .-]{0,62}$/;
const fail = (origin, line, message) => {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`${origin}:${line}: ${message}`, { file: origin, line });
};
/** A scalar or a list of scalars as an input's text; anything else is refused. */
function asText(value, where, origin, line) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
        return value.join('\n');
    return fail(origin, line, `${where}: expected text, a number, true/false or a list of them`);
}
/**
 * Parse and validate a targets file against the option rows a target may set
 * (`inputs`: every row with an input name). Throws a FatalError naming the file and the line.
 */
function parseTargets(text, origin, options) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const err = doc.errors[0];
        fail(origin, lines.linePos(err.pos[0]).line, `not valid YAML: ${err.message.split('\n')[0]}`);
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lines.linePos(range[0]).line : 1;
    };
    const contents = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents))
        return fail(origin, 1, 'expected a mapping with `targets:` (and optionally `defaults:` and `discover:`)');
    const root = contents;
    const byInput = new Map(options.filter((o) => o.input).map((o) => [o.input, o]));
    const settings = (node, where, extra) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return fail(origin, lineOf(node), `${where}: expected a mapping of settings`);
        const values = {};
        const named = {};
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            const line = lineOf(pair.key);
            const value = pair.value?.toJSON?.() ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? pair.value.value : null);
            if (extra.includes(key)) {
                named[key] = asText(value, `${where}.${key}`, origin, line);
                continue;
            }
            const option = byInput.get(key);
            if (!option) {
                fail(origin, line, `${where}: unknown key "${shown(key)}"; a target sets the action's inputs by name (environments, infisical-project-id, policy, …)`);
            }
            // Credentials come from the action's inputs or the environment, once, masked: never from a file in the repository.
            if (option.secret)
                fail(origin, line, `${where}.${key}: credentials never go in the targets file; give ${key} as the action's input or its environment variable`);
            values[key] = asText(value, `${where}.${key}`, origin, line);
        }
        return { values, named };
    };
    const defaultsNode = root.get('defaults', true);
    const defaults = defaultsNode === undefined ? {} : settings(defaultsNode, 'defaults', []).values;
    for (const pair of root.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        if (!['defaults', 'targets', 'discover'].includes(key))
            fail(origin, lineOf(pair.key), `unknown key "${shown(key)}"; expected targets, defaults or discover`);
    }
    const targets = [];
    const targetsNode = root.get('targets', true);
    if (targetsNode !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(targetsNode))
        fail(origin, lineOf(targetsNode), 'targets: expected a list of targets, each with a name');
    for (const [i, node] of ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(targetsNode) ? targetsNode.items : []).entries()) {
        const line = lineOf(node);
        const { values, named } = settings(node, `targets.${i}`, ['name', 'team']);
        const name = named.name;
        if (!name)
            fail(origin, line, `targets.${i}: a target needs a name`);
        if (!NAME.test(name))
            fail(origin, line, `targets.${i}.name: "${shown(name)}" is not a target name (lower-case letters, digits and -, up to 63)`);
        if (named.team !== undefined && !TEAM.test(named.team))
            fail(origin, line, `targets.${i}.team: expected a team name (letters, digits, space, . _ -)`);
        const twin = targets.find((t) => t.name === name);
        if (twin)
            fail(origin, line, `targets.${i}.name: "${name}" is also the name of the target on line ${twin.line}`);
        targets.push({ name: name, ...(named.team ? { team: named.team } : {}), values, line });
    }
    const discoverNode = root.get('discover', true);
    let discover;
    if (discoverNode !== undefined) {
        const line = lineOf(discoverNode);
        const { values, named } = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(discoverNode) && discoverNode.value === true ? { values: {}, named: {} } : settings(discoverNode, 'discover', ['match', 'team']);
        if (named.match) {
            try {
                (0,_audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .S)(named.match);
            }
            catch (err) {
                if (!(err instanceof _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GlobError */ .p))
                    throw err;
                fail(origin, line, `discover.match: the pattern is ${err.message}`);
            }
        }
        discover = { ...(named.match ? { match: named.match } : {}), ...(named.team ? { team: named.team } : {}), values, line };
    }
    if (!targets.length && !discover)
        fail(origin, 1, 'no targets: list them under `targets:`, or add `discover:`');
    return { origin, defaults, targets, ...(discover ? { discover } : {}) };
}
/** A name from the file, shown only when it is plain text. */
const shown = (text) => (/^[\w .-]{1,64}$/.test(text) ? text : '(not shown)');
/**
 * How a target's run reads its options: the target's own keys, then the
 * file's defaults, then the entry point's reader (credentials, the run's own
 * flags). Messages name where a value came from.
 */
function targetReader(base, target, file) {
    return {
        read: (option) => {
            const input = option.input;
            if (input && input in target.values)
                return target.values[input];
            if (input && input in file.defaults)
                return file.defaults[input];
            return base.read(option);
        },
        nameOf: (option) => {
            const input = option.input;
            if (input && input in target.values)
                return `${input} of target ${target.name} (${file.origin})`;
            if (input && input in file.defaults)
                return `defaults.${input} (${file.origin})`;
            return base.nameOf(option);
        },
        missingLabel: `${base.missingLabel} (target ${target.name})`,
    };
}


/***/ }),

/***/ 15104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/** `extra`: what the snapshot records beside the report (the day's Slack notification), after its fields. */
function renderJson(report, extra = {}) {
    const fields = [...Object.entries(report), ...Object.entries(extra)];
    const lines = ['{'];
    fields.forEach(([key, value], i) => {
        const comma = i < fields.length - 1 ? ',' : '';
        if (Array.isArray(value) && value.length > 0) {
            lines.push(`  ${JSON.stringify(key)}: [`);
            value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
            lines.push(`  ]${comma}`);
        }
        else {
            lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
        }
    });
    lines.push('}');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 30942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderOrgMarkdown),
/* harmony export */   j: () => (/* binding */ renderOrgSlack)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63256);


const STATUS = { ok: 'ok', drift: 'drift', incomplete: 'INCOMPLETE', failed: 'FAILED', missing: 'MISSING' };
const table = (head, rows) => [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
];
/** `link(target)`: where a target's own report is (a section, a file), or undefined. */
function renderOrgMarkdown(org, link = () => undefined) {
    const s = org.statuses;
    const out = [`# Vault coverage: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(org.targets.length, 'target')} — ${org.generatedAt.slice(0, 10)}`, ''];
    const problems = [s.failed ? `${s.failed} failed` : '', s.missing ? `${s.missing} missing` : '', s.incomplete ? `${s.incomplete} incomplete` : '']
        .filter(Boolean)
        .join(', ');
    out.push(`${s.ok} ok, ${s.drift} with drift${problems ? `, ${problems}` : ''}. ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(org.counts.drift, 'drift row')} in all (${org.counts.newDrift} new), ${org.counts.expired} expired, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(org.counts.unreadable, 'unreadable environment')}.`, '');
    if (s.failed || s.missing)
        out.push('A failed or missing target is not "no drift": its secrets were not compared at all.', '');
    const row = (t, withTeam) => {
        const c = t.counts;
        const where = link(t);
        return [
            where ? `[${t.name}](${where})` : t.name,
            ...(withTeam ? [t.team ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(t.team) : ''] : []),
            STATUS[t.status],
            c ? String(c.drift) : '—',
            c ? String(c.newDrift) : '—',
            c ? String(c.expired) : '—',
            c ? String(c.unreadable + c.unreadablePaths) : '—',
            t.cause ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(t.cause) : '',
        ];
    };
    out.push(...table(['Target', 'Team', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'], org.targets.map((t) => row(t, true))), '');
    for (const team of org.teams) {
        out.push(`## ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(team.team)} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(team.targets.length, 'target')})`, '');
        const members = org.targets.filter((t) => t.team === team.team);
        out.push(...table(['Target', 'Status', 'Drift', 'New', 'Expired', 'Unreadable', 'Cause'], members.map((t) => row(t, false))), '');
    }
    return out.join('\n');
}
/**
 * The org's one Slack message: only the targets with new drift or that were
 * not fully audited (failed, missing, incomplete), grouped by team. Undefined
 * when there is nothing to say.
 */
function renderOrgSlack(org, links) {
    const worth = org.targets.filter((t) => t.status === 'failed' || t.status === 'missing' || t.status === 'incomplete' || (t.counts?.newDrift ?? 0) > 0);
    if (!worth.length)
        return undefined;
    const s = org.statuses;
    const title = `Vault coverage: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(worth.length, 'target')} of ${org.targets.length} need a look`;
    const line = (t) => {
        const c = t.counts;
        if (t.status === 'failed')
            return `• \`${t.name}\` FAILED: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slack */ .$)(t.cause ?? '').slice(0, 300)}`;
        if (t.status === 'missing')
            return `• \`${t.name}\` MISSING: no report arrived`;
        const parts = [c && c.newDrift ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.newDrift, 'new drift row')} (${c.drift} in all)` : '', t.status === 'incomplete' ? 'incomplete' : ''];
        return `• \`${t.name}\` ${parts.filter(Boolean).join(', ')}`;
    };
    const byTeam = new Map();
    for (const t of worth)
        byTeam.set(t.team ?? '', [...(byTeam.get(t.team ?? '') ?? []), t]);
    const teams = [...byTeam.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } },
        {
            type: 'context',
            elements: [{ type: 'mrkdwn', text: `${s.ok} ok · ${s.drift} with drift · ${s.incomplete} incomplete · ${s.failed} failed · ${s.missing} missing` }],
        },
    ];
    // One section per team (Slack allows 50 blocks: the last ones are folded into a count).
    for (const team of teams.slice(0, 45)) {
        const lines = byTeam.get(team).map(line);
        const head = `*${team ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slack */ .$)(team) : 'No team'}*`;
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: [head, ...lines.slice(0, 20), ...(lines.length > 20 ? [`…and ${lines.length - 20} more`] : [])].join('\n').slice(0, 3000) },
        });
    }
    if (teams.length > 45)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${teams.length - 45} more teams in the job summary` }] });
    const buttons = [
        ...(links.snapshotUrl ? [{ type: 'button', text: { type: 'plain_text', text: 'Org snapshot' }, url: links.snapshotUrl }] : []),
        { type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl },
    ];
    blocks.push({ type: 'actions', elements: buttons });
    return { text: `${title}${links.mention ? ` ${links.mention}` : ''}`, blocks };
}


/***/ })

};

//# sourceMappingURL=203.index.js.map