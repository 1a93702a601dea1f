import type { CostRequest, CostResult } from './cost-types.js';
import { defaultPricing } from './default-pricing.js';
import type { Pricing } from './pricing.js';

/** Options of `computeCost`. */
export interface ComputeCostOptions extends CostRequest {
  /** Prices to use. Default: `defaultPricing()`. */
  pricing?: Pricing | undefined;
}

/**
 * Exact cost of a response from its usage, exactly as the provider returned it (Chat
 * Completions, Responses, Embeddings, Anthropic Messages, and the other providers' shapes)
 * or normalised. Throws `UnknownModelError` and `InvalidUsageError`.
 */
export function computeCost(options: ComputeCostOptions): CostResult {
  return (options.pricing ?? defaultPricing()).computeCost(options);
}
