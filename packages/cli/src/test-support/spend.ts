import { type BudgetStore, createBudget } from '@tollgate/core';
import { redisStore } from '@tollgate/redis';
import { sqliteStore } from '@tollgate/sqlite';

/** One spend to make on a budget of a store. */
export interface SpendSpec {
  /** `sqlite:PATH` or `redis://…`. */
  store: string;
  /** Session budget (root) and an optional plan under it. */
  root: { id: string; limitUsd: string; window?: 'day' | 'week' | 'month' };
  plan?: { id: string; limitUsd: string };
  /** Settled calls: each reserves `holdUsd` then settles `costUsd`. */
  calls: Array<{
    model: string;
    provider: string;
    costUsd: string;
    holdUsd?: string;
    input: number;
    output: number;
  }>;
  /** A reservation left held (in flight) after the calls. */
  holdUsd?: string;
}

/** Opens a store from a CLI-style URL (tests only; the CLI has its own parser). */
export function storeOf(url: string): BudgetStore {
  if (url.startsWith('sqlite:')) return sqliteStore({ path: url.replace(/^sqlite:(\/\/)?/, '') });
  return redisStore({ url });
}

/** Defines the budgets and makes the calls, the way an application would. */
export async function spend(spec: SpendSpec): Promise<void> {
  const store = storeOf(spec.store);
  try {
    const root = createBudget({ ...spec.root, store });
    const leaf = spec.plan === undefined ? root : root.child(spec.plan);
    for (const call of spec.calls) {
      const reservation = await leaf.reserve(call.holdUsd ?? call.costUsd);
      await reservation.settle(call.costUsd, {
        provider: call.provider,
        model: call.model,
        tokens: { input: call.input, output: call.output },
        pricingVersion: 'test',
      });
    }
    // Left held on purpose: status shows it until its time-to-live releases it.
    if (spec.holdUsd !== undefined) await leaf.reserve(spec.holdUsd);
    await leaf.flush();
  } finally {
    await store.close();
  }
}
