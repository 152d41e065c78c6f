// The synthetic server in a process of its own (forked with IPC), so that serving
// 20,000-secret answers does not compete for CPU with the harness that times runs.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startSyntheticServer } from './server.mjs'

if (process.send && process.argv[2] === '--child') {
  const server = await startSyntheticServer(JSON.parse(process.argv[3]))
  process.on('message', async (m) => {
    if (m === 'counts') process.send({ counts: Object.fromEntries(server.requests) })
    if (m === 'reset') server.resetCounts(), process.send({ reset: true })
    if (m === 'close') await server.close(), process.exit(0)
  })
  process.send({ url: server.url, projectId: server.projectId })
}

export function startServerProcess(options) {
  const child = fork(fileURLToPath(import.meta.url), ['--child', JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = (key) => new Promise((resolve) => child.on('message', function on(m) {
    if (key in m) child.off('message', on), resolve(m)
  }))
  return next('url').then(({ url, projectId }) => ({
    url,
    projectId,
    counts: async () => (child.send('counts'), new Map(Object.entries((await next('counts')).counts))),
    resetCounts: async () => (child.send('reset'), await next('reset')),
    close: () => new Promise((resolve) => (child.once('exit', resolve), child.send('close'))),
  }))
}
