// ESM + ts-jest, as in ../shared/reference/toolchain.md; run with --experimental-vm-modules (npm test does).
export default {
  preset: 'ts-jest',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  // Most suites wait on loopback servers and processes, not the CPU: four at a time on two cores.
  maxWorkers: 4,
  // Room for the suites that really wait (a quota's pace, a process under Node 24); each such test sets its own.
  testTimeout: 30_000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }] },
}
