import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  // @ai-sdk/provider (and its 2.x and 3.x, installed as ai-sdk-provider-v2 and -v3 for the types
  // of ai 5's models and ai 6's middleware) is used for its types only. Inlining them keeps it
  // out of the published dependencies: its 4.x declares Node >= 22, which would refuse or warn on Node 20 installs.
  // The inlined types import `JSONSchema7` from 'json-schema', whose types are
  // `@types/json-schema`: that is a dependency, or a consumer with `skipLibCheck: false` gets
  // TS7016/TS2307 from this package's declarations (the consumer test, `pnpm consumer`).
  dts: { resolve: ['@ai-sdk/provider', 'ai-sdk-provider-v2', 'ai-sdk-provider-v3'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
