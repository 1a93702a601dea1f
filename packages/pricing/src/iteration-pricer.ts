/**
 * The pricing step of an Anthropic Messages call that may bill models beside the one it asks
 * for (server-side fallbacks, the advisor tool, compaction): its usage is priced iteration by
 * iteration, each at the rates of the model that ran it, from the response's
 * `usage.iterations`. One step for every adapter that meters Messages calls (`@tollgate/anthropic`
 * and the AI SDK's Anthropic models).
 */
import type { UsagePrice, UsagePricer } from '@tollgate/core/adapter';
import {
  describeValue,
  formatUsd,
  isRecord,
  money,
  sumMoney,
  usageTokens,
  withFields,
} from '@tollgate/core/internal';
import { InvalidUsageError } from './errors.js';
import { readUsage } from './read-usage.js';

/** What the observer of such a call saw beside its usage. */
export interface IterationsSeen {
  /** The final usage's `iterations`, when it reported any; never set for a partial charge. */
  readonly iterations: readonly unknown[] | undefined;
  /** The model serving when the stream broke (the last `fallback` block's `to`), if a hop began. */
  readonly servingModel: string | undefined;
}

/** The pricing step of one model, by the id a request or a response names. */
export type PriceAs = (modelId: string) => UsagePricer;

/**
 * Prices each entry of `usage.iterations` at its own model's rates (a `message` entry without
 * a model is the requested model's), the tool fees of the whole usage once, and records the
 * model that served (a `fallback_message` entry's). Iterations also carry what the top-level
 * usage leaves out (a `compaction` entry's tokens). Without iterations (a partial charge, or
 * a response that reports none) the usage is priced as the model serving when it ended.
 * Throws `InvalidUsageError` for an entry that is not a usage, `UnknownModelError` for a
 * model no table prices (the kit then charges the hold).
 */
export function iterationPricer(
  seen: IterationsSeen,
  requested: string,
  priceAs: PriceAs,
): UsagePricer {
  return (usage) => {
    const iterations = seen.iterations;
    if (iterations === undefined || iterations.length === 0)
      return priceAs(seen.servingModel ?? requested)(usage);
    const options = { serviceTier: usage.serviceTier, batch: usage.batch };
    const prices: UsagePrice[] = [];
    let served: UsagePrice | undefined;
    iterations.forEach((entry, index) => {
      if (!isRecord(entry)) {
        throw new InvalidUsageError([
          {
            path: `iterations.${index}`,
            message: `expected an object, received ${describeValue(entry)}`,
          },
        ]);
      }
      const model = typeof entry.model === 'string' ? entry.model : requested;
      const price = priceAs(model)(readUsage('anthropic', entry, { model, ...options }));
      if (entry.type === 'fallback_message') served = price;
      prices.push(price);
    });
    // The server tools' fees, reported once for the whole call.
    const fees = priceAs(requested)(withFields(usage, { tokens: usageTokens() }));
    const first = served ?? fees;
    return {
      costUsd: formatUsd(sumMoney([...prices, fees].map((price) => money(price.costUsd)))),
      provider: first.provider,
      model: first.model,
      pricingVersion: first.pricingVersion,
    };
  };
}
