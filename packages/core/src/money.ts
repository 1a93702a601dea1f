/**
 * The one module that knows big.js. Money is never a JavaScript float: amounts are parsed
 * from decimal strings (numbers are accepted on input and read through their shortest
 * decimal form), computed exactly, and leave as plain decimal strings with no exponent.
 */
import BigConstructor from 'big.js';
import { describeValue, InvalidAmountError } from './errors.js';

// A private constructor, so a user's global big.js settings never change our arithmetic.
const Decimal = BigConstructor();
Decimal.DP = 30;
Decimal.RM = Decimal.roundHalfEven;
// Never print an exponent: 1e-7 must leave as "0.0000001".
Decimal.NE = -40;
Decimal.PE = 40;

/**
 * A big.js number seen through the `Money` interface. The cast is the one place the two
 * meet: big.js implements every method `Money` declares, with the same meaning.
 */
function exact(value: string | number): Money {
  return new Decimal(value) as unknown as Money;
}

/** What a `Money` method accepts as its other operand: an amount or a trusted decimal. */
export type MoneyOperand = Money | string | number;

/**
 * An exact decimal amount. Prefer the functions of this module; the methods below are the
 * arithmetic a caller may use directly. It is declared here, not taken from big.js, so the
 * published declarations need no third-party types (big.js stays an implementation detail).
 */
export interface Money {
  /** The absolute value. */
  abs(): Money;
  /** -1, 0 or 1 as this amount is below, equal to or above `other`. */
  cmp(other: MoneyOperand): number;
  /** This amount divided by `other`, to 30 decimal places. */
  div(other: MoneyOperand): Money;
  /** True when this amount equals `other`. */
  eq(other: MoneyOperand): boolean;
  /** True when this amount is above `other`. */
  gt(other: MoneyOperand): boolean;
  /** True when this amount is at least `other`. */
  gte(other: MoneyOperand): boolean;
  /** True when this amount is below `other`. */
  lt(other: MoneyOperand): boolean;
  /** True when this amount is at most `other`. */
  lte(other: MoneyOperand): boolean;
  /** This amount minus `other`, exact. */
  minus(other: MoneyOperand): Money;
  /** This amount plus `other`, exact. */
  plus(other: MoneyOperand): Money;
  /**
   * Rounded to `decimalPlaces` (default 0) with a rounding mode: 0 down, 1 half-up,
   * 2 half-even, 3 up (default 1).
   */
  round(decimalPlaces?: number, roundingMode?: 0 | 1 | 2 | 3): Money;
  /** This amount times `other`, exact. */
  times(other: MoneyOperand): Money;
  /** A plain decimal string (no exponent), with `decimalPlaces` places when given. */
  toFixed(decimalPlaces?: number, roundingMode?: 0 | 1 | 2 | 3): string;
  /** The amount as a decimal string. */
  toString(): string;
  /** The amount as a decimal string, for `JSON.stringify`. */
  toJSON(): string;
}

/** Decimal places kept for money: a millionth of a millionth of a dollar. */
export const MONEY_SCALE = 12;

/** What a money input may be: a decimal string or a finite number. */
export type MoneyInput = string | number;

const decimalPattern = /^\d+(\.\d+)?$/;

/** Zero dollars. */
export const ZERO: Money = exact(0);

/**
 * Reads a non-negative amount of USD. Throws `InvalidAmountError` naming `field` for NaN,
 * infinities, negatives, exponents, empty strings, surrounding whitespace and anything that
 * is not a decimal.
 */
export function parseUsd(value: unknown, field: string): Money {
  let text: string;
  if (typeof value === 'string') {
    // Not trimmed: an amount with a space or newline around it is as malformed as '1e3'
    // (a trimmed read would accept ' 1' while refusing ' ').
    text = value;
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    // The shortest round-trip form of the number, expanded out of exponent notation.
    text = numberToPlainString(value);
  } else {
    throw new InvalidAmountError(field, describeValue(value), USD_DECIMAL);
  }
  if (!decimalPattern.test(text)) {
    throw new InvalidAmountError(field, describeValue(value), USD_DECIMAL);
  }
  const amount = exact(text);
  // Against a constant: `gt(MAX_USD)` would parse the number into a new amount on every read,
  // and the pattern already refused a sign, so no `abs()`.
  if (amount.gt(maxAmount)) {
    throw new InvalidAmountError(
      field,
      describeValue(value),
      `at most ${MAX_USD} in absolute value`,
    );
  }
  return amount;
}

