/**
 * One usage shape for both providers. OpenAI counts cached tokens (and cache writes) inside
 * `prompt_tokens` / `input_tokens`; Anthropic counts cache tokens outside `input_tokens`.
 * After normalisation the buckets are disjoint and their sum is the total input.
 */

import { isRecord, money } from '@tollgate/core/internal';
import { InvalidUsageError } from './errors.js';
import type { NormalizedUsage } from './normalized-usage.js';
import { fromCompatible, fromMessages, fromProviderUsage } from './provider-usage.js';
import type { Provider } from './schema.js';
import { describe, isCount, type Obj, Reader } from './usage-reader.js';

/** A non-negative decimal string, as `NormalizedUsage.reportedCostUsd` is. */
const DECIMAL = /^\d+(\.\d+)?$/;

/** True when `usage` is already in the normalised form (detected by its keys). */
export function isNormalizedUsage(usage: unknown): usage is NormalizedUsage {
  return (
    isRecord(usage) &&
    ('cacheReadTokens' in usage || ('inputTokens' in usage && 'outputTokens' in usage))
  );
}

function tierOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Converts a usage object exactly as the provider returned it (Chat Completions,
 * Responses, Embeddings, Anthropic Messages) or an already normalised one into
 * `NormalizedUsage`. Throws `InvalidUsageError` (`INVALID_USAGE`) listing every bad count.
 */
export function normalizeUsage(provider: Provider, usage: unknown): NormalizedUsage {
  if (!isRecord(usage)) {
    throw new InvalidUsageError([
      {
        path: '',
        message: `expected a usage object, received ${describe(usage)}`,
      },
    ]);
  }
  // Fast path for well-formed usage (the hot path of settling a call); anything odd goes
  // through the readers below, which list every problem.
  if (provider === 'openai' || provider === 'anthropic') {
    const raw = !isNormalizedUsage(usage);
    const fast = raw
      ? provider === 'openai'
        ? fastOpenAI(usage)
        : fastAnthropic(usage)
      : undefined;
    if (fast !== undefined) return fast;
    if (!raw) return validateNormalized(usage);
    // Only malformed usage gets here: the readers list every problem.
    if (provider === 'anthropic') return fromMessages(usage);
    // Chat Completions and Embeddings say prompt_tokens; Responses says input_tokens.
    return fromCompatible(provider, usage, 'prompt_tokens' in usage || !('input_tokens' in usage));
  }
  return fromProviderUsage(provider, usage) ?? validateNormalized(usage);
}

/** A count, 0 when absent, or -1 when malformed. */
const optional = (value: unknown): number =>
  value === undefined || value === null ? 0 : isCount(value) ? value : -1;

function fastAnthropic(usage: Obj): NormalizedUsage | undefined {
  const input = usage.input_tokens;
  const output = usage.output_tokens;
  const read = optional(usage.cache_read_input_tokens);
  const writeTotal = optional(usage.cache_creation_input_tokens);
  const creation = usage.cache_creation;
  const w5 = isRecord(creation) ? optional(creation.ephemeral_5m_input_tokens) : 0;
  const w1h = isRecord(creation) ? optional(creation.ephemeral_1h_input_tokens) : 0;
  const details = usage.output_tokens_details;
  const thinking = isRecord(details) ? optional(details.thinking_tokens) : 0;
  const tools = usage.server_tool_use;
  const search = isRecord(tools) ? optional(tools.web_search_requests) : 0;
  const fetch = isRecord(tools) ? optional(tools.web_fetch_requests) : 0;
  if (
    !isCount(input) ||
    !isCount(output) ||
    Math.min(read, writeTotal, w5, w1h, thinking, search, fetch) < 0 ||
    // A breakdown beyond its own total is inconsistent: the reader below says so.
    (w5 + w1h > writeTotal && usage.cache_creation_input_tokens != null)
  )
    return undefined;
  // The total is authoritative; writes the breakdown does not account for are billed at
  // the 5-minute rate, the rule both reference projects use when no breakdown is given.
  const out: NormalizedUsage = {
    inputTokens: input,
    cacheReadTokens: read,
    cacheWrite5mTokens: Math.max(w5, writeTotal - w1h),
    cacheWrite1hTokens: w1h,
    outputTokens: output,
  };
  if (thinking > 0) out.reasoningTokens = thinking;
  if (search > 0) out.webSearchRequests = search;
  if (fetch > 0) out.webFetchRequests = fetch;
  if (typeof usage.service_tier === 'string') out.serviceTier = usage.service_tier;
  return out;
}

