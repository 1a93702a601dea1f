/**
 * Models of specification v2 (`ai` 5, `@ai-sdk/*` 2): which of them are metered, and the
 * v2 types the adapter reads. Their call options and stream parts are those of v4 wherever
 * the hold reads them, but for provider tools (`provider-defined`) and file data (see
 * `plan-view-v2.ts`); their usage is flat, with the rest in provider metadata (see
 * `usage-v2.ts`).
 */
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import type {
  EmbeddingModelV2,
  LanguageModelV2,
  LanguageModelV2CallOptions,
  LanguageModelV2Middleware,
  LanguageModelV2StreamPart,
} from 'ai-sdk-provider-v2';
import type { MeteringLayer } from './metering-layer.js';
import { PROVIDER_ROUTES } from './provider-routes.js';

export type {
  EmbeddingModelV2,
  LanguageModelV2,
  LanguageModelV2CallOptions,
  LanguageModelV2Middleware,
  LanguageModelV2StreamPart,
};

/** What `doGenerate` of a v2 model returns. */
export type LanguageModelV2GenerateResult = Awaited<ReturnType<LanguageModelV2['doGenerate']>>;

/** What `doStream` of a v2 model returns. */
export type LanguageModelV2StreamResult = Awaited<ReturnType<LanguageModelV2['doStream']>>;

/**
 * The v2 provider strings metered, each of a package whose v2 usage is read field by field
 * and tested: `@ai-sdk/openai` 2 (Responses, Chat, embeddings), `@ai-sdk/anthropic` 2,
 * `@ai-sdk/azure` 2 (Responses, Chat, embeddings: OpenAI's models), `@ai-sdk/google` 2 (the
 * Gemini API's language and embedding models), `@ai-sdk/amazon-bedrock` 3 (Converse and
 * embeddings), `@ai-sdk/deepseek` 1 (its chat model, cache hits and misses read),
 * `@ai-sdk/xai` 2 (Chat and Responses), `@ai-sdk/groq` 2 (Chat), `@ai-sdk/mistral` 2
 * (Chat, whose streams drop the cache hits: charged as uncached, the dearer reading, and
 * embeddings), `@ai-sdk/togetherai` 1 and `@ai-sdk/fireworks` 1 (Chat: the OpenAI-compatible
 * 1 chat model, stream usage asked for; their embedding, completion and image models are not
 * metered). Each is priced from its own table only. Beside them, an
 * `@ai-sdk/openai-compatible` 1 model (`<name>.chat`, `<name>.embedding`, a name with no
 * route of its own) is metered when the adapter's `provider` option names its table (see
 * `isMeteredCompatibleV2`). Every other v2 model is refused: its provider metadata, where a
 * v2 provider puts cache and reasoning counts, is not read here, and a step priced without
 * them would be mispriced.
 */
export const METERED_V2_PROVIDERS: ReadonlySet<string> = new Set([
  'openai.responses',
  'openai.chat',
  'openai.embedding',
  'anthropic.messages',
  'azure.responses',
  'azure.chat',
  'azure.embeddings',
  'google.generative-ai',
  'amazon-bedrock',
  'deepseek.chat',
  'xai.chat',
  'xai.responses',
  'groq.chat',
  'mistral.chat',
  'mistral.embedding',
  'togetherai.chat',
  'fireworks.chat',
]);

/**
 * True for the provider string of an `@ai-sdk/openai-compatible` 1 chat or embedding model
 * (`createOpenAICompatible({ name })` names it `<name>.chat`, `<name>.embedding`) priced
 * from the table the adapter's `provider` option names: its usage is OpenAI's Chat usage,
 * read from the response body or the flat counts (see `usage-v2.ts`). A name with a route
 * of its own (`deepseek.chat`, `groq.chat`, ...) is another package's model: not this one.
 */
export function isMeteredCompatibleV2(provider: string, table: string): boolean {
  return (
    table !== 'auto' &&
    !Object.hasOwn(PROVIDER_ROUTES, provider) &&
    /^[^.]+\.(chat|embedding)$/.test(provider)
  );
}

/** True for an AI SDK model (language or embedding) of specification v2. */
export function isSpecV2(model: { readonly specificationVersion?: unknown }): boolean {
  return model.specificationVersion === 'v2';
}

/**
 * Throws `InvalidOptionsError` (issue path `model`) for a v2 model this adapter cannot
 * price exactly: `withBudget` when it is given one, `budgetMiddleware` at its first step,
 * before anything is held or sent.
 */
export function refuseUnmeteredV2(
  model: { readonly provider: string; readonly modelId: string },
  settings: { readonly layer: Pick<MeteringLayer, 'where'>; readonly provider: string },
): void {
  const own = METERED_V2_PROVIDERS.has(model.provider)
    ? PROVIDER_ROUTES[model.provider]?.provider
    : undefined;
  if (own !== undefined && (settings.provider === 'auto' || settings.provider === own)) return;
  if (isMeteredCompatibleV2(model.provider, settings.provider)) return;
  const received =
    own === undefined
      ? `a v2 model of provider ${describeValue(model.provider)} (${describeValue(model.modelId)})`
      : `a v2 ${describeValue(model.provider)} model priced as provider ${describeValue(settings.provider)}`;
  const message =
    'expected an AI SDK model of specification v2 from @ai-sdk/openai, @ai-sdk/anthropic, ' +
    '@ai-sdk/azure, @ai-sdk/google, @ai-sdk/amazon-bedrock, @ai-sdk/deepseek, @ai-sdk/xai, ' +
    '@ai-sdk/groq, @ai-sdk/mistral, @ai-sdk/togetherai or @ai-sdk/fireworks ' +
    `(provider ${[...METERED_V2_PROVIDERS].join(', ')}, priced from its own table), an ` +
    '@ai-sdk/openai-compatible model (<name>.chat or <name>.embedding) with the table named ' +
    'in the provider option, or a model of specification v3 or v4, received ' +
    `${received}: its v2 usage cannot be read exactly here, so it is refused rather than ` +
    'mispriced. Use the provider package of ai 6 or 7';
  throw new InvalidOptionsError(`Invalid ${settings.layer.where} options: model: ${message}`, [
    { path: 'model', message },
  ]);
}
