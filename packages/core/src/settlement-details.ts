import { isUsageTokens, type ToolCallKind } from './call-usage.js';
import type { ValidationIssue } from './errors.js';
import { expectedIssue, invalidInput, metadataIssue, plainDataIssue } from './plain-data.js';
import type { SettlementDetails } from './store.js';

/**
 * Validates what `reservation.settle` records: a plain object whose known fields have their
 * documented types and whose every value can be stored (see `plainDataIssue`).
 */
export function checkSettlementDetails(value: unknown): SettlementDetails {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('settlement details', [expectedIssue('', 'an object', value)]);
  }
  const details = value as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const add = (problem: ValidationIssue | undefined) => {
    if (problem !== undefined) issues.push(problem);
  };
  for (const key of [
    'provider',
    'model',
    'pricingVersion',
    'requestModel',
    'responseModel',
    'serviceTier',
    'operation',
  ] as const) {
    const field = details[key];
    if (field !== undefined && typeof field !== 'string')
      add(expectedIssue(key, 'a string', field));
  }
  if (details.partial !== undefined && typeof details.partial !== 'boolean') {
    add(expectedIssue('partial', 'a boolean', details.partial));
  }
  if (details.metadata !== undefined) add(metadataIssue(details.metadata, 'metadata'));
  add(tokensIssue(details.tokens));
  add(toolCallsIssue(details.toolCalls));
  if (issues.length === 0) add(plainDataIssue(details, ''));
  if (issues.length > 0) throw invalidInput('settlement details', issues);
  return details as SettlementDetails;
}

const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The first count of `counts` at `keys` that is not a count; without `keys` (older flat
 * entries), every key, an absent count allowed.
 */
function countsIssue(
  counts: Record<string, unknown>,
  path: string,
  keys?: readonly string[],
): ValidationIssue | undefined {
  for (const key of keys ?? Object.keys(counts)) {
    const count = counts[key];
    if (!isCount(count) && !(keys === undefined && count === undefined))
      return expectedIssue(`${path}.${key}`, 'a finite, non-negative number of tokens', count);
  }
  return undefined;
}

const INPUT_KEYS = ['uncached', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h'] as const;
const OUTPUT_KEYS = ['text', 'reasoning'] as const;
const TOOL_KEYS: readonly ToolCallKind[] = ['webSearch', 'webFetch', 'codeExecution'];

/** Typed tokens (`{ input: {…}, output: {…} }`) or an older entry's flat counts by kind. */
function tokensIssue(tokens: unknown): ValidationIssue | undefined {
  if (tokens === undefined) return undefined;
  if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) {
    return expectedIssue('tokens', 'an object of token counts', tokens);
  }
  if (!isUsageTokens(tokens)) return countsIssue(tokens as Record<string, unknown>, 'tokens');
  const { input, output } = tokens as unknown as Record<
    'input' | 'output',
    Record<string, unknown>
  >;
  return (
    countsIssue(input, 'tokens.input', INPUT_KEYS) ??
    countsIssue(output, 'tokens.output', OUTPUT_KEYS)
  );
}

function toolCallsIssue(toolCalls: unknown): ValidationIssue | undefined {
  if (toolCalls === undefined) return undefined;
  if (typeof toolCalls !== 'object' || toolCalls === null || Array.isArray(toolCalls)) {
    return expectedIssue('toolCalls', 'an object of tool call counts', toolCalls);
  }
  const counts = toolCalls as Record<string, unknown>;
  for (const key of Object.keys(counts)) {
    if (!TOOL_KEYS.includes(key as ToolCallKind))
      return expectedIssue(`toolCalls.${key}`, `one of ${TOOL_KEYS.join(', ')}`, key);
    const count = counts[key];
    if (count !== undefined && !(Number.isSafeInteger(count) && (count as number) >= 0))
      return expectedIssue(`toolCalls.${key}`, 'a non-negative integer count of calls', count);
  }
  return undefined;
}
