import anthropicTable from '../../../pricing/anthropic.json' with { type: 'json' };
import azureTable from '../../../pricing/azure.json' with { type: 'json' };
import bedrockTable from '../../../pricing/bedrock.json' with { type: 'json' };
import deepseekTable from '../../../pricing/deepseek.json' with { type: 'json' };
import fireworksTable from '../../../pricing/fireworks.json' with { type: 'json' };
import googleTable from '../../../pricing/google.json' with { type: 'json' };
import groqTable from '../../../pricing/groq.json' with { type: 'json' };
import mistralTable from '../../../pricing/mistral.json' with { type: 'json' };
import openaiTable from '../../../pricing/openai.json' with { type: 'json' };
import openrouterTable from '../../../pricing/openrouter.json' with { type: 'json' };
import togetherTable from '../../../pricing/together.json' with { type: 'json' };
import vertexTable from '../../../pricing/vertex.json' with { type: 'json' };
import xaiTable from '../../../pricing/xai.json' with { type: 'json' };
import type { PricingTable, Provider } from './schema.js';

/**
 * The bundled tables (`pricing/*.json`, inlined at build time). They are not validated at
 * run time: the test suite validates them against the schema (bundled-tables.test.ts), so
 * importing Tollgate does not pay for zod. Tables supplied at run time are always validated.
 */
const tables: Readonly<Record<Provider, PricingTable>> = Object.freeze({
  openai: openaiTable as unknown as PricingTable,
  anthropic: anthropicTable as unknown as PricingTable,
  google: googleTable as unknown as PricingTable,
  vertex: vertexTable as unknown as PricingTable,
  bedrock: bedrockTable as unknown as PricingTable,
  azure: azureTable as unknown as PricingTable,
  deepseek: deepseekTable as unknown as PricingTable,
  xai: xaiTable as unknown as PricingTable,
  mistral: mistralTable as unknown as PricingTable,
  groq: groqTable as unknown as PricingTable,
  together: togetherTable as unknown as PricingTable,
  fireworks: fireworksTable as unknown as PricingTable,
  openrouter: openrouterTable as unknown as PricingTable,
});

/** The bundled tables. */
export function bundledTables(): Readonly<Record<Provider, PricingTable>> {
  return tables;
}
