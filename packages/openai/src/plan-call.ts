/**
 * How one metered request is held: its model resolved (unknown models are refused), its
 * input bounded cheaply by bytes or exactly by the tokenizer, its output by the request's
 * maximum or the model's limit, priced with `estimateCost` at the tier it asks for.
 */
import type { Budget, Metadata } from '@tollgate/core';
import {
  type MeteringPlan,
  type OutgoingRequest,
  pricerPerModel,
  reportedCostPricer,
} from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import { type Pricing, type ResolvedModel, usagePricer } from '@tollgate/pricing';
import { type CallContext, stringField } from './call-context.js';
import { ChatObserver } from './chat-observer.js';
import { EmbeddingsObserver } from './embeddings-observer.js';
import { InvalidRequestError } from './invalid-request-error.js';
import {
  byteBound,
  type InputMeasure,
  measureChat,
  measureEmbeddings,
  measureResponses,
  tokenizerCount,
} from './measure-input.js';
import { askForReportedCost } from './openrouter-cost.js';
import { type CompatibleProvider, countsWithOpenAITokenizer } from './provider-of-client.js';
import { ResponsesObserver } from './responses-observer.js';
import { loadCounter } from './text-tokenizer.js';

/** The three metered endpoints. */
export type MeteredEndpoint = 'chat' | 'responses' | 'embeddings';

/** How input tokens are bounded before a call. */
export type EstimateMode = 'auto' | 'bytes' | 'tokenizer';

/** Settings shared by every call of one wrapped client. */
export interface PlanSettings {
  readonly budget: Budget;
  readonly pricing: Pricing;
  /** The price table the client's calls are priced from. */
  readonly provider: CompatibleProvider;
  readonly estimate: EstimateMode;
  readonly metadata: Metadata | undefined;
  /** See `priceDriftShare` in the adapter options. */
  readonly priceDriftShare: number;
}

/**
 * Web searches held for a Responses call with a web search tool and no `max_tool_calls`.
 * OpenAI sets no limit of its own; set `max_tool_calls` to make the hold a true bound.
 */
export const ASSUMED_WEB_SEARCHES = 10;

type Json = Record<string, unknown>;

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

interface OutputBound {
  tokens: number;
  /** Set when the request gave no maximum: what the hold assumed. */
  unbounded?: number;
}

function outputBound(endpoint: MeteredEndpoint, body: Json, model: ResolvedModel): OutputBound {
  if (endpoint === 'embeddings') return { tokens: 0 };
  const limit = model.maxOutputTokens;
  const asked =
    endpoint === 'chat'
      ? (count(body.max_completion_tokens) ?? count(body.max_tokens))
      : count(body.max_output_tokens);
  const choices = endpoint === 'chat' ? Math.max(1, count(body.n) ?? 1) : 1;
  // The API refuses a maximum above the model's limit, so the limit also bounds it.
  const perChoice = asked === undefined ? limit : limit > 0 ? Math.min(asked, limit) : asked;
  const tokens = perChoice * choices;
  return asked === undefined ? { tokens, unbounded: tokens } : { tokens };
}

function webSearches(endpoint: MeteredEndpoint, body: Json, model: ResolvedModel): number {
  // Chat search models search once per request.
  if (endpoint === 'chat') return model.id.includes('search') ? 1 : 0;
  if (endpoint !== 'responses' || !Array.isArray(body.tools)) return 0;
  const searches = body.tools.some(
    (tool) => isRecord(tool) && typeof tool.type === 'string' && tool.type.startsWith('web_search'),
  );
  return searches ? (count(body.max_tool_calls) ?? ASSUMED_WEB_SEARCHES) : 0;
}

function measure(endpoint: MeteredEndpoint, body: Json, model: string): InputMeasure {
  if (endpoint === 'chat') return measureChat(body, model);
  if (endpoint === 'responses') return measureResponses(body, model);
  return measureEmbeddings(body);
}

