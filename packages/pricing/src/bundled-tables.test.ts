import { describe, expect, it } from 'vitest';
import { bundledTables } from './bundled-tables.js';
import { PROVIDERS } from './schema.js';
import { parsePricingTable } from './validate-table.js';

describe('bundled tables', () => {
  it.each(PROVIDERS)('the %s table passes the schema exactly as shipped', (provider) => {
    const table = bundledTables()[provider];
    // Validation returns the parsed table: equal to the shipped one means no defaults were filled in.
    expect(parsePricingTable(table)).toEqual(table);
    expect(table.provider).toBe(provider);
  });
});
