import type { LedgerQuery } from '../store.js';

/**
 * How many entries a ledger read returns: the query's `limit` rounded down, never below
 * zero, 100 when absent (the store contract's default).
 */
export function ledgerQueryLimit(query: LedgerQuery): number {
  return Math.max(0, Math.floor(query.limit ?? 100));
}
