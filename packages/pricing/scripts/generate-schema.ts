/** Writes `pricing/pricing.schema.json` from the zod schema. Run: `pnpm --filter @tollgate/pricing schema`. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pricingJsonSchemaText } from '../src/json-schema.ts';

const target = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../pricing/pricing.schema.json',
);
writeFileSync(target, pricingJsonSchemaText());
console.log(`wrote ${target}`);
