import { readFile } from 'node:fs/promises';
import { InvalidPricingError } from './errors.js';
import type { PricingTable } from './schema.js';
import { parsePricingTable } from './validate-table.js';

/** Reads and validates a price table from a JSON file (e.g. a newer table shipped at run time). */
export async function loadPricingTable(path: string): Promise<PricingTable> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidPricingError([
      { path: '', message: `expected JSON in ${path}: ${(error as Error).message}` },
    ]);
  }
  return parsePricingTable(json);
}
