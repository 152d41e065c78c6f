export const id = 308;
export const ids = [308];
export const modules = {

/***/ 1308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePolicy: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* unused harmony export policySchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3618);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1237);
/** The policy file: YAML validated with zod, errors naming the file, the line and what was expected. */



const nonEmpty = () => _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1));
const envList = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty()).check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1));
const expectedSpec = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.literal('*'), envList]);
// YAML reads an unquoted 2027-01-31 as a Date: accept both, keep the day.
const isoDay = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.pipe(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.pipe(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.date()]), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2027-01-31')));
const ruleSchema = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z
    .strictObject({
    match: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([nonEmpty(), _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty()).check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1))]),
    class: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    expected: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(expectedSpec),
    reason: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()),
    owner: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()),
    until: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(isoDay),
    requireExpiry: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.boolean()),
    maxAgeDays: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.positive())),
})
    .check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.refine((r) => !(r.class && r.expected), { message: 'give either class or expected, not both' }));
const policySchema = _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
    environments: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(envList),
    pathPrefix: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    classes: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.record(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string(), expectedSpec)),
    rules: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(ruleSchema)),
    default: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    skew: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
        versionGap: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(1))),
        lagDays: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.number().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0))),
    })),
    expiry: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
        warnDays: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.number().check(_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0))),
        suffix: _schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    })),
});
/** Parse and validate policy YAML; errors name the file, the line and what was expected. */
function parsePolicy(text, origin) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const { line } = lineCounter.linePos(err.pos[0]);
        throw new _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: not valid YAML: ${err.message.split('\n')[0]}`, origin, line);
    }
    const raw = doc.toJS() ?? {};
    const parsed = policySchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // For an unknown key, point at the key itself rather than its parent.
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        const line = lineOf(doc, lineCounter, at);
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        throw new _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: ${where}: ${issue.message}`, origin, line);
    }
    return resolvePolicy(parsed.data, origin);
}
function lineOf(doc, counter, path) {
    // Walk as deep as the path goes; report the deepest node that exists.
    let node = doc.contents;
    let offset = 0;
    for (const key of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
            if (!pair)
                break;
            const keyRange = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.range : undefined;
            if (keyRange)
                offset = keyRange[0];
            node = pair.value;
        }
        else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
            node = node.items[key];
        }
        else
            break;
        const range = node?.range;
        if (range)
            offset = range[0];
    }
    return counter.linePos(offset).line;
}
function resolvePolicy(file, origin) {
    const classes = { ..._policy_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILTIN_CLASSES */ .JF, ...(file.classes ?? {}) };
    const rules = (file.rules ?? []).map((r) => ({
        ...r,
        match: Array.isArray(r.match) ? r.match : [r.match],
    }));
    const fallback = file.default ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.default;
    for (const name of [fallback, ...rules.flatMap((r) => (r.class ? [r.class] : []))]) {
        if (!(name in classes)) {
            throw new _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}: unknown class "${name}"; expected one of: ${Object.keys(classes).join(', ')}`, origin);
        }
    }
    return {
        environments: file.environments,
        pathPrefix: file.pathPrefix,
        classes,
        rules,
        default: fallback,
        skew: { ..._policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.skew, ...file.skew },
        expiry: { ..._policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.expiry, ...file.expiry },
        origin,
    };
}


/***/ })

};

//# sourceMappingURL=308.index.js.map