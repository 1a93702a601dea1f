import { picoToUsd } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactTotals } from './exact-totals.js';

// A settled amount: up to $10 with 12 places, as stores keep them.
const amount = fc.bigInt({ min: 0n, max: 10_000_000_000_000n });

describe('ExactTotals', () => {
  it('sums many small costs to exactly their total, rounded to a number once', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 300 }), (picos) => {
        const totals = new ExactTotals();
        for (const pico of picos) totals.add('gpt-4o', { model: 'gpt-4o' }, [picoToUsd(pico)]);
        const exact = picos.reduce((sum, pico) => sum + pico, 0n);
        const [entry] = [...totals.entries()];
        expect(entry?.usd).toBe(picoToUsd(exact));
        expect(entry?.value).toBe(Number(picoToUsd(exact)));
      }),
    );
  });

  it('does not drift where adding floats call by call does', () => {
    const totals = new ExactTotals();
    let floating = 0;
    for (let call = 0; call < 100_000; call += 1) {
      totals.add('', {}, ['0.000123']);
      floating += 0.000123;
    }
    const [entry] = [...totals.entries()];
    expect(entry?.usd).toBe('12.3');
    expect(entry?.value).toBe(12.3);
    expect(floating).not.toBe(12.3);
  });

  it('keeps one sum per key and per measure', () => {
    const totals = new ExactTotals(2);
    totals.add('a', { a: '1' }, ['0.1', '1']);
    totals.add('a', { a: '1' }, ['0.2', '2']);
    totals.add('b', { a: '2' }, ['0.4']);
    const read = (measure: number) =>
      [...totals.entries(measure)].map((entry) => [entry.attributes, entry.usd]);
    expect(read(0)).toEqual([
      [{ a: '1' }, '0.3'],
      [{ a: '2' }, '0.4'],
    ]);
    expect(read(1)).toEqual([
      [{ a: '1' }, '3'],
      [{ a: '2' }, '0'],
    ]);
  });
});
