import { describeValue, InvalidAmountError } from './errors.js';
import {
  canonicalUsd,
  isUsd,
  MAX_USD,
  money,
  picoToUsd,
  USD_DECIMAL,
  usdToPico,
  WITHIN_MAX,
} from './money.js';
import { invalidOptions } from './parse-options.js';

/** What a limit must be beyond a decimal of at most `MAX_USD`, as every limit error says it. */
export const LIMIT_RESOLUTION =
  'expected 0 or at least 0.000000000001 (10^-12 USD, the smallest amount kept)';

/** The smallest positive limit: 10^-12 USD, one unit of the 12 places amounts keep. */
const RESOLUTION = money('0.000000000001');

/**
 * What is wrong with `value` as a budget limit, as every limit error says it (`expected
 * ...`), or `undefined` for a limit `createBudget` keeps: a non-negative decimal of at most
 * `MAX_USD` that is 0 or at least 10^-12 (a smaller positive amount would round down to a
 * limit of `'0'`, which refuses every call, so it says nothing and is refused). The one
 * check of a limit's value: the options schemas of `createBudget`, `budget.child`,
 * `budgetFamily` templates and configuration files, and `setLimit` through `canonicalLimit`.
 * Never throws.
 */
export function limitRefusal(value: unknown): string | undefined {
  if (!isUsd(value)) return `expected ${USD_DECIMAL}`;
  const amount = money(value as string | number);
  if (amount.gt(MAX_USD)) return `expected ${WITHIN_MAX}`;
  return amount.gt(0) && amount.lt(RESOLUTION) ? LIMIT_RESOLUTION : undefined;
}

/**
 * Reads a budget limit the way `createBudget` checks one, for every other path that sets a
 * limit (`setLimit`, `adjustBudget`): a malformed amount or one above `MAX_USD` throws
 * `InvalidAmountError`, a positive amount below 10^-12 throws `InvalidOptionsError` (in
 * `where`'s options, at `field`). Returns the limit rounded down to 12 places: a limit never
 * admits more than it says.
 */
export function canonicalLimit(value: unknown, field: string, where: string): string {
  if (limitRefusal(value) === LIMIT_RESOLUTION) {
    throw invalidOptions(where, [
      { path: field, message: `${LIMIT_RESOLUTION}, received ${describeValue(value)}` },
    ]);
  }
  // Any other refusal is the amount's own: InvalidAmountError, in the same words.
  return canonicalUsd(value, field, 'down');
}

const maxPico = usdToPico(String(MAX_USD));

/**
 * The limit a top-up of `amount` (pico-dollars) leaves on a budget whose limit is `limit`,
 * or `InvalidAmountError` when it would pass `MAX_USD`, the cap `createBudget` and
 * `setLimit` keep. For stores, inside the command's atomic step: only there is the limit the
 * top-up adds to known for sure (another process may top up at the same moment).
 */
export function toppedUpLimit(limit: bigint, amount: bigint, amountUsd: string): bigint {
  const after = limit + amount;
  if (after > maxPico) throw topUpPastCap(picoToUsd(limit), amountUsd);
  return after;
}

/**
 * The error of a top-up refused because it would take the limit of `limitUsd` past
 * `MAX_USD`, for a store that checks the cap in its own atomic step (Redis, in Lua).
 */
export function topUpPastCap(limitUsd: string, amountUsd: string): InvalidAmountError {
  // A limit already past the cap (set before the cap was kept) leaves no room at all.
  const left = maxPico - usdToPico(limitUsd);
  const room = picoToUsd(left > 0n ? left : 0n);
  return new InvalidAmountError(
    'amountUsd',
    describeValue(amountUsd),
    `at most ${room} (the limit of ${limitUsd} may be topped up to at most ${MAX_USD})`,
  );
}
