import { bundledTableData } from './generated/bundled-table-data.js';
import type { PricingTable, Provider } from './schema.js';

/**
 * The bundled tables: every `pricing/*.json`, generated into this package as a module
 * (`src/generated/bundled-table-data.ts`) so the published package carries its data. They
 * are not validated at run time: the test suite validates them against the schema
 * (bundled-tables.test.ts), so importing Tollgate does not pay for zod. Tables supplied at
 * run time are always validated.
 */
const tables = Object.freeze(bundledTableData) as Readonly<Record<Provider, PricingTable>>;

/** The bundled tables, keyed by provider. */
export function bundledTables(): Readonly<Record<Provider, PricingTable>> {
  return tables;
}
