/**
 * The direct forms of an environment read, per language: `process.env.X`,
 * `os.getenv("X")`, `ENV.fetch "X"`, Go struct tags, `${X}` in a Compose file.
 * Each names its key with a literal; the same call with a variable is a
 * dynamic read (its keys unknown), and an assignment or deletion is a write.
 * Every pattern starts at a fixed token and consumes forward only: linear.
 */
import type { Language } from './languages.js'

const NAME = '[A-Za-z_][A-Za-z0-9_]*'
// A literal that is the whole argument: not the start of `"PREFIX_" + name`, `"X_%s" % n` or `"X".lower()`.
const WHOLE = `(?!\\s*[-+%.*[])`
const LIT = `(['"\`])(${NAME})\\1${WHOLE}`
const PY_LIT = `(['"])(${NAME})\\1${WHOLE}`
/** A literal joined with something else: a dynamic key. */
const JOINED = `(?:'[^'\\n]{0,200}'|"[^"\\n]{0,200}"|\`[^\`\\n]{0,200}\`)\\s*[-+%.*]`

export interface Form {
  /** What a reader would call it, for the findings: `process.env.X`, `os.getenv("X")`. */
  name: string
  /** The key is the last capture group. */
  pattern: RegExp
  /** The key is found inside a string (Go struct tags), not in code. */
  inString?: true
  /** The match ends in code though it starts with the key's literal (`"X" in os.environ`). */
  codeAtEnd?: true
  /** A substring the text must hold for the pattern to be tried (a pattern that starts at every quote is costly). */
  needs?: string
  /** Always a write (`os.Setenv("X", …)`); otherwise an assignment after it makes it one. */
  write?: true
  /** The read is of a GitHub Actions secret (`${{ secrets.X }}`): held against a github-secrets column only. */
  workflow?: true
}

/** A read whose key is not a literal: `process.env[name]`, `os.getenv(key)`. The group, when it matched, is the variable. */
export interface DynamicForm {
  name: string
  pattern: RegExp
}

const re = (source: string) => new RegExp(source, 'g')

const RUBY: Form[] = [
  { name: 'ENV["X"]', pattern: re(`\\bENV\\[\\s*${PY_LIT}\\s*\\]`) },
  { name: 'ENV.fetch("X")', pattern: re(`\\bENV\\.fetch(?:\\(\\s*|[ \\t]+)${PY_LIT}`) },
  { name: 'ENV.key?("X")', pattern: re(`\\bENV\\.(?:key\\?|has_key\\?|include\\?|member\\?)(?:\\(\\s*|[ \\t]+)${PY_LIT}`) },
  { name: 'ENV.delete("X")', pattern: re(`\\bENV\\.(?:delete|store)\\(\\s*${PY_LIT}`), write: true },
]
const RUBY_DYNAMIC: DynamicForm[] = [{ name: 'ENV[…]', pattern: re(`\\bENV(?:\\[|\\.fetch(?:\\(|[ \\t]+))\\s*(?:${JOINED}|(?![\\s'"])(${NAME})?)`) }]

export const FORMS: Record<Language, Form[]> = {
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
}

/** `process.env` through `import { env } from 'node:process'` or `const { env } = process`. */
export const NODE_ENV_IMPORT = /\bimport\s*\{[^}]{0,200}\benv\b[^}]{0,200}\}\s*from\s*['"](?:node:)?process['"]|\{\s*env\s*\}\s*=\s*process\b/
export const IMPORTED_ENV_FORMS: Form[] = [
  { name: 'env.X (node:process)', pattern: re(`(?<![\\w$.])env(?:\\?\\.|\\.)(${NAME})`) },
  { name: 'env["X"] (node:process)', pattern: re(`(?<![\\w$.])env\\[\\s*${LIT}\\s*\\]`) },
]

export const DYNAMIC: Record<Language, DynamicForm[]> = {
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
}

/** Cheap substrings one of which a file must hold for its direct forms to be looked for. */
export const TRIGGERS: Record<Language, string[]> = {
  js: ['process.env', 'process?.env', 'import.meta.env', 'Deno.env', 'Bun.env'],
  python: ['environ', 'getenv', 'unsetenv', 'putenv'],
  go: ['os.', 'env:', 'envconfig:'],
  ruby: ['ENV'],
  erb: ['ENV'],
  rust: ['env'],
  java: ['System.getenv'],
  workflow: ['secrets.'],
  compose: ['$'],
}

/**
 * Whether the read matched at [start, end) is a write: an assignment after it
 * (`= …`, `+= …`, not `==`, `=>`, `||=` or `??=`, which read first), or
 * `delete` / `del` before it.
 */
export function isWrite(text: string, start: number, end: number): boolean {
  let j = end
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++
  const c = text[j]
  if (c === '=' && text[j + 1] !== '=' && text[j + 1] !== '>' && text[j + 1] !== '~') return true
  if ((c === '+' || c === '-') && text[j + 1] === '=') return true
  let k = start
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--
  return /(?:^|[^\w$.])(?:delete|del)$/.test(text.slice(Math.max(0, k - 8), k))
}
