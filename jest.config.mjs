// Jest runs in ESM mode (Nest 12 is ESM-only): NODE_OPTIONS=--experimental-vm-modules, set by the npm scripts.
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    // Our libs only: packages have their own #imports (pdfkit's #standard-fonts/…).
    '^#([a-z][a-z-]*)$': '<rootDir>/libs/$1/src/index.ts',
    // Test-database helpers: an entry of their own, outside the production #database index.
    '^#database/testing$': '<rootDir>/libs/database/src/testing.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  // testTimeout is a global option (Jest ignores it inside a project): hooks that invite users through the mail
  // sink take seconds, not the default 5.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: '.',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/test-env.mjs'],
      testTimeout: 60_000,
    },
    {
      // npm run test:reliability: races, an outage and a backup drill against the built API (run in band; minutes).
      ...shared,
      displayName: 'reliability',
      rootDir: '.',
      testMatch: ['<rootDir>/test/reliability/**/*.rel-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/test-env.mjs'],
      setupFilesAfterEnv: ['<rootDir>/test/reliability/support/timeout.ts'],
    },
  ],
};
