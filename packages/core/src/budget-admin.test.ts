import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { adjustBudget, storedLink } from './budget-admin.js';
import { BudgetClosedError, BudgetNotFoundError, TollgateError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { purgeableBudgets } from './purgeable-budgets.js';

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
