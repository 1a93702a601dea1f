/**
 * The usage of a v2 model step, read into the provider's own usage shape so it is priced
 * exactly as v3/v4 steps are (`usage.raw`, see `charge-step.ts`).
 *
 * A v2 usage is flat (`inputTokens`, `outputTokens`, `cachedInputTokens`, `reasoningTokens`,
 * each possibly undefined) and has no `raw`; the providers put the rest in their metadata:
 * - `@ai-sdk/anthropic` 2: `providerMetadata.anthropic.usage` is the Messages API usage as
 *   it arrived (cache reads, cache writes by TTL in `cache_creation`, server tool use),
 *   merged over a stream's start and delta events. Without it (a stream that never started
 *   its message), the flat counts and `cacheCreationInputTokens` are read, and writes whose
 *   TTL cannot be told are read as 1-hour writes, the dearer rate.
 * - `@ai-sdk/openai` 2 and `@ai-sdk/azure` 2 (OpenAI's models): `doGenerate` returns the
 *   response body, whose `usage` is read as it is. A stream's usage is rebuilt from the flat
 *   counts (cached and reasoning tokens) and `providerMetadata.<key>.usage.cacheWriteTokens`,
 *   which is every field the price of an OpenAI call reads; the tier served is read from the
 *   metadata as for v4. The key is `openai` for every Chat model (Azure's too: the v2 Chat
 *   model writes it as a constant), the provider's name for a Responses model (`azure`).
 * - `@ai-sdk/openai-compatible` 1: the body's `usage` on `doGenerate`; a stream's from the
 *   flat counts, `total_tokens` included (it tells reasoning counted outside the completion,
 *   as xAI's). Counts only some providers send (DeepSeek's cache hits, Mistral's
 *   `num_cached_tokens`) are not in the flat usage: those cached tokens are charged at the
 *   uncached rate, the dearer reading.
 * - `@ai-sdk/deepseek` 1 (`deepseek.chat`): the body's `usage` on `doGenerate`; a stream's
 *   from the flat counts (`cachedInputTokens` is `prompt_cache_hit_tokens`, reasoning from
 *   `completion_tokens_details`) with `total_tokens`, and the hits and misses
 *   `providerMetadata.deepseek` carries, under DeepSeek's names: every count of its usage.
 * - `@ai-sdk/xai` 2 (`xai.chat`, its default, and `xai.responses`): the body's `usage` on
 *   `doGenerate` (a body without one is unread: the provider would report zeros); a stream's
 *   from the flat counts with `total_tokens`. Its Chat model adds the reasoning xAI counts
 *   outside `completion_tokens` into `outputTokens`, so the total (prompt, completion and
 *   reasoning) reads them as inside, charged once; its Responses model passes `output_tokens`
 *   and the total as xAI sent them. A Responses stream without a total has its reasoning
 *   charged on top of the output, the dearer reading, as v4 reads xAI usage without one.
 * - `@ai-sdk/groq` 2 (`groq.chat`): the body's `usage` on `doGenerate`; a stream's from the
 *   flat counts it reads from the last chunk's `x_groq.usage` (prompt, cached, completion,
 *   total), every count Groq's price reads (its reasoning is inside the completion). A
 *   stream without `x_groq.usage` is unread: charged what arrived.
 * - `@ai-sdk/mistral` 2 (`mistral.chat`): the body's `usage` on `doGenerate`, with Mistral's
 *   `num_cached_tokens`. A stream's usage schema keeps only `prompt_tokens`,
 *   `completion_tokens` and `total_tokens`: the cache hits are dropped before the adapter
 *   sees them, so a stream's cached tokens are charged at the uncached rate, the dearer
 *   reading (never under the bill).
 * - `@ai-sdk/togetherai` 1 and `@ai-sdk/fireworks` 1 (`togetherai.chat`, `fireworks.chat`:
 *   the `@ai-sdk/openai-compatible` 1 chat model, usage asked for on streams): the body's
 *   `usage` on `doGenerate`; a stream's from the flat counts (prompt, cached, completion,
 *   reasoning) with `total_tokens`, every count either price reads.
 * - `@ai-sdk/google` 2: `providerMetadata.google.usageMetadata` is Gemini's usage (summed
 *   over continued requests, as v4's `raw`) with thoughts and cached content, but without
 *   `toolUsePromptTokenCount`, which the provider's schema drops; it is read back from
 *   `totalTokenCount` (see `geminiUsage`). Without the metadata (a stream that ended before
 *   its finish reason) or its total, the usage is unread: the flat counts lack those tokens.
 * - `@ai-sdk/amazon-bedrock` 3: Converse's usage from the flat counts (`inputTokens` without
 *   cache tokens, `cachedInputTokens` the cache reads) and
 *   `providerMetadata.bedrock.usage.cacheWriteInputTokens`, with the writes' split by TTL
 *   (`cacheDetails`) when the metadata carries one: every field Converse's price reads. The
 *   3.x provider carries no split, and sends no TTL either (every cache point is a 5-minute
 *   `{ type: 'default' }`), so its writes are 5-minute writes.
 */
