import type { ValidationIssue } from '@tollgate/core';
import type { z } from 'zod';
import { InvalidPricingError } from './errors.js';
import { type PricingTable, pricingTableSchema } from './schema.js';

/** Turns zod issues into `{ path, message }` with dotted paths. */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * Validates a table (e.g. parsed JSON loaded at run time). Throws `InvalidPricingError`
 * (`INVALID_PRICING`) listing every problem with its path.
 */
export function parsePricingTable(json: unknown): PricingTable {
  const result = pricingTableSchema.safeParse(json);
  if (!result.success) throw new InvalidPricingError(toIssues(result.error));
  return result.data;
}
