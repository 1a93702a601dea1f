import { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
import type { PurgeQuery } from './store.js';

// A Date, a date string or a numeric string is refused, not coerced: a purge deletes data,
// so only the one documented form is taken.
const closedBeforeMessage =
  'expected milliseconds since the epoch as a finite number (e.g. date.getTime())';

const purgeQuery: OptionsSchema = (z) =>
  z.strictObject({
    closedBefore: z.number({ error: closedBeforeMessage }).finite({ error: closedBeforeMessage }),
  });

/**
 * Reads a purge query, for every store's `purge` (the memory, SQLite and Redis stores), before
 * the store is touched. Throws `InvalidOptionsError` naming what was expected and what arrived:
 * no query, a query that is not an object, a missing `closedBefore`, one that is not a finite
 * number (a `Date`, a string, `NaN`), or an unknown key (with a "did you mean").
 */
export function parsePurgeQuery(query: unknown): PurgeQuery {
  const parsed = parseOptions(lazySchema(purgeQuery), query, 'store.purge') as PurgeQuery;
  return { closedBefore: parsed.closedBefore };
}
