/**
 * Usage shapes of the providers beyond OpenAI and Anthropic, each as it arrives:
 * - Gemini `usageMetadata` (Gemini API and Vertex): `promptTokenCount` includes
 *   `cachedContentTokenCount`; `candidatesTokenCount` excludes `thoughtsTokenCount`;
 *   `toolUsePromptTokenCount` is input on top of the prompt.
 * - Bedrock Converse `usage`: `inputTokens` excludes `cacheReadInputTokens` and
 *   `cacheWriteInputTokens`, which `cacheDetails` (`[{ ttl, inputTokens }]`) splits by TTL. Bedrock InvokeModel of Llama: `prompt_token_count` /
 *   `generation_token_count`.
 * - Anthropic Messages `usage` from Claude on Bedrock or Vertex.
 * - OpenAI-compatible `usage` (Chat Completions or Responses): DeepSeek's
 *   `prompt_cache_hit_tokens` / `prompt_cache_miss_tokens`; Mistral's `num_cached_tokens`; reasoning either inside
 *   `completion_tokens` (OpenAI's rule) or outside it (xAI), told apart by `total_tokens`.
 */
import { isRecord } from '@tollgate/core/internal';
import { InvalidUsageError } from './errors.js';
import type { NormalizedUsage } from './normalized-usage.js';
import { readReportedCost } from './reported-cost.js';
import type { Provider } from './schema.js';
import { describe, isCount, type Obj, Reader } from './usage-reader.js';

/** Providers whose `usage` follows Anthropic's Messages API (Claude through their clients). */
const CLAUDE_HOSTS: ReadonlySet<Provider> = new Set(['bedrock', 'vertex']);

const has = (usage: Obj, key: string): boolean => usage[key] !== undefined && usage[key] !== null;

/**
 * The normalised form of a provider's raw usage, `undefined` when `usage` is already
 * normalised (the caller validates it). Throws `InvalidUsageError` for bad counts and for
 * a shape that matches nothing the provider sends.
 */
export function fromProviderUsage(provider: Provider, usage: Obj): NormalizedUsage | undefined {
  const gemini = isRecord(usage.usageMetadata) ? usage.usageMetadata : usage;
  if (has(gemini, 'promptTokenCount') || has(gemini, 'candidatesTokenCount'))
    return fromGemini(gemini);
  if (has(usage, 'cacheReadInputTokens') || has(usage, 'cacheWriteInputTokens'))
    return fromConverse(usage);
  if (has(usage, 'totalTokens') && has(usage, 'inputTokens')) return fromConverse(usage);
  if (has(usage, 'prompt_token_count') || has(usage, 'generation_token_count'))
    return fromInvokeModel(usage);
  if (has(usage, 'prompt_tokens')) return fromCompatible(provider, usage, true);
  if (has(usage, 'input_tokens')) {
    const anthropic =
      CLAUDE_HOSTS.has(provider) ||
      has(usage, 'cache_creation_input_tokens') ||
      has(usage, 'cache_read_input_tokens');
    return anthropic ? fromMessages(usage) : fromCompatible(provider, usage, false);
  }
  if (has(usage, 'inputTokens') || has(usage, 'cacheReadTokens')) return undefined;
  throw new InvalidUsageError([
    {
      path: '',
      message: `expected ${provider} usage as returned (${EXPECTED[provider] ?? COMPATIBLE}) or normalised usage ({ inputTokens, outputTokens, … }), received an object with keys [${Object.keys(usage).join(', ')}]`,
    },
  ]);
}

const COMPATIBLE = 'OpenAI-compatible { prompt_tokens, completion_tokens, … }';
const GEMINI = 'Gemini usageMetadata { promptTokenCount, candidatesTokenCount, … }';
const CLAUDE = 'Anthropic { input_tokens, output_tokens, … }';
const EXPECTED: Partial<Record<Provider, string>> = {
  google: `${GEMINI}, or ${COMPATIBLE}`,
  vertex: `${GEMINI}, ${CLAUDE}, or ${COMPATIBLE}`,
  bedrock: `Converse { inputTokens, outputTokens, cacheReadInputTokens, … }, ${CLAUDE}, or InvokeModel { prompt_token_count, generation_token_count }`,
};

