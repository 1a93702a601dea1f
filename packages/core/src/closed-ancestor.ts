import type { BudgetSnapshot } from './budget-definition.js';
import type { BudgetStore } from './store.js';

/**
 * The nearest budget above `snapshot` that `store` holds closed, or `undefined`. Every call of
 * a budget under a closed one is refused (`BUDGET_CLOSED`) though its own figures read open,
 * so `budget.status()` and `tollgate budget show` name it. Follows parent ids through the
 * store, one `find` per budget above until the closed one: as deep as budgets nest, never
 * the history. A cycle of parent ids (a store written by hand) ends the walk.
 */
export async function closedAncestor(
  store: BudgetStore,
  snapshot: Pick<BudgetSnapshot, 'id' | 'parentId'>,
): Promise<string | undefined> {
  const seen = new Set([snapshot.id]);
  for (let id = snapshot.parentId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const parent = await store.find(id);
    if (parent === undefined) return undefined;
    if (parent.closedAt !== undefined) return parent.id;
    id = parent.parentId;
  }
  return undefined;
}
