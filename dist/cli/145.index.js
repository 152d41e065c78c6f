export const id = 145;
export const ids = [145];
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
    /** Where the waits outside attempts reach on the run's clock (overlapping ones are charged once). */
    outsideUntil = 0;
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
        this.unslept += Math.max(0, until - this.now());
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

/***/ 3256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 5307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ isoOf),
/* harmony export */   j: () => (/* binding */ AwsSource)
/* harmony export */ });
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3609);
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2363);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3256);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2881);
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
    return { retry: !!e && typeof e === 'object' && ((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.isThrottlingError)(e) || (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.isTransientError)(e) || unanswered(e)) };
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
        this.budget = _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryBudget */ .Km.forRun(settings, ports.sleep);
    }
    /** Requests sent, retries included (benchmarks and tests). */
    get requests() {
        return this.budget.attempts;
    }
    async read(options) {
        const { kind, title } = this.service;
        const locations = options.locations;
        if (!locations)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`${kind}: columns name their location (NAME=${kind}:…)`);
        const prefix = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePath */ .Fd)(options.pathPrefix ?? '/');
        const parsed = locations.map(_location_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAwsLocation */ .aj);
        for (const location of parsed)
            await this.bind(location);
        const regions = [...new Set([...this.clients.values()].map((b) => b.region))];
        this.ports.logger.info(`${title} (${regions.join(', ')}; credentials from the AWS SDK's chain)`);
        const environments = await Promise.all(parsed.map((location, i) => this.readLocation(locations[i], location, prefix)));
        return { source: { kind, location: regions.join(', ') }, pathPrefix: prefix, environments };
    }
    /** The client of a location's region and profile, created once; a missing region stops the run here. */
    async bind(location) {
        const key = `${location.region ?? ''}\u0000${location.profile ?? ''}`;
        const known = this.clients.get(key);
        if (known)
            return known;
        const debug = (...content) => this.ports.logger.debug(`AWS SDK: ${content.filter((c) => typeof c === 'string').join(' ').split('\n')[0]}`);
        const logger = { debug: () => { }, info: () => { }, warn: debug, error: debug };
        const client = this.service.newClient({ ...(location.region ? { region: location.region } : {}), ...(location.profile ? { profile: location.profile } : {}), logger });
        let region = '';
        try {
            region = (await client.config.region())?.trim() ?? '';
        }
        catch {
            /* no region anywhere in the chain */
        }
        if (!region) {
            client.destroy();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`${this.service.title}: no region: AWS_REGION is missing or empty (aws-actions/configure-aws-credentials sets it from its aws-region input); or name one in the column, ${this.service.kind}:…?region=us-east-1`);
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
    async readLocation(text, location, prefix) {
        const bound = await this.bind(location);
        const column = `${this.service.kind}:${(0,_location_js__WEBPACK_IMPORTED_MODULE_4__/* .formatAwsLocation */ .kV)(location)}`;
        const filter = this.service.filter(location, prefix);
        const secrets = [];
        const folders = new Set();
        const tokens = new Set();
        let pages = 0;
        let next;
        try {
            do {
                const token = next;
                const page = await this.budget.run((signal) => this.service.page(bound.client, filter, token, signal), retryable);
                pages++;
                for (const entry of page.entries) {
                    const rest = this.service.under(entry.name, location);
                    const parts = rest?.split('/').filter(Boolean) ?? [];
                    const key = parts.pop();
                    if (!key)
                        continue;
                    const path = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePath */ .Fd)(parts.join('/'));
                    if (prefix !== '/' && path !== prefix && !path.startsWith(`${prefix}/`))
                        continue;
                    folders.add(path);
                    secrets.push({ path, key, ...entry.meta });
                }
                next = page.next || undefined;
                if (next && tokens.has(next)) {
                    return { slug: text, status: 'unreadable', reason: `${column}: the listing handed back a page token it had already given (page ${pages})` };
                }
                if (next)
                    tokens.add(next);
            } while (next);
        }
        catch (err) {
            return this.failed(err, text, column, bound);
        }
        this.ports.logger.info(`${column}: ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(secrets.length, 'secret')} in ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(folders.size, 'folder')} under ${prefix} (${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(pages, 'page')})`);
        return { slug: text, status: 'ok', secrets };
    }
    /** A denied or failing column is unreadable; bad or missing credentials and an unreachable endpoint stop the run. */
    failed(err, slug, column, bound) {
        const { title } = this.service;
        const exhausted = err instanceof _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .RetriesExhausted */ .w1 ? err : undefined;
        const last = (exhausted ? exhausted.last : err);
        const gaveUp = exhausted ? `; ${exhausted.message}` : '';
        const unreadable = (reason) => ({ slug, status: 'unreadable', reason });
        if (last?.name === 'CredentialsProviderError' && !last.$metadata) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`${title}: no credentials in the AWS SDK's chain (environment, shared config and credentials files, web identity, container or instance role): run aws-actions/configure-aws-credentials before this step`);
        }
        const network = last instanceof _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .AttemptTimeout */ .FI ? 'timed out' : unanswered(last) ? (systemCode(last) ?? 'no answer') : undefined;
        if (network) {
            if (exhausted?.byDeadline)
                return unreadable(`${column} could not be listed (${network})${gaveUp}`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Cannot reach ${title} at ${bound.endpoint || `the ${bound.region} endpoint`} (${network})${gaveUp}`);
        }
        if (!last)
            return unreadable(`${column} could not be listed${gaveUp}`);
        const name = errorName(last);
        const status = last.$metadata?.httpStatusCode;
        if (name && BAD_CREDENTIALS.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`${title} at ${bound.endpoint || bound.region} rejected the credentials (${name}): they are invalid or expired; check what aws-actions/configure-aws-credentials provided`);
        }
        if ((name && DENIED.has(name)) || status === 403) {
            return unreadable(`the credentials may not list ${column}: access denied (${name ?? 'HTTP 403'}); the policy needs ${this.service.permission}`);
        }
        if (name && (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_2__.isThrottlingError)(last))
            return unreadable(`${column}: throttled (${name})${gaveUp}`);
        const why = name ? `${name}${status ? `, HTTP ${status}` : ''}` : status ? `HTTP ${status}` : 'an unexpected answer';
        return unreadable(`${column} could not be listed (${why})${gaveUp}`);
    }
    async close() {
        for (const bound of this.clients.values())
            bound.client.destroy();
        this.clients.clear();
    }
}


/***/ }),

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expirationOf: () => (/* binding */ expirationOf),
/* harmony export */   listedParameter: () => (/* binding */ listedParameter),
/* harmony export */   ssm: () => (/* binding */ ssm),
/* harmony export */   ssmSource: () => (/* binding */ ssmSource)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4736);
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2363);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3618);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5307);
/**
 * `aws-ssm:/PATH`: one DescribeParameters per column with a recursive Path
 * filter (50 a page, the most it allows; SSM may answer an empty page that
 * still has a NextToken). DescribeParameters answers metadata only; this file
 * never imports a value-reading command.
 */




// An Expiration policy's text (Systems Manager user guide, "Assigning parameter policies").
const expirationSchema = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ Type: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.literal('Expiration'), Attributes: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ Timestamp: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string() }) });
/** The Expiration policy's date; ExpirationNotification and NoChangeNotification are reminders, not expiry. */
function expirationOf(policies) {
    for (const policy of policies ?? []) {
        if (policy.PolicyType !== 'Expiration' || !policy.PolicyText)
            continue;
        try {
            const parsed = expirationSchema.safeParse(JSON.parse(policy.PolicyText));
            if (parsed.success)
                return parsed.data.Attributes.Timestamp;
        }
        catch {
            /* not JSON: no date */
        }
    }
    return undefined;
}
function listedParameter(p) {
    if (!p.Name)
        return [];
    const updatedAt = (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isoOf */ .d)(p.LastModifiedDate);
    const expiresAt = expirationOf(p.Policies);
    return [
        {
            name: p.Name,
            meta: {
                ...(typeof p.Version === 'number' ? { version: p.Version } : {}),
                ...(updatedAt ? { updatedAt } : {}),
                ...(expiresAt ? { expiresAt } : {}),
            },
        },
    ];
}
const ssm = {
    kind: 'aws-ssm',
    title: 'AWS SSM Parameter Store',
    permission: 'ssm:DescribeParameters',
    newClient: (config) => new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .SSMClient */ .jBj({ ...config, maxAttempts: 1 }),
    filter: (location, pathPrefix) => (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(location.prefix, pathPrefix),
    // Under `/prod` means `/prod/…`, never `/production`; under `/` is every parameter.
    under: (name, location) => (location.prefix === '/' ? name : name.startsWith(`${location.prefix}/`) ? name.slice(location.prefix.length) : undefined),
    async page(client, filter, next, signal) {
        const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .DescribeParametersCommand */ .$hz({
            ...(filter !== '/' ? { ParameterFilters: [{ Key: 'Path', Option: 'Recursive', Values: [filter] }] } : {}),
            MaxResults: 50,
            ...(next ? { NextToken: next } : {}),
        }), { abortSignal: signal });
        return { entries: (out.Parameters ?? []).flatMap(listedParameter), ...(out.NextToken ? { next: out.NextToken } : {}) };
    },
};
const ssmSource = (settings, ports) => new _source_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsSource */ .j(ssm, settings, ports);


/***/ })

};

//# sourceMappingURL=145.index.js.map