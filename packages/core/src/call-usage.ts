/**
 * The provider-neutral usage of one call: what every adapter turns its provider's usage
 * into, what the kit prices once, and what the ledger records. Token buckets are disjoint,
 * so their sum is what the call consumed; tool calls are counts, never tokens.
 */

/** Input tokens by how they are billed. Disjoint: their sum is the call's total input. */
export interface InputTokens {
  /** Input neither read from nor written to a cache. */
  readonly uncached: number;
  /** Input read from a cache. */
  readonly cacheRead: number;
  /** Input written to a cache kept 5 minutes (Anthropic's default; every OpenAI cache write). */
  readonly cacheWrite5m: number;
  /** Input written to a cache kept 1 hour (Anthropic). */
  readonly cacheWrite1h: number;
}

/** Output tokens by kind. Disjoint: their sum is the call's billed output. */
export interface OutputTokens {
  /** Visible output: text, tool-call arguments, refusals. */
  readonly text: number;
  /** Reasoning (thinking) tokens, billed as output. */
  readonly reasoning: number;
}

/** A call's tokens: input and output, each split by how it is billed. */
export interface UsageTokens {
  /** Input tokens, split by how they are billed. */
  readonly input: InputTokens;
  /** Output tokens, split into text and reasoning. */
  readonly output: OutputTokens;
}

/** Billable tool calls the provider ran for the call, as counts (each absent when 0). */
export interface ToolCallCounts {
  /** Web searches (Anthropic `web_search_requests`, OpenAI `web_search_call` items). */
  readonly webSearch?: number;
  /** Web fetches (Anthropic `web_fetch_requests`). */
  readonly webFetch?: number;
  /** Code execution runs (OpenAI `code_interpreter_call` items); billed by container session, not priced per call. */
  readonly codeExecution?: number;
}

/** The kinds of billable tool call a usage counts. */
export type ToolCallKind = keyof ToolCallCounts;

/**
 * What a call consumed, as every adapter reports it: the contract between an adapter's
 * observer and the kit's one pricing step.
 */
export interface CallUsage {
  /** The call's tokens, input and output, each split by how it is billed. */
  readonly tokens: UsageTokens;
  /** Billable tool calls. Default: none. */
  readonly toolCalls?: ToolCallCounts;
  /** The model that served the call, as the response names it (or as requested when it does not). */
  readonly model: string;
  /** The service tier the response reports (OpenAI `service_tier`, Anthropic `usage.service_tier`). Default: standard. */
  readonly serviceTier?: string;
  /** True for a Batch API result. Default: false. */
  readonly batch?: boolean;
  /**
   * The cost the provider itself reports for the call, decimal USD: OpenRouter's `usage.cost`,
   * plus `cost_details.upstream_inference_cost` under BYOK (the user's own key is billed both).
   */
  readonly reportedCostUsd?: string;
  /**
   * Under OpenRouter BYOK: the upstream provider's part of `reportedCostUsd`, decimal USD,
   * which the price table's cost (the upstream model's price) is compared with.
   */
  readonly reportedUpstreamCostUsd?: string;
}

/** A token or call count: a non-negative safe integer. */
export const isTokenCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Total input tokens of a usage's tokens (every bucket). */
export function totalInputTokens(tokens: UsageTokens): number {
  const input = tokens.input;
  return input.uncached + input.cacheRead + input.cacheWrite5m + input.cacheWrite1h;
}

/** Total output tokens of a usage's tokens (text and reasoning). */
export function totalOutputTokens(tokens: UsageTokens): number {
  return tokens.output.text + tokens.output.reasoning;
}

/** Builds `UsageTokens` from counts, each bucket 0 unless given. */
export function usageTokens(
  input: Partial<InputTokens> = {},
  output: Partial<OutputTokens> = {},
): UsageTokens {
  return {
    input: {
      uncached: input.uncached ?? 0,
      cacheRead: input.cacheRead ?? 0,
      cacheWrite5m: input.cacheWrite5m ?? 0,
      cacheWrite1h: input.cacheWrite1h ?? 0,
    },
    output: { text: output.text ?? 0, reasoning: output.reasoning ?? 0 },
  };
}

/**
 * True for tokens in the typed shape (`{ input: {…}, output: {…} }`), false for the flat
 * counts older ledger entries carry.
 */
export function isUsageTokens(tokens: unknown): tokens is UsageTokens {
  if (typeof tokens !== 'object' || tokens === null) return false;
  const { input, output } = tokens as { input?: unknown; output?: unknown };
  return (
    typeof input === 'object' && input !== null && typeof output === 'object' && output !== null
  );
}

/**
 * True when every count of typed `tokens` passes `isCount` (read by name: this runs on every
 * call). Each package says what a count is: the pricing's whole numbers, the ledger's finite
 * non-negative numbers.
 */
export function everyTokenCount(
  tokens: UsageTokens,
  isCount: (value: unknown) => boolean,
): boolean {
  const input = tokens.input as unknown as Record<string, unknown>;
  const output = tokens.output as unknown as Record<string, unknown>;
  return (
    isCount(input.uncached) &&
    isCount(input.cacheRead) &&
    isCount(input.cacheWrite5m) &&
    isCount(input.cacheWrite1h) &&
    isCount(output.text) &&
    isCount(output.reasoning)
  );
}
