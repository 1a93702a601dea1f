import { describe, expect, it } from 'vitest';
import { memoryStore } from '../memory-store.js';
import { holdReservations } from './hold-reservations.js';
import { benchLink, lanesRate, storePairRate } from './store-pair-rate.js';

describe('store bench helpers', () => {
  it('run exactly the operations asked, the lanes at once', async () => {
    let running = 0;
    let most = 0;
    let done = 0;
    const rate = await lanesRate(40, 4, async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      done += 1;
    });
    expect(done).toBe(40);
    expect(most).toBe(4);
    expect(rate).toBeGreaterThan(0);
  });

  it('settle every pair they reserve, leaving nothing held', async () => {
    const store = memoryStore();
    await storePairRate(store, 'bench', 25, 5);
    const figures = await store.status(benchLink('bench'), Date.now());
    expect(figures).toMatchObject({ calls: 25, reservedUsd: '0', spentUsd: '0.03425' });
  });

  it('hold reservations for a crash test and report the latest deadline', async () => {
    const store = memoryStore();
    const before = Date.now();
    const { expiresAt } = await holdReservations(store, {
      id: 'held',
      limitUsd: '1',
      amountUsd: '0.2',
      count: 3,
      ttlMs: 60_000,
    });
    expect(expiresAt).toBeGreaterThanOrEqual(before + 60_000);
    expect(await store.status(benchLink('held'), Date.now())).toMatchObject({ reservedUsd: '0.6' });
  });
});
