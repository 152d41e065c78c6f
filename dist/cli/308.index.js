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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7597);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1237);
/** The policy file: YAML validated with zod, errors naming the file, the line and what was expected. */



const envList = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1);
const expectedSpec = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('*'), envList]);
const isoDay = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6U()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2027-01-31'));
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    match: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1)]),
    class: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    expected: expectedSpec.optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    owner: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    until: isoDay.optional(),
    requireExpiry: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    maxAgeDays: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
})
    .refine((r) => !(r.class && r.expected), { message: 'give either class or expected, not both' });
const policySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    environments: envList.optional(),
    pathPrefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    classes: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), expectedSpec).optional(),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleSchema).optional(),
    default: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    skew: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        versionGap: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).optional(),
        lagDays: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional(),
    })
        .optional(),
    expiry: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        warnDays: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional(),
        suffix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    })
        .optional(),
});
/** Parse and validate policy YAML; errors name the file, the line and what was expected. */
function parsePolicy(text, origin) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const { line } = lineCounter.linePos(err.pos[0]);
        throw new _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .pn(`${origin}:${line}: not valid YAML: ${err.message.split('\n')[0]}`);
    }
    const raw = doc.toJS() ?? {};
    const parsed = policySchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // For an unknown key, point at the key itself rather than its parent.
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        const line = lineOf(doc, lineCounter, at);
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        throw new _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .pn(`${origin}:${line}: ${where}: ${issue.message}`);
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
    const classes = { ..._policy_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_CLASSES */ .JF, ...(file.classes ?? {}) };
    const rules = (file.rules ?? []).map((r) => ({
        ...r,
        match: Array.isArray(r.match) ? r.match : [r.match],
    }));
    const fallback = file.default ?? _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj.default;
    for (const name of [fallback, ...rules.flatMap((r) => (r.class ? [r.class] : []))]) {
        if (!(name in classes)) {
            throw new _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .pn(`${origin}: unknown class "${name}"; expected one of: ${Object.keys(classes).join(', ')}`);
        }
    }
    return {
        environments: file.environments,
        pathPrefix: file.pathPrefix,
        classes,
        rules,
        default: fallback,
        skew: { ..._policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj.skew, ...file.skew },
        expiry: { ..._policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj.expiry, ...file.expiry },
        origin,
    };
}


/***/ })

};

//# sourceMappingURL=308.index.js.map