/** What an amount that is not one is told it should have been, in every error that refuses one. */
export const USD_DECIMAL = 'a non-negative decimal (string or finite number)';

/**
 * The largest amount accepted anywhere, in USD: a trillion dollars. Far beyond any budget,
 * and it keeps whole dollars well inside the exact integer range of every store.
 */
export const MAX_USD = 1_000_000_000_000;
/** What an amount above `MAX_USD` is told it should have been, in every error that refuses one. */
export const WITHIN_MAX = `a decimal of at most ${MAX_USD}`;
const maxWholeDigits = String(MAX_USD).length;
const maxAmount = exact(MAX_USD);

function numberToPlainString(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return new Decimal(text).toFixed();
}

/** True when a value parses as a non-negative decimal amount. */
export function isUsd(value: unknown): boolean {
  if (typeof value === 'string') return decimalPattern.test(value);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * An exact amount from a value already known to be a valid decimal (trusted input): Tollgate's
 * own fast path. Users get the checked `money` of `@tollgate/core` (checked-money.ts).
 */
export function money(value: string | number): Money {
  return exact(value);
}

/** True for an amount made by this copy of the money module (any sign: arithmetic may go below zero). */
export function isExactMoney(value: unknown): value is Money {
  return value instanceof Decimal;
}

/**
 * An amount made by another installed copy of this module (a duplicated install of core), read
 * through its plain decimal form; `undefined` for anything else. Duck-typed on big.js's shape:
 * its digit array and the `toFixed` every `Money` has.
 */
export function foreignMoney(value: unknown): Money | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const shape = value as { c?: unknown; toFixed?: unknown };
  if (!Array.isArray(shape.c) || typeof shape.toFixed !== 'function') return undefined;
  try {
    return exact(String(shape.toFixed()));
  } catch {
    return undefined;
  }
}

/** The amount as a plain decimal string with no trailing zeros and no exponent. */
export function formatUsd(amount: Money): string {
  return amount.toFixed();
}

/** The amount as a decimal string with exactly `places` decimals, rounded half-even (display only). */
export function formatUsdFixed(amount: Money, places: number): string {
  return amount.toFixed(places, Decimal.roundHalfEven);
}

/** Rounds up to `MONEY_SCALE` places: what is held for a call never falls short. */
export function roundUp(amount: Money): Money {
  return amount.round(MONEY_SCALE, Decimal.roundUp);
}

/** Rounds down to `MONEY_SCALE` places: what is handed back never exceeds what was held. */
export function roundDown(amount: Money): Money {
  return amount.round(MONEY_SCALE, Decimal.roundDown);
}

/** The larger of two amounts. */
export function maxMoney(a: Money, b: Money): Money {
  return a.gte(b) ? a : b;
}

