import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { TollgateError } from './errors.js';

/** Runs `operation` and says how it ended: a value, a Tollgate error, or anything else (a bug). */
async function outcome(operation: () => unknown): Promise<'value' | 'typed' | 'untyped'> {
  try {
    await operation();
    return 'value';
  } catch (error) {
    return TollgateError.isInstance(error) ? 'typed' : 'untyped';
  }
}

const anyValue = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.string(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    '1e9',
    '0x10',
    ' 1',
    '1.',
    '.5',
    '١',
  ),
);

describe('bad input ends in a typed error (fuzz)', () => {
  it('createBudget accepts or refuses any options with a TollgateError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyValue,
          fc.record({ id: anyValue, limitUsd: anyValue }, { requiredKeys: [] }),
          fc.dictionary(fc.string(), anyValue),
        ),
        async (options) => {
          expect(await outcome(() => createBudget(options as never))).not.toBe('untyped');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reserve, settle and child take any input without an untyped exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyValue,
        anyValue,
        fc.oneof(anyValue, fc.record({ id: anyValue, limitUsd: anyValue })),
        async (amount, actual, child) => {
          const budget = createBudget({ id: 'fuzz', limitUsd: '5' });
          expect(
            await outcome(async () => (await budget.reserve(amount as never)).release()),
          ).not.toBe('untyped');
          const reservation = await budget.reserve('0.01');
          expect(await outcome(() => reservation.settle(actual as never))).not.toBe('untyped');
          await reservation.release();
          expect(await outcome(() => budget.child(child as never))).not.toBe('untyped');
          expect((await budget.status()).reservedUsd).toBe('0');
        },
      ),
      { numRuns: 300 },
    );
  });
});
