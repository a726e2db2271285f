/**
 * The fault-injection suite (`npm run test:faults`): real processes of the built app, killed,
 * cut off from Redis or the database, and checked against the fake providers' logs. One file at a
 * time: each spawns several processes of its own.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/faults/global-setup.ts',
  testTimeout: 180000,
  maxWorkers: 1,
};
