const { base } = require('../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'sandbox',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
};
