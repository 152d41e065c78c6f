/** `npm run docs`: regenerates action.yml's inputs and outputs and the README's generated blocks from the option rows. */
import { readFileSync, writeFileSync } from 'node:fs'
import { actionYml, readmeBlocks, withBlocks } from './blocks.js'

// Run compiled, from .tmp/docs/scripts/docs/.
const root = new URL('../../../../', import.meta.url)
const path = (name: string) => new URL(name, root)
const action = actionYml(readFileSync(path('action.yml'), 'utf8'))
writeFileSync(path('action.yml'), action)
writeFileSync(path('README.md'), withBlocks(readFileSync(path('README.md'), 'utf8'), readmeBlocks(action)))
console.log('action.yml and README.md regenerated from the option rows')
