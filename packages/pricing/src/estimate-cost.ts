import type { CostResult, EstimateRequest } from './cost-types.js';
import { defaultPricing } from './default-pricing.js';
import type { Pricing } from './pricing.js';

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
  return (options.pricing ?? defaultPricing()).estimateCost(options);
}
