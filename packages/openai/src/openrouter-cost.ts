/**
 * OpenRouter reports what each call is billed (`usage.cost`) when the request asks for usage
 * accounting. The adapter asks for it, charges that cost, and says when the price table
 * has drifted from it.
 */
import { type Budget, money } from '@tollgate/core';
import type { UsagePrice, UsagePricer } from '@tollgate/core/adapter';
import type { CompatibleProvider } from './provider-of-client.js';

type Json = Record<string, unknown>;

/**
 * The body to send instead of `body` so that OpenRouter reports the call's cost
 * (`usage: { include: true }`), or `undefined` when nothing needs to change: another
 * provider (the field is OpenRouter's own), an endpoint without usage accounting, or a
 * request that already asks for it. The caller's own `usage` settings are kept.
 */
export function askForReportedCost(
  provider: CompatibleProvider,
  endpoint: 'chat' | 'responses' | 'embeddings',
  body: Json,
): Json | undefined {
  if (provider !== 'openrouter' || endpoint === 'embeddings') return undefined;
  const usage = body.usage;
  const asked = typeof usage === 'object' && usage !== null && !Array.isArray(usage);
  if (asked && (usage as Json).include === true) return undefined;
  return { ...body, usage: { ...(asked ? (usage as Json) : {}), include: true } };
}

/** Where a drift is reported, and from what share of the table's cost on. */
export interface DriftWatch {
  /** Where a `price-drift` is reported. */
  readonly budget: Budget;
  /** The price table the call is priced from. */
  readonly provider: CompatibleProvider;
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
    return { ...priced, costUsd: chargedUsd(priced, usage.reportedCostUsd, watch) };
  };
}

/**
 * The amount to charge for a priced call: the provider's reported cost when it gave one
 * (`reportedUsd`: what the account is billed), else the table's. A reported cost that
 * differs from the table's by more than the watch's share emits `price-drift` on the budget.
 */
export function chargedUsd(
  cost: UsagePrice,
  reportedUsd: string | undefined,
  watch: DriftWatch,
): string {
  if (reportedUsd === undefined) return cost.costUsd;
  const table = money(cost.costUsd);
  const difference = money(reportedUsd).minus(table).abs();
  const limit = watch.priceDriftShare;
  if (Number.isFinite(limit) && difference.gt(table.times(limit))) {
    watch.budget.emit({
      type: 'price-drift',
      budgetId: watch.budget.id,
      model: cost.model,
      provider: watch.provider,
      tableUsd: cost.costUsd,
      reportedUsd,
      // A ratio for the event, not money: a number is what listeners compare.
      share: table.eq(0) ? Number.POSITIVE_INFINITY : Number(difference.div(table).toFixed(6)),
    });
  }
  return reportedUsd;
}
