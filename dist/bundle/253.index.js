export const id = 253;
export const ids = [253];
export const modules = {

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 69253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CodeSource: () => (/* binding */ CodeSource),
  scanGlob: () => (/* binding */ scanGlob)
});

// EXTERNAL MODULE: ./node_modules/globby/index.js + 6 modules
var globby = __webpack_require__(95630);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/net/pool.ts
var pool = __webpack_require__(86997);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(63256);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(79622);
;// CONCATENATED MODULE: ./src/sources/contract/scan.ts
/**
 * Environment-variable reads in source text: the forms each language uses,
 * found only in code (never in a comment or a string that merely mentions
 * them), SCREAMING_SNAKE keys only. Pure: text in, keys with lines out.
 */
const EXTENSIONS = {
    js: 'js',
    mjs: 'js',
    cjs: 'js',
    jsx: 'js',
    ts: 'js',
    tsx: 'js',
    mts: 'js',
    cts: 'js',
    vue: 'js',
    svelte: 'js',
    py: 'python',
    go: 'go',
    rb: 'ruby',
    rake: 'ruby',
    rs: 'rust',
    java: 'java',
    kt: 'java',
};
/** The files the scan reads, for messages. */
const SCANNED_FILES = `.${Object.keys(EXTENSIONS).join(', .')} and .github/workflows/*.yml`;
/** The language of a file by its path, or undefined when the scan has no forms for it. */
function languageOf(path) {
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return 'workflow';
    return EXTENSIONS[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
}
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const Q = `(['"])(${NAME})\\1`;
// Each pattern's last capture group is the key; destructuring is handled apart.
const FORMS = {
    js: [
        new RegExp(`\\bprocess\\.env\\.(${NAME})`, 'g'),
        new RegExp(`\\bprocess\\.env\\[\\s*(['"\`])(${NAME})\\1\\s*\\]`, 'g'),
        new RegExp(`\\bimport\\.meta\\.env\\.(${NAME})`, 'g'),
    ],
    python: [
        new RegExp(`\\bos\\.environ\\[\\s*${Q}\\s*\\]`, 'g'),
        new RegExp(`\\bos\\.environ\\.get\\(\\s*${Q}`, 'g'),
        new RegExp(`\\bos\\.getenv\\(\\s*${Q}`, 'g'),
    ],
    go: [new RegExp(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*"(${NAME})"`, 'g')],
    ruby: [new RegExp(`\\bENV\\[\\s*${Q}\\s*\\]`, 'g'), new RegExp(`\\bENV\\.fetch\\(\\s*${Q}`, 'g')],
    rust: [new RegExp(`\\benv::var(?:_os)?\\(\\s*"(${NAME})"`, 'g')],
    java: [new RegExp(`\\bSystem\\.getenv\\(\\s*"(${NAME})"`, 'g')],
    // Only inside a `${{ … }}` expression: checked apart (see insideExpressions), so no pattern scans ahead from every `${{`.
    workflow: [new RegExp(`\\bsecrets\\.(${NAME})`, 'g')],
};
// `const {` alone: the braces' content and `= process.env` are found apart, each scanned once (no `[^}]*` from every opening).
const DESTRUCTURE_OPEN = /\b(?:const|let|var)\s*\{/g;
const FROM_PROCESS_ENV = /\s*=\s*process\.env\b/y;
const TRIGGER = {
    js: ['process.env', 'import.meta.env'],
    python: ['os.'],
    go: ['os.'],
    ruby: ['ENV'],
    rust: ['env::var'],
    java: ['System.getenv'],
    workflow: ['secrets.'],
};
/** Keys the platform provides itself: never a secret to provision. */
const PROVIDED = new Set(['GITHUB_TOKEN']);
const isScreamingSnake = (key) => /^[A-Z][A-Z0-9_]*$/.test(key);
/** Every environment-variable read in `text`, first occurrence per key, in order of appearance. */
function scanText(text, language) {
    if (!TRIGGER[language].some((t) => text.includes(t)))
        return [];
    let mask;
    const inCode = (index) => (mask ??= codeMask(text, language))[index] === 1;
    const found = new Map();
    const add = (key, index) => {
        if (!isScreamingSnake(key) || PROVIDED.has(key) || found.has(key))
            return;
        if (!inCode(index))
            return;
        found.set(key, index);
    };
    const inExpression = language === 'workflow' ? insideExpressions(text) : undefined;
    for (const form of FORMS[language]) {
        for (const m of text.matchAll(form))
            if (!inExpression || inExpression(m.index))
                add(m[m.length - 1], m.index);
    }
    if (language === 'js') {
        // Openings that share one `}` (`const{const{…}`): only the last before it is a destructuring, and the
        // next `}` is looked up once per closing, so the whole loop reads the text once.
        let close = -1;
        let last;
        const settle = () => {
            if (!last || close < 0)
                return;
            FROM_PROCESS_ENV.lastIndex = close + 1;
            if (!FROM_PROCESS_ENV.test(text))
                return;
            for (const part of text.slice(last.open, close).split(',')) {
                const key = /^\s*(?:\.\.\.)?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1];
                if (key)
                    add(key, last.index);
            }
        };
        for (const m of text.matchAll(DESTRUCTURE_OPEN)) {
            const open = m.index + m[0].length;
            if (close < open) {
                settle();
                close = text.indexOf('}', open);
                if (close < 0)
                    break;
            }
            last = { index: m.index, open };
        }
        settle();
    }
    const lines = lineStarts(text);
    return [...found].sort((a, b) => a[1] - b[1]).map(([key, index]) => ({ key, line: lineOf(lines, index) }));
}
/**
 * Whether an index lies inside a `${{ … }}` expression (after a `${{` with no
 * `}` since): the openings and closings are indexed once, in one pass.
 */
function insideExpressions(text) {
    const opens = [];
    const closes = [];
    for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i + 3))
        opens.push(i);
    for (let i = text.indexOf('}'); i >= 0; i = text.indexOf('}', i + 1))
        closes.push(i);
    return (index) => {
        const open = lastBefore(opens, index);
        return open >= 0 && lastBefore(closes, index) < open;
    };
}
/** The last value in a sorted list that is below `index`, or -1. */
function lastBefore(sorted, index) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? sorted[lo - 1] : -1;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, index) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/**
 * 1 where the text is code, 0 inside comments and string literals: a small
 * lexer per language family (template literals' `${…}` are code again).
 */
function codeMask(text, language) {
    const mask = new Uint8Array(text.length);
    const hashComments = language === 'python' || language === 'ruby' || language === 'workflow';
    const slashComments = !hashComments;
    const backtick = language === 'js' || language === 'go';
    // Template literal nesting: brace depth at each `${` we entered.
    const templates = [];
    let depth = 0;
    let i = 0;
    const n = text.length;
    const skipString = (quote, triple) => {
        // i is at the opening quote(s); leaves i after the closing one, mask 0 in between.
        const close = triple ? quote.repeat(3) : quote;
        i += close.length;
        while (i < n) {
            const c = text[i];
            if (c === '\\' && language !== 'workflow') {
                i += 2;
                continue;
            }
            if (quote === '`' && language === 'js' && c === '$' && text[i + 1] === '{') {
                templates.push(depth);
                depth++;
                i += 2;
                return;
            }
            if (text.startsWith(close, i)) {
                i += close.length;
                return;
            }
            if (!triple && c === '\n' && quote !== '`')
                return;
            i++;
        }
    };
    while (i < n) {
        const c = text[i];
        if (slashComments && c === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
            continue;
        }
        if (slashComments && c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (hashComments && c === '#' && (language !== 'workflow' || i === 0 || /\s/.test(text[i - 1]))) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
            continue;
        }
        if (language !== 'workflow' && (c === '"' || c === "'" || (backtick && c === '`'))) {
            const triple = language === 'python' && text.startsWith(c.repeat(3), i);
            skipString(c, triple);
            continue;
        }
        if (c === '{')
            depth++;
        if (c === '}') {
            depth--;
            if (templates.length && depth === templates[templates.length - 1]) {
                templates.pop();
                // Back inside the template literal: its rest is string.
                i++;
                skipStringRest();
                continue;
            }
        }
        mask[i] = 1;
        i++;
    }
    return mask;
    function skipStringRest() {
        while (i < n) {
            const c = text[i];
            if (c === '\\') {
                i += 2;
                continue;
            }
            if (c === '$' && text[i + 1] === '{') {
                templates.push(depth);
                depth++;
                i += 2;
                return;
            }
            if (c === '`') {
                i++;
                return;
            }
            i++;
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/contract/code.ts
/**
 * `code:GLOB`: the keys the code reads. Files come from globby (the
 * checkout's .gitignore honoured; node_modules, dist and vendored folders
 * skipped); each is scanned for its language's forms (./scan.ts). A key is
 * reported at its first file:line in path order.
 */






const SKIPPED = ['**/node_modules/**', '**/dist/**', '**/vendor/**', '**/vendored/**', '**/third_party/**', '**/.git/**'];
/** Scan the files a glob names, relative to `cwd`; each read stays inside `cwd` after symbolic links. */
async function scanGlob(glob, limits, cwd = process.cwd()) {
    const files = (await (0,globby/* globby */.IK)(glob, { cwd, gitignore: true, ignore: SKIPPED, dot: true, onlyFiles: true, followSymbolicLinks: false })).sort();
    const firsts = new Map();
    const unread = [];
    let scanned = 0;
    let readable = 0;
    const deadline = limits.deadline ?? Infinity;
    const checkout = (0,workspace/* workspace */.Gl)(cwd);
    await (0,pool/* eachConcurrently */.y)(files.map((file, order) => ({ file, order })), 16, async ({ file, order }) => {
        const language = languageOf(file);
        if (!language)
            return;
        readable++;
        if (Date.now() >= deadline) {
            unread.push({ file, reason: "not scanned: the run's time limit was reached" });
            return;
        }
        let text;
        try {
            text = await checkout.read(file, limits.maxFileBytes);
        }
        catch (err) {
            if (!(err instanceof workspace/* WorkspaceReadError */.k1))
                throw err;
            unread.push({ file, reason: err.reason });
            return;
        }
        scanned++;
        for (const ref of scanText(text, language)) {
            const seen = firsts.get(ref.key);
            if (!seen || order < seen.order)
                firsts.set(ref.key, { at: `${file}:${ref.line}`, order });
        }
    });
    const keys = [...firsts].sort((a, b) => a[1].order - b[1].order).map(([key, { at }]) => ({ key, at }));
    return { keys, files: scanned, matched: files.length, readable, unread: unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
class CodeSource {
    settings;
    ports;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
    }
    async read(options) {
        const contracts = [];
        const deadline = Date.now() + this.settings.runTimeoutMs;
        for (const glob of options.locations ?? []) {
            let scan;
            try {
                scan = await scanGlob(glob, { maxFileBytes: this.settings.maxFileBytes, deadline });
            }
            catch (err) {
                const code = err.code;
                throw new errors/* FatalError */.HX(`code:${glob}: the files could not be scanned${code && /^E[A-Z]+$/.test(code) ? ` (${code})` : ''}`);
            }
            // A column that reads nothing checks nothing: a pull-request check must not pass on a typo.
            if (scan.matched === 0) {
                throw new errors/* FatalError */.HX(`code:${glob}: the glob matches no file in the checkout (a typo, or only files .gitignore excludes): the column would check nothing`);
            }
            if (scan.readable === 0) {
                throw new errors/* FatalError */.HX(`code:${glob}: the glob matches ${(0,plural/* plural */.L)(scan.matched, 'file')}, none of a kind the scan reads (${SCANNED_FILES}): the column would check nothing`);
            }
            // Each file not read is a warning of the run's (one line per file, capped), and makes the run incomplete.
            const unread = scan.unread.length ? `; ${(0,plural/* plural */.L)(scan.unread.length, 'file')} not read` : '';
            this.ports.logger.info(`code:${glob}: ${(0,plural/* plural */.L)(scan.keys.length, 'key')} read in ${(0,plural/* plural */.L)(scan.files, 'file')}${unread}`);
            contracts.push({ slug: glob, role: 'uses', label: glob, keys: scan.keys, ...(scan.unread.length ? { unread: scan.unread } : {}) });
        }
        return { source: { kind: 'code', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts };
    }
}


/***/ })

};

//# sourceMappingURL=253.index.js.map