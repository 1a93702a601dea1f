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
  'otel',
  'ai-sdk',
] as const;

// Tests run against TypeScript source: the `@tollgate/source` export condition points
// every workspace package at its `src/index.ts`, so no build is needed.
// No `module` condition: it names bundler builds, and some (@opentelemetry/api 1.9's, which
// the Anthropic SDK loads when it is installed) use extensionless imports Node cannot load.
const sourceConditions = ['@tollgate/source', 'import', 'node', 'default'];

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
