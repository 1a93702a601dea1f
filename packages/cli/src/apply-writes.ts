import {
  adjustBudget,
  type BudgetConfig,
  type BudgetConfigNode,
  type BudgetStore,
  loadBudgets,
} from '@tollgate/core';
import type { ApplyPlan } from './budget-apply-plan.js';

/** What an apply wrote: the ids of the changes that landed, and the failure that stopped it. */
export interface ApplyOutcome {
  /** Ids of the changes (adds, raises, lowers) the store took. */
  landed: Set<string>;
  /** The failure that stopped the apply part way, when one did. */
  error?: unknown;
  /** The store could not be read back after a failed load: which adds landed is unknown. */
  addsUnknown?: boolean;
}

/**
 * Applies a plan without conflicts: `loadBudgets` first, with every limit the plan changes
 * kept at the stored one, so that a conflict only another process can have made since the plan
 * was read (where `BudgetConflictError` surfaces) stops the apply before any limit changed;
 * then one `set-limit` per raised or lowered limit, written to the ledger with why and who (the
 * store keeps such a limit over the one a process defines the budget with). A failure is not
 * thrown but answered with what landed before it.
 */
export async function applyWrites(
  config: BudgetConfig,
  plan: ApplyPlan,
  store: BudgetStore,
  who: { reason: string; actor?: string },
): Promise<ApplyOutcome> {
  const landed = new Set<string>();
  const kept = new Map<string, string>();
  for (const change of plan.changes) {
    if (change.storedLimitUsd !== undefined) kept.set(change.id, change.storedLimitUsd);
  }
  try {
    await loadBudgets(withLimits(config, kept), { store });
  } catch (error) {
    // loadBudgets stops at the failing budget, after defining those before it: read back
    // which of the added ones the store now holds as the file says.
    const added = await addedSince(plan, store);
    if (added === undefined) return { landed, error, addsUnknown: true };
    for (const id of added) landed.add(id);
    return { landed, error };
  }
  for (const change of plan.changes) if (change.change === 'add') landed.add(change.id);
  for (const change of plan.changes) {
    if (change.change !== 'raise' && change.change !== 'lower') continue;
    const limit = { action: 'set-limit', amountUsd: change.limitUsd } as const;
    try {
      await adjustBudget({ store, budgetId: change.id, ...limit, ...who });
    } catch (error) {
      return { landed, error };
    }
    landed.add(change.id);
  }
  return { landed };
}

/** `config` with the limits of the budgets in `limits` replaced, nothing else changed. */
function withLimits(config: BudgetConfig, limits: ReadonlyMap<string, string>): BudgetConfig {
  const node = (budget: BudgetConfigNode): BudgetConfigNode => {
    const limitUsd = limits.get(budget.id) ?? budget.limitUsd;
    const children = budget.children?.map(node);
    return children === undefined ? { ...budget, limitUsd } : { ...budget, limitUsd, children };
  };
  return { ...config, budgets: config.budgets.map(node) };
}

/**
 * The budgets the plan adds that the store holds under their configured parent, read after a
 * failed load; `undefined` when the store cannot be read now.
 */
async function addedSince(plan: ApplyPlan, store: BudgetStore): Promise<string[] | undefined> {
  try {
    const parents = new Map((await store.list()).map((row) => [row.id, row.parentId]));
    return plan.changes
      .filter((change) => change.change === 'add' && parents.get(change.id) === change.parentId)
      .map((change) => change.id);
  } catch {
    return undefined;
  }
}
