import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Runner, escapeData } from '../src/runner.js'

const make = (env: Record<string, string> = {}) => {
  let out = ''
  return { runner: new Runner(env, (t) => (out += t)), out: () => out }
}

describe('the runner protocol', () => {
  it('reads INPUT_ variables with hyphens kept, upper-cased and trimmed', () => {
    const { runner } = make({ 'INPUT_SLACK-WEBHOOK-URL': '  https://hooks.example/x \n', INPUT_FAIL_ON: 'drift' })
    expect(runner.input('slack-webhook-url')).toBe('https://hooks.example/x')
    expect(runner.input('fail on')).toBe('drift')
    expect(runner.input('missing')).toBe('')
  })

  it('escapes command data so a newline cannot start another command', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac')
    const { runner, out } = make()
    runner.log.error('line one\n::add-mask::nothing')
    runner.setSecret('s3cr3t')
    expect(out()).toBe('::error::line one%0A::add-mask::nothing\n::add-mask::s3cr3t\n')
  })

  it('appends outputs to GITHUB_OUTPUT as delimited blocks, and the summary to GITHUB_STEP_SUMMARY', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vca-runner-'))
    const output = join(dir, 'out')
    const summary = join(dir, 'summary')
    writeFileSync(output, '')
    const { runner } = make({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary })
    runner.setOutput('drift-count', '3')
    runner.setOutput('multi', 'a\nb')
    runner.summary('## hi')
    expect(readFileSync(output, 'utf8')).toMatch(/^drift-count<<(ghadelimiter_[0-9a-f-]{36})\n3\n\1\nmulti<<(ghadelimiter_[0-9a-f-]{36})\na\nb\n\2\n$/)
    expect(readFileSync(summary, 'utf8')).toBe('## hi\n')
  })

  it('shows outputs on stdout outside the runner instead of losing them', () => {
    const { runner, out } = make()
    runner.setOutput('drift-count', '3')
    expect(out()).toBe('drift-count=3\n')
  })
})
