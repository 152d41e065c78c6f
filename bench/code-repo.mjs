// A synthetic repository for the code-scan benchmark: N source files of ~S bytes each across
// languages and folders, a few environment-variable reads per file among ordinary code and
// comments, a .gitignore'd folder and a node_modules folder (both skipped), and one file over
// the size cap. Returns the directory.
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
