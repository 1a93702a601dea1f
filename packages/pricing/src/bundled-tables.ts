import anthropicTable from '../../../pricing/anthropic.json' with { type: 'json' };
import openaiTable from '../../../pricing/openai.json' with { type: 'json' };
import type { PricingTable, Provider } from './schema.js';

/**
 * The bundled tables (`pricing/*.json`, inlined at build time). They are not validated at
 * run time: the test suite validates them against the schema (bundled-tables.test.ts), so
 * importing Tollgate does not pay for zod. Tables supplied at run time are always validated.
 */
const tables: Readonly<Record<Provider, PricingTable>> = Object.freeze({
  openai: openaiTable as unknown as PricingTable,
  anthropic: anthropicTable as unknown as PricingTable,
});

/** The bundled tables. */
export function bundledTables(): Readonly<Record<Provider, PricingTable>> {
  return tables;
}
