import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidAmountError } from './errors.js';
import {
  canonicalUsd,
  formatUsd,
  isUsd,
  money,
  parseUsd,
  picoToUsd,
  roundDown,
  roundUp,
  sumMoney,
  usdToPico,
} from './money.js';

/** An amount read as a reserve or settle reads it, with the pico count the store then finds. */
function readPico(value: unknown, field: string, rounding: 'up' | 'down') {
  const usd = canonicalUsd(value, field, rounding);
  return { usd, pico: usdToPico(usd) };
}

describe('money', () => {
  it('ten settlements of 0.1 make exactly 1', () => {
    const total = sumMoney(Array.from({ length: 10 }, () => parseUsd(0.1, 'amount')));
    expect(formatUsd(total)).toBe('1');
  });

  it('prints tiny amounts without an exponent', () => {
    expect(formatUsd(parseUsd(1e-7, 'amount'))).toBe('0.0000001');
    expect(formatUsd(money('0.000000000001'))).toBe('0.000000000001');
  });

  it.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    '-0.5',
    '1e3',
    '',
    'abc',
    null,
    undefined,
    {},
  ])('rejects %s with a typed error', (value) => {
    expect(() => parseUsd(value, 'limitUsd')).toThrow(InvalidAmountError);
  });

  it('rounds holds up and refunds down at 12 places', () => {
    expect(formatUsd(roundUp(money('0.0000000000011')))).toBe('0.000000000002');
    expect(formatUsd(roundDown(money('0.0000000000019')))).toBe('0.000000000001');
  });
});

describe('per-unit helpers', () => {
  it('turns a per-million rate into an exact per-token rate', async () => {
    const { perUnit, timesCount, addMoney, compareMoney } = await import('./money.js');
    const perToken = perUnit(money('2.5'), 1_000_000);
    expect(formatUsd(perToken)).toBe('0.0000025');
    expect(formatUsd(timesCount(perToken, 1000))).toBe('0.0025');
    expect(formatUsd(timesCount(perToken, 0))).toBe('0');
    expect(formatUsd(addMoney(money('0.1'), money('0.2')))).toBe('0.3');
    expect(compareMoney(money('1'), money('2'))).toBe(-1);
    expect(compareMoney(money('2'), money('2'))).toBe(0);
    expect(compareMoney(money('3'), money('2'))).toBe(1);
  });
});

describe('femto units', () => {
  it('format exactly like the same amount in 10^-30 dollars, for every safe integer', async () => {
    const { formatFemtoUnits, formatFixedUnits } = await import('./money.js');
    fc.assert(
      fc.property(fc.maxSafeInteger(), (units) => {
        expect(formatFemtoUnits(units)).toBe(formatFixedUnits(BigInt(units) * 10n ** 15n));
      }),
    );
    expect(formatFemtoUnits(0)).toBe('0');
    expect(formatFemtoUnits(2_500_000_000)).toBe('0.0000025');
    expect(formatFemtoUnits(-1_500_000_000_000_000)).toBe('-1.5');
    expect(formatFixedUnits(-(10n ** 29n))).toBe('-0.1');
  });
});

describe('fixed-point units', () => {
  it('round-trips exact amounts and refuses ones that need more places', async () => {
    const { toFixedUnits, formatFixedUnits, perUnit } = await import('./money.js');
    const perToken = toFixedUnits(perUnit(money('2.5'), 1_000_000));
    expect(perToken).toBe(25n * 10n ** 23n);
    expect(formatFixedUnits((perToken ?? 0n) * 86n)).toBe('0.000215');
    expect(formatFixedUnits(0n)).toBe('0');
    expect(formatFixedUnits(toFixedUnits(money('12')) ?? 0n)).toBe('12');
    expect(formatFixedUnits(toFixedUnits(money('1.000000000000000000000000000001')) ?? 0n)).toBe(
      '1.000000000000000000000000000001',
    );
    expect(toFixedUnits(money('0.0000000000000000000000000000001'))).toBeUndefined();
  });
});

