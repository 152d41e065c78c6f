// The action's entry point (dist/index.js): only runs the action.
import { run } from './main.js'

await run()