/** Each client's pricing step per canonical model id, made once (see `pricerPerModel`). */
const pricerFor = pricerPerModel<PlanSettings>((settings, model) =>
  reportedCostPricer(usagePricer(settings.pricing, settings.provider, model), {
    budget: settings.budget,
    provider: settings.provider,
    priceDriftShare: settings.priceDriftShare,
  }),
);

/**
 * Builds the hold and the observer for one metered request: at once, unless the prompt must be
 * tokenized first (`estimate: 'tokenizer'`). Throws to refuse it.
 */
export function planCall(
  endpoint: MeteredEndpoint,
  request: OutgoingRequest,
  settings: PlanSettings,
): MeteringPlan | Promise<MeteringPlan> {
  const body: Json = isRecord(request.body) ? request.body : {};
  const requested = stringField(body.model);
  if (requested === undefined || requested === '') {
    throw new InvalidRequestError(
      `${request.method} ${request.path}: the request names no model, so its cost cannot be bounded`,
    );
  }
  const { pricing, provider } = settings;
  // Throws UnknownModelError: a model without a price is refused, never let through free.
  const model = pricing.resolve(provider, requested);
  const encoding = model.encoding ?? 'o200k_base';
  const input = measure(endpoint, body, model.id);
  const output = outputBound(endpoint, body, model);
  const serviceTier = stringField(body.service_tier);
  const searches = webSearches(endpoint, body, model);
  const price = (inputTokens: number) =>
    pricing.boundUsd({
      provider,
      model: model.id,
      inputTokens,
      maxOutputTokens: output.tokens,
      serviceTier,
      ...(searches > 0 ? { toolFees: { webSearch: searches } } : {}),
    });
  // The API refuses (free of charge) input beyond the context window.
  const window = model.contextWindow;
  const clamp = (tokens: number) => (input.open ? window : Math.min(tokens, window));

  // Another provider's tokenizer is not OpenAI's: only the byte bound is sure for its models.
  const exactHelps =
    !input.open && input.texts.length > 0 && countsWithOpenAITokenizer(settings.provider);
  const exactTokens = async () => clamp(tokenizerCount(input, await loadCounter(encoding)));
  // 'auto': hold the cheap byte bound; only if the budget refuses it is the prompt
  // tokenized and the tighter hold tried (no status reads, no tokenizer on most calls).
  if (exactHelps && settings.estimate === 'tokenizer') return exactTokens().then(build);
  const plan = build(clamp(byteBound(input)));
  if (exactHelps && settings.estimate === 'auto')
    plan.tighten = async () => build(await exactTokens());
  return plan;

  function build(inputTokens: number): MeteringPlan {
    const holdUsd = price(inputTokens);
    const context: CallContext = {
      provider,
      model: model.id,
      encoding,
      requestedTier: serviceTier,
      heldInputTokens: inputTokens,
      searchesPerRequest: endpoint === 'chat' ? searches : 0,
    };
    let sendBody = askForReportedCost(provider, endpoint, body);
    let observer: MeteringPlan['observer'];
    if (endpoint === 'chat') {
      const streamOptions = isRecord(body.stream_options) ? body.stream_options : {};
      // Without include_usage a stream carries no usage: turn it on and hide its chunk.
      const addUsage = request.stream && streamOptions.include_usage !== true;
      if (addUsage)
        sendBody = {
          ...(sendBody ?? body),
          stream_options: { ...streamOptions, include_usage: true },
        };
      observer = new ChatObserver(context, addUsage);
    } else if (endpoint === 'responses') {
      observer = new ResponsesObserver(context);
    } else {
      observer = new EmbeddingsObserver(context);
    }
    return {
      holdUsd,
      model: model.id,
      observer,
      price: pricerFor(settings, model.id),
      ...(sendBody === undefined ? {} : { body: sendBody }),
      ...(output.unbounded === undefined ? {} : { unboundedOutputTokens: output.unbounded }),
      ...(settings.metadata === undefined ? {} : { metadata: settings.metadata }),
    };
  }
}
