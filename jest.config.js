/** Tests run TypeScript through SWC, which must keep decorator metadata for type-graphql and TypeORM. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  // Each test file owns its own database, so files can run side by side.
  maxWorkers: 2,
  // Tests that need what a bare machine lacks (redis-server, the seed article, Chromium) skip with a
  // line saying what is missing; this reporter and teardown repeat those lines after the summary.
  reporters: ['default', '<rootDir>/test/support/skip-reporter.js'],
  globalTeardown: '<rootDir>/test/support/skip-teardown.js',
};
