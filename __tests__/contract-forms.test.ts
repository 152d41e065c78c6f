/**
 * Every form issue 26 names, each in a test of its own: the reads a `code:`
 * column must find, the noise it must leave out, and the lexer cases that
 * used to hide code (Go raw strings, JavaScript regular-expression literals).
 */
import { describe, expect, it } from '@jest/globals'
import { scanFile, scanText, type Language } from '../src/sources/contract/scan.js'
import { languageOf } from '../src/sources/contract/languages.js'

const reads = (text: string, language: Language, helpers?: string[]) => scanText(text, language, helpers ? { helpers } : {}).map((r) => r.key)

describe('forms that must be found', () => {
  it.each<[string, Language, string, string[]]>([
    // 1. Helper functions around a read.
    ['TypeScript env("X")', 'js', 'const a = env("DATABASE_URL")', ['DATABASE_URL']],
    ['TypeScript getEnv("X")', 'js', "const a = getEnv('REDIS_URL', 'redis://')", ['REDIS_URL']],
    ['TypeScript requireEnv("X")', 'js', 'export const s = requireEnv(`SESSION_SECRET`)', ['SESSION_SECRET']],
    ['Python get_bool_from_env("X")', 'python', 'DEBUG = get_bool_from_env("DEBUG_TOOLBAR", False)', ['DEBUG_TOOLBAR']],
    ['Python get_int_from_env("X", 3)', 'python', 'RETRIES = get_int_from_env("RETRIES", 3)', ['RETRIES']],
    ['django-environ env("X")', 'python', 'SECRET_KEY = env("SECRET_KEY")', ['SECRET_KEY']],
    ['django-environ env.bool("X")', 'python', 'USE_TZ = env.bool("USE_TZ", default=True)', ['USE_TZ']],
    ['Ruby ENV.fetch "X" without parentheses', 'ruby', 'key = ENV.fetch "STRIPE_KEY"', ['STRIPE_KEY']],
    [
      'Python: a helper by its body, whatever its name',
      'python',
      'def __get_int(key, default):\n    return int(os.getenv(key, default))\n\nWORKERS = __get_int("WORKERS", 2)',
      ['WORKERS'],
    ],
    ['TypeScript: a helper by its body (an arrow function)', 'js', 'export const conf = (name) => process.env[name]\nconst u = conf("API_URL")', ['API_URL']],
    ['Go: a helper by its body', 'go', 'func fromEnv(key string) string { return os.Getenv(key) }\nvar x = fromEnv("GO_KEY")', ['GO_KEY']],
    ['Ruby: a helper by its body', 'ruby', 'def setting(name)\n  ENV[name]\nend\nsetting("RB_SETTING")', ['RB_SETTING']],
    ['Java: a helper by its body', 'java', 'static String need(String name) { return System.getenv(name); }\nString k = need("JAVA_NEED");', ['JAVA_NEED']],
    // 2. Go struct tags and os.LookupEnv.
    ['Go env:"X" (caarlos0/env) with envDefault', 'go', 'type C struct {\n\tPort int `env:"HTTP_PORT" envDefault:"8080"`\n}', ['HTTP_PORT']],
    ['Go env:"X,required"', 'go', 'type C struct {\n\tDSN string `env:"DSN,required,notEmpty"`\n}', ['DSN']],
    ['Go envconfig:"X"', 'go', 'type C struct {\n\tBucket string `envconfig:"BUCKET" default:"x"`\n}', ['BUCKET']],
    ['Go os.LookupEnv', 'go', 'v, ok := os.LookupEnv("LOOKED_UP")', ['LOOKED_UP']],
    // 3. Rails and other config templates.
    ['ERB <%= ENV["X"] %> in config/*.yml', 'erb', 'production:\n  url: <%= ENV["DATABASE_URL"] %>\n', ['DATABASE_URL']],
    ['ERB ENV.fetch in config/*.yml', 'erb', 'pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', ['RAILS_MAX_THREADS']],
    ['ERB in a view', 'erb', '<div data-id="<%= ENV[\'GA_ID\'] %>">ENV["NOT_CODE"]</div>', ['GA_ID']],
    // 4. Schemas parsed from the environment.
    ['zod .parse(process.env)', 'js', 'const env = z.object({ ZOD_A: z.string(), ZOD_B: z.string() }).parse(process.env)', ['ZOD_A', 'ZOD_B']],
    ['zod .safeParse(process.env) through a variable', 'js', 'const S = z.object({\n  ZOD_C: z.string(),\n})\nconst r = S.safeParse(process.env)', ['ZOD_C']],
    [
      't3-env createEnv server and client',
      'js',
      'export const env = createEnv({ server: { T3_SECRET: z.string() }, client: { NEXT_PUBLIC_T3: z.string() }, runtimeEnv: {} })',
      ['T3_SECRET', 'NEXT_PUBLIC_T3'],
    ],
    [
      'envalid cleanEnv(process.env, {…})',
      'js',
      'const env = cleanEnv(process.env, { ENVALID_A: str(), ENVALID_B: port({ default: 1 }) })',
      ['ENVALID_A', 'ENVALID_B'],
    ],
    [
      'pydantic BaseSettings with env_prefix',
      'python',
      'class S(BaseSettings):\n    model_config = SettingsConfigDict(env_prefix="SVC_")\n    api_key: str\n    timeout: int = 5\n',
      ['SVC_API_KEY', 'SVC_TIMEOUT'],
    ],
    [
      'pydantic v1 class Config env_prefix',
      'python',
      'class S(BaseSettings):\n    token: str\n\n    class Config:\n        env_prefix = "OLD_"\n',
      ['OLD_TOKEN'],
    ],
    // 5. The rest.
    ['process.env["X"]', 'js', 'const a = process.env["BRACKET_KEY"]', ['BRACKET_KEY']],
    ['process.env?.X', 'js', 'const a = process.env?.OPTIONAL_CHAIN\nconst b = process?.env?.OPTIONAL_PROCESS', ['OPTIONAL_CHAIN', 'OPTIONAL_PROCESS']],
    ['const { A, B: b } = process.env', 'js', 'const { DESTRUCT_A, DESTRUCT_B: b } = process.env', ['DESTRUCT_A', 'DESTRUCT_B']],
    ['Deno.env.get("X")', 'js', 'const a = Deno.env.get("DENO_KEY")', ['DENO_KEY']],
    ['Bun.env.X', 'js', 'const a = Bun.env.BUN_KEY', ['BUN_KEY']],
    [
      'from os import environ, getenv',
      'python',
      'from os import environ, getenv\nA = environ["ENV_A"]\nB = getenv("ENV_B")\nC = environ.get("ENV_C")',
      ['ENV_A', 'ENV_B', 'ENV_C'],
    ],
    [
      '"X" in os.environ (a membership test reads)',
      'python',
      'if "REPLICA_URL" in os.environ or "GOOGLE_CREDS" not in environ:\n    pass',
      ['REPLICA_URL', 'GOOGLE_CREDS'],
    ],
    ['"X" in process.env', 'js', "if ('FEATURE_X' in process.env) {}", ['FEATURE_X']],
    ['os.environ.setdefault("X", …)', 'python', 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")', ['DJANGO_SETTINGS_MODULE']],
    ['Ruby "#{ENV[\'X\']}"', 'ruby', 'url = "https://#{ENV[\'API_HOST\']}/v1"', ['API_HOST']],
    ['Ruby ENV.key?("X")', 'ruby', 'enabled = ENV.key?("FEATURE_FLAG")', ['FEATURE_FLAG']],
    ['Java System.getenv().get("X")', 'java', 'String a = System.getenv().get("JAVA_MAP_KEY");', ['JAVA_MAP_KEY']],
    ['Kotlin System.getenv("X") in a string template', 'java', 'val a = "${System.getenv("KOTLIN_KEY")}/x"', ['KOTLIN_KEY']],
    [
      'docker-compose ${X} and ${X:-default}',
      'compose',
      'environment:\n  - A=${COMPOSE_A}\n  - B=${COMPOSE_B:-fallback}\n  - C=$$LITERAL',
      ['COMPOSE_A', 'COMPOSE_B'],
    ],
  ])('%s', (_, language, text, expected) => {
    expect(reads(text, language)).toEqual(expected)
  })

  it('a column names more helpers: ?helpers=config_value,setting', () => {
    const text = 'A = config_value("CONF_A")\nB = settings.setting("CONF_B")\nC = other("CONF_C")'
    expect(reads(text, 'python')).toEqual([])
    expect(reads(text, 'python', ['config_value', 'setting'])).toEqual(['CONF_A', 'CONF_B'])
  })

  it('knows each file kind by its path: ERB in config/*.yml and *.erb, Compose files, workflows', () => {
    expect(languageOf('config/database.yml')).toBe('erb')
    expect(languageOf('apps/api/config/storage.yml')).toBe('erb')
    expect(languageOf('config/settings.yml.erb')).toBe('erb')
    expect(languageOf('app/views/layouts/application.html.erb')).toBe('erb')
    expect(languageOf('docker-compose.prod.yml')).toBe('compose')
    expect(languageOf('compose.yaml')).toBe('compose')
    expect(languageOf('.github/workflows/ci.yml')).toBe('workflow')
    expect(languageOf('deploy/values.yml')).toBeUndefined()
  })
})

describe('the lexer', () => {
  it('Go raw strings have no escapes: a backslash before the closing backtick does not hide the code after it', () => {
    expect(reads('var p = regexp.MustCompile(`C:\\`)\nvar t = os.Getenv("AFTER_RAW")', 'go')).toEqual(['AFTER_RAW'])
  })

  it.each([
    ['a quote', 'const r = /["\']/g; const k = process.env.AFTER_QUOTE'],
    ['a backtick', 'const r = /`+/; const k = process.env.AFTER_QUOTE'],
    ['a slash in a class', 'if (/[/"]/.test(s)) { const k = process.env.AFTER_QUOTE }'],
    ['a keyword before it', 'function f(s) { return /"/.test(s) }\nconst k = process.env.AFTER_QUOTE'],
  ])('a JavaScript regular-expression literal with %s does not mask the code after it', (_, text) => {
    expect(reads(text, 'js')).toEqual(['AFTER_QUOTE'])
  })

  it('a division is not a regular expression', () => {
    expect(reads('const a = b / c; const s = "/"; const k = process.env.AFTER_DIVISION', 'js')).toEqual(['AFTER_DIVISION'])
  })

  it('interpolations are code (JS templates, Ruby #{}, Python f-strings); the string around them is not', () => {
    expect(reads('const u = `process.env.NOT_CODE ${process.env.JS_IN}`', 'js')).toEqual(['JS_IN'])
    expect(reads("u = \"ENV['NOT_CODE'] #{ENV['RB_IN']}\"", 'ruby')).toEqual(['RB_IN'])
    expect(reads("u = f\"os.getenv('NOT_CODE') {os.getenv('PY_IN')} {{os.getenv('NOT_CODE_2')}}\"", 'python')).toEqual(['PY_IN'])
  })

  it('a Rust lifetime is not a character literal', () => {
    expect(reads("fn f<'a>(x: &'a str) -> &'a str { env::var(\"AFTER_LIFETIME\"); x }", 'rust')).toEqual(['AFTER_LIFETIME'])
  })
})

describe('noise that must go', () => {
  it.each<[string, Language, string, string]>([
    ['process.env.X = …', 'js', "process.env.WRITTEN = 'x'", 'WRITTEN'],
    ['delete process.env.X', 'js', 'delete process.env.DELETED', 'DELETED'],
    ['os.environ["X"] = …', 'python', 'os.environ["WRITTEN"] = "1"', 'WRITTEN'],
    ['del os.environ["X"]', 'python', 'del os.environ["DELETED"]', 'DELETED'],
    ['ENV["X"] = …', 'ruby', 'ENV["WRITTEN"] = "1"', 'WRITTEN'],
    ['os.Setenv("X", …)', 'go', 'os.Setenv("WRITTEN", "1")', 'WRITTEN'],
    ['vi.stubEnv("X", …)', 'js', 'vi.stubEnv("STUBBED", "1")', 'STUBBED'],
  ])('a write is not a read: %s', (_, language, text, key) => {
    const scan = scanFile(text, language)
    expect(scan.references.filter((r) => !r.write).map((r) => r.key)).not.toContain(key)
    if (!/stubEnv/.test(text)) expect(scan.references).toEqual([expect.objectContaining({ key, write: true })])
  })

  it('a read with a default first (??=, ||=) is a read, and == is a comparison', () => {
    expect(reads("process.env.LEVEL ??= 'info'\nif (process.env.MODE == 'x') {}", 'js')).toEqual(['LEVEL', 'MODE'])
    expect(reads('ENV["THREADS"] ||= "5"', 'ruby')).toEqual(['THREADS'])
  })

  it.each<[Language, string, string]>([
    ['js', 'for (const k of keys) use(process.env[k])', 'process.env[…]'],
    ['js', 'const v = process.env[`${prefix}_URL`]', 'process.env[…]'],
    ['python', 'for key in KEYS:\n    print(os.getenv(key))', 'os.getenv(…)'],
    ['go', 'for _, k := range keys {\n\tfmt.Println(os.Getenv(k))\n}', 'os.Getenv(…)'],
    ['ruby', 'keys.each { |k| puts ENV.fetch(k) }', 'ENV[…]'],
    ['python', 'u = os.environ.get("DJANGO_SUPERUSER_" + field.upper())', 'os.getenv(…)'],
    ['js', "const v = process.env['PREFIX_' + name]", 'process.env[…]'],
    ['go', 'v := os.Getenv("PREFIX_" + k)', 'os.Getenv(…)'],
  ])('a dynamic read is reported, not ignored (%s)', (language, text, via) => {
    expect(scanFile(text, language).dynamic).toEqual([{ line: text.split('\n').length > 1 ? 2 : 1, via }])
  })

  it.each<[Language, string, string]>([
    ['python', 'A = os.environ.get(\n    "NEXT_LINE", None\n)', 'NEXT_LINE'],
    ['js', 'const a = process.env[\n  "NEXT_LINE"\n]', 'NEXT_LINE'],
    ['go', 'a := os.Getenv(\n\t"NEXT_LINE",\n)', 'NEXT_LINE'],
    ['ruby', 'a = ENV.fetch(\n  "NEXT_LINE"\n)', 'NEXT_LINE'],
  ])('a literal on the next line is a read, not a dynamic read (%s)', (language, text, key) => {
    const scan = scanFile(text, language)
    expect(scan.references.map((r) => r.key)).toEqual([key])
    expect(scan.dynamic).toEqual([])
  })

  it('a dynamic read inside a helper is the helper, not a report: its calls name the keys', () => {
    const scan = scanFile('export const env = (name: string) => process.env[name]\nenv("VIA_HELPER")', 'js')
    expect(scan.dynamic).toEqual([])
    expect(scan.references.map((r) => r.key)).toEqual(['VIA_HELPER'])
  })

  it("a generic arrow function with optional chaining is a helper too (documenso's env())", () => {
    const text =
      'export const env = <K extends EnvKey>(variable: K): EnvValue<K> => {\n  return (typeof process !== "undefined" ? process?.env?.[variable] : undefined) as EnvValue<K>\n}\nconst u = env("NEXT_PUBLIC_URL")'
    const scan = scanFile(text, 'js')
    expect(scan.dynamic).toEqual([])
    expect(scan.references.map((r) => r.key)).toEqual(['NEXT_PUBLIC_URL'])
  })

  it('a read after a helper, outside its body, is reported (the body ends where the function does)', () => {
    const text = 'def get(name):\n    return os.environ.get(name)\n\nfor name in NAMES:\n    print(os.environ.get(name))\n'
    expect(scanFile(text, 'python').dynamic).toEqual([{ line: 5, via: 'os.getenv(…)' }])
    const js = 'function read(name) {\n  return process.env[name]\n}\nfor (const name of names) process.env[name]\n'
    expect(scanFile(js, 'js').dynamic).toEqual([{ line: 4, via: 'process.env[…]' }])
  })

  it('a literal joined with something else names no key: "PREFIX_" + name, "X_%s" % n', () => {
    expect(reads('a = os.environ.get("DJANGO_SUPERUSER_" + field)\nb = os.getenv("X_%s" % n)\nc = env("PREFIX_" + k)', 'python')).toEqual([])
  })

  it('a call whose name does not say env, with a literal, is not a read: t("X"), describe("X")', () => {
    expect(reads('t("SOME_LABEL"); describe("SUITE_NAME", () => {}); prevent("NOT_ENV")', 'js')).toEqual([])
  })
})