import type { LanguageModelV4Usage, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import { isRecord } from '@tollgate/core/internal';
import type { StepOutcome } from './charge-step.js';
import type { ProviderRoute } from './provider-route.js';
import type { LanguageModelV2GenerateResult, LanguageModelV2StreamPart } from './spec-v2.js';

type Json = Record<string, unknown>;
type UsageV2 = LanguageModelV2GenerateResult['usage'];
type FinishV2 = Extract<LanguageModelV2StreamPart, { type: 'finish' }>;

/** What a v2 `doGenerate` reported. */
export function generatedOutcomeV2(
  route: ProviderRoute,
  result: LanguageModelV2GenerateResult,
  webSearches: number,
): StepOutcome {
  const body = result.response?.body;
  return outcomeV2(route, result.usage, result.providerMetadata, body, webSearches);
}

/** What a v2 stream's `finish` part reported. */
export function finishedOutcomeV2(
  route: ProviderRoute,
  part: FinishV2,
  webSearches: number,
): StepOutcome {
  return outcomeV2(route, part.usage, part.providerMetadata, undefined, webSearches);
}

function outcomeV2(
  route: ProviderRoute,
  usage: UsageV2 | undefined,
  providerMetadata: SharedV4ProviderMetadata | undefined,
  responseBody: unknown,
  webSearches: number,
): StepOutcome {
  const raw = rawUsageV2(route, usage, providerMetadata?.[metadataKeyV2(route)], responseBody);
  return {
    usage: raw === undefined ? undefined : withRaw(raw),
    providerMetadata,
    ...(responseBody === undefined ? {} : { responseBody }),
    webSearches,
  };
}

/** A v4 usage carrying the provider's own usage: only `raw` is priced when it is a record. */
function withRaw(raw: Json): LanguageModelV4Usage {
  return {
    inputTokens: {
      total: undefined,
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: { total: undefined, text: undefined, reasoning: undefined },
    raw,
  } as LanguageModelV4Usage;
}

/**
 * The key a v2 model writes its provider metadata under: `openai` for every Chat
 * Completions model of `@ai-sdk/openai` 2 (Azure's Chat models are those), the provider's
 * name (its options key) for every other.
 */
export function metadataKeyV2(route: ProviderRoute): string {
  return route.api === 'openai-chat' ? 'openai' : route.optionsKey;
}

/** The provider's own usage of a v2 step, or `undefined` when its counts are missing. */
export function rawUsageV2(
  route: ProviderRoute,
  usage: UsageV2 | undefined,
  metadata: unknown,
  responseBody: unknown,
): Json | undefined {
  const own: Json = isRecord(metadata) ? metadata : {};
  switch (route.api) {
    case 'anthropic':
      if (isRecord(own.usage)) return own.usage;
      return usage === undefined ? undefined : anthropicUsage(usage, own.cacheCreationInputTokens);
    case 'google':
      return geminiUsage(own.usageMetadata);
    case 'bedrock-converse':
      return usage === undefined ? undefined : converseUsage(usage, own.usage);
    default:
      break;
  }
  // A body without usage is unread: @ai-sdk/xai 2's Responses model reports zeros for it.
  if (isRecord(responseBody)) return isRecord(responseBody.usage) ? responseBody.usage : undefined;
  if (usage === undefined) return undefined;
  if (route.api === 'openai-chat' || route.api === 'openai-responses') {
    const written = isRecord(own.usage) ? own.usage.cacheWriteTokens : undefined;
    return openaiUsage(route.api, usage, written);
  }
  const counts = compatibleUsage(usage);
  return counts === undefined ? undefined : { ...counts, ...deepseekCacheCounts(own) };
}

/** Messages usage from the flat counts; writes of unknown TTL read as 1-hour writes. */
function anthropicUsage(usage: UsageV2, written: unknown): Json | undefined {
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  const writes = typeof written === 'number' ? written : 0;
  return {
    input_tokens: usage.inputTokens,
    output_tokens: usage.outputTokens,
    cache_read_input_tokens: usage.cachedInputTokens ?? 0,
    cache_creation_input_tokens: writes,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: writes },
  };
}

/** The field names of OpenAI's two usage shapes; in both, the input count includes cached and written tokens. */
const OPENAI_USAGE = {
  'openai-chat': [
    'prompt_tokens',
    'completion_tokens',
    'prompt_tokens_details',
    'completion_tokens_details',
  ],
  'openai-responses': [
    'input_tokens',
    'output_tokens',
    'input_tokens_details',
    'output_tokens_details',
  ],
} as const;

/** OpenAI usage (Chat Completions or Responses) from the flat counts and the written tokens. */
function openaiUsage(
  api: keyof typeof OPENAI_USAGE,
  usage: UsageV2,
  written: unknown,
): Json | undefined {
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  const [input, output, inputDetails, outputDetails] = OPENAI_USAGE[api];
  return {
    [input]: usage.inputTokens,
    [output]: usage.outputTokens,
    [inputDetails]: {
      cached_tokens: usage.cachedInputTokens ?? 0,
      ...(typeof written === 'number' ? { cache_write_tokens: written } : {}),
    },
    [outputDetails]: { reasoning_tokens: usage.reasoningTokens ?? 0 },
  };
}

/**
 * OpenAI-compatible Chat usage from the flat counts, with `total_tokens`: a provider that
 * counts reasoning outside `completion_tokens` (xAI) is told apart by it.
 */
function compatibleUsage(usage: UsageV2): Json | undefined {
  const counts = openaiUsage('openai-chat', usage, undefined);
  if (counts === undefined || usage.totalTokens === undefined) return counts;
  return { ...counts, total_tokens: usage.totalTokens };
}

/**
 * DeepSeek's cache hits and misses as `@ai-sdk/deepseek` 1 writes them in its metadata
 * (`promptCacheHitTokens`, `promptCacheMissTokens`, null when the API sent none), under
 * DeepSeek's own names: the DeepSeek table reads them before `cached_tokens` and checks that
 * they add up to `prompt_tokens`. Nothing for any other provider's metadata.
 */
function deepseekCacheCounts(metadata: Json): Json {
  const hits = metadata.promptCacheHitTokens;
  const misses = metadata.promptCacheMissTokens;
  return {
    ...(typeof hits === 'number' ? { prompt_cache_hit_tokens: hits } : {}),
    ...(typeof misses === 'number' ? { prompt_cache_miss_tokens: misses } : {}),
  };
}

/**
 * Converse usage from the flat counts and the cache writes in the provider metadata, with
 * their split by TTL (`cacheDetails`) when the metadata carries it, so 1-hour writes are
 * priced as v4 prices them from Converse's own usage. `@ai-sdk/amazon-bedrock` 3 passes no
 * `cacheDetails`, but it sends every cache point as `{ type: 'default' }` (a `ttl` in the
 * options is dropped): its writes are all 5-minute writes, as they are read without it.
 */
function converseUsage(usage: UsageV2, bedrockUsage: unknown): Json | undefined {
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  const own = isRecord(bedrockUsage) ? bedrockUsage : undefined;
  const written = own?.cacheWriteInputTokens;
  const converse: Json = {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    cacheReadInputTokens: usage.cachedInputTokens ?? 0,
    cacheWriteInputTokens: typeof written === 'number' ? written : 0,
  };
  // Checked where Converse usage is read (a malformed split is InvalidUsageError there).
  if (own?.cacheDetails !== undefined && own.cacheDetails !== null)
    converse.cacheDetails = own.cacheDetails;
  return converse;
}

/** The counts `totalTokenCount` adds up beside the tool-use prompt tokens. */
const GEMINI_COUNTED = ['promptTokenCount', 'candidatesTokenCount', 'thoughtsTokenCount'] as const;

/**
 * Gemini's usage as `@ai-sdk/google` 2 passes it on. Its schema drops
 * `toolUsePromptTokenCount` (the prompt tokens of tool results, URL context or code
 * execution, billed as input), which `totalTokenCount` still counts beside the prompt,
 * candidates and thoughts: what the total has beyond them is read back as tool-use prompt
 * tokens. Never less than the provider billed: an excess of any other origin is charged as
 * input. Without a total the tool-use tokens cannot be told, and the usage is unread.
 */
function geminiUsage(usageMetadata: unknown): Json | undefined {
  if (!isRecord(usageMetadata) || typeof usageMetadata.totalTokenCount !== 'number')
    return undefined;
  let counted = 0;
  for (const key of GEMINI_COUNTED) {
    const count = usageMetadata[key];
    if (typeof count === 'number') counted += count;
  }
  const toolUse = usageMetadata.totalTokenCount - counted;
  return toolUse > 0 ? { ...usageMetadata, toolUsePromptTokenCount: toolUse } : usageMetadata;
}
