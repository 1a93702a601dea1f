import { formatUsd, formatUsdFixed, money, roundDown, roundUp } from '@tollgate/core';

/**
 * Money in Redis: an integer count of pico-dollars written as fixed-point text with
 * exactly twelve decimals, e.g. "0.125000000000" — the whole-dollar limb and the pico
 * limb joined by a dot, which the Lua helpers read as two exact integers.
 */
export const PICO_PLACES = 12;

// Both limbs must stay exact in a Lua double: dollars far below 2^53 even after sums.
const maxDollars = 1e15;

/**
 * A decimal string in Redis's fixed form. `up` for what is charged or held (a cost is
 * never rounded away), `down` for a limit (a budget never admits more than it says).
 */
export function toFixed(usd: string, rounding: 'up' | 'down'): string {
  const amount = money(usd);
  if (amount.gte(maxDollars)) {
    throw new RangeError(`Amount ${usd} USD is beyond what the Redis store holds exactly (< 1e15)`);
  }
  return formatUsdFixed(rounding === 'up' ? roundUp(amount) : roundDown(amount), PICO_PLACES);
}

/** Redis's fixed form back to core's decimal form: '0.125', '1', '0'. */
export function fromFixed(text: string): string {
  return formatUsd(money(text));
}
