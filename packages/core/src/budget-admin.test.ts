import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { adjustBudget, storedLink } from './budget-admin.js';
import { BudgetClosedError, BudgetNotFoundError, TollgateError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { purgeableBudgets } from './purgeable-budgets.js';
import { scriptedStore } from './test-support/scripted-store.js';

describe('administration helpers', () => {
  it('changes a budget by id at the time given, with who made the change', async () => {
    const store = memoryStore();
    const budget = createBudget({ id: 'admin-by-id', limitUsd: '1', window: 'day', store });
    await budget.status();
    const at = Date.UTC(2026, 5, 1, 12);
    const outcome = await adjustBudget({
      store,
      budgetId: budget.id,
      action: 'close',
      amountUsd: '99', // ignored: a close moves no money
      reason: ' shutting down ',
      actor: 'ops-bot',
      now: at,
    });
    expect(outcome.entry).toMatchObject({
      action: 'close',
      amountUsd: '0',
      requestedUsd: '0',
      at,
      reason: 'shutting down',
      actor: 'ops-bot',
    });
    expect(outcome.after.closedAt).toBe(at);
    const defaulted = await adjustBudget({
      store,
      budgetId: budget.id,
      action: 'reset',
      reason: 'x',
    });
    expect(defaulted.entry.at).toBeGreaterThan(at);
    expect(defaulted.entry).not.toHaveProperty('actor');
    await expect(
      adjustBudget({ store, budgetId: 'bad id!', action: 'reset', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'INVALID_BUDGET_ID' });
  });

  it.each([
    [
      null,
      'INVALID_OPTIONS',
      'Invalid adjustBudget options: (options): expected object, received null',
    ],
    ['reset', 'INVALID_OPTIONS', '(options): expected object, received "reset"'],
    [
      { store: undefined },
      'INVALID_OPTIONS',
      'store: expected a budget store (memoryStore(), sqliteStore(), redisStore()), received undefined',
    ],
    [
      { store: {} },
      'INVALID_OPTIONS',
      'store: expected a budget store (memoryStore(), sqliteStore(), redisStore()), received an object',
    ],
    [{ store: { reserve: () => undefined } }, 'INVALID_OPTIONS', 'store: expected a budget store'],
    [
      { action: 'explode' },
      'INVALID_OPTIONS',
      'action: expected one of set-limit, top-up, credit, reset, close, received "explode"',
    ],
    [{ action: 'topUp' }, 'INVALID_OPTIONS', 'received "topUp"; did you mean top-up?'],
    [
      { action: undefined },
      'INVALID_OPTIONS',
      'action: expected one of set-limit, top-up, credit, reset, close, received undefined',
    ],
    [
      { now: 'yesterday' },
      'INVALID_OPTIONS',
      'now: expected milliseconds since the epoch as a finite number from 0 (1970) to 8640000000000000 (the last time a Date can hold), received "yesterday"',
    ],
    [{ now: Number.POSITIVE_INFINITY }, 'INVALID_OPTIONS', 'received Infinity'],
    [{ amount: 5 }, 'INVALID_OPTIONS', 'unknown option "amount"; did you mean amountUsd?'],
    [{ reason: undefined }, 'INVALID_OPTIONS', 'reason: expected string, received undefined'],
    [{ budgetId: 7 }, 'INVALID_OPTIONS', 'budgetId: expected string, received 7 (number)'],
    [{ budgetId: 'bad id!' }, 'INVALID_BUDGET_ID', 'budgetId: expected 1 to 128 characters'],
    [
      { amountUsd: undefined },
      'INVALID_AMOUNT',
      'amountUsd: expected a non-negative decimal (string or finite number), received undefined',
    ],
    [{ amountUsd: ' 1' }, 'INVALID_AMOUNT', 'received " 1"'],
    [
      { action: 'set-limit', amountUsd: 1e-13 },
      'INVALID_OPTIONS',
      'amountUsd: expected at most 12 decimal places',
    ],
    [
      { action: 'set-limit', amountUsd: '5.0000000000001' },
      'INVALID_OPTIONS',
      'Invalid adjustBudget options: amountUsd: expected at most 12 decimal places (0.000000000001 USD, the smallest amount kept), received "5.0000000000001"',
    ],
    [
      { action: 'top-up', amountUsd: '0.0000000000019' },
      'INVALID_OPTIONS',
      'Invalid adjustBudget options: amountUsd: expected at most 12 decimal places (0.000000000001 USD, the smallest amount kept), received "0.0000000000019"',
    ],
  ])(
    'refuses adjustBudget(%j) with %s before the store is touched',
    async (change, code, message) => {
      const store = scriptedStore();
      await createBudget({ id: 'checked', limitUsd: '1', store }).status();
      const valid = { store, budgetId: 'checked', action: 'top-up', amountUsd: '1', reason: 'x' };
      const options =
        typeof change === 'object' && change !== null ? { ...valid, ...change } : change;
      const error = await adjustBudget(options as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TollgateError);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toContain(message);
      expect(store.calls.find).toBe(0);
      expect(store.calls.adjust).toBe(0);
      expect(await store.ledger({ kind: 'adjustment' })).toEqual([]);
    },
  );

  it('says a reason or actor of only spaces is refused as empty, for every change', async () => {
    const store = memoryStore();
    const budget = createBudget({ id: 'why', limitUsd: 1, store });
    const spaces = 'expected a reason that is not empty or only spaces, received "   "';
    await expect(budget.setLimit('2', { reason: '   ' })).rejects.toThrow(
      `Invalid budget.setLimit options: reason: ${spaces}`,
    );
    await expect(budget.topUp('1', { reason: '   ' })).rejects.toThrow(`reason: ${spaces}`);
    await expect(
      adjustBudget({ store, budgetId: 'why', action: 'reset', reason: '   ' }),
    ).rejects.toThrow(`Invalid adjustBudget options: reason: ${spaces}`);
    await expect(budget.close({ reason: 'done', actor: ' ' })).rejects.toThrow(
      'actor: expected an actor that is not empty or only spaces (or no actor), received " "',
    );
    await expect(budget.reset({ reason: 'r'.repeat(501) })).rejects.toThrow(
      'reason: expected a reason of at most 500 characters',
    );
    expect((await budget.status()).limitUsd).toBe('1');
  });

  it('builds the link of a stored budget for the window current at a time', () => {
    const snapshot = {
      id: 'linked',
      parentId: 'root',
      limitUsd: '2',
      spentUsd: '0',
      reservedUsd: '0',
      calls: 0,
      window: { unit: 'day' as const },
      windowStart: null,
    };
    expect(storedLink(snapshot, Date.UTC(2026, 0, 2, 5))).toEqual({
      id: 'linked',
      parentId: 'root',
      limitUsd: '2',
      window: { unit: 'day' },
      enforce: true,
      windowStart: Date.UTC(2026, 0, 2),
      windowEnd: Date.UTC(2026, 0, 3),
    });
    expect(storedLink({ ...snapshot, window: null }, 5)).toMatchObject({
      windowStart: null,
      windowEnd: null,
    });
  });

  it('purges closed budgets only with every descendant, and none that holds', () => {
    const budgets = [
      { id: 'root', parentId: null, closedAt: 10, holds: false },
      { id: 'mid', parentId: 'root', closedAt: 10, holds: false },
      { id: 'leaf', parentId: 'mid', closedAt: 50, holds: false },
      { id: 'other', parentId: null, closedAt: 10, holds: true },
      { id: 'open', parentId: null, closedAt: null, holds: false },
      { id: 'orphan', parentId: 'gone', closedAt: 1, holds: false },
    ];
    expect([...purgeableBudgets(budgets, 20)]).toEqual(['orphan']);
    expect([...purgeableBudgets(budgets, 60)].sort()).toEqual(['leaf', 'mid', 'orphan', 'root']);
  });

  it('gives closed and unknown budgets their own errors in the family', () => {
    const closed = new BudgetClosedError('plan', '0.5');
    expect(closed).toBeInstanceOf(TollgateError);
    expect(closed).toMatchObject({ code: 'BUDGET_CLOSED', budgetId: 'plan', requestedUsd: '0.5' });
    expect(closed.message).toContain('Budget "plan" is closed');
    const foreign = Object.assign(new Error('copy'), { code: 'BUDGET_CLOSED' });
    Object.defineProperty(foreign, Symbol.for('tollgate.error'), { value: true });
    expect(foreign).toBeInstanceOf(BudgetClosedError);
    expect(new BudgetNotFoundError('x', 'the sqlite store').message).toBe(
      'No budget "x" in the sqlite store.',
    );
  });
});
