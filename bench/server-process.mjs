// A synthetic server in a process of its own (forked with IPC), so that serving
// 20,000-secret answers does not compete for CPU with the harness that times runs.
// `module` is a file beside this one exporting start(options) → { url, requests, resetCounts, close, … }.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

if (process.send && process.argv[2] === '--child') {
  const { start } = await import(new URL(process.argv[3], import.meta.url))
  const server = await start(JSON.parse(process.argv[4]))
  process.on('message', async (m) => {
    if (m === 'counts') process.send({ counts: Object.fromEntries(server.requests) })
    if (m === 'reset') {
      server.resetCounts()
      process.send({ reset: true })
    }
    if (m === 'close') {
      await server.close()
      process.exit(0)
    }
  })
  process.send({ url: server.url, projectId: server.projectId, urls: server.urls })
}

export function startServerProcess(options, module = './server.mjs') {
  const child = fork(fileURLToPath(import.meta.url), ['--child', module, JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = (key) =>
    new Promise((resolve) =>
      child.on('message', function on(m) {
        if (key in m) {
          child.off('message', on)
          resolve(m)
        }
      }),
    )
  return next('url').then(({ url, projectId, urls }) => ({
    url,
    projectId,
    urls,
    counts: async () => (child.send('counts'), new Map(Object.entries((await next('counts')).counts))),
    resetCounts: async () => (child.send('reset'), await next('reset')),
    close: () => new Promise((resolve) => (child.once('exit', resolve), child.send('close'))),
  }))
}
