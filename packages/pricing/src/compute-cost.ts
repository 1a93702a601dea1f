import type { CostRequest, CostResult } from './cost-types.js';
import { defaultPricing } from './default-pricing.js';
import { checkedCost, Pricing } from './pricing.js';
import { checkCostOptions } from './pricing-options.js';

/** Options of `computeCost`. */
export interface ComputeCostOptions extends CostRequest {
  /** Prices to use. Default: `defaultPricing()`. */
  pricing?: Pricing | undefined;
}

/**
 * Exact cost of a response from its usage, exactly as the provider returned it (Chat
 * Completions, Responses, Embeddings, Anthropic Messages, and the other providers' shapes)
 * or normalised. Throws `UnknownModelError` and `InvalidUsageError`, and `InvalidOptionsError`
 * for options that are not an object, an unknown option or a `serviceTier`, `batch` or
 * `pricing` of the wrong type.
 */
export function computeCost(options: ComputeCostOptions): CostResult {
  checkCostOptions(options, 'computeCost');
  const pricing = options.pricing ?? defaultPricing();
  // Checked once, under this call's name; a Pricing from another copy checks its own.
  return pricing instanceof Pricing
    ? checkedCost(pricing, options)
    : (pricing as Pricing).computeCost(options);
}
