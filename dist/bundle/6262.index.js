export const id = 6262;
export const ids = [6262];
export const modules = {

/***/ 16262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GcpSource: () => (/* binding */ GcpSource)
/* harmony export */ });
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86679);
/* harmony import */ var _net_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86997);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63256);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12032);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82467);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26974);
/**
 * The Google Secret Manager read flow, metadata only (REST v1): per column one
 * `secrets` listing to its last page, then per secret one `versions` listing
 * filtered to ENABLED (16 at a time); never `:access`, which returns values.
 * Requests carry what google-auth-library signs for the application default
 * credentials: a self-signed JWT for a service account key (no token
 * exchange), a federated or user token otherwise.
 */







// Shapes from the REST reference (fixtures in __tests__/fixtures/gcp/, with their sources); nothing else survives.
const secretSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
    name: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string(),
    expireTime: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()),
    labels: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.record(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string(), _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string())),
    rotation: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ nextRotationTime: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) })),
});
const secretsPage = _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ secrets: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.array(secretSchema)), nextPageToken: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) });
const versionsPage = _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({
    versions: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.object({ name: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string(), state: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()), createTime: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()) }))),
    nextPageToken: _core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_2__.z.string()),
});
const CONCURRENCY = 16;
// The documented maximum: one page for any real project.
const PAGE_SIZE = '25000';
const iso = (text) => {
    const ms = text ? Date.parse(text) : NaN;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};
