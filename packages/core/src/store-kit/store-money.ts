import { canonicalUsd, MONEY_SCALE, picoToUsd, usdToPico } from '../money.js';

/**
 * An amount from a command as pico-dollars (10^-12 USD). Core sends canonical amounts (at
 * most 12 places); anything else is made canonical first, rounded `up` for what is held or
 * charged (a cost is never rounded away) and `down` for a limit (a budget never admits more
 * than it says). Throws `InvalidAmountError` for what is not an amount.
 */
export function roundedPico(usd: string, rounding: 'up' | 'down'): bigint {
  return usdToPico(canonicalUsd(usd, 'amountUsd', rounding));
}

const picoPerDollar = 10n ** BigInt(MONEY_SCALE);

/**
 * Pico-dollars as fixed-point text with exactly twelve decimals ("0.125000000000"), the
 * form a script that splits whole dollars from the pico remainder parses without floats.
 * A negative amount is a minus before its absolute value ("-0.500000000000").
 */
export function picoToFixed(pico: bigint): string {
  const sign = pico < 0n ? '-' : '';
  const size = pico < 0n ? -pico : pico;
  return `${sign}${size / picoPerDollar}.${(size % picoPerDollar).toString().padStart(MONEY_SCALE, '0')}`;
}

/** The fixed-point text of `picoToFixed` (or any canonical amount, signed) as pico-dollars. */
export function fixedToPico(text: string): bigint {
  return text.startsWith('-') ? -usdToPico(text.slice(1)) : usdToPico(text);
}

/** Fixed-point text back to a canonical decimal string: '0.125', '1', '0'. */
export function fixedToUsd(text: string): string {
  return picoToUsd(fixedToPico(text));
}
