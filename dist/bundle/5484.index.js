export const id = 5484;
export const ids = [5484];
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

/***/ 5484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ exitCodeFor),
  exitMessage: () => (/* binding */ exitMessage),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/audit/glob.ts
var audit_glob = __webpack_require__(44349);
;// CONCATENATED MODULE: ./src/audit/classify.ts

/**
 * Compile the rules once; `today` is YYYY-MM-DD (the audit's clock), so an
 * exception stops applying the day after its `until` date.
 */
function classify_classifier(policy, environments, today) {
    const compiled = policy.rules.map((rule) => ({
        rule,
        tests: rule.match.map((glob) => ({
            onPath: glob.includes('/'),
            test: (0,audit_glob/* compileGlob */.S)(glob),
        })),
    }));
    const used = new Set();
    // Own properties only: a class name is never looked up on Object.prototype.
    const classOf = (name) => (Object.hasOwn(policy.classes, name) ? policy.classes[name] : []);
    const resolve = (spec) => (spec === '*' ? environments : environments.filter((e) => spec.includes(e)));
    return {
        classify(path, key) {
            const full = path === '/' ? `/${key}` : `${path}/${key}`;
            let expiredException;
            for (const { rule, tests } of compiled) {
                if (!tests.some((t) => t.test(t.onPath ? full : key)))
                    continue;
                used.add(rule);
                if (rule.until && rule.until < today) {
                    expiredException ??= rule;
                    continue;
                }
                if (rule.expected)
                    return { expected: resolve(rule.expected), className: 'custom', rule, expiredException };
                const className = rule.class ?? policy.default;
                return { expected: resolve(classOf(className)), className, rule, expiredException };
            }
            return { expected: resolve(classOf(policy.default)), className: policy.default, expiredException };
        },
        unusedRules: () => policy.rules.filter((r) => !used.has(r)),
    };
}

// EXTERNAL MODULE: ./src/audit/inventory.ts
var audit_inventory = __webpack_require__(22363);
;// CONCATENATED MODULE: ./src/audit/contract.ts

