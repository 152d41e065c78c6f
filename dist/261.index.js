export const id = 261;
export const ids = [261];
export const modules = {

/***/ 1261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InfisicalSource: () => (/* binding */ InfisicalSource)
});

// EXTERNAL MODULE: ./src/schema.ts + 14 modules
var schema = __webpack_require__(3618);
// EXTERNAL MODULE: ./src/audit/inventory.ts
var audit_inventory = __webpack_require__(2363);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/http.ts
class HttpError extends Error {
    failure;
    status;
    body;
    name = 'HttpError';
    constructor(message, failure, status, 
    /** The JSON body's `message` and `error` fields, when the server sent JSON. */
    body) {
        super(message);
        this.failure = failure;
        this.status = status;
        this.body = body;
    }
}
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
function retryAfterMs(headers) {
    for (const name of ['retry-after', 'x-ratelimit-reset']) {
        const value = headers.get(name);
        if (!value)
            continue;
        const seconds = Number(value);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - Date.now());
    }
    return undefined;
}
const errorFields = (body) => {
    if (!body || typeof body !== 'object')
        return undefined;
    const { message, error } = body;
    const text = (v) => typeof v === 'string' ? v : Array.isArray(v) ? v.map((i) => (i && typeof i === 'object' && 'message' in i ? String(i.message) : '')).join('; ') : undefined;
    return { message: text(message), error: text(error) };
};
class HttpClient {
    baseUrl;
    options;
    /** Requests sent (attempts included), by "METHOD /path" without the query. */
    requests = new Map();
    waitedMs = 0;
    constructor(baseUrl, options) {
        this.baseUrl = baseUrl;
        this.options = options;
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
        const headers = { accept: 'application/json', ...this.options.headers };
        if (init.token)
            headers.authorization = `Bearer ${init.token}`;
        if (init.body !== undefined)
            headers['content-type'] = 'application/json';
        const label = `${method} ${url.pathname}`;
        const maxAttempts = this.options.maxAttempts ?? 6;
        for (let attempt = 1;; attempt++) {
            this.requests.set(label, (this.requests.get(label) ?? 0) + 1);
            const started = Date.now();
            let retryable;
            let waitHint;
            try {
                const response = await this.options.fetch(url, {
                    method,
                    headers,
                    body: init.body === undefined ? undefined : JSON.stringify(init.body),
                    redirect: 'manual',
                    signal: AbortSignal.timeout(this.options.timeoutMs),
                });
                const text = await response.text();
                this.options.logger.debug(`${label} → ${response.status} (${Date.now() - started} ms)`);
                const result = this.interpret(response, text, label);
                if (!(result instanceof HttpError))
                    return result;
                // Transient: rate limits, 5xx (a proxy's HTML error page included) and JSON cut short.
                // A 200 HTML page is Cloudflare Access answering, not a passing fault.
                const transient = RETRYABLE_STATUS.has(response.status) || (result.failure === 'not-json' && isTruncatedJson(response, text));
                if (!transient)
                    throw result;
                retryable = result;
                waitHint = retryAfterMs(response.headers);
            }
            catch (err) {
                if (err instanceof HttpError)
                    throw err;
                retryable = networkError(err, label, this.options.timeoutMs);
                this.options.logger.debug(`${label} → ${retryable.message}`);
            }
            const wait = waitHint ?? Math.min(30_000, 1000 * 2 ** (attempt - 1));
            const budget = this.options.maxWaitMs - this.waitedMs;
            if (attempt >= maxAttempts || wait > budget) {
                const why = attempt >= maxAttempts ? `after ${attempt} attempts` : `the next retry (in ${Math.ceil(wait / 1000)} s) would exceed the retry budget of ${Math.round(this.options.maxWaitMs / 1000)} s`;
                throw new HttpError(`${retryable.message}; gave up: ${why}`, retryable.failure, retryable.status, retryable.body);
            }
            this.options.logger.debug(`${label}: retrying in ${wait} ms (${retryable.message})`);
            this.waitedMs += wait;
            await this.options.sleep(wait);
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
            const hint = /cloudflareaccess\.com$/.test(host) || location.includes('/cdn-cgi/access/')
                ? 'Cloudflare Access is asking for a login: set the CF Access service token (client id and secret)'
                : 'a proxy or a wrong host is in front of Infisical';
            return new HttpError(`${label} was redirected (${status}${host ? ` to ${host}` : ''}): ${hint}`, 'redirect', status);
        }
        const type = response.headers.get('content-type') ?? '';
        let body;
        try {
            body = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            const what = /html/i.test(type) || /^\s*</.test(text) ? 'an HTML page' : 'a body that is not valid JSON';
            const hint = what === 'an HTML page' ? ': Cloudflare Access (or another proxy) answered instead of Infisical; check the CF Access headers and the host' : '';
            return new HttpError(`${label} returned ${what} (status ${status}, expected JSON)${hint}`, 'not-json', status);
        }
        if (status >= 200 && status < 300)
            return { status, body };
        const fields = errorFields(body);
        const detail = [...new Set([fields?.message, fields?.error].filter(Boolean))].join(' — ');
        return new HttpError(`${label} failed: ${status}${detail ? ` ${detail}` : ''}`, 'status', status, fields);
    }
}
const isTruncatedJson = (response, text) => /json/i.test(response.headers.get('content-type') ?? '') && /^\s*[[{]/.test(text);
function networkError(err, label, timeoutMs) {
    const e = err;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
        return new HttpError(`${label} timed out after ${timeoutMs / 1000} s`, 'timeout');
    }
    // undici's fetch puts the system error in `cause`; other fetches set `code` on the error itself.
    const cause = e?.cause?.code ?? e?.code ?? e?.cause?.message ?? e?.message ?? String(err);
    return new HttpError(`${label}: network error (${cause})`, 'network');
}

// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(813);
;// CONCATENATED MODULE: ./src/sources/infisical.ts
/**
 * Infisical: Universal Auth login, project environments, one recursive
 * listing per environment, companion dates, folder diagnosis, token revoke.
 * Works with current servers (/api/v4, /api/v1/projects) and older ones
 * (/api/v3/secrets/raw, /api/v1/workspace), which ignore viewSecretValue and
 * send values anyway: every value is dropped here, at the parsing boundary,
 * except an expiry companion's date.
 */





const HIDDEN_MASK = '<hidden-by-infisical>';
const COMPANION_CONCURRENCY = 8;
const loginSchema = schema.z.object({ accessToken: schema.z.string().check(schema.z.minLength(1)) });
const projectSchema = schema.z.object({
    id: schema.z.optional(schema.z.string()),
    name: schema.z.optional(schema.z.string()),
    environments: schema.z.array(schema.z.object({ slug: schema.z.string().check(schema.z.minLength(1)), name: schema.z.optional(schema.z.string()) })),
});
/**
 * The metadata of one listed secret, copied field by field so nothing else
 * (secretValue above all) survives; the name of the first bad field otherwise.
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
    if (secretPath !== undefined && typeof secretPath !== 'string')
        return 'secretPath: expected a string';
    if (typeof version !== 'number')
        return 'version: expected a number';
    if (type !== undefined && typeof type !== 'string')
        return 'type: expected a string';
    if (typeof updatedAt !== 'string')
        return 'updatedAt: expected a string';
    return { secretKey, secretPath, version, type, updatedAt };
}
const folderListSchema = schema.z.object({ folders: schema.z.array(schema.z.object({ name: schema.z.string(), relativePath: schema.z.optional(schema.z.string()) })) });
const isRouteNotFound = (err) => err instanceof HttpError && err.status === 404 && /^Route \w+:/.test(err.body?.message ?? '');
const isNotMember = (err) => err instanceof HttpError && err.status === 403 && /not a member/i.test(`${err.body?.error ?? ''} ${err.body?.message ?? ''}`);
const isAuthExpired = (err) => err instanceof HttpError && (err.status === 401 || (err.status === 403 && err.body?.error === 'TokenError'));
class InfisicalSource {
    settings;
    ports;
    http;
    token = '';
    relogin;
    secretsApi;
    foldersApi;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.http = new HttpClient(settings.host, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            logger: ports.logger,
            headers: settings.headers,
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
        });
    }
    async read(options) {
        await this.login();
        const project = await this.project();
        const where = `project ${project.name ?? this.settings.projectId}`;
        if (project.environments.length === 0)
            throw new errors/* FatalError */.HX(`${where} has no environments`);
        const environments = (0,source/* selectEnvironments */.f)(project.environments, options.environments, where);
        const prefix = (0,audit_inventory/* normalizePath */.Fd)(options.pathPrefix ?? '/');
        // The first listing finds out which API the server has (on a current server it is the
        // first environment's answer). Then the next environment downloads while the current
        // one is parsed: two listings in memory at most (20,000 secrets are ~8 MB of JSON;
        // three at once pushed peak RSS past 200 MB).
        const settle = (p) => p.then((items) => ({ items }), (error) => ({ error }));
        const download = (slug) => settle(this.list(slug, prefix));
        const probe = await settle(this.probeList(environments[0].slug, prefix));
        // Without /api/v4 the probe listed nothing: the first environment goes through /api/v3 too.
        let pending = 'items' in probe && probe.items === undefined ? download(environments[0].slug) : Promise.resolve(probe);
        const listed = [];
        for (const [i, env] of environments.entries()) {
            const listing = await pending;
            if (i + 1 < environments.length)
                pending = download(environments[i + 1].slug);
            listed.push(this.readEnvironment(env, prefix, options.companionSuffix, listing));
        }
        await this.readCompanions(listed.flatMap((l) => l.hiddenCompanions), prefix);
        const inventory = {
            source: {
                kind: 'infisical',
                location: this.settings.host,
                projectId: this.settings.projectId,
                ...(project.name ? { projectName: project.name } : {}),
            },
            pathPrefix: prefix,
            environments: listed.map((l) => l.environment),
        };
        await this.diagnoseFolders(inventory, prefix);
        return inventory;
    }
    close() {
        return this.revoke();
    }
    async login() {
        let response;
        try {
            response = await this.http.json('POST', '/api/v1/auth/universal-auth/login', {
                body: { clientId: this.settings.clientId, clientSecret: this.settings.clientSecret },
            });
        }
        catch (err) {
            if (err instanceof HttpError)
                throw new errors/* FatalError */.HX(`Failed to obtain Infisical auth token: ${loginCause(err, this.settings.host)}`);
            throw err;
        }
        const parsed = loginSchema.safeParse(response.body);
        if (!parsed.success) {
            throw new errors/* FatalError */.HX(`Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`);
        }
        this.token = parsed.data.accessToken;
        this.ports.mask?.(this.token);
    }
    async revoke() {
        if (!this.token)
            return;
        try {
            await this.http.json('POST', '/api/v1/auth/token/revoke', { body: { accessToken: this.token }, token: this.token });
            this.ports.logger.debug('Access token revoked');
        }
        catch (err) {
            this.ports.logger.debug(`Could not revoke the access token: ${err.message}`);
        }
    }
    /** An authenticated GET; on an expired or refused token, log in again once and retry. */
    async get(path, query) {
        try {
            return (await this.http.json('GET', path, { query, token: this.token })).body;
        }
        catch (err) {
            if (!isAuthExpired(err))
                throw err;
            this.ports.logger.debug('Access token refused; logging in again');
            this.relogin ??= this.login().finally(() => (this.relogin = undefined));
            await this.relogin;
            return (await this.http.json('GET', path, { query, token: this.token })).body;
        }
    }
    async project() {
        const id = encodeURIComponent(this.settings.projectId);
        let body;
        try {
            // Current servers answer {project}; older ones only have /api/v1/workspace, answering {workspace}.
            try {
                body = (await this.get(`/api/v1/projects/${id}`, {}))?.project;
            }
            catch (err) {
                if (!isRouteNotFound(err))
                    throw err;
                body = (await this.get(`/api/v1/workspace/${id}`, {}))?.workspace;
            }
        }
        catch (err) {
            if (isNotMember(err)) {
                throw new errors/* FatalError */.HX(`The machine identity is not a member of project ${this.settings.projectId}: ${err.body?.error}. Add it to the project with a role that can describe secrets.`);
            }
            if (err instanceof HttpError && err.status === 404) {
                throw new errors/* FatalError */.HX(`Project ${this.settings.projectId} not found on ${this.settings.host}: ${err.body?.message ?? err.message}`);
            }
            if (err instanceof HttpError)
                throw new errors/* FatalError */.HX(`Cannot read project ${this.settings.projectId}: ${err.message}`);
            throw err;
        }
        const parsed = projectSchema.safeParse(body);
        if (!parsed.success)
            throw new errors/* FatalError */.HX(`Cannot read project ${this.settings.projectId}: the answer lists no environments`);
        return parsed.data;
    }
    /** One environment's listing, or why it could not be read, as metadata. */
    readEnvironment(env, prefix, suffix, listing) {
        const named = { slug: env.slug, ...(env.name ? { name: env.name } : {}) };
        try {
            if ('error' in listing)
                throw listing.error;
            const raw = listing.items ?? [];
            const secrets = [];
            const hiddenCompanions = [];
            const paths = new Map(); // a few hundred folders for tens of thousands of secrets
            for (const [i, item] of raw.entries()) {
                const meta = listedMeta(item);
                if (typeof meta === 'string')
                    throw new HttpError(`unexpected listing shape at secrets[${i}].${meta}`, 'status');
                const { secretKey, secretPath, version, type, updatedAt } = meta;
                if (type !== undefined && type !== 'shared')
                    continue; // personal overrides are not coverage
                const listedPath = secretPath ?? prefix;
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
            this.ports.logger.info(`${env.slug}: ${secrets.length} secrets under ${prefix}`);
            return { environment: { ...named, status: 'ok', secrets }, hiddenCompanions };
        }
        catch (err) {
            if (isNotMember(err))
                throw new errors/* FatalError */.HX(`The machine identity is not a member of project ${this.settings.projectId}: ${err.body?.error}`);
            if (isAuthExpired(err))
                throw new errors/* FatalError */.HX(`Failed to obtain Infisical auth token: the token was refused again after a new login (${err.message})`);
            if (!(err instanceof HttpError))
                throw err;
            return { environment: { ...named, status: 'unreadable', reason: unreadableReason(err, env.slug, prefix) }, hiddenCompanions: [] };
        }
    }
    /**
     * The first environment's listing through /api/v4; on a server without it
     * (route not found) remember that and answer undefined, so every environment,
     * this one included, is then listed through /api/v3 in parallel.
     */
    async probeList(environment, secretPath) {
        try {
            const body = await this.get('/api/v4/secrets', { projectId: this.settings.projectId, ...listQuery(environment, secretPath) });
            this.secretsApi = 'current';
            return parseList(body);
        }
        catch (err) {
            if (!isRouteNotFound(err))
                throw err;
            this.ports.logger.debug('No /api/v4/secrets on this server; using /api/v3/secrets/raw');
            this.secretsApi = 'legacy';
            return undefined;
        }
    }
    /** One recursive listing, values not asked for, through the API the probe found. */
    async list(environment, secretPath) {
        const query = listQuery(environment, secretPath);
        return this.secretsApi === 'legacy'
            ? parseList(await this.get('/api/v3/secrets/raw', { workspaceId: this.settings.projectId, ...query }))
            : parseList(await this.get('/api/v4/secrets', { projectId: this.settings.projectId, ...query }));
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
            const name = encodeURIComponent(secret.key);
            const query = { environment, secretPath: secret.path, viewSecretValue: 'true', expandSecretReferences: 'false', type: 'shared' };
            try {
                const body = this.secretsApi === 'legacy'
                    ? await this.get(`/api/v3/secrets/raw/${name}`, { workspaceId: this.settings.projectId, ...query })
                    : await this.get(`/api/v4/secrets/${name}`, { projectId: this.settings.projectId, ...query });
                const date = companionDate(body?.secret);
                if (date !== undefined)
                    secret.expiresAt = date;
            }
            catch (err) {
                if (!(err instanceof HttpError))
                    throw err;
                if (!warned.has(environment)) {
                    warned.add(environment);
                    this.ports.logger.warning(`${environment}: cannot read expiry companion dates (${err.status ?? err.failure}); grant readValue on secrets named *__EXPIRES_AT`);
                }
            }
        };
        let next = 0;
        const worker = async () => {
            while (next < companions.length)
                await readOne(companions[next++]);
        };
        await Promise.all(Array.from({ length: Math.min(COMPANION_CONCURRENCY, companions.length) }, worker));
    }
    /** Dates from one tag-filtered listing per environment; returns the companions still without one. */
    async readTagged(hidden, prefix, tag) {
        const left = [];
        const environments = [...new Set(hidden.map((h) => h.environment))];
        await Promise.all(environments.map(async (environment) => {
            const mine = hidden.filter((h) => h.environment === environment);
            const wanted = new Map(mine.map((h) => [`${h.secret.path}\u0000${h.secret.key}`, h.secret]));
            try {
                const query = { environment, secretPath: prefix, recursive: 'true', viewSecretValue: 'true', tagSlugs: tag, expandSecretReferences: 'false', include_imports: 'false' };
                const body = this.secretsApi === 'legacy'
                    ? await this.get('/api/v3/secrets/raw', { workspaceId: this.settings.projectId, ...query })
                    : await this.get('/api/v4/secrets', { projectId: this.settings.projectId, ...query });
                for (const item of parseList(body)) {
                    const meta = listedMeta(item);
                    if (typeof meta === 'string')
                        continue;
                    // Only a wanted companion's date is kept; any other tagged value is dropped here.
                    const secret = wanted.get(`${(0,audit_inventory/* normalizePath */.Fd)(meta.secretPath ?? prefix)}\u0000${meta.secretKey}`);
                    const date = secret && companionDate(item);
                    if (secret && date !== undefined)
                        secret.expiresAt = date;
                }
            }
            catch (err) {
                if (!(err instanceof HttpError))
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
     * Runbook failure mode C: where an environment has nothing under a folder
     * other environments use, ask the folder listing whether the folder exists.
     * Costs nothing when there is no such gap.
     */
    async diagnoseFolders(inventory, prefix) {
        for (const [slug, gaps] of (0,audit_inventory/* folderGaps */.wn)(inventory)) {
            const env = inventory.environments.find((e) => e.slug === slug);
            if (env?.status !== 'ok')
                continue;
            try {
                const exists = await this.folderExists(slug, prefix, gaps);
                const missing = gaps.filter((f) => !exists(f));
                if (missing.length)
                    env.missingFolders = missing;
            }
            catch (err) {
                if (!(err instanceof HttpError))
                    throw err;
                this.ports.logger.debug(`${slug}: folder listing failed (${err.message}); folder existence left unknown`);
            }
        }
    }
    async folderExists(environment, prefix, gaps) {
        if (this.foldersApi !== 'legacy') {
            const root = prefix === '/' ? '/' : (0,audit_inventory/* parentPath */.yl)(prefix);
            try {
                const body = await this.get('/api/v2/folders', { projectId: this.settings.projectId, environment, path: root, recursive: 'true' });
                const folders = folderListSchema.parse(body).folders;
                this.foldersApi = 'current';
                const known = new Set(folders.map((f) => (0,audit_inventory/* joinPath */.uJ)(root, f.relativePath ?? f.name)));
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
            const body = await this.get('/api/v1/folders', { workspaceId: this.settings.projectId, environment, path: parent });
            children.set(parent, new Set(folderListSchema.parse(body).folders.map((f) => f.name)));
        }
        return (folder) => folder === '/' || (children.get((0,audit_inventory/* parentPath */.yl)(folder))?.has(folder.slice(folder.lastIndexOf('/') + 1)) ?? false);
    }
}
const listQuery = (environment, secretPath) => ({
    environment,
    secretPath,
    recursive: 'true',
    viewSecretValue: 'false',
    expandSecretReferences: 'false',
    include_imports: 'false',
});
/** The listing's secrets array, as sent (a schema would copy all of it); items are checked one by one. */
function parseList(body) {
    const secrets = body?.secrets;
    if (!Array.isArray(secrets))
        throw new HttpError('unexpected listing shape: no secrets array', 'status');
    return secrets;
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
function loginCause(err, host) {
    if (err.failure === 'network' || err.failure === 'timeout')
        return `cannot reach ${host}: ${err.message}`;
    if (err.failure === 'not-json' || err.failure === 'redirect')
        return err.message;
    if (err.status === 401) {
        return `Infisical refused the client id or secret (401${err.body?.message ? ` ${err.body.message}` : ''}); check the machine identity's Universal Auth credentials`;
    }
    if (err.status === 404)
        return `${host} has no Universal Auth login route (404): is the host an Infisical server?`;
    return err.message;
}
function unreadableReason(err, env, prefix) {
    if (err.status === 403) {
        return `permission denied (${err.body?.message ?? err.message}); grant describeSecret on ${prefix} in ${env}`;
    }
    if (err.status === 404)
        return err.body?.message ?? err.message;
    return err.message;
}


/***/ })

};

//# sourceMappingURL=261.index.js.map