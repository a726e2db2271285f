/** Unit specs live beside the code (src/**\/*.spec.ts); integration and e2e specs in test/. */
// Transpile only: types are checked once by `npm run check`, not again per test file.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
    '<rootDir>/examples/*/test/**/*.e2e-spec.ts',
  ],
  // The client package and the example are imported from their TypeScript sources (no build, no
  // install of their own in CI); built output and an example's own node_modules are not looked at.
  moduleNameMapper: {
    '^@outreach-api/client$': '<rootDir>/packages/client/src/index.ts',
    '^@outreach-api/client/nest$': '<rootDir>/packages/client/src/nest.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/packages/client/dist/', '<rootDir>/examples/[^/]+/(node_modules|dist)/'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
