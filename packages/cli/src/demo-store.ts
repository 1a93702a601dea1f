import type { BudgetStore } from '@tollgate/core';
import { openStore, readStore } from './open-store.js';
import { parseStoreUrl, type StoreLocation } from './parse-store-url.js';

/** A store the demo keeps its budgets in, and the run they belong to. */
export interface DemoStore {
  store: BudgetStore;
  location: StoreLocation;
  /** Prefix of this run's budget ids: `demo-1`, `demo-2`, … */
  run: string;
}

const RUN_ROOT = /^demo-(\d+)\/session$/;

/**
 * The next free run: one past the highest `demo-N/session` in the store. Each run gets
 * budgets of its own, so running the demo again on the same store replays the same story
 * (plan-b refused at the same call) and leaves the earlier runs to compare.
 */
export function nextDemoRun(budgetIds: readonly string[]): string {
  let highest = 0;
  for (const id of budgetIds) {
    const match = RUN_ROOT.exec(id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `demo-${highest + 1}`;
}

/**
 * Opens `--store` for the demo: a SQLite file is created if missing, and the store is read
 * once before any call, so an unreachable Redis fails the demo at once (exit 1) rather than
 * at its first call.
 */
export async function openDemoStore(url: string): Promise<DemoStore> {
  const location = parseStoreUrl(url);
  const store = await openStore(location, { create: true });
  try {
    const snapshots = await readStore(location, () => store.list());
    return { store, location, run: nextDemoRun(snapshots.map((snapshot) => snapshot.id)) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
