// Runs every project's unit and integration tests in one Jest process pool.
module.exports = {
  // Jest reads the timeout from the root config only when running several projects.
  testTimeout: 60000,
  projects: [
    '<rootDir>/shared',
    '<rootDir>/sandbox',
    '<rootDir>/api',
    '<rootDir>/embed',
    '<rootDir>/embed/jest.e2e.config.cjs',
    '<rootDir>/spa',
    '<rootDir>/spa/jest.e2e.config.cjs',
  ],
};
