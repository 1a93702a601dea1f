import type { BudgetSnapshot } from '../store.js';

/** What a window roll-over reads and resets of a budget. */
export interface WindowFigures {
  /** Settled spend in the window the figures belong to, in pico-dollars. */
  spent: bigint;
  /** Settlements in that window. */
  calls: number;
  /** Start of that window (ms since epoch), `null` before any window. */
  windowStart: number | null;
}

/**
 * Starts the window that begins at `windowStart` (a command's link) on figures that belong
 * to an older one: spend and calls reset, reservations in flight stay held. Figures already
 * in that window or a newer one, and commands without a window (`null`), change nothing.
 * Returns `true` when it rolled, so a store knows the figures must be written back.
 */
export function rollIntoWindow(figures: WindowFigures, windowStart: number | null): boolean {
  if (windowStart === null) return false;
  if (figures.windowStart !== null && figures.windowStart >= windowStart) return false;
  figures.spent = 0n;
  figures.calls = 0;
  figures.windowStart = windowStart;
  return true;
}

/**
 * The snapshot as a read in the window that begins at `windowStart` reports it: the same
 * object when it is current, else a copy with that window's empty spend and calls. For a
 * `status` that must not write.
 */
export function snapshotInWindow(
  snapshot: BudgetSnapshot,
  windowStart: number | null,
): BudgetSnapshot {
  if (windowStart === null) return snapshot;
  if (snapshot.windowStart !== null && snapshot.windowStart >= windowStart) return snapshot;
  return { ...snapshot, spentUsd: '0', calls: 0, windowStart };
}
