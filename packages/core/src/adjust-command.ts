import type { BudgetSnapshot, ChainLink } from './budget-definition.js';
import type { AdjustmentAction, AdjustmentEntry } from './ledger-entry.js';

/**
 * Change one budget: applied atomically with every reserve and settle, on the figures of
 * the window current for `link` (rolled first, like a reserve). The store uses its own
 * stored limit; `link` recreates the budget if the store lost it.
 */
export interface AdjustCommand {
  /** A unique id for the change, kept as the ledger entry's `adjustmentId`. */
  adjustmentId: string;
  /** The budget to change, as a chain link (recreated from it if the store lost the budget). */
  link: ChainLink;
  /** What to do to the budget. */
  action: AdjustmentAction;
  /**
   * Canonical decimal string: the new limit (`set-limit`), the amount to add (`top-up`) or
   * give back (`credit`); `"0"` for `reset` and `close`.
   */
  amountUsd: string;
  /** The time of the change, ms since epoch (also rolls the window). */
  now: number;
  /** Why: free text kept on the ledger entry. */
  reason: string;
  /** Who: free text kept on the ledger entry, omitted when not given. */
  actor?: string;
}

/** The answer to an adjust. */
export interface AdjustOutcome {
  /** The ledger entry written for the change. */
  entry: AdjustmentEntry;
  /** The budget just before the change. */
  before: BudgetSnapshot;
  /** The budget just after the change. */
  after: BudgetSnapshot;
}

/** Which closed budgets `purge` deletes. */
export interface PurgeQuery {
  /**
   * Budgets closed strictly before this time, in milliseconds since the epoch: a number
   * from 0 (1970) to 8.64e15, as a Date holds (`date.getTime()`), never a `Date` or a string.
   */
  closedBefore: number;
}
