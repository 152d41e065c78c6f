export const id = 9520;
export const ids = [9520,1692];
export const modules = {

/***/ 44349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ compileGlob),
/* harmony export */   p: () => (/* binding */ GlobError)
/* harmony export */ });
/**
 * Policy globs with a linear-time guarantee. A regex-based matcher backtracks:
 * `*a*a*a*a*a*a*a*a*b` against 40 `a`s took 4 s, and each extra `*a` ten times
 * more, so a policy file could stall the audit. This one simulates the
 * pattern as a set of positions (an NFA): O(pattern × name) whatever the input.
 *
 * Syntax: `*` (any run without `/`), `**` (any run), `?` (one character but
 * `/`), `[abc]` `[a-z]` `[!a-z]` (one character), `{a,b}` (alternatives, up
 * to 64 in all), `\\x` (x itself). Anything else is literal.
 */
const MAX_ALTERNATIVES = 64;
const MAX_LENGTH = 512;
class GlobError extends Error {
    name = 'GlobError';
}
/** `{a,b}` expanded, innermost first; an unbalanced brace is literal. */
function expandBraces(pattern) {
    let depth = 0;
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '{' && depth++ === 0)
            open = i;
        else if (c === '}' && depth > 0 && --depth === 0) {
            const inner = pattern.slice(open + 1, i);
            const parts = [];
            let level = 0;
            let start = 0;
            for (let j = 0; j < inner.length; j++) {
                const d = inner[j];
                if (d === '\\')
                    j++;
                else if (d === '{')
                    level++;
                else if (d === '}')
                    level--;
                else if (d === ',' && level === 0) {
                    parts.push(inner.slice(start, j));
                    start = j + 1;
                }
            }
            parts.push(inner.slice(start));
            if (parts.length === 1)
                continue; // `{a}`: literal braces
            const rest = expandBraces(pattern.slice(i + 1));
            const out = [];
            for (const part of parts)
                for (const head of expandBraces(part))
                    for (const tail of rest) {
                        out.push(pattern.slice(0, open) + head + tail);
                        if (out.length > MAX_ALTERNATIVES)
                            throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives`);
                    }
            return out;
        }
    }
    return [pattern];
}
function tokenize(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            const literal = pattern[++i];
            tokens.push({ kind: 'char', test: (x) => x === literal });
        }
        else if (c === '*') {
            const slash = pattern[i + 1] === '*';
            while (pattern[i + 1] === '*')
                i++;
            // Consecutive stars are one: `a**b` and `a*****b` cost what `a*b` costs.
            const last = tokens.at(-1);
            if (last?.kind === 'star')
                last.slash ||= slash;
            else
                tokens.push({ kind: 'star', slash });
        }
        else if (c === '?')
            tokens.push({ kind: 'char', test: (x) => x !== '/' });
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close < 0) {
                tokens.push({ kind: 'char', test: (x) => x === '[' });
                continue;
            }
            let body = pattern.slice(i + 1, close);
            const negate = body[0] === '!' || body[0] === '^';
            if (negate)
                body = body.slice(1);
            const ranges = [];
            for (let j = 0; j < body.length; j++) {
                if (body[j + 1] === '-' && j + 2 < body.length) {
                    ranges.push([body[j], body[j + 2]]);
                    j += 2;
                }
                else
                    ranges.push([body[j], body[j]]);
            }
            tokens.push({ kind: 'char', test: (x) => x !== '/' && ranges.some(([lo, hi]) => x >= lo && x <= hi) !== negate });
            i = close;
        }
        else
            tokens.push({ kind: 'char', test: (x) => x === c });
    }
    return tokens;
}
/** Whether the tokens match the whole text: the set of reachable positions, advanced one character at a time. */
function simulate(tokens, text) {
    const n = tokens.length;
    let current = new Uint8Array(n + 1);
    let next = new Uint8Array(n + 1);
    // A star may match nothing: reaching it reaches what follows it.
    const close = (set) => {
        for (let p = 0; p < n; p++)
            if (set[p] && tokens[p].kind === 'star')
                set[p + 1] = 1;
    };
    current[0] = 1;
    close(current);
    for (const c of text) {
        next.fill(0);
        let any = false;
        for (let p = 0; p < n; p++) {
            if (!current[p])
                continue;
            const token = tokens[p];
            if (token.kind === 'star') {
                if (c !== '/' || token.slash) {
                    next[p] = 1;
                    any = true;
                }
            }
            else if (token.test(c)) {
                next[p + 1] = 1;
                any = true;
            }
        }
        if (!any)
            return false;
        close(next);
        [current, next] = [next, current];
    }
    return current[n] === 1;
}
/** A matcher for one pattern; a GlobError says why the pattern cannot be used. */
function compileGlob(pattern) {
    if (pattern.length > MAX_LENGTH)
        throw new GlobError(`longer than ${MAX_LENGTH} characters`);
    // A whole-segment `**` also matches no segment at all: `a/**/b` matches `a/b`, `**/b` `b`, `a/**` `a`.
    const segments = pattern
        .replace(/^\*\*\//, '{,**/}')
        .replace(/\/\*\*\//g, '{/,/**/}')
        .replace(/\/\*\*$/, '{,/**}');
    const alternatives = expandBraces(segments).map(tokenize);
    return (text) => alternatives.some((tokens) => simulate(tokens, text));
}


/***/ }),

