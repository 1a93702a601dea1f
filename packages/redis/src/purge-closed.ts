import type { BudgetSnapshot, PurgeQuery } from '@tollgate/core';
import { holdingBudgets, outlivesPurge, purgeableBudgets } from '@tollgate/core/store-kit';
import { deleteEntries } from './redis-ledger.js';
import type { StoreConnection } from './store-connection.js';
import type { TreeIndex } from './tree-index.js';

/**
 * Deletes closed budgets (see the store contract). Not one script: the budgets of a tree
 * are deleted together, then the ledger entries no budget left records (`outlivesPurge`); a
 * purge cut short by a failure leaves entries a later purge of the same tree removes. Only budgets closed long ago are touched, and a closed
 * budget takes no new reservation, so nothing else races with it.
 */
export async function purgeClosed(
  connection: StoreConnection,
  index: TreeIndex,
  snapshots: readonly BudgetSnapshot[],
  query: PurgeQuery,
): Promise<string[]> {
  const roots = await index.all();
  const chains: string[][] = [];
  for (const root of new Set(Object.values(roots))) {
    const holds = await connection.command(() =>
      connection.client.hvals(`${index.base(root)}holds`),
    );
    // A hold is "amount|chain|expiresAt", the chain's ids comma-separated.
    for (const hold of holds) chains.push((hold.split('|')[1] ?? '').split(','));
  }
  const holding = holdingBudgets(chains);
  const purged = purgeableBudgets(
    snapshots.map((snapshot) => ({
      id: snapshot.id,
      parentId: snapshot.parentId,
      closedAt: snapshot.closedAt,
      holds: holding.has(snapshot.id),
    })),
    query.closedBefore,
  );
  const touched = new Set<string>();
  for (const id of purged) {
    const root = roots[id] ?? id;
    touched.add(root);
    await connection.command(() => connection.client.del(`${index.base(root)}b:${id}`));
    await index.forget(id);
  }
  const remaining = new Set(Object.keys(roots).filter((id) => !purged.has(id)));
  for (const root of touched) {
    await deleteEntries(connection, `${index.base(root)}ledger`, (chain) =>
      outlivesPurge(chain, remaining),
    );
  }
  return [...purged].sort();
}
