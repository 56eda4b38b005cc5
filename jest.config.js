// Tests run on the tsc output (dist/): tsc is what emits the decorator metadata that
// type-graphql and TypeORM read, so tests see exactly the code that `npm start` runs.
export default {
  rootDir: '.',
  roots: ['<rootDir>/dist'],
  testMatch: ['**/__tests__/**/*.test.js', '**/test/**/*.test.js'],
  transform: {},
  testEnvironment: 'node',
  globalSetup: '<rootDir>/dist/test/support/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/support/global-teardown.js',
  testTimeout: 60000,
  maxWorkers: 2,
};
