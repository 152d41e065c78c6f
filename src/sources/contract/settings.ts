/** `code:` columns' one option: the size above which a file is skipped (the contract is then incomplete). */
import { parseInput, valueOrDefault, type Option, type OptionReader } from '../../options.js'
import { z } from '../../core/schema.js'

export const CODE_OPTIONS = {
  maxFileKib: {
    input: 'code-max-file-kib',
    flag: 'code-max-file-kib',
    env: ['CODE_MAX_FILE_KIB'],
    arg: 'KIB',
    default: '4096',
    help: 'Files a `code:` column scans are skipped above this size (generated bundles, minified vendor code); a skipped file leaves the contract incomplete (exit 2 under `fail-on: incomplete`), naming the file.',
  },
} satisfies Record<string, Option>

export interface CodeSettings {
  maxFileBytes: number
  /** The scan stops starting files after this (the run's time limit). */
  runTimeoutMs: number
}

export const codeSettings = (reader: OptionReader, network: { runTimeoutMs: number }): CodeSettings => ({
  runTimeoutMs: network.runTimeoutMs,
  maxFileBytes:
    parseInput(
      z.pipe(z.coerce.number(), z.int().check(z.minimum(1))),
      valueOrDefault(reader, CODE_OPTIONS.maxFileKib),
      reader.nameOf(CODE_OPTIONS.maxFileKib),
    ) * 1024,
})
