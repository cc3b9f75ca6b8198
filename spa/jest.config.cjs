const { base } = require('../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'spa',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testEnvironment: '<rootDir>/jest-environment.cjs',
  setupFiles: ['<rootDir>/src/test-polyfills.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleNameMapper: { ...base.moduleNameMapper, '\\.css$': '<rootDir>/src/test-style-stub.ts' },
};
