import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BigConstructor from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  formatUsd,
  formatUsdFixed,
  InvalidAmountError,
  InvalidOptionsError,
  type Money,
  maxMoney,
  money,
  picoToUsd,
  sumMoney,
  TollgateError,
  usdToPico,
  ZERO,
} from './index.js';
import { thrownError } from './test-support/thrown-error.js';

// What the adversary sweep gave the helpers the core README presents: each a typed error now.
const notAmounts: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  '-0.5',
  '',
  'abc',
  ' 1',
  '1e3',
  '1e400',
  1e300,
  {},
  [],
  null,
  undefined,
  10n,
  () => 1,
];

/** The `InvalidAmountError` `call` threw (fails the test otherwise). */
function amountError(call: () => unknown): InvalidAmountError {
  return thrownError(InvalidAmountError, call);
}

describe('the public money helpers refuse what is not an amount', () => {
  it.each(notAmounts.map((value) => [value]))('money(%s)', (value) => {
    const error = amountError(() => money(value as string));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.field).toBe('money()');
    expect(error.message).toMatch(/^money\(\): expected .+, received .+/);
  });

  it.each(notAmounts.map((value) => [value]))(
    'addMoney, compareMoney, maxMoney and formatUsd with %s, naming the operand',
    (value) => {
      const bad = value as string;
      expect(amountError(() => addMoney(1, bad)).field).toBe('addMoney() b');
      expect(amountError(() => addMoney(bad, 1)).field).toBe('addMoney() a');
      expect(amountError(() => compareMoney(bad, money(1))).field).toBe('compareMoney() a');
      expect(amountError(() => compareMoney(money(1), bad)).field).toBe('compareMoney() b');
      expect(amountError(() => maxMoney(ZERO, bad)).field).toBe('maxMoney() b');
      expect(amountError(() => formatUsd(bad)).field).toBe('formatUsd()');
      expect(amountError(() => formatUsdFixed(bad, 2)).field).toBe('formatUsdFixed()');
    },
  );

  it('says what was expected and what arrived', () => {
    expect(() => money('abc')).toThrow(
      'money(): expected a non-negative decimal (string or finite number), received "abc"',
    );
    expect(() => addMoney(1, null as never)).toThrow(
      'addMoney() b: expected a Money (from money()) or a non-negative decimal (string or finite number), received null',
    );
    expect(() => money(-1)).toThrow('received -1 (number)');
    expect(() => money(2e12)).toThrow('at most 1000000000000');
  });

  it('sumMoney refuses a non-iterable or a string, and names the element that is not an amount', () => {
    for (const value of [null, undefined, 1, 'abc', '', {}, 10n])
      expect(amountError(() => sumMoney(value as never)).field).toBe('sumMoney()');
    expect(amountError(() => sumMoney(['1', 2, 'x'])).field).toBe('sumMoney() amounts[2]');
    expect(amountError(() => sumMoney(new Set([money(1), -3]))).field).toBe(
      'sumMoney() amounts[1]',
    );
  });

  it('formatUsdFixed refuses places that are not a whole number from 0 to 30', () => {
    for (const places of [-1, 1.5, 31, Number.NaN, '2', null])
      expect(() => formatUsdFixed(money('1.005'), places as number)).toThrow(InvalidOptionsError);
    expect(formatUsdFixed(money('1.005'), 2)).toBe('1.00');
    expect(formatUsdFixed('1.015', 2)).toBe('1.02');
    expect(formatUsdFixed(money(1), 30)).toBe(`1.${'0'.repeat(30)}`);
  });

  it('usdToPico keeps a minus and refuses what a pico count cannot hold', () => {
    expect(usdToPico('-0.5')).toBe(-500_000_000_000n);
    expect(usdToPico('-12.000000000001')).toBe(-12_000_000_000_001n);
    expect(usdToPico('0.5')).toBe(500_000_000_000n);
    expect(usdToPico('007.50')).toBe(7_500_000_000_000n);
    for (const value of ['', 'abc', '1e3', '0.0000000000001', '-', '.5', '5.', ' 1', 1, null, 10n])
      expect(amountError(() => usdToPico(value as string)).field).toBe('usdToPico()');
  });

  it('picoToUsd takes a bigint of any sign and nothing else', () => {
    expect(picoToUsd(-500_000_000_000n)).toBe('-0.5');
    expect(picoToUsd(1n)).toBe('0.000000000001');
    for (const value of [1, '1', null, undefined, {}, Number.NaN])
      expect(amountError(() => picoToUsd(value as bigint)).field).toBe('picoToUsd()');
  });

  it('refuses an object shaped like an amount whose decimal form is not one', () => {
    for (const value of [
      { c: [1], toFixed: () => 'abc' },
      { c: [1], toFixed: 5 },
      { c: 1, toFixed: () => '1' },
    ])
      expect(amountError(() => formatUsd(value as never)).field).toBe('formatUsd()');
  });

  it('every refusal is a TollgateError, never a raw big.js Error or TypeError', () => {
    const helpers: ((value: never) => unknown)[] = [
      money,
      formatUsd,
      (value) => addMoney(value, value),
      (value) => compareMoney(value, value),
      (value) => maxMoney(value, value),
      (value) => sumMoney(value),
      (value) => sumMoney([value]),
      (value) => formatUsdFixed(value, value),
      usdToPico,
      picoToUsd,
    ];
    for (const helper of helpers)
      for (const value of notAmounts) {
        try {
          helper(value as never);
        } catch (error) {
          expect(error).toBeInstanceOf(TollgateError);
        }
      }
  });
});

