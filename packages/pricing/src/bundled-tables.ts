import { bundledTableJson, bundledTableVersions } from './generated/bundled-table-data.js';
import type { PricingTable, Provider } from './schema.js';

/**
 * The bundled tables: every `pricing/*.json`, generated into this package as JSON text
 * (`src/generated/bundled-table-data.ts`) so the published package carries its data. A
 * table is parsed the first time its provider is priced: importing Tollgate parses none of
 * them, and a process that prices one provider parses one table. They are not validated at
 * run time: the test suite validates them against the schema (bundled-tables.test.ts), so
 * importing Tollgate does not pay for zod. Tables supplied at run time are always validated.
 */
const parsed: Partial<Record<Provider, PricingTable>> = {};

/** The bundled table of `provider`, parsed and frozen on first use. */
export function bundledTable(provider: Provider): PricingTable {
  let table = parsed[provider];
  if (table === undefined) {
    table = deepFreeze(JSON.parse(bundledTableJson[provider] as string) as PricingTable);
    parsed[provider] = table;
  }
  return table;
}

/** The version of the bundled table of `provider`, without parsing the table. */
export function bundledTableVersion(provider: Provider): string {
  return bundledTableVersions[provider] as string;
}

let all: Readonly<Record<Provider, PricingTable>> | undefined;

/** The bundled tables, keyed by provider (every table is parsed on the first call). */
export function bundledTables(): Readonly<Record<Provider, PricingTable>> {
  if (all === undefined) {
    const tables = {} as Record<Provider, PricingTable>;
    for (const provider of Object.keys(bundledTableJson) as Provider[])
      tables[provider] = bundledTable(provider);
    all = Object.freeze(tables);
  }
  return all;
}

/** Freezes a parsed table throughout: it is shared by every `Pricing` of the process. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
