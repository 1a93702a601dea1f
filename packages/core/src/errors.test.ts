import { describe, expect, it } from 'vitest';
import {
  BudgetExceededError,
  codeOf,
  describeValue,
  InvalidOptionsError,
  StoreInvalidError,
  StoreUnavailableError,
  TollgateError,
} from './errors.js';

describe('the error family', () => {
  it('recognises errors by marker and code, even from another copy of the package', () => {
    // What a duplicated install's error looks like: another class, the same Symbol.for marker.
    const foreign = Object.assign(new Error('from another copy'), { code: 'BUDGET_EXCEEDED' });
    Object.defineProperty(foreign, Symbol.for('tollgate.error'), { value: true });
    expect(foreign).toBeInstanceOf(TollgateError);
    expect(foreign).toBeInstanceOf(BudgetExceededError);
    expect(foreign).not.toBeInstanceOf(InvalidOptionsError);
    expect(TollgateError.isInstance(foreign)).toBe(true);
    expect(codeOf(foreign)).toBe('BUDGET_EXCEEDED');
    expect(codeOf(new Error('plain'))).toBeUndefined();
    expect(new Error('plain')).not.toBeInstanceOf(TollgateError);
    expect(new InvalidOptionsError('bad')).toMatchObject({
      name: 'InvalidOptionsError',
      issues: [],
    });
  });

  it('tells a store that cannot be used apart from one that is down', () => {
    const cause = new Error('file is not a database');
    const invalid = new StoreInvalidError('bad file', { cause });
    expect(invalid).toMatchObject({ code: 'STORE_INVALID', name: 'StoreInvalidError', cause });
    expect(invalid).toBeInstanceOf(TollgateError);
    expect(invalid).not.toBeInstanceOf(StoreUnavailableError);
  });

  it('marks a refusal or misuse as final and an unreachable store as worth retrying', () => {
    // How LangChain reads the mark (@langchain/core/errors getRetryable): an own property.
    const langChainRetryable = (error: object): unknown =>
      Object.getOwnPropertyDescriptor(error, Symbol.for('langchain.errors.retryable'))?.value;
    const refusal = new BudgetExceededError(
      {
        budgetId: 'b',
        limitUsd: '1',
        spentUsd: '1',
        reservedUsd: '0',
        requestedUsd: '0.5',
        heldOnly: false,
      },
      'refused',
    );
    const down = new StoreUnavailableError('the store is down');
    for (const [error, retryable] of [
      [refusal, false],
      [new InvalidOptionsError('bad'), false],
      [new StoreInvalidError('bad file'), false],
      [down, true],
    ] as const) {
      expect(error.retryable).toBe(retryable);
      expect(langChainRetryable(error)).toBe(retryable);
    }
    // Invisible to JSON, spreads and key listings: the error's shape is unchanged.
    expect(Object.keys(refusal)).not.toContain('retryable');
    expect(JSON.stringify(down)).not.toContain('retryable');
  });

  it('describes any value for a message without dumping it', () => {
    expect(describeValue('x'.repeat(80))).toBe(`"${'x'.repeat(57)}..."`);
    expect(describeValue(10n)).toBe('10 (bigint)');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue({ toString: 5 })).toBe('an object');
    expect(describeValue(new Date(0))).toBe('a Date (1970-01-01T00:00:00.000Z)');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    expect([describeValue(undefined), describeValue(null), describeValue(true)]).toEqual([
      'undefined',
      'null',
      'true (boolean)',
    ]);
  });
});
