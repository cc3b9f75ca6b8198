// One transform for every project: SWC compiles TypeScript (decorator metadata included, for
// NestJS) without type checking; `npm run typecheck` does the checking.
const swcTransform = (extra = {}) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      ...extra,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  swcTransform,
  base: {
    transform: { '^.+\\.(t|j)sx?$': swcTransform() },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    moduleNameMapper: {
      '^@notionchartkit/shared$': '<rootDir>/../shared/src/index.ts',
      '^@notionchartkit/notion-sandbox$': '<rootDir>/../sandbox/src/index.ts',
      '^@notionchartkit/test-browser$': '<rootDir>/../tools/test-browser/src/index.ts',
    },
    testEnvironment: 'node',
  },
};
