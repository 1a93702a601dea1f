import { describe, expect, it } from 'vitest';
import { BudgetExceededError, InvalidOptionsError, tollgateErrorOf } from './errors.js';

describe('tollgateErrorOf', () => {
  it('finds a Tollgate error itself or along the cause chain', () => {
    const refusal = new BudgetExceededError(
      {
        budgetId: 'b',
        limitUsd: '1',
        spentUsd: '1',
        reservedUsd: '0',
        requestedUsd: '1',
        heldOnly: false,
      },
      'no',
    );
    expect(tollgateErrorOf(refusal)).toBe(refusal);
    const wrapped = new Error('outer', { cause: new Error('middle', { cause: refusal }) });
    expect(tollgateErrorOf(wrapped)).toBe(refusal);
    const invalid = new InvalidOptionsError('bad');
    expect(tollgateErrorOf({ cause: invalid })).toBe(invalid);
  });

  it('is undefined for anything else, cycles included', () => {
    const cycle: { cause?: unknown } = {};
    cycle.cause = cycle;
    for (const value of [undefined, null, 'text', new Error('plain'), cycle]) {
      expect(tollgateErrorOf(value)).toBeUndefined();
    }
  });
});
