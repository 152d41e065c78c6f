/** `code:` columns' one option: the size above which a file is skipped. */
import { parseInput, valueOrDefault, type Option, type OptionReader } from '../../options.js'
import { z } from '../../schema.js'

export const CODE_OPTIONS = {
  maxFileKib: {
    input: 'code-max-file-kib',
    flag: 'code-max-file-kib',
    env: ['CODE_MAX_FILE_KIB'],
    arg: 'KIB',
    default: '1024',
    help: 'Files a `code:` column scans are skipped (with a note) above this size: generated bundles, minified vendor code.',
  },
} satisfies Record<string, Option>

export interface CodeSettings {
  maxFileBytes: number
}

export const codeSettings = (reader: OptionReader): CodeSettings => ({
  maxFileBytes: parseInput(z.pipe(z.coerce.number(), z.int().check(z.minimum(1))), valueOrDefault(reader, CODE_OPTIONS.maxFileKib), reader.nameOf(CODE_OPTIONS.maxFileKib)) * 1024,
})
