/** A window as stored: a named UTC calendar period or a fixed number of seconds. */
export type WindowSpec =
  | {
      /** A calendar day, week (from Monday) or month, in UTC. */
      unit: 'day' | 'week' | 'month';
    }
  | {
      /** A fixed length in seconds; windows are aligned to the epoch. */
      seconds: number;
    };

/** What a store records about a budget. */
export interface BudgetDefinition {
  /** The budget's id. */
  id: string;
  /** The parent budget's id, or `null` for a root. */
  parentId: string | null;
  /** The limit as a decimal string of USD. */
  limitUsd: string;
  /** The budget's spending window, or `null` when spend never resets. */
  window: WindowSpec | null;
}

/**
 * One budget of a chain as a command sees it: its definition (so a store that lost the
 * record can recreate it), whether it refuses, and the bounds of the window current at
 * the command's `now`, computed by the caller so stores never do calendar arithmetic.
 */
export interface ChainLink extends BudgetDefinition {
  /** `false` in shadow mode: going over is reported, never refused. */
  enforce: boolean;
  /** Start of the current window (ms since epoch), `null` without a window. */
  windowStart: number | null;
  /** End of the current window (exclusive), `null` without a window. */
  windowEnd: number | null;
}

/** A budget's figures as a store reports them. */
export interface BudgetSnapshot {
  /** The budget's id. */
  id: string;
  /** The parent budget's id, or `null` for a root. */
  parentId: string | null;
  /** The limit the store holds: the most recently defined one. */
  limitUsd: string;
  /** Settled spend in the current window. */
  spentUsd: string;
  /** Held by reservations in flight. */
  reservedUsd: string;
  /** Settlements in the current window. */
  calls: number;
  /** The spending window, or `null` when spend never resets. */
  window: WindowSpec | null;
  /** Start of the window the figures belong to, `null` without a window. */
  windowStart: number | null;
  /** When the budget was closed (ms since epoch); absent while it is open. */
  closedAt?: number;
}