/** Why a request failed, in fixed words: never the server's text. */
const cause = (err) => {
    if (!(err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$))
        return 'an unexpected answer';
    if (err.failure === 'timeout')
        return 'timed out';
    if (err.failure === 'network')
        return 'network error';
    const code = err.body?.error && /^[A-Z_]{3,40}$/.test(err.body.error) ? ` ${err.body.error}` : '';
    return err.status ? `${err.status}${code}` : 'an unexpected answer';
};
class GcpSource {
    settings;
    ports;
    http;
    host;
    auth;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.host = new URL(settings.endpoint).host;
        this.http = new _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(`${settings.endpoint}v1/`, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            ...(ports.hosts ? { shared: ports.hosts } : {}),
            logger: ports.logger,
            headers: {},
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
            // Google's form: an `error` object whose `status` (PERMISSION_DENIED) is the code worth keeping.
            errorFields: (body) => {
                const status = body?.error?.status;
                return typeof status === 'string' ? { error: status } : undefined;
            },
        });
    }
    /** The application default credentials, or exit 1 naming what is missing. */
    async credentials() {
        try {
            this.auth = (await new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.GoogleAuth().getClient());
        }
        catch (err) {
            const e = err;
            if (e?.code === 'ENOENT' || e?.code === 'EISDIR' || e?.code === 'EACCES') {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', 'Google Secret Manager: GOOGLE_APPLICATION_CREDENTIALS names a file that does not exist or cannot be read');
            }
            if (/GOOGLE_APPLICATION_CREDENTIALS/.test(e?.message ?? '')) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', 'Google Secret Manager: GOOGLE_APPLICATION_CREDENTIALS is not a credentials file google-auth-library can use (not JSON, or not a service account, external account or user credentials file)');
            }
            if (/default credentials/i.test(e?.message ?? '')) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', 'Google Secret Manager: no application default credentials: run google-github-actions/auth before this step, or set GOOGLE_APPLICATION_CREDENTIALS');
            }
            throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', 'Google Secret Manager: the application default credentials could not be loaded (is GOOGLE_APPLICATION_CREDENTIALS a credentials file?)');
        }
    }
    async call(path, query) {
        let authorization;
        try {
            const headers = await this.auth.getRequestHeaders(this.settings.endpoint);
            authorization = headers instanceof Headers ? headers.get('authorization') : headers.authorization;
        }
        catch {
            throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', 'Google Secret Manager: no token for the application default credentials (the federation or token exchange failed)');
        }
        return this.http.json('GET', path, { query, headers: authorization ? { authorization } : {} });
    }
    throttling() {
        return this.http.throttling();
    }
    async connect() {
        await this.credentials();
        this.ports.logger.info(`Google Secret Manager at ${this.host} (application default credentials)`);
    }
    describe() {
        return { kind: 'gcp-sm', location: this.settings.endpoint.replace(/\/$/, '') };
    }
    /** A failure of the listing: denied is that column unreadable; credentials, a missing project, no network stop the run. */
    failed(err, column) {
        if (err instanceof _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB)
            return err;
        if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$) {
            if (err.status === 401)
                return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('auth', `Google Secret Manager at ${this.host} rejected the credentials (${cause(err)}): they are invalid or expired`);
            if (err.status === 404)
                return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('not-found', `${column}: no such project, or Secret Manager is not enabled in it (404)`);
            if (err.failure === 'network' || (err.failure === 'timeout' && !/time limit/.test(err.message))) {
                return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('unreachable', `Cannot reach Google Secret Manager at ${this.host} (${cause(err)})`);
            }
            if (err.status === 403) {
                return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('denied', `the credentials may not list ${column}: permission denied (${cause(err)}); the role needs secretmanager.secrets.list`);
            }
            if (err.status === 429)
                return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('throttled', `${column} could not be listed (${cause(err)})`);
        }
        return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB('failed', `${column} could not be listed (${cause(err)})`);
    }
    async list(location, { prefix }) {
        const { project, label } = location;
        const column = `gcp-sm:${(0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .formatGcpLocation */ .vQ)(location)}`;
        const listed = [];
        try {
            let token;
            do {
                const query = {
                    pageSize: PAGE_SIZE,
                    ...(label ? { filter: `labels.${label.key}:${label.value}` } : {}),
                    ...(token ? { pageToken: token } : {}),
                };
                const page = secretsPage.safeParse((await this.call(`projects/${encodeURIComponent(project)}/secrets`, query)).body ?? {});
                if (!page.success)
                    throw new _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$('not a secrets listing', 'not-json');
                listed.push(...(page.data.secrets ?? []));
                token = page.data.nextPageToken || undefined;
            } while (token);
        }
        catch (err) {
            throw this.failed(err, column);
        }
        // The server's label filter is a "has"; the column is the exact label.
        const wanted = label ? listed.filter((s) => s.labels?.[label.key] === label.value) : listed;
        const secrets = [];
        const unreadablePaths = [];
        // A bounded queue: CONCURRENCY workers over the listed names, never a pending read per secret.
        await (0,_net_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .eachConcurrently */ .y)(wanted, CONCURRENCY, async (secret) => {
            const key = secret.name.slice(secret.name.lastIndexOf('/') + 1);
            try {
                secrets.push({ path: prefix, key, ...(await this.versions(secret)) });
            }
            catch (err) {
                if (err instanceof _store_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreFailure */ .kB)
                    throw err;
                unreadablePaths.push({ path: prefix, subtree: false, reason: `the versions of ${key} could not be listed: ${cause(err)}` });
            }
        });
        this.ports.logger.info(`${column}: ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(secrets.length, 'secret')}${label ? ` labelled ${label.key}=${label.value}` : ''}`);
        return { secrets, ...(unreadablePaths.length ? { unreadablePaths } : {}) };
    }
    /** Presence from the ENABLED versions (the newest may be disabled while an older one is enabled); native dates from the secret. */
    async versions(secret) {
        const enabled = [];
        let token;
        do {
            const path = secret.name.split('/').map(encodeURIComponent).join('/');
            const page = versionsPage.safeParse((await this.call(`${path}/versions`, { filter: 'state:ENABLED', pageSize: PAGE_SIZE, ...(token ? { pageToken: token } : {}) })).body ?? {});
            if (!page.success)
                throw new _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$('not a versions listing', 'not-json');
            for (const v of page.data.versions ?? []) {
                const number = Number(v.name.slice(v.name.lastIndexOf('/') + 1));
                if (v.state === 'ENABLED' && Number.isInteger(number))
                    enabled.push({ number, ...(v.createTime ? { created: v.createTime } : {}) });
            }
            token = page.data.nextPageToken || undefined;
        } while (token);
        const newest = enabled.sort((a, b) => b.number - a.number)[0];
        const updatedAt = iso(newest?.created);
        const rotationDue = iso(secret.rotation?.nextRotationTime);
        return {
            ...(newest ? { version: newest.number } : { unusable: { state: 'absent', reason: 'no enabled version' } }),
            ...(updatedAt ? { updatedAt } : {}),
            ...(secret.expireTime ? { expiresAt: secret.expireTime } : {}),
            ...(rotationDue ? { rotationDue } : {}),
        };
    }
}


/***/ })

};

//# sourceMappingURL=6262.index.js.map