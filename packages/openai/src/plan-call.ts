import { InvalidRequestError, UnmeteredEndpointError } from '@tollgate/core';
import {
  type MeteringPlan,
  type OutgoingRequest,
  pricerPerModel,
  reportedCostPricer,
} from '@tollgate/core/adapter';
import { describeValue, isRecord, withFields } from '@tollgate/core/internal';
import { type ResolvedModel, usagePricer } from '@tollgate/pricing';
import { type CallContext, type OutputBound, stringField } from './call-context.js';
import { ChatObserver } from './chat-observer.js';
import { EmbeddingsObserver } from './embeddings-observer.js';
import { jsonSnapshot } from './json-snapshot.js';
import {
  byteBound,
  type InputMeasure,
  measureChat,
  measureEmbeddings,
  measureResponses,
  tokenizerCount,
} from './measure-input.js';
import { askForReportedCost } from './openrouter-cost.js';
import type { MeteredEndpoint, PlanSettings } from './plan-settings.js';
import { countsWithOpenAITokenizer } from './provider-of-client.js';
import { resolveModel } from './resolve-model.js';
import { ResponsesObserver } from './responses-observer.js';
import { loadCounter } from './text-tokenizer.js';
import { refuseUnpricedTools } from './unpriced-tools.js';

/**
 * Web searches held for a Responses call with a web search tool and no `max_tool_calls`.
 * OpenAI sets no limit of its own; set `max_tool_calls` to make the hold a true bound.
 */
export const ASSUMED_WEB_SEARCHES = 10;

type Json = Record<string, unknown>;

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

interface HeldOutput extends OutputBound {
  /** Set when the request gave no maximum: what the hold assumed. */
  unbounded?: number;
}

const NO_OUTPUT: HeldOutput = Object.freeze({ perChoice: 0, total: 0 });

function outputBound(
  endpoint: MeteredEndpoint,
  body: Json,
  model: ResolvedModel,
  where: string,
): HeldOutput {
  if (endpoint === 'embeddings') return NO_OUTPUT;
  const limit = model.maxOutputTokens;
  const asked =
    endpoint === 'chat'
      ? (count(body.max_completion_tokens) ?? count(body.max_tokens))
      : count(body.max_output_tokens);
  const choices = endpoint === 'chat' ? choicesOf(body.n, where) : 1;
  // The API refuses a maximum above the model's limit, so the limit also bounds it.
  const perChoice = asked === undefined ? limit : limit > 0 ? Math.min(asked, limit) : asked;
  const total = perChoice * choices;
  if (!Number.isSafeInteger(total))
    throw new InvalidRequestError(
      `${where}: n = ${choices} asks for ${choices} choices of up to ${perChoice} output tokens each, more than can be bounded; ask for fewer choices`,
    );
  return asked === undefined ? { perChoice, total, unbounded: total } : { perChoice, total };
}

/** The choices a chat request asks for: `n`, 1 when absent or null. */
function choicesOf(n: unknown, where: string): number {
  if (n === undefined || n === null) return 1;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 1) return n;
  throw new InvalidRequestError(
    `${where}: expected n (the number of choices) as a whole number from 1, received ${describeValue(n)}`,
  );
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

/** What a request asks for, as a hold is computed from it (see `planCall`). */
interface PlannedRequest {
  readonly endpoint: MeteredEndpoint;
  readonly outgoing: OutgoingRequest;
  readonly body: Json;
  readonly model: ResolvedModel;
  readonly input: InputMeasure;
  readonly output: HeldOutput;
  readonly serviceTier: string | undefined;
  readonly searches: number;
}

/**
 * Builds the hold and the observer for one metered request: at once, unless the prompt must be
 * tokenized first (`estimate: 'tokenizer'`). Throws to refuse it.
 */
