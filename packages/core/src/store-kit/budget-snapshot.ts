import { picoToUsd, usdToPico } from '../money.js';
import type { BudgetDefinition, BudgetSnapshot, WindowSpec } from '../store.js';

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

/** A budget's figures as a store creates them: nothing spent, held or settled, open, its limit not administered. */
export interface FreshFigures extends StoredFigures {
  /** Always `false`: no administrative change has set the limit yet. */
  limitSet: boolean;
}

/**
 * The figures of a budget a store creates from `definition` (a `define`, or a link of a
 * command whose budget the store lost). `limit` reads `limitUsd` as given; pass a canonical
 * amount (core's definitions are), or round it first with `roundedPico`.
 */
export function freshFigures(
  definition: BudgetDefinition,
  limit = usdToPico(definition.limitUsd),
): FreshFigures {
  return {
    id: definition.id,
    parentId: definition.parentId,
    limit,
    spent: 0n,
    reserved: 0n,
    calls: 0,
    window: definition.window,
    windowStart: null,
    closedAt: null,
    limitSet: false,
  };
}
