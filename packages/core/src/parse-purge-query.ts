import { expectedTime, maxTimeMs } from './clock.js';
import { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
import type { PurgeQuery } from './store.js';

// A Date, a date string or a numeric string is refused, not coerced: a purge deletes data,
// so only the one documented form is taken.
// The range of every time core writes (see `isTime`): a time no Date can hold is a mistake.
const closedBeforeMessage = `expected ${expectedTime}, e.g. date.getTime()`;

const purgeQuery: OptionsSchema = (z) =>
  z.strictObject({
    closedBefore: z
      .number({ error: closedBeforeMessage })
      .min(0, { error: closedBeforeMessage })
      .max(maxTimeMs, { error: closedBeforeMessage }),
  });

/**
 * Reads a purge query, for every store's `purge` (the memory, SQLite and Redis stores), before
 * the store is touched. Throws `InvalidOptionsError` naming what was expected and what arrived:
 * no query, a query that is not an object, a missing `closedBefore`, one that is not a finite
 * number from 0 (1970) to 8.64e15 (a `Date`, a string, `NaN`, a negative time), or an unknown key (with a "did you mean").
 */
export function parsePurgeQuery(query: unknown): PurgeQuery {
  const parsed = parseOptions(lazySchema(purgeQuery), query, 'store.purge') as PurgeQuery;
  return { closedBefore: parsed.closedBefore };
}
