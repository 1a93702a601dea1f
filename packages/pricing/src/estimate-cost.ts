import type { CostResult, EstimateCostOptions } from './cost-types.js';
import { defaultPricing } from './default-pricing.js';

/**
 * A cost that bounds every outcome of a request (see `bound-cost.ts` for the rules): the
 * highest long-context tier the input could reach, the dearest input kind, the highest
 * rate the response could report for the requested tier, and the tool calls allowed.
 */
export function estimateCost(options: EstimateCostOptions): CostResult {
  const { pricing = defaultPricing(), ...rest } = options;
  return pricing.estimateCost(rest);
}
