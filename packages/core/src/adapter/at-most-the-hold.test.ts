import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { usageTokens } from '../call-usage.js';
import { InvalidOptionsError } from '../errors.js';
import { compareMoney, money, picoToUsd } from '../money.js';
import { atMostTheHold } from './at-most-the-hold.js';
import type { Charge } from './types.js';

const tokens = usageTokens({ uncached: 40 }, { text: 900 });
const partial = (costUsd: string): Charge => ({
  costUsd,
  details: { model: 'gpt-4.1', tokens, partial: true },
});

describe('atMostTheHold', () => {
  test('a charge within its hold is returned as it came, not marked capped', () => {
    const charge = partial('0.0002');
    expect(atMostTheHold(charge, '0.0002')).toBe(charge);
    expect(atMostTheHold(charge, '0.01')).toBe(charge);
  });

  test('a charge above its hold costs the hold and keeps its tokens, marked capped with what they price to', () => {
    expect(atMostTheHold(partial('0.0123'), '0.01')).toEqual({
      costUsd: '0.01',
      details: { model: 'gpt-4.1', tokens, partial: true, capped: true, uncappedUsd: '0.0123' },
    });
  });

  test('never more than the hold, and the hold only when the charge was above it (any amounts)', () => {
    const usd = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(picoToUsd);
    fc.assert(
      fc.property(usd, usd, (cost, hold) => {
        const capped = atMostTheHold(partial(cost), hold);
        const over = compareMoney(money(cost), money(hold)) > 0;
        expect(capped.costUsd).toBe(over ? hold : cost);
        expect(capped.details.capped).toBe(over ? true : undefined);
        expect(capped.details.uncappedUsd).toBe(over ? cost : undefined);
      }),
    );
  });

  test('details the ledger would refuse are refused here, where the charge is built', () => {
    const charge = { costUsd: '2', details: { model: 'm', tokens: { output: -1 } } } as never;
    expect(() => atMostTheHold(charge, '1')).toThrow(InvalidOptionsError);
  });
});
