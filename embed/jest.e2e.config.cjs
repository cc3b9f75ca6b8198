// Browser tests: the chart page and the loader in headless Chromium (Debian's package, or
// CHROMIUM_PATH), against bundles built once per run from the current sources.
const { base } = require('../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'embed-browser',
  rootDir: __dirname,
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.e2e.spec.ts'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
  testTimeout: 30000,
};
