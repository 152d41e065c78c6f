/** `npm run docs`: regenerates action.yml's inputs and outputs, and the docs pages' generated blocks (inputs.md, outputs.md, cli.md), from the option rows. */
import { readFileSync, writeFileSync } from 'node:fs'
import { actionYml, readmeBlocks, withBlocks } from './blocks.js'

// Run compiled, from .tmp/docs/scripts/docs/.
const root = new URL('../../../../', import.meta.url)
const path = (name: string) => new URL(name, root)
const action = actionYml(readFileSync(path('action.yml'), 'utf8'))
writeFileSync(path('action.yml'), action)
const { inputs, outputs, 'cli-usage': cliUsage } = readmeBlocks(action)
const page = (name: string, blocks: Record<string, string>) => writeFileSync(path(name), withBlocks(readFileSync(path(name), 'utf8'), blocks))
page('docs/inputs.md', { inputs: inputs! })
page('docs/outputs.md', { outputs: outputs! })
page('docs/cli.md', { 'cli-usage': cliUsage! })
console.log('action.yml, docs/inputs.md, docs/outputs.md and docs/cli.md regenerated from the option rows')
