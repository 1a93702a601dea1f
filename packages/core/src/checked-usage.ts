/**
 * The token helpers `@tollgate/core` gives its users, each checking what it is given: a count
 * that is not a whole number of tokens, or tokens that are not in the typed shape, get
 * `InvalidOptionsError` saying what was expected and what arrived, never a raw `TypeError`
 * or a silent 0 (`usageTokens(42)` was all zeros, `totalInputTokens({})` a `TypeError`).
 * Adapters, pricing and the kit call the unchecked helpers of `call-usage.ts`, on counts
 * they have read and checked themselves.
 */
import {
  type InputTokens,
  totalInputTokens as inputTotal,
  isTokenCount,
  type OutputTokens,
  totalOutputTokens as outputTotal,
  usageTokens as tokensOf,
  type UsageTokens,
} from './call-usage.js';
import { describeValue, InvalidOptionsError } from './errors.js';

const COUNT = 'a whole number of tokens from 0';
const INPUT_KEYS = ['uncached', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h'] as const;
const OUTPUT_KEYS = ['text', 'reasoning'] as const;

function refuse(call: string, path: string, expected: string, value: unknown): never {
  const message = `expected ${expected}, received ${describeValue(value)}`;
  throw new InvalidOptionsError(`${call} ${path}: ${message}`, [{ path, message }]);
}

/** Checks the buckets of `counts` named by `keys` (each a count; absent ones too when `required`). */
function checkCounts(
  call: string,
  path: string,
  counts: unknown,
  keys: readonly string[],
  required: boolean,
): void {
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts))
    refuse(call, path, `an object of token counts (${keys.join(', ')})`, counts);
  for (const key of keys) {
    const value = (counts as Record<string, unknown>)[key];
    if (value === undefined && !required) continue;
    if (!isTokenCount(value)) refuse(call, `${path}.${key}`, COUNT, value);
  }
}

/** Checks that `tokens` are in the typed shape, every bucket a count. */
function checkTokens(call: string, tokens: unknown): asserts tokens is UsageTokens {
  if (typeof tokens !== 'object' || tokens === null)
    refuse(call, 'tokens', 'tokens as usageTokens() makes them ({ input, output })', tokens);
  const { input, output } = tokens as { input?: unknown; output?: unknown };
  checkCounts(call, 'tokens.input', input, INPUT_KEYS, true);
  checkCounts(call, 'tokens.output', output, OUTPUT_KEYS, true);
}

/** Builds `UsageTokens` from counts, each bucket 0 unless given. */
export function usageTokens(
  input: Partial<InputTokens> = {},
  output: Partial<OutputTokens> = {},
): UsageTokens {
  checkCounts('usageTokens()', 'input', input, INPUT_KEYS, false);
  checkCounts('usageTokens()', 'output', output, OUTPUT_KEYS, false);
  return tokensOf(input, output);
}

/** Total input tokens of a usage's tokens (every bucket). */
export function totalInputTokens(tokens: UsageTokens): number {
  checkTokens('totalInputTokens()', tokens);
  return inputTotal(tokens);
}

/** Total output tokens of a usage's tokens (text and reasoning). */
export function totalOutputTokens(tokens: UsageTokens): number {
  checkTokens('totalOutputTokens()', tokens);
  return outputTotal(tokens);
}
