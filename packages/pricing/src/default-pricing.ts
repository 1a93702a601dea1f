import anthropicTable from '../../../pricing/anthropic.json' with { type: 'json' };
import openaiTable from '../../../pricing/openai.json' with { type: 'json' };
import { createPricing, type Pricing, setBundledTables } from './pricing.js';
import type { PricingTable, Provider } from './schema.js';
import { parsePricingTable } from './validate-table.js';

let tables: Readonly<Record<Provider, PricingTable>> | undefined;
let pricing: Pricing | undefined;

/** The bundled tables, validated on first use only. */
export function bundledTables(): Readonly<Record<Provider, PricingTable>> {
  tables ??= Object.freeze({
    openai: parsePricingTable(openaiTable),
    anthropic: parsePricingTable(anthropicTable),
  });
  return tables;
}
setBundledTables(bundledTables);

/** The `Pricing` of the bundled tables (built and validated lazily, once). */
export function defaultPricing(): Pricing {
  pricing ??= createPricing();
  return pricing;
}
