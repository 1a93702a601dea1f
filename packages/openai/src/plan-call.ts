import { InvalidRequestError, money, UnmeteredEndpointError } from '@tollgate/core';
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
import { fallbackModels } from './fallback-models.js';
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
import {
  pricesWebSearch,
  refusesUnpriced,
  refuseUnpricedFeatures,
  refuseUnpricedSearch,
} from './unpriced-tools.js';

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
  const generated = asked === undefined ? limit : limit > 0 ? Math.min(asked, limit) : asked;
  const perChoice = generated + predictedTokens(endpoint, body.prediction);
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

/**
 * Output tokens a Chat Completions `prediction` (Predicted Outputs) may add: the prediction's
 * tokens the model rejects are billed as completion tokens beyond `max_completion_tokens`,
 * at most the prediction's own tokens, which its JSON's UTF-8 bytes bound.
 */
function predictedTokens(endpoint: MeteredEndpoint, prediction: unknown): number {
  if (endpoint !== 'chat' || prediction === undefined || prediction === null) return 0;
  // The body is a JSON snapshot, so the prediction serialises.
  return Buffer.byteLength(JSON.stringify(prediction), 'utf8');
}

/**
 * Chat Completions models that search the web on every request (`gpt-4o-search-preview`,
 * `o3-deep-research`, and OpenRouter's ids for them), billed a search fee per request.
 */
const CHAT_SEARCH_MODEL = /search-(?:preview|api)|deep-research/;

function webSearches(endpoint: MeteredEndpoint, body: Json, model: ResolvedModel): number {
  if (endpoint === 'embeddings') return 0;
  const tool = Array.isArray(body.tools) && body.tools.some(isWebSearchTool);
  if (endpoint === 'responses')
    return tool ? (count(body.max_tool_calls) ?? ASSUMED_WEB_SEARCHES) : 0;
  // Chat search models, `web_search_options` (OpenRouter's web search) and a provider's
  // hosted search tool search once per request.
  const options = body.web_search_options;
  const asked = tool || (options !== undefined && options !== null);
  return asked || CHAT_SEARCH_MODEL.test(model.id) ? 1 : 0;
}

/** A hosted web search tool (`web_search`, `web_search_preview`, dated variants). */
function isWebSearchTool(tool: unknown): boolean {
  return isRecord(tool) && typeof tool.type === 'string' && tool.type.startsWith('web_search');
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
  if (endpoint === 'responses' && body.background === true) throw unmeteredBackground(where);
  if (endpoint !== 'embeddings') refuseUnpricedFeatures(endpoint, body, where, settings);
  // A fallback list: the call may be served by any model of it (rare, so checked first).
  if (body.models !== undefined && body.models !== null) {
    const models = fallbackModels(endpoint, outgoing, body, settings);
    const requests = models.map((model) =>
      plannedRequest(endpoint, outgoing, body, model, settings),
    );
    if (requests.length > 1) return fallbackPlan(requests, settings);
  }
  // Throws UnknownModelError: a model without a price is refused, never let through free.
  const model = resolveModel(endpoint, outgoing, body, settings);
  const request = plannedRequest(endpoint, outgoing, body, model, settings);
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

/** What `body` asks of `model`; refuses web searches no table prices. */
function plannedRequest(
  endpoint: MeteredEndpoint,
  outgoing: OutgoingRequest,
  body: Json,
  model: ResolvedModel,
  settings: PlanSettings,
): PlannedRequest {
  const where = `${outgoing.method} ${outgoing.path}`;
  const searches = webSearches(endpoint, body, model);
  if (searches > 0 && !pricesWebSearch(model) && refusesUnpriced(settings))
    refuseUnpricedSearch(model, where, settings.budget);
  return {
    endpoint,
    outgoing,
    body,
    model,
    input: measure(endpoint, body, model.id),
    output: outputBound(endpoint, body, model, where),
    serviceTier: stringField(body.service_tier),
    searches,
  };
}

/**
 * The plan of a request a fallback list lets several models serve (`requests`, one per
 * model, the requested one first): held at the dearest model's bound (by the byte bound of
 * the input: no tokenizer counts for several models), priced as the model the response
 * names, or as the dearest when the table does not know it. Its observer allows the
 * widest output and input any of them was bounded with; a partial charge never passes the
 * hold.
 */
function fallbackPlan(requests: readonly PlannedRequest[], settings: PlanSettings): MeteringPlan {
  let dearest = requests[0] as PlannedRequest;
  let holdUsd = '0';
  let inputTokens = 0;
  let perChoice = 0;
  let total = 0;
  let unbounded: number | undefined;
  for (const request of requests) {
    const tokens = clampToWindow(request, byteBound(request.input));
    const hold = holdOf(request, tokens, settings);
    if (money(hold).gt(money(holdUsd))) {
      dearest = request;
      holdUsd = hold;
    }
    inputTokens = Math.max(inputTokens, tokens);
    perChoice = Math.max(perChoice, request.output.perChoice);
    total = Math.max(total, request.output.total);
    const assumed = request.output.unbounded;
    if (assumed !== undefined) unbounded = Math.max(unbounded ?? 0, assumed);
  }
  const output: HeldOutput = {
    perChoice,
    total,
    ...(unbounded === undefined ? {} : { unbounded }),
  };
  const plan = buildPlan({ ...dearest, output }, inputTokens, settings, holdUsd);
  // The model the request asked for first (the ledger's `requestModel`).
  plan.model = (requests[0] as PlannedRequest).model.id;
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

/** The most a request whose input is bounded by `inputTokens` can cost. */
function holdOf(request: PlannedRequest, inputTokens: number, settings: PlanSettings): string {
  const { model, searches } = request;
  return settings.pricing.boundUsd({
    provider: settings.provider,
    model: model.id,
    inputTokens,
    maxOutputTokens: request.output.total,
    serviceTier: request.serviceTier,
    ...(searches > 0 ? { toolFees: { webSearch: searches } } : {}),
  });
}

/** The plan of a request whose input is bounded by `inputTokens`. */
function buildPlan(
  request: PlannedRequest,
  inputTokens: number,
  settings: PlanSettings,
  holdUsd = holdOf(request, inputTokens, settings),
): MeteringPlan {
  const { endpoint, body, model, searches } = request;
  const { provider } = settings;
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