/***/ 66087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ parseCodeowners),
/* harmony export */   G0: () => (/* binding */ OWNER_FORMS),
/* harmony export */   hi: () => (/* binding */ isGitHubOwner),
/* harmony export */   qf: () => (/* binding */ ownerLookup),
/* harmony export */   u8: () => (/* binding */ isOwner)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44349);
/**
 * Who owns a finding: the policy's `owners:` (a key glob, a `path/key` glob or
 * a folder, the most specific match winning), else a rule's `owner:` when it
 * is a mention, else the CODEOWNERS owner of the file a contract column names.
 * Only the accepted forms ever become a mention: `@org/team`, `@user`,
 * `slack:@group`, `slack:U123` (a user) or `slack:S123` (a user group).
 */

/** The accepted owner forms; anything else is a label, never a mention. */
const OWNER_FORMS = [
    [/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, 'a GitHub team @org/team'],
    [/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'a GitHub user @name'],
    [/^slack:@[a-z0-9][a-z0-9._-]{0,79}$/, 'a Slack handle slack:@group'],
    [/^slack:[UWS][A-Z0-9]{2,20}$/, 'a Slack id slack:U123 (a user) or slack:S123 (a user group)'],
];
const isOwner = (text) => OWNER_FORMS.some(([form]) => form.test(text));
/** A GitHub owner (`@user` or `@org/team`): what a pull-request comment may mention. */
const isGitHubOwner = (text) => OWNER_FORMS.slice(0, 2).some(([form]) => form.test(text));
const literalChars = (glob) => glob.replace(/[*?[\]{}]/g, '').length;
function compileEntry(entry) {
    const m = entry.match;
    if (m.startsWith('/') && !/[*?[{]/.test(m)) {
        // A folder: itself and everything below it.
        const folder = m.replace(/\/+$/, '') || '/';
        return {
            owners: entry.owners,
            specificity: 1000 + folder.length,
            test: (path) => folder === '/' || path === folder || path.startsWith(`${folder}/`),
        };
    }
    const glob = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(m);
    const onPath = m.includes('/');
    const exact = !/[*?[{]/.test(m);
    return {
        owners: entry.owners,
        specificity: exact ? 3000 : 2000 + literalChars(m),
        test: (path, key) => glob(onPath ? (path === '/' ? `/${key}` : `${path}/${key}`) : key),
    };
}
/** The owners of a row by the policy's map: the most specific entry that matches, or undefined. */
function ownerLookup(entries) {
    const compiled = entries.map(compileEntry);
    return (path, key) => {
        let best;
        for (const c of compiled)
            if (c.test(path, key) && (!best || c.specificity > best.specificity))
                best = c;
        return best?.owners;
    };
}
/** A CODEOWNERS file: each line a pattern and its owners; the last matching line wins, as on GitHub. */
function parseCodeowners(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/).slice(0, 5000)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const [pattern, ...owners] = line.split(/\s+/);
        if (!pattern || pattern.length > 300)
            continue;
        let glob = pattern;
        const anchored = glob.startsWith('/');
        if (anchored)
            glob = glob.slice(1);
        if (glob.endsWith('/'))
            glob = `${glob}**`;
        if (!anchored && !glob.slice(0, -1).includes('/'))
            glob = `**/${glob}`;
        let tests;
        try {
            // `docs` names the folder too: what is under it.
            tests = [(0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(glob), ...(glob.endsWith('**') ? [] : [(0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(`${glob}/**`)])];
        }
        catch {
            continue;
        }
        rules.push({ test: (file) => tests.some((t) => t(file)), owners: owners.filter(isOwner) });
    }
    return (file) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i].test(file))
                return rules[i].owners.length ? rules[i].owners : undefined;
        return undefined;
    };
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

/***/ 39520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitFiles: () => (/* binding */ commitFiles),
/* harmony export */   commitSnapshot: () => (/* binding */ commitSnapshot),
/* harmony export */   githubClient: () => (/* binding */ githubClient),
/* harmony export */   githubLookup: () => (/* binding */ githubLookup),
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _net_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85897);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61692);
/* harmony import */ var _history_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43328);





