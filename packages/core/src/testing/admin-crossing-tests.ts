import { expect, it } from 'vitest';
import { type Budget, createBudget } from '../budget.js';
import type { ExceededEvent, ThresholdEvent } from '../events.js';
import type { BudgetStore } from '../store.js';
import { anotherHandle } from './another-handle.js';
import { manualClock } from './manual-clock.js';

/** What a budget's `threshold` and `exceeded` listeners heard, in order. */
function crossingsOf(budget: Budget): string[] {
  const heard: string[] = [];
  const note = (event: ThresholdEvent | ExceededEvent) =>
    heard.push(
      event.type === 'threshold'
        ? `threshold ${event.threshold} ${event.spentUsd}/${event.limitUsd}`
        : `exceeded ${event.spentUsd}/${event.limitUsd} +${event.overrunUsd}`,
    );
  budget.on('threshold', note);
  budget.on('exceeded', note);
  return heard;
}

/**
 * Administrative changes cross thresholds as settlements do (`setLimit` below the spend
 * fires `threshold` and `exceeded`; a change that moves the spend back under a mark fires
 * nothing and lets the next crossing fire again), once, in the window current at the change.
 * Registered by `describeBudgetStore`.
 */
export function adminCrossingTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('fires threshold and exceeded when a lowered limit crosses them, once', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('cut'), limitUsd: '1', store, thresholds: [0.5] });
    const root = crossingsOf(budget);
    await (await budget.reserve('0.3')).settle('0.3');
    await budget.setLimit('0.5', { reason: 'cut' });
    await budget.setLimit('0.3', { reason: 'cut to the spend' });
    // Already past every mark: lowering further, or closing, crosses nothing.
    await budget.setLimit('0.2', { reason: 'cut again' });
    await budget.close({ reason: 'over' });
    expect(root).toEqual(['threshold 0.5 0.3/0.5', 'exceeded 0.3/0.3 +0']);
  });

  it('fires nothing when raised, topped up, credited or reset, and the next crossing fires again', async () => {
    const store = await open();
    const parent = createBudget({ id: freshId('rearm-root'), limitUsd: '100', store });
    const budget = parent.child({ id: freshId('rearm'), limitUsd: '1', thresholds: [0.5] });
    const heard = crossingsOf(budget);
    const above = crossingsOf(parent);
    await (await budget.reserve('1')).settle('1');
    await budget.setLimit('4', { reason: 'raise' });
    await budget.setLimit('1', { reason: 'back down' });
    await budget.topUp('1', { reason: 'top-up' });
    await budget.credit('0.5', { reason: 'refund' });
    await budget.setLimit('0.5', { reason: 'cut' });
    await budget.reset({ reason: 'new sprint' });
    await (await budget.reserve('0.25')).settle('0.25');
    await budget.setLimit('0.25', { reason: 'cut to the spend' });
    expect(heard).toEqual([
      'threshold 0.5 1/1',
      'exceeded 1/1 +0',
      // 1 of 4 is below half; the limit back at 1 crosses both marks again.
      'threshold 0.5 1/1',
      'exceeded 1/1 +0',
      // Topped up to 2 and credited to 0.5: below half; cut to 0.5, past both again.
      'threshold 0.5 0.5/0.5',
      'exceeded 0.5/0.5 +0',
      // Reset to 0; 0.25 of 0.5 is half; cut to 0.25, the limit.
      'threshold 0.5 0.25/0.5',
      'exceeded 0.25/0.25 +0',
    ]);
    // Each event also reaches the listeners above; the parent's own limit is never crossed.
    expect(above).toEqual(heard);
  });

  it('reports each crossing to the budget object that made the change, not to another handle', async () => {
    const store = await open();
    const id = freshId('handles');
    const first = createBudget({ id, limitUsd: '1', store, thresholds: [0.5, 0.8] });
    const second = createBudget({ id, limitUsd: '1', store, thresholds: [0.5, 0.8] });
    const heardFirst = crossingsOf(first);
    const heardSecond = crossingsOf(second);
    await (await first.reserve('0.6')).settle('0.6');
    await Promise.all([
      second.setLimit('0.7', { reason: 'one cut' }),
      first.setLimit('0.6', { reason: 'another cut' }),
    ]);
    const all = [...heardFirst, ...heardSecond];
    expect(heardFirst[0]).toBe('threshold 0.5 0.6/1');
    // Whichever cut landed first crossed 0.8 (and, at 0.6, the limit); nothing fired twice.
    expect(all.filter((text) => text.startsWith('threshold 0.8'))).toHaveLength(1);
    expect(all.filter((text) => text.startsWith('exceeded'))).toHaveLength(1);
    expect(all.filter((text) => text.startsWith('threshold 0.5'))).toHaveLength(1);
  });

  it("judges a change in the window current at the change: yesterday's spend crosses nothing", async () => {
    const store = await open();
    const clock = manualClock(Date.UTC(2026, 0, 5, 15));
    const budget = createBudget({
      id: freshId('window-cut'),
      limitUsd: '1',
      window: 'day',
      store,
      clock,
      thresholds: [0.5],
    });
    const windows: (number | null | undefined)[] = [];
    budget.on('exceeded', (event) => windows.push(event.windowStart));
    const heard = crossingsOf(budget);
    await (await budget.reserve('0.4')).settle('0.4');
    clock.advance(86_400_000);
    await budget.setLimit('0.3', { reason: 'cut, next day' });
    await (await budget.reserve('0.2')).settle('0.2');
    await budget.setLimit('0.2', { reason: 'cut to the spend' });
    expect(heard).toEqual(['threshold 0.5 0.2/0.3', 'exceeded 0.2/0.2 +0']);
    expect(windows).toEqual([Date.UTC(2026, 0, 6)]);
  });

  it('treats a zero limit as past every mark once anything is spent', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('zero'), limitUsd: '1', store, thresholds: [0.5] });
    const heard = crossingsOf(budget);
    await budget.setLimit('0', { reason: 'freeze, nothing spent' });
    await budget.setLimit('1', { reason: 'thaw' });
    await (await budget.reserve('0.1')).settle('0.1');
    await budget.setLimit('0', { reason: 'freeze' });
    // Raised from a frozen, spent budget: nothing is crossed upward.
    await budget.setLimit('0.15', { reason: 'thaw' });
    expect(heard).toEqual(['exceeded 0.1/0 +0.1']);
  });

  it('fires threshold and exceeded when a new definition lowers the stored limit below the spend, once', async () => {
    const store = await open();
    const id = freshId('redefined');
    const first = createBudget({ id, limitUsd: '1', store, thresholds: [0.5] });
    await (await first.reserve('0.4')).settle('0.4');
    // Another process (or this one after a deploy) defines the budget again, lower.
    const lowered = createBudget({
      id,
      limitUsd: '0.3',
      store: anotherHandle(store),
      thresholds: [0.5],
    });
    const heard = crossingsOf(lowered);
    await lowered.ready();
    expect(heard).toEqual(['threshold 0.5 0.4/0.3', 'exceeded 0.4/0.3 +0.1']);
    expect(await lowered.status()).toMatchObject({ limitUsd: '0.3', spentUsd: '0.4' });
    // Defined again at a higher limit, or at the same one: nothing is crossed upward.
    const raised = createBudget({
      id,
      limitUsd: '2',
      store: anotherHandle(store),
      thresholds: [0.5],
    });
    const again = createBudget({
      id,
      limitUsd: '2',
      store: anotherHandle(store),
      thresholds: [0.5],
    });
    const quiet = [...crossingsOf(raised), ...crossingsOf(again)];
    await raised.ready();
    await again.ready();
    expect(quiet).toEqual([]);
  });

  it("judges a redefinition in the window current at it: yesterday's spend crosses nothing", async () => {
    const store = await open();
    const clock = manualClock(Date.UTC(2026, 0, 5, 15));
    const id = freshId('redefined-window');
    const day = { limitUsd: '1', window: 'day', store, clock, thresholds: [0.5] } as const;
    const first = createBudget({ id, ...day });
    await (await first.reserve('0.8')).settle('0.8');
    clock.advance(86_400_000);
    const lowered = createBudget({ id, ...day, limitUsd: '0.5', store: anotherHandle(store) });
    const heard = crossingsOf(lowered);
    await lowered.ready();
    expect(heard).toEqual([]);
    expect(await lowered.status()).toMatchObject({ limitUsd: '0.5', spentUsd: '0' });
  });

  it('leaves an administered limit to the administrator: a lower definition changes and crosses nothing', async () => {
    const store = await open();
    const id = freshId('administered');
    const first = createBudget({ id, limitUsd: '1', store, thresholds: [0.5] });
    await (await first.reserve('0.4')).settle('0.4');
    await first.setLimit('2', { reason: 'raised by hand' });
    const lowered = createBudget({
      id,
      limitUsd: '0.3',
      store: anotherHandle(store),
      thresholds: [0.5],
    });
    const heard = crossingsOf(lowered);
    await lowered.ready();
    expect(heard).toEqual([]);
    expect(await lowered.status()).toMatchObject({ limitUsd: '2' });
  });
}
