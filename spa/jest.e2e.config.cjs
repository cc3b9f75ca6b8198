// End-to-end: the real product in demo mode (`npm start`) driven in headless Chromium
// (Debian's package, or CHROMIUM_PATH). Needs the build (`npm test` builds first).
const { base } = require('../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'spa-e2e',
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.spec.ts'],
  testEnvironment: 'node',
  testTimeout: 60000,
};
