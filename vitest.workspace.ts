import { defineProject } from 'vitest/config';

/**
 * The test projects, one per package. Vitest 4 no longer reads this file by itself:
 * the root `vitest.config.ts` imports it as `test.projects`.
 */
const packages = [
  'core',
  'pricing',
  'mock-provider',
  'openai',
  'anthropic',
  'sqlite',
  'redis',
  'cli',
  'ai-sdk',
] as const;

// Tests run against TypeScript source: the `@tollgate/source` export condition points
// every workspace package at its `src/index.ts`, so no build is needed.
const sourceConditions = ['@tollgate/source', 'import', 'module', 'node', 'default'];

const roots = [
  ...packages.map((name) => ({ name, root: `packages/${name}` })),
  { name: 'soak', root: 'scripts/soak' },
];

// Packages with type tests (`src/**/*.test-d.ts`): vitest's typecheck mode runs `tsc` on
// them with the package's tsconfig.type-tests.json, so a type assertion that does not
// hold fails `pnpm test` like any other test (at run time `expectTypeOf` asserts nothing).
const typeTested = new Set<string>(['openai', 'anthropic', 'ai-sdk']);

export default roots.map(({ name, root }) =>
  defineProject({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@tollgate/source'] } },
    test: {
      name,
      root,
      include: ['src/**/*.test.ts', '*.test.ts'],
      typecheck: {
        enabled: typeTested.has(name),
        include: ['src/**/*.test-d.ts'],
        tsconfig: 'tsconfig.type-tests.json',
      },
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
);