function matchContracts(identities, contracts, rules) {
    const { form, prefix } = rules;
    const ignoredBy = new Map();
    if (contracts.length === 0)
        return { identities, findings: [], ignored: ignoredBy };
    const byKey = new Map();
    for (const identity of identities) {
        const k = form(identity.key);
        byKey.set(k, [...(byKey.get(k) ?? []), identity]);
    }
    // What the declaring files say: required (`KEY=`) or optional (`# KEY=`).
    const declaring = contracts.filter((c) => c.role === 'declares');
    const required = new Set(declaring.flatMap((c) => c.keys.filter((x) => !x.optional).map((x) => form(x.key))));
    const optional = new Map();
    for (const c of declaring)
        for (const x of c.keys)
            if (x.optional && !required.has(form(x.key)) && !optional.has(form(x.key)))
                optional.set(form(x.key), x.at);
    const labels = [...new Set(declaring.map((c) => c.label))];
    const added = new Map();
    for (const contract of contracts) {
        for (const { key, at, workflow, path, wants, wantedIn } of contract.keys) {
            if (rules.ignored(key)) {
                ignoredBy.set(contract.slug, [...(ignoredBy.get(contract.slug) ?? []), key]);
                continue;
            }
            const k = form(key);
            // A workflow's secret is compared with the github-secrets columns only; without one, with nothing.
            if (workflow && !byKey.has(k) && !rules.githubColumns.length)
                continue;
            // An optional key no store holds is known, not missing.
            if (!byKey.has(k) && optional.has(k))
                continue;
            const declaration = { slug: contract.slug, role: contract.role, label: contract.label, at, ...(wants ? { wants } : {}) };
            // A manifest's key its store placed names one row: that folder's, or a new one there.
            let matching = path === undefined ? byKey.get(k) : byKey.get(k)?.filter((i) => i.path === path);
            if (!matching?.length) {
                const identity = added.get((0,audit_inventory/* identityKey */.US)(path ?? prefix, k)) ?? newIdentity(added, k, key, path ?? prefix);
                // Asked for only by a workflow (github-secrets columns) or by scoped manifests (their columns): expected there only.
                const only = workflow ? rules.githubColumns : wantedIn;
                if (!only)
                    delete identity.onlyIn;
                else if (!identity.declared)
                    identity.onlyIn = only;
                else if (identity.onlyIn)
                    identity.onlyIn = [...new Set([...identity.onlyIn, ...only])];
                matching = [identity];
            }
            for (const identity of matching) {
                ;
                (identity.declared ??= []).push(declaration);
                if (wantedIn?.length)
                    identity.wantedIn = [...new Set([...(identity.wantedIn ?? []), ...wantedIn])];
            }
        }
    }
    const findings = [];
    for (const matching of byKey.values()) {
        if (!matching.some((i) => i.declared)) {
            for (const identity of matching) {
                if (identity.present.size > 0 && !rules.ignored(identity.key))
                    findings.push({ kind: 'undeclared', key: identity.key, path: identity.path, envs: [...identity.present.keys()] });
            }
            continue;
        }
        if (matching.length < 2)
            continue;
        // The same key in two folders of one column: say so rather than pick one.
        const envs = new Set(matching.flatMap((i) => [...i.present.keys()]));
        for (const env of envs) {
            const paths = matching.filter((i) => i.present.has(env)).map((i) => i.path);
            if (paths.length > 1)
                findings.push({ kind: 'ambiguous', key: matching[0].key, paths, envs: [env] });
        }
    }
    for (const [k, at] of optional) {
        if (!byKey.has(k))
            findings.push({ kind: 'optional', key: declaring.flatMap((c) => c.keys).find((x) => form(x.key) === k).key, at });
    }
    if (declaring.length > 0) {
        const reported = new Set();
        for (const contract of contracts.filter((c) => c.role === 'uses')) {
            for (const { key, at, workflow } of contract.keys) {
                const k = form(key);
                // A workflow's secrets belong in the repository's settings, not in .env.example.
                if (workflow || required.has(k) || optional.has(k) || reported.has(k) || rules.ignored(key))
                    continue;
                reported.add(k);
                findings.push({ kind: 'undocumented', key, at });
                const identity = added.get((0,audit_inventory/* identityKey */.US)(prefix, k));
                if (identity)
                    identity.undocumentedIn = labels;
            }
        }
    }
    const all = [...identities, ...added.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { identities: all, findings, ignored: ignoredBy };
}
/** A key no store holds: a row of its own at the prefix, absent in every column. */
function newIdentity(added, k, key, path) {
    const identity = { path, key, present: new Map() };
    added.set((0,audit_inventory/* identityKey */.US)(path, k), identity);
    return identity;
}

// EXTERNAL MODULE: ./src/audit/owners.ts
var audit_owners = __webpack_require__(66087);
;// CONCATENATED MODULE: ./src/audit/exceptions.ts
const DAY = 86_400_000;
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
function staleExceptions(policy, input) {
    const file = policy.origin;
    const candidates = [];
    // An asymmetry the policy made right: present in some environments, absent from others, and not drift.
    const excusing = input.rows.filter((r) => r.status === 'by-design');
    const everywhere = (spec) => spec === '*' || (spec !== undefined && input.environments.every((e) => spec.includes(e)));
    for (const rule of policy.rules) {
        if (!rule.line || (!rule.expected && !rule.class))
            continue;
        // Placed everywhere (env-specific, say, for its expiry or rotation settings): not an exception.
        if (everywhere(rule.expected ?? (Object.hasOwn(policy.classes, rule.class) ? policy.classes[rule.class] : undefined)))
            continue;
        candidates.push({
            id: `rule:${rule.line}`,
            kind: 'rule',
            what: `rule ${rule.match.join(', ')}`,
            line: rule.line,
            excusedToday: excusing.some((r) => r.ruleLine === rule.line),
        });
    }
    for (const [name, line] of Object.entries(policy.exceptionLines?.classes ?? {})) {
        if (everywhere(Object.hasOwn(policy.classes, name) ? policy.classes[name] : undefined))
            continue;
        candidates.push({ id: `class:${name}`, kind: 'class', what: `class ${name}`, line, excusedToday: excusing.some((r) => r.class === name) });
    }
    for (const { glob, line } of policy.exceptionLines?.ignore ?? []) {
        const test = input.compile(glob);
        candidates.push({ id: `ignore:${glob}`, kind: 'ignore', what: `contract.ignore ${glob}`, line, excusedToday: input.ignoredKeys.some(test) });
    }
    const excused = {};
    const stale = [];
    for (const c of candidates) {
        const last = c.excusedToday ? input.today : input.previous?.[c.id];
        if (last)
            excused[c.id] = last;
        if (c.excusedToday || (last && daysBetween(last, input.today) < policy.staleAfterDays))
            continue;
        stale.push({ kind: c.kind, what: c.what, file, line: c.line, ...(last ? { lastExcused: last } : {}) });
    }
    return { stale, excused };
}

;// CONCATENATED MODULE: ./src/audit/unused.ts
const unused_DAY = 86_400_000;
function unusedCandidates(identities, tracksAccess, options) {
    if (!options.hasContracts)
        return [];
    const before = options.now.getTime() - options.days * unused_DAY;
    const old = (iso) => iso !== undefined && Date.parse(iso) < before;
    const out = [];
    for (const identity of identities) {
        if (identity.declared || identity.present.size === 0 || options.ignored(identity.key))
            continue;
        const signals = ['referenced by no contract column'];
        let accessed = false;
        let everyQuiet = true;
        for (const [env, meta] of identity.present) {
            if (tracksAccess.has(env)) {
                accessed = true;
                // No date: never read, as far as the store tracks.
                if (meta.lastAccessedAt !== undefined && !old(meta.lastAccessedAt))
                    everyQuiet = false;
                else
                    signals.push(`${env}: ${meta.lastAccessedAt ? `last read ${meta.lastAccessedAt.slice(0, 10)}` : 'never read'}`);
            }
            else if (old(meta.updatedAt))
                signals.push(`${env}: not changed since ${meta.updatedAt.slice(0, 10)} (no access signal)`);
            else
                everyQuiet = false;
        }
        if (!everyQuiet)
            continue;
        out.push({ path: identity.path, key: identity.key, strength: accessed ? 'unused' : 'weak', envs: [...identity.present.keys()], signals });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/audit/coverage.ts
/** The coverage matrix: one row per secret identity (path, key), classified by the policy. */

const byPathThenKey = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
/** The form keys are compared in: as is, or (loose) lower case with `-` as `_`, so `jwt-secret` is `JWT_SECRET`. */
const keyForm = (names) => (names === 'loose' ? (key) => key.toLowerCase().replaceAll('-', '_') : (key) => key);
/**
 * Group every listed secret by identity, folding companions away from the
 * rows. With loose names a row takes the first column's name for the key, and
 * remembers each other column's own name.
 */
function collect(inventory, suffix, names = 'exact') {
    const form = keyForm(names);
    const suffixForm = form(suffix);
    const bases = new Map();
    const companions = new Map();
    for (const env of inventory.environments) {
        if (env.status !== 'ok')
            continue;
        for (const secret of env.secrets) {
            const compared = form(secret.key);
            const isCompanion = compared.endsWith(suffixForm) && compared.length > suffixForm.length;
            const key = isCompanion ? secret.key.slice(0, -suffix.length) : secret.key;
            const table = isCompanion ? companions : bases;
            const id = (0,audit_inventory/* identityKey */.US)(secret.path, form(key));
            let identity = table.get(id);
            if (!identity)
                table.set(id, (identity = { path: secret.path, key, present: new Map() }));
            if (key !== identity.key)
                (identity.names ??= new Map()).set(env.slug, key);
            if (secret.unusable) {
                ;
                (identity.unusable ??= new Map()).set(env.slug, secret.unusable);
                continue;
            }
            const seen = identity.present.get(env.slug);
            if (!seen || newer(secret.version, seen.version))
                identity.present.set(env.slug, secret);
        }
    }
    // A secret that is deleted everywhere it is listed is gone, not a row; a disabled one stays.
    const rows = [];
    for (const identity of bases.values()) {
        if (identity.present.size > 0 || [...(identity.unusable?.values() ?? [])].some((u) => u.state === 'disabled'))
            rows.push(identity);
    }
    return { identities: rows.sort(byPathThenKey), companions };
}
/** Two numbers compare; an opaque version never replaces the first one seen. */
const newer = (a, b) => typeof a === 'number' && typeof b === 'number' && a > b;
function buildRow(identity, ctx) {
    const cells = {};
    const presentIn = [];
    // Environments where this secret's presence is unknown: unreadable whole, or absent under an unreadable part.
    const unknownIn = new Set();
    for (const env of ctx.environments) {
        const secret = identity.present.get(env);
        const unusable = identity.unusable?.get(env);
        if (ctx.unreadable.has(env)) {
            cells[env] = { state: 'unreadable' };
            unknownIn.add(env);
        }
        else if (secret) {
            // One object shape for every present cell (an undefined field is left out of the JSON).
            cells[env] = { state: 'present', version: secret.version, updatedAt: secret.updatedAt, via: secret.via };
            presentIn.push(env);
        }
        else if (ctx.unreadablePaths.get(env)?.some((u) => (0,audit_inventory/* covers */.hU)(u, identity.path))) {
            cells[env] = { state: 'unreadable' };
            unknownIn.add(env);
        }
        else if (unusable)
            cells[env] = { state: unusable.state, reason: unusable.reason };
        else
            cells[env] = { state: 'absent' };
    }
    const classification = ctx.classifier.classify(identity.path, identity.key);
    const { rule, expiredException } = classification;
    const classified = identity.onlyIn ? classification.expected.filter((e) => identity.onlyIn.includes(e)) : classification.expected;
    // What a cluster's manifests ask for is needed there, whatever the policy expects.
    const wanted = identity.wantedIn?.filter((e) => ctx.environments.includes(e) && !classified.includes(e)) ?? [];
    const expected = wanted.length ? ctx.environments.filter((e) => classified.includes(e) || wanted.includes(e)) : classified;
    const readable = ctx.environments.filter((e) => !ctx.unreadable.has(e));
    const missingIn = expected.filter((e) => !unknownIn.has(e) && !identity.present.has(e));
    const unexpectedIn = presentIn.filter((e) => !expected.includes(e));
    // Drift between the environments that were read stands even when another could not be read;
    // a row is incomplete only when the unread ones are all that could make it differ.
    let status;
    if (unexpectedIn.length > 0)
        status = 'unexpected';
    else if (missingIn.length > 0)
        status = 'missing';
    else if (unknownIn.size > 0)
        status = 'incomplete';
    else
        status = presentIn.length === readable.length ? 'ok' : 'by-design';
    const row = {
        path: identity.path,
        key: identity.key,
        cells,
        status,
        expected,
        class: classification.className,
        missingIn,
        unexpectedIn,
    };
    if (identity.names?.size)
        row.names = Object.fromEntries(identity.names);
    if (identity.declared)
        row.declared = Object.fromEntries(identity.declared.map((d) => [d.slug, d.at]));
    if (rule?.reason)
        row.reason = rule.reason;
    if (rule?.owner)
        row.owner = rule.owner;
    if (rule?.line)
        row.ruleLine = rule.line;
    if (expiredException)
        row.note = `exception expired on ${expiredException.until}`;
    if (status === 'missing' || status === 'unexpected') {
        row.remediation = remediation(classification.className, missingIn, unexpectedIn, expected);
        // A key the contract asks for: say who asks, e.g. "NEW_KEY is used at src/x.ts:3 and declared nowhere; missing in prod".
        if (identity.declared && missingIn.length) {
            const wants = identity.declared.find((d) => d.wants)?.wants;
            row.ask = wants ? `${wants}; missing in ${list(missingIn)}` : `${identity.key} is ${declaredText(identity.declared)}; missing in ${list(missingIn)}`;
            row.remediation = `${row.ask}. ${row.remediation}`;
            // Advice that fits the row: a key the code reads that nobody wrote down is first documented; a workflow's secret goes in the repository's settings.
            if (identity.undocumentedIn?.length) {
                row.remediation = `${row.ask}. Document it in ${identity.undocumentedIn.join(', ')}, or add it to the policy's contract.ignore if no store should hold it.`;
            }
            else if (identity.onlyIn && !wants) {
                row.remediation = `${row.ask}. Add it as a GitHub Actions secret where the workflow runs (${list(missingIn)}).`;
            }
        }
        if (rule?.requireExpiry && missingIn.length) {
            row.remediation += ` Add its ${identity.key}${ctx.suffix} companion there too (the policy requires an expiry date).`;
        }
    }
    return { row, classification };
}
const list = (envs) => envs.join(', ');
/** Who asks for a key, for remediation: "declared in .env.example (and used at src/app.ts:12)". */
function declaredText(declared) {
    const files = [...new Set(declared.filter((d) => d.role === 'declares').map((d) => d.label))];
    const used = declared.find((d) => d.role === 'uses')?.at;
    if (files.length)
        return `declared in ${files.join(', ')}${used ? ` (and used at ${used})` : ''}`;
    if (used)
        return `used at ${used} and declared nowhere`;
    return `wanted at ${declared[0]?.at ?? 'a manifest'}`;
}
const notExpected = (unexpectedIn, expected) => `Not expected in ${list(unexpectedIn)} (expected only in ${expected.length ? list(expected) : 'no audited environment'}): remove it there.`;
/** The runbook's advice for a drift row, by the class that decided where it belongs. */
function remediation(className, missingIn, unexpectedIn, expected) {
    const advice = [];
    switch (className) {
        case 'account-wide':
            if (unexpectedIn.length)
                advice.push(`Account-wide token: prod only is correct; remove the copies from ${list(unexpectedIn)}.`);
            if (missingIn.length)
                advice.push(`Account-wide token absent from ${list(missingIn)}: provision it there.`);
            break;
        case 'dev-only':
            if (missingIn.length)
                advice.push(`Provision the test-mode key in ${list(missingIn)}.`);
            if (unexpectedIn.length)
                advice.push(`Test-mode key: remove it from ${list(unexpectedIn)}.`);
            break;
        case 'env-specific':
            if (missingIn.length)
                advice.push(`Provision in ${list(missingIn)} with ${missingIn.length === 1 ? "that environment's" : "each environment's"} own credential.`);
            if (unexpectedIn.length)
                advice.push(notExpected(unexpectedIn, expected));
            break;
        default:
            if (missingIn.length) {
                advice.push(`Per-environment credential: ${list(expected)} must all be populated; provision in ${list(missingIn)} with that environment's own value.`);
            }
            if (unexpectedIn.length)
                advice.push(notExpected(unexpectedIn, expected));
    }
    return advice.join(' ');
}

// EXTERNAL MODULE: ./src/audit/expiry.ts
var audit_expiry = __webpack_require__(23028);
// EXTERNAL MODULE: ./src/audit/report.ts
var audit_report = __webpack_require__(24261);
;// CONCATENATED MODULE: ./src/audit/history.ts
/**
 * Coverage history: what changed since the previous snapshot. Pure: the
 * previous snapshot arrives as parsed data; reading and validating it is
 * run()'s job.
 */



const expiringNow = (status) => status === 'expired' || status === 'expiring';
/**
 * Stamp every drift row with the day it was first seen drifting (carried
 * forward from the previous snapshot, or today), and, given that snapshot,
 * say what is new, resolved and persisting. A drift that resolves and comes
 * back is new again: first-seen restarts.
 */
function applyHistory(report, input = {}) {
    const { previous, unavailable } = input;
    const today = report.generatedAt.slice(0, 10);
    const now = new Date(report.generatedAt);
    const before = new Map((previous?.rows ?? []).filter((r) => r.status === 'missing' || r.status === 'unexpected').map((r) => [(0,audit_inventory/* identityOf */.cu)(r), r]));
    // Drift the previous run could not verify is still drift that was seen, with its first day.
    for (const carried of previous?.carriedDrift ?? [])
        if (!before.has((0,audit_inventory/* identityOf */.cu)(carried)))
            before.set((0,audit_inventory/* identityOf */.cu)(carried), carried);
    const current = new Map(report.rows.map((r) => [(0,audit_inventory/* identityOf */.cu)(r), r]));
    const history = previous && {
        previous: { location: previous.location, generatedAt: previous.generatedAt },
        newDrift: [],
        resolvedDrift: [],
        persistingDrift: [],
        unverifiable: 0,
        newSkew: [],
        newlyExpiring: [],
    };
    for (const row of report.rows) {
        if (!(0,audit_report/* isDrift */._)(row))
            continue;
        const earlier = before.get((0,audit_inventory/* identityOf */.cu)(row));
        row.firstSeen = earlier ? (earlier.firstSeen ?? previous.generatedAt.slice(0, 10)) : today;
        if (!history)
            continue;
        const ref = { path: row.path, key: row.key, status: row.status };
        if (earlier)
            history.persistingDrift.push({ ...ref, firstSeen: row.firstSeen, ageDays: (0,audit_expiry/* calendarDays */.ae)(new Date(`${row.firstSeen}T00:00:00Z`), now) });
        else
            history.newDrift.push(ref);
    }
    if (!history || !previous) {
        // No earlier snapshot at all: every drift row is new. Earlier ones that could not be
        // read: nothing is called new (a bad day must not turn persisting drift into new drift).
        if (unavailable)
            report.historyUnavailable = unavailable;
        report.counts.newDrift = unavailable ? 0 : report.counts.drift;
        return;
    }
    const anyUnreadable = report.counts.unreadable > 0;
    for (const [key, earlier] of before) {
        const now_ = current.get(key);
        if (now_ && (0,audit_report/* isDrift */._)(now_))
            continue;
        // An environment that could not be read proves nothing either way: the secret may be there.
        // Carried forward with its first day, so the next readable run sees it persisting, not new.
        if (now_?.status === 'incomplete' || (!now_ && anyUnreadable)) {
            history.unverifiable++;
            report.carriedDrift.push({
                path: earlier.path,
                key: earlier.key,
                status: earlier.status,
                firstSeen: earlier.firstSeen ?? previous.generatedAt.slice(0, 10),
            });
        }
        else
            history.resolvedDrift.push({
                path: earlier.path,
                key: earlier.key,
                status: earlier.status,
                firstSeen: earlier.firstSeen ?? previous.generatedAt.slice(0, 10),
            });
    }
    const skewBefore = new Set(previous.skew.map(audit_inventory/* identityOf */.cu));
    history.newSkew = report.skew.filter((s) => !skewBefore.has((0,audit_inventory/* identityOf */.cu)(s))).map((s) => ({ path: s.path, key: s.key }));
    const expiringBefore = new Set(previous.expiry.filter((f) => expiringNow(f.status)).map((f) => (0,audit_inventory/* identityKey */.US)((0,audit_inventory/* identityOf */.cu)(f), f.env)));
    history.newlyExpiring = report.expiry
        .filter((f) => expiringNow(f.status) && !expiringBefore.has((0,audit_inventory/* identityKey */.US)((0,audit_inventory/* identityOf */.cu)(f), f.env)))
        .map((f) => ({ path: f.path, key: f.key, env: f.env, status: f.status }));
    report.history = history;
    report.counts.newDrift = history.newDrift.length;
    report.counts.resolvedDrift = history.resolvedDrift.length;
}

// EXTERNAL MODULE: ./src/audit/skew.ts
var audit_skew = __webpack_require__(67989);
;// CONCATENATED MODULE: ./src/audit/trend.ts
/**
 * The trend: drift, new and resolved over the last nights, how long drift
 * took to fix, and the drift open longest. Pure: the earlier nights arrive
 * read and validated (history/); a night with no readable snapshot is a gap,
 * never a zero.
 */


/** Time to fix is measured over the drift resolved in this many days, this one included. */
const FIX_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
const dayOf = (date) => date.toISOString().slice(0, 10);
const minusDays = (day, n) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS));
const trend_daysBetween = (from, to) => (0,audit_expiry/* calendarDays */.ae)(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
/** The first day of a window of `nights` nights ending on `today`. */
const windowStart = (today, nights) => minusDays(today, nights - 1);
/** The median (the mean of the two middle values for an even count) and the 90th percentile (nearest rank) of sorted numbers. */
function percentiles(sorted) {
    const n = sorted.length;
    if (n === 0)
        return {};
    const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return { medianDays: median, p90Days: sorted[Math.ceil(0.9 * n) - 1] };
}
function buildTrend(report, input, nights) {
    const today = report.generatedAt.slice(0, 10);
    const start = windowStart(today, nights);
    const byDay = new Map();
    for (const night of input.earlier?.nights ?? []) {
        if (night.day >= start && night.day < today && !byDay.has(night.day)) {
            byDay.set(night.day, { day: night.day, drift: night.drift, newDrift: night.newDrift, resolvedDrift: night.resolvedDrift });
        }
    }
    const c = report.counts;
    byDay.set(today, { day: today, drift: c.drift, newDrift: c.newDrift, resolvedDrift: c.resolvedDrift });
    const points = [];
    const gaps = [];
    for (let i = nights - 1; i >= 0; i--) {
        const day = minusDays(today, i);
        const point = byDay.get(day);
        if (point)
            points.push(point);
        else
            gaps.push(day);
    }
    // Every resolution the history knows of, once: the last snapshot's record, each night's own, and tonight's.
    const fixStart = minusDays(today, FIX_WINDOW_DAYS - 1);
    const fixes = new Map();
    const add = (fix) => {
        if (fix.resolvedOn < fixStart || fix.resolvedOn > today || fix.firstSeen > fix.resolvedOn)
            return;
        fixes.set(`${fix.path}\u0000${fix.key}\u0000${fix.resolvedOn}`, fix);
    };
    for (const fix of input.previous?.fixed ?? [])
        add(fix);
    for (const night of input.earlier?.nights ?? [])
        for (const fix of night.fixed)
            add(fix);
    for (const r of report.history?.resolvedDrift ?? [])
        add({ ...r, resolvedOn: today });
    const fixed = [...fixes.values()].sort((a, b) => a.resolvedOn !== b.resolvedOn
        ? a.resolvedOn < b.resolvedOn
            ? -1
            : 1
        : a.path !== b.path
            ? a.path < b.path
                ? -1
                : 1
            : a.key < b.key
                ? -1
                : a.key > b.key
                    ? 1
                    : 0);
    const days = fixed.map((f) => trend_daysBetween(f.firstSeen, f.resolvedOn)).sort((a, b) => a - b);
    let oldest;
    for (const row of report.rows) {
        if (!(0,audit_report/* isDrift */._)(row) || !row.firstSeen)
            continue;
        if (!oldest || row.firstSeen < oldest.firstSeen) {
            oldest = { path: row.path, key: row.key, status: row.status, firstSeen: row.firstSeen, ageDays: trend_daysBetween(row.firstSeen, today) };
        }
    }
    return {
        nights,
        points,
        gaps,
        skipped: input.earlier?.skipped ?? { unreadable: 0, olderFormat: 0 },
        timeToFix: { windowDays: FIX_WINDOW_DAYS, fixes: fixed.length, ...percentiles(days) },
        ...(oldest ? { oldestOpen: oldest } : {}),
        fixed,
    };
}

;// CONCATENATED MODULE: ./src/audit/audit.ts













function audit(inventory, policy, now, history = {}, options = {}) {
    const environments = inventory.environments.map((e) => e.slug);
    const unreadable = new Set(inventory.environments.filter((e) => e.status === 'unreadable').map((e) => e.slug));
    const readable = environments.filter((e) => !unreadable.has(e));
    const unreadablePaths = new Map(inventory.environments.flatMap((e) => (e.status === 'ok' && e.unreadablePaths?.length ? [[e.slug, e.unreadablePaths]] : [])));
    const classifier = classify_classifier(policy, environments, now.toISOString().slice(0, 10));
    const collected = collect(inventory, policy.expiry.suffix, policy.names);
    const { companions } = collected;
    const form = keyForm(policy.names);
    const contracts = inventory.contracts ?? [];
    const ignoreGlobs = policy.contract.ignore.map(audit_glob/* compileGlob */.S);
    const githubColumns = inventory.environments.filter((e) => e.workflowSecrets).map((e) => e.slug);
    const { identities, findings: contractFindings, ignored, } = matchContracts(collected.identities, contracts, {
        form,
        prefix: (0,audit_inventory/* normalizePath */.Fd)(inventory.pathPrefix),
        ignored: (key) => ignoreGlobs.some((matches) => matches(key)),
        githubColumns,
    });
    const rows = [];
    const skew = [];
    const expiry = [];
    const rotation = [];
    const expiredExceptions = new Set();
    const expiryContext = { environments: readable, now, warnDays: policy.expiry.warnDays };
    const ownersOf = (0,audit_owners/* ownerLookup */.qf)(policy.owners ?? []);
    for (const identity of identities) {
        const { row, classification } = buildRow(identity, { environments, unreadable, unreadablePaths, classifier, suffix: policy.expiry.suffix });
        // The most specific owners: the policy's map, a rule's owner that is a mention, else CODEOWNERS of the contract file.
        const file = Object.values(row.declared ?? {})[0]?.replace(/:\d+$/, '');
        const owners = ownersOf(row.path, row.key) ??
            (row.owner && (0,audit_owners/* isOwner */.u8)(row.owner) ? [row.owner] : undefined) ??
            (file && options.codeowners ? options.codeowners(file) : undefined);
        if (owners?.length)
            row.owners = owners;
        rows.push(row);
        if (classification.expiredException)
            expiredExceptions.add(classification.expiredException);
        const skewed = (0,audit_skew/* findSkew */.y)(identity, readable, policy.skew.versionGap, policy.skew.lagDays);
        if (skewed)
            skew.push(skewed);
        const id = (0,audit_inventory/* identityKey */.US)(identity.path, form(identity.key));
        const companion = companions.get(id);
        companions.delete(id);
        const requireExpiry = classification.rule?.requireExpiry ?? false;
        const native = nativeDates(identity);
        if (companion || requireExpiry || native.expiry)
            expiry.push(...(0,audit_expiry/* findExpiry */.By)(identity, companion, { ...expiryContext, requireExpiry }));
        const maxAgeDays = classification.rule?.maxAgeDays;
        if (maxAgeDays !== undefined || native.rotation)
            rotation.push(...(0,audit_expiry/* findRotation */.YX)(identity, readable, now, maxAgeDays));
    }
    // Companions left over have no base key in any environment.
    for (const orphan of [...companions.values()].sort(audit_byPathThenKey)) {
        expiry.push(...(0,audit_expiry/* findExpiry */.By)(undefined, orphan, { ...expiryContext, requireExpiry: false }));
    }
    const folders = diagnoseFolders(inventory, rows);
    const unused = unusedCandidates(identities, new Set(inventory.environments.filter((e) => e.status === 'ok' && e.tracksAccess).map((e) => e.slug)), {
        now,
        days: policy.unusedAfterDays,
        hasContracts: contracts.length > 0,
        ignored: (key) => ignoreGlobs.some((matches) => matches(key)),
    });
    const exceptions = staleExceptions(policy, {
        rows,
        ignoredKeys: [...ignored.values()].flat(),
        compile: audit_glob/* compileGlob */.S,
        environments,
        today: now.toISOString().slice(0, 10),
        ...(history.previous?.exceptionsExcused ? { previous: history.previous.exceptionsExcused } : {}),
    });
    const policyFindings = policyHygiene(rows, classifier.unusedRules(), expiredExceptions);
    const report = {
        schemaVersion: audit_report/* SCHEMA_VERSION */.f,
        generatedAt: now.toISOString(),
        source: inventory.source,
        ...(inventory.sources ? { sources: inventory.sources } : {}),
        pathPrefix: (0,audit_inventory/* normalizePath */.Fd)(inventory.pathPrefix),
        policy: { origin: policy.origin, ...policy.skew, ...policy.expiry, names: policy.names },
        environments: inventory.environments.map((e) => {
            const named = { slug: e.slug, ...(e.name ? { name: e.name } : {}), ...(e.location ? { location: e.location } : {}) };
            return e.status === 'ok'
                ? { ...named, status: 'ok', secretCount: e.secrets.length, ...(e.unreadablePaths?.length ? { unreadablePaths: e.unreadablePaths } : {}) }
                : { ...named, status: 'unreadable', reason: e.reason };
        }),
        ...(contracts.length
            ? {
                contracts: contracts.map((c) => ({
                    slug: c.slug,
                    ...(c.location ? { location: c.location } : {}),
                    role: c.role,
                    label: c.label,
                    keys: c.keys.filter((k) => !k.optional).length,
                    ...(c.keys.some((k) => k.optional) ? { optional: c.keys.filter((k) => k.optional).length } : {}),
                    ...(c.unread?.length ? { unread: c.unread } : {}),
                    ...(ignored.get(c.slug)?.length ? { ignored: ignored.get(c.slug) } : {}),
                    ...(c.dynamicCount ? { dynamic: c.dynamic ?? [], dynamicCount: c.dynamicCount } : {}),
                    ...(c.writes?.length ? { writes: c.writes } : {}),
                    ...(c.scope ? { scope: c.scope } : {}),
                    ...(c.byName?.length ? { byName: c.byName } : {}),
                })),
            }
            : {}),
        counts: {
            ...count(rows, skew, expiry, rotation, unreadable.size, [...unreadablePaths.values()].reduce((n, list) => n + list.length, 0)),
            unreadFiles: contracts.reduce((n, c) => n + (c.unread?.length ?? 0), 0),
            undeclared: contractFindings.filter((f) => f.kind === 'undeclared').length,
            undocumented: contractFindings.filter((f) => f.kind === 'undocumented').length,
            staleExceptions: exceptions.stale.length,
            unused: unused.length,
        },
        rows,
        skew,
        expiry,
        rotation,
        folders,
        policyFindings,
        ...(contracts.length ? { contractFindings, unusedCandidates: unused } : {}),
        ...(policy.exceptionLines ? { staleExceptions: exceptions.stale, exceptionsExcused: exceptions.excused } : {}),
        carriedDrift: [],
    };
    applyHistory(report, history);
    if (options.trendNights)
        report.trend = buildTrend(report, history, options.trendNights);
    return report;
}
/** Whether any environment's store gave this secret its own expiry or rotation date. */
function nativeDates(identity) {
    let expiry = false;
    let rotation = false;
    for (const secret of identity.present.values()) {
        expiry ||= secret.expiresAt !== undefined;
        rotation ||= secret.rotationDue !== undefined;
    }
    return { expiry, rotation };
}
const audit_byPathThenKey = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
function count(rows, skew, expiry, rotation, unreadable, unreadablePaths) {
    const by = (status) => rows.reduce((n, r) => (r.status === status ? n + 1 : n), 0);
    const expired = expiry.filter((f) => f.status === 'expired').length;
    return {
        rows: rows.length,
        drift: rows.reduce((n, r) => ((0,audit_report/* isDrift */._)(r) ? n + 1 : n), 0),
        missing: by('missing'),
        unexpected: by('unexpected'),
        byDesign: by('by-design'),
        incomplete: by('incomplete'),
        skew: skew.length,
        expiring: expired + expiry.filter((f) => f.status === 'expiring').length,
        expired,
        unreadable,
        unreadablePaths,
        rotationOverdue: rotation.length,
        newDrift: 0,
        resolvedDrift: 0,
    };
}
/** One finding per environment and topmost folder that explains missing rows (runbook failure mode C). */
function diagnoseFolders(inventory, rows) {
    const prefix = (0,audit_inventory/* normalizePath */.Fd)(inventory.pathPrefix);
    const findings = [];
    const inside = (folder, path) => path === folder || path.startsWith(folder === '/' ? '/' : `${folder}/`);
    // Folders that hold secrets directly, by environment: where a gap's secrets really sit elsewhere.
    const held = new Map(inventory.environments.flatMap((e) => (e.status === 'ok' ? [[e.slug, new Set(e.secrets.map((x) => (0,audit_inventory/* normalizePath */.Fd)(x.path)))]] : [])));
    for (const [slug, gaps] of (0,audit_inventory/* folderGaps */.wn)(inventory)) {
        const env = inventory.environments.find((e) => e.slug === slug);
        const confirmedMissing = env?.status === 'ok' ? (env.missingFolders ?? []).map(audit_inventory/* normalizePath */.Fd) : [];
        const missingRows = (folder) => rows.filter((r) => inside(folder, r.path) && r.missingIn.includes(slug)).length;
        const elsewhere = [...new Set([...held].flatMap(([other, paths]) => (other === slug ? [] : [...paths])))];
        for (const gap of gaps) {
            // The folder that is really missing may sit deeper than the gap (aws/iam exists, aws/iam/ci does not):
            // name the topmost missing folders the source confirmed under the gap; else the topmost folders under
            // the gap that hold secrets in another environment, as empty here (aws/iam/ci, not aws/iam).
            const deeper = confirmedMissing.filter((f) => inside(gap, f) && !confirmedMissing.some((g) => g !== f && inside(g, f)));
            const populated = elsewhere.filter((f) => inside(gap, f));
            const topmost = populated.filter((f) => !populated.some((g) => g !== f && inside(g, f))).sort();
            const found = deeper.length
                ? deeper.map((folder) => ({ folder, kind: 'missing' }))
                : (topmost.length ? topmost : [gap]).map((folder) => ({ folder, kind: 'empty' }));
            for (const { folder, kind } of found) {
                const rowsThere = missingRows(folder);
                if (rowsThere > 0)
                    findings.push({ env: slug, folder, kind, isPrefix: folder === prefix, missingRows: rowsThere });
            }
        }
    }
    return findings;
}
function policyHygiene(rows, unused, expired) {
    const findings = [];
    for (const rule of unused) {
        findings.push({ kind: 'unused-rule', detail: `rule ${rule.match.join(', ')} matches no secret` });
    }
    for (const row of rows) {
        if (row.class === 'account-wide' && row.missingIn.length > 0) {
            findings.push({
                kind: 'account-wide-absent-from-prod',
                detail: `${row.path}/${row.key} is declared account-wide but is absent from ${row.missingIn.join(', ')}`,
            });
        }
    }
    for (const rule of expired) {
        findings.push({
            kind: 'expired-exception',
            detail: `exception for ${rule.match.join(', ')} expired on ${rule.until}${rule.owner ? ` (owner: ${rule.owner})` : ''}`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/history/history.ts
var history_history = __webpack_require__(43328);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(63256);
;// CONCATENATED MODULE: ./src/sources/columns.ts

async function readColumns(plan, options, ports) {
    const sources = [];
    const close = async () => {
        await Promise.all(sources.map((s) => s.close?.()));
    };
    // Created one after another (each loads its code), then read in parallel. Settled, not raced:
    // a store still logging in when another fails must finish before close() revokes.
    for (const store of plan.stores)
        sources.push(await store.create(ports));
    const results = await Promise.allSettled(plan.stores.map(async (store, i) => {
        const source = sources[i];
        const locations = plan.columns ? [...new Set(plan.columns.filter((c) => c.kind === store.kind).map((c) => c.location))] : undefined;
        return { kind: store.kind, inventory: await source.read({ ...options, ...(locations ? { locations } : {}) }) };
    }));
    plan.stores.forEach((store, i) => logThrottling(store.kind, sources[i], ports));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) {
        await close();
        throw failed.reason;
    }
    const parts = results.map((r) => r.value);
    const inventory = mergeColumns(parts, plan.columns);
    // Manifests' remote keys are placed once every store column is read: each store places a name as it lists it.
    if (plan.columns && inventory.contracts?.some((c) => c.references)) {
        const { placeReferences } = await __webpack_require__.e(/* import() */ 1958).then(__webpack_require__.bind(__webpack_require__, 81958));
        placeReferences(inventory, plan.columns, plan.stores);
    }
    return { inventory, close };
}
/**
 * The stores' answers as one inventory in column order; an environment's slug
 * becomes its column's name. Contract columns go to `contracts`, apart from the
 * store columns (and from `source`, which names stores).
 */
function mergeColumns(parts, columns) {
    const stores = parts.filter((p) => !p.inventory.contracts);
    const first = (stores[0] ?? parts[0]).inventory;
    if (!columns)
        return first;
    const byKind = new Map(parts.map((p) => [p.kind, p.inventory]));
    const environments = [];
    const contracts = [];
    for (const column of columns) {
        const answer = byKind.get(column.kind);
        const named = { slug: column.name, ...(column.spec ? { location: column.spec } : {}) };
        const contract = answer?.contracts?.find((c) => c.slug === column.location);
        if (contract) {
            contracts.push({ ...contract, ...named });
            continue;
        }
        const env = answer?.environments.find((e) => e.slug === column.location);
        if (!env)
            throw new Error(`the ${column.kind} store gave no answer for ${column.location}`);
        environments.push({ ...env, ...named });
    }
    return {
        source: first.source,
        ...(stores.length > 1 ? { sources: stores.map((p) => p.inventory.source) } : {}),
        pathPrefix: first.pathPrefix,
        environments,
        ...(contracts.length ? { contracts } : {}),
    };
}
/** Once per store: which host throttled it, how often, and what its pace cost in time. */
function logThrottling(kind, source, ports) {
    const hosts = source.throttling?.() ?? [];
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    if (hosts.length === 1) {
        const [t] = hosts;
        ports.logger.info(`${kind}: ${t.host} throttled ${(0,plural/* plural */.L)(t.throttles, 'request')} for its quota; pacing to it cost ${seconds(t.waitedMs)}`);
    }
    else if (hosts.length > 1) {
        const total = hosts.reduce((n, t) => n + t.throttles, 0);
        const each = hosts.map((t) => `${t.host}: ${t.throttles}, ${seconds(t.waitedMs)}`).join('; ');
        ports.logger.info(`${kind}: ${hosts.length} hosts throttled ${(0,plural/* plural */.L)(total, 'request')} for their quotas; pacing to them cost ${each}`);
    }
}

// EXTERNAL MODULE: ./src/render/unreadable.ts
var unreadable = __webpack_require__(9929);
;// CONCATENATED MODULE: ./src/run.ts
/** The one flow both entry points share: settings → source → audit → report and exit code. */









/** Warnings about unreadable parts in the log, at most. */
const WARNING_LINES = 20;
function exitCodeFor(report, failOn, hygiene = []) {
    if (failOn === 'none' && hygiene.length === 0)
        return errors/* EXIT */.dc.ok;
    const c = report.counts;
    if (failOn !== 'none' && (c.unreadable > 0 || c.unreadablePaths > 0 || c.unreadFiles > 0))
        return errors/* EXIT */.dc.incomplete;
    if (failOn === 'drift' && report.counts.drift > 0)
        return errors/* EXIT */.dc.gate;
    // A gate that could not compare does not pass: with drift and no readable history, any of it may be new.
    if (failOn === 'new-drift' && report.historyUnavailable && report.counts.drift > 0)
        return errors/* EXIT */.dc.incomplete;
    if (failOn === 'new-drift' && report.counts.newDrift > 0)
        return errors/* EXIT */.dc.gate;
    if (hygiene.some((h) => report.counts[h === 'stale-exceptions' ? 'staleExceptions' : h] > 0))
        return errors/* EXIT */.dc.gate;
    return errors/* EXIT */.dc.ok;
}
/** The one line that explains a non-zero exit. */
function exitMessage(exitCode, report, failOn, hygiene = []) {
    if (exitCode === errors/* EXIT */.dc.incomplete && failOn === 'new-drift' && report.historyUnavailable && !(0,unreadable/* unreadParts */.KQ)(report).length) {
        return `fail-on: new-drift could not compare with the previous snapshot (${report.historyUnavailable}): ${(0,plural/* plural */.L)(report.counts.drift, 'drift row')} may be new (exit 2). Make the snapshot history readable and re-run, or gate on fail-on: drift.`;
    }
    if (exitCode === errors/* EXIT */.dc.incomplete) {
        const parts = (0,unreadable/* capped */.uo)((0,unreadable/* unreadParts */.KQ)(report), 5, (p) => (p.path ? `${p.where}:${p.path}` : p.where));
        return `Audit incomplete: ${parts.join(', ')} could not be read (exit 2). The rest of the report stands; fix access and re-run.`;
    }
    if (exitCode === errors/* EXIT */.dc.gate) {
        const c = report.counts;
        const parts = [
            failOn === 'new-drift' && c.newDrift ? (0,plural/* plural */.L)(c.newDrift, 'new drift row') : failOn === 'drift' && c.drift ? (0,plural/* plural */.L)(c.drift, 'drift row') : '',
            hygiene.includes('undeclared') && c.undeclared ? (0,plural/* plural */.L)(c.undeclared, 'undeclared secret') : '',
            hygiene.includes('undocumented') && c.undocumented ? (0,plural/* plural */.L)(c.undocumented, 'undocumented key') : '',
            hygiene.includes('stale-exceptions') && c.staleExceptions ? (0,plural/* plural */.L)(c.staleExceptions, 'policy exception') + ' that excused nothing' : '',
            hygiene.includes('unused') && c.unused ? (0,plural/* plural */.L)(c.unused, 'unused candidate') : '',
        ];
        // What the contract asks for and no store holds: "NEW_KEY is used at src/x.ts:3 and declared nowhere; missing in prod, staging".
        const fresh = new Set((report.history?.newDrift ?? report.rows).map((r) => `${r.path}\u0000${r.key}`));
        const gatedOnDrift = parts[0] !== '';
        const asked = report.rows
            .filter((r) => gatedOnDrift && r.declared && r.status === 'missing' && (failOn !== 'new-drift' || fresh.has(`${r.path}\u0000${r.key}`)))
            .flatMap((r) => (r.ask ? [r.ask] : []));
        const examples = asked.length ? ` ${asked.slice(0, 3).join('. ')}${asked.length > 3 ? `; and ${asked.length - 3} more` : ''}.` : '';
        return `fail-on: ${[failOn, ...hygiene].join(',')}: ${parts.filter(Boolean).join(', ')} (exit 3).${examples} See the job summary.`;
    }
    return undefined;
}
/** The policy's environment names against the audited columns, as the policy file's own error. */
function checkEnvironments(policy, audited) {
    try {
        (0,core_policy/* checkPolicyEnvironments */.fi)(policy, audited);
    }
    catch (err) {
        if (!(err instanceof core_policy/* PolicyError */.pn))
            throw err;
        throw new errors/* FatalError */.HX(`Invalid policy: ${err.message}`, { file: err.file ?? policy.origin, ...(err.line ? { line: err.line } : {}) });
    }
}
/** The checkout's CODEOWNERS, where GitHub looks for it (.github/, the root, docs/); undefined when there is none. */
async function readCodeowners(ports) {
    for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
        try {
            return (0,audit_owners/* parseCodeowners */.BW)(await ports.readText(path));
        }
        catch {
            // Not there (or not readable): the next place, then none.
        }
    }
    return undefined;
}
async function run(settings, ports, options = {}) {
    const now = settings.now ?? ports.now();
    // Known before any request when the columns are named; else once the store has said what it holds.
    if (settings.columns) {
        const contracts = new Set(settings.stores.filter((s) => s.contract).map((s) => s.kind));
        checkEnvironments(settings.policy, settings.columns.filter((c) => !contracts.has(c.kind)).map((c) => c.name));
    }
    const { inventory, close } = await readColumns(settings, { pathPrefix: settings.pathPrefix, companionSuffix: settings.policy.expiry.suffix, now }, ports);
    // Tokens are revoked while the audit runs.
    const closing = close();
    if (!settings.columns) {
        try {
            checkEnvironments(settings.policy, inventory.environments.map((e) => e.slug));
        }
        catch (err) {
            await closing;
            throw err;
        }
    }
    // Snapshots dated before this day count: today's own is left out of a nightly re-run, not of a pull-request check.
    const bound = new Date(now.getTime() + (options.includeToday ? 86_400_000 : 0)).toISOString().slice(0, 10);
    const nights = settings.trendNights;
    const history = await (0,history_history/* loadPrevious */._W)(options.previous, bound, ports.logger, nights ? windowStart(now.toISOString().slice(0, 10), nights) : undefined);
    const codeowners = inventory.contracts?.length ? await readCodeowners(ports) : undefined;
    const report = audit(inventory, settings.policy, now, history, { ...(codeowners ? { codeowners } : {}), trendNights: nights });
    await closing;
    // One line per environment, folder and file, however many reads failed there: the JSON report lists each.
    const lines = (0,unreadable/* capped */.uo)((0,unreadable/* unreadParts */.KQ)(report), WARNING_LINES, (p) => (p.path ? `${p.where}:${p.path} could not be read: ${(0,unreadable/* partReason */.MZ)(p)}` : `Environment ${p.where} could not be read: ${p.reason}`), (n) => `…and ${(0,plural/* plural */.L)(n, 'more part')} could not be read (the JSON report lists every one)`);
    for (const line of lines)
        ports.logger.warning(line);
    const c = report.counts;
    ports.logger.info(`Audited ${(0,plural/* plural */.L)(c.rows, 'secret')} in ${(0,plural/* plural */.L)(report.environments.length, 'environment')}: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expired or expiring, ${c.unreadable} unreadable`);
    return { report, exitCode: exitCodeFor(report, settings.failOn, settings.failOnHygiene) };
}


/***/ })

};

//# sourceMappingURL=5484.index.js.map