import type { BudgetSnapshot } from '@tollgate/core';
import { type ClosedLink, closedAbove, isClosed, isoTime } from '@tollgate/core/internal';
import type { BudgetChange } from './budget-apply-plan.js';

/**
 * `changes` with the budgets the store holds closed marked (`closedAt`), and those under a
 * closed budget marked with the nearest one (`closedBy`): applying a configuration changes
 * limits and adds budgets but never reopens one, so every call of them stays refused
 * (`BUDGET_CLOSED`). A budget's parent is the stored one, or the configured one for a budget
 * the store does not hold yet; the stored figures alone decide, nothing more is read.
 */
export function markClosed(
  changes: readonly BudgetChange[],
  stored: ReadonlyMap<string, BudgetSnapshot>,
): BudgetChange[] {
  const parentOf = new Map<string, string | null>();
  for (const change of changes) parentOf.set(change.id, change.parentId);
  for (const snapshot of stored.values()) parentOf.set(snapshot.id, snapshot.parentId);
  // A budget the store lacks yet is read with its configured parent, open.
  const budgetOf = (id: string): ClosedLink | undefined => {
    const parentId = parentOf.get(id);
    if (parentId === undefined) return undefined;
    return stored.get(id) ?? { id, parentId };
  };
  return changes.map((change) => {
    const own = stored.get(change.id);
    if (own !== undefined && isClosed(own)) return { ...change, closedAt: isoTime(own.closedAt) };
    const closedBy = closedAbove(
      { id: change.id, parentId: parentOf.get(change.id) ?? null },
      budgetOf,
    );
    return closedBy === undefined ? change : { ...change, closedBy };
  });
}

/**
 * One note per closed budget that `changes` change or add budgets under, naming each such
 * change (`raise b, add b/new`): the apply goes ahead as it would, and the note says its
 * calls stay refused.
 */
export function closedNotes(changes: readonly BudgetChange[]): string[] {
  const byClosed = new Map<string, string[]>();
  for (const change of changes) {
    if (change.change !== 'add' && change.change !== 'raise' && change.change !== 'lower') continue;
    const closed = change.closedAt === undefined ? change.closedBy : change.id;
    if (closed === undefined) continue;
    byClosed.set(closed, [...(byClosed.get(closed) ?? []), `${change.change} ${change.id}`]);
  }
  return [...byClosed].map(
    ([closed, changed]) =>
      `note: ${closed} is closed: it and every budget below it refuse all calls (BUDGET_CLOSED), and apply does not reopen it (${changed.join(', ')}).`,
  );
}
