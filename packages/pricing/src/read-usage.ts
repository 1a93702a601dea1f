/**
 * The typed, provider-neutral usage (`CallUsage` of `@tollgate/core`) from any provider's
 * usage as it arrives: the one normalisation an adapter's observer runs.
 */
import type { CallUsage, ToolCallCounts, UsageTokens } from '@tollgate/core';
import { everyTokenCount, isRecord } from '@tollgate/core/internal';
import { InvalidUsageError } from './errors.js';
import { type NormalizedUsage, normalizeUsage } from './normalize-usage.js';
import type { PricedUsage } from './price-usage.js';
import type { Provider } from './schema.js';
import { describe, isCount, Reader } from './usage-reader.js';

/** What a response says beside its usage. */
export interface ReadUsageOptions {
  /** The model the response names (or the requested one when it names none). */
  model: string;
  /** The response's service tier, when it reports one outside `usage` (OpenAI). Default: the usage's own `service_tier`. */
  serviceTier?: string | undefined;
  /** True for a Batch API result. Default: false (Anthropic: true when the usage says `service_tier: 'batch'`). */
  batch?: boolean | undefined;
}

/**
 * Reads a provider's usage exactly as returned (any of the 13 providers' shapes, or a
 * `NormalizedUsage`) into a `CallUsage`. Throws `InvalidUsageError` listing every bad count.
 */
export function readUsage(
  provider: Provider,
  usage: unknown,
  options: ReadUsageOptions,
): CallUsage {
  const typed = typedUsage(normalizeUsage(provider, usage)) as {
    -readonly [Key in keyof CallUsage]: CallUsage[Key];
  };
  typed.model = options.model;
  if (options.serviceTier !== undefined) typed.serviceTier = options.serviceTier;
  if (options.batch !== undefined) typed.batch = options.batch;
  return typed as CallUsage;
}

/**
 * The typed form of a normalised usage. Reasoning is part of `outputTokens` there; here
 * output is split into text and reasoning (a reported reasoning count above the output
 * count is capped at it, so the billed output never changes).
 */
export function typedUsage(usage: NormalizedUsage): PricedUsage {
  const reasoning = Math.min(usage.reasoningTokens ?? 0, usage.outputTokens);
  const typed: { -readonly [Key in keyof PricedUsage]: PricedUsage[Key] } = {
    tokens: {
      input: {
        uncached: usage.inputTokens,
        cacheRead: usage.cacheReadTokens,
        cacheWrite5m: usage.cacheWrite5mTokens,
        cacheWrite1h: usage.cacheWrite1hTokens,
      },
      output: { text: usage.outputTokens - reasoning, reasoning },
    },
  };
  const toolCalls = toolCallsOf(usage);
  if (toolCalls !== undefined) typed.toolCalls = toolCalls;
  if (usage.serviceTier !== undefined) typed.serviceTier = usage.serviceTier;
  if (usage.reportedCostUsd !== undefined) typed.reportedCostUsd = usage.reportedCostUsd;
  if (usage.reportedUpstreamCostUsd !== undefined)
    typed.reportedUpstreamCostUsd = usage.reportedUpstreamCostUsd;
  return typed;
}

function toolCallsOf(usage: NormalizedUsage): ToolCallCounts | undefined {
  const webSearch = usage.webSearchRequests ?? 0;
  const webFetch = usage.webFetchRequests ?? 0;
  if (webSearch === 0 && webFetch === 0) return undefined;
  return {
    ...(webSearch > 0 ? { webSearch } : {}),
    ...(webFetch > 0 ? { webFetch } : {}),
  };
}

const TOKEN_PATHS = [
  'tokens.input.uncached',
  'tokens.input.cacheRead',
  'tokens.input.cacheWrite5m',
  'tokens.input.cacheWrite1h',
  'tokens.output.text',
  'tokens.output.reasoning',
] as const;
const TOOL_PATHS = [
  'toolCalls.webSearch',
  'toolCalls.webFetch',
  'toolCalls.codeExecution',
] as const;

/**
 * Checks a `CallUsage` built outside `readUsage` (every count a non-negative safe integer,
 * a model id, optional fields of their types) and returns it. Throws `InvalidUsageError`
 * listing every problem, naming `where` (the call given the usage) when known.
 */
export function checkCallUsage(usage: unknown, where?: string): CallUsage {
  // One pass of plain checks for the usage the kit hands over (from `readUsage`); the
  // reader below only runs to list what is wrong.
  if (wellFormed(usage)) return usage;
  if (!isRecord(usage)) {
    throw new InvalidUsageError(
      [
        {
          path: '',
          message: `expected a usage object (a CallUsage, as readUsage returns), received ${describe(usage)}`,
        },
      ],
      where,
    );
  }
  const r = new Reader(usage, where);
  for (const path of TOKEN_PATHS) r.count(path, true);
  for (const path of TOOL_PATHS) r.count(path, false);
  if (typeof usage.model !== 'string')
    r.fail('model', `expected a model id, received ${describe(usage.model)}`);
  for (const key of STRING_KEYS) {
    const value = usage[key];
    if (value !== undefined && typeof value !== 'string')
      r.fail(key, `expected a string, received ${describe(value)}`);
  }
  if (usage.batch !== undefined && typeof usage.batch !== 'boolean')
    r.fail('batch', `expected a boolean, received ${describe(usage.batch)}`);
  r.done();
  return usage as unknown as CallUsage;
}

/** The optional string fields of a `CallUsage`. */
const STRING_KEYS = ['serviceTier', 'reportedCostUsd', 'reportedUpstreamCostUsd'] as const;

const isOptionalCount = (value: unknown): boolean => value === undefined || isCount(value);

function wellFormed(usage: unknown): usage is CallUsage {
  if (!isRecord(usage) || typeof usage.model !== 'string') return false;
  const tokens = usage.tokens;
  if (!isRecord(tokens) || !isRecord(tokens.input) || !isRecord(tokens.output)) return false;
  const tools = usage.toolCalls;
  return (
    everyTokenCount(tokens as unknown as UsageTokens, isCount) &&
    (tools === undefined ||
      (isRecord(tools) &&
        isOptionalCount(tools.webSearch) &&
        isOptionalCount(tools.webFetch) &&
        isOptionalCount(tools.codeExecution))) &&
    STRING_KEYS.every((key) => usage[key] === undefined || typeof usage[key] === 'string') &&
    (usage.batch === undefined || typeof usage.batch === 'boolean')
  );
}
