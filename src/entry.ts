/**
 * The one bundle both entry points share (dist/bundle/): the action and the
 * CLI are thin shims over it (scripts/build.mjs writes them), so the chunks —
 * each store's SDK among them, still loaded only when used — exist once. Each
 * flow is its own lazy chunk: the CLI never loads the action's (@actions/core).
 */
export const action = async (): Promise<void> => (await import('./main.js')).run()

/** The CLI: cli.ts runs on import, with process.argv. */
export const cli = async (): Promise<void> => {
  await import('./cli.js')
}
