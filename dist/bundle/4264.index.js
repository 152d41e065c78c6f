export const id = 4264;
export const ids = [4264];
export const modules = {

/***/ 94264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VaultSource: () => (/* binding */ VaultSource),
/* harmony export */   vaultUnusable: () => (/* binding */ vaultUnusable)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22363);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86679);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12032);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82467);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63256);
/** The Vault KV v2 read flow, metadata only (see ./index.ts for what it requests). */





// Vault's documented shapes (fixtures in __tests__/fixtures/vault/, with their sources).
const loginSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ auth: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ client_token: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1)) }) });
const mountSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
    data: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
        path: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string(),
        type: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()),
        options: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.nullable(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ version: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()) }))),
    }),
});
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * A metadata answer, checked by hand at the boundary: one per secret, so no
 * schema library's per-object cost (a 20,000-secret walk parses 60,000).
 * Undefined when it is not what Vault KV v2 answers.
 */
function parseMetadata(body) {
    const data = isObject(body) ? body.data : undefined;
    if (!isObject(data))
        return undefined;
    const { current_version: current, updated_time: updated, custom_metadata: custom, versions } = data;
    if (typeof current !== 'number' || !Number.isInteger(current) || current < 0)
        return undefined;
    if (updated !== undefined && typeof updated !== 'string')
        return undefined;
    if (custom !== undefined && custom !== null && !isObject(custom))
        return undefined;
    const expires = isObject(custom) ? custom.expires_at : undefined;
    if (expires !== undefined && typeof expires !== 'string')
        return undefined;
    if (versions !== undefined && versions !== null && !isObject(versions))
        return undefined;
    const kept = {};
    for (const [n, v] of Object.entries(isObject(versions) ? versions : {})) {
        if (!isObject(v))
            return undefined;
        const { deletion_time: deletion, destroyed } = v;
        if ((deletion !== undefined && typeof deletion !== 'string') || (destroyed !== undefined && typeof destroyed !== 'boolean'))
            return undefined;
        kept[n] = { ...(deletion !== undefined ? { deletion_time: deletion } : {}), ...(destroyed !== undefined ? { destroyed } : {}) };
    }
    return {
        current_version: current,
        ...(updated !== undefined ? { updated_time: updated } : {}),
        ...(expires !== undefined ? { expires_at: expires } : {}),
        ...(isObject(versions) ? { versions: kept } : {}),
    };
}
/** A listing's keys, or undefined when the answer is not a listing. */
function parseKeys(body) {
    const keys = isObject(body) && isObject(body.data) ? body.data.keys : undefined;
    return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? keys : undefined;
}
/** A KV v2 secret's usability at `now`: deleted (soft, in the past) or destroyed is absent; a deletion still ahead is present. */
function vaultUnusable(meta, now) {
    const versions = Object.values(meta.versions ?? {});
    if (versions.length > 0 && versions.every((v) => v.destroyed))
        return { state: 'absent', reason: 'every version destroyed' };
    const current = meta.versions?.[String(meta.current_version)];
    if (!current)
        return { state: 'absent', reason: 'no current version' };
    if (current.destroyed)
        return { state: 'absent', reason: 'current version destroyed' };
    const deleted = current.deletion_time ? Date.parse(current.deletion_time) : NaN;
    if (deleted <= now.getTime())
        return { state: 'absent', reason: 'current version deleted' };
    return undefined;
}
/** A Vault timestamp (nanoseconds) as ISO 8601 with milliseconds; undefined when it is none. */
const isoTime = (text) => {
    const ms = text ? Date.parse(text) : NaN;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};
/**
 * Each segment URL-encoded: names come from the server. `.` and `..` survive
 * encoding and URL parsing resolves them, so they never reach a request.
 */
const urlPath = (...parts) => parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .map((segment) => {
    if (segment === '.' || segment === '..')
        throw new InvalidName();
    return encodeURIComponent(segment);
})
    .join('/');
class InvalidName extends Error {
    name = 'InvalidName';
}
/**
 * A name a listing may hold: a key, or a folder with one trailing `/`. Never
 * `.` or `..`, a `/` inside, or a control character: such a name is reported,
 * never requested.
 */
