// A synthetic repository for the code-scan benchmark: N source files of ~S bytes each across
// languages and folders, a few environment-variable reads per file among ordinary code and
// comments, a .gitignore'd folder and a node_modules folder (both skipped), and one file over
// the size cap. Returns the directory.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const FORMS = {
  ts: (k) => `const v = process.env.${k}\n`,
  py: (k) => `value = os.getenv('${k}')\n`,
  go: (k) => `v := os.Getenv("${k}")\n`,
  rb: (k) => `v = ENV['${k}']\n`,
  java: (k) => `String v = System.getenv("${k}");\n`,
}
const FILLER = {
  ts: '// ordinary code that mentions process.env in a comment\nexport function add(a: number, b: number): number {\n  return a + b // "process.env.NOT_A_READ"\n}\n',
  py: '# ordinary code\ndef add(a, b):\n    return a + b  # os.getenv("NOT_A_READ")\n',
  go: '// ordinary code\nfunc add(a, b int) int {\n\treturn a + b\n}\n',
  rb: "# ordinary code\ndef add(a, b)\n  a + b # ENV['NOT_A_READ']\nend\n",
  java: '// ordinary code\nclass Add { int add(int a, int b) { return a + b; } }\n',
}

export function syntheticRepo({ files = 5000, bytes = 10_000, keys = 400 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vca-code-repo-'))
  const langs = Object.keys(FORMS)
  writeFileSync(join(dir, '.gitignore'), 'generated/\n')
  for (let i = 0; i < files; i++) {
    const lang = langs[i % langs.length]
    const folder = join(dir, 'src', `module-${i % 100}`)
    mkdirSync(folder, { recursive: true })
    let text = ''
    for (let r = 0; r < 3; r++) text += FORMS[lang](`KEY_${(i * 3 + r) % keys}`)
    while (text.length < bytes) text += FILLER[lang]
    writeFileSync(join(folder, `file-${i}.${lang}`), text)
  }
  for (const skipped of ['src/generated', 'src/node_modules/pkg']) {
    mkdirSync(join(dir, skipped), { recursive: true })
    writeFileSync(join(dir, skipped, 'index.ts'), 'process.env.SKIPPED\n'.repeat(1000))
  }
  writeFileSync(join(dir, 'src', 'bundle.min.js'), `${'x'.repeat(5 * 1024 * 1024)}process.env.IN_BUNDLE\n`)
  writeFileSync(join(dir, 'inventory.json'), JSON.stringify({ environments: [{ slug: 'prod', secrets: [{ path: '/', key: 'KEY_1', version: 1 }] }] }))
  return dir
}

/**
 * What a fork's pull request can commit against the scan: `files` JavaScript files of `kib` KiB of `const{` (no
 * closing brace) and as many workflows of `${{`, each with one real read at its end.
 */
export function hostileRepo({ files = 3, kib = 256 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vca-hostile-repo-'))
  mkdirSync(join(dir, 'src'), { recursive: true })
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  for (let i = 0; i < files; i++) {
    writeFileSync(join(dir, 'src', `evil-${i}.js`), `${'const{'.repeat(Math.ceil((kib * 1024) / 6))}\nprocess.env.KEY_1\n`)
    writeFileSync(join(dir, '.github', 'workflows', `evil-${i}.yml`), `${'${{'.repeat(Math.ceil((kib * 1024) / 3))} secrets.KEY_1\n`)
  }
  writeFileSync(join(dir, 'inventory.json'), JSON.stringify({ environments: [{ slug: 'prod', secrets: [{ path: '/', key: 'KEY_1', version: 1 }] }] }))
  return dir
}

/**
 * A repository shaped like a real monorepo (the layout of the open-source applications issue 26 was measured on):
 * apps and packages in TypeScript, a Python worker, a Go service, a Rails service with ERB config and views, their own
 * nested .gitignore files, tests beside the code, a Compose file and workflows; most files read no variable, one in
 * eight reads one or two through the forms real code uses (direct reads, an env() helper, a zod schema, struct tags).
 * `files` source files in all, of 1–12 KB; node_modules and build output present as after `npm ci && npm run build`,
 * ignored. With `git: true` the tree is committed, as a checkout is.
 */
export function monorepo({ files = 5000, git = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vca-monorepo-'))
  const write = (path, text) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  let seed = 26
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const pad = (text, size, filler) => {
    while (text.length < size) text += filler
    return text
  }
  write('.gitignore', 'node_modules/\n.next/\nbuild/\ncoverage/\n*.log\n.env\n')
  write('.env.example', Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? `# KEY_${i}=` : `KEY_${i}=`)).join('\n') + '\n')
  write('docker-compose.yml', 'services:\n  db:\n    image: postgres\n    environment:\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-postgres}\n')
  write(
    '.github/workflows/ci.yml',
    'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
  )
  write('packages/lib/src/env.ts', 'export const env = (name: string): string | undefined => process.env[name]\n')
  const kinds = [
    { share: 0.55, dir: (i) => `apps/${['web', 'admin', 'docs'][i % 3]}/src/${['components', 'routes', 'lib', 'hooks'][i % 4]}/m${i % 40}`, ext: 'tsx' },
    { share: 0.15, dir: (i) => `packages/${['ui', 'lib', 'api', 'db'][i % 4]}/src/f${i % 30}`, ext: 'ts' },
    { share: 0.1, dir: (i) => `services/worker/app/${['tasks', 'models', 'views'][i % 3]}`, ext: 'py' },
    { share: 0.1, dir: (i) => `services/billing/internal/${['api', 'store', 'jobs'][i % 3]}`, ext: 'go' },
    { share: 0.1, dir: (i) => `services/rails/app/${['models', 'controllers', 'jobs'][i % 3]}`, ext: 'rb' },
  ]
  const reads = {
    tsx: (k) => `const ${k.toLowerCase()} = process.env.NEXT_PUBLIC_${k}\n`,
    ts: (k) => `const ${k.toLowerCase()} = env('${k}')\n`,
    py: (k) => `${k} = os.environ.get("${k}")\n`,
    go: (k) => `\t${k[0]}${k.slice(1).toLowerCase()} string \`env:"${k}"\`\n`,
    rb: (k) => `${k.toLowerCase()} = ENV.fetch("${k}")\n`,
  }
  const bodies = {
    tsx: 'import { useState } from \'react\'\n\nexport function Widget({ title }: { title: string }) {\n  const [open, setOpen] = useState(false)\n  // Don\'t re-render on every keystroke: "debounce" the input\n  return <div className="widget" onClick={() => setOpen(!open)}>{title}</div>\n}\n',
    ts: "export async function load(id: string) {\n  const row = await db.query('select * from t where id = $1', [id])\n  if (!row) throw new Error(`not found: ${id}`)\n  return row\n}\n",
    py: 'def handle(event, context):\n    """Process one event."""\n    payload = json.loads(event["body"])\n    return {"ok": True, "n": len(payload)}\n\n',
    go: 'func handle(w http.ResponseWriter, r *http.Request) {\n\tif r.Method != http.MethodPost {\n\t\thttp.Error(w, "method", 405)\n\t\treturn\n\t}\n}\n',
    rb: "class Handler\n  def call(env)\n    [200, { 'content-type' => 'text/plain' }, [\"ok #{env['PATH_INFO']}\"]]\n  end\nend\n",
  }
  let made = 0
  for (const kind of kinds) {
    const count = Math.round(files * kind.share)
    for (let i = 0; i < count && made < files; i++, made++) {
      const test = i % 5 === 0
      let text = kind.ext === 'py' ? 'import os\nimport json\n\n' : kind.ext === 'go' ? 'package x\n\nimport "net/http"\n\n' : ''
      if (kind.ext === 'go' && i % 8 === 0) text += `type Config struct {\n${reads.go(`SVC_KEY_${i % 200}`)}}\n`
      else if (i % 8 === 0) text += reads[kind.ext](`KEY_${i % 200}`) + (i % 16 === 0 ? reads[kind.ext](`KEY_${(i + 7) % 200}`) : '')
      const size = 1024 + Math.floor(random() * 11 * 1024)
      write(`${kind.dir(i)}/${test ? `f${i}.test` : `f${i}`}.${kind.ext}`, pad(text, size, bodies[kind.ext]))
    }
  }
  write('services/rails/config/database.yml', 'production:\n  url: <%= ENV["RAILS_DATABASE_URL"] %>\n')
  write('services/rails/app/views/layouts/application.html.erb', '<script data-id="<%= ENV["PLAUSIBLE_DOMAIN"] %>"></script>\n')
  // Each app ignores its own build output, as real monorepos do.
  for (const app of ['web', 'admin', 'docs']) {
    write(`apps/${app}/.gitignore`, '.next/\nout/\n*.tsbuildinfo\n')
    for (let i = 0; i < 300; i++) write(`apps/${app}/.next/cache/c${i}.js`, 'process.env.IN_BUILD_OUTPUT\n')
  }
  // Installed dependencies (ignored): a few thousand files, as after `npm ci`.
  for (let p = 0; p < 150; p++) for (let i = 0; i < 20; i++) write(`node_modules/pkg-${p}/lib/f${i}.js`, 'module.exports = process.env.IN_NODE_MODULES\n')
  write('inventory.json', JSON.stringify({ environments: [{ slug: 'prod', secrets: [{ path: '/', key: 'KEY_1', version: 1 }] }] }))
  if (git) {
    execFileSync('git', ['init', '-q'], { cwd: dir })
    execFileSync('git', ['add', '-A'], { cwd: dir })
    execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-qm', 'snapshot'], { cwd: dir })
  }
  return dir
}
