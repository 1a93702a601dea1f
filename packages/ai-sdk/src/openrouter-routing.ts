/**
 * What an OpenRouter request adds to its bill beyond the model it names: fallback models
 * (`models: [...]`, any of which may serve and bill the call) and paid plugins (web search,
 * OCR). They reach the body from the call's provider options, the model's settings
 * (`openrouter(id, { models, plugins })`) or an `extraBody` (of the model or the provider),
 * so each source is read; only OpenRouter routes pay for the lookup.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { isRecord } from '@tollgate/core/internal';
import type { Pricing } from '@tollgate/pricing';
import type { HeldStep } from './hold-step.js';
import type { ModelName } from './plan-step.js';
import { choicesAt } from './provider-option-bounds.js';
import { providerOptionsOf } from './provider-options-of.js';
import type { ProviderRoute } from './provider-route.js';

type Json = Record<string, unknown>;

/**
 * The body fields an OpenRouter call may carry, from every place the providers read them
 * (`@openrouter/ai-sdk-provider`: model settings, provider and model `extraBody`, call
 * options; `@ai-sdk/openai-compatible`: the call's options under its name).
 */
function bodySources(
  name: ModelName | undefined,
  options: LanguageModelV4CallOptions,
  route: ProviderRoute,
): Json[] {
  const model = (name ?? {}) as { settings?: unknown; config?: unknown };
  const settings = isRecord(model.settings) ? model.settings : {};
  const config = isRecord(model.config) ? model.config : {};
  const sources: Json[] = [settings, providerOptionsOf(options, route.optionsKey)];
  if (isRecord(settings.extraBody)) sources.push(settings.extraBody);
  if (isRecord(config.extraBody)) sources.push(config.extraBody);
  return sources;
}

/**
 * The fallback models an OpenRouter call may be served by (`models`), every source
 * together, or `undefined` for a call with none (any other route).
 */
export function fallbackModelIds(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  route: ProviderRoute,
): string[] | undefined {
  if (route.provider !== 'openrouter') return undefined;
  const ids: string[] = [];
  for (const source of bodySources(name, options, route)) {
    if (!Array.isArray(source.models)) continue;
    for (const id of source.models) if (typeof id === 'string') ids.push(id);
  }
  return ids.length === 0 ? undefined : ids;
}

/**
 * The choices (`n`) an OpenRouter model's own `extraBody` or its provider's asks for (the
 * call's provider options are read with the other providers', see `provider-option-bounds.ts`):
 * `@openrouter/ai-sdk-provider` sends both in the body. 1 for any other route, or none set.
 */
export function openRouterBodyChoices(name: ModelName, route: ProviderRoute): number {
  if (route.provider !== 'openrouter') return 1;
  const model = name as { settings?: unknown; config?: unknown };
  return Math.max(
    extraBodyChoices(model.settings, "the model's"),
    extraBodyChoices(model.config, "the provider's"),
  );
}

function extraBodyChoices(holder: unknown, owner: string): number {
  const body = isRecord(holder) ? holder.extraBody : undefined;
  return isRecord(body) ? choicesAt(body.n, `${owner} extraBody.n`) : 1;
}

/** An OpenRouter plugin billed per use beyond tokens, named for the refusal, or `undefined`. */
function paidPlugin(plugin: unknown): string | undefined {
  if (!isRecord(plugin)) return undefined;
  // Web search results are billed per result (Exa) or per native search.
  if (plugin.id === 'web') return 'plugins: web';
  // The file parser's OCR engine is billed per page; `pdf-text` is free and `native` is tokens.
  if (plugin.id === 'file-parser') {
    const engine = isRecord(plugin.pdf) ? plugin.pdf.engine : undefined;
    if (engine !== 'pdf-text' && engine !== 'native') return 'plugins: file-parser';
  }
  return undefined;
}

/**
 * The paid OpenRouter feature of a call that no price table prices (web search, through
 * the web plugin or `web_search_options`; the file parser's OCR), or `undefined`.
 */
export function openRouterPaidFeature(
  name: ModelName | undefined,
  options: LanguageModelV4CallOptions,
  route: ProviderRoute,
): string | undefined {
  for (const source of bodySources(name, options, route)) {
    if (source.web_search_options !== undefined && source.web_search_options !== null)
      return 'web_search_options';
    if (!Array.isArray(source.plugins)) continue;
    for (const plugin of source.plugins) {
      const paid = paidPlugin(plugin);
      if (paid !== undefined) return paid;
    }
  }
  return undefined;
}

/**
 * The step as the model a response names would be charged: that model when it is one the
 * call could fall back to (OpenRouter names the model that served it), else the held step,
 * priced at the dearest of them.
 */
export function servedStep(held: HeldStep, modelId: string | undefined): HeldStep {
  const candidates = held.plan.routedModels;
  if (candidates === undefined || modelId === undefined) return held;
  const served = resolvedId(held.settings.pricing, held.plan.route, modelId);
  if (served === undefined || served === held.plan.model || !candidates.has(served)) return held;
  return { ...held, plan: { ...held.plan, model: served } };
}

function resolvedId(pricing: Pricing, route: ProviderRoute, modelId: string): string | undefined {
  try {
    return pricing.resolve(route.provider, modelId).id;
  } catch {
    return undefined; // a name the table does not know: the dearest candidate stands
  }
}
