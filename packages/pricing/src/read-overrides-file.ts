/**
 * The overrides file: newer price tables written by `tollgate pricing update` (or by hand),
 * merged over the bundled tables by effective date. Read once, synchronously, when a
 * `Pricing` is created; never fetched: Tollgate does no network I/O for prices.
 */
import { readFileSync } from 'node:fs';
import { InvalidPricingError } from './errors.js';
import { type PricingTable, pricingSchemas } from './schema.js';
import { toIssues } from './validate-table.js';

/** The environment variable naming an overrides file for processes whose code cannot change. */
export const OVERRIDES_ENV = 'TOLLGATE_PRICING_OVERRIDES';

/** What an overrides file holds. */
export interface PricingOverridesFile {
  /** The JSON Schema the file declares, for editors and validators. */
  $schema?: string | undefined;
  /** Always `'tollgate-pricing-overrides'`: marks the file as an overrides file. */
  kind: 'tollgate-pricing-overrides';
  /** Date-based version of the file; merged models carry `<bundled>+<table version>`. */
  version: string;
  /** Where the data came from (URL or file), for people reading the file. */
  source?: string | undefined;
  /** When the file was written (ISO date-time). */
  createdAt?: string | undefined;
  /** Newer tables, each holding only the models it adds or changes. */
  tables: PricingTable[];
}

/** Validates parsed overrides-file JSON; `file` names it in errors. */
export function parseOverridesFile(json: unknown, file: string): PricingOverridesFile {
  const result = pricingSchemas().overridesFileSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InvalidPricingError(toIssues(result.error), `pricing overrides file ${file}`, file);
}

/** Reads and validates an overrides file. Throws `InvalidPricingError` naming the file and each bad field. */
export function readOverridesFile(file: string): PricingOverridesFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidPricingError(
      [{ path: '', message: `cannot read ${file}: ${(error as Error).message}` }],
      `pricing overrides file ${file}`,
      file,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidPricingError(
      [{ path: '', message: `expected JSON: ${(error as Error).message}` }],
      `pricing overrides file ${file}`,
      file,
    );
  }
  return parseOverridesFile(json, file);
}

/** The overrides file named by the option, else by `TOLLGATE_PRICING_OVERRIDES`; `null` turns both off. */
export function overridesFilePath(option: string | null | undefined): string | undefined {
  if (option === null) return undefined;
  if (option !== undefined) return option;
  const fromEnv = typeof process === 'undefined' ? undefined : process.env[OVERRIDES_ENV];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}
