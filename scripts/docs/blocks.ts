/**
 * The docs the option rows generate: action.yml's inputs and outputs, the
 * tables of docs/inputs.md and docs/outputs.md and the `--help` block of docs/cli.md. The docs test checks
 * them; `npm run docs` (./write.ts) writes them.
 */
import { parse, stringify } from 'yaml'
import { actionOptions } from '../../src/action/inputs.js'
import { OUTPUTS } from '../../src/action/run-action.js'
import { usage } from '../../src/cli/args.js'

/** action.yml with its inputs and outputs sections generated from the rows (the rest kept as written). */
export function actionYml(current: string): string {
  const inputs = Object.fromEntries(actionOptions().map((o) => [o.input!, { description: o.help, default: o.default ?? '' }]))
  const outputs = Object.fromEntries(Object.entries(OUTPUTS).map(([name, description]) => [name, { description }]))
  const sections = stringify({ inputs, outputs }, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
  const start = current.indexOf('\ninputs:')
  const end = current.indexOf('\nruns:')
  if (start < 0 || end < 0) throw new Error('action.yml needs top-level inputs: and runs: keys')
  return `${current.slice(0, start + 1)}${sections.replace(/\noutputs:/, '\n\noutputs:')}${current.slice(end)}`
}

const cell = (text: unknown) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim()
const code = (text: string) => (text === '' ? '""' : `\`${text}\``)

/** The generated blocks of the docs pages, from action.yml and the CLI's rows. */
export function readmeBlocks(actionYmlText: string): Record<string, string> {
  const action = parse(actionYmlText) as { inputs: Record<string, { default?: string; description: string }>; outputs: Record<string, { description: string }> }
  return {
    inputs: [
      '| Input | Default | Description |',
      '| --- | --- | --- |',
      ...Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${cell(code(i.default ?? ''))} | ${cell(i.description)} |`),
    ].join('\n'),
    outputs: [
      '| Output | Description |',
      '| --- | --- |',
      ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
    ].join('\n'),
    'cli-usage': ['```text', usage(), '```'].join('\n'),
  }
}

export function withBlocks(readme: string, blocks: Record<string, string>): string {
  let out = readme
  for (const [name, block] of Object.entries(blocks)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!pattern.test(out)) throw new Error(`the page has no <!-- ${name}:start --> / <!-- ${name}:end --> markers`)
    out = out.replace(pattern, (_, start: string, end: string) => `${start}\n${block}\n${end}`)
  }
  return out
}
