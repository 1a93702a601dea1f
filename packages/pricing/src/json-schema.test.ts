import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pricingJsonSchemaText } from './json-schema.js';

const file = (name: string) => fileURLToPath(new URL(`../../../pricing/${name}`, import.meta.url));

describe('pricing/pricing.schema.json', () => {
  it('is what the zod schema generates (run `pnpm --filter @tollgate/pricing schema`)', () => {
    expect(readFileSync(file('pricing.schema.json'), 'utf8')).toBe(pricingJsonSchemaText());
  });

  it('is referenced by both tables', () => {
    for (const name of ['openai.json', 'anthropic.json']) {
      expect(JSON.parse(readFileSync(file(name), 'utf8')).$schema).toBe('./pricing.schema.json');
    }
  });
});