/** Sums amounts exactly. */
export function sumMoney(amounts: Iterable<Money>): Money {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/** `tokens * ratePerUnit / unitSize`, exact (the divisor is a power of ten). */
export function priceTokens(tokens: number, rate: Money, unitSize: number): Money {
  return rate.times(tokens).div(unitSize);
}

/**
 * `rate / unitSize`, exact: turns a per-million (or per-thousand) rate into a per-unit
 * rate once, so pricing a call is one multiplication per component (hot path of
 * `@tollgate/pricing`).
 */
export function perUnit(rate: Money, unitSize: number): Money {
  return rate.div(unitSize);
}

/** `amount * count`, exact, for a non-negative integer count (tokens or calls). */
export function timesCount(amount: Money, count: number): Money {
  return count === 0 ? ZERO : amount.times(count);
}

/** `a + b`, exact. */
export function addMoney(a: Money, b: Money): Money {
  return a.plus(b);
}

/** Compares two amounts: -1, 0 or 1. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return a.cmp(b) as -1 | 0 | 1;
}

/**
 * Decimal places of a fixed-point amount: an exact amount held as an integer count of
 * 10^-30 dollars, so hot loops (pricing a call) multiply and add native bigints instead of
 * decimal strings. Convert once with `toFixedUnits`, back with `formatFixedUnits`.
 */
export const FIXED_SCALE = 30;
const FIXED_FACTOR = exact(`1${'0'.repeat(FIXED_SCALE)}`);

/** The amount as an integer count of 10^-30 dollars, or `undefined` if it needs more places. */
export function toFixedUnits(amount: Money): bigint | undefined {
  const scaled = amount.times(FIXED_FACTOR);
  if (!scaled.eq(scaled.round(0, Decimal.roundDown))) return undefined;
  return BigInt(scaled.toFixed(0));
}

/** A non-negative count of 10^-30 dollars as a plain decimal string (no trailing zeros). */
export function formatFixedUnits(units: bigint): string {
  return formatScaled(units, FIXED_SCALE);
}

/** The scale of `formatFemtoUnits`: 10^-15 dollars. */
export const FEMTO_SCALE = 15;

/**
 * A count of 10^-15 dollars, a safe integer, as a plain decimal string (no trailing
 * zeros). Pricing's fast path: a JavaScript number formats far faster than a bigint.
 */
export function formatFemtoUnits(units: number): string {
  if (units < 0) return `-${formatFemtoUnits(-units)}`;
  // The remainder, and the quotient of an exact multiple, are exact for safe integers.
  const fraction = units % FEMTO_FACTOR;
  const whole = (units - fraction) / FEMTO_FACTOR;
  if (fraction === 0) return String(whole);
  // A leading 1 keeps the fraction's leading zeros: 1000002500000000 -> 0000025.
  const digits = String(fraction + FEMTO_FACTOR);
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end -= 1;
  return `${whole}.${digits.slice(1, end)}`;
}

const FEMTO_FACTOR = 10 ** FEMTO_SCALE;

function formatScaled(units: bigint, scale: number): string {
  return formatDigits(units.toString(), scale);
}

/** An integer's decimal digits (a leading `-` allowed) read at `scale`, trailing zeros dropped. */
function formatDigits(integer: string, scale: number): string {
  if (integer === '0') return '0';
  const negative = integer.charCodeAt(0) === 45;
  const digits = (negative ? integer.slice(1) : integer).padStart(scale + 1, '0');
  const point = digits.length - scale;
  let end = digits.length;
  while (end > point && digits.charCodeAt(end - 1) === 48) end -= 1;
  const text =
    end === point
      ? digits.slice(0, point)
      : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  return negative ? `-${text}` : text;
}

/**
 * Reads a non-negative amount and returns it in canonical form: a decimal string with at
 * most `MONEY_SCALE` places, no trailing zeros and no exponent. More places are rounded
 * up (what is held or charged never falls short) or down (what is handed back never
 * exceeds what was held). Throws `InvalidAmountError` naming `field` for bad input.
 */
export function canonicalUsd(
  value: unknown,
  field: string,
  rounding: 'up' | 'down' = 'up',
): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : undefined;
  const plain = text === undefined ? undefined : scanPlain(text);
  if (plain === undefined) {
    const amount = parseUsd(value, field);
    const usd = formatUsd(rounding === 'up' ? roundUp(amount) : roundDown(amount));
    remember(usd, usdToPico(usd));
    return usd;
  }
  if (exceedsMax(scanned.wholeDigits, plain)) {
    throw new InvalidAmountError(field, describeValue(value), WITHIN_MAX);
  }
  remember(plain, scanned.pico);
  return plain;
}

/** The value in pico-dollars of each of the first `MONEY_SCALE` places. */
const placeValue = [1e11, 1e10, 1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1];

