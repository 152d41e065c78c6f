export const id = 694;
export const ids = [694];
export const modules = {

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isDrift),
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;
const isDrift = (row) => row.status === 'missing' || row.status === 'unexpected';


/***/ }),

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diskLookup: () => (/* binding */ diskLookup),
/* harmony export */   fileLookup: () => (/* binding */ fileLookup),
/* harmony export */   loadPrevious: () => (/* binding */ loadPrevious)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3618);
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4261);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3911);
/**
 * Finding and reading the previous JSON snapshot: the newest
 * `<date>-vault-coverage-snapshot.json` in the snapshot folder, other than
 * today's. An unreadable or incompatible one is a warning, never a failure.
 */




function diskLookup(template, io) {
    const { dir } = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotPattern */ .ff)(template);
    return {
        async find(today) {
            let names;
            try {
                names = await io.readdir(dir);
            }
            catch {
                return undefined; // no snapshot folder yet: nothing to compare with
            }
            const name = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .newestBefore */ .Yx)(names, template, today);
            if (!name)
                return undefined;
            const location = `${dir}/${name}`;
            return { location, text: await io.readText(location) };
        },
    };
}
const fileLookup = (path, readText) => ({
    find: async () => ({ location: path, text: await readText(path) }),
});
const snapshotSchema = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({
    schemaVersion: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number(),
    generatedAt: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(),
    rows: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ path: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), key: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), status: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), firstSeen: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string()) })),
    skew: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z._default(_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ path: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), key: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string() })), []),
    expiry: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z._default(_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ path: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), key: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), env: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), status: _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string() })), []),
});
/** Look up and validate; any problem is a warning and the comparison is skipped. */
async function loadPrevious(lookup, today, logger) {
    if (!lookup)
        return undefined;
    let found;
    try {
        found = await lookup.find(today);
    }
    catch (err) {
        logger.warning(`Could not read the previous snapshot (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}): comparison skipped`);
        return undefined;
    }
    if (!found) {
        logger.info('No previous snapshot: every drift row counts as new');
        return undefined;
    }
    let raw;
    try {
        raw = JSON.parse(found.text);
    }
    catch {
        logger.warning(`Previous snapshot ${found.location} is not valid JSON: comparison skipped`);
        return undefined;
    }
    const version = raw?.schemaVersion;
    if (version !== _audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f) {
        logger.warning(`Previous snapshot ${found.location} has schemaVersion ${JSON.stringify(version ?? null)}, this version reads ${_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f}: comparison skipped`);
        return undefined;
    }
    const parsed = snapshotSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        logger.warning(`Previous snapshot ${found.location} is malformed at ${issue.path.join('.')}: ${issue.message}; comparison skipped`);
        return undefined;
    }
    logger.info(`Comparing with the previous snapshot ${found.location} (${parsed.data.generatedAt.slice(0, 10)})`);
    return { location: found.location, ...parsed.data };
}


/***/ })

};

//# sourceMappingURL=694.index.js.map