/** Usage with disjoint input buckets, the form every cost is computed from. */
export interface NormalizedUsage {
  /** Input tokens that were neither read from nor written to a cache. */
  inputTokens: number;
  /** Input tokens read from a cache. */
  cacheReadTokens: number;
  /** Input tokens written to a cache at the default TTL (Anthropic 5 minutes; all OpenAI writes). */
  cacheWrite5mTokens: number;
  /** Input tokens written to an Anthropic 1-hour cache. */
  cacheWrite1hTokens: number;
  /** Output tokens, reasoning and rejected-prediction tokens included (billed once). */
  outputTokens: number;
  /** The part of `outputTokens` spent reasoning (informational; never billed twice). */
  reasoningTokens?: number;
  /** Web search calls (Anthropic `server_tool_use`, or counted by the OpenAI adapter). */
  webSearchRequests?: number;
  /** Anthropic web fetch calls. */
  webFetchRequests?: number;
  /** The service tier the response reports (OpenAI `service_tier`, Anthropic `usage.service_tier`). */
  serviceTier?: string;
  /**
   * The cost the provider itself reports for the call, decimal USD: OpenRouter's `usage.cost`,
   * plus `cost_details.upstream_inference_cost` under BYOK (what the user's own key is billed).
   */
  reportedCostUsd?: string;
  /** Under OpenRouter BYOK: the upstream provider's part of `reportedCostUsd`, decimal USD. */
  reportedUpstreamCostUsd?: string;
}
