/**
 * Some providers report what a call is billed (OpenRouter's `usage.cost`). A pricer that
 * settles on that reported cost when the usage carries one, and says when the price table
 * has drifted from it: shared by every adapter whose provider reports a cost.
 */
import type { Budget } from '../budget.js';
import { money } from '../money.js';
import type { UsagePrice, UsagePricer } from './types.js';

/** Where a drift is reported, and from what share of the table's cost on. */
export interface DriftWatch {
  /** Where a `price-drift` is reported. */
  readonly budget: Budget;
  /** The price table the call is priced from (its provider id, e.g. `'openrouter'`). */
  readonly provider: string;
  /** Report differences above this share of the table's cost (`Infinity`: never). */
  readonly priceDriftShare: number;
}

/**
 * A pricer that settles on the cost the provider reports (`CallUsage.reportedCostUsd`:
 * what the account is billed) when the usage carries one, else on the table's price.
 */
export function reportedCostPricer(tablePrice: UsagePricer, watch: DriftWatch): UsagePricer {
  return (usage) => {
    const priced = tablePrice(usage);
    const reported = usage.reportedCostUsd;
    if (reported === undefined) return priced;
    const upstream = usage.reportedUpstreamCostUsd;
    return { ...priced, costUsd: chargedUsd(priced, reported, watch, upstream) };
  };
}

/**
 * The amount to charge for a priced call: the provider's reported cost when it gave one
 * (`reportedUsd`: what the call cost the user), else the table's. A reported cost that
 * differs from the table's by more than the watch's share emits `price-drift` on the budget.
 * Under OpenRouter BYOK (`upstreamUsd`: the upstream provider's part of `reportedUsd`) the
 * table prices the upstream model, so it is compared with that part, not with the sum that
 * includes OpenRouter's fee.
 */
export function chargedUsd(
  cost: UsagePrice,
  reportedUsd: string | undefined,
  watch: DriftWatch,
  upstreamUsd?: string,
): string {
  if (reportedUsd === undefined) return cost.costUsd;
  const table = money(cost.costUsd);
  const difference = money(upstreamUsd ?? reportedUsd)
    .minus(table)
    .abs();
  const limit = watch.priceDriftShare;
  if (Number.isFinite(limit) && difference.gt(table.times(limit))) {
    watch.budget.emit({
      type: 'price-drift',
      budgetId: watch.budget.id,
      model: cost.model,
      provider: watch.provider,
      tableUsd: cost.costUsd,
      reportedUsd,
      ...(upstreamUsd === undefined ? {} : { upstreamUsd }),
      // A ratio for the event, not money: a number is what listeners compare.
      share: table.eq(0) ? Number.POSITIVE_INFINITY : Number(difference.div(table).toFixed(6)),
    });
  }
  return reportedUsd;
}
