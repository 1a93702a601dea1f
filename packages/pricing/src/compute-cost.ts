import type { ComputeCostOptions, CostResult } from './cost-types.js';
import { defaultPricing } from './default-pricing.js';

/**
 * Exact cost of a response from its usage, exactly as the provider returned it (Chat
 * Completions, Responses, Embeddings, Anthropic Messages) or normalised. Throws
 * `UnknownModelError` and `InvalidUsageError`.
 */
export function computeCost(options: ComputeCostOptions): CostResult {
  const { pricing = defaultPricing(), ...rest } = options;
  return pricing.computeCost(rest);
}
