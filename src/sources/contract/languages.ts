/** The languages a `code:` column reads, by file path. */

export type Language = 'js' | 'python' | 'go' | 'ruby' | 'rust' | 'java' | 'workflow' | 'erb' | 'compose'

const EXTENSIONS: Record<string, Language> = {
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
}

/** The files the scan reads, for messages. */
export const SCANNED_FILES = `.${Object.keys(EXTENSIONS).join(', .')}, config/*.yml (ERB), docker-compose*.yml, compose*.yml and .github/workflows/*.yml`

/** The language of a file by its path, or undefined when the scan has no forms for it. */
export function languageOf(path: string): Language | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (/\.ya?ml$/i.test(name)) {
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return 'workflow'
    if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name)) return 'compose'
    if (/(^|\/)config\/[^/]+$/.test(path)) return 'erb'
    return undefined
  }
  return EXTENSIONS[name.slice(name.lastIndexOf('.') + 1).toLowerCase()]
}
