import { InvalidRequestError, money, UnmeteredEndpointError } from '@tollgate/core';
import type { MeteringPlan, OutgoingRequest } from '@tollgate/core/adapter';
import { describeValue, isRecord, withFields } from '@tollgate/core/internal';
import type { ResolvedModel } from '@tollgate/pricing';
import { type CallContext, stringField } from './call-context.js';
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
import { type ModelSteps, stepsFor } from './model-steps.js';
import { askForReportedCost } from './openrouter-cost.js';
import { readPlainChat } from './plain-chat.js';
import type { MeteredEndpoint, PlanSettings } from './plan-settings.js';
import { countsWithOpenAITokenizer } from './provider-of-client.js';
import { type HeldOutput, outputBound, ownField, webSearches, whereOf } from './request-bounds.js';
import { resolveModel } from './resolve-model.js';
import { ResponsesObserver } from './responses-observer.js';
import { loadCounter } from './text-tokenizer.js';
import {
  pricesTier,
  pricesWebSearch,
  refusesUnpriced,
  refuseUnpricedFeatures,
  refuseUnpricedSearch,
  refuseUnpricedTier,
} from './unpriced-tools.js';

export { ASSUMED_WEB_SEARCHES } from './request-bounds.js';

type Json = Record<string, unknown>;

function measure(endpoint: MeteredEndpoint, body: Json, model: string): InputMeasure {
  if (endpoint === 'chat') return measureChat(body, model);
  if (endpoint === 'responses') return measureResponses(body, model);
  return measureEmbeddings(body);
}

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
  readonly steps: ModelSteps;
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
  // The common chat body is copied and measured in one pass; any other is read in steps.
  const plain = endpoint === 'chat' ? readPlainChat(outgoing.body) : undefined;
  const body = plain?.body ?? readBody(endpoint, outgoing, whereOf(outgoing), settings);
  let request: PlannedRequest;
  // A fallback list (rare): the call may be served by any model of it.
  if (plain === undefined && body.models !== undefined && body.models !== null) {
    const models = fallbackModels(endpoint, outgoing, body, settings);
    const requests = models.map((model) =>
      plannedRequest(endpoint, outgoing, body, model, settings),
    );
    if (requests.length > 1) return fallbackPlan(requests, settings);
    request = requests[0] as PlannedRequest; // one model, named once or twice
  } else {
    // Throws UnknownModelError: a model without a price is refused, never let through free.
    const model = resolveModel(endpoint, outgoing, body, settings);
    request = plannedRequest(endpoint, outgoing, body, model, settings, plain?.input);
  }
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

/**
 * The body of a request that is not a plain chat (see `readPlainChat`), measured and sent
 * as one snapshot (the SDK would serialise the caller's object again); refuses what no
 * table prices.
 */
function readBody(
  endpoint: MeteredEndpoint,
  outgoing: OutgoingRequest,
  where: string,
  settings: PlanSettings,
): Json {
  const body = jsonSnapshot(outgoing.body, where);
  if (!isRecord(body)) throw notAnObject(where, body);
  // `background` was read once to classify the call and once more for the snapshot.
  if (endpoint === 'responses' && body.background === true) throw unmeteredBackground(where);
  if (endpoint !== 'embeddings') refuseUnpricedFeatures(endpoint, body, where, settings);
  return body;
}

/**
 * What `body` asks of `model` (its `input` measured already when given); refuses web
 * searches no table prices.
 */
function plannedRequest(
  endpoint: MeteredEndpoint,
  outgoing: OutgoingRequest,
  body: Json,
  model: ResolvedModel,
  settings: PlanSettings,
  input?: InputMeasure,
): PlannedRequest {
  const steps = stepsFor(settings, model.id);
  const searches = webSearches(endpoint, body, steps.searchModel);
  if (searches > 0 && !pricesWebSearch(model) && refusesUnpriced(settings))
    refuseUnpricedSearch(model, whereOf(outgoing), settings.budget);
  const serviceTier = stringField(ownField(body, 'service_tier'));
  if (
    serviceTier !== undefined &&
    !pricesTier(settings.pricing, settings.provider, model, serviceTier) &&
    refusesUnpriced(settings)
  )
    refuseUnpricedTier(model, serviceTier, whereOf(outgoing), settings.budget);
  return {
    endpoint,
    outgoing,
    body,
    model,
    input: input ?? measure(endpoint, body, model.id),
    output: outputBound(endpoint, body, model, outgoing),
    serviceTier,
    searches,
    steps,
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
    const hold = holdOf(request, tokens);
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
function holdOf(request: PlannedRequest, inputTokens: number): string {
  const { searches } = request;
  const bound = request.steps.bound;
  const maxOutputTokens = request.output.total;
  const serviceTier = request.serviceTier;
  // Two literals, not one with a spread of an optional field: a conditional spread builds
  // the object through the runtime, about 2 µs per call on a loopback provider.
  return searches > 0
    ? bound({ inputTokens, maxOutputTokens, serviceTier, toolFees: { webSearch: searches } })
    : bound({ inputTokens, maxOutputTokens, serviceTier });
}

/** The plan of a request whose input is bounded by `inputTokens`. */
function buildPlan(
  request: PlannedRequest,
  inputTokens: number,
  settings: PlanSettings,
  holdUsd = holdOf(request, inputTokens),
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
    price: request.steps.price,
  };
  // Always the snapshot (or a copy of it): never the caller's object, which the SDK would
  // serialise again. Set one by one, not spread: this runs for every call.
  plan.body = sendBody;
  if (request.output.unbounded !== undefined) plan.unboundedOutputTokens = request.output.unbounded;
  if (settings.metadata !== undefined) plan.metadata = settings.metadata;
  return plan;
}
