import { randomUUID } from 'node:crypto';
import type { BudgetStore, ChainLink } from '../store.js';

/** Runs `count` operations, `inFlight` at a time (each lane starts the next when one ends); returns operations per second. */
export async function lanesRate(
  count: number,
  inFlight: number,
  operation: () => Promise<unknown>,
): Promise<number> {
  let started = 0;
  const lane = async () => {
    while (started < count) {
      started += 1;
      await operation();
    }
  };
  const begun = performance.now();
  await Promise.all(Array.from({ length: inFlight }, lane));
  return count / ((performance.now() - begun) / 1000);
}

/** A root budget link with a limit no bench reaches. */
export function benchLink(id: string): ChainLink {
  return {
    id,
    parentId: null,
    limitUsd: '1000000000',
    window: null,
    enforce: true,
    windowStart: null,
    windowEnd: null,
  };
}

/**
 * Reserve+settle pairs per second through the store contract on a depth-1 chain,
 * `inFlight` pairs at a time (1: one after the other). The store benches of every
 * package measure with this, so their figures are comparable.
 */
export async function storePairRate(
  store: BudgetStore,
  budgetId: string,
  count: number,
  inFlight = 1,
): Promise<number> {
  const chain = [benchLink(budgetId)];
  await store.define(benchLink(budgetId), Date.now());
  return lanesRate(count, inFlight, async () => {
    const reservationId = randomUUID();
    const now = Date.now();
    await store.reserve({ reservationId, chain, amountUsd: '0.002', now, expiresAt: now + 60_000 });
    await store.settle({
      reservationId,
      chain,
      reservedUsd: '0.002',
      actualUsd: '0.00137',
      now,
      details: { model: 'bench' },
    });
  });
}
