import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { StoreUnavailableError } from './errors.js';
import type { StoreUnavailableEvent } from './events.js';
import { flakyStore } from './testing/flaky-store.js';

describe('the store-unavailable event', () => {
  it('reports a reservation refused because the store is down, on the budget and its ancestors', async () => {
    const store = flakyStore();
    const root = createBudget({ id: 'root', limitUsd: 1, store });
    const leaf = root.child({ id: 'leaf', limitUsd: 1 });
    const heard: StoreUnavailableEvent[] = [];
    root.on('store-unavailable', (event) => heard.push(event));
    store.down = true;
    // The first reserve fails defining the chain, the next (once defined) fails reserving.
    await expect(leaf.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    store.down = false;
    await (await leaf.reserve('0.1')).release();
    store.down = true;
    await expect(leaf.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(heard.map((event) => [event.budgetId, event.allowed])).toEqual([
      ['leaf', false],
      ['leaf', false],
    ]);
    expect(heard[0]?.error).toBeInstanceOf(StoreUnavailableError);
  });

  it("says the call went ahead unheld with onStoreError: 'allow'", async () => {
    const store = flakyStore();
    const budget = createBudget({ id: 'open', limitUsd: 1, store, onStoreError: 'allow' });
    const heard: StoreUnavailableEvent[] = [];
    budget.on('store-unavailable', (event) => heard.push(event));
    store.down = true;
    const reservation = await budget.reserve('0.1');
    expect(reservation.backed).toBe(false);
    expect(heard.map((event) => event.allowed)).toEqual([true]);
  });

  it('says nothing while the store answers', async () => {
    const budget = createBudget({ id: 'fine', limitUsd: 1, store: flakyStore() });
    const heard: StoreUnavailableEvent[] = [];
    budget.on('store-unavailable', (event) => heard.push(event));
    await (await budget.reserve('0.1')).settle('0.05');
    expect(heard).toEqual([]);
  });
});
