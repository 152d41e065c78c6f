#!/usr/bin/env node
// Command-line entry point: builds the real ports, nothing else.
import { nodeTransport } from './net/transport.js'
import { existsSync } from 'node:fs'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { runCli } from './cli/run-cli.js'
import { VERSION } from './core/version.js'
import { workspaceReader } from './files/workspace.js'

const verbose = Boolean(process.env.VCA_DEBUG)
const log = (level: string) => (message: string) => process.stderr.write(`${level}${message}\n`)

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    env: process.env,
    readText: workspaceReader(process.cwd()),
    exists: existsSync,
    readdir: (dir) => readdir(dir),
    writeText: async (path, text) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
    },
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    version: VERSION,
  },
  {
    logger: {
      debug: verbose ? log('debug: ') : () => {},
      info: log(''),
      warning: log('warning: '),
      error: log('error: '),
    },
    fetch: nodeTransport(),
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    readText: workspaceReader(process.cwd()),
  },
)
