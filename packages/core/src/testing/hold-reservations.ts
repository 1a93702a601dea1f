import { createBudget } from '../budget.js';
import type { BudgetStore } from '../store.js';

/** What a crash-test worker holds. */
export interface HoldConfig {
  /** The budget to hold on (created if missing). */
  id: string;
  /** The budget's limit, in USD. */
  limitUsd: string;
  /** The amount of each reservation, in USD. */
  amountUsd: string;
  /** How many reservations to hold. */
  count: number;
  /** Each reservation's time to live, in milliseconds. */
  ttlMs: number;
}

/**
 * The body of a crash-test worker: holds `count` reservations on the budget and returns
 * the latest deadline. The worker prints it and waits to be killed, never ending them.
 */
export async function holdReservations(
  store: BudgetStore,
  config: HoldConfig,
): Promise<{
  /** The latest deadline of the reservations held, in epoch milliseconds. */
  expiresAt: number;
}> {
  const budget = createBudget({
    id: config.id,
    limitUsd: config.limitUsd,
    ttlMs: config.ttlMs,
    store,
  });
  const held = await Promise.all(
    Array.from({ length: config.count }, () => budget.reserve(config.amountUsd)),
  );
  return { expiresAt: Math.max(...held.map((reservation) => reservation.expiresAt)) };
}
