import type { ExceededEvent, ThresholdEvent } from './events.js';
import { formatUsd, money } from './money.js';
import type { BudgetSnapshot } from './store.js';

/**
 * The `threshold` and `exceeded` events one settlement causes on one budget: every
 * configured fraction of the limit (and the limit itself) that spend passed from
 * `previousSpentUsd` to `current.spentUsd`. A zero limit has no fractions to cross.
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
  if (limit.eq(0)) return [];
  const events: Array<ThresholdEvent | ExceededEvent> = [];
  for (const threshold of thresholds) {
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
  if (previous.lt(limit) && spent.gte(limit)) {
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
