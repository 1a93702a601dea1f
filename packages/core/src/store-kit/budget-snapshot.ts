import { picoToUsd } from '../money.js';
import type { BudgetSnapshot, WindowSpec } from '../store.js';

/** A budget's stored record with its money in pico-dollars: what a snapshot reports. */
export interface StoredFigures {
  /** The budget's id. */
  id: string;
  /** The parent's id, `null` for a root. */
  parentId: string | null;
  /** The limit the store holds. */
  limit: bigint;
  /** Settled spend in the window the figures belong to. */
  spent: bigint;
  /** Held by reservations in flight. */
  reserved: bigint;
  /** Settlements in that window. */
  calls: number;
  /** The spending window, `null` when spend never resets. */
  window: WindowSpec | null;
  /** Start of the window the figures belong to, `null` before any window. */
  windowStart: number | null;
  /** When the budget was closed (ms since epoch), `null` while open. */
  closedAt: number | null;
}

/** The snapshot of stored figures, money as decimal strings; `closedAt` only once closed. */
export function budgetSnapshot(figures: StoredFigures): BudgetSnapshot {
  const snapshot: BudgetSnapshot = {
    id: figures.id,
    parentId: figures.parentId,
    limitUsd: picoToUsd(figures.limit),
    spentUsd: picoToUsd(figures.spent),
    reservedUsd: picoToUsd(figures.reserved),
    calls: figures.calls,
    window: figures.window,
    windowStart: figures.windowStart,
  };
  if (figures.closedAt !== null) snapshot.closedAt = figures.closedAt;
  return snapshot;
}
