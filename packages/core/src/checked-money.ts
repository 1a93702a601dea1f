/**
 * The money helpers `@tollgate/core` gives its users, each checking what it is given: a value
 * that is not an amount gets `InvalidAmountError` saying what was expected and what arrived,
 * never a raw big.js or `TypeError` from deep inside, and never a wrong answer (a negative
 * read as positive, a string's characters summed). Tollgate's own hot paths (reserve, settle,
 * the stores, pricing) call the unchecked helpers of `money.ts` with amounts already checked
 * where they entered; a check costs a type test on an amount that is already a `Money`.
 */
import { describeValue, InvalidAmountError, InvalidOptionsError } from './errors.js';
import {
  foreignMoney,
  picoToUsd as formatPico,
  isExactMoney,
  type Money,
  type MoneyOperand,
  usdToPico as parsePico,
  parseUsd,
  USD_DECIMAL,
  ZERO,
} from './money.js';

const AMOUNT = `a Money (from money()) or ${USD_DECIMAL}`;

/** `value` as an amount, or `InvalidAmountError` naming `field`. */
function amountOf(value: unknown, field: string): Money {
  // The usual case first: an amount this module made, of any sign (a difference may be negative).
  if (isExactMoney(value)) return value;
  if (typeof value === 'string' || typeof value === 'number') return parseUsd(value, field);
  const foreign = foreignMoney(value);
  if (foreign !== undefined) return foreign;
  throw new InvalidAmountError(field, describeValue(value), AMOUNT);
}

/**
 * An exact amount from a non-negative decimal string or finite number (at most `MAX_USD`), or
 * from a `Money` (returned as it is). Throws `InvalidAmountError` for anything else: a negative,
 * NaN, an exponent (`'1e3'`), whitespace, an empty string, `null`, an object.
 */
export function money(value: MoneyOperand): Money {
  return amountOf(value, 'money()');
}

/** `a + b`, exact. Each operand is a `Money` or a non-negative decimal (see `money`). */
export function addMoney(a: MoneyOperand, b: MoneyOperand): Money {
  return amountOf(a, 'addMoney() a').plus(amountOf(b, 'addMoney() b'));
}

/** Compares two amounts: -1, 0 or 1. Each is a `Money` or a non-negative decimal (see `money`). */
export function compareMoney(a: MoneyOperand, b: MoneyOperand): -1 | 0 | 1 {
  return amountOf(a, 'compareMoney() a').cmp(amountOf(b, 'compareMoney() b')) as -1 | 0 | 1;
}

/** The larger of two amounts (the first when equal). Each is a `Money` or a non-negative decimal. */
export function maxMoney(a: MoneyOperand, b: MoneyOperand): Money {
  const first = amountOf(a, 'maxMoney() a');
  const second = amountOf(b, 'maxMoney() b');
  return first.gte(second) ? first : second;
}

/**
 * Sums amounts exactly (`ZERO` for none). Throws `InvalidAmountError` for a value that is not
 * iterable or is a string (its characters are no list of amounts), and for an element that is
 * not an amount, naming its index.
 */
export function sumMoney(amounts: Iterable<MoneyOperand>): Money {
  if (typeof amounts === 'string' || !isIterable(amounts)) {
    throw new InvalidAmountError(
      'sumMoney()',
      describeValue(amounts),
      'an iterable of amounts (an array of Money or decimals)',
    );
  }
  let total = ZERO;
  let index = 0;
  for (const amount of amounts) {
    total = total.plus(amountOf(amount, `sumMoney() amounts[${index}]`));
    index += 1;
  }
  return total;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/**
 * The amount as a plain decimal string with no trailing zeros and no exponent (a decimal
 * string given is read first, so `'1.50'` prints `'1.5'`).
 */
export function formatUsd(amount: MoneyOperand): string {
  return amountOf(amount, 'formatUsd()').toFixed();
}

/** The largest `places` `formatUsdFixed` prints: the places money arithmetic keeps exactly. */
const MAX_PLACES = 30;

/**
 * The amount as a decimal string with exactly `places` decimals (a whole number from 0 to 30),
 * rounded half-even, for display. Throws `InvalidOptionsError` for other `places`.
 */
export function formatUsdFixed(amount: MoneyOperand, places: number): string {
  const exact = amountOf(amount, 'formatUsdFixed()');
  if (!Number.isInteger(places) || places < 0 || places > MAX_PLACES) {
    const message = `expected a whole number from 0 to ${MAX_PLACES}, received ${describeValue(places)}`;
    throw new InvalidOptionsError(`formatUsdFixed() places: ${message}`, [
      { path: 'places', message },
    ]);
  }
  return exact.toFixed(places, 2);
}

// Digits, at most one point with 1 to 12 places after it: what a pico count holds exactly.
const picoDecimal = /^-?\d+(\.\d{1,12})?$/;

/**
 * A decimal amount with at most 12 places, a leading minus allowed (`'-0.5'` is
 * -500000000000n), as an exact integer count of 10^-12 dollars: the store codec, the inverse
 * of `picoToUsd`. Throws `InvalidAmountError` for anything else, a 13th place included (it
 * would be lost).
 */
export function usdToPico(usd: string): bigint {
  if (typeof usd !== 'string' || !picoDecimal.test(usd)) {
    throw new InvalidAmountError(
      'usdToPico()',
      describeValue(usd),
      'a decimal string with at most 12 decimal places (a leading minus allowed)',
    );
  }
  return parsePico(usd);
}

/**
 * An integer count of 10^-12 dollars (a bigint, of any sign) as a canonical decimal string:
 * no trailing zeros, no exponent. Throws `InvalidAmountError` for anything but a bigint.
 */
export function picoToUsd(pico: bigint): string {
  if (typeof pico !== 'bigint') {
    throw new InvalidAmountError(
      'picoToUsd()',
      describeValue(pico),
      'a bigint count of 10^-12 dollars',
    );
  }
  return formatPico(pico);
}
