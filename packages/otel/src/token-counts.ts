import { isUsageTokens, type LegacyTokenCounts, type UsageTokens } from '@tollgate/core';
import { totalInputTokens, totalOutputTokens } from '@tollgate/core/internal';

/** A call's tokens in the GenAI conventions' terms. */
export interface TokenCounts {
  /** Every input token, cached ones included (as `gen_ai.usage.input_tokens` asks). */
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  reasoning: number;
}

const count = (tokens: LegacyTokenCounts, key: string): number => {
  const value = tokens[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

/**
 * Reads a ledger entry's `tokens`: the typed shape every adapter records now, or the flat
 * counts of older entries. Those came in two shapes: OpenAI's, where `input` already
 * includes `cachedInput` and `cacheWrite`; and Anthropic's, where `input` is the uncached
 * part and `cacheRead`, `cacheWrite5m` and `cacheWrite1h` come beside it. Both add up to
 * the same totals here. Reasoning is `reasoning` (OpenAI) or `thinking` (Anthropic).
 */
export function tokenCounts(tokens: UsageTokens | LegacyTokenCounts | undefined): TokenCounts {
  if (tokens === undefined)
    return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, reasoning: 0 };
  if (isUsageTokens(tokens)) {
    return {
      input: totalInputTokens(tokens),
      output: totalOutputTokens(tokens),
      cacheRead: tokens.input.cacheRead,
      cacheWrite: tokens.input.cacheWrite5m + tokens.input.cacheWrite1h,
      reasoning: tokens.output.reasoning,
    };
  }
  const besideInput =
    count(tokens, 'cacheRead') + count(tokens, 'cacheWrite5m') + count(tokens, 'cacheWrite1h');
  return {
    input: count(tokens, 'input') + besideInput,
    output: count(tokens, 'output'),
    cacheRead: count(tokens, 'cacheRead') + count(tokens, 'cachedInput'),
    cacheWrite:
      count(tokens, 'cacheWrite') + count(tokens, 'cacheWrite5m') + count(tokens, 'cacheWrite1h'),
    reasoning: count(tokens, 'reasoning') + count(tokens, 'thinking'),
  };
}
