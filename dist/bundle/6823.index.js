export const id = 6823;
export const ids = [6823];
export const modules = {

/***/ 76823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubSecretsSource: () => (/* binding */ GithubSecretsSource)
/* harmony export */ });
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86679);
/* harmony import */ var _render_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63256);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12032);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82467);




// https://docs.github.com/en/rest/actions/secrets (fixtures in __tests__/fixtures/github/).
const pageSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({
    total_count: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0)),
    secrets: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.object({ name: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string(), updated_at: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()) })),
});
const PER_PAGE = 100;
class GithubSecretsSource {
    settings;
    ports;
    http;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
        this.http = new _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(`${settings.apiUrl}/`, {
            fetch: ports.fetch,
            sleep: ports.sleep,
            ...(ports.hosts ? { shared: ports.hosts } : {}),
            logger: ports.logger,
            headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
            timeoutMs: settings.timeoutMs,
            maxWaitMs: settings.maxWaitMs,
            deadlineMs: settings.runTimeoutMs,
        });
    }
    throttling() {
        return this.http.throttling();
    }
    describe() {
        return { kind: 'github-secrets', location: `${this.settings.owner}/${this.settings.repo}` };
    }
    async list(environment, { prefix }) {
        const { owner, repo } = this.settings;
        const where = environment ? `the ${environment} environment of ${owner}/${repo}` : `${owner}/${repo}`;
        const base = `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
        const path = environment ? `${base}/environments/${encodeURIComponent(environment)}/secrets` : `${base}/actions/secrets`;
        const secrets = [];
        try {
            for (let page = 1;; page++) {
                const answer = pageSchema.safeParse((await this.http.json('GET', path, { token: this.settings.token, query: { per_page: String(PER_PAGE), page: String(page) } })).body);
                if (!answer.success)
                    throw new _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$('not a secrets listing', 'not-json');
                for (const s of answer.data.secrets)
                    secrets.push({ path: prefix, key: s.name, ...(s.updated_at ? { updatedAt: new Date(s.updated_at).toISOString() } : {}) });
                if (answer.data.secrets.length < PER_PAGE || secrets.length >= answer.data.total_count)
                    break;
            }
        }
        catch (err) {
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && err.status === 401)
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('auth', `GitHub rejected ${this.settings.tokenName} (401): it is invalid or expired`);
            if (err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (err.failure === 'network' || err.failure === 'timeout'))
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('unreachable', `Cannot reach GitHub at ${new URL(this.settings.apiUrl).host}: ${err.failure === 'timeout' ? 'timed out' : 'network error'}`);
            const status = err instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ ? err.status : undefined;
            if (status === 403) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('denied', `${this.settings.tokenName} may not list the secrets of ${where} (403): the workflow's GITHUB_TOKEN cannot; use a fine-grained token with "Secrets: read" or a GitHub App token`);
            }
            // GitHub answers 404 for what the token may not see as for what does not exist.
            if (status === 404)
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB('denied', `${where} was not found (404), or ${this.settings.tokenName} cannot see it`);
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreFailure */ .kB(status === 429 ? 'throttled' : 'failed', `the secrets of ${where} could not be listed (${status ? `HTTP ${status}` : 'an unexpected answer'})`);
        }
        this.ports.logger.info(`github-secrets:${environment}: ${(0,_render_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(secrets.length, 'secret')} in ${where}`);
        return { secrets };
    }
}


/***/ })

};

//# sourceMappingURL=6823.index.js.map