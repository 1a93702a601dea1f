/**
 * Routes for models priced from a table the user names (the adapter's `provider` option):
 * an `@ai-sdk/openai-compatible` provider is called whatever its user names it
 * (`createOpenAICompatible({ name: 'my-llm' })` reports `my-llm.chat`), so its table cannot
 * be known from the name alone.
 */
import type { Provider } from '@tollgate/pricing';
import type { ProviderApi, ProviderRoute } from './provider-route.js';

/** The model kinds an OpenAI-compatible provider names in its `provider` suffix. */
const COMPATIBLE_APIS: Readonly<Record<string, ProviderApi>> = {
  chat: 'openai-compatible-chat',
  responses: 'openai-compatible-responses',
  embedding: 'openai-compatible-embedding',
  embeddings: 'openai-compatible-embedding',
};

/** The tables of OpenAI's own models, whose tokenizers and image sizing are OpenAI's. */
const OPENAI_MODEL_TABLES: ReadonlySet<Provider> = new Set(['openai', 'azure']);

/** OpenAI's wire shapes, served by another provider's models. */
const ON_OTHER_MODELS: Partial<Record<ProviderApi, ProviderApi>> = {
  'openai-chat': 'openai-compatible-chat',
  'openai-responses': 'openai-compatible-responses',
  'openai-embedding': 'openai-compatible-embedding',
};

/**
 * The route of an OpenAI-compatible provider string (`<name>.chat`, `<name>.embedding`,
 * `<name>.responses`) priced from `table`, or `undefined` for any other kind of model
 * (completion, image, speech: refused as unknown).
 */
export function compatibleRoute(provider: string, table: Provider): ProviderRoute | undefined {
  const dot = provider.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const kind = provider.slice(dot + 1);
  const api = Object.hasOwn(COMPATIBLE_APIS, kind) ? COMPATIBLE_APIS[kind] : undefined;
  if (api === undefined) return undefined;
  return { provider: table, api: retarget(api, table), optionsKey: compatibleOptionsKey(provider) };
}

/**
 * The key an `@ai-sdk/openai-compatible` model (1 and 3) reads its options under: the part
 * of its provider string before the first dot, trimmed (`provider.split('.')[0].trim()`),
 * so `createOpenAICompatible({ name: 'gw ' })` reads `providerOptions.gw`. Read untrimmed,
 * the options it sends (`n`, `max_tokens`) would never reach the hold.
 */
export function compatibleOptionsKey(provider: string): string {
  const dot = provider.indexOf('.');
  return (dot < 0 ? provider : provider.slice(0, dot)).trim();
}

/**
 * A known route priced from another table (`createOpenAI({ baseURL })` pointed at another
 * provider, say): same wire and options, the table's models. OpenAI's shapes served by
 * models that are not OpenAI's are read as OpenAI-compatible (no OpenAI tokenizer).
 */
export function movedRoute(route: ProviderRoute, table: Provider): ProviderRoute {
  if (route.provider === table) return route;
  return { ...route, provider: table, api: retarget(route.api, table) };
}

function retarget(api: ProviderApi, table: Provider): ProviderApi {
  if (OPENAI_MODEL_TABLES.has(table)) {
    const openai = Object.entries(ON_OTHER_MODELS).find(([, other]) => other === api)?.[0];
    return (openai as ProviderApi | undefined) ?? api;
  }
  return ON_OTHER_MODELS[api] ?? api;
}
