/** Where the targets file is when none is named. */
export const DEFAULT_TARGETS_PATH = '.github/vault-coverage-targets.yml'
