import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidAmountError } from '../errors.js';
import { picoToUsd } from '../money.js';
import { fixedToPico, fixedToUsd, picoToFixed, roundedPico } from './store-money.js';

describe('fixed-point money', () => {
  it('writes exactly twelve decimals, a minus before a negative amount', () => {
    expect(picoToFixed(125_000_000_000n)).toBe('0.125000000000');
    expect(picoToFixed(12_000_000_000_125n)).toBe('12.000000000125');
    expect(picoToFixed(0n)).toBe('0.000000000000');
    expect(picoToFixed(-500_000_000_000n)).toBe('-0.500000000000');
    expect(fixedToUsd('1.000000000000')).toBe('1');
    expect(fixedToUsd('-1.000000000001')).toBe('-1.000000000001');
  });

  it('reads back every amount it writes, and reads as core does', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 27n), max: 10n ** 27n }), (pico) => {
        const text = picoToFixed(pico);
        expect(text).toMatch(/^-?\d+\.\d{12}$/);
        expect(fixedToPico(text)).toBe(pico);
        expect(fixedToUsd(text)).toBe(picoToUsd(pico));
      }),
    );
  });
});

describe('roundedPico', () => {
  it('reads canonical amounts exactly and rounds longer ones up for holds, down for limits', () => {
    expect(roundedPico('0.125', 'up')).toBe(125_000_000_000n);
    expect(roundedPico('0.0000000000001', 'up')).toBe(1n);
    expect(roundedPico('0.0000000000019', 'down')).toBe(1n);
    expect(roundedPico('2', 'down')).toBe(2_000_000_000_000n);
  });

  it('rejects what is not an amount with a typed error naming what arrived', () => {
    expect(() => roundedPico('ten', 'up')).toThrow(InvalidAmountError);
    expect(() => roundedPico('-1', 'up')).toThrow(/-1/);
  });
});
