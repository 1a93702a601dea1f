/** Writes `budget-config.schema.json` from the zod schema. Run: `pnpm --filter @tollgate/core schema`. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetConfigJsonSchemaText } from '../src/budget-config-json-schema.ts';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../budget-config.schema.json');
writeFileSync(target, budgetConfigJsonSchemaText());
console.log(`wrote ${target}`);
