import type { CallUsage } from '@tollgate/core';
import type { UsagePrice, UsagePricer } from '@tollgate/core/adapter';
import { withFields } from '@tollgate/core/internal';
import { type Pricing, priceWithoutLines } from './pricing.js';
import type { Provider } from './schema.js';

/** Options of `usagePricer`. */
export interface UsagePricerOptions {
  /**
   * True when every usage priced is a Batch API result, whatever the usage says.
   * @default false (each usage's own `batch`)
   */
  batch?: boolean;
  /**
   * When the calls are priced (picks the effective price entry).
   * @default now, at each call
   */
  at?: () => Date | number | string;
  /**
   * False to price every usage as `model` (the model the hold was priced for), recording
   * the model the usage names without pricing it (Anthropic's dated, Bedrock and Vertex ids).
   * @default true (the usage's own model when the tables know it)
   */
  priceUsageModel?: boolean;
}

/**
 * The pricing step an adapter hands the kit (`MeteringPlan.price`): prices a `CallUsage` as
 * the model it names when the tables know that id (the response's dated snapshot, say),
 * else as `model` (the requested model the hold was priced for; always, with
 * `priceUsageModel: false`). Throws `InvalidUsageError`
 * for a malformed usage and `UnknownModelError` when neither id is priced.
 */
export function usagePricer(
  pricing: Pricing,
  provider: Provider,
  model: string,
  options: UsagePricerOptions = {},
): UsagePricer {
  const { batch, at, priceUsageModel = true } = options;
  return (usage: CallUsage): UsagePrice => {
    const priced =
      priceUsageModel && pricing.has(provider, usage.model) ? usage : { ...usage, model };
    const cost = priceWithoutLines(
      pricing,
      provider,
      batch === true ? withFields(priced, { batch: true }) : priced,
      at?.(),
    );
    return {
      costUsd: cost.totalUsd,
      provider,
      model: cost.model,
      pricingVersion: cost.pricingVersion,
    };
  };
}
