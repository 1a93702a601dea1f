import type { BudgetRefusal } from './errors.js';
import { picoToUsd } from './money.js';

/** A budget's money as a store keeps it: exact integer counts of 10^-12 dollars. */
export interface PicoFigures {
  /** The budget's limit. */
  limit: bigint;
  /** Settled spend in the current window. */
  spent: bigint;
  /** Held by reservations in flight. */
  reserved: bigint;
}

/**
 * Why budget `budgetId` refuses to hold `amount` more, or `undefined` when it admits it:
 * it admits while `spent < limit` and `spent + reserved + amount <= limit`. The rule every
 * store keeps, in one place for the stores that count in pico-dollars.
 */
export function picoRefusal(
  budgetId: string,
  figures: PicoFigures,
  amount: bigint,
  amountUsd: string,
): BudgetRefusal | undefined {
  const { limit, spent, reserved } = figures;
  if (spent < limit && spent + reserved + amount <= limit) return undefined;
  return budgetRefusal(budgetId, figures, amountUsd, spent < limit && spent + amount <= limit);
}

/**
 * The refusal a store reports with `ended: true` (a reserve of an id already released):
 * the leaf's figures, and nothing held.
 */
export function endedRefusal(
  budgetId: string,
  figures: PicoFigures,
  amountUsd: string,
): BudgetRefusal {
  return budgetRefusal(budgetId, figures, amountUsd, false);
}

/**
 * The refusal of budget `budgetId` with its figures as decimal strings. `heldOnly` is true
 * when the holds of other calls in flight are all that stand in the way (the call would
 * fit once they end), as `picoRefusal` works it out; a store whose rule ran elsewhere (a
 * Lua script) passes the answer it got.
 */
export function budgetRefusal(
  budgetId: string,
  figures: PicoFigures,
  requestedUsd: string,
  heldOnly: boolean,
): BudgetRefusal {
  return {
    budgetId,
    limitUsd: picoToUsd(figures.limit),
    spentUsd: picoToUsd(figures.spent),
    reservedUsd: picoToUsd(figures.reserved),
    requestedUsd,
    heldOnly,
  };
}
