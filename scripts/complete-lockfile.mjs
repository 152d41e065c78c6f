#!/usr/bin/env node
// Some registries (mirrors) serve only the current platform's builds of optional native
// packages, so `npm install` there writes a lockfile without the others, and `npm ci`
// then refuses it ("Missing: @unrs/resolver-binding-darwin-x64@ from lock file").
// This adds the missing optional entries with the os/cpu/libc their names encode, so
// `npm ci` accepts the lockfile everywhere and skips what does not fit the machine.
// Run it after changing dependencies: `npm run lockfile`.
import { readFileSync, writeFileSync } from 'node:fs'

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
const packages = lock.packages
let added = 0

function platformOf(name) {
  const match = /-(android|darwin|freebsd|linux|openharmony|win32|sunos|aix|netbsd|openbsd)-([a-z0-9]+)(?:-([a-z]+))?$/.exec(name)
  if (!match) return undefined
  const [, os, cpu, abi] = match
  const libc = abi?.startsWith('gnu') ? ['glibc'] : abi?.startsWith('musl') ? ['musl'] : undefined
  return { cpu: [cpu], ...(libc ? { libc } : {}), os: [os] }
}

for (const [where, pkg] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`
    const nested = `${where}/node_modules/${name}`
    if (packages[key] || packages[nested]) continue
    const platform = platformOf(name)
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue
    packages[key] = { version, ...(pkg.dev ? { dev: true } : {}), optional: true, ...platform }
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)))
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`package-lock.json: ${added} optional platform entries added`)
