import { canonicalUsd, picoToUsd, usdToPico } from '@tollgate/core';

/**
 * Money in Redis: an integer count of pico-dollars written as fixed-point text with
 * exactly twelve decimals, e.g. "0.125000000000" — the whole-dollar limb and the pico
 * limb joined by a dot, which the Lua helpers read as two exact integers.
 */
export const PICO_PLACES = 12;

const picoPerDollar = 10n ** BigInt(PICO_PLACES);
// Both limbs must stay exact in a Lua double: dollars far below 2^53 even after sums.
const maxPico = 10n ** 15n * picoPerDollar;

/**
 * A decimal string in Redis's fixed form. Core sends canonical amounts (at most 12
 * places); anything else is rounded `up` for what is charged or held (a cost is never
 * rounded away) and `down` for a limit (a budget never admits more than it says).
 */
export function toFixed(usd: string, rounding: 'up' | 'down'): string {
  const pico = usdToPico(canonicalUsd(usd, 'amountUsd', rounding));
  if (pico >= maxPico) {
    throw new RangeError(`Amount ${usd} USD is beyond what the Redis store holds exactly (< 1e15)`);
  }
  return `${pico / picoPerDollar}.${(pico % picoPerDollar).toString().padStart(PICO_PLACES, '0')}`;
}

/** Redis's fixed form back to core's decimal form: '0.125', '1', '0'. */
export function fromFixed(text: string): string {
  return picoToUsd(usdToPico(text));
}