function fromGemini(metadata: Obj): NormalizedUsage {
  const r = new Reader(metadata);
  const prompt = r.count('promptTokenCount', true);
  const cached = r.count('cachedContentTokenCount', false);
  const tools = r.count('toolUsePromptTokenCount', false);
  const candidates = r.count('candidatesTokenCount', false);
  const thoughts = r.count('thoughtsTokenCount', false);
  if (cached > prompt)
    r.fail(
      'cachedContentTokenCount',
      `cached tokens (${cached}) are part of promptTokenCount (${prompt}) and cannot exceed it`,
    );
  r.done();
  // Thinking is billed as output; tool-use prompt tokens (e.g. search results fed back) as input.
  const out: NormalizedUsage = {
    inputTokens: prompt - cached + tools,
    cacheReadTokens: cached,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens: candidates + thoughts,
  };
  if (thoughts > 0) out.reasoningTokens = thoughts;
  return out;
}

function fromConverse(usage: Obj): NormalizedUsage {
  const r = new Reader(usage);
  const writes = r.count('cacheWriteInputTokens', false);
  const out: NormalizedUsage = {
    inputTokens: r.count('inputTokens', true),
    cacheReadTokens: r.count('cacheReadInputTokens', false),
    cacheWrite5mTokens: writes,
    cacheWrite1hTokens: 0,
    outputTokens: r.count('outputTokens', true),
  };
  if (has(usage, 'cacheDetails')) {
    const [w5, w1h] = converseWritesByTtl(r, usage.cacheDetails);
    // As Anthropic's `cache_creation`: the breakdown splits the total; without a total, the
    // breakdown alone is billed; writes it does not place bill at the 5-minute rate.
    if (w5 + w1h > writes && isCount(usage.cacheWriteInputTokens))
      r.fail(
        'cacheDetails',
        `cache writes by TTL (5m ${w5} + 1h ${w1h} = ${w5 + w1h}) are part of cacheWriteInputTokens (${writes}) and cannot exceed it`,
      );
    out.cacheWrite5mTokens = Math.max(w5, writes - w1h);
    out.cacheWrite1hTokens = w1h;
  }
  r.done();
  return out;
}

/**
 * Converse's `cacheDetails` (`[{ ttl: '5m' | '1h', inputTokens }]`, one per cache point
 * TTL) summed as [5-minute, 1-hour] writes. A TTL other than `5m` is read as `1h`, the
 * dearest write rate a table has.
 */
function converseWritesByTtl(r: Reader, details: unknown): [number, number] {
  if (!Array.isArray(details)) {
    r.fail(
      'cacheDetails',
      `expected an array of { ttl, inputTokens }, received ${describe(details)}`,
    );
    return [0, 0];
  }
  let w5 = 0;
  let w1h = 0;
  details.forEach((detail: unknown, i) => {
    const tokens = isRecord(detail) ? detail.inputTokens : undefined;
    if (!isRecord(detail) || typeof detail.ttl !== 'string' || !isCount(tokens)) {
      r.fail(
        `cacheDetails.${i}`,
        `expected { ttl: string, inputTokens: a non-negative integer }, received ${describe(detail)}`,
      );
      return;
    }
    if (detail.ttl === '5m') w5 += tokens;
    else w1h += tokens;
  });
  return [w5, w1h];
}

function fromInvokeModel(usage: Obj): NormalizedUsage {
  const r = new Reader(usage);
  const out: NormalizedUsage = {
    inputTokens: r.count('prompt_token_count', true),
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens: r.count('generation_token_count', true),
  };
  r.done();
  return out;
}

/** Anthropic Messages usage (the API, Bedrock, Vertex): cache tokens outside `input_tokens`. */
export function fromMessages(usage: Obj): NormalizedUsage {
  const r = new Reader(usage);
  const input = r.count('input_tokens', true);
  const output = r.count('output_tokens', true);
  const read = r.count('cache_read_input_tokens', false);
  const writes = r.count('cache_creation_input_tokens', false);
  const w5 = r.count('cache_creation.ephemeral_5m_input_tokens', false);
  const w1h = r.count('cache_creation.ephemeral_1h_input_tokens', false);
  const thinking = r.count('output_tokens_details.thinking_tokens', false);
  const searches = r.count('server_tool_use.web_search_requests', false);
  const fetches = r.count('server_tool_use.web_fetch_requests', false);
  // The breakdown by TTL splits the total; without a total, the breakdown alone is billed.
  if (w5 + w1h > writes && isCount(usage.cache_creation_input_tokens))
    r.fail(
      'cache_creation',
      `cache writes by TTL (ephemeral_5m_input_tokens ${w5} + ephemeral_1h_input_tokens ${w1h} = ${w5 + w1h}) are part of cache_creation_input_tokens (${writes}) and cannot exceed it`,
    );
  r.done();
  const out: NormalizedUsage = {
    inputTokens: input,
    cacheReadTokens: read,
    // The total is authoritative; writes the breakdown does not place bill at the 5-minute rate.
    cacheWrite5mTokens: Math.max(w5, writes - w1h),
    cacheWrite1hTokens: w1h,
    outputTokens: output,
  };
  if (thinking > 0) out.reasoningTokens = thinking;
  if (searches > 0) out.webSearchRequests = searches;
  if (fetches > 0) out.webFetchRequests = fetches;
  if (typeof usage.service_tier === 'string') out.serviceTier = usage.service_tier;
  return out;
}

