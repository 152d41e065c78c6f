export const id = 5093;
export const ids = [5093];
export const modules = {

/***/ 60511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   o: () => (/* binding */ readListed)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var globby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95630);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79622);
/**
 * The files a column of the repository reads (code, manifests). Inside a git work tree, `git ls-files`
 * lists them in one process (tracked and untracked, .gitignore honoured),
 * five times faster than walking the tree; outside one, globby walks it.
 * Either way node_modules, dist and vendored folders are skipped, and the
 * column's `!` patterns are taken out.
 */




const SKIPPED = ['**/node_modules/**', '**/dist/**', '**/vendor/**', '**/vendored/**', '**/third_party/**', '**/.git/**'];
/** The files under `cwd` that `include` matches and neither `exclude` nor the skipped folders do, sorted. */
async function listFiles(cwd, include, exclude) {
    const tracked = await gitFiles(cwd);
    if (tracked) {
        const wanted = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(include, { dot: true });
        const unwanted = picomatch__WEBPACK_IMPORTED_MODULE_2___default()([...SKIPPED, ...exclude], { dot: true });
        return { files: tracked.filter((f) => wanted(f) && !unwanted(f)).sort(), by: 'git' };
    }
    const files = await (0,globby__WEBPACK_IMPORTED_MODULE_3__/* .globby */ .IK)(include, { cwd, gitignore: true, ignore: [...SKIPPED, ...exclude], dot: true, onlyFiles: true, followSymbolicLinks: false });
    return { files: files.sort(), by: 'walk' };
}
/** `git ls-files` under `cwd`, or undefined when it is not a work tree (or git is missing, or refuses it). */
function gitFiles(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', 
        // No hook or monitor of the checkout's configuration runs: only the listing.
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd, maxBuffer: 512 * 1024 * 1024, timeout: 120_000, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout) => resolve(err ? undefined : stdout.split('\0').filter(Boolean)));
    });
}
/** The longest a read of listed files holds the event loop before it yields. */
const YIELD_EVERY_MS = 10;
/**
 * Each wanted file's text, handed to `each` in listing order with its index there. Files are read synchronously
 * (five system calls each, no thread-pool round trips), yielding to the event loop every few milliseconds so a
 * store read beside it keeps its timers and sockets served. A file git lists that the work tree no longer holds is
 * not there to read (`gone`), not a file unread.
 */
async function readListed(listing, options, each) {
    const checkout = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .workspace */ .Gl)(options.cwd);
    const unread = [];
    let wanted = 0;
    let gone = 0;
    let slice = Date.now();
    for (const [order, file] of listing.files.entries()) {
        if (Date.now() - slice >= YIELD_EVERY_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            slice = Date.now();
        }
        if (options.wanted && !options.wanted(file))
            continue;
        wanted++;
        if (Date.now() >= options.deadline) {
            unread.push({ file, reason: options.late });
            continue;
        }
        let text;
        try {
            text = checkout.readNow(file, options.maxBytes);
        }
        catch (err) {
            if (!(err instanceof _workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkspaceReadError */ .k1))
                throw err;
            if (listing.by === 'git' && err.code === 'ENOENT')
                gone++;
            else
                unread.push({ file, reason: err.reason });
            continue;
        }
        each(file, text, order);
    }
    return { wanted, gone, unread };
}


/***/ }),

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 35093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CodeSource: () => (/* binding */ CodeSource),
  scanGlob: () => (/* binding */ scanGlob)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(63256);
