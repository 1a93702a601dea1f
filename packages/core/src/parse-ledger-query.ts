import type * as Zod from 'zod';
import { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
import type { LedgerKind } from './store.js';

// Every kind of `LedgerKind`, so the type checker names one added there as missing here.
const ledgerKinds: Record<LedgerKind, true> = { settlement: true, adjustment: true, all: true };
const kindNames = Object.keys(ledgerKinds) as [LedgerKind, ...LedgerKind[]];

/** Entries a ledger read returns when its query sets no `limit` (the store contract's default). */
export const DEFAULT_LEDGER_LIMIT = 100;

const limitMessage = 'expected a whole number of entries, 0 or more';

const storeQuery: OptionsSchema = (z) =>
  z.strictObject({
    budgetId: z.string().optional(),
    limit: z
      .number({ error: limitMessage })
      .int({ error: limitMessage })
      .min(0, { error: limitMessage })
      .optional(),
    kind: z.enum(kindNames, { error: `expected one of ${kindNames.join(', ')}` }).optional(),
  });

// A budget reads its own entries: the budget id is its own, not the caller's to set.
const budgetQuery: OptionsSchema = () =>
  (lazySchema(storeQuery) as Zod.ZodObject).omit({ budgetId: true });

/** A ledger query as read: what it asks, with the defaults filled in. */
export interface ParsedLedgerQuery {
  /** Only entries that charged this budget; `undefined` for every budget. */
  budgetId: string | undefined;
  /** Which entries. */
  kind: LedgerKind;
  /** At most this many, newest first. */
  limit: number;
}

/**
 * Reads a ledger query, for every ledger read there is: a store's `ledger` (the memory,
 * SQLite and Redis stores, `tollgate budget show` and `tollgate watch` through them) and
 * `budget.ledger`, whose query has no `budgetId` and whose kind defaults to settlements.
 * Throws `InvalidOptionsError` naming each bad field: a query that is not an object, an
 * unknown key (with a "did you mean"), a `kind` other than `settlement`, `adjustment` or
 * `all`, a `limit` that is not a whole number from 0, a `budgetId` that is not a string.
 * Absent (or `undefined`) it is the empty query.
 */
export function parseLedgerQuery(
  query: unknown,
  scope: 'store' | 'budget' = 'store',
): ParsedLedgerQuery {
  const store = scope === 'store';
  const schema = lazySchema(store ? storeQuery : budgetQuery);
  const parsed = parseOptions(
    schema,
    query === undefined ? {} : query,
    store ? 'store.ledger' : 'budget.ledger',
  ) as { budgetId?: string; kind?: LedgerKind; limit?: number };
  return {
    budgetId: parsed.budgetId,
    kind: parsed.kind ?? (store ? 'all' : 'settlement'),
    limit: parsed.limit ?? DEFAULT_LEDGER_LIMIT,
  };
}
