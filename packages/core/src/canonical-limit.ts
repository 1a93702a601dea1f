import { describeValue, InvalidAmountError } from './errors.js';
import {
  canonicalUsd,
  isUsd,
  MAX_USD,
  MONEY_SCALE,
  money,
  picoToUsd,
  roundDown,
  USD_DECIMAL,
  usdToPico,
  WITHIN_MAX,
} from './money.js';
import { invalidOptions } from './parse-options.js';
import type { AdjustmentAction } from './store.js';

/**
 * What a limit must be beyond a decimal of at most `MAX_USD`, as every limit error says it:
 * amounts are kept to 12 places, and a limit must say exactly what it admits.
 */
export const LIMIT_PLACES = `expected at most ${MONEY_SCALE} decimal places (0.000000000001 USD, the smallest amount kept)`;

/**
 * What is wrong with `value` as a budget limit, as every limit error says it (`expected
 * ...`), or `undefined` for a limit `createBudget` keeps: a non-negative decimal of at most
 * `MAX_USD` with at most 12 decimal places (trailing zeros aside). A 13th place is refused,
 * never rounded: `'0.0000000000001'` would become a limit of `'0'` that refuses every call,
 * `'1.0000000000009'` a limit that is not the one written. The one check of a limit's
 * value: the options schemas of `createBudget`, `budget.child`, `budgetFamily` templates
 * and overrides, configuration files, and `setLimit`, `topUp` and `adjustBudget` through
 * `canonicalLimit`. Never throws.
 */
export function limitRefusal(value: unknown): string | undefined {
  if (!isUsd(value)) return `expected ${USD_DECIMAL}`;
  const amount = money(value as string | number);
  if (amount.gt(MAX_USD)) return `expected ${WITHIN_MAX}`;
  return amount.eq(roundDown(amount)) ? undefined : LIMIT_PLACES;
}

/**
 * Reads an amount that sets or raises a limit (`setLimit`, `topUp`, `adjustBudget`, the
 * CLI's `set-limit` and `top-up`) the way `createBudget` checks a limit: a malformed amount
 * or one above `MAX_USD` throws `InvalidAmountError`, one with more than 12 decimal places
 * throws `InvalidOptionsError` (in `where`'s options, at `field`). Returns the amount in
 * canonical form, exactly as given.
 */
export function canonicalLimit(value: unknown, field: string, where: string): string {
  if (limitRefusal(value) === LIMIT_PLACES) {
    throw invalidOptions(where, [
      { path: field, message: `${LIMIT_PLACES}, received ${describeValue(value)}` },
    ]);
  }
  // Any other refusal is the amount's own: InvalidAmountError, in the same words.
  return canonicalUsd(value, field, 'down');
}

/**
 * The amount of an administrative change in canonical form, checked by the change's own
 * rule: a new limit or a top-up (which raises the limit) by `canonicalLimit`, refused past 12
 * places; a credit rounds down to 12 places (money given back is never more than asked);
 * reset and close take none (`'0'`). Shared by `budget.setLimit`/`topUp`/`credit`,
 * `adjustBudget` and the CLI, so each reads an amount the same way.
 */
export function adjustmentAmount(
  action: AdjustmentAction,
  value: unknown,
  field: string,
  where: string,
): string {
  switch (action) {
    case 'set-limit':
    case 'top-up':
      return canonicalLimit(value, field, where);
    case 'credit':
      return canonicalUsd(value, field, 'down');
    default:
      return '0';
  }
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
