/**
 * Which price table an AI SDK model's `provider` string is priced from, and the API shape
 * its usage arrives in. One table, so a provider the pricing package learns (Google,
 * Bedrock, Azure, the OpenAI-compatible providers) is one line here.
 */
import type { Provider } from '@tollgate/pricing';
import { UnknownModelError } from '@tollgate/pricing';
import { compatibleRoute, movedRoute } from './openai-compatible-route.js';
import type { ProviderRoute } from './provider-route.js';

/**
 * AI SDK `provider` strings with a price table today. Add a line when the pricing package
 * gains a table, e.g. `'google.generative-ai': { provider: 'google', ... }`.
 */
export const PROVIDER_ROUTES: Readonly<Record<string, ProviderRoute>> = {
  'openai.responses': { provider: 'openai', api: 'openai-responses', optionsKey: 'openai' },
  'openai.chat': { provider: 'openai', api: 'openai-chat', optionsKey: 'openai' },
  'openai.embedding': { provider: 'openai', api: 'openai-embedding', optionsKey: 'openai' },
  'anthropic.messages': { provider: 'anthropic', api: 'anthropic', optionsKey: 'anthropic' },
  // Every Bedrock model (language and embedding) names this provider; usage.raw is Converse's.
  'amazon-bedrock': { provider: 'bedrock', api: 'bedrock-converse', optionsKey: 'bedrock' },
  // Claude on Bedrock through Anthropic's Messages API (`@ai-sdk/amazon-bedrock/anthropic`).
  'bedrock.anthropic.messages': { provider: 'bedrock', api: 'anthropic', optionsKey: 'anthropic' },
  'google.generative-ai': { provider: 'google', api: 'google', optionsKey: 'google' },
  'google.vertex.chat': { provider: 'vertex', api: 'google', optionsKey: 'vertex' },
  'google.vertex.embedding': { provider: 'vertex', api: 'google', optionsKey: 'vertex' },
  // Claude on Vertex AI (@ai-sdk/google-vertex/anthropic): Anthropic's wire, Vertex's rates.
  'googleVertex.anthropic.messages': {
    provider: 'vertex',
    api: 'anthropic',
    optionsKey: 'anthropic',
  },
  'azure.responses': { provider: 'azure', api: 'openai-responses', optionsKey: 'azure' },
  'azure.chat': { provider: 'azure', api: 'openai-chat', optionsKey: 'azure' },
  'azure.embeddings': { provider: 'azure', api: 'openai-embedding', optionsKey: 'azure' },
  'deepseek.chat': { provider: 'deepseek', api: 'openai-compatible-chat', optionsKey: 'deepseek' },
  'xai.responses': { provider: 'xai', api: 'openai-compatible-responses', optionsKey: 'xai' },
  // `@ai-sdk/xai` 2's default model (Chat Completions; the later majors name only Responses).
  'xai.chat': { provider: 'xai', api: 'openai-compatible-chat', optionsKey: 'xai' },
  'groq.chat': { provider: 'groq', api: 'openai-compatible-chat', optionsKey: 'groq' },
  'mistral.chat': { provider: 'mistral', api: 'openai-compatible-chat', optionsKey: 'mistral' },
  'mistral.embedding': {
    provider: 'mistral',
    api: 'openai-compatible-embedding',
    optionsKey: 'mistral',
  },
  'togetherai.chat': {
    provider: 'together',
    api: 'openai-compatible-chat',
    optionsKey: 'togetherai',
  },
  'togetherai.embedding': {
    provider: 'together',
    api: 'openai-compatible-embedding',
    optionsKey: 'togetherai',
  },
  'fireworks.chat': {
    provider: 'fireworks',
    api: 'openai-compatible-chat',
    optionsKey: 'fireworks',
  },
  'fireworks.embedding': {
    provider: 'fireworks',
    api: 'openai-compatible-embedding',
    optionsKey: 'fireworks',
  },
  // @openrouter/ai-sdk-provider: every model class reports plain `openrouter`.
  openrouter: { provider: 'openrouter', api: 'openai-compatible-chat', optionsKey: 'openrouter' },
};

/**
 * The route of a model's provider. `table` (the adapter's `provider` option) prices it
 * from that table instead: a provider string without a route of its own is then read by
 * its suffix as OpenAI-compatible (`my-llm.chat`, `my-llm.embedding`). Throws
 * `UnknownModelError` (`UNKNOWN_MODEL`) for a provider no table prices: its calls are
 * refused before dispatch, never let through free.
 */
export function routeOf(
  provider: string,
  modelId: string,
  table: Provider | 'auto' = 'auto',
): ProviderRoute {
  const known = Object.hasOwn(PROVIDER_ROUTES, provider) ? PROVIDER_ROUTES[provider] : undefined;
  const route =
    table === 'auto'
      ? known
      : known === undefined
        ? compatibleRoute(provider, table)
        : movedRoute(known, table);
  if (route === undefined) throw new UnknownModelError(provider, modelId, []);
  return route;
}
