import type { BudgetSnapshot, BudgetStore } from '@tollgate/core';
import { readStore } from './open-store.js';
import type { StoreLocation } from './parse-store-url.js';

/**
 * Every budget of the store as it stands at `now`. A store's `list()` reports what it last
 * wrote, so a hold whose process crashed would still show as held until some process touched
 * the budget. A snapshot cannot be recomputed as of `now` without the holds' deadlines, which
 * it does not carry, so the holds past their deadline are released first with
 * `store.expire(now)`: the same release every `reserve` and `budget.status()` makes lazily,
 * idempotent, and harmless to the call behind it (a settlement arriving later is still
 * charged, as a late entry).
 */
export async function currentBudgets(
  store: BudgetStore,
  location: StoreLocation,
  now: number,
): Promise<BudgetSnapshot[]> {
  return readStore(location, async () => {
    await store.expire(now);
    return store.list();
  });
}

/** One budget as it stands at `now` (see `currentBudgets`), or `undefined` if unknown. */
export async function currentBudget(
  store: BudgetStore,
  location: StoreLocation,
  id: string,
  now: number,
): Promise<BudgetSnapshot | undefined> {
  return readStore(location, async () => {
    await store.expire(now);
    return store.find(id);
  });
}
