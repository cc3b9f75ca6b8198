const { base } = require('../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^@notionchartkit/embed/page$': '<rootDir>/../embed/src/page/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