function fastOpenAI(usage: Obj): NormalizedUsage | undefined {
  const chat = usage.prompt_tokens !== undefined;
  const total = chat ? usage.prompt_tokens : usage.input_tokens;
  const output = chat ? optional(usage.completion_tokens) : usage.output_tokens;
  const inDetails = chat ? usage.prompt_tokens_details : usage.input_tokens_details;
  const outDetails = chat ? usage.completion_tokens_details : usage.output_tokens_details;
  const cached = isRecord(inDetails) ? optional(inDetails.cached_tokens) : 0;
  const written = isRecord(inDetails) ? optional(inDetails.cache_write_tokens) : 0;
  const reasoning = isRecord(outDetails) ? optional(outDetails.reasoning_tokens) : 0;
  if (!isCount(total) || !isCount(output) || cached < 0 || written < 0 || reasoning < 0)
    return undefined;
  if (cached + written > total || reasoning > output) return undefined;
  const out: NormalizedUsage = {
    inputTokens: total - cached - written,
    cacheReadTokens: cached,
    cacheWrite5mTokens: written,
    cacheWrite1hTokens: 0,
    outputTokens: output,
  };
  if (reasoning > 0) out.reasoningTokens = reasoning;
  if (typeof usage.service_tier === 'string') out.serviceTier = usage.service_tier;
  return out;
}

/** Checks a usage already in the normalised form (every count, with its path). */
export function validateNormalized(usage: Obj): NormalizedUsage {
  const r = new Reader(usage);
  const out: NormalizedUsage = {
    inputTokens: r.count('inputTokens', true),
    cacheReadTokens: r.count('cacheReadTokens', false),
    cacheWrite5mTokens: r.count('cacheWrite5mTokens', false),
    cacheWrite1hTokens: r.count('cacheWrite1hTokens', false),
    outputTokens: r.count('outputTokens', true),
  };
  if (r.has('reasoningTokens')) out.reasoningTokens = r.count('reasoningTokens', false);
  if (r.has('webSearchRequests')) out.webSearchRequests = r.count('webSearchRequests', false);
  if (r.has('webFetchRequests')) out.webFetchRequests = r.count('webFetchRequests', false);
  const tier = tierOf(usage.serviceTier);
  if (tier !== undefined) out.serviceTier = tier;
  const reported = reportedAmount(r, usage, 'reportedCostUsd');
  if (reported !== undefined) out.reportedCostUsd = reported;
  const upstream = reportedAmount(r, usage, 'reportedUpstreamCostUsd');
  // The upstream bill is part of what the call cost: it cannot come alone or exceed it.
  if (upstream !== undefined && reported === undefined)
    r.fail(
      'reportedUpstreamCostUsd',
      'expected beside reportedCostUsd (its upstream part), which is missing',
    );
  else if (upstream !== undefined && reported !== undefined && money(upstream).gt(money(reported)))
    r.fail(
      'reportedUpstreamCostUsd',
      `expected at most reportedCostUsd ("${reported}"), of which it is the upstream part, received "${upstream}"`,
    );
  else if (upstream !== undefined) out.reportedUpstreamCostUsd = upstream;
  r.done();
  return out;
}

/** A reported cost of a normalised usage: kept as given once it is a decimal string (it is what the provider bills). */
function reportedAmount(r: Reader, usage: Obj, key: string): string | undefined {
  const value = usage[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  r.fail(
    key,
    `expected the reported cost as a non-negative decimal string, received ${describe(value)}`,
  );
  return undefined;
}

export type { NormalizedUsage } from './normalized-usage.js';
