import { canonicalUsd, picoToUsd, usdToPico } from '@tollgate/core';

/**
 * Money in Redis: an integer count of pico-dollars written as fixed-point text with
 * exactly twelve decimals, e.g. "0.125000000000" — the whole-dollar limb and the pico
 * limb joined by a dot, which the Lua helpers read as two exact integers. A negative
 * amount is written with a leading minus over its absolute value ("-0.500000000000").
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
  return picoToFixed(pico);
}

/** Pico-dollars in the fixed form. */
export function picoToFixed(pico: bigint): string {
  const sign = pico < 0n ? '-' : '';
  const size = pico < 0n ? -pico : pico;
  return `${sign}${size / picoPerDollar}.${(size % picoPerDollar).toString().padStart(PICO_PLACES, '0')}`;
}

/** The fixed form as pico-dollars. */
export function fixedToPico(text: string): bigint {
  return text.startsWith('-') ? -usdToPico(text.slice(1)) : usdToPico(text);
}

/**
 * Two stored limbs (whole dollars, possibly negative, and pico-dollars in [0, 1e12)) in
 * the fixed form. Missing limbs read as zero.
 */
export function limbsToFixed(dollars = '0', pico = '0'): string {
  return picoToFixed(BigInt(dollars) * picoPerDollar + BigInt(pico));
}

/** Redis's fixed form back to core's decimal form: '0.125', '1', '0'. */
export function fromFixed(text: string): string {
  return picoToUsd(fixedToPico(text));
}
