import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { BudgetConflictError } from '../errors.js';
import type { BudgetStore } from '../store.js';
import { anotherHandle } from './another-handle.js';
import { manualClock } from './manual-clock.js';

const hourMs = 3_600_000;

/**
 * A child given no window follows its parent's; `window: null` never resets; a child stored
 * without a window (before windows were inherited) attaches as it was. Registered by
 * `describeBudgetStore`.
 */
export function inheritedWindowTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it("resets a child with no window of its own at its parent's window", async () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 23));
    const store = await open();
    const session = createBudget({
      id: freshId('day'),
      limitUsd: '5',
      window: 'day',
      store,
      clock,
    });
    const plan = session.child({ id: freshId('plan'), limitUsd: '1' });
    const user = plan.child({ id: freshId('user'), limitUsd: '0.5' });
    const forever = session.child({ id: freshId('forever'), limitUsd: '1', window: null });
    await (await user.reserve('0.4')).settle('0.4');
    await (await forever.reserve('0.3')).settle('0.3');
    expect(await plan.status()).toMatchObject({
      spentUsd: '0.4',
      resetsAt: '2026-01-06T00:00:00.000Z',
    });
    clock.advance(hourMs);
    expect(await user.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    expect(await plan.status()).toMatchObject({ spentUsd: '0', remainingUsd: '1' });
    const foreverStatus = await forever.status();
    expect(foreverStatus).toMatchObject({ spentUsd: '0.3', calls: 1 });
    expect(foreverStatus.resetsAt).toBeUndefined();
    expect((await store.list()).find((row) => row.id === plan.id)?.window).toEqual({
      unit: 'day',
    });
  });

  it('attaches a child stored without a window to a parent that has one, keeping it', async () => {
    const store = await open();
    const rootId = freshId('legacy-root');
    const childId = freshId('legacy-child');
    // What code before inherited windows stored: a windowed parent, a child without one.
    await store.define({ id: rootId, parentId: null, limitUsd: '5', window: { unit: 'day' } }, 0);
    await store.define({ id: childId, parentId: rootId, limitUsd: '1', window: null }, 0);
    const clock = manualClock(Date.UTC(2026, 0, 5, 23));
    const root = createBudget({ id: rootId, limitUsd: '5', window: 'day', store, clock });
    const child = root.child({ id: childId, limitUsd: '1' });
    await (await child.reserve('0.25')).settle('0.25');
    clock.advance(2 * hourMs);
    const status = await child.status();
    expect(status).toMatchObject({ spentUsd: '0.25', limitUsd: '1' });
    expect(status.resetsAt).toBeUndefined();
    expect(await root.status()).toMatchObject({ spentUsd: '0' });
  });

  it('still refuses a stored window that is neither the inherited one nor none', async () => {
    const store = await open();
    const root = createBudget({ id: freshId('w-root'), limitUsd: '5', window: 'day', store });
    const id = freshId('w-child');
    await root.child({ id, limitUsd: '1', window: 'month' }).status();
    // Each declared as another process would: this one refuses another definition itself.
    const rootElsewhere = () =>
      createBudget({ id: root.id, limitUsd: '5', window: 'day', store: anotherHandle(store) });
    const attach = rootElsewhere().child({ id, limitUsd: '1' }).status();
    await expect(attach).rejects.toBeInstanceOf(BudgetConflictError);
    await expect(rootElsewhere().child({ id, limitUsd: '1' }).status()).rejects.toThrow(
      /inherited from parent/,
    );
    const raised = rootElsewhere().child({ id, limitUsd: '2', window: 'month' });
    expect(await raised.status()).toMatchObject({
      limitUsd: '2',
    });
  });
}
