import {
  type BudgetConfig,
  type BudgetSnapshot,
  compareMoney,
  describeWindow,
  money,
  sameWindow,
} from '@tollgate/core';
import { planBudgetConfig } from '@tollgate/core/internal';
import { markClosed } from './closed-changes.js';

/** What applying a configuration does to one budget. */
export type BudgetChangeKind = 'add' | 'raise' | 'lower' | 'unchanged' | 'conflict';

/** One budget of the configuration against what the store holds. */
export interface BudgetChange {
  id: string;
  change: BudgetChangeKind;
  parentId: string | null;
  /** The limit the configuration sets. */
  limitUsd: string;
  /** The limit the store holds, when it holds the budget. */
  storedLimitUsd?: string;
  /** The window the budget will have (`none`, `day`, `3600s`, ...). */
  window: string;
  /** Why a conflict cannot be applied, or a note on an unchanged budget. */
  note?: string;
  /** When the store closed the budget (ISO 8601): its calls stay refused, whatever changes. */
  closedAt?: string;
  /** The nearest closed budget above it in the store, which refuses its calls. */
  closedBy?: string;
  /**
   * Only in the report of an apply a failure stopped part way (another process defined a
   * budget of the file since it was read, or the store failed): whether this change landed.
   */
  applied?: boolean;
}

/** The difference between a configuration and a store. */
export interface ApplyPlan {
  changes: BudgetChange[];
  /** Families of the configuration: `name` under `parentId`. */
  families: { name: string; parentId: string }[];
  /** Budgets the store holds that the configuration does not name (family members aside). */
  untouched: string[];
}

/**
 * Compares a validated configuration with the budgets a store holds. Limits are compared
 * exactly; a different parent or window is a conflict (the store would refuse it), except a
 * budget stored without a window that the configuration lets follow its parent's: it is
 * attached as it is, as `loadBudgets` does.
 */
export function applyPlan(config: BudgetConfig, stored: readonly BudgetSnapshot[]): ApplyPlan {
  const planned = planBudgetConfig(config);
  const byId = new Map(stored.map((snapshot) => [snapshot.id, snapshot]));
  const changes = planned.budgets.map(({ definition, inheritsWindow }): BudgetChange => {
    const base = {
      id: definition.id,
      parentId: definition.parentId,
      limitUsd: definition.limitUsd,
      window: describeWindow(definition.window),
    };
    const existing = byId.get(definition.id);
    if (existing === undefined) return { ...base, change: 'add' };
    const compared = { ...base, storedLimitUsd: existing.limitUsd };
    if (existing.parentId !== definition.parentId) {
      return {
        ...compared,
        change: 'conflict',
        note: `stored under parent ${existing.parentId ?? '(none: a root)'}, configured under ${definition.parentId ?? '(none: a root)'}`,
      };
    }
    let note: string | undefined;
    if (!sameWindow(existing.window, definition.window)) {
      if (!inheritsWindow || existing.window !== null) {
        return {
          ...compared,
          change: 'conflict',
          note: `stored with window ${describeWindow(existing.window)}, configured with ${describeWindow(definition.window)}`,
        };
      }
      note = `stored without a window: kept (set window: ${describeWindow(definition.window)} under a new id to reset)`;
      compared.window = 'none';
    }
    const order = compareMoney(money(definition.limitUsd), money(existing.limitUsd));
    const change = order === 0 ? 'unchanged' : order > 0 ? 'raise' : 'lower';
    return note === undefined ? { ...compared, change } : { ...compared, change, note };
  });
  const configured = new Set(changes.map((change) => change.id));
  const memberPrefixes = planned.families.map((family) => `${family.parentId}/${family.name}:`);
  const untouched = stored
    .map((snapshot) => snapshot.id)
    .filter((id) => !configured.has(id) && !memberPrefixes.some((prefix) => id.startsWith(prefix)));
  return {
    changes: markClosed(changes, byId),
    families: planned.families.map(({ name, parentId }) => ({ name, parentId })),
    untouched,
  };
}
