export const id = 1824;
export const ids = [1824];
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

/***/ 11824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePolicy: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* unused harmony exports rotationDays, policySchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12032);
/* harmony import */ var _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44349);
/* harmony import */ var _audit_owners_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66087);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32721);
/** The policy file: YAML validated with zod, errors naming the file, the line and what was expected. */





const nonEmpty = () => _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1));
const envList = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty()).check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1));
// `expected: []` is a key known and expected nowhere (a variable no store should hold); a class names at least one.
const expectedSpec = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.literal('*'), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty())]);
const classSpec = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.literal('*'), envList]);
// YAML reads an unquoted 2027-01-31 as a Date: accept both, keep the day.
const isoDay = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.pipe(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.pipe(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string(), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.date()]), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2027-01-31')));
const ruleSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z
    .strictObject({
    match: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([nonEmpty(), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty()).check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1))]),
    class: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    expected: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(expectedSpec),
    reason: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()),
    owner: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string()),
    until: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(isoDay),
    requireExpiry: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.boolean()),
    maxAgeDays: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.positive())),
    // Rotation cadences as secret inventories write them: sets maxAgeDays; on-compromise sets none.
    rotate: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z
        .string()
        .check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.regex(/^(monthly|quarterly|yearly|on-compromise|[1-9]\d*d)$/, 'expected monthly, quarterly, yearly, on-compromise or a number of days such as 45d'))),
})
    .check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.refine((r) => !(r.class && r.expected), { message: 'give either class or expected, not both' }), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.refine((r) => !(r.rotate && r.maxAgeDays !== undefined), { message: 'give either rotate or maxAgeDays, not both' }));
