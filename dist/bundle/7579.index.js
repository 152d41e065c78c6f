export const id = 7579;
export const ids = [7579];
export const modules = {

/***/ 98868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ isPathNotFound),
/* harmony export */   Gs: () => (/* binding */ isNotMember),
/* harmony export */   O7: () => (/* binding */ isFolderNotFound),
/* harmony export */   Qd: () => (/* binding */ isAuthExpired),
/* harmony export */   Qk: () => (/* binding */ unreadableReason),
/* harmony export */   RS: () => (/* binding */ loginCause),
/* harmony export */   hy: () => (/* binding */ isRouteNotFound),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   zD: () => (/* binding */ isProjectNotFound)
/* harmony export */ });
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86679);
/** What Infisical's failures mean, in words a user can act on. The HTTP client stays provider-neutral. */

const isRouteNotFound = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && /^Route \w+:/.test(err.body?.message ?? '');
/** Current servers: a listing of a path (or environment) that does not exist, told apart by the error's name. */
const isPathNotFound = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && err.body?.error === 'SecretPathNotFound';
/**
 * The secret-imports read of a folder that does not exist: 404 NotFound "Folder not found" (2024 builds) or
 * "Folder with path '…' … not found" (current ones). A route-not-found or a proxy's page is not that.
 */
const isFolderNotFound = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ &&
    err.status === 404 &&
    err.failure === 'status' &&
    !isRouteNotFound(err) &&
    (err.body?.error === 'NotFound' || err.body?.error === 'SecretPathNotFound') &&
    /folder\b.*not found/i.test(err.body?.message ?? '');
const isNotMember = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 403 && /not a member/i.test(`${err.body?.error ?? ''} ${err.body?.message ?? ''}`);
/** The October 2024 server answers an unknown project id or slug with 500 "Failed to find project…" (fixture 54). */
const isProjectNotFound = (status, body) => status === 500 && /failed to find project/i.test(`${body?.error ?? ''} ${body?.message ?? ''}`);
const isAuthExpired = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (err.status === 401 || (err.status === 403 && err.body?.error === 'TokenError'));
/**
 * A redirect or an HTML page where Infisical should answer JSON is almost
 * always Cloudflare Access (or another proxy) in front of the server: say so.
 */
function withHint(err) {
    if (!(err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$))
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
        hint =
            /cloudflareaccess\.com$/.test(host) || location.includes('/cdn-cgi/access/')
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
    return new _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$(message, err.failure, err.status, err.body, err.detail);
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


/***/ }),

/***/ 19383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ Session)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82467);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86679);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12032);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98868);
/**
 * An Infisical session: a login (Universal Auth, OIDC Auth with the workflow's
 * token, or an access token given as is), authenticated GETs with one re-login
 * on a refused token, and a revoke of a token this session obtained.
 */




const loginSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ accessToken: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.minLength(1)) });
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
        this.http = new _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(settings.host, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            ...(ports.hosts ? { shared: ports.hosts } : {}),
            logger: ports.logger,
            headers: settings.headers,
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
            isPermanent: _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isProjectNotFound */ .zD,
            // Infisical limits each route per minute, one secret's reads all counting against one route.
            routeOf: (path) => path.replace(/^(\/api\/v4\/secrets|\/api\/v3\/secrets\/raw)\/.+$/, '$1/:name'),
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
            const explained = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .mu)(err);
            if (explained instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$) {
                const kind = explained.failure === 'network' || explained.failure === 'timeout' ? 'unreachable' : 'auth';
                throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB(kind, `Failed to obtain Infisical auth token: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .loginCause */ .RS)(explained, this.settings.host, auth)}`);
            }
            throw err;
        }
        const parsed = loginSchema.safeParse(response.body);
        if (!parsed.success) {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', `Failed to obtain Infisical auth token: the login answer from ${this.settings.host} has no accessToken (is this an Infisical server?)`);
        }
        this.token = parsed.data.accessToken;
        this.ownsToken = true;
        this.ports.mask?.(this.token);
    }
    /** The workflow's OIDC token (GitHub's runner issues it), masked before anything else happens. */
    async workflowToken(audience) {
        if (!this.ports.idToken) {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', "Failed to obtain Infisical auth token: OIDC Auth needs the workflow's OIDC token, which only the GitHub Action has; from the command line use INFISICAL_TOKEN or Universal Auth");
        }
        let jwt;
        try {
            jwt = await this.ports.idToken(audience);
        }
        catch {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', 'Failed to obtain Infisical auth token: the workflow gave no OIDC token; add `permissions: id-token: write` to the job');
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
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isAuthExpired */ .Qd)(err))
                    throw err;
                // A token given as is cannot be renewed: its refusal is final.
                if (!this.ownsToken) {
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreFailure */ .kB('auth', `Infisical refused the access token given (infisical-token / INFISICAL_TOKEN, ${err.status}): it may have expired or lack access to the project`);
                }
                this.ports.logger.debug('Access token refused; logging in again');
                this.relogin ??= this.login().finally(() => (this.relogin = undefined));
                await this.relogin;
                return (await this.http.json('GET', path, { query, token: this.token })).body;
            }
        }
        catch (err) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .mu)(err);
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