/** Status codes retrying cannot fix; 409 and 422 are the ref update's own re-read loop. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
/** The Octokit of @actions/github with the retry and throttling plugins. */
async function githubClient(token, options) {
    const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1758)]).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(5632), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(5632), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
        __webpack_require__.e(/* import() */ 5632).then(__webpack_require__.t.bind(__webpack_require__, 63251, 23)),
    ]);
    const unit = options.timeUnitMs ?? 1000;
    // The stores' budget: the plugins sleep their own waits, charged to it; every attempt ends by its deadline.
    const budget = new _net_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryBudget */ .Km({ timeoutMs: options.timeoutMs, maxWaitMs: options.budgetMs, deadlineMs: options.deadlineMs, sleep: async () => { } });
    const waitOut = (what) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= 2 || !budget.charge(retryAfter * unit)) {
            options.logger.warning(`GitHub ${what} on ${request.method} ${request.url}: not waiting ${retryAfter} s more (the wait budget is spent)`);
            return false;
        }
        options.logger.info(`GitHub ${what} on ${request.method} ${request.url}: waiting ${retryAfter} s`);
        return true;
    };
    // One attempt ends at its timeout or at the client's deadline, whichever comes first; past the deadline, at once.
    const timed = (url, init) => {
        const ms = Math.max(0, Math.min(options.timeoutMs, budget.remainingMs()));
        const limit = AbortSignal.timeout(ms);
        return options.fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
    };
    return getOctokit(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        request: { fetch: timed },
        retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: unit },
        throttle: {
            onRateLimit: waitOut('rate limit'),
            onSecondaryRateLimit: waitOut('secondary rate limit'),
            retryAfterBaseValue: unit,
            // GitHub asks for a second between writes; scaled with the time unit.
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
        },
    }, retry, throttling);
}
const MAX_ATTEMPTS = 3;
const status = (err) => err?.status;
const isRuleViolation = (err) => /rule violation|protected branch|ruleset|required status check/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err));
/** What a re-run of the same day would change, minus the timestamp. */
const withoutTimestamp = {
    markdown: (text) => text
        .split('\n')
        .filter((l) => !l.startsWith(_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__.GENERATED_AT_PREFIX))
        .join('\n'),
    json: (text) => {
        try {
            const { generatedAt: _, ...rest } = JSON.parse(text);
            return JSON.stringify(rest);
        }
        catch {
            return text;
        }
    },
};
/** A file's text at a ref, raw (no 1 MB base64 limit); undefined when it does not exist. */
async function readFile(octokit, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        // GitHub answers raw files as text/plain; a client that hands back bytes for another type still reads as text.
        const body = data;
        return typeof body === 'string' ? body : body instanceof ArrayBuffer ? new TextDecoder().decode(body) : undefined;
    }
    catch (err) {
        if (status(err) === 404)
            return undefined;
        throw err;
    }
}
async function commitSnapshot(octokit, repo, files, message, target, logger) {
    const unchanged = async (branch) => {
        const [markdown, json] = await Promise.all([readFile(octokit, repo, files.markdownPath, branch), readFile(octokit, repo, files.jsonPath, branch)]);
        const same = markdown !== undefined &&
            json !== undefined &&
            withoutTimestamp.markdown(markdown) === withoutTimestamp.markdown(files.markdown) &&
            withoutTimestamp.json(json) === withoutTimestamp.json(files.json);
        if (same)
            logger.info(`Snapshot ${files.markdownPath} unchanged on ${branch} but for its timestamp: no commit`);
        return same;
    };
    const list = [
        { path: files.markdownPath, content: files.markdown },
        { path: files.jsonPath, content: files.json },
    ];
    return commitFiles(octokit, repo, list, message, target, logger, unchanged);
}
/**
 * Files in one commit on the branch (its head re-read and the commit rebuilt when the branch moved meanwhile):
 * an org's every snapshot at once, so fifty jobs never race on the branch. The outcome links the first file.
 */