const CADENCE_DAYS = { monthly: 30, quarterly: 90, yearly: 365, 'on-compromise': undefined };
/** `quarterly` → 90, `45d` → 45, `on-compromise` → undefined (no rotation age). */
const rotationDays = (rotate) => (rotate in CADENCE_DAYS ? CADENCE_DAYS[rotate] : Number(rotate.slice(0, -1)));
const policySchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
    environments: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(envList),
    pathPrefix: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    classes: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.record(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.string(), classSpec)),
    rules: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(ruleSchema)),
    default: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    skew: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
        versionGap: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(1))),
        lagDays: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.number().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0))),
    })),
    names: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.enum(['exact', 'loose'])),
    staleAfterDays: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.int().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0))),
    owners: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.record(nonEmpty(), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.union([nonEmpty(), _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty()).check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minLength(1))]))),
    contract: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
        // Keys the contract columns leave out (globs; `!GLOB` takes a default back out of the list).
        ignore: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.array(nonEmpty())),
    })),
    expiry: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.strictObject({
        warnDays: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.number().check(_core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.minimum(0))),
        suffix: _core_schema_js__WEBPACK_IMPORTED_MODULE_1__.z.optional(nonEmpty()),
    })),
});
/** Parse and validate policy YAML; errors name the file, the line and what was expected. */
function parsePolicy(text, origin) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const { line } = lineCounter.linePos(err.pos[0]);
        throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: not valid YAML: ${err.message.split('\n')[0]}`, origin, line);
    }
    const raw = doc.toJS() ?? {};
    const parsed = policySchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // For an unknown key, point at the key itself rather than its parent.
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        const line = lineOf(doc, lineCounter, at);
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: ${where}: ${issue.message}`, origin, line);
    }
    // Every glob compiles now, before any request: one that cannot be used names its rule and line.
    for (const [i, rule] of (parsed.data.rules ?? []).entries()) {
        for (const glob of Array.isArray(rule.match) ? rule.match : [rule.match]) {
            try {
                (0,_audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .S)(glob);
            }
            catch (err) {
                if (!(err instanceof _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GlobError */ .p))
                    throw err;
                const line = lineOf(doc, lineCounter, ['rules', i, 'match']);
                throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: rules.${i}.match: the pattern is ${err.message}`, origin, line);
            }
        }
    }
    // Owners become mentions: only the accepted forms, each refused with its line otherwise (a mention is never built from outside text).
    const owners = [];
    for (const [match, given] of Object.entries(parsed.data.owners ?? {})) {
        const line = lineOf(doc, lineCounter, ['owners', match]);
        const list = Array.isArray(given) ? given : [given];
        const bad = list.find((o) => !(0,_audit_owners_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwner */ .u8)(o));
        if (bad !== undefined) {
            const shown = /^[\w@:./ -]{1,80}$/.test(bad) ? `"${bad}"` : 'a value that is not an owner';
            throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: owners: ${shown} is not an owner; expected ${_audit_owners_js__WEBPACK_IMPORTED_MODULE_4__/* .OWNER_FORMS */ .G0.map(([, what]) => what).join(', ')}`, origin, line);
        }
        try {
            if (!match.startsWith('/') || /[*?[{]/.test(match))
                (0,_audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .S)(match);
        }
        catch (err) {
            if (!(err instanceof _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GlobError */ .p))
                throw err;
            throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: owners: the pattern is ${err.message}`, origin, line);
        }
        owners.push({ match, owners: list, line });
    }
    for (const [i, glob] of (parsed.data.contract?.ignore ?? []).entries()) {
        try {
            (0,_audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .S)(glob.replace(/^!/, ''));
        }
        catch (err) {
            if (!(err instanceof _audit_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GlobError */ .p))
                throw err;
            const line = lineOf(doc, lineCounter, ['contract', 'ignore', i]);
            throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}:${line}: contract.ignore.${i}: the pattern is ${err.message}`, origin, line);
        }
    }
    // Where each environment the file names sits: a typo (`stagin`) must be refused, not silently dropped.
    const refs = [];
    const named = (list, path) => {
        if (Array.isArray(list))
            list.forEach((name, j) => refs.push({ name, where: path.join('.'), line: lineOf(doc, lineCounter, [...path, j]) }));
    };
    for (const [name, spec] of Object.entries(parsed.data.classes ?? {}))
        named(spec, ['classes', name]);
    for (const [i, rule] of (parsed.data.rules ?? []).entries())
        named(rule.expected, ['rules', i, 'expected']);
    const policy = resolvePolicy(parsed.data, origin);
    policy.rules.forEach((rule, i) => (rule.line = lineOf(doc, lineCounter, ['rules', i])));
    const exceptionLines = {
        classes: Object.fromEntries(Object.keys(parsed.data.classes ?? {}).map((name) => [name, lineOf(doc, lineCounter, ['classes', name])])),
        ignore: (parsed.data.contract?.ignore ?? []).flatMap((glob, i) => glob.startsWith('!') ? [] : [{ glob, line: lineOf(doc, lineCounter, ['contract', 'ignore', i]) }]),
    };
    return { ...policy, ...(refs.length ? { environmentRefs: refs } : {}), ...(owners.length ? { owners } : {}), exceptionLines };
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
    // A map without a prototype, read with own-property checks: a class named constructor, toString or
    // __proto__ is refused here, before any request, instead of crashing after the vault is read.
    const classes = Object.assign(Object.create(null), _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILTIN_CLASSES */ .JF);
    for (const [name, spec] of Object.entries(file.classes ?? {})) {
        if (name in Object.prototype)
            throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}: class name "${name}" is reserved; choose another name`, origin);
        classes[name] = spec;
    }
    const rules = (file.rules ?? []).map(({ rotate, ...r }) => {
        const maxAgeDays = rotate ? rotationDays(rotate) : r.maxAgeDays;
        return { ...r, match: Array.isArray(r.match) ? r.match : [r.match], ...(maxAgeDays !== undefined ? { maxAgeDays } : {}) };
    });
    const fallback = file.default ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.default;
    for (const name of [fallback, ...rules.flatMap((r) => (r.class ? [r.class] : []))]) {
        if (!Object.hasOwn(classes, name)) {
            throw new _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .pn(`${origin}: unknown class "${name}"; expected one of: ${Object.keys(classes).join(', ')}`, origin);
        }
    }
    return {
        environments: file.environments,
        pathPrefix: file.pathPrefix,
        classes,
        rules,
        default: fallback,
        skew: { ..._core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.skew, ...file.skew },
        expiry: { ..._core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.expiry, ...file.expiry },
        names: file.names ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.names,
        contract: { ignore: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .contractIgnore */ .b3)(file.contract?.ignore ?? []) },
        staleAfterDays: file.staleAfterDays ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.staleAfterDays,
        unusedAfterDays: _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .zj.unusedAfterDays,
        origin,
    };
}


/***/ })

};

//# sourceMappingURL=1824.index.js.map