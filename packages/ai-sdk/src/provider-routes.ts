/**
 * Which price table an AI SDK model's `provider` string is priced from, and the API shape
 * its usage arrives in. One table, so a provider the pricing package learns (Google,
 * Bedrock, Azure, the OpenAI-compatible providers) is one line here.
 */
import type { Provider } from '@tollgate/pricing';
import { UnknownModelError } from '@tollgate/pricing';

/** The wire API behind a model: it decides how the prompt is framed and usage is read. */
export type ProviderApi =
  | 'openai-responses'
  | 'openai-chat'
  | 'openai-embedding'
  | 'anthropic'
  // Amazon Bedrock's Converse API (`@ai-sdk/amazon-bedrock`): Claude, Nova, Llama, Mistral...
  | 'bedrock-converse';

/** How one AI SDK provider string is priced. */
export interface ProviderRoute {
  /** The price table (`computeCost`'s provider id). */
  readonly provider: Provider;
  /** The wire API behind the provider's models: how the prompt is framed and usage read. */
  readonly api: ProviderApi;
  /** The key of this provider's `providerOptions` and `providerMetadata`. */
  readonly optionsKey: string;
}

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
};

/**
 * The route of a model's provider. Throws `UnknownModelError` (`UNKNOWN_MODEL`) for a
 * provider no table prices: its calls are refused before dispatch, never let through free.
 */
export function routeOf(provider: string, modelId: string): ProviderRoute {
  const route = Object.hasOwn(PROVIDER_ROUTES, provider) ? PROVIDER_ROUTES[provider] : undefined;
  if (route === undefined) throw new UnknownModelError(provider, modelId, []);
  return route;
}
