import { describeValue, InvalidAmountError } from './errors.js';
import { canonicalUsd, isUsd, MAX_USD, parseUsd, picoToUsd, usdToPico } from './money.js';
import { invalidOptions } from './parse-options.js';

/** What a limit must be beyond a decimal of at most `MAX_USD`, as every limit error says it. */
export const LIMIT_RESOLUTION =
  'expected 0 or at least 0.000000000001 (10^-12 USD, the smallest amount kept)';

/**
 * A positive amount that 12 decimal places would round down to zero: a limit that says
 * nothing. Such a limit is refused rather than kept as `'0'`, which would refuse every call.
 */
export function belowResolution(value: unknown): boolean {
  return (
    isUsd(value) &&
    canonicalUsd(value, 'limitUsd', 'down') === '0' &&
    parseUsd(value, 'limitUsd').gt(0)
  );
}

/**
 * Reads a budget limit the way `createBudget` checks one, for every other path that sets a
 * limit (`setLimit`, `adjustBudget`): a malformed amount or one above `MAX_USD` throws
 * `InvalidAmountError`, a positive amount below 10^-12 throws `InvalidOptionsError` (in
 * `where`'s options, at `field`). Returns the limit rounded down to 12 places: a limit never
 * admits more than it says.
 */
export function canonicalLimit(value: unknown, field: string, where: string): string {
  const usd = canonicalUsd(value, field, 'down');
  if (usd === '0' && belowResolution(value)) {
    throw invalidOptions(where, [
      { path: field, message: `${LIMIT_RESOLUTION}, received ${describeValue(value)}` },
    ]);
  }
  return usd;
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
