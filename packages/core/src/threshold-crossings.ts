import type { ExceededEvent, ThresholdEvent } from './events.js';
import { formatUsd, type Money, money } from './money.js';
import type { BudgetSnapshot } from './store.js';

/**
 * The `threshold` and `exceeded` events one change of a budget causes: every configured
 * fraction of the limit (and the limit itself) that the budget was below in `previous` and
 * has reached in `current`, each side judged against its own limit. A settlement moves the
 * spend; an administrative change (`setLimit`, `topUp`, `credit`, `reset`) may move the
 * limit instead, so a limit lowered below the spend crosses its fractions as surely as a
 * charge does. Only upward crossings fire: a limit raised, or spend given back, crosses
 * nothing, and the next crossing fires again. A zero limit (a frozen budget, or shadow mode
 * with nothing allowed) has no fractions to cross, so no `threshold` fires; it is exceeded
 * once spend is above zero, since a budget at zero has reached a limit of zero without
 * passing it. Each crossing fires once: a budget already past a mark crosses nothing.
 */
export function thresholdCrossings(
  budgetId: string,
  thresholds: readonly number[],
  previous: Pick<BudgetSnapshot, 'spentUsd' | 'limitUsd'>,
  current: BudgetSnapshot,
): Array<ThresholdEvent | ExceededEvent> {
  const before = figures(previous);
  const after = figures(current);
  const events: Array<ThresholdEvent | ExceededEvent> = [];
  for (const threshold of after.limit.eq(0) ? [] : thresholds) {
    if (!reached(before, threshold) && reached(after, threshold)) {
      events.push({
        type: 'threshold',
        budgetId,
        threshold,
        spentUsd: current.spentUsd,
        limitUsd: current.limitUsd,
        windowStart: current.windowStart,
      });
    }
  }
  if (!isExceeded(before) && isExceeded(after)) {
    events.push({
      type: 'exceeded',
      budgetId,
      spentUsd: current.spentUsd,
      limitUsd: current.limitUsd,
      overrunUsd: formatUsd(after.spent.minus(after.limit)),
      windowStart: current.windowStart,
    });
  }
  return events;
}

interface Figures {
  limit: Money;
  spent: Money;
}

function figures(snapshot: Pick<BudgetSnapshot, 'spentUsd' | 'limitUsd'>): Figures {
  return { limit: money(snapshot.limitUsd), spent: money(snapshot.spentUsd) };
}

/**
 * True when spend has reached `threshold` of the limit. Every fraction of a zero limit is
 * zero: a budget at zero has reached none of them, one above zero is past them all.
 */
function reached({ limit, spent }: Figures, threshold: number): boolean {
  return limit.eq(0) ? spent.gt(limit) : spent.gte(limit.times(threshold));
}

/** True when spend has reached a limit above zero, or gone above a limit of zero. */
function isExceeded({ limit, spent }: Figures): boolean {
  return limit.eq(0) ? spent.gt(limit) : spent.gte(limit);
}
