import anthropicTable from '../../../pricing/anthropic.json' with { type: 'json' };
import openaiTable from '../../../pricing/openai.json' with { type: 'json' };
import type { PricingTable, Provider } from './schema.js';
import { parsePricingTable } from './validate-table.js';

let tables: Readonly<Record<Provider, PricingTable>> | undefined;

/** The bundled tables (`pricing/*.json`, inlined at build time), validated on first use only. */
export function bundledTables(): Readonly<Record<Provider, PricingTable>> {
  tables ??= Object.freeze({
    openai: parsePricingTable(openaiTable),
    anthropic: parsePricingTable(anthropicTable),
  });
  return tables;
}
