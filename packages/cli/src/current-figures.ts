import { type BudgetSnapshot, type BudgetStore, money } from '@tollgate/core';
import { closedAncestor } from '@tollgate/core/internal';
import { readStore } from './open-store.js';
import type { StoreLocation } from './parse-store-url.js';

/**
 * Every budget of the store as it stands at `now`. A store's `list()` reports what it last
 * wrote, so a hold whose process crashed would still show as held until some process touched
 * the budget. A snapshot cannot be recomputed as of `now` without the holds' deadlines, which
 * it does not carry, so when something is held the holds past their deadline are released
 * with `store.expire(now)`: the same release every `reserve` and `budget.status()` makes
 * lazily, idempotent, and harmless to the call behind it (a settlement arriving later is
 * still charged, as a late entry). A store holding nothing is only read, never written.
 */
export async function budgetsAt(store: BudgetStore, now: number): Promise<BudgetSnapshot[]> {
  const snapshots = await store.list();
  if (!snapshots.some(holdsSomething)) return snapshots;
  const expired = await store.expire(now);
  return expired.length === 0 ? snapshots : store.list();
}

/** `budgetsAt`, with a failure to read reported as the store being unreadable (exit 1). */
export function currentBudgets(
  store: BudgetStore,
  location: StoreLocation,
  now: number,
): Promise<BudgetSnapshot[]> {
  return readStore(location, () => budgetsAt(store, now));
}

/** One budget as it stands at `now` (see `budgetsAt`), or `undefined` if unknown. */
export function currentBudget(
  store: BudgetStore,
  location: StoreLocation,
  id: string,
  now: number,
): Promise<BudgetSnapshot | undefined> {
  return readStore(location, async () => {
    const snapshot = await store.find(id);
    if (snapshot === undefined || !holdsSomething(snapshot)) return snapshot;
    const expired = await store.expire(now);
    return expired.length === 0 ? snapshot : store.find(id);
  });
}

function holdsSomething(snapshot: BudgetSnapshot): boolean {
  return money(snapshot.reservedUsd).gt(0);
}

/**
 * The nearest budget above `snapshot` that is closed (its calls are refused by it), or
 * `undefined`: core's `closedAncestor`, the one `budget.status()` answers `closedBy` with,
 * with a failure to read reported as the store being unreadable (exit 1).
 */
export function closedAbove(
  store: BudgetStore,
  location: StoreLocation,
  snapshot: BudgetSnapshot,
): Promise<string | undefined> {
  return readStore(location, () => closedAncestor(store, snapshot));
}
