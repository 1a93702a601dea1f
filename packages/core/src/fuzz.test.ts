import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { codeOf, TollgateError } from './errors.js';
import { scriptedStore } from './test-support/scripted-store.js';

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

  it('reserve options and settlement details are checked before a store that writes JSON sees them', async () => {
    const store = scriptedStore();
    // Like the SQLite and Redis stores: anything that reaches them is written as JSON.
    const reserve = store.reserve;
    store.reserve = (command) => {
      JSON.stringify(command.metadata);
      return reserve(command);
    };
    const settle = store.settle;
    store.settle = (command) => {
      JSON.stringify(command.details);
      return settle(command);
    };
    const budget = createBudget({ id: 'json', limitUsd: '1000', store });
    const strange = fc.oneof(
      anyValue,
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
    );
    const field = fc.oneof(strange, fc.dictionary(fc.string(), strange));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          strange,
          fc.record(
            {
              metadata: field,
              ttlMs: strange,
              onLimit: strange,
              waitTimeoutMs: strange,
              waitingSince: strange,
            },
            { requiredKeys: [] },
          ),
        ),
        fc.oneof(
          strange,
          fc.record(
            { tokens: field, model: strange, metadata: field, extra: field },
            { requiredKeys: [] },
          ),
        ),
        async (options, details) => {
          let code: string | undefined;
          try {
            const reservation = await budget.reserve('0.01', options as never);
            await reservation.settle('0.01', details as never).catch(async (error: unknown) => {
              await reservation.release();
              throw error;
            });
          } catch (error) {
            expect(TollgateError.isInstance(error)).toBe(true);
            code = codeOf(error);
          }
          // A store that could not write the value would have answered STORE_UNAVAILABLE.
          expect(code === undefined || code === 'INVALID_OPTIONS').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    await budget.flush();
    expect(await budget.status()).toMatchObject({ reservedUsd: '0' });
  });
});
