import type { ExceededEvent, ThresholdEvent } from './events.js';
import { formatUsd, money } from './money.js';
import type { BudgetSnapshot } from './store.js';

/**
 * The `threshold` and `exceeded` events one settlement causes on one budget: every
 * configured fraction of the limit (and the limit itself) that spend passed from
 * `previousSpentUsd` to `current.spentUsd`. A zero limit (a frozen budget, or shadow mode
 * with nothing allowed) has no fractions to cross, so no `threshold` fires; its `exceeded`
 * fires when spend leaves zero, since a budget at zero has reached a limit of zero without
 * passing it. Each crossing fires once: spend already at or past the limit crosses nothing.
 */
export function thresholdCrossings(
  budgetId: string,
  thresholds: readonly number[],
  previousSpentUsd: string,
  current: BudgetSnapshot,
): Array<ThresholdEvent | ExceededEvent> {
  const limit = money(current.limitUsd);
  const previous = money(previousSpentUsd);
  const spent = money(current.spentUsd);
  const events: Array<ThresholdEvent | ExceededEvent> = [];
  const zero = limit.eq(0);
  for (const threshold of zero ? [] : thresholds) {
    const mark = limit.times(threshold);
    if (previous.lt(mark) && spent.gte(mark)) {
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
  const exceeded = zero
    ? previous.lte(limit) && spent.gt(limit)
    : previous.lt(limit) && spent.gte(limit);
  if (exceeded) {
    events.push({
      type: 'exceeded',
      budgetId,
      spentUsd: current.spentUsd,
      limitUsd: current.limitUsd,
      overrunUsd: formatUsd(spent.minus(limit)),
      windowStart: current.windowStart,
    });
  }
  return events;
}