export function planCall(
  endpoint: MeteredEndpoint,
  outgoing: OutgoingRequest,
  settings: PlanSettings,
): MeteringPlan | Promise<MeteringPlan> {
  const where = `${outgoing.method} ${outgoing.path}`;
  // Measured and sent as one snapshot: the SDK would serialise the caller's object again.
  const body = jsonSnapshot(outgoing.body, where);
  if (!isRecord(body)) throw notAnObject(where, body);
  // `background` was read once to classify the call and once more for the snapshot.
  if (endpoint === 'responses') {
    if (body.background === true) throw unmeteredBackground(where);
    refuseUnpricedTools(body.tools, where, settings.budget, settings.unmetered);
  }
  // Throws UnknownModelError: a model without a price is refused, never let through free.
  const model = resolveModel(endpoint, outgoing, body, settings);
  const request: PlannedRequest = {
    endpoint,
    outgoing,
    body,
    model,
    input: measure(endpoint, body, model.id),
    output: outputBound(endpoint, body, model, where),
    serviceTier: stringField(body.service_tier),
    searches: webSearches(endpoint, body, model),
  };
  // Another provider's tokenizer is not OpenAI's: only the byte bound is sure for its models.
  const exactHelps =
    !request.input.open &&
    request.input.texts.length > 0 &&
    countsWithOpenAITokenizer(settings.provider);
  if (exactHelps && settings.estimate === 'tokenizer')
    return exactTokens(request).then((tokens) => buildPlan(request, tokens, settings));
  const plan = buildPlan(request, clampToWindow(request, byteBound(request.input)), settings);
  // 'auto': hold the cheap byte bound; only if the budget refuses it is the prompt
  // tokenized and the tighter hold tried (no status reads, no tokenizer on most calls).
  if (exactHelps && settings.estimate === 'auto')
    plan.tighten = async () => buildPlan(request, await exactTokens(request), settings);
  return plan;
}

/** The refusal of a metered request whose body is not a JSON object (a string, an array). */
function notAnObject(where: string, body: unknown): InvalidRequestError {
  return new InvalidRequestError(
    `${where}: expected the request body as an object, received ${describeValue(body)}, so the call's cost cannot be bounded`,
  );
}

/** A body that answered `background` differently to its two reads: refused as background is. */
function unmeteredBackground(where: string): UnmeteredEndpointError {
  return new UnmeteredEndpointError(
    `${where} (background)`,
    `${where}: a background response is billed after the call returns, where Tollgate sees no usage, so it is refused`,
  );
}

/** The input the API accepts at most: it refuses (free of charge) input beyond the context window. */
function clampToWindow(request: PlannedRequest, tokens: number): number {
  const window = request.model.contextWindow;
  return request.input.open ? window : Math.min(tokens, window);
}

/** The prompt counted exactly with the model's tokenizer (loaded on first use). */
async function exactTokens(request: PlannedRequest): Promise<number> {
  const count = await loadCounter(request.model.encoding ?? 'o200k_base');
  return clampToWindow(request, tokenizerCount(request.input, count));
}

/** The plan of a request whose input is bounded by `inputTokens`. */
function buildPlan(
  request: PlannedRequest,
  inputTokens: number,
  settings: PlanSettings,
): MeteringPlan {
  const { endpoint, body, model, searches } = request;
  const { provider } = settings;
  const holdUsd = settings.pricing.boundUsd({
    provider,
    model: model.id,
    inputTokens,
    maxOutputTokens: request.output.total,
    serviceTier: request.serviceTier,
    ...(searches > 0 ? { toolFees: { webSearch: searches } } : {}),
  });
  const context: CallContext = {
    provider,
    model: model.id,
    encoding: model.encoding ?? 'o200k_base',
    requestedTier: request.serviceTier,
    heldInputTokens: inputTokens,
    searchesPerRequest: endpoint === 'chat' ? searches : 0,
    outputBound: request.output,
  };
  let sendBody = askForReportedCost(provider, endpoint, body) ?? body;
  let observer: MeteringPlan['observer'];
  if (endpoint === 'chat') {
    const streamOptions = isRecord(body.stream_options) ? body.stream_options : {};
    // Without include_usage a stream carries no usage: turn it on and hide its chunk.
    const addUsage = request.outgoing.stream && streamOptions.include_usage !== true;
    if (addUsage)
      sendBody = withFields(sendBody, {
        stream_options: { ...streamOptions, include_usage: true },
      });
    observer = new ChatObserver(context, addUsage);
  } else if (endpoint === 'responses') {
    observer = new ResponsesObserver(context);
  } else {
    observer = new EmbeddingsObserver(context);
  }
  const plan: MeteringPlan = {
    holdUsd,
    model: model.id,
    observer,
    price: pricerFor(settings, model.id),
  };
  // Always the snapshot (or a copy of it): never the caller's object, which the SDK would
  // serialise again. Set one by one, not spread: this runs for every call.
  plan.body = sendBody;
  if (request.output.unbounded !== undefined) plan.unboundedOutputTokens = request.output.unbounded;
  if (settings.metadata !== undefined) plan.metadata = settings.metadata;
  return plan;
}
