import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.ts';

const strict = { lines: 97, branches: 97, functions: 95, statements: 97 };

export default defineConfig({
  test: {
    projects,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: [
        '**/*.test.ts',
        '**/*.test-d.ts',
        '**/test-support/**',
        '**/fixtures/**',
        'packages/*/src/bin.ts',
      ],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: {
        'packages/core/src/**/*.ts': strict,
        'packages/pricing/src/**/*.ts': strict,
        'packages/openai/src/**/*.ts': strict,
        'packages/anthropic/src/**/*.ts': strict,
        'packages/otel/src/**/*.ts': strict,
        'packages/ai-sdk/src/**/*.ts': strict,
      },
    },
  },
});
