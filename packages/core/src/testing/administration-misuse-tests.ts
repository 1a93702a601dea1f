import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { adjustBudget } from '../budget-admin.js';
import { InvalidAmountError, InvalidOptionsError } from '../errors.js';
import type { BudgetStore } from '../store.js';

/**
 * Misuse of administration on a store: bad changes refused at the call with nothing
 * recorded, and a topped-up limit kept within one trillion USD in the store's own atomic
 * step. Registered by `describeBudgetStore`, beside `administrationTests`.
 */
export function administrationMisuseTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('rejects bad administrative input at the call, recording nothing', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('misuse'), limitUsd: '1', store });
    await (await budget.reserve('0.2')).settle('0.2');
    const misuses: [() => Promise<unknown>, string, RegExp][] = [
      [() => budget.setLimit('-1', { reason: 'x' }), 'INVALID_AMOUNT', /limitUsd: expected/],
      [() => budget.topUp(Number.NaN, { reason: 'x' }), 'INVALID_AMOUNT', /amountUsd/],
      [() => budget.credit('1e3', { reason: 'x' }), 'INVALID_AMOUNT', /amountUsd/],
      // A limit past 12 decimal places is refused as createBudget refuses it, never rounded
      // (a positive limit below 10^-12 would become '0'; a top-up would add less than asked).
      [
        () => budget.setLimit('0.0000000000001', { reason: 'x' }),
        'INVALID_OPTIONS',
        /^Invalid budget\.setLimit options: limitUsd: expected at most 12 decimal places .*, received "0\.0000000000001"$/,
      ],
      [() => budget.setLimit(1e-13, { reason: 'x' }), 'INVALID_OPTIONS', /received 1e-13/],
      [
        () => budget.setLimit('2.0000000000009', { reason: 'x' }),
        'INVALID_OPTIONS',
        /^Invalid budget\.setLimit options: limitUsd: expected at most 12 decimal places .*, received "2\.0000000000009"$/,
      ],
      [
        () => budget.topUp('0.5000000000001', { reason: 'x' }),
        'INVALID_OPTIONS',
        /^Invalid budget\.topUp options: amountUsd: expected at most 12 decimal places .*, received "0\.5000000000001"$/,
      ],
      [
        () => budget.setLimit('1000000000000.000000000001', { reason: 'x' }),
        'INVALID_AMOUNT',
        /limitUsd: expected a decimal of at most 1000000000000/,
      ],
      [
        () =>
          adjustBudget({
            store,
            budgetId: budget.id,
            action: 'set-limit',
            amountUsd: '0.0000000000009',
            reason: 'x',
          }),
        'INVALID_OPTIONS',
        /^Invalid adjustBudget options: amountUsd: expected at most 12 decimal places/,
      ],
      // adjustBudget checks its whole call: nothing it was not documented to take is written.
      ...(
        [
          [
            { action: 'explode' },
            /action: expected one of set-limit, top-up, credit, reset, close/,
          ],
          [{ action: 'setLimit' }, /received "setLimit"; did you mean set-limit\?/],
          [{ action: undefined }, /action: expected one of .*, received undefined/],
          [
            { now: 'yesterday' },
            /now: expected milliseconds since the epoch .*, received "yesterday"/,
          ],
          [{ now: Number.NaN }, /now: expected milliseconds since the epoch .*, received NaN/],
          // A change dated in a later window would zero the current one's spend everywhere.
          [
            { now: Date.now() + 3 * 86_400_000 },
            /^Invalid adjustBudget options: now: expected a time no more than 5 minutes ahead of this process's clock \(at most \d{4}-.*\), received \d{4}-/,
          ],
          // A time no store can hold or no Date can print: refused before anything is written
          // (a negative one broke a whole Redis tree, one past a Date's range every status).
          [
            { now: 1e20 },
            /now: expected milliseconds since the epoch .* from 0 \(1970\) to 8640000000000000 .*, received 100000000000000000000/,
          ],
          [
            { now: -1 },
            /now: expected milliseconds since the epoch .* from 0 \(1970\) to 8640000000000000 .*, received -1/,
          ],
          [{ now: -1e16 }, /now: expected .*, received -10000000000000000/],
          [{ now: 8.64e15 + 1 }, /now: expected .*, received 8640000000000001/],
        ] as const
      ).map(([change, message]): [() => Promise<unknown>, string, RegExp] => [
        () =>
          adjustBudget({
            store,
            budgetId: budget.id,
            action: 'top-up',
            amountUsd: '1',
            reason: 'x',
            ...change,
          } as never),
        'INVALID_OPTIONS',
        message,
      ]),
      [() => budget.topUp('1', { reason: '  ' }), 'INVALID_OPTIONS', /budget\.topUp.*reason/],
      [
        () => budget.reset({ reason: 'x', who: 'me' } as never),
        'INVALID_OPTIONS',
        /unknown option "who"/,
      ],
      [() => budget.close(undefined as never), 'INVALID_OPTIONS', /budget\.close/],
      [
        () => adjustBudget({ store, budgetId: freshId('missing'), action: 'reset', reason: 'x' }),
        'BUDGET_NOT_FOUND',
        /No budget/,
      ],
    ];
    for (const [call, code, message] of misuses) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toMatch(message);
    }
    expect(await budget.ledger({ kind: 'adjustment' })).toEqual([]);
    expect(await budget.status()).toMatchObject({ limitUsd: '1', spentUsd: '0.2' });
  });

  it('refuses a purge query that is not { closedBefore: ms since the epoch }, deleting nothing', async () => {
    const store = await open();
    const done = createBudget({ id: freshId('purge-misuse'), limitUsd: '1', store });
    await (await done.reserve('0.2')).settle('0.1');
    const closed = await done.close({ reason: 'over' });
    const later = closed.at + 86_400_000;
    const expected =
      'closedBefore: expected milliseconds since the epoch as a finite number from 0 (1970) to 8640000000000000 (the last time a Date can hold), e.g. date.getTime()';
    // Each of these would have purged the closed budget, or failed as no InvalidOptionsError.
    const misuses: [unknown, RegExp][] = [
      [undefined, /^\(options\): expected object, received undefined$/],
      [null, /^\(options\): expected object, received null$/],
      [later, /^\(options\): expected object, received \d+ \(number\)$/],
      [{}, new RegExp(`^${literally(expected)}, received undefined$`)],
      [
        { closedBefore: new Date(later) },
        new RegExp(
          `^${literally(expected)}, received a Date \\(${literally(new Date(later).toISOString())}\\)$`,
        ),
      ],
      [
        { closedBefore: String(later) },
        new RegExp(`^${literally(expected)}, received "${later}"$`),
      ],
      [{ closedBefore: 'yesterday' }, new RegExp(`^${literally(expected)}, received "yesterday"$`)],
      [{ closedBefore: Number.NaN }, new RegExp(`^${literally(expected)}, received NaN`)],
      [
        { closedBefore: Number.POSITIVE_INFINITY },
        new RegExp(`^${literally(expected)}, received Infinity`),
      ],
      [{ closedBefore: -1 }, new RegExp(`^${literally(expected)}, received -1`)],
      [
        { closedBefore: 8.64e15 + 1 },
        new RegExp(`^${literally(expected)}, received 8640000000000001`),
      ],
      [{ closedBefore: 1e300 }, new RegExp(`^${literally(expected)}, received 1e\\+300`)],
      [
        { closedBefore: later, olderThan: 1 },
        /^olderThan: expected a documented option, received unknown option "olderThan"/,
      ],
      [{ closedbefore: later }, /did you mean closedBefore\?/],
    ];
    for (const [query, message] of misuses) {
      const error = await store.purge(query as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      const detail = (error as Error).message.replace(/^Invalid store\.purge options: /, '');
      expect(detail).toMatch(message);
    }
    expect(await store.find(done.id)).toMatchObject({ id: done.id, spentUsd: '0.1' });
    expect(await done.ledger()).toHaveLength(1);
  });

  it('keeps a topped-up limit within one trillion USD, refusing a top-up past it whole', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('cap'), limitUsd: '999999999999.5', store });
    await (await budget.reserve('0.25')).settle('0.25');
    const expected =
      'amountUsd: expected at most 0.5 (the limit of 999999999999.5 may be topped up to at most 1000000000000)';
    const misuses: [() => Promise<unknown>, string][] = [
      [
        () => budget.topUp('0.500000000001', { reason: 'x' }),
        `${expected}, received "0.500000000001"`,
      ],
      [
        () => budget.topUp(1_000_000_000_000, { reason: 'x' }),
        `${expected}, received "1000000000000"`,
      ],
      [
        () =>
          adjustBudget({
            store,
            budgetId: budget.id,
            action: 'top-up',
            amountUsd: '1',
            reason: 'x',
          }),
        `${expected}, received "1"`,
      ],
    ];
    for (const [call, message] of misuses) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidAmountError);
      expect((error as Error).message).toBe(message);
    }
    expect(await budget.ledger({ kind: 'adjustment' })).toEqual([]);
    expect(await budget.status()).toMatchObject({ limitUsd: '999999999999.5', spentUsd: '0.25' });
    // Up to the cap exactly is a top-up like any other; past it, nothing is left to add.
    expect(await budget.topUp('0.5', { reason: 'to the cap' })).toMatchObject({
      limitUsd: '1000000000000',
    });
    await expect(budget.topUp('0.000000000001', { reason: 'x' })).rejects.toThrow(
      'amountUsd: expected at most 0 (the limit of 1000000000000 may be topped up to at most 1000000000000), received "0.000000000001"',
    );
    expect(await budget.status()).toMatchObject({ limitUsd: '1000000000000', spentUsd: '0.25' });
    expect(await budget.ledger({ kind: 'adjustment' })).toHaveLength(1);
  });
}

/** `text` as a regular expression matching it literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