/***/ }),

/***/ 77579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InfisicalSource: () => (/* binding */ InfisicalSource)
});

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/audit/inventory.ts
var audit_inventory = __webpack_require__(22363);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(63256);
// EXTERNAL MODULE: ./src/net/http.ts + 1 modules
var http = __webpack_require__(86679);
// EXTERNAL MODULE: ./src/net/pool.ts
var pool = __webpack_require__(86997);
// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(70813);
// EXTERNAL MODULE: ./src/sources/store.ts
var store = __webpack_require__(82467);
// EXTERNAL MODULE: ./src/sources/infisical/errors.ts
var errors = __webpack_require__(98868);
;// CONCATENATED MODULE: ./src/sources/infisical/gaps.ts
/**
 * Where one environment lacks what others hold: the folders the read flow
 * checks (imports, permissions, existence), so its extra requests stay
 * bounded by the folders that would otherwise report missing rows.
 */

const readable = (inventory) => inventory.environments.filter((e) => e.status === 'ok');
/**
 * For each readable environment: folder → keys that another readable environment holds there and this one does
 * not. One pass over every secret to index who holds each identity, then one pass per environment over the
 * identities: linear in secrets × environments, not in its square.
 */
function absentByFolder(inventory) {
    const envs = readable(inventory);
    const holders = new Map();
    for (const env of envs) {
        for (const secret of env.secrets) {
            const id = (0,audit_inventory/* identityKey */.US)(secret.path, secret.key);
            let entry = holders.get(id);
            if (!entry)
                holders.set(id, (entry = { path: secret.path, key: secret.key, envs: new Set() }));
            entry.envs.add(env.slug);
        }
    }
    const out = new Map();
    for (const env of envs) {
        const folders = new Map();
        for (const { path, key, envs: holding } of holders.values()) {
            if (holding.has(env.slug))
                continue;
            let keys = folders.get(path);
            if (!keys)
                folders.set(path, (keys = new Set()));
            keys.add(key);
        }
        if (folders.size)
            out.set(env.slug, folders);
    }
    return out;
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
        throw new http/* HttpError */.j$('unexpected listing shape: no secrets array', 'status');
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
        throw new http/* HttpError */.j$('unexpected listing shape: imports is not a list', 'status');
    return imports.map((entry, i) => {
        const { environment, secretPath, secrets } = (entry ?? {});
        if (typeof environment !== 'string' || typeof secretPath !== 'string' || !Array.isArray(secrets)) {
            throw new http/* HttpError */.j$(`unexpected listing shape at imports[${i}]: expected environment, secretPath and secrets`, 'status');
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
/**
 * A folder's import configuration, which also answers whether the folder exists (404 "Folder not found") and,
 * on the 2024 builds, whether the identity may read its secrets (403: the route checks read on secrets there).
 * Current servers serve it at /api/v2 with projectId (the /api/v1 router is deprecated and wants workspaceId) and
 * check read on secret imports instead, so there access is asked of the secret itself.
 */
const IMPORT_ROUTES = {
    current: { path: '/api/v2/secret-imports', project: 'projectId', settlesAccess: false },
    legacy: { path: '/api/v1/secret-imports', project: 'workspaceId', settlesAccess: true },
};

// EXTERNAL MODULE: ./src/sources/infisical/session.ts
var session = __webpack_require__(19383);
;// CONCATENATED MODULE: ./src/sources/infisical/source.ts
/**
 * The Infisical read flow: project environments, one recursive listing per
 * environment, companion dates, then one check per folder where an
 * environment lacks keys (imports, access and folder existence at once). Session handles login and
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
    /** The secret-imports route, when the listing's generation does not have its own (decided once). */
    importRoutes;
    /** The folders an environment holds secrets in itself, indexed once per environment (a gap asks for each). */
    natives = new WeakMap();
    /** The project's id: as given, or resolved from the slug given. */
    projectId;
    project;
    /** The environments read, in column order, with their names. */
    environments = [];
    /**
     * The next environment's listing, downloading while the current one is parsed: two listings in memory at
     * most (20,000 secrets are ~8 MB of JSON; three at once pushed peak RSS past 200 MB).
     */
    prefetched;
    /** What the listings leave for complete(): companions whose dates were hidden, imports, missing prefixes. */
    hidden = [];
    imported = new Map();
    /** Current servers answer a listing of a path that does not exist with 404 SecretPathNotFound: nothing there. */
    missingPrefix = new Set();
    /** Listings run one after another (the next one downloading): the first decides the API generation. */
    listConcurrency = 1;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.session = new session/* Session */.N(settings, ports);
        this.projectId = settings.projectId;
    }
    /** The HTTP client (its deadline, its throttling). */
    get http() {
        return this.session.http;
    }
    throttling() {
        return this.http.throttling();
    }
    async connect(locations) {
        // Said before any credential is sent: where the credentials go.
        this.ports.logger.info(`Infisical at ${this.settings.host} (${this.settings.auth.method === 'universal' ? 'Universal Auth' : this.settings.auth.method === 'oidc' ? 'OIDC Auth' : 'an access token given'})`);
        for (const notice of this.settings.notices ?? [])
            this.ports.logger.info(notice);
        await this.session.login();
        const project = (this.project = await this.readProject());
        const where = `project ${project.name ?? this.projectId}`;
        if (project.environments.length === 0)
            throw new store/* StoreFailure */.kB('not-found', `${where} has no environments`);
        this.environments = (0,source/* selectEnvironments */.f)(project.environments, locations.length ? locations : undefined, where);
    }
    async locations() {
        return this.environments.map((e) => e.slug);
    }
    nameOf(slug) {
        return this.environments.find((e) => e.slug === slug)?.name;
    }
    describe() {
        return {
            kind: 'infisical',
            location: this.settings.host,
            projectId: this.projectId,
            ...(this.project?.name ? { projectName: this.project.name } : {}),
        };
    }
    async list(slug, { prefix, companionSuffix }) {
        const download = (env) => this.download(env, prefix).then((l) => l, (error) => ({ error }));
        let listing = await (this.prefetched?.slug === slug ? this.prefetched.download : download(slug));
        // The first listing found out which API the server has; the next one downloads while this one is parsed.
        const next = this.environments[this.environments.findIndex((e) => e.slug === slug) + 1];
        this.prefetched = next ? { slug: next.slug, download: download(next.slug) } : undefined;
        if ('error' in listing && (0,errors/* isPathNotFound */.BM)(listing.error)) {
            this.missingPrefix.add(slug);
            listing = { items: [], imports: [] };
        }
        const read = this.readEnvironment(slug, prefix, companionSuffix, listing);
        this.hidden.push(...read.hiddenCompanions);
        if (!('error' in listing))
            this.imported.set(slug, listing.imports);
        return read.listing;
    }
    /** After the listings: hidden companion dates, then one check per folder where an environment lacks keys. */
    async complete(inventory, { prefix }) {
        await this.readCompanions(this.hidden, prefix);
        await this.checkGaps(inventory, this.imported, prefix, this.missingPrefix);
        const paced = this.http.pacedMs;
        if (paced > 0)
            this.ports.logger.info(`Infisical at ${this.settings.host} announced its rate limits: waited ${(paced / 1000).toFixed(1)} s for them rather than be refused`);
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
    async readProject() {
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
                if (!(0,errors/* isRouteNotFound */.hy)(err))
                    throw err;
                body = await read('legacy');
            }
        }
        catch (err) {
            if ((0,errors/* isNotMember */.Gs)(err)) {
                throw new store/* StoreFailure */.kB('auth', `The machine identity is not a member of ${what.toLowerCase()} (403). Add it to the project with a role that can describe secrets.`);
            }
            if (err instanceof http/* HttpError */.j$ && (err.status === 404 || (0,errors/* isProjectNotFound */.zD)(err.status ?? 0, err.body))) {
                const hint = bySlug ? 'check the slug (or give the project id)' : 'check the project id (a slug works too) and that the machine identity is a member';
                throw new store/* StoreFailure */.kB('not-found', `${what} not found on ${this.settings.host} (${tried} answered ${err.status}): ${hint}`);
            }
            if (err instanceof http/* HttpError */.j$)
                throw new store/* StoreFailure */.kB('unreachable', `Cannot read ${what.toLowerCase()}: ${err.message}`);
            throw err;
        }
        const parsed = projectSchema.safeParse(body);
        if (!parsed.success)
            throw new store/* StoreFailure */.kB('unreachable', `Cannot read ${what.toLowerCase()}: the answer lists no environments`);
        if (bySlug) {
            if (!parsed.data.id)
                throw new store/* StoreFailure */.kB('unreachable', `Cannot read ${what.toLowerCase()}: the answer has no project id`);
            this.projectId = parsed.data.id;
            this.ports.logger.info(`Project slug ${given} is project ${parsed.data.id}`);
        }
        return parsed.data;
    }
    /** One environment's listing as metadata; throws why it could not be read. */
    readEnvironment(slug, prefix, suffix, listing) {
        const name = this.nameOf(slug);
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
                    throw new http/* HttpError */.j$(`unexpected listing shape at secrets[${i}].${meta}`, 'status');
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
                        hiddenCompanions.push({ environment: slug, secret });
                }
                secrets.push(secret);
            }
            this.ports.logger.info(`${slug}: ${(0,plural/* plural */.L)(secrets.length, 'secret')} under ${prefix}`);
            return { listing: { ...(name ? { name } : {}), secrets }, hiddenCompanions };
        }
        catch (err) {
            if ((0,errors/* isNotMember */.Gs)(err))
                throw new store/* StoreFailure */.kB('auth', `The machine identity is not a member of project ${this.projectId} (403). Add it to the project with a role that can describe secrets.`);
            if ((0,errors/* isAuthExpired */.Qd)(err))
                throw new store/* StoreFailure */.kB('auth', `Failed to obtain Infisical auth token: the token was refused again after a new login (${err.status})`);
            if (!(err instanceof http/* HttpError */.j$))
                throw err;
            throw new store/* StoreFailure */.kB(err.status === 403 ? 'denied' : err.status === 429 ? 'throttled' : 'failed', (0,errors/* unreadableReason */.Qk)(err, slug, prefix));
        }
    }
    /**
     * One recursive listing, values not asked for. The API is decided by the
     * first answer that says so: a route-not-found on the current API switches
     * the table to the legacy one and asks again; a passing failure decides nothing.
     */
    async download(environment, secretPath) {
        try {
            const body = await this.secrets(this.routes.list, listQuery(environment, secretPath));
            return { items: listedItems(body), imports: listedImports(body) };
        }
        catch (err) {
            if (this.routes !== SECRET_ROUTES.current || !(0,errors/* isRouteNotFound */.hy)(err))
                throw err;
            this.ports.logger.debug(`No ${SECRET_ROUTES.current.list} on this server; using ${SECRET_ROUTES.legacy.list}`);
            this.routes = SECRET_ROUTES.legacy;
            return this.download(environment, secretPath);
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
                if (!(err instanceof http/* HttpError */.j$))
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
                if (!(err instanceof http/* HttpError */.j$))
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
     * Where an environment lacks keys another one holds in a folder, the
     * listing alone cannot say why: the folder may not exist, the identity may
     * not read it (listings leave such secrets out without an error), or the keys
     * may reach it through a secret import. One check per such folder and
     * environment settles it (./gaps.ts), top-down so that a denied or missing
     * folder settles everything below it; none where the listing already does.
     * Keys a check could not settle are unreadable, never missing.
     */
    async checkGaps(inventory, imported, prefix, missingPrefix) {
        const states = new Map();
        const at = (slug, folder) => `${slug}\u0000${folder}`;
        const readable = () => inventory.environments.filter((e) => e.status === 'ok');
        for (const env of readable().filter((e) => missingPrefix.has(e.slug))) {
            states.set(at(env.slug, prefix), { state: 'missing' });
            env.missingFolders = [prefix];
        }
        const nothingAnywhere = readable().every((e) => e.secrets.length === 0);
        if (nothingAnywhere && prefix === '/')
            return;
        for (let round = 0; round < IMPORT_ROUNDS; round++) {
            const gaps = absentByFolder(inventory);
            const todo = [];
            for (const env of readable()) {
                const folders = new Map(gaps.get(env.slug) ?? []);
                // An environment with nothing at all is decided at the prefix first: one request for a denied or missing one.
                if (env.secrets.length === 0 && (folders.size > 0 || nothingAnywhere) && !folders.has(prefix))
                    folders.set(prefix, new Set());
                for (const [folder, keys] of folders)
                    if (!states.has(at(env.slug, folder)))
                        todo.push({ env, folder, keys });
            }
            if (!todo.length)
                break;
            for (const depth of [...new Set(todo.map((g) => depthOf(g.folder)))].sort((a, b) => a - b)) {
                const level = todo.filter((g) => depthOf(g.folder) === depth);
                await (0,pool/* eachConcurrently */.y)(level, CONCURRENCY, async (gap) => {
                    const settled = settledAbove(states, gap.env.slug, gap.folder, at);
                    states.set(at(gap.env.slug, gap.folder), settled ?? (await this.checkFolder(gap, imported.get(gap.env.slug) ?? [])));
                });
                for (const gap of level)
                    this.apply(inventory, gap, states.get(at(gap.env.slug, gap.folder)), prefix, imported.get(gap.env.slug) ?? [], states, at);
            }
        }
        if (!nothingAnywhere)
            return;
        const envs = readable();
        if (envs.length && envs.every((e) => states.get(at(e.slug, prefix))?.state === 'missing')) {
            throw new store/* StoreFailure */.kB('not-found', `path prefix ${prefix} does not exist in any audited environment (${inventory.environments.map((e) => e.slug).join(', ')})`);
        }
        if (envs.length)
            this.ports.logger.warning(`No secrets under ${prefix} in any audited environment`);
    }
    /** The one check a gap needs, or none where the listing settles it. */
    async checkFolder(gap, sources) {
        const { env, folder, keys } = gap;
        const api = this.importsApi();
        if (!api.settlesAccess) {
            const natives = this.nativeFolders(env).has(folder);
            // Access first, from the secret itself: a denied folder costs one request and settles everything below.
            if (!natives && keys.size) {
                const access = await this.accessOf(env.slug, folder, [...keys].sort()[0]);
                if (access.state !== 'absent')
                    return access;
            }
            // Current servers keep an import whose source the identity cannot read (its secrets empty): imports[] is
            // whole, so a readable folder whose listing names no import that could bring the keys is settled.
            const importsMatter = sources.some((s) => s.keys.length === 0 || s.keys.some((k) => keys.has(k.key)));
            if (natives && !importsMatter)
                return { state: 'settled' };
        }
        return this.importsOf(env.slug, folder);
    }
    nativeFolders(env) {
        let folders = this.natives.get(env);
        if (!folders)
            this.natives.set(env, (folders = new Set(env.secrets.filter((s) => s.via === undefined).map((s) => s.path))));
        return folders;
    }
    importsApi() {
        return IMPORT_ROUTES[this.importRoutes ?? (this.routes === SECRET_ROUTES.current ? 'current' : 'legacy')];
    }
    /** GET secret-imports for one folder: its imports, or that it is missing, denied, or could not be checked. */
    async importsOf(environment, path) {
        const api = this.importsApi();
        let body;
        try {
            body = await this.get(api.path, { [api.project]: this.projectId, environment, path });
        }
        catch (err) {
            if (!(err instanceof http/* HttpError */.j$))
                throw err;
            if ((0,errors/* isRouteNotFound */.hy)(err) && api === IMPORT_ROUTES.current) {
                // A server with /api/v4 but not yet /api/v2/secret-imports: the older route, once for the run.
                this.importRoutes = 'legacy';
                return this.importsOf(environment, path);
            }
            if (err.status === 403)
                return { state: 'denied' };
            if ((0,errors/* isFolderNotFound */.O7)(err))
                return { state: 'missing' };
            return { state: 'failed', why: `the secret imports of ${environment}:${path} could not be read (${failureOf(err)})` };
        }
        const parsed = importConfigSchema.safeParse(body);
        if (!parsed.success)
            return { state: 'failed', why: `the secret imports of ${environment}:${path} answered an unexpected shape` };
        return { state: 'imports', config: parsed.data.secretImports };
    }
    /** Current servers: one secret's metadata (no value) says whether the identity may read the folder (403) or it is absent (404). */
    async accessOf(environment, folder, key) {
        try {
            const body = await this.secrets(SECRET_ROUTES.current.one(key), {
                environment,
                secretPath: folder,
                viewSecretValue: 'false',
                expandSecretReferences: 'false',
                type: 'shared',
            });
            const meta = listedMeta(body?.secret);
            return typeof meta === 'string' ? { state: 'failed', why: `${environment}:${folder} answered an unexpected shape` } : { state: 'hidden', meta };
        }
        catch (err) {
            if (!(err instanceof http/* HttpError */.j$))
                throw err;
            if (err.status === 403)
                return { state: 'denied' };
            if (err.status === 404)
                return { state: 'absent' };
            return { state: 'failed', why: `access to ${environment}:${folder} could not be checked (${failureOf(err)})` };
        }
    }
    /** What a check's answer means for the inventory. */
    apply(inventory, gap, answer, prefix, sources, states, at) {
        const { env, folder, keys } = gap;
        const slug = env.slug;
        const i = inventory.environments.indexOf(env);
        switch (answer.state) {
            case 'missing':
                // The topmost missing folder is the one to name.
                if (!settledAbove(states, slug, folder, at, true))
                    (env.missingFolders ??= []).push(folder);
                return;
            case 'denied': {
                if (settledAbove(states, slug, folder, at, true))
                    return;
                const reason = `the identity may not read secrets in ${slug}:${folder}`;
                if (folder === prefix && env.secrets.length === 0)
                    inventory.environments[i] = { slug, ...(env.name ? { name: env.name } : {}), status: 'unreadable', reason };
                else
                    addUnreadable(env, { path: folder, subtree: true, reason });
                return;
            }
            case 'failed':
                if (keys.size)
                    addUnreadable(env, { path: folder, subtree: false, reason: `${answer.why}; the keys it could explain are unknown` });
                return;
            case 'hidden':
                // A single read shows what the listing left out (a permission on secret names?): present, and the rest unknown.
                env.secrets.push({ path: folder, key: answer.meta.secretKey, version: answer.meta.version, updatedAt: answer.meta.updatedAt });
                if (keys.size > 1)
                    addUnreadable(env, { path: folder, subtree: false, reason: `the listing of ${slug}:${folder} leaves out secrets a single read shows` });
                return;
            case 'imports':
                this.resolveImports(env, folder, keys, answer.config, sources);
                return;
            default:
        }
    }
    /**
     * Keys that reach the folder through its imports, first import first; a
     * native secret always wins. An import whose source is not in the listing's
     * imports[] (the 2024 builds drop an unreadable one) or comes without secrets
     * (current servers keep it, empty) leaves the keys it could bring unknown.
     */
    resolveImports(env, folder, keys, config, sources) {
        let unreadableSource;
        const have = new Set(env.secrets.filter((s) => s.path === folder).map((s) => s.key));
        for (const entry of config.filter((c) => !c.isReplication).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))) {
            const from = `${entry.importEnv.slug}:${(0,audit_inventory/* normalizePath */.Fd)(entry.importPath)}`;
            const source = sources.find((s) => `${s.environment}:${(0,audit_inventory/* normalizePath */.Fd)(s.secretPath)}` === from);
            if (!source || source.keys.length === 0) {
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
            addUnreadable(env, { path: folder, subtree: false, reason: `the identity may not read ${unreadableSource}, which ${env.slug}:${folder} imports` });
        }
    }
}
const depthOf = (folder) => (folder === '/' ? 0 : folder.split('/').length - 1);
/** A denied or missing ancestor (or, with `strict`, one strictly above) settles a folder without a request. */
function settledAbove(states, slug, folder, at, strict = false) {
    for (let p = strict ? (0,audit_inventory/* parentPath */.yl)(folder) : folder;; p = (0,audit_inventory/* parentPath */.yl)(p)) {
        if (!(strict && p === folder)) {
            const state = states.get(at(slug, p));
            if (state && (state.state === 'denied' || state.state === 'missing'))
                return state;
        }
        if (p === '/')
            return undefined;
    }
}
/** The status or failure of an answer, in fixed words. */
const failureOf = (err) => (err.status ? `HTTP ${err.status}` : err.failure);


/***/ })

};

//# sourceMappingURL=7579.index.js.map