import { createPricing, type Pricing } from './pricing.js';

let pricing: Pricing | undefined;

/** The `Pricing` of the bundled tables (built and validated lazily, once). */
export function defaultPricing(): Pricing {
  pricing ??= createPricing();
  return pricing;
}
