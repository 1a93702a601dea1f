import type { Provider } from './schema.js';

/** The unit a line's rate is quoted in. */
export type RateUnit = 'per_million_tokens' | 'per_thousand_calls';

/** What a cost line prices. `input_max` only appears in estimates (the dearest input kind). */
export type CostLineKind =
  | 'input'
  | 'cache_read'
  | 'cache_write_5m'
  | 'cache_write_1h'
  | 'output'
  | 'input_max'
  | 'web_search'
  | 'web_fetch'
  | 'request';

/** One priced component of a cost. Money is a decimal string. */
export interface CostLine {
  /** What the line prices (input, cache reads, output, a fee, ...). */
  kind: CostLineKind;
  /** Token count, for token lines. */
  tokens?: number;
  /** Call count, for per-call fees. */
  count?: number;
  /** Per million tokens or per thousand calls, as in the table. */
  rateUsd: string;
  /** What `rateUsd` is per: a million tokens or a thousand calls. */
  unit: RateUnit;
  /** The line's exact cost, in USD. */
  usd: string;
}

/** The tier a cost was priced at. */
export type PricedTier = 'standard' | 'flex' | 'priority';

/** A computed (or estimated) cost. */
export interface CostResult {
  /** Exact total, decimal string. */
  totalUsd: string;
  /** Canonical model id. */
  model: string;
  /** The provider whose table priced it. */
  provider: Provider;
  /** Version of the table that priced it. */
  pricingVersion: string;
  /** Every priced component; their `usd` add up to `totalUsd`. */
  lines: CostLine[];
  /** The rate set used: `standard`, `flex` or `priority` (batch is reported by `batch`). */
  serviceTier?: PricedTier;
  /**
   * The service tier the response reported (or the request asked for, in an estimate) when
   * the model has no rates for it, e.g. `'priority'` on `o1`: the cost is priced at
   * `serviceTier` instead, the dearest rates the model has for the usage (standard for an
   * unrated `flex`, which costs less). Absent when the tier was priced at its own rates.
   */
  unpricedTier?: string;
  /** True when batch rates applied. */
  batch?: boolean;
  /** True when a long-context cliff applied (or, in an estimate, could apply). */
  longContext?: boolean;
  /** Start date of the price entry used (absent for a model's first entry). */
  effectiveFrom?: string;
  /**
   * The cost the provider itself reported for the call, when the usage carries one:
   * OpenRouter's `usage.cost` (what the account is billed), plus under BYOK
   * `cost_details.upstream_inference_cost` (what the user's own provider key is billed).
   * `totalUsd` is still the table's price.
   */
  reportedUsd?: string;
  /**
   * Under OpenRouter BYOK: the upstream provider's part of `reportedUsd`, the figure
   * comparable with the table's price of the upstream model (`totalUsd`).
   */
  reportedUpstreamUsd?: string;
}

/** What `computeCost` prices (its options without `pricing`; what `Pricing.computeCost` takes). */
export interface CostRequest {
  /** The provider that served the call. */
  provider: Provider;
  /** The model id as sent or returned (aliases, snapshots, prefixes and any case accepted). */
  model: string;
  /** The provider's usage object as returned, or a `NormalizedUsage`. */
  usage: unknown;
  /** When the request was made (Date, epoch ms or ISO string); picks the effective price. Default: now. */
  at?: Date | number | string | undefined;
  /** The response's `service_tier`. Default: the usage's own `service_tier`, else standard. */
  serviceTier?: string | null | undefined;
  /** True for Batch API results (their usage looks like any other). Default: false, or true when Anthropic usage says `service_tier: 'batch'`. */
  batch?: boolean | undefined;
}

/** What `estimateCost` bounds (its options without `pricing`; what `Pricing.estimateCost` takes). */
export interface EstimateRequest {
  /** The provider the request goes to. */
  provider: Provider;
  /** The model id as it will be sent (aliases, snapshots, prefixes and any case accepted). */
  model: string;
  /** Upper bound of total input tokens (cache reads and writes included). */
  inputTokens: number;
  /** Upper bound of output tokens (reasoning included). */
  maxOutputTokens: number;
  /** The tier the request asks for. Default: standard (`auto`). */
  serviceTier?: string | null | undefined;
  /** True for a Batch API request. Default: false. */
  batch?: boolean | undefined;
  /** Maximum number of billable tool calls. Default: none. */
  toolFees?: {
    /** Most web searches the call can make. */
    webSearch?: number;
    /** Most web fetches the call can make (Anthropic). */
    webFetch?: number;
  };
  /** When the request is made. Default: now. */
  at?: Date | number | string | undefined;
}
