import {
  type BudgetSnapshot,
  describeWindow,
  formatUsd,
  maxMoney,
  money,
  windowBounds,
  ZERO,
} from '@tollgate/core';
import { closedAbove as closedAboveOf, isClosed, isoTime } from '@tollgate/core/internal';

/** A budget as the CLI shows it: figures of the window current at `now`. Money is decimal strings. */
export interface BudgetView {
  /** The budget's id. */
  id: string;
  /** The parent's id, or `null` for a root. */
  parentId: string | null;
  /** Distance from the root (0 for a root), for indenting. */
  depth: number;
  /** The limit, in USD. */
  limitUsd: string;
  /** Settled spend in the current window ("0" when the stored window is over). */
  spentUsd: string;
  /** Held by calls in flight. */
  reservedUsd: string;
  /** `limit - spent - held`, never below zero. */
  remainingUsd: string;
  /** Calls settled in the current window. */
  calls: number;
  /** `day`, `week`, `month`, `3600s` or `none`. */
  window: string;
  /** When spend resets (ISO 8601), `null` without a window. */
  resetsAt: string | null;
  /** When the budget was closed (ISO 8601); absent while it is open. */
  closedAt?: string;
  /**
   * The nearest budget above this open one that is closed: every call of this budget is
   * refused (`BUDGET_CLOSED`) by it. Absent when the budget is closed itself or none above is.
   */
  closedBy?: string;
  /**
   * Set on a budget listed as a root although its stored parent is listed too: its parent ids
   * loop back to it (a store edited by hand), so no root leads to it. `parentId` is the stored
   * parent; the store refuses the budget's reserves and status reads (`BUDGET_CONFLICT`).
   */
  parentCycle?: true;
}

/** What `tollgate budget list` shows of a budget's state: `open`, `closed`, `closed (by ID)`. */
export function stateOf(view: Pick<BudgetView, 'closedAt' | 'closedBy'>): string {
  if (view.closedAt !== undefined) return 'closed';
  return view.closedBy === undefined ? 'open' : `closed (by ${view.closedBy})`;
}

/**
 * The figures of each snapshot in the window current at `now`: a store reports the window
 * it last wrote, so a budget nobody has touched since midnight still shows yesterday's
 * spend until it is read through a command. Ordered as a tree (each parent before its
 * children, siblings by id); budgets whose parent ids form a cycle come last, each cycle
 * listed from one member marked `parentCycle`.
 */
export function budgetViews(snapshots: readonly BudgetSnapshot[], now: number): BudgetView[] {
  const byParent = new Map<string | null, BudgetSnapshot[]>();
  const ids = new Set(snapshots.map((snapshot) => snapshot.id));
  for (const snapshot of snapshots) {
    // A parent the store does not list (deleted, or another prefix) makes this a root.
    const key = snapshot.parentId !== null && ids.has(snapshot.parentId) ? snapshot.parentId : null;
    const siblings = byParent.get(key) ?? [];
    siblings.push(snapshot);
    byParent.set(key, siblings);
  }
  const views: BudgetView[] = [];
  const visited = new Set<string>();
  // `closedAbove`: the nearest closed budget above the ones visited, which refuses their calls.
  const visit = (parent: string | null, depth: number, closedAbove: string | undefined) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    for (const child of children) {
      if (visited.has(child.id)) continue;
      visited.add(child.id);
      const view = viewOf(child, depth, now);
      if (view.closedAt === undefined && closedAbove !== undefined) view.closedBy = closedAbove;
      views.push(view);
      visit(child.id, depth + 1, child.closedAt === undefined ? closedAbove : child.id);
    }
  };
  visit(null, 0, undefined);
  // Budgets whose parent ids form a cycle are reached from no root: list each cycle from one
  // of its members, marked, with the budgets under it, rather than drop them.
  const parentOf = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
  for (const snapshot of [...snapshots].sort((a, b) => a.id.localeCompare(b.id))) {
    if (visited.has(snapshot.id)) continue;
    const member = cycleMember(snapshot, parentOf);
    visited.add(member.id);
    const view = viewOf(member, 0, now);
    view.parentCycle = true;
    const closedAbove = closedAboveOf(member, (id) => parentOf.get(id));
    if (view.closedAt === undefined && closedAbove !== undefined) view.closedBy = closedAbove;
    views.push(view);
    visit(member.id, 1, member.closedAt === undefined ? closedAbove : member.id);
  }
  return views;
}

/** The first budget met twice going up from `snapshot`: one on the cycle it is on or under. */
function cycleMember(
  snapshot: BudgetSnapshot,
  byId: ReadonlyMap<string, BudgetSnapshot>,
): BudgetSnapshot {
  const seen = new Set<string>();
  let current = snapshot;
  while (!seen.has(current.id)) {
    seen.add(current.id);
    const parent = current.parentId === null ? undefined : byId.get(current.parentId);
    if (parent === undefined) return current;
    current = parent;
  }
  return current;
}

export function viewOf(snapshot: BudgetSnapshot, depth: number, now: number): BudgetView {
  let spent = money(snapshot.spentUsd);
  let calls = snapshot.calls;
  let resetsAt: string | null = null;
  if (snapshot.window !== null) {
    const bounds = windowBounds(snapshot.window, now);
    resetsAt = isoTime(bounds.end);
    if (snapshot.windowStart === null || snapshot.windowStart < bounds.start) {
      spent = ZERO;
      calls = 0;
    }
  }
  const reserved = money(snapshot.reservedUsd);
  const limit = money(snapshot.limitUsd);
  const view: BudgetView = {
    id: snapshot.id,
    parentId: snapshot.parentId,
    depth,
    limitUsd: formatUsd(limit),
    spentUsd: formatUsd(spent),
    reservedUsd: formatUsd(reserved),
    remainingUsd: formatUsd(maxMoney(ZERO, limit.minus(spent).minus(reserved))),
    calls,
    window: describeWindow(snapshot.window),
    resetsAt,
  };
  if (isClosed(snapshot)) view.closedAt = isoTime(snapshot.closedAt);
  return view;
}
