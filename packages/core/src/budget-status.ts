import { isClosed } from './closed-ancestor.js';
import { isoTime } from './iso-time.js';
import { formatUsd, maxMoney, money, ZERO } from './money.js';
import type { BudgetSnapshot } from './store.js';

/** What `budget.status()` answers. Money is decimal strings of USD. */
export interface BudgetStatus {
  /** The budget's id. */
  id: string;
  /** The limit of the current window, in USD. */
  limitUsd: string;
  /** Settled spend in the current window. */
  spentUsd: string;
  /** Held by calls in flight. */
  reservedUsd: string;
  /** `limit - spent - reserved`, never below zero. */
  remainingUsd: string;
  /** Calls settled in the current window. */
  calls: number;
  /** True once settled spend has reached the limit: further calls are refused. */
  exceeded: boolean;
  /** When the current window ends and spend resets (ISO 8601), for budgets with a window. */
  resetsAt?: string;
  /**
   * When the budget was closed (ISO 8601): it refuses new calls. Absent while open. A time
   * a store holds past a Date's range (written by hand, or before times were checked) is
   * given as the number stored.
   */
  closedAt?: string;
  /**
   * The nearest budget above this open one that is closed: it refuses every call of this
   * budget (`BUDGET_CLOSED`) though this budget's own figures have room. Absent when the
   * budget is closed itself (see `closedAt`) or no budget above it is.
   */
  closedBy?: string;
}

/**
 * The status of budget `id` from the figures its store holds for the current window, which
 * ends at `windowEnd` (ms since epoch; `null` for a budget without a window).
 */
export function budgetStatus(
  id: string,
  snapshot: BudgetSnapshot,
  windowEnd: number | null,
): BudgetStatus {
  const limit = money(snapshot.limitUsd);
  const spent = money(snapshot.spentUsd);
  const reserved = money(snapshot.reservedUsd);
  const status: BudgetStatus = {
    id,
    limitUsd: snapshot.limitUsd,
    spentUsd: snapshot.spentUsd,
    reservedUsd: snapshot.reservedUsd,
    remainingUsd: formatUsd(maxMoney(limit.minus(spent).minus(reserved), ZERO)),
    calls: snapshot.calls,
    exceeded: spent.gte(limit),
  };
  if (windowEnd !== null) status.resetsAt = isoTime(windowEnd);
  if (isClosed(snapshot)) status.closedAt = isoTime(snapshot.closedAt);
  return status;
}