describe('the public money helpers on good input', () => {
  it('take decimals and numbers as well as amounts, and amounts of any sign', () => {
    expect(formatUsd(addMoney('0.1', 0.2))).toBe('0.3');
    expect(formatUsd('1.50')).toBe('1.5');
    expect(formatUsd(sumMoney(['0.1', 0.2, money('0.3')]))).toBe('0.6');
    expect(formatUsd(sumMoney([]))).toBe('0');
    expect(compareMoney('2', 10)).toBe(-1);
    // A difference below zero is an amount a caller may print, compare and clamp.
    const overrun = money('1').minus('1.25');
    expect(formatUsd(overrun)).toBe('-0.25');
    expect(formatUsd(maxMoney(ZERO, overrun))).toBe('0');
    expect(compareMoney(overrun, ZERO)).toBe(-1);
    expect(money(overrun)).toBe(overrun);
    expect(formatUsd(money(-0))).toBe('0');
    expect(formatUsd(money(1e-7))).toBe('0.0000001');
  });

  it('take an amount made by another installed copy of core (its own big.js constructor)', () => {
    // What a second copy of core makes: a number of another big.js module, whose prototype is
    // not this copy's. A second evaluation of big.js's CommonJS build is such a module.
    const file = join(dirname(createRequire(import.meta.url).resolve('big.js')), 'big.js');
    const copy = { exports: {} as { Big: typeof BigConstructor } };
    new Function('module', readFileSync(file, 'utf8'))(copy);
    const OtherDecimal = copy.exports.Big;
    const foreign = new OtherDecimal('2.5') as unknown as Money;
    expect(foreign).not.toBeInstanceOf(money('1').constructor);
    expect(formatUsd(addMoney(foreign, '0.5'))).toBe('3');
    expect(compareMoney(foreign, money('2.5'))).toBe(0);
    expect(formatUsd(new OtherDecimal('1').minus('3') as unknown as Money)).toBe('-2');
  });

  it('round-trip pico counts of any sign exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (pico) => {
        expect(usdToPico(picoToUsd(pico))).toBe(pico);
      }),
    );
  });

  it('agree with the pico arithmetic for any two decimals of at most 12 places', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.boolean())
      .map(([pico, asNumber]) => {
        const text = picoToUsd(pico);
        // A number only where it reads back as the same decimal.
        return asNumber && String(Number(text)) === text ? Number(text) : text;
      });
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const picoA = usdToPico(formatUsd(a));
        const picoB = usdToPico(formatUsd(b));
        expect(usdToPico(formatUsd(addMoney(a, b)))).toBe(picoA + picoB);
        expect(usdToPico(formatUsd(sumMoney([a, b, a])))).toBe(2n * picoA + picoB);
        expect(compareMoney(a, b)).toBe(picoA < picoB ? -1 : picoA > picoB ? 1 : 0);
        // bigints: no Math.max.
        const larger = [picoA, picoB].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0))[0];
        expect(usdToPico(formatUsd(maxMoney(a, b)))).toBe(larger);
        expect(formatUsd(money(formatUsd(a)))).toBe(formatUsd(a));
      }),
    );
  });
});
