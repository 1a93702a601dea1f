import type { ResolvedModel } from './compile.js';
import { defaultPricing } from './default-pricing.js';
import type { Pricing } from './pricing.js';
import type { Provider } from './schema.js';

/** The model entry (limits, encoding, prices) for an id. Throws `UnknownModelError`. */
export function resolveModel(
  provider: Provider,
  model: string,
  pricing: Pricing = defaultPricing(),
): ResolvedModel {
  return pricing.resolve(provider, model);
}
