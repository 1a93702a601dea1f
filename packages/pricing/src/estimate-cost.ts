import type { CostResult, EstimateRequest } from './cost-types.js';
import { defaultPricing } from './default-pricing.js';
import { checkedBound, Pricing } from './pricing.js';
import { checkEstimateOptions } from './pricing-options.js';

/** Options of `estimateCost`. */
export interface EstimateCostOptions extends EstimateRequest {
  /** Prices to use. Default: `defaultPricing()`. */
  pricing?: Pricing | undefined;
}

/**
 * A cost that bounds every outcome of a request (see `bound-cost.ts` for the rules): the
 * highest long-context tier the input could reach, the dearest input kind, the highest
 * rate the response could report for the requested tier, and the tool calls allowed.
 */
export function estimateCost(options: EstimateCostOptions): CostResult {
  checkEstimateOptions(options, 'estimateCost');
  const pricing = options.pricing ?? defaultPricing();
  // Checked once, under this call's name; a Pricing from another copy checks its own.
  return pricing instanceof Pricing
    ? checkedBound(pricing, options, true)
    : (pricing as Pricing).estimateCost(options);
}