async function commitFiles(octokit, repo, files, message, target, logger, unchanged) {
    let branch = target.branch;
    let landed;
    const first = files[0].path;
    try {
        branch ??= (await octokit.rest.repos.get({ ...repo })).data.default_branch;
        for (let attempt = 1;; attempt++) {
            if (await unchanged?.(branch))
                return { status: 'unchanged' };
            const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha;
            const baseTree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data.tree.sha;
            const tree = await octokit.rest.git.createTree({
                ...repo,
                base_tree: baseTree,
                tree: files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content })),
            });
            // No author or committer: the bot token's commit then shows as Verified.
            const commit = await octokit.rest.git.createCommit({ ...repo, message, tree: tree.data.sha, parents: [head] });
            try {
                await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.data.sha, force: false });
            }
            catch (err) {
                const code = status(err);
                if ((code === 409 || code === 422) && !isRuleViolation(err) && attempt < MAX_ATTEMPTS) {
                    logger.info(`${branch} moved while committing (${code}); re-reading and retrying (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
                    continue;
                }
                throw err;
            }
            landed = commit.data.sha;
            logger.info(`Committed ${files.length === 2 ? `${first} and ${files[1].path}` : `${files.length} files`} to ${branch} as ${landed}`);
            return { status: 'committed', sha: landed, url: (0,_history_history_js__WEBPACK_IMPORTED_MODULE_4__/* .blobUrl */ .b0)(target.serverUrl, repo, landed, first) };
        }
    }
    catch (err) {
        // The ref moved: whatever failed after it, the commit landed.
        if (landed)
            return { status: 'committed', sha: landed, url: (0,_history_history_js__WEBPACK_IMPORTED_MODULE_4__/* .blobUrl */ .b0)(target.serverUrl, repo, landed, first) };
        const code = status(err);
        if (isRuleViolation(err)) {
            logger.error(`A branch protection rule or ruleset rejected the snapshot commit on ${branch}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}. Allow the workflow's token to bypass it, or set the branch input to an unprotected branch.`);
        }
        else if (code === 409 || code === 422) {
            logger.error(`The snapshot commit on ${branch} kept conflicting after ${MAX_ATTEMPTS} attempts (${code}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}. The report is in the job summary and outputs.`);
        }
        else if (code === 403 || code === 404) {
            logger.error(`Cannot commit the snapshot to ${branch ?? 'the default branch'} (${code}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}): the token needs permissions: contents: write.`);
        }
        else {
            logger.error(`Snapshot commit failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
        return { status: 'failed' };
    }
}
/** The login the token acts as: a user's (a PAT), else the workflow token's bot (installation tokens cannot read /user). */
async function ownLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return 'github-actions[bot]';
    }
}
/**
 * One comment per pull request, found by its marker and updated in place —
 * only one the token's own identity wrote: anyone can paste the marker into a
 * comment, and a forged report must not be taken over or kept up to date.
 */
async function upsertComment(octokit, repo, issueNumber, body, logger) {
    try {
        const [comments, login] = await Promise.all([
            octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
            ownLogin(octokit),
        ]);
        const mine = comments.find((c) => c.body?.includes(_render_summary_js__WEBPACK_IMPORTED_MODULE_3__.COMMENT_MARKER) && c.user?.login === login);
        if (mine) {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
            logger.info(`Updated the coverage comment on #${issueNumber}`);
        }
        else {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
            logger.info(`Commented the coverage report on #${issueNumber}`);
        }
    }
    catch (err) {
        logger.warning(`Could not comment on #${issueNumber} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}): the token needs permissions: pull-requests: write.`);
    }
}
/** Earlier JSON snapshots in the repository's snapshot folder, newest first, read raw (snapshots can pass 1 MB). */
function githubLookup(octokit, repo, branch, template) {
    let ref;
    const branchRef = () => (ref ??= branch ? Promise.resolve(branch) : octokit.rest.repos.get({ ...repo }).then((r) => r.data.default_branch));
    return {
        async list(today) {
            const { dir } = (0,_history_history_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotPattern */ .ff)(template);
            let listing;
            try {
                listing = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref: await branchRef() })).data;
            }
            catch (err) {
                if (status(err) === 404)
                    return []; // no snapshot folder yet
                throw err;
            }
            if (!Array.isArray(listing))
                return [];
            return (0,_history_history_js__WEBPACK_IMPORTED_MODULE_4__/* .datedBefore */ .KY)(listing.map((e) => e.name), template, today).map((name) => `${dir}/${name}`);
        },
        async read(location) {
            const at = await branchRef();
            const text = await readFile(octokit, repo, location, at);
            if (text === undefined)
                throw new Error(`not found on ${at}`);
            return text;
        },
        dayOf: (0,_history_history_js__WEBPACK_IMPORTED_MODULE_4__/* .dayInName */ .dk)(template),
    };
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

