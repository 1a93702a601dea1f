/**
 * Which price table a wrapped `openai` client is priced from: the provider it talks to.
 * `new OpenAI({ baseURL: 'https://api.deepseek.com' })` is priced at DeepSeek's rates,
 * `new AzureOpenAI(...)` at Azure's. Any other base URL (a proxy, a self-hosted server, a
 * loopback test server) keeps the OpenAI table, where an unknown model is refused.
 */
import { PROVIDERS, type Provider, providerForBaseUrl } from '@tollgate/pricing';
import { isAzureClient } from './azure-client.js';

/** A provider the OpenAI adapter can price. */
export type CompatibleProvider = Exclude<Provider, 'anthropic'>;

/**
 * The providers the OpenAI adapter prices: every table whose models answer in the
 * OpenAI-compatible shape (Chat Completions, Responses, Embeddings). Anthropic is not one:
 * its compatibility endpoint is priced by `@tollgate/anthropic` clients instead.
 */
export const COMPATIBLE_PROVIDERS: readonly CompatibleProvider[] = PROVIDERS.filter(
  (provider): provider is CompatibleProvider => provider !== 'anthropic',
);

/** The `provider` option: a provider id, or `'auto'` to detect it from the client. */
export type ProviderOption = 'auto' | CompatibleProvider;

/**
 * The provider whose prices apply to `client`: `option` when it names one; else Azure for
 * an `AzureOpenAI` client; else the provider of the client's `baseURL`; else `'openai'`.
 */
export function providerOfClient(client: object, option: ProviderOption): CompatibleProvider {
  if (option !== 'auto') return option;
  if (isAzureClient(client)) return 'azure';
  const baseURL = Reflect.get(client, 'baseURL');
  const detected = typeof baseURL === 'string' ? providerForBaseUrl(baseURL) : undefined;
  return detected === undefined || detected === 'anthropic' ? 'openai' : detected;
}

/** True when the model's tokenizer is OpenAI's (`o200k_base` / `cl100k_base` count it exactly). */
export function countsWithOpenAITokenizer(provider: CompatibleProvider): boolean {
  return provider === 'openai' || provider === 'azure';
}