/**
 * What the last `scanPlain` found beside the canonical string: its pico count and its
 * whole digits. Kept here, not in a result object: this runs on every reserve and settle.
 */
const scanned = { pico: 0n, wholeDigits: 0 };

/**
 * `text` in canonical form (its count and whole digits in `scanned`), when it is a plain
 * decimal (digits, at most one inner point) of at most `MONEY_SCALE` significant places;
 * otherwise `undefined`. The digits are read as they are checked, with no slice and no
 * `Number()` of a string: V8 converts a sliced string through its runtime, hashing it first.
 */
function scanPlain(text: string): string | undefined {
  const length = text.length;
  let point = -1;
  // The whole part's value (exact while it has at most 15 digits) and the first places.
  let whole = 0;
  let fraction = 0;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 46 && point === -1 && index > 0 && index < length - 1) {
      point = index;
    } else if (code < 48 || code > 57) {
      return undefined;
    } else if (point === -1) {
      whole = whole * 10 + (code - 48);
    } else if (index - point <= MONEY_SCALE) {
      fraction += (code - 48) * (placeValue[index - point - 1] as number);
    }
  }
  if (length === 0) return undefined;
  const wholeEnd = point === -1 ? length : point;
  let start = 0;
  while (start < wholeEnd - 1 && text.charCodeAt(start) === 48) start += 1;
  let end = length;
  if (point !== -1) {
    while (end > point + 1 && text.charCodeAt(end - 1) === 48) end -= 1;
    if (end === point + 1) end = point;
  }
  const places = point === -1 || end === point ? 0 : end - point - 1;
  if (places > MONEY_SCALE) return undefined;
  const usd = start === 0 && end === length ? text : text.slice(start, end);
  const wholeDigits = wholeEnd - start;
  scanned.wholeDigits = wholeDigits;
  // Up to 999 dollars and 12 places the count stays below 2^53: exact in a float.
  scanned.pico = wholeDigits <= 3 ? BigInt(whole * 1e12 + fraction) : parsePico(usd);
  return usd;
}

/** True when a canonical amount with `wholeDigits` whole digits is above `MAX_USD`. */
function exceedsMax(wholeDigits: number, usd: string): boolean {
  if (wholeDigits !== maxWholeDigits) return wholeDigits > maxWholeDigits;
  const point = usd.indexOf('.');
  const wholeValue = Number(point === -1 ? usd : usd.slice(0, point));
  return wholeValue > MAX_USD || (wholeValue === MAX_USD && point !== -1);
}

const picoPerDollar = 10n ** BigInt(MONEY_SCALE);

// The last amounts read, so a store in this process that converts the same canonical
// string again (the memory store, on every reserve and settle) finds its count at once.
const recentSize = 8;
const recentUsd: string[] = new Array<string>(recentSize).fill('');
const recentPico: bigint[] = new Array<bigint>(recentSize).fill(0n);
let recentNext = 0;

function remember(usd: string, pico: bigint): void {
  recentUsd[recentNext] = usd;
  recentPico[recentNext] = pico;
  recentNext = (recentNext + 1) % recentSize;
}

/** A canonical amount (see `canonicalUsd`) as an exact integer count of 10^-12 dollars. */
export function usdToPico(usd: string): bigint {
  for (let index = 0; index < recentSize; index += 1) {
    if (recentUsd[index] === usd) return recentPico[index] as bigint;
  }
  return parsePico(usd);
}

function parsePico(usd: string): bigint {
  // BigInt('-0') is 0n: the sign of an amount below one dollar would be lost in the sum below.
  if (usd.charCodeAt(0) === 45) return -parsePico(usd.slice(1));
  const point = usd.indexOf('.');
  if (point === -1) return BigInt(usd) * picoPerDollar;
  const fraction = usd.slice(point + 1).padEnd(MONEY_SCALE, '0');
  return BigInt(usd.slice(0, point)) * picoPerDollar + BigInt(fraction);
}

/** An integer count of 10^-12 dollars as a canonical decimal string. */
export function picoToUsd(pico: bigint): string {
  return formatScaled(pico, MONEY_SCALE);
}
