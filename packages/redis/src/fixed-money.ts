import { MONEY_SCALE } from '@tollgate/core';
import { picoToFixed, roundedPico } from '@tollgate/core/store-kit';

// Money in Redis is the kit's fixed-point text (`picoToFixed`: exactly twelve decimals),
// which the Lua helpers read as two exact integer limbs, whole dollars and pico-dollars.

const picoPerDollar = 10n ** BigInt(MONEY_SCALE);
// Both limbs must stay exact in a Lua double: dollars far below 2^53 even after sums.
const maxPico = 10n ** 15n * picoPerDollar;

/**
 * A decimal string in the fixed form, rounded `up` for what is charged or held and `down`
 * for a limit (see the kit's `roundedPico`). Throws a `RangeError` at 1e15 dollars and
 * beyond, which the Lua limbs could not keep exact.
 */
export function toFixed(usd: string, rounding: 'up' | 'down'): string {
  const pico = roundedPico(usd, rounding);
  if (pico >= maxPico) {
    throw new RangeError(`Amount ${usd} USD is beyond what the Redis store holds exactly (< 1e15)`);
  }
  return picoToFixed(pico);
}

/**
 * Two stored limbs (whole dollars, possibly negative, and pico-dollars in [0, 1e12)) as
 * pico-dollars. Missing limbs read as zero.
 */
export function limbsToPico(dollars = '0', pico = '0'): bigint {
  return BigInt(dollars) * picoPerDollar + BigInt(pico);
}
