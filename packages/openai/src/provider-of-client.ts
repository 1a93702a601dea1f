/**
 * Which price table a wrapped `openai` client is priced from: the provider it talks to.
 * `new OpenAI({ baseURL: 'https://api.deepseek.com' })` is priced at DeepSeek's rates,
 * `new AzureOpenAI(...)` at Azure's. Any other base URL (a proxy, a self-hosted server, a
 * loopback test server) keeps the OpenAI table, where an unknown model is refused.
 */
import { type Provider, providerForBaseUrl } from '@tollgate/pricing';
import { isAzureClient } from './azure-client.js';

/**
 * The providers the OpenAI adapter prices: every table whose models answer in the
 * OpenAI-compatible shape (Chat Completions, Responses, Embeddings). Anthropic is not one:
 * its compatibility endpoint is priced by `@tollgate/anthropic` clients instead.
 */
export const COMPATIBLE_PROVIDERS = [
  'openai',
  'azure',
  'google',
  'vertex',
  'bedrock',
  'deepseek',
  'xai',
  'mistral',
  'groq',
  'together',
  'fireworks',
  'openrouter',
] as const satisfies readonly Provider[];

/** A provider the OpenAI adapter can price. */
export type CompatibleProvider = (typeof COMPATIBLE_PROVIDERS)[number];

/** The `provider` option: a provider id, or `'auto'` to detect it from the client. */
export type ProviderOption = 'auto' | CompatibleProvider;

const compatible: ReadonlySet<string> = new Set(COMPATIBLE_PROVIDERS);

/**
 * The provider whose prices apply to `client`: `option` when it names one; else Azure for
 * an `AzureOpenAI` client; else the provider of the client's `baseURL`; else `'openai'`.
 */
export function providerOfClient(client: object, option: ProviderOption): CompatibleProvider {
  if (option !== 'auto') return option;
  if (isAzureClient(client)) return 'azure';
  const baseURL = Reflect.get(client, 'baseURL');
  const detected = typeof baseURL === 'string' ? providerForBaseUrl(baseURL) : undefined;
  return detected !== undefined && compatible.has(detected)
    ? (detected as CompatibleProvider)
    : 'openai';
}

/** True when the model's tokenizer is OpenAI's (`o200k_base` / `cl100k_base` count it exactly). */
export function countsWithOpenAITokenizer(provider: CompatibleProvider): boolean {
  return provider === 'openai' || provider === 'azure';
}
