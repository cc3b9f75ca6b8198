const { base } = require('../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'embed',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testEnvironment: 'jsdom',
};
