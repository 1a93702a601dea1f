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
  const result = pricingTableSchema().safeParse(json);
  if (!result.success) throw new InvalidPricingError(toIssues(result.error));
  return result.data;
}

/** Joins a prefix and a dotted path, either of which may be empty. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '' ? prefix : `${prefix}.${path}`;
}

/** Validates table `i` of `count`, naming it in issue paths when there are several. */
export function parseTableAt(json: unknown, i: number, count: number): PricingTable {
  const result = pricingTableSchema().safeParse(json);
  if (result.success) return result.data;
  const prefix = count > 1 ? `tables.${i}` : '';
  throw new InvalidPricingError(
    toIssues(result.error).map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })),
  );
}
