import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { adjustBudget } from '../budget-admin.js';
import { BudgetClosedError, InvalidOptionsError } from '../errors.js';
import type { BudgetStore } from '../store.js';
import { chainLink } from './chain-link.js';
import { manualClock } from './manual-clock.js';

/**
 * Times a store must hold: core refuses one before 1970 or past a Date's range (a negative
 * close broke a whole Redis tree, one past the range made `status()` throw a RangeError),
 * and a store still reads one it holds (written by an earlier version, or a week window
 * that started before 1970). Registered by `describeBudgetStore`.
 */
export function storedTimeTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('refuses a close dated, or a clock reading, before 1970 or past a Date, writing nothing', async () => {
    const store = await open();
    const clock = manualClock();
    const parent = createBudget({ id: freshId('time-p'), limitUsd: '10', store, clock });
    const child = parent.child({ id: freshId('time-c'), limitUsd: '1' });
    const inFlight = await child.reserve('1');
    for (const now of [-1, -1e16, 8.64e15 + 1, 1e20]) {
      const close = adjustBudget({ store, budgetId: parent.id, action: 'close', now, reason: 'x' });
      const error = await close.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toMatch(
        /now: expected .* from 0 \(1970\) to 8640000000000000 .*, received -?\d+/,
      );
    }
    for (const now of [-1, 8.64e15 + 1]) {
      clock.set(now);
      await expect(parent.close({ reason: 'x' })).rejects.toThrow(
        /^Invalid clock: expected clock\.now\(\) to return .* from 0 \(1970\) to 8640000000000000 .*, received -?\d+ \(number\)$/,
      );
      await expect(child.reserve('0.1')).rejects.toBeInstanceOf(InvalidOptionsError);
    }
    clock.set(Date.UTC(2026, 0, 5, 12));
    await inFlight.settle('0.7');
    expect(await parent.status()).toMatchObject({ spentUsd: '0.7', reservedUsd: '0' });
    expect((await parent.status()).closedAt).toBeUndefined();
    expect(await parent.ledger({ kind: 'adjustment' })).toEqual([]);
  });

  it('takes a fractional time as given', async () => {
    const store = await open();
    const clock = manualClock(Date.UTC(2026, 0, 5) + 0.5);
    const budget = createBudget({ id: freshId('time-frac'), limitUsd: '1', store, clock });
    const child = budget.child({ id: freshId('time-frac-c'), limitUsd: '1', window: 'day' });
    const inFlight = await child.reserve('0.5');
    await adjustBudget({
      store,
      budgetId: budget.id,
      action: 'close',
      now: clock.now() - 1000.25,
      reason: 'x',
    });
    await inFlight.settle('0.25');
    expect(await child.status()).toMatchObject({
      spentUsd: '0.25',
      reservedUsd: '0',
      closedBy: budget.id,
    });
    await expect(child.reserve('0.1')).rejects.toBeInstanceOf(BudgetClosedError);
  });

  it('reads a budget the store holds closed before 1970 or past a Date, its calls in flight settling', async () => {
    for (const closedAt of [-1, -1e16]) {
      const store = await open();
      const parent = createBudget({ id: freshId('stored-p'), limitUsd: '10', store });
      const child = parent.child({ id: freshId('stored-c'), limitUsd: '1' });
      const inFlight = await child.reserve('1');
      // As an earlier version wrote it: straight to the store, past core's check.
      await store.adjust({
        adjustmentId: `close-${freshId('a')}`,
        link: chainLink(parent.id, '10'),
        action: 'close',
        amountUsd: '0',
        now: closedAt,
        reason: 'backdated',
      });
      expect((await store.find(parent.id))?.closedAt).toBe(closedAt);
      await inFlight.settle('0.7');
      const status = await parent.status();
      expect(status).toMatchObject({ spentUsd: '0.7', reservedUsd: '0' });
      expect(status.closedAt).toBe(closedAt === -1 ? '1969-12-31T23:59:59.999Z' : String(closedAt));
      expect(await child.status()).toMatchObject({ spentUsd: '0.7', closedBy: parent.id });
      await expect(child.reserve('0.1')).rejects.toBeInstanceOf(BudgetClosedError);
      expect((await store.list()).map((snapshot) => snapshot.id)).toContain(child.id);
    }
  });

  it('holds a week window that started before 1970 (a clock at 0, a Thursday)', async () => {
    const store = await open();
    const clock = manualClock(0);
    const budget = createBudget({
      id: freshId('week-1970'),
      limitUsd: '1',
      store,
      clock,
      window: 'week',
    });
    await (await budget.reserve('0.25')).settle('0.25');
    await (await budget.reserve('0.25')).settle('0.25');
    expect(await budget.status()).toMatchObject({
      spentUsd: '0.5',
      calls: 2,
      resetsAt: '1970-01-05T00:00:00.000Z',
    });
    clock.set(Date.UTC(1970, 0, 5));
    expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
  });
}
