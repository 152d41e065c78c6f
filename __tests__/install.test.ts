/**
 * The CLI as a user installs it: `npm pack` of this repository, the tarball
 * installed into an empty directory (no registry needed: the package has no
 * runtime dependencies), and the installed `vault-coverage-audit` run from a
 * checkout of the user's own under Node 24, the action's runtime.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT, node24, runProcess } from './helpers/cli.js'

const exec = promisify(execFile)

describe('the packed CLI', () => {
  it('installs from its tarball into an empty directory and runs --help and the demo audit there', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vca-install-'))
    const { stdout } = await exec('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT })
    const tarball = join(work, stdout.trim().split('\n').at(-1)!)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object; bin: Record<string, string> }
    // Nothing to fetch at install time: dist/ is the whole program.
    expect(pkg.dependencies).toBeUndefined()

    const user = mkdtempSync(join(tmpdir(), 'vca-user-'))
    await exec('npm', ['install', '--no-audit', '--no-fund', '--offline', '--prefix', user, tarball], { cwd: user })
    const bin = join(user, 'node_modules', '.bin', 'vault-coverage-audit')
    expect(existsSync(bin)).toBe(true)
    const installed = join(user, 'node_modules', 'vault-coverage-audit', pkg.bin['vault-coverage-audit']!)

    const node = await node24()
    const help = await runProcess(installed, ['--help'], {}, user, node)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--format md|csv|json')

    // The user's checkout: its own files, read inside it.
    const checkout = mkdtempSync(join(tmpdir(), 'vca-checkout-'))
    copyFileSync(join(user, 'node_modules', 'vault-coverage-audit', 'examples', 'demo-inventory.json'), join(checkout, 'inventory.json'))
    const audit = await runProcess(installed, ['--source', 'file:inventory.json', '--now', '2026-11-23T00:00:00Z', '--previous', 'none'], {}, checkout, node)
    expect(audit.stderr).toContain('Audited ')
    expect(audit.code).toBe(0)
    expect(audit.stdout).toMatch(/^# Vault coverage snapshot/)
  }, 180_000)
})