/***/ 61692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MARKER: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   renderPrOwners: () => (/* binding */ renderPrOwners),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _audit_owners_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66087);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24261);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57789);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63256);
/* harmony import */ var _trend_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99867);
/**
 * The job summary and the PR comment: the headline, counts, then every
 * section under its own heading (so GitHub's renderer never runs lists of two
 * sections together), the matrix folded, all cut to fit a byte budget.
 */






/** Marks the one sticky PR comment this action owns. */
const COMMENT_MARKER = '<!-- vault-coverage-audit -->';
const LIST_LIMIT = 20;
function renderSummary(report, options) {
    const c = report.counts;
    const unread = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.unreadableText)(report);
    const head = [];
    if (options.marker)
        head.push(COMMENT_MARKER);
    head.push(`## ${unread ? 'INCOMPLETE — ' : ''}Vault coverage: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.drift, 'drift row')}, ${c.skew} skew, ${c.expiring} expired or expiring`, '');
    if (unread)
        head.push(`INCOMPLETE: ${unread} could not be read. Drift between the others stands; rows only the unread part could settle are incomplete.`, '');
    head.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(report.source.projectName ?? report.source.location, false)} · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(report.pathPrefix, false)} · ${report.environments.map((e) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(e.slug)).join(', ')}`, '');
    head.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.renderCounts)(report), '');
    head.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.renderDelta)(report, LIST_LIMIT).map((l) => l.replace(/^## /, '### ')));
    // The chart is the job summary's; a pull-request comment stays about the pull request.
    if (!options.marker)
        head.push(...(0,_trend_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTrend */ .e)(report, '###'));
    const tail = [];
    const section = (title, lines) => lines.length && tail.push(`### ${title}`, '', ...lines, '');
    section(`Expiry (${report.expiry.length})`, [
        ...report.expiry
            .slice(0, LIST_LIMIT)
            .map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.env)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.expiryText)(f, report.policy.suffix))}`),
        ...(report.expiry.length > LIST_LIMIT ? [`- …and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.expiry.length - LIST_LIMIT, 'more expiry finding')}`] : []),
    ]);
    section(`Skew (${report.skew.length})`, report.skew.slice(0, LIST_LIMIT).map((s) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(s.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(s.key, false)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.skewText)(s)}`));
    section(`Rotation (${report.rotation.length})`, report.rotation
        .slice(0, LIST_LIMIT)
        .map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.env)}: ${f.dueAt ? `rotation was due ${f.dueAt.slice(0, 10)}` : `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(f.ageDays ?? 0, 'day')} since the last change (max ${f.maxAgeDays})`}`));
    section(`Folders (${report.folders.length})`, report.folders.map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.folderText)(f)}`));
    section(`Policy (${report.policyFindings.length})`, report.policyFindings.slice(0, 10).map((f) => `- ${f.kind}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.detail)}`));
    // Contract hygiene, where fail-on may include it: what no contract declares, what the code reads undocumented.
    const contract = report.contractFindings ?? [];
    const listed = (kind, line) => {
        const found = contract.filter((f) => f.kind === kind);
        return [...found.slice(0, LIST_LIMIT).map(line), ...(found.length > LIST_LIMIT ? [`- …and ${found.length - LIST_LIMIT} more`] : [])];
    };
    section(`Undeclared (${report.counts.undeclared})`, listed('undeclared', (f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.path ?? '/', false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} in ${(f.envs ?? []).map(_escape_js__WEBPACK_IMPORTED_MODULE_2__.md).join(', ')}: declared and used nowhere`));
    section(`Undocumented (${report.counts.undocumented})`, listed('undocumented', (f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.key, false)} used at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.at ?? '', false)}, in no declaring file`));
    section(`Unused candidates (${report.unusedCandidates?.length ?? 0})`, (report.unusedCandidates ?? [])
        .slice(0, LIST_LIMIT)
        .map((u) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(u.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(u.key, false)}: ${u.strength === 'unused' ? 'not read' : 'not changed (no access signal)'} — a list to review, not to delete`));
    section(`Exceptions that excused nothing (${report.staleExceptions?.length ?? 0})`, (report.staleExceptions ?? [])
        .slice(0, LIST_LIMIT)
        .map((e) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(`${e.file}:${e.line}`, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(e.what)}: ${e.lastExcused ? `last excused on ${e.lastExcused}` : 'never excused anything'}`));
    // Reads the scan could not name: the contract may be incomplete, and the summary says so where the gate is read.
    const dynamic = (report.contracts ?? []).filter((c) => c.dynamicCount && c.role !== 'wants');
    section(`Reads the scan could not name (${dynamic.reduce((n, c) => n + (c.dynamicCount ?? 0), 0)})`, dynamic.flatMap((c) => (c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.via, false)} at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.at, false)}: keys read here are not counted`)));
    // Manifests: what no key can be checked in, and what was matched by name only.
    const manifests = (report.contracts ?? []).filter((c) => c.role === 'wants' && (c.dynamicCount || c.byName?.length));
    section(`Manifests not checked key by key (${manifests.reduce((n, c) => n + (c.dynamicCount ?? 0) + (c.byName?.length ?? 0), 0)})`, manifests.flatMap((c) => [
        ...(c.dynamic ?? []).slice(0, LIST_LIMIT).map((d) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(d.at, false)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(d.via)}`),
        ...(c.byName ?? []).slice(0, LIST_LIMIT).map((b) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(b.at, false)}: matched by name only (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(b.via)})`),
    ]));
    const snapshot = options.snapshotPath
        ? options.snapshotUrl
            ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(options.snapshotPath)}](${options.snapshotUrl})`
            : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(options.snapshotPath, false)
        : undefined;
    const foot = ['', `${snapshot ? `Full report: ${snapshot} · ` : ''}[workflow run](${options.runUrl})`, ''];
    const slugs = report.environments.map((e) => e.slug);
    const contracts = (report.contracts ?? []).map((x) => x.slug);
    const matrix = (limit) => {
        if (limit <= 0)
            return ['### Matrix', '', `The coverage matrix (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.rows.length, 'row')}) is in the snapshot.`, ''];
        const rows = report.rows.slice(0, limit);
        return [
            '### Matrix',
            '',
            `<details><summary>Coverage matrix (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.rows.length, 'row')})</summary>`,
            '',
            ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.table)(['Path', 'Key', ...contracts.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__.md), ...slugs.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__.md), 'Drift'], rows.map((r) => [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(r.path),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.keyText)(r),
                ...contracts.map((x) => (r.declared?.[x] ? '✓' : '')),
                ...slugs.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.cellText)(r.cells[s])),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.statusText)(r),
            ])),
            ...(report.rows.length > rows.length ? ['', `…and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.rows.length - rows.length, 'more row')}: see the snapshot.`] : []),
            '',
            '</details>',
            '',
        ];
    };
    const build = (driftLimit, matrixLimit, cut) => {
        const drift = [`### Drift (${c.drift})`, '', ...(c.drift ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.renderDriftTable)(report, driftLimit, true) : [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.noDriftText)(report)]), ''];
        if (cut)
            drift.push(`_Cut to stay under ${Math.floor(options.maxBytes / 1024)} KiB; the snapshot has every row._`, '');
        return [...head, ...drift, ...tail, ...matrix(matrixLimit), ...foot].join('\n');
    };
    // Drop the matrix first, then halve the drift list, until the text fits.
    let text = build(c.drift, report.rows.length, false);
    for (let m = report.rows.length; Buffer.byteLength(text) > options.maxBytes && m > 0;) {
        m = m > 50 ? Math.floor(m / 2) : 0;
        text = build(c.drift, m, m < report.rows.length);
    }
    for (let limit = c.drift; Buffer.byteLength(text) > options.maxBytes && limit > 0;) {
        limit = Math.floor(limit / 2);
        text = build(limit, 0, true);
    }
    return text;
}
/**
 * For the pull-request comment: the GitHub owners of the drift this pull request introduces (new drift only), as
 * mentions, grouped by owner. Owners are validated forms (`@user`, `@org/team`); keys are code spans.
 */
function renderPrOwners(report) {
    const fresh = new Set((report.history?.newDrift ?? report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .isDrift */ ._)).map((r) => `${r.path}\u0000${r.key}`));
    const byOwner = new Map();
    for (const row of report.rows) {
        if (!(0,_audit_report_js__WEBPACK_IMPORTED_MODULE_4__/* .isDrift */ ._)(row) || !fresh.has(`${row.path}\u0000${row.key}`))
            continue;
        for (const owner of row.owners ?? []) {
            if ((0,_audit_owners_js__WEBPACK_IMPORTED_MODULE_5__/* .isGitHubOwner */ .hi)(owner))
                byOwner.set(owner, [...(byOwner.get(owner) ?? []), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(row.key, false)]);
        }
    }
    if (!byOwner.size)
        return '';
    const lines = [...byOwner]
        .slice(0, 20)
        .map(([owner, keys]) => `- ${owner}: ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}`);
    return `\n**Owners of the drift this pull request introduces**\n\n${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=9520.index.js.map