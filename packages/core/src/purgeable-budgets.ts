/** What `purgeableBudgets` needs to know of each budget a store holds. */
export interface PurgeCandidate {
  /** The budget's id. */
  id: string;
  /** The parent's id, `null` for a root. */
  parentId: string | null;
  /** When the budget was closed (ms since epoch), `null` or `undefined` while open. */
  closedAt: number | null | undefined;
  /** True while any reservation in flight holds on this budget. */
  holds: boolean;
}

/**
 * The ids a `purge({ closedBefore })` deletes: budgets closed before the cutoff that hold
 * nothing, and whose descendants are all deleted with them. A budget with a live child is
 * kept, because a call on the child would otherwise recreate it, open, from its link. The
 * rule every store keeps, in one place.
 */
export function purgeableBudgets(
  budgets: readonly PurgeCandidate[],
  closedBefore: number,
): Set<string> {
  const chosen = new Set(
    budgets
      .filter(
        (budget) => budget.closedAt != null && budget.closedAt < closedBefore && !budget.holds,
      )
      .map((budget) => budget.id),
  );
  // Keep every ancestor of a budget that stays, until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const budget of budgets) {
      if (chosen.has(budget.id) || budget.parentId === null) continue;
      if (chosen.delete(budget.parentId)) changed = true;
    }
  }
  return chosen;
}

/**
 * The ids of every budget that holds a reservation in flight, from the chains (ids, leaf
 * first) of the reservations a store holds: the `holds` of `purgeableBudgets`' candidates.
 */
export function holdingBudgets(chains: Iterable<readonly string[]>): Set<string> {
  const holding = new Set<string>();
  for (const chain of chains) for (const id of chain) holding.add(id);
  return holding;
}

/**
 * Whether a ledger entry outlives a purge, from its chain (ids, leaf first) and the budgets
 * the store still holds once the purged ones are deleted. An entry is the record of spend of
 * every budget of its chain (a settlement charged each of them; an adjustment's chain is its
 * one budget), so it goes only when none of them is left: a purged child's calls stay in the
 * ledger of its surviving parent, whose spend still counts them.
 */
export function outlivesPurge(
  chain: readonly string[],
  remaining: { has(id: string): boolean },
): boolean {
  return chain.some((id) => remaining.has(id));
}
