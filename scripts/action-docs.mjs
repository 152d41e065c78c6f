#!/usr/bin/env node
// Generates the README's inputs/outputs tables from action.yml, so the two cannot drift.
// `npm run docs` rewrites the README between the markers; a test fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').trim()
const code = (text) => (text === '' ? '""' : `\`${text}\``)

export function actionTables(actionYml) {
  const action = parse(actionYml)
  const inputs = [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${cell(code(i.default ?? ''))} | ${cell(i.description)} |`),
  ].join('\n')
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join('\n')
  return { inputs, outputs }
}

export function withTables(readme, tables) {
  let out = readme
  for (const [name, table] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!pattern.test(out)) throw new Error(`README has no <!-- ${name}:start --> / <!-- ${name}:end --> markers`)
    out = out.replace(pattern, (_, start, end) => `${start}\n${table}\n${end}`)
  }
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url)
  const readmePath = new URL('README.md', root)
  const tables = actionTables(readFileSync(new URL('action.yml', root), 'utf8'))
  writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8'), tables))
}
