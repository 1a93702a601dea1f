/**
 * The hold of one model step (one `doGenerate` / `doStream` call): its model resolved
 * (unknown providers and models are refused), its input bounded from the options as the
 * model receives them (with what its provider options add, see `provider-option-bounds.ts`),
 * its output by the highest maximum the provider will send (`maxOutputTokens`, or one set in
 * the provider options, plus an Anthropic thinking budget) or the model's limit, priced with
 * `estimateCost` at the tier the options ask for.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { InvalidRequestError, type Metadata } from '@tollgate/core';
import type { HoldablePlan } from '@tollgate/core/adapter';
import { compareMoney, formatUsd, isRecord, money, sumMoney } from '@tollgate/core/internal';
import { boundPricer, type Pricing, type Provider, type ResolvedModel } from '@tollgate/pricing';
import { API_FRAMING } from './api-framing.js';
import { bedrockThinking } from './bedrock-reasoning.js';
import { boundPrompt } from './bound-prompt.js';
import { fallbackHops } from './fallback-hops.js';
import { fallbackModelIds, openRouterBodyChoices } from './openrouter-routing.js';
import {
  boundProviderOptions,
  measureOptions,
  type OptionBound,
} from './provider-option-bounds.js';
import { providerOptionsOf } from './provider-options-of.js';
import type { ProviderRoute } from './provider-route.js';
import { routeOf } from './provider-routes.js';
import { textCounter } from './text-tokens.js';
import { askedTier } from './unpriced-tier.js';

/** Uses held for a web search or fetch tool that sets no maximum (OpenAI sets none itself). */
export const ASSUMED_TOOL_USES = 10;

/** Input tokens allowed for the results of one web search or fetched page fed back to the model. */
export const TOOL_RESULT_TOKENS = 10_000;

/** The model a call goes to, as the AI SDK names it. */
export interface ModelName {
  readonly provider: string;
  readonly modelId: string;
}

/** Settings shared by every call of one wrapped model or middleware. */
export interface StepSettings {
  readonly pricing: Pricing;
  readonly metadata: Metadata | undefined;
  /** The price table for every model (the adapter's `provider` option), or `'auto'`: by the model's provider. */
  readonly provider: Provider | 'auto';
}