const isListableName = (name) => {
    const bare = name.endsWith('/') ? name.slice(0, -1) : name;
    // eslint-disable-next-line no-control-regex
    return bare !== '' && bare !== '.' && bare !== '..' && !bare.includes('/') && !/[\u0000-\u001f\u007f]/.test(bare);
};
/** Why a request failed, in fixed words: never the server's text. */
const cause = (err) => {
    if (err instanceof InvalidName)
        return 'a path segment . or .. (refused, not requested)';
    if (!(err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$))
        return 'an unexpected answer';
    if (err.status === 403)
        return 'permission denied (403)';
    if (err.status === 503)
        return 'Vault is sealed or unavailable (503)';
    if (err.failure === 'timeout')
        return 'timed out';
    if (err.failure === 'network')
        return 'network error';
    if (err.failure === 'not-json')
        return `HTTP ${err.status ?? '?'} with ${err.detail?.html ? 'an HTML page' : 'a body'} that is not Vault's JSON (a proxy's answer?)`;
    return err.status ? `HTTP ${err.status}` : 'an unexpected answer';
};
/**
 * Vault's own answer for an empty or missing path: 404 with the JSON body
 * `{"errors":[]}`. A proxy's, an ingress's or a WAF's 404 (an HTML page, other
 * JSON, no body) is not Vault saying "nothing here": that path is unreadable.
 */
