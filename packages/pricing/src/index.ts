export {
  fallbackRuns,
  type ModelRun,
  type ResolveModel,
  unmeteredFallbacks,
} from './anthropic-fallbacks.js';
export { type BoundPricer, type BoundRequest, boundPricer } from './bound-pricer.js';
export { bundledTables } from './bundled-tables.js';
export type { CompiledRate, ResolvedModel } from './compile.js';
export { type ComputeCostOptions, computeCost } from './compute-cost.js';
export type {
  CostLine,
  CostLineKind,
  CostRequest,
  CostResult,
  EstimateRequest,
  PricedTier,
  RateUnit,
} from './cost-types.js';
export { defaultPricing } from './default-pricing.js';
export { InvalidPricingError, InvalidUsageError, UnknownModelError } from './errors.js';
export { type EstimateCostOptions, estimateCost } from './estimate-cost.js';
export { type ConvertOptions, fromGenaiPrices } from './from-genai-prices.js';
export { fromLiteLLM } from './from-litellm.js';
export { type IterationsSeen, iterationPricer, type PriceAs } from './iteration-pricer.js';
export { loadPricingTable } from './load-pricing-table.js';
export { mergeHistory as mergePriceHistory } from './merge-price-history.js';
export { isNormalizedUsage, type NormalizedUsage, normalizeUsage } from './normalize-usage.js';
export type { PricedUsage } from './price-usage.js';
export {
  type CreatePricingOptions,
  createPricing,
  type ModelOverride,
  Pricing,
  type PricingTableSource,
} from './pricing.js';
export { providerForBaseUrl } from './provider-for-base-url.js';
export {
  OVERRIDES_ENV,
  type PricingOverridesFile,
  parseOverridesFile,
  readOverridesFile,
} from './read-overrides-file.js';
export {
  checkCallUsage,
  type ReadUsageOptions,
  readUsage,
  typedUsage,
} from './read-usage.js';
export { resolveModel } from './resolve-model.js';
export {
  type Fees,
  type LongContextTier,
  type ModelPricing,
  PROVIDERS,
  type PriceEntry,
  type PricingTable,
  type Provider,
  pricingTableSchema,
  type RateSet,
} from './schema.js';
export { type UsagePricerOptions, usagePricer } from './usage-pricer.js';
export { parsePricingTable } from './validate-table.js';