/** How one step is held and priced. */
export interface StepPlan extends HoldablePlan<StepPlan> {
  readonly route: ProviderRoute;
  /** The input tokens the hold assumed (an upper bound). */
  readonly inputTokens: number;
  /** The output tokens the hold assumed (an upper bound). */
  readonly outputTokens: number;
  /** The service tier the options ask for, priced when the response does not say. */
  readonly serviceTier: string | undefined;
  /** Names of the provider web search tools, whose calls are charged per use. */
  readonly webSearchTools: ReadonlySet<string>;
  /**
   * The models the step's Anthropic server-side fallbacks may run beside `model` (table
   * ids), each billed at its own rates: the usage is then priced iteration by iteration.
   * Empty for every other step.
   */
  readonly fallbackModels: readonly string[];
  /** Searches billed per request whatever the response shows (OpenAI's Chat search models). */
  readonly searchesPerCall?: number;
  /**
   * The models an OpenRouter fallback list lets serve the call (ids of the table); the hold
   * is priced at the dearest (`model`), the charge at the one the response names.
   */
  readonly routedModels?: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Builds the hold of one language-model step. Throws to refuse it before any request. */
export function planStep(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: StepSettings,
): StepPlan {
  const route = routeOf(name.provider, name.modelId, settings.provider);
  // Throws UnknownModelError: a model without a price is refused, never let through free.
  const model = settings.pricing.resolve(route.provider, name.modelId);
  const fallbacks = fallbackModelIds(name, options, route);
  if (fallbacks === undefined) return planModel(name, options, settings, route, model);
  // Any model of an OpenRouter fallback list may serve (and bill) the call: it is held at
  // the dearest of them (an unknown one is refused), and charged as the one that served.
  let dearest: StepPlan | undefined;
  const candidates = new Set<string>();
  for (const id of [name.modelId, ...fallbacks]) {
    const plan = planModel(
      name,
      options,
      settings,
      route,
      settings.pricing.resolve(route.provider, id),
    );
    candidates.add(plan.model);
    if (dearest === undefined || compareMoney(money(plan.holdUsd), money(dearest.holdUsd)) > 0)
      dearest = plan;
  }
  // Tightening counts with OpenAI's tokenizer, which no OpenRouter route uses.
  const { tighten: _unused, ...plan } = dearest as StepPlan;
  return { ...plan, routedModels: candidates };
}

/** The hold of a step on one resolved model. */
function planModel(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: StepSettings,
  route: ProviderRoute,
  model: ResolvedModel,
): StepPlan {
  const own = providerOptionsOf(options, route.optionsKey);
  const optionBound = boundProviderOptions(options, route, name.provider);
  // Each choice is billed up to the maximum: `n` in the options, or an OpenRouter extraBody.
  const choices = Math.max(optionBound.choices, openRouterBodyChoices(name, route));
  const output = outputBound(options, optionBound, route, model, choices);
  const tools = boundProviderTools(options, own, route);
  const searchesPerCall = chatSearches(route, model);
  const serviceTier = askedTier(options, route, name.provider)?.tier;
  // Throws for a hop no table prices: a call that could bill it is refused before sending.
  const hops =
    route.api === 'anthropic'
      ? fallbackHops(optionBound.namespaces, output.tokens, (id) =>
          settings.pricing.resolve(route.provider, id),
        )
      : [];
  const build = (promptTokens: number, optionTokens = optionBound.inputTokens): StepPlan => {
    // One request's prompt is refused above the context window; tool results fed back over
    // the server's own turns are not one prompt, so they are added past it.
    // (The table's context window is a positive integer: its schema says so.)
    const runUsd = (run: ResolvedModel, maxOutputTokens: number) =>
      boundPricer(
        settings.pricing,
        route.provider,
        run.id,
      )({
        inputTokens: Math.min(promptTokens + optionTokens, run.contextWindow) + tools.inputTokens,
        maxOutputTokens,
        serviceTier,
        toolFees: { webSearch: tools.webSearches + searchesPerCall, webFetch: tools.webFetches },
      });
    const input = Math.min(promptTokens + optionTokens, model.contextWindow) + tools.inputTokens;
    const requested = runUsd(model, output.tokens);
    // Every fallback hop that runs is billed at its model's rates: the hold adds each one.
    const holdUsd =
      hops.length === 0
        ? requested
        : formatUsd(
            sumMoney(
              [requested, ...hops.map((hop) => runUsd(hop.model, hop.maxOutputTokens))].map((usd) =>
                money(usd),
              ),
            ),
          );
    return {
      holdUsd,
      model: model.id,
      route,
      inputTokens: input,
      outputTokens: output.tokens,
      serviceTier,
      webSearchTools: tools.webSearchNames,
      fallbackModels: hops.map((hop) => hop.model.id),
      ...(searchesPerCall > 0 ? { searchesPerCall } : {}),
      ...(output.unbounded ? { unboundedOutputTokens: output.tokens } : {}),
      ...(settings.metadata === undefined ? {} : { metadata: settings.metadata }),
    };
  };
  // Input the request refers to but does not carry is bounded by the context window.
  const cheap =
    optionBound.referenced === undefined
      ? boundPrompt(options, route.api, model.contextWindow)
      : { tokens: model.contextWindow, open: true };
  const plan = build(cheap.tokens);
  // OpenAI's tokenizers are public: only if the budget refuses the byte bound are the
  // prompt's texts (and the texts of the provider options, `instructions` say) counted exactly and the tighter hold tried once (other providers'
  // tokenizers are not public here; their byte bound stands).
  if (API_FRAMING[route.api].openaiTokenizer && !cheap.open) {
    plan.tighten = async () => {
      const count = await textCounter(model.encoding ?? 'o200k_base');
      return build(
        boundPrompt(options, route.api, model.contextWindow, count).tokens,
        measureOptions(optionBound.namespaces, count),
      );
    };
  }
  return plan;
}

function outputBound(
  options: LanguageModelV4CallOptions,
  optionBound: OptionBound,
  route: ProviderRoute,
  model: ResolvedModel,
  choices: number,
): { tokens: number; unbounded: boolean } {
  const limit = model.maxOutputTokens;
  const asked = count(options.maxOutputTokens);
  // A maximum in the provider options is sent beside or instead of maxOutputTokens (OpenAI's
  // chat sends `max_completion_tokens` from `maxCompletionTokens`, and a reasoning model
  // takes it over `max_tokens`): the higher of the two bounds what the API allows. Without
  // maxOutputTokens the model's limit stands: a key in the options that the provider does
  // not send must not lower the hold below the provider's own default.
  const set =
    optionBound.outputCap === undefined || asked === undefined
      ? asked
      : Math.max(asked, optionBound.outputCap);
  const unbounded = set === undefined || set === Number.POSITIVE_INFINITY;
  let tokens = unbounded ? limit : set;
  // The Anthropic provider sends max_tokens = maxOutputTokens + the thinking budget; a
  // reasoning level with no budget given may think up to the model's limit. It merges its
  // custom key (`bedrock`, `googleVertex`) over `anthropic`, so any of them may set one.
  if (route.api === 'anthropic') {
    let thinking = thinkingBudget(options, {}, limit);
    for (const own of optionBound.namespaces)
      thinking = Math.max(thinking, thinkingBudget(options, own, limit));
    tokens += thinking;
  } else if (route.provider === 'bedrock')
    tokens += thinkingBudget(options, bedrockThinking(options), limit);
  // The API refuses a maximum above the model's limit, so the limit also bounds it.
  if (limit > 0) tokens = Math.min(tokens, limit);
  // A prediction's rejected tokens are billed as output past the maximum.
  tokens += optionBound.extraOutputTokens;
  // Every choice (`n` in the options an OpenAI-compatible provider sends) is billed up to
  // the maximum; a stream cut short is capped at this total too (see `chargeConsumed`).
  if (choices === 1) return { tokens, unbounded };
  const total = tokens * choices;
  if (!Number.isSafeInteger(total))
    throw new InvalidRequestError(
      `n = ${choices} asks for ${choices} choices of up to ${tokens} output tokens each, more than can be bounded; ask for fewer choices`,
    );
  return { tokens: total, unbounded };
}

function thinkingBudget(options: LanguageModelV4CallOptions, own: Json, limit: number): number {
  const thinking = isRecord(own.thinking) ? own.thinking : undefined;
  if (thinking?.type === 'enabled') return count(thinking.budgetTokens) ?? limit;
  const level = options.reasoning;
  return level === undefined || level === 'provider-default' || level === 'none' ? 0 : limit;
}

/**
 * Searches a Chat Completions call bills whatever it returns: OpenAI's search models
 * (`gpt-4o-search-preview`, `gpt-4o-mini-search-preview`) search once per request, at the
 * fee their table entry holds, as `@tollgate/openai` charges them.
 */
function chatSearches(route: ProviderRoute, model: ResolvedModel): number {
  return route.api === 'openai-chat' && SEARCH_MODEL.test(model.id) ? 1 : 0;
}

/** A search model's id (`gpt-4o-search-preview`), not a deep-research one (`o3-deep-research`). */
const SEARCH_MODEL = /(^|-)search(-|$)/;

interface ProviderToolBound {
  webSearches: number;
  webFetches: number;
  inputTokens: number;
  webSearchNames: Set<string>;
}

/** Web search and fetch tools: per-use fees, and their results fed back as input. */
function boundProviderTools(
  options: LanguageModelV4CallOptions,
  own: Json,
  route: ProviderRoute,
): ProviderToolBound {
  const bound: ProviderToolBound = {
    webSearches: 0,
    webFetches: 0,
    inputTokens: 0,
    webSearchNames: new Set(),
  };
  for (const tool of options.tools ?? []) {
    if (tool.type !== 'provider') continue;
    // OpenAI caps built-in tool calls per response with maxToolCalls; Anthropic per tool.
    const uses =
      (route.api === 'anthropic' ? count(tool.args.maxUses) : count(own.maxToolCalls)) ??
      ASSUMED_TOOL_USES;
    if (tool.id.includes('.web_search')) {
      bound.webSearches += uses;
      bound.webSearchNames.add(tool.name);
    } else if (tool.id.includes('.web_fetch')) {
      bound.webFetches += uses;
    } else {
      continue;
    }
    bound.inputTokens += uses * (count(tool.args.maxContentTokens) ?? TOOL_RESULT_TOKENS);
  }
  return bound;
}