const isEmptyPath = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && err.failure === 'status' && Array.isArray(err.body?.errors) && err.body.errors.length === 0;
/** Vault's answer for a route no engine serves (no such mount): 404 with errors in JSON. */
const isUnknownRoute = (err) => err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && err.failure === 'status' && (err.body?.errors?.length ?? 0) > 0;
class VaultSource {
    settings;
    ports;
    http;
    token = '';
    ownsToken = false;
    host;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.host = new URL(settings.address).host;
        this.http = new _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(`${settings.address}/v1/`, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            ...(ports.hosts ? { shared: ports.hosts } : {}),
            logger: ports.logger,
            headers: settings.namespace ? { 'X-Vault-Namespace': settings.namespace } : {},
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
            // Vault's form: `{"errors": [...]}`, counted or matched, never echoed.
            errorFields: (body) => {
                const errors = body && typeof body === 'object' ? body.errors : undefined;
                return Array.isArray(errors) ? { errors: errors.map(String) } : undefined;
            },
            // A sealed Vault stays sealed: say so now rather than after the retry budget.
            isPermanent: (status) => status === 503,
        });
    }
    where() {
        return `Vault at ${this.host}${this.settings.namespace ? ` (namespace ${this.settings.namespace})` : ''}`;
    }
    call(method, path, init = {}) {
        return this.http.json(method, path, { ...init, headers: this.token ? { 'X-Vault-Token': this.token } : {} });
    }
    throttling() {
        return this.http.throttling();
    }
    async connect() {
        const method = { token: 'a token given', approle: 'AppRole', jwt: "JWT with the workflow's OIDC token" }[this.settings.auth.method];
        this.ports.logger.info(`${this.where()} (${method})`);
        await this.login();
        await this.checkToken();
    }
    describe() {
        return { kind: 'vault', location: this.settings.address };
    }
    /** A failure of the server as a whole (logging in, a mount's look-up), naming Vault and the cause. */
    fatal(err, doing, otherwise = 'unreachable') {
        if (err instanceof _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB)
            return err;
        if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$) {
            if (err.status === 503)
                return new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('sealed', `${this.where()} is sealed or unavailable (503) while ${doing}: unseal it, or point VAULT_ADDR at an active node`);
            if (err.failure === 'network' || err.failure === 'timeout')
                return new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('unreachable', `Cannot reach ${this.where()} (${this.host}) while ${doing}: ${cause(err)}`);
            if (err.failure === 'redirect')
                return new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('unreachable', `${this.where()} redirected ${doing}: point VAULT_ADDR at the active node, not a proxy or standby`);
        }
        return new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB(otherwise, `${this.where()}: ${doing} failed (${cause(err)})`);
    }
    async login() {
        const auth = this.settings.auth;
        if (auth.method === 'token') {
            this.token = auth.token;
            return;
        }
        const body = auth.method === 'approle' ? { role_id: auth.roleId, secret_id: auth.secretId } : { role: auth.role, jwt: await this.workflowToken(auth.audience) };
        let response;
        try {
            response = await this.call('POST', `auth/${urlPath(auth.path)}/login`, { body });
        }
        catch (err) {
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status !== undefined && err.status >= 400 && err.status < 500) {
                const what = auth.method === 'approle' ? `the AppRole login at auth/${auth.path}` : `the JWT login at auth/${auth.path} for role ${auth.role}`;
                const hint = err.status === 404 || err.status === 405
                    ? `no such auth method is enabled there${this.settings.namespace ? ' in this namespace' : ''}`
                    : auth.method === 'approle'
                        ? `check ${this.settings.credentialNames}`
                        : "the role's bound_audiences, bound_subject and bound_claims must accept this workflow's token";
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('auth', `${this.where()} refused ${what} (${err.status}): ${hint}`);
            }
            throw this.fatal(err, 'logging in');
        }
        const parsed = loginSchema.safeParse(response.body);
        if (!parsed.success)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('unreachable', `${this.where()}: the login answer has no client token (is this a Vault server?)`);
        this.token = parsed.data.auth.client_token;
        this.ownsToken = true;
        this.ports.mask?.(this.token);
    }
    async workflowToken(audience) {
        if (!this.ports.idToken)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('auth', "Vault JWT login needs the workflow's OIDC token, which only the GitHub Action has; from the command line use VAULT_TOKEN or AppRole");
        let jwt;
        try {
            jwt = await this.ports.idToken(audience);
        }
        catch {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('auth', 'Vault JWT login: the workflow gave no OIDC token; add `permissions: id-token: write` to the job');
        }
        this.ports.mask?.(jwt);
        return jwt;
    }
    /** A bad token is told apart from a forbidden path before any path is read. */
    async checkToken() {
        try {
            await this.call('GET', 'auth/token/lookup-self');
        }
        catch (err) {
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (err.status === 401 || err.status === 403)) {
                const given = this.settings.auth.method === 'token' ? `the token (${this.settings.credentialNames})` : 'the token it issued at login';
                const ns = this.settings.namespace ? `, or namespace ${this.settings.namespace} does not exist` : '';
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('auth', `${this.where()} rejected ${given} (${err.status}): it is invalid, expired or revoked${ns}`);
            }
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 404 && this.settings.namespace) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('not-found', `${this.where()}: namespace ${this.settings.namespace} does not exist (404)`);
            }
            throw this.fatal(err, 'checking the token');
        }
    }
    /** The mount the location lives in (`platform/kv/` for `platform/kv/app`), confirmed KV v2 when Vault says. */
    async mount(location) {
        const first = `${location.split('/')[0]}/`;
        let response;
        try {
            response = await this.call('GET', `sys/internal/ui/mounts/${urlPath(location)}`);
        }
        catch (err) {
            // Refused (403, also Vault's answer for no mount at all) or an old server (404): the first segment, unconfirmed.
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (err.status === 403 || err.status === 404 || err.status === 400)) {
                this.ports.logger.debug(`vault:${location}: mount look-up refused (${err.status}); assuming ${first}`);
                return { mount: first, confirmed: false };
            }
            throw this.fatal(err, `looking up the mount of ${location}`, 'failed');
        }
        const parsed = mountSchema.safeParse(response.body);
        if (!parsed.success)
            return { mount: first, confirmed: false };
        const { type, options } = parsed.data.data;
        let mount = parsed.data.data.path.replace(/^\/+/, '');
        // In a namespace the path may start with the namespace: keep the part the location starts with.
        while (mount && !`${location}/`.startsWith(mount))
            mount = mount.slice(mount.indexOf('/') + 1);
        if (!mount)
            mount = first;
        if (type !== undefined && type !== 'kv' && type !== 'generic') {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('not-found', `vault:${location}: ${mount} is not a KV secrets engine; this audit reads KV version 2`);
        }
        if (options?.version !== '2') {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('not-found', `vault:${location}: ${mount} is KV version 1, which keeps no metadata; this audit reads KV version 2 (vault kv enable-versioning ${mount})`);
        }
        return { mount, confirmed: true };
    }
    async list(location, { prefix, now }) {
        const { mount, confirmed } = await this.mount(location);
        const base = location.slice(mount.length);
        const secrets = [];
        const unreadablePaths = [];
        let folders = 0;
        let missing = false;
        const metadataPath = (folder, key) => `${urlPath(mount)}/metadata/${urlPath(base, folder, ...(key ? [key] : []))}`;
        const readSecret = async (folder, key) => {
            // Checked when its turn comes: a read queued behind a slow folder starts no request after the limit.
            if (this.http.pastDeadline()) {
                unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} was not read: the run's time limit was reached` });
                return;
            }
            let meta;
            try {
                meta = parseMetadata((await this.call('GET', metadataPath(folder, key))).body);
            }
            catch (err) {
                if (isEmptyPath(err))
                    return; // deleted since the listing
                unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} could not be read: ${cause(err)}` });
                return;
            }
            if (!meta) {
                unreadablePaths.push({ path: folder, subtree: false, reason: `the metadata of ${key} is not what Vault KV v2 answers` });
                return;
            }
            const unusable = vaultUnusable(meta, now);
            const updatedAt = isoTime(meta.updated_time);
            secrets.push({
                path: folder,
                key,
                version: meta.current_version,
                ...(updatedAt ? { updatedAt } : {}),
                ...(meta.expires_at !== undefined ? { expiresAt: meta.expires_at } : {}),
                ...(unusable ? { unusable } : {}),
            });
        };
        // A folder's listing: its names, or undefined when Vault says it is empty. Throws what failed.
        const list = async (folder) => {
            let listed;
            try {
                listed = await this.call('GET', `${metadataPath(folder)}/`, { query: { list: 'true' } });
            }
            catch (err) {
                if (isEmptyPath(err))
                    return undefined;
                throw err;
            }
            const keys = parseKeys(listed.body);
            if (!keys)
                throw new _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$('not a listing', 'not-json');
            folders++;
            return keys;
        };
        const queue = [];
        let head = 0;
        const enqueue = (folder, keys) => {
            const invalid = keys.filter((key) => !isListableName(key));
            // Counted, never echoed: the name is the server's text.
            if (invalid.length)
                unreadablePaths.push({
                    path: folder,
                    subtree: false,
                    reason: `the listing holds ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(invalid.length, 'invalid name')} (., .., a / inside or a control character), not requested`,
                });
            for (const key of keys) {
                if (!isListableName(key))
                    continue;
                queue.push(key.endsWith('/') ? { folder: (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(folder, key.slice(0, -1)) } : { folder, key });
            }
        };
        // A sub-tree that fails is unreadable, never empty.
        const work = async ({ folder, key }) => {
            if (key !== undefined)
                return readSecret(folder, key);
            if (this.http.pastDeadline()) {
                unreadablePaths.push({ path: folder, subtree: true, reason: "not listed: the run's time limit was reached" });
                return;
            }
            try {
                enqueue(folder, (await list(folder)) ?? []);
            }
            catch (err) {
                unreadablePaths.push({ path: folder, subtree: true, reason: cause(err) });
            }
        };
        // At most `concurrency` reads at once, each started as another ends, from one queue of names: memory holds the
        // names still to read, never a pending promise per secret.
        const walk = () => new Promise((resolve, reject) => {
            let running = 0;
            const pump = () => {
                while (running < this.settings.concurrency && head < queue.length) {
                    const next = queue[head];
                    queue[head++] = undefined;
                    running++;
                    work(next).then(() => {
                        running--;
                        // Drop what was read from the queue's front now and then.
                        if (head > 4096 && head * 2 > queue.length) {
                            queue.splice(0, head);
                            head = 0;
                        }
                        pump();
                    }, reject);
                }
                if (running === 0)
                    resolve();
            };
            pump();
        });
        try {
            // The root's listing throws: a column that cannot be listed at all is unreadable, or a wrong mount.
            const keys = await list(prefix);
            if (keys)
                enqueue(prefix, keys);
            else
                missing = true;
            await walk();
        }
        catch (err) {
            if (isUnknownRoute(err) && !confirmed) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('not-found', `vault:${location}: no KV version 2 secrets engine is mounted at ${mount}${this.settings.namespace ? ` in namespace ${this.settings.namespace}` : ''} (404)`);
            }
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 403) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('denied', `the token may not list vault:${(0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(location, prefix).slice(1)}: permission denied (403)`);
            }
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB(err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 429 ? 'throttled' : 'failed', `vault:${location} could not be listed: ${cause(err)}`);
        }
        if (missing)
            this.ports.logger.warning(`vault:${location}: nothing is stored under ${prefix}`);
        this.ports.logger.info(`vault:${location}: ${secrets.length} secrets in ${folders} folders under ${prefix}`);
        return {
            secrets,
            ...(missing ? { missingFolders: [prefix] } : {}),
            ...(unreadablePaths.length ? { unreadablePaths } : {}),
        };
    }
    /** Only a token this run obtained; best effort, one short attempt. */
    async close() {
        if (!this.ownsToken)
            return;
        try {
            await this.call('POST', 'auth/token/revoke-self', { maxAttempts: 1, timeoutMs: 5000 });
            this.ports.logger.debug('Vault token revoked');
        }
        catch (err) {
            this.ports.logger.debug(`Could not revoke the Vault token: ${cause(err)}`);
        }
    }
}


/***/ })

};

//# sourceMappingURL=4264.index.js.map