import { isUsageTokens, type LegacyTokenCounts, type UsageTokens } from '@tollgate/core';
import { totalInputTokens, totalOutputTokens } from '@tollgate/core/internal';

/** Input and output token totals of a ledger entry's tokens. */
export interface TokenTotals {
  input: number | undefined;
  output: number | undefined;
}

/** The buckets of an older Anthropic entry, disjoint like the typed input. */
const LEGACY_INPUT_BUCKETS = ['input', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h'] as const;

/**
 * Input and output totals of a ledger entry's tokens: the typed shape, or the flat counts
 * older entries carry. There, OpenAI's `input` already includes its `cachedInput` and
 * `cacheWrite`; Anthropic's `input`, `cacheRead` and cache writes are disjoint; reasoning
 * is part of output and tool calls (`webSearches`, `webSearchRequests`, …) are no tokens.
 */
export function tokenTotals(tokens: UsageTokens | LegacyTokenCounts | undefined): TokenTotals {
  if (tokens === undefined) return { input: undefined, output: undefined };
  if (isUsageTokens(tokens))
    return { input: totalInputTokens(tokens), output: totalOutputTokens(tokens) };
  if ('cachedInput' in tokens) return { input: tokens.input, output: tokens.output };
  let input: number | undefined;
  for (const bucket of LEGACY_INPUT_BUCKETS) {
    const count = tokens[bucket];
    if (count !== undefined) input = (input ?? 0) + count;
  }
  return { input, output: tokens.output };
}