/** The paths of the counts in OpenAI's usage, made once (this runs for every call). */
function usagePaths(inKey: string, outKey: string) {
  const inDetails = `${inKey}_details`;
  const outDetails = `${outKey}_details`;
  return {
    inKey,
    outKey,
    inDetails,
    written: `${inDetails}.cache_write_tokens`,
    reasoning: `${outDetails}.reasoning_tokens`,
    cached: `${inDetails}.cached_tokens`,
  };
}

const CHAT_PATHS = usagePaths('prompt_tokens', 'completion_tokens');
const RESPONSES_PATHS = usagePaths('input_tokens', 'output_tokens');

/** OpenAI's usage (Chat Completions and Embeddings when `chat`, else Responses) and its compatibles'. */
export function fromCompatible(provider: Provider, usage: Obj, chat: boolean): NormalizedUsage {
  const r = new Reader(usage);
  const paths = chat ? CHAT_PATHS : RESPONSES_PATHS;
  const { inKey, outKey, inDetails } = paths;
  const prompt = r.count(inKey, true);
  // Embeddings have no completion_tokens: no output.
  const completion = r.count(outKey, !chat);
  const written = r.count(paths.written, false);
  const reasoning = r.count(paths.reasoning, false);
  let cached = r.count(paths.cached, false);
  // Mistral counts cache hits apart: `num_cached_tokens`, part of prompt_tokens.
  if (provider === 'mistral' && has(usage, 'num_cached_tokens'))
    cached = r.count('num_cached_tokens', false);
  if (provider === 'deepseek' && has(usage, 'prompt_cache_hit_tokens')) {
    // DeepSeek: hits and misses split prompt_tokens.
    cached = r.count('prompt_cache_hit_tokens', false);
    const miss = has(usage, 'prompt_cache_miss_tokens')
      ? r.count('prompt_cache_miss_tokens', false)
      : prompt - cached;
    if (cached + miss !== prompt)
      r.fail(
        'prompt_cache_hit_tokens',
        `cache hits (${cached}) and misses (${miss}) must add up to ${inKey} (${prompt})`,
      );
  }
  if (cached + written > prompt)
    r.fail(
      inDetails,
      `cached (${cached}) and cache-write (${written}) tokens are part of ${inKey} (${prompt}) and cannot exceed it`,
    );
  const reported = readReportedCost(r, usage);
  const outside = reasoningOutside(provider, usage, prompt + completion, reasoning);
  if (!outside && reasoning > completion)
    r.fail(
      paths.reasoning,
      `reasoning tokens (${reasoning}) are part of ${outKey} (${completion}) and cannot exceed it`,
    );
  r.done();
  const out: NormalizedUsage = {
    inputTokens: prompt - cached - written,
    cacheReadTokens: cached,
    cacheWrite5mTokens: written,
    cacheWrite1hTokens: 0,
    outputTokens: completion + (outside ? reasoning : 0),
  };
  if (reasoning > 0) out.reasoningTokens = reasoning;
  if (reported !== undefined) {
    out.reportedCostUsd = reported.totalUsd;
    if (reported.upstreamUsd !== undefined) out.reportedUpstreamCostUsd = reported.upstreamUsd;
  }
  return out;
}

/**
 * Whether reasoning tokens come on top of the completion count. OpenAI's rule (and most
 * compatible providers') counts them inside; xAI counts them outside. `total_tokens` settles
 * it when present; without it xAI is read as outside (billing reasoning once more can only
 * overcharge, never let a call past its limit).
 */
function reasoningOutside(
  provider: Provider,
  usage: Obj,
  promptPlusCompletion: number,
  reasoning: number,
): boolean {
  // OpenAI (and Azure, which serves OpenAI's models) always counts reasoning inside.
  if (reasoning === 0 || provider === 'openai' || provider === 'azure') return false;
  const total = usage.total_tokens;
  if (typeof total === 'number') return total === promptPlusCompletion + reasoning;
  return provider === 'xai';
}