describe('canonical amounts and pico-dollars', () => {
  it.each([
    ['1', '1'],
    ['01.500', '1.5'],
    ['0.000000000001', '0.000000000001'],
    ['0.0000000000011', '0.000000000002'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [12, '12'],
    ['0.000', '0'],
  ])('canonicalUsd(%j) is %s', (input, expected) => {
    expect(canonicalUsd(input, 'amount')).toBe(expected);
  });

  it('rounds down when asked and rejects bad input', () => {
    expect(canonicalUsd('0.0000000000019', 'amount', 'down')).toBe('0.000000000001');
    expect(() => canonicalUsd('-1', 'amount')).toThrow(InvalidAmountError);
    expect(() => canonicalUsd(Number.NaN, 'amount')).toThrow(InvalidAmountError);
  });

  it('round-trips through pico-dollars exactly', () => {
    for (const usd of [
      '0',
      '1',
      '0.1',
      '123.456789012345'.slice(0, 16),
      '0.000000000001',
      '1000000000',
    ]) {
      expect(picoToUsd(usdToPico(canonicalUsd(usd, 'x')))).toBe(canonicalUsd(usd, 'x'));
    }
    expect(picoToUsd(-1_500_000_000_000n)).toBe('-1.5');
  });
});

describe('the largest amount', () => {
  it('accepts up to a trillion dollars and refuses more', () => {
    expect(canonicalUsd('1000000000000', 'x')).toBe('1000000000000');
    expect(canonicalUsd('999999999999.999999999999', 'x')).toBe('999999999999.999999999999');
    for (const value of [
      '1000000000000.01',
      '10000000000000',
      1e13,
      3.2e69,
      '1000000000000.0000000000001',
    ]) {
      expect(() => canonicalUsd(value, 'x')).toThrow(/at most 1000000000000/);
    }
    expect(() => parseUsd(2e12, 'x')).toThrow(InvalidAmountError);
  });

  it('readPico gives the canonical string and its exact pico count, as big.js does, for any decimal', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(
        digits(1, 13),
        fc.option(digits(1, 16), { nil: undefined }),
        fc.constantFrom<'up' | 'down'>('up', 'down'),
        (whole, fraction, rounding) => {
          const text = fraction === undefined ? whole : `${whole}.${fraction}`;
          const exact = parseUsd(text, 'amount');
          const rounded = rounding === 'up' ? roundUp(exact) : roundDown(exact);
          const read = readPico(text, 'amount', rounding);
          expect(read.usd).toBe(formatUsd(rounded));
          expect(read.pico).toBe(BigInt(rounded.times('1000000000000').toFixed(0)));
          expect(usdToPico(read.usd)).toBe(read.pico);
          expect(canonicalUsd(text, 'amount', rounding)).toBe(read.usd);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('readPico refuses what is not a plain non-negative decimal, naming the field', () => {
    for (const bad of ['', '.5', '5.', '1.2.3', '-1', '1e3', ' ', 'abc', '0x10', '1,5']) {
      expect(() => readPico(bad, 'amountUsd', 'up')).toThrow(InvalidAmountError);
    }
    expect(() => readPico('1000000000000.000000000001', 'amountUsd', 'up')).toThrow(/amountUsd/);
    expect(readPico(0.1, 'amountUsd', 'up')).toEqual({ usd: '0.1', pico: 100000000000n });
    expect(readPico('1000000000000', 'amountUsd', 'up').pico).toBe(10n ** 24n);
  });

  it('refuses a decimal with whitespace around or inside it, as any malformed amount', () => {
    for (const spaced of [' 1', '1 ', '\n1', '1\n', '\t0.5', ' 0.50 ', '1 .5', '\u00a01']) {
      expect(() => canonicalUsd(spaced, 'amountUsd')).toThrow(
        `amountUsd: expected a non-negative decimal (string or finite number), received "${spaced}"`,
      );
      expect(() => parseUsd(spaced, 'amountUsd')).toThrow(InvalidAmountError);
      expect(isUsd(spaced)).toBe(false);
    }
    expect(isUsd('0.50')).toBe(true);
  });
});
