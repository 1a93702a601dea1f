import type { BudgetSnapshot } from './budget-definition.js';
import type { BudgetStore } from './store.js';

/**
 * The nearest budget above `snapshot` that `store` holds closed, or `undefined`, following the
 * parent ids the store holds now: what `tollgate budget show` names, which has no process's
 * chain to follow. One `find` per budget above until the closed one: as deep as budgets nest,
 * never the history. A cycle of parent ids (a store written by hand) ends the walk.
 */
export async function closedAncestor(
  store: BudgetStore,
  snapshot: Pick<BudgetSnapshot, 'id' | 'parentId'>,
): Promise<string | undefined> {
  const seen = new Set([snapshot.id]);
  for (let id = snapshot.parentId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const parent = await store.find(id);
    // A store that maps SQL's NULL straight through answers `null` for a budget it lacks.
    if (parent === undefined || parent === null) return undefined;
    if (isClosed(parent)) return parent.id;
    id = parent.parentId;
  }
  return undefined;
}

/** What `closedAbove` reads of a budget. */
export type ClosedLink = Pick<BudgetSnapshot, 'id' | 'parentId' | 'closedAt'>;

/**
 * `closedAncestor` over budgets already read (the CLI's list): the nearest budget above
 * `snapshot` that `budgetOf` gives closed, going up the parent ids it gives, once round a
 * cycle; `undefined` at a budget it does not give.
 */
export function closedAbove(
  snapshot: Pick<BudgetSnapshot, 'id' | 'parentId'>,
  budgetOf: (id: string) => ClosedLink | undefined,
): string | undefined {
  const seen = new Set([snapshot.id]);
  for (let id = snapshot.parentId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const above = budgetOf(id);
    if (above === undefined) return undefined;
    if (isClosed(above)) return above.id;
    id = above.parentId;
  }
  return undefined;
}

/**
 * The nearest of `ancestorIds` (nearest first) that `store` holds closed, or `undefined`:
 * what `budget.status()` names, from one read of each, made together. It follows the chain
 * this process's calls are held on, the ids the store's reserve checks, so status and calls
 * agree even when another process purged a budget above and defined its id elsewhere. An
 * id the store lacks is passed over, as a reserve recreates it open.
 */
export async function closedAmong(
  store: BudgetStore,
  ancestorIds: readonly string[],
): Promise<string | undefined> {
  // Read together: one round trip to a remote store, however deep the chain.
  const found = await Promise.all(ancestorIds.map((id) => store.find(id)));
  const index = found.findIndex(
    (budget) => budget !== undefined && budget !== null && isClosed(budget),
  );
  return index === -1 ? undefined : ancestorIds[index];
}

/**
 * True when a stored budget is closed: `closedAt` a time. A custom store answering `null` or
 * `NaN` for an open budget's `closedAt` (a database NULL) must not make status read closed
 * while its calls are admitted.
 */
export function isClosed<Budget extends { readonly closedAt?: unknown }>(
  budget: Budget,
): budget is Budget & { readonly closedAt: number } {
  const closedAt: unknown = budget.closedAt;
  return typeof closedAt === 'number' && Number.isFinite(closedAt);
}