// EXTERNAL MODULE: ./src/files/listing.ts
var files_listing = __webpack_require__(60511);
// EXTERNAL MODULE: ./src/sources/contract/paths.ts
var paths = __webpack_require__(45421);
;// CONCATENATED MODULE: ./src/sources/contract/forms.ts
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
// A literal that is the whole argument: not the start of `"PREFIX_" + name`, `"X_%s" % n` or `"X".lower()`.
const WHOLE = `(?!\\s*[-+%.*[])`;
const LIT = `(['"\`])(${NAME})\\1${WHOLE}`;
const PY_LIT = `(['"])(${NAME})\\1${WHOLE}`;
/** A literal joined with something else: a dynamic key. */
const JOINED = `(?:'[^'\\n]{0,200}'|"[^"\\n]{0,200}"|\`[^\`\\n]{0,200}\`)\\s*[-+%.*]`;
const re = (source) => new RegExp(source, 'g');
const RUBY = [
    { name: 'ENV["X"]', pattern: re(`\\bENV\\[\\s*${PY_LIT}\\s*\\]`) },
    { name: 'ENV.fetch("X")', pattern: re(`\\bENV\\.fetch(?:\\(\\s*|[ \\t]+)${PY_LIT}`) },
    { name: 'ENV.key?("X")', pattern: re(`\\bENV\\.(?:key\\?|has_key\\?|include\\?|member\\?)(?:\\(\\s*|[ \\t]+)${PY_LIT}`) },
    { name: 'ENV.delete("X")', pattern: re(`\\bENV\\.(?:delete|store)\\(\\s*${PY_LIT}`), write: true },
];
const RUBY_DYNAMIC = [{ name: 'ENV[…]', pattern: re(`\\bENV(?:\\[|\\.fetch(?:\\(|[ \\t]+))\\s*(?:${JOINED}|(?![\\s'"])(${NAME})?)`) }];
const FORMS = {
    js: [
        { name: 'process.env.X', pattern: re(`\\b(?:process|Bun)(?:\\?\\.|\\.)env(?:\\?\\.|\\.)(${NAME})`) },
        { name: 'process.env["X"]', pattern: re(`\\b(?:process|Bun)(?:\\?\\.|\\.)env(?:\\?\\.)?\\[\\s*${LIT}\\s*\\]`) },
        { name: 'import.meta.env.X', pattern: re(`\\bimport\\.meta\\.env\\.(${NAME})`) },
        { name: 'Deno.env.get("X")', pattern: re(`\\bDeno\\.env\\.get\\(\\s*${LIT}`) },
        { name: '"X" in process.env', pattern: re(`${LIT}\\s+in\\s+process(?:\\?\\.|\\.)env\\b`), codeAtEnd: true, needs: ' in process' },
    ],
    python: [
        { name: 'os.environ["X"]', pattern: re(`(?:\\bos\\.|(?<![\\w.]))environ\\[\\s*${PY_LIT}\\s*\\]`) },
        { name: 'os.environ.get("X")', pattern: re(`(?:\\bos\\.|(?<![\\w.]))environ\\.(?:get|setdefault)\\(\\s*${PY_LIT}`) },
        { name: 'os.getenv("X")', pattern: re(`(?:\\bos\\.|(?<![\\w.]))getenv\\(\\s*${PY_LIT}`) },
        { name: '"X" in os.environ', pattern: re(`${PY_LIT}\\s+(?:not\\s+)?in\\s+(?:os\\.)?environ\\b`), codeAtEnd: true, needs: 'environ' },
        { name: 'os.environ.pop("X")', pattern: re(`(?:\\bos\\.|(?<![\\w.]))(?:environ\\.pop|unsetenv|putenv)\\(\\s*${PY_LIT}`), write: true },
    ],
    go: [
        { name: 'os.Getenv("X")', pattern: re(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*"(${NAME})"${WHOLE}`) },
        { name: 'env:"X" struct tag', pattern: re(`(?<![\\w-])(?:env|envconfig)\\s*:\\s*"(${NAME})[,"]`), inString: true },
        { name: 'os.Setenv("X")', pattern: re(`\\bos\\.(?:Setenv|Unsetenv)\\(\\s*"(${NAME})"`), write: true },
    ],
    ruby: RUBY,
    erb: RUBY,
    rust: [
        { name: 'env::var("X")', pattern: re(`\\benv::var(?:_os)?\\(\\s*"(${NAME})"${WHOLE}`) },
        { name: 'env!("X")', pattern: re(`\\b(?:option_)?env!\\(\\s*"(${NAME})"`) },
        { name: 'env::set_var("X")', pattern: re(`\\benv::(?:set_var|remove_var)\\(\\s*"(${NAME})"`), write: true },
    ],
    java: [
        { name: 'System.getenv("X")', pattern: re(`\\bSystem\\.getenv\\(\\s*"(${NAME})"${WHOLE}`) },
        { name: 'System.getenv().get("X")', pattern: re(`\\bSystem\\.getenv\\(\\s*\\)\\s*(?:\\.get(?:OrDefault)?\\(\\s*|\\[\\s*)"(${NAME})"`) },
    ],
    // Only inside a `${{ … }}` expression (checked apart).
    workflow: [{ name: '${{ secrets.X }}', pattern: re(`\\bsecrets\\.(${NAME})`), workflow: true }],
    // `$${X}` is a literal `${X}`; `${X:-default}`, `${X?err}` and `$X` are reads.
    compose: [{ name: 'Compose ${X}', pattern: re(`(?<!\\$)\\$(?:\\{(${NAME})(?:[:?+=-][^}\\n]*)?\\}|(${NAME}))`) }],
};
/** `process.env` through `import { env } from 'node:process'` or `const { env } = process`. */
const NODE_ENV_IMPORT = /\bimport\s*\{[^}]{0,200}\benv\b[^}]{0,200}\}\s*from\s*['"](?:node:)?process['"]|\{\s*env\s*\}\s*=\s*process\b/;
const IMPORTED_ENV_FORMS = [
    { name: 'env.X (node:process)', pattern: re(`(?<![\\w$.])env(?:\\?\\.|\\.)(${NAME})`) },
    { name: 'env["X"] (node:process)', pattern: re(`(?<![\\w$.])env\\[\\s*${LIT}\\s*\\]`) },
];
const DYNAMIC = {
    js: [
        { name: 'process.env[…]', pattern: re(`\\b(?:process|Bun)(?:\\?\\.|\\.)env(?:\\?\\.)?\\[\\s*(?:${JOINED}|(?!\\s|${LIT}\\s*\\])([\\w$]+)?)`) },
        { name: 'Deno.env.get(…)', pattern: re(`\\bDeno\\.env\\.get\\(\\s*(?![\\s'"\`])([\\w$]+)?`) },
    ],
    python: [{ name: 'os.getenv(…)', pattern: re(`(?:\\bos\\.|(?<![\\w.]))(?:environ\\[|environ\\.get\\(|getenv\\()\\s*(?:${JOINED}|(?![\\s'"])(${NAME})?)`) }],
    go: [{ name: 'os.Getenv(…)', pattern: re(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*(?:${JOINED}|(?![\\s"])(${NAME})?)`) }],
    ruby: RUBY_DYNAMIC,
    erb: RUBY_DYNAMIC,
    rust: [{ name: 'env::var(…)', pattern: re(`\\benv::var(?:_os)?\\(\\s*(?![\\s"])(${NAME})?`) }],
    java: [{ name: 'System.getenv(…)', pattern: re(`\\bSystem\\.getenv\\(\\s*(?:${JOINED}|(?![\\s")])(${NAME})?)`) }],
    workflow: [],
    compose: [],
};
/** Cheap substrings one of which a file must hold for its direct forms to be looked for. */
const TRIGGERS = {
    js: ['process.env', 'process?.env', 'import.meta.env', 'Deno.env', 'Bun.env'],
    python: ['environ', 'getenv', 'unsetenv', 'putenv'],
    go: ['os.', 'env:', 'envconfig:'],
    ruby: ['ENV'],
    erb: ['ENV'],
    rust: ['env'],
    java: ['System.getenv'],
    workflow: ['secrets.'],
    compose: ['$'],
};
/**
 * Whether the read matched at [start, end) is a write: an assignment after it
 * (`= …`, `+= …`, not `==`, `=>`, `||=` or `??=`, which read first), or
 * `delete` / `del` before it.
 */
function isWrite(text, start, end) {
    let j = end;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t'))
        j++;
    const c = text[j];
    if (c === '=' && text[j + 1] !== '=' && text[j + 1] !== '>' && text[j + 1] !== '~')
        return true;
    if ((c === '+' || c === '-') && text[j + 1] === '=')
        return true;
    let k = start;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t'))
        k--;
    return /(?:^|[^\w$.])(?:delete|del)$/.test(text.slice(Math.max(0, k - 8), k));
}

;// CONCATENATED MODULE: ./src/sources/contract/lexer.ts
const BACKSLASH = 92;
const NEWLINE = 10;
const SPACE = 32;
/** Characters that may open a comment, a string, a regular expression or an interpolation, or close one. */
const SPECIAL = new Uint8Array(128);
for (const c of '/#"\'`{}')
    SPECIAL[c.charCodeAt(0)] = 1;
const COMMENT = 0;
const CODE = 1;
const STRING = 2;
/** Words after which `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
/** Opening bracket → its closing one, and back, for brackets in code. One pass with a stack. */
function matchBrackets(text, mask) {
    const close = new Map();
    const open = new Map();
    const stack = [];
    const pairs = { ')': '(', ']': '[', '}': '{' };
    for (let i = 0; i < text.length; i++) {
        if (mask[i] !== CODE)
            continue;
        const c = text[i];
        if (c === '(' || c === '[' || c === '{')
            stack.push(i);
        else if (c in pairs) {
            // A stray closer (a syntax error, or a lexer miss) is skipped rather than unwinding the stack.
            const top = stack[stack.length - 1];
            if (top !== undefined && text[top] === pairs[c]) {
                stack.pop();
                close.set(top, i);
                open.set(i, top);
            }
        }
    }
    return { close, open };
}
/** The mask of `text`: COMMENT, CODE or STRING per character. */
function lex(text, language) {
    if (language === 'erb')
        return lexTemplate(text);
    const mask = new Uint8Array(text.length);
    const n = text.length;
    const hashComments = language === 'python' || language === 'ruby' || language === 'workflow' || language === 'compose';
    const slashComments = !hashComments;
    // YAML has no string syntax the forms care about: `${{ }}` and `${X}` are found in quoted scalars too.
    const strings = language !== 'workflow' && language !== 'compose';
    // Interpolations entered: the brace depth to return at, and the string to resume.
    const interpolations = [];
    let depth = 0;
    let i = 0;
    // The last code character that was not whitespace, for the regular-expression test.
    let previous = -1;
    // Where the last failed regular-expression scan stopped: no `/` before it starts one (each character is scanned once).
    let noRegexBefore = -1;
    /** Inside a string from i (after its opening); leaves i after the close, or at an interpolation's first code character. */
    const inString = (quote) => {
        const closeFirst = quote.close.charCodeAt(0);
        const interpolationFirst = quote.interpolation ? quote.interpolation.charCodeAt(0) : -1;
        while (i < n) {
            const code = text.charCodeAt(i);
            // Most characters of a string are none of its specials: one comparison each.
            if (code !== BACKSLASH && code !== closeFirst && code !== interpolationFirst && code !== NEWLINE) {
                mask[i] = STRING;
                i++;
                continue;
            }
            const c = text[i];
            if (quote.escapes && c === '\\') {
                mask[i] = STRING;
                if (i + 1 < n)
                    mask[i + 1] = STRING;
                i += 2;
                continue;
            }
            if (quote.interpolation && text.startsWith(quote.interpolation, i)) {
                // Python's `{{` is a literal brace.
                if (quote.interpolation === '{' && text[i + 1] === '{') {
                    mask[i] = mask[i + 1] = STRING;
                    i += 2;
                    continue;
                }
                for (let k = 0; k < quote.interpolation.length; k++)
                    mask[i + k] = STRING;
                i += quote.interpolation.length;
                interpolations.push({ depth, quote });
                depth++;
                return;
            }
            if (text.startsWith(quote.close, i)) {
                for (let k = 0; k < quote.close.length; k++)
                    mask[i + k] = STRING;
                i += quote.close.length;
                return;
            }
            // A one-line string ends at the line's end (an unclosed quote must not hide the rest of the file).
            if (c === '\n' && quote.close.length === 1 && quote.close !== '`')
                return;
            mask[i] = STRING;
            i++;
        }
    };
    while (i < n) {
        const code = text.charCodeAt(i);
        // Most characters of code are none of the lexer's specials: marked and passed in one test.
        if (!SPECIAL[code]) {
            mask[i] = CODE;
            if (code > SPACE)
                previous = i;
            i++;
            continue;
        }
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
        if (hashComments && c === '#' && !(language === 'ruby' && text[i + 1] === '{') && (strings || i === 0 || /\s/.test(text[i - 1]))) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
            continue;
        }
        if (language === 'js' && c === '/' && i >= noRegexBefore && startsRegex(text, mask, previous)) {
            const end = regexEnd(text, i);
            if (end > 0) {
                mask.fill(STRING, i, end);
                i = end;
                previous = end - 1;
                continue;
            }
            noRegexBefore = -end;
        }
        if (strings && (c === '"' || c === "'" || c === '`')) {
            const quote = openQuote(text, i, language);
            if (quote) {
                mask.fill(STRING, i, i + quote.length);
                i += quote.length;
                inString(quote.quote);
                previous = i - 1;
                continue;
            }
        }
        if (c === '{')
            depth++;
        if (c === '}') {
            depth--;
            const top = interpolations[interpolations.length - 1];
            if (top && depth === top.depth) {
                interpolations.pop();
                mask[i] = STRING;
                i++;
                inString(top.quote);
                previous = i - 1;
                continue;
            }
        }
        mask[i] = CODE;
        if (code > SPACE)
            previous = i;
        i++;
    }
    return mask;
}
/** The string a quote at i opens in this language, and how many characters open it; undefined when none does. */
function openQuote(text, i, language) {
    const c = text[i];
    switch (language) {
        case 'js':
            if (c === '`')
                return { quote: { close: '`', escapes: true, interpolation: '${' }, length: 1 };
            if (c === '"' || c === "'")
                return { quote: { close: c, escapes: true }, length: 1 };
            return undefined;
        case 'go':
            // A raw string has no escapes: `\` is itself, and the string ends at the next backtick.
            if (c === '`')
                return { quote: { close: '`', escapes: false }, length: 1 };
            if (c === '"' || c === "'")
                return { quote: { close: c, escapes: true }, length: 1 };
            return undefined;
        case 'python': {
            if (c !== '"' && c !== "'")
                return undefined;
            const triple = text.startsWith(c.repeat(3), i);
            // f"…{code}…": the prefix letters just before the quote.
            const prefix = /[rRbBuUfF]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))[0].toLowerCase();
            const f = prefix.includes('f') && !/\w/.test(text[i - prefix.length - 1] ?? '');
            return { quote: { close: triple ? c.repeat(3) : c, escapes: true, ...(f ? { interpolation: '{' } : {}) }, length: triple ? 3 : 1 };
        }
        case 'ruby':
            if (c === '"' || c === '`')
                return { quote: { close: c, escapes: true, interpolation: '#{' }, length: 1 };
            if (c === "'")
                return { quote: { close: c, escapes: true }, length: 1 };
            return undefined;
        case 'java':
            if (c === '"') {
                const triple = text.startsWith('"""', i);
                return { quote: { close: triple ? '"""' : '"', escapes: true, interpolation: '${' }, length: triple ? 3 : 1 };
            }
            if (c === "'")
                return { quote: { close: "'", escapes: true }, length: 1 };
            return undefined;
        case 'rust':
            if (c === '"')
                return { quote: { close: '"', escapes: true }, length: 1 };
            // `'a` is a lifetime; `'x'` and `'\n'` are characters.
            if (c === "'" && (text[i + 1] === '\\' || text[i + 2] === "'"))
                return { quote: { close: "'", escapes: true }, length: 1 };
            return undefined;
        default:
            return undefined;
    }
}
/** Whether a `/` at a position after `previous` (the last code character) starts a regular expression. */
function startsRegex(text, mask, previous) {
    if (previous < 0)
        return true;
    const p = text[previous];
    if (mask[previous] === STRING)
        return false;
    if (/[)\]}]/.test(p))
        return false;
    if (/[\w$]/.test(p)) {
        let start = previous;
        while (start > 0 && /[\w$]/.test(text[start - 1]))
            start--;
        return REGEX_AFTER_WORD.has(text.slice(start, previous + 1));
    }
    return true;
}
/** The index after a regular-expression literal opening at i (its flags included), or minus where the scan stopped when the line ends first. */
function regexEnd(text, i) {
    let inClass = false;
    for (let j = i + 1; j < text.length; j++) {
        const c = text[j];
        if (c === '\n')
            return -j;
        if (c === '\\') {
            j++;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        else if (c === '/' && !inClass) {
            let end = j + 1;
            while (end < text.length && /[a-z]/.test(text[end]))
                end++;
            return end;
        }
    }
    return -text.length;
}
/** ERB (`*.erb`, Rails' `config/*.yml`): Ruby inside `<% … %>` and `<%= … %>`; the template around it and `<%# … %>` are not code. */
function lexTemplate(text) {
    const mask = new Uint8Array(text.length);
    for (let open = text.indexOf('<%'); open >= 0; open = text.indexOf('<%', open + 2)) {
        const close = text.indexOf('%>', open + 2);
        const end = close < 0 ? text.length : close;
        if (text[open + 2] !== '#') {
            const start = open + 2 + (text[open + 2] === '=' || text[open + 2] === '-' ? 1 : 0);
            mask.set(lex(text.slice(start, end), 'ruby'), start);
        }
        if (close < 0)
            break;
        open = close;
    }
    return mask;
}

;// CONCATENATED MODULE: ./src/sources/contract/helpers.ts

// The literal is the whole first argument (not `"PREFIX_" + name`).
const CANDIDATE = /\(\s*(['"`])([A-Z][A-Z0-9_]*)\1(?!\s*[-+%.*[])/g;
/** Ruby calls its helpers without parentheses too: `env_fetch "X"`. */
const RUBY_CANDIDATE = /(?<=[\w?!])[ \t]+(['"])([A-Z][A-Z0-9_]*)\1(?!\s*[-+%.*[])/g;
const MAX_CALLEE = 200;
/** Candidate calls in code (`isCode` at the parenthesis). */
function candidateCalls(text, language, isCode) {
    const calls = [];
    const add = (end, key, index) => {
        const callee = calleeBefore(text, end, language);
        if (callee)
            calls.push({ callee, key, index });
    };
    for (const m of text.matchAll(CANDIDATE))
        if (isCode(m.index))
            add(m.index, m[2], m.index);
    if (language === 'ruby' || language === 'erb')
        for (const m of text.matchAll(RUBY_CANDIDATE))
            if (isCode(m.index))
                add(m.index, m[2], m.index);
    return calls;
}
/** The dotted name that ends at `end` (`config.env`, `env::var`), at most MAX_CALLEE characters back; '' when none. */
function calleeBefore(text, end, language) {
    let start = end;
    const floor = Math.max(0, end - MAX_CALLEE);
    while (start > floor && /[\w$.?:!]/.test(text[start - 1]))
        start--;
    const raw = text.slice(start, end).replace(/\?\./g, '.').replace(/::/g, '.');
    // Ruby method names end in ? or !; elsewhere a trailing `?` or `!` is an operator.
    const callee = (language === 'ruby' || language === 'erb' ? raw : raw.replace(/[?!]+$/, '')).replace(/^[.:?!]+/, '');
    return /^[A-Za-z_$][\w$]*[?!]?(\.[A-Za-z_$][\w$]*[?!]?)*$/.test(callee) ? callee : '';
}
/** A name's words: `getBoolFromEnv` → get bool from env; `get_int_from_env` → get int from env. */
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[\s_$?!]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
}
const ENV_WORDS = new Set(['env', 'environ', 'getenv', 'envvar', 'envvars', 'lookupenv', 'dotenv']);
/** Words that make an env-named call a write or a test double: `setEnv`, `vi.stubEnv`, `delete_env`. */
const WRITE_WORDS = new Set(['set', 'setenv', 'unset', 'unsetenv', 'put', 'putenv', 'delete', 'del', 'remove', 'clear', 'stub', 'mock', 'restore', 'reset']);
/** Whether a callee's name says it reads the environment: `env`, `getEnv`, `env.bool`, `get_int_from_env`, `readEnvironmentVariable`. */
function saysEnv(callee) {
    const segments = callee.split('.');
    const last = words(segments[segments.length - 1]);
    if (last.some((w) => WRITE_WORDS.has(w)))
        return false;
    const near = segments.length > 1 ? [...words(segments[segments.length - 2]), ...last] : last;
    if (near.some((w) => ENV_WORDS.has(w)))
        return true;
    const i = near.indexOf('environment');
    return i >= 0 && /^variables?$/.test(near[i + 1] ?? '');
}
const PARAMS = '\\(([^)]{0,300})\\)';
const HEADERS = {
    js: [
        new RegExp(`\\bfunction\\s*\\*?\\s*([\\w$]+)\\s*(?:<[^>]{0,200}>)?\\s*${PARAMS}`, 'g'),
        // `const env = (name) =>`, `env: function (name) {`, `env = async (name: string): string => …`
        new RegExp(`(?<![\\w$])([\\w$]+)\\s*(?::[^=;\\n]{0,100})?[:=]\\s*(?:async\\s*)?(?:function\\s*[\\w$]*\\s*)?(?:<[^>\\n]{0,200}>\\s*)?${PARAMS}\\s*(?::[^=;{\\n]{0,200})?(?:=>|\\{)`, 'g'),
        // `const env = name => …`
        new RegExp(`(?<![\\w$])([\\w$]+)\\s*=\\s*(?:async\\s+)?(([\\w$]+))\\s*=>`, 'g'),
        // A class method: `getEnv(name: string): string {`
        new RegExp(`^[ \\t]*(?:(?:public|private|protected|static|async|readonly|override)\\s+)*([\\w$]+)\\s*${PARAMS}\\s*(?::[^;{\\n]{0,200})?\\{`, 'gm'),
    ],
    python: [new RegExp(`\\bdef\\s+(\\w+)\\s*${PARAMS}`, 'g'), new RegExp(`(?<![\\w.])(\\w+)\\s*=\\s*lambda\\s+([^:\\n]{0,300}):`, 'g')],
    go: [new RegExp(`\\bfunc\\s+(?:\\([^)]{0,200}\\)\\s*)?(\\w+)\\s*(?:\\[[^\\]]{0,200}\\])?\\s*${PARAMS}`, 'g')],
    ruby: [new RegExp(`\\bdef\\s+(?:self\\.)?([\\w]+[?!]?)(?:\\s*${PARAMS}|[ \\t]+([^\\n;]{0,300}))`, 'g')],
    rust: [new RegExp(`\\bfn\\s+(\\w+)\\s*(?:<[^>]{0,200}>)?\\s*${PARAMS}`, 'g')],
    java: [
        new RegExp(`\\bfun\\s+(?:<[^>]{0,200}>\\s*)?(?:[\\w.]+\\.)?(\\w+)\\s*${PARAMS}`, 'g'),
        new RegExp(`(?<![\\w<>\\[\\]?])[\\w<>\\[\\]?]+\\s+(\\w+)\\s*${PARAMS}\\s*(?:throws\\s+[\\w.,\\s]{0,200})?\\{`, 'g'),
    ],
};
HEADERS.erb = HEADERS.ruby;
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'with', 'elif', 'else', 'new', 'await', 'typeof']);
/** The headers of the functions defined in a text, in order, each with where its body ends. */
function functionHeaders(text, language, mask) {
    const headers = [];
    for (const pattern of HEADERS[language] ?? []) {
        for (const m of text.matchAll(pattern)) {
            const name = m[1];
            if (KEYWORDS.has(name) || mask[m.index + m[0].search(/\S/)] !== CODE)
                continue;
            headers.push({ name, params: m[2] ?? m[3] ?? '', index: m.index, after: m.index + m[0].length, end: text.length });
        }
    }
    headers.sort((a, b) => a.index - b.index);
    if (language === 'python' || language === 'ruby' || language === 'erb')
        indentedBodies(text, headers);
    else
        bracedBodies(text, mask, headers);
    return headers;
}
/** Python and Ruby: a body ends before the first later line indented no deeper than its header. One pass, a stack of open headers. */
function indentedBodies(text, headers) {
    const open = [];
    let next = 0;
    for (let at = 0; at < text.length;) {
        const eol = text.indexOf('\n', at);
        const lineEnd = eol < 0 ? text.length : eol;
        const indent = /^[ \t]*/.exec(text.slice(at, Math.min(lineEnd, at + 200)))[0].length;
        const blank = at + indent >= lineEnd || text[at + indent] === '#';
        if (!blank) {
            while (open.length && open[open.length - 1].indent >= indent && open[open.length - 1].header.index < at)
                open.pop().header.end = at;
        }
        while (next < headers.length && headers[next].index < lineEnd) {
            const header = headers[next++];
            const start = text.lastIndexOf('\n', header.index) + 1;
            open.push({ header, indent: header.index - start + /^[ \t]*/.exec(text.slice(header.index, header.index + 200))[0].length });
        }
        at = lineEnd + 1;
    }
}
/** Braced languages: the body is the block after the parameters; an arrow function's expression body ends with its line. */
function bracedBodies(text, mask, headers) {
    let brackets;
    for (const header of headers) {
        let j = header.after;
        while (j < text.length && j < header.after + 300 && text[j] !== '{' && text[j] !== '\n' && text[j] !== ';')
            j++;
        if (text[j] === '{' && mask[j] === CODE) {
            brackets ??= matchBrackets(text, mask);
            header.end = brackets.close.get(j) ?? text.length;
        }
        else if (text[header.after - 1] === '{') {
            brackets ??= matchBrackets(text, mask);
            header.end = brackets.close.get(header.after - 1) ?? text.length;
        }
        else {
            const eol = text.indexOf('\n', header.after);
            header.end = eol < 0 ? text.length : eol;
        }
    }
}
/** Which parameter `variable` is (0-based, `self` and `cls` not counted), or -1. */
function parameterIndex(params, variable, language) {
    const parts = params.split(',');
    let index = 0;
    for (const part of parts) {
        const names = part.split(/[:=]/)[0].match(/[A-Za-z_$][\w$]*/g) ?? [];
        if (language === 'python' && index === 0 && (names[0] === 'self' || names[0] === 'cls'))
            continue;
        if (names.includes(variable))
            return index;
        index++;
    }
    return -1;
}
/** The function a dynamic read at `index` through `variable` sits in, when `variable` is one of its parameters: a helper. */
function helperAt(headers, index, variable, language) {
    let lo = 0;
    let hi = headers.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (headers[mid].index < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    // The innermost function around the read that takes the variable (a few nesting levels at most).
    for (let k = lo - 1; k >= Math.max(0, lo - 8); k--) {
        const header = headers[k];
        if (header.end < index)
            continue;
        const param = parameterIndex(header.params, variable, language);
        if (param >= 0)
            return { name: header.name, param, language };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/contract/schemas.ts
/**
 * Keys named by a schema the environment is parsed with, not read one by one:
 * zod (`z.object({ X: … }).parse(process.env)`), t3-env (`createEnv({ server:
 * { X: … } })`), envalid (`cleanEnv(process.env, { X: str() })`) and pydantic
 * `BaseSettings` fields (with `env_prefix`). Brackets are matched once per
 * file; each object is then read once, skipping what it nests: linear.
 */

/** Schema parses followed per file (each looks its variable up in the whole text). */
const MAX_PARSES = 8;
const ENV_OBJECT = '(?:process\\.env|import\\.meta\\.env|Bun\\.env)';
/** The properties of the object literal whose `{` is at `start`: keys at its own level only. */
function objectEntries(text, mask, close, start) {
    const end = close.get(start);
    if (end === undefined)
        return [];
    const entries = [];
    let expectKey = true;
    for (let i = start + 1; i < end; i++) {
        if (mask[i] === CODE && close.has(i)) {
            i = close.get(i);
            expectKey = false;
            continue;
        }
        const c = text[i];
        if (mask[i] === CODE && c === ',') {
            expectKey = true;
            continue;
        }
        if (!expectKey || /\s/.test(c) || mask[i] === 0)
            continue;
        expectKey = false;
        // A key: an identifier, or a quoted name, followed by `:` (or `,` / `}` for a shorthand).
        let keyEnd = i;
        let key;
        if (mask[i] === STRING && (c === '"' || c === "'")) {
            const q = text.indexOf(c, i + 1);
            if (q < 0 || q > end)
                continue;
            key = text.slice(i + 1, q);
            keyEnd = q + 1;
        }
        else {
            while (keyEnd < end && /[\w$]/.test(text[keyEnd]))
                keyEnd++;
            key = text.slice(i, keyEnd);
            if (!key)
                continue;
        }
        let j = keyEnd;
        while (j < end && /\s/.test(text[j]))
            j++;
        if (text[j] === ':')
            entries.push({ key, index: i, value: j + 1 });
        else if (j >= end || text[j] === ',')
            entries.push({ key, index: i, value: -1 });
        i = keyEnd - 1;
    }
    return entries;
}
/** The first `{` at or after `from`, past whitespace only. */
const braceAt = (text, from) => {
    let j = from;
    while (j < text.length && /\s/.test(text[j]))
        j++;
    return text[j] === '{' ? j : -1;
};
const SCHEMA_TRIGGER = new RegExp(`\\b(?:(?:safeParse|parse|safeParseAsync|parseAsync)\\s*\\(\\s*${ENV_OBJECT}|createEnv\\s*\\(|cleanEnv\\s*\\()`);
/** Whether a JavaScript text parses the environment with a schema at all (cheap, before the lexer runs). */
const hasJsSchema = (text) => (text.includes('arse') || text.includes('createEnv') || text.includes('cleanEnv')) && SCHEMA_TRIGGER.test(text);
/** Keys from the zod, t3-env and envalid schemas in a JavaScript or TypeScript text. */
function jsSchemaKeys(text, mask) {
    const { close, open } = matchBrackets(text, mask);
    const keys = [];
    const take = (brace, form) => {
        for (const e of objectEntries(text, mask, close, brace))
            keys.push({ key: e.key, index: e.index, form });
    };
    const inCode = (i) => mask[i] === CODE;
    // A variable's initializer: `const Env = z.object({…})` or `const specs = {…}`.
    const initializer = (name) => {
        const m = new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*(?::[^=\\n]{0,200})?=\\s*`, 'g').exec(text);
        return m && inCode(m.index) ? m.index + m[0].length : -1;
    };
    // A zod chain from `from`: `z.object({…})` and every `.extend({…})` after it.
    const zodChain = (from) => {
        const m = /^z\s*\.\s*(?:object|strictObject|looseObject)\s*\(/.exec(text.slice(from, from + 40));
        if (!m)
            return;
        let paren = from + m[0].length - 1;
        for (;;) {
            const brace = braceAt(text, paren + 1);
            if (brace >= 0)
                take(brace, 'zod schema');
            const end = close.get(paren);
            if (end === undefined)
                return;
            const next = /^\s*\.\s*(?:extend|merge|strict|passthrough|partial|required)\s*\(/.exec(text.slice(end + 1, end + 60));
            if (!next)
                return;
            paren = end + next[0].length;
        }
    };
    // At most a few schema parses per file: each looks its variable up in the whole text.
    let parses = 0;
    for (const m of text.matchAll(new RegExp(`\\.\\s*(?:safeParse|parse|safeParseAsync|parseAsync)\\s*\\(\\s*${ENV_OBJECT}\\s*\\)`, 'g'))) {
        if (!inCode(m.index) || ++parses > MAX_PARSES)
            continue;
        // Walk the receiver back through its calls (`.strict()`, `.extend({…})`) to the chain's head.
        let j = m.index - 1;
        for (let step = 0; step < 20; step++) {
            while (j >= 0 && /\s/.test(text[j]))
                j--;
            if (text[j] !== ')' || !open.has(j))
                break;
            const paren = open.get(j);
            const callee = /(?:(z)\s*\.\s*)?([\w$]+)\s*$/.exec(text.slice(Math.max(0, paren - 60), paren));
            if (callee?.[1] && /^(?:object|strictObject|looseObject)$/.test(callee[2])) {
                zodChain(paren - callee[0].length);
                j = -1;
                break;
            }
            j = paren - (callee?.[0].length ?? 0) - 1;
            while (j >= 0 && /\s/.test(text[j]))
                j--;
            if (text[j] !== '.')
                break;
            j--;
        }
        if (j < 0)
            continue;
        const variable = /([A-Za-z_$][\w$]*)$/.exec(text.slice(Math.max(0, j - 99), j + 1))?.[1];
        const init = variable ? initializer(variable) : -1;
        if (init >= 0)
            zodChain(init);
    }
    for (const m of text.matchAll(/\bcreateEnv\s*\(\s*\{/g)) {
        if (!inCode(m.index))
            continue;
        const brace = m.index + m[0].length - 1;
        for (const e of objectEntries(text, mask, close, brace)) {
            if (!['server', 'client', 'shared'].includes(e.key) || e.value < 0)
                continue;
            const inner = braceAt(text, e.value);
            if (inner >= 0)
                take(inner, `t3-env ${e.key}`);
        }
    }
    for (const m of text.matchAll(new RegExp(`\\bcleanEnv\\s*\\(\\s*${ENV_OBJECT}\\s*,\\s*`, 'g'))) {
        if (!inCode(m.index) || ++parses > MAX_PARSES)
            continue;
        const after = m.index + m[0].length;
        const brace = braceAt(text, after);
        if (brace >= 0)
            take(brace, 'envalid');
        else {
            const name = /^[\w$]+/.exec(text.slice(after, after + 100))?.[0];
            const init = name ? initializer(name) : -1;
            const specs = init >= 0 ? braceAt(text, init) : -1;
            if (specs >= 0)
                take(specs, 'envalid');
        }
    }
    return keys;
}
/** Pydantic settings: each field of a `BaseSettings` class is the key `PREFIX` + its name, upper-cased (pydantic matches case-insensitively). */
function pydanticKeys(text, mask) {
    if (!text.includes('BaseSettings'))
        return [];
    const keys = [];
    // Settings classes by name, with the prefix a subclass inherits.
    const settingsClasses = new Map([['BaseSettings', '']]);
    const lines = text.split('\n');
    const starts = [];
    for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++)
        starts.push(at);
    const indent = (line) => /^[ \t]*/.exec(line)[0].length;
    for (let l = 0; l < lines.length; l++) {
        const header = /^([ \t]*)class\s+(\w+)\s*\(([^)]{0,300})\)\s*:/.exec(lines[l]);
        if (!header || mask[starts[l] + header[1].length] !== CODE)
            continue;
        const bases = header[3].split(',').map((b) => b.trim().split('.').pop());
        const base = bases.find((b) => settingsClasses.has(b));
        if (base === undefined)
            continue;
        const classIndent = header[1].length;
        let bodyIndent = -1;
        let prefix = settingsClasses.get(base);
        const fields = [];
        let k = l + 1;
        for (; k < lines.length; k++) {
            const line = lines[k];
            if (!line.trim() || /^\s*#/.test(line))
                continue;
            const own = indent(line);
            if (own <= classIndent)
                break;
            if (bodyIndent < 0)
                bodyIndent = own;
            const prefixed = /\benv_prefix\s*=\s*(['"])([\w]*)\1/.exec(line);
            if (prefixed)
                prefix = prefixed[2];
            if (own !== bodyIndent)
                continue;
            const field = /^[ \t]*([A-Za-z]\w*)\s*:\s*[^=\s]/.exec(line);
            if (!field || field[1] === 'model_config')
                continue;
            const alias = /\bField\(.*\b(?:env|alias|validation_alias)\s*=\s*(['"])([A-Za-z_]\w*)\1/.exec(line)?.[2];
            fields.push({ name: field[1], ...(alias ? { alias } : {}), index: starts[k] + indent(line) });
        }
        settingsClasses.set(header[2], prefix);
        for (const f of fields)
            keys.push({ key: f.alias ?? `${prefix}${f.name}`.toUpperCase(), index: f.index, form: 'pydantic BaseSettings' });
        l = k - 1;
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/sources/contract/languages.ts
/** The languages a `code:` column reads, by file path. */
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
    astro: 'js',
    py: 'python',
    go: 'go',
    rb: 'ruby',
    rake: 'ruby',
    erb: 'erb',
    rs: 'rust',
    java: 'java',
    kt: 'java',
    kts: 'java',
};
/** The files the scan reads, for messages. */
const SCANNED_FILES = `.${Object.keys(EXTENSIONS).join(', .')}, config/*.yml (ERB), docker-compose*.yml, compose*.yml and .github/workflows/*.yml`;
/** The language of a file by its path, or undefined when the scan has no forms for it. */
function languageOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/\.ya?ml$/i.test(name)) {
        if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path))
            return 'workflow';
        if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name))
            return 'compose';
        if (/(^|\/)config\/[^/]+$/.test(path))
            return 'erb';
        return undefined;
    }
    return EXTENSIONS[name.slice(name.lastIndexOf('.') + 1).toLowerCase()];
}

;// CONCATENATED MODULE: ./src/sources/contract/scan.ts
/**
 * Environment-variable reads in one source text: the direct forms
 * (./forms.ts), schemas (./schemas.ts) and helper calls (./helpers.ts), found
 * only in code, never in a comment or a string that merely mentions them;
 * SCREAMING_SNAKE keys only. Writes are told apart, and a read whose key is
 * not a literal is reported as dynamic. Pure: text in, findings with lines out.
 */





/** Keys the platform provides itself: never a secret to provision. */
const PROVIDED = new Set(['GITHUB_TOKEN']);
const isScreamingSnake = (key) => /^[A-Z][A-Z0-9_]*$/.test(key);
/** Whether a callee is one of the named helpers: `setting` matches `setting` and `conf.setting`; `conf.setting` only itself and `x.conf.setting`. */
const namedHelper = (callee, names) => names.some((n) => callee === n || callee.endsWith(`.${n}`));
/** Every environment read, write and dynamic read in `text`. */
function scanFile(text, language, rules = {}) {
    const empty = { references: [], dynamic: [], helpers: [], pending: [] };
    const imported = language === 'js' && (text.includes("process'") || text.includes('process"') || text.includes('= process')) && NODE_ENV_IMPORT.test(text);
    const direct = imported || TRIGGERS[language].some((t) => text.includes(t));
    const ruby = language === 'ruby' || language === 'erb';
    const calls = language !== 'workflow' && language !== 'compose' && (/\(\s*['"`][A-Z]/.test(text) || (ruby && /[\w?!][ \t]+['"][A-Z]/.test(text)));
    const schemas = (language === 'js' && hasJsSchema(text)) || (language === 'python' && text.includes('BaseSettings'));
    if (!direct && !calls && !schemas)
        return empty;
    let mask;
    const maskOf = () => (mask ??= lex(text, language));
    const inCode = (index) => maskOf()[index] === CODE;
    const inString = (index) => maskOf()[index] === STRING;
    const lines = lineIndex(text);
    const found = new Map();
    const add = (key, index, form, flags = {}) => {
        if (!isScreamingSnake(key) || (flags.workflow && PROVIDED.has(key)))
            return;
        const id = `${flags.write ? 'w' : 'r'}${key}`;
        const seen = found.get(id);
        if (seen && seen.index <= index)
            return;
        found.set(id, { ref: { key, line: lines(index), form, ...(flags.write ? { write: true } : {}), ...(flags.workflow ? { workflow: true } : {}) }, index });
    };
    if (direct) {
        const forms = [...FORMS[language], ...(imported ? IMPORTED_ENV_FORMS : [])];
        const inExpression = language === 'workflow' ? insideExpressions(text) : undefined;
        for (const form of forms) {
            if (form.needs && !text.includes(form.needs))
                continue;
            for (const m of text.matchAll(form.pattern)) {
                if (inExpression && !inExpression(m.index))
                    continue;
                if (form.inString ? !inString(m.index) : !inCode(form.codeAtEnd ? m.index + m[0].length - 1 : m.index))
                    continue;
                const key = lastGroup(m);
                const write = form.write || (!form.inString && isWrite(text, m.index, m.index + m[0].length));
                add(key, m.index, form.name, { write, workflow: form.workflow });
            }
        }
        if (language === 'js' && /=\s*(?:process|Bun)\b/.test(text))
            for (const { key, index } of destructured(text))
                if (inCode(index))
                    add(key, index, 'const { X } = process.env');
    }
    const schemaKeys = !schemas ? [] : language === 'js' ? jsSchemaKeys(text, maskOf()) : pydanticKeys(text, maskOf());
    for (const s of schemaKeys)
        add(s.key, s.index, s.form);
    // Dynamic reads: a helper's own parameter makes the helper; any other is reported.
    const dynamic = [];
    const helpers = [];
    const dynamicForms = direct ? DYNAMIC[language] : [];
    let headers;
    for (const form of dynamicForms) {
        for (const m of text.matchAll(form.pattern)) {
            if (!inCode(m.index) || isWrite(text, m.index, m.index + m[0].length))
                continue;
            const variable = m[m.length - 1];
            headers ??= functionHeaders(text, language, maskOf());
            const helper = variable ? helperAt(headers, m.index, variable, language) : undefined;
            if (helper) {
                if (!helpers.some((h) => h.name === helper.name))
                    helpers.push(helper);
            }
            else
                dynamic.push({ line: lines(m.index), via: form.name });
        }
    }
    const pending = [];
    if (calls) {
        for (const call of candidateCalls(text, language, inCode)) {
            if (saysEnv(call.callee))
                add(call.key, call.index, `${call.callee}() (its name says env)`);
            else if (rules.helpers && namedHelper(call.callee, rules.helpers))
                add(call.key, call.index, `${call.callee}() (a named helper)`);
            else if (helpers.some((h) => h.param === 0 && lastPart(call.callee) === h.name))
                add(call.key, call.index, `${call.callee}() (reads the environment)`);
            else
                pending.push({ callee: call.callee, key: call.key, line: lines(call.index) });
        }
    }
    const references = [...found.values()].sort((a, b) => a.index - b.index).map((f) => f.ref);
    return { references, dynamic, helpers, pending };
}
const lastPart = (callee) => callee.slice(callee.lastIndexOf('.') + 1);
/** The reads of one text on its own (its own helpers resolved): what tests and single-file callers want. */
function scanText(text, language, rules = {}) {
    return scanFile(text, language, rules).references.filter((r) => !r.write);
}
const lastGroup = (m) => {
    for (let g = m.length - 1; g > 0; g--)
        if (m[g] !== undefined)
            return m[g];
    return '';
};
// `const {` alone: the braces' content and `= process.env` are found apart, each scanned once (no `[^}]*` from every opening).
const DESTRUCTURE_OPEN = /\b(?:const|let|var)\s*\{/g;
const FROM_PROCESS_ENV = /\s*=\s*(?:process|Bun)(?:\?\.|\.)env\b/y;
/** `const { A, B: b, ...rest } = process.env`: A and B. Openings that share one `}` are settled once: linear. */
function destructured(text) {
    const keys = [];
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
                keys.push({ key, index: last.index });
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
    return keys;
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
/** index → 1-based line, the line starts found once. */
function lineIndex(text) {
    let starts;
    return (index) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
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
    };
}

;// CONCATENATED MODULE: ./src/sources/contract/code.ts





/** Dynamic reads kept by name (file:line); the rest are counted. */
const MAX_DYNAMIC_LISTED = 50;
/** Ruby helpers are called from ERB templates: one family. */
const family = (language) => (language === 'erb' ? 'ruby' : language);
/** Scan the files a `code:` location names, relative to `cwd`; each read stays inside `cwd` after symbolic links. */
async function scanGlob(location, limits, cwd = process.cwd()) {
    const parsed = typeof location === 'string' ? (0,paths/* parseCodeLocation */.Y)(location) : location;
    if ('expected' in parsed)
        throw new errors/* FatalError */.HX(`code:${String(location)}: expected ${parsed.expected}`);
    const listing = await (0,files_listing/* listFiles */.C)(cwd, parsed.include, parsed.exclude);
    const files = listing.files;
    const reads = new Map();
    const workflowReads = new Map();
    const writes = new Map();
    const dynamic = [];
    const helpers = new Map();
    const pending = [];
    let scanned = 0;
    const keep = (map, key, file, line, order) => {
        const seen = map.get(key);
        if (!seen || order < seen.order || (order === seen.order && line < seen.line))
            map.set(key, { at: `${file}:${line}`, order, line });
    };
    const read = await (0,files_listing/* readListed */.o)(listing, {
        cwd,
        maxBytes: limits.maxFileBytes,
        deadline: limits.deadline ?? Infinity,
        late: "not scanned: the run's time limit was reached",
        wanted: (f) => Boolean(languageOf(f)),
    }, (file, text, order) => {
        const language = languageOf(file);
        scanned++;
        const scan = scanFile(text, language, { helpers: parsed.helpers });
        for (const ref of scan.references)
            keep(ref.write ? writes : ref.workflow ? workflowReads : reads, ref.key, file, ref.line, order);
        for (const d of scan.dynamic)
            dynamic.push({ at: `${file}:${d.line}`, via: d.via, order, line: d.line });
        for (const h of scan.helpers)
            helpers.set(`${family(h.language)}:${h.name}`, h);
        for (const call of scan.pending)
            pending.push({ ...call, order, file, language });
    });
    const { unread } = read;
    const readable = read.wanted - read.gone;
    // A call in one file to a helper another file defines.
    for (const call of pending) {
        const helper = helpers.get(`${family(call.language)}:${lastPart(call.callee)}`);
        if (helper?.param === 0)
            keep(reads, call.key, call.file, call.line, call.order);
    }
    const inOrder = (map, skip) => [...map]
        .filter(([key]) => !skip?.has(key))
        .sort((a, b) => a[1].order - b[1].order || a[1].line - b[1].line)
        .map(([key, { at }]) => ({ key, at }));
    const workflowOnly = inOrder(workflowReads, reads).map((k) => ({ ...k, workflow: true }));
    const allReads = new Map([...reads, ...workflowReads]);
    dynamic.sort((a, b) => a.order - b.order || a.line - b.line);
    return {
        keys: [...inOrder(reads), ...workflowOnly],
        writes: inOrder(writes, allReads),
        dynamic: dynamic.slice(0, MAX_DYNAMIC_LISTED).map(({ at, via }) => ({ at, via })),
        dynamicCount: dynamic.length,
        files: scanned,
        matched: files.length,
        readable,
        unread: unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
        listing: listing.by,
    };
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
            const dynamic = scan.dynamicCount ? `; ${(0,plural/* plural */.L)(scan.dynamicCount, 'dynamic read')} (keys not named, not counted)` : '';
            const writes = scan.writes.length ? `; ${(0,plural/* plural */.L)(scan.writes.length, 'key')} only written` : '';
            this.ports.logger.info(`code:${glob}: ${(0,plural/* plural */.L)(scan.keys.length, 'key')} read in ${(0,plural/* plural */.L)(scan.files, 'file')}${unread}${dynamic}${writes}`);
            contracts.push({
                slug: glob,
                role: 'uses',
                label: glob,
                keys: scan.keys,
                ...(scan.unread.length ? { unread: scan.unread } : {}),
                ...(scan.dynamicCount ? { dynamic: scan.dynamic, dynamicCount: scan.dynamicCount } : {}),
                ...(scan.writes.length ? { writes: scan.writes } : {}),
            });
        }
        return { source: { kind: 'code', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts };
    }
}


/***/ })

};

//# sourceMappingURL=5093.index.js.map