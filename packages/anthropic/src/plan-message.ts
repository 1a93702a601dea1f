import type { Metadata } from '@tollgate/core';
import {
  type MeteringPlan,
  madePerModel,
  type ResponseObserver,
  requestedModel,
  type UsagePricer,
} from '@tollgate/core/adapter';
import { formatUsd, money, sumMoney, timesCount } from '@tollgate/core/internal';
import {
  type BoundPricer,
  boundPricer,
  iterationPricer,
  type Pricing,
  type ResolvedModel,
  usagePricer,
} from '@tollgate/pricing';
import { BedrockStreamObserver } from './bedrock-stream-observer.js';
import { boundInputTokens, deferredToolTokens, hasUnseenInput } from './bound-input-tokens.js';
import { type MessageContext, MessageObserver } from './message-observer.js';
import { otherModelRuns } from './other-models.js';
import type { ClaudePlatform } from './platform-of-client.js';
import { boundServerTools, type ServerToolBound } from './server-tools.js';

/** Asks the free count_tokens endpoint for a body's input tokens; rejects when it cannot. */
export type CountTokens = (body: Record<string, unknown>) => Promise<number>;

/** The metering choices of one wrapped client. */
export interface PlanSettings {
  pricing: Pricing;
  /** The price table of the client's platform (Anthropic, Bedrock or Vertex). */
  platform: ClaudePlatform;
  estimate: 'bytes' | 'count-tokens';
  batch: boolean;
  metadata: Metadata | undefined;
  countTokens: CountTokens;
}

/**
 * Margin on a count_tokens answer: the endpoint documents its count as an estimate that
 * "may differ by a small amount" from what the message is billed.
 */
export function countTokensMargin(counted: number): number {
  return Math.max(64, Math.ceil(counted / 50));
}

/**
 * The hold of a `POST /v1/messages` request and the observer that prices its response: at
 * once, unless count_tokens is asked first (`estimate: 'count-tokens'`).
 * Throws `UnknownModelError` for a model no table prices: it is refused, never let through free;
 * `InvalidRequestError` for a body whose `model` is not a model id.
 */
export function planMessage(
  body: Record<string, unknown>,
  settings: PlanSettings,
): MeteringPlan | Promise<MeteringPlan> {
  const requested = requestedModel(body.model, 'POST /v1/messages');
  const model = settings.pricing.resolve(settings.platform, requested);
  // Bedrock serves no count_tokens endpoint: asking it would only cost a round trip.
  if (settings.estimate === 'count-tokens' && settings.platform !== 'bedrock') {
    return countedInput(body, model.contextWindow, settings).then((inputTokens) =>
      buildPlan(body, model, inputTokens, settings),
    );
  }
  return buildPlan(body, model, boundInputTokens(body, model.contextWindow).tokens, settings);
}

function buildPlan(
  body: Record<string, unknown>,
  model: ResolvedModel,
  inputTokens: number,
  settings: PlanSettings,
): MeteringPlan {
  const maxTokens = body.max_tokens;
  const outputBounded =
    typeof maxTokens === 'number' && Number.isSafeInteger(maxTokens) && maxTokens >= 0;
  // The API requires max_tokens; without a usable one the hold assumes the model's limit.
  const outputTokens = outputBounded ? maxTokens : model.maxOutputTokens;
  const tools = boundServerTools(body.tools);
  const context: MessageContext = { model: model.id, maxOutputTokens: outputTokens };
  const plan: MeteringPlan =
    // Rare: fallbacks or an advisor may bill other models, a compaction tokens beside the usage.
    Array.isArray(body.fallbacks) || tools.advisors !== undefined || compacts(body)
      ? otherModelsPlan(body, model, inputTokens, tools, context, settings)
      : {
          holdUsd: boundRunUsd(model.id, outputTokens, inputTokens, tools, settings),
          model: model.id,
          observer: observerFor(settings.platform, new MessageObserver(context)),
          price: pricerFor(settings, model.id),
        };
  if (!outputBounded) plan.unboundedOutputTokens = outputTokens;
  if (settings.metadata !== undefined) plan.metadata = settings.metadata;
  return plan;
}

/** The most one run (the requested model's, a fallback hop, an advisor use) can bill, in USD. */
function boundRunUsd(
  model: string,
  maxOutputTokens: number,
  inputTokens: number,
  tools: ServerToolBound,
  settings: PlanSettings,
): string {
  const bound = stepsFor(settings, model).bound;
  const input = inputTokens + tools.inputTokens;
  // Most calls: standard rates, no server tool. One plain literal, which the bound pricer
  // reads on its fast path with no nested fees object to walk.
  if (!settings.batch && tools.webSearches === 0 && tools.webFetches === 0)
    return bound({ inputTokens: input, maxOutputTokens });
  return bound({
    inputTokens: input,
    maxOutputTokens,
    batch: settings.batch,
    toolFees: { webSearch: tools.webSearches, webFetch: tools.webFetches },
  });
}

/** True when the request may compact its context: a compaction's tokens are billed apart. */
function compacts(body: Record<string, unknown>): boolean {
  return (
    (body.compaction !== undefined && body.compaction !== null) ||
    (body.context_management !== undefined && body.context_management !== null)
  );
}

/**
 * The plan of a call that may bill other models (see `other-models.ts`): the hold adds every
 * fallback hop and every advisor use at its model's price, their input bounded by bytes
 * (which bound any Claude tokenizer, where a count is one model's); the usage is priced
 * iteration by iteration.
 */
function otherModelsPlan(
  body: Record<string, unknown>,
  model: ResolvedModel,
  inputTokens: number,
  tools: ServerToolBound,
  context: MessageContext,
  settings: PlanSettings,
): MeteringPlan {
  const resolve = (id: string) => settings.pricing.resolve(settings.platform, id);
  const output = context.maxOutputTokens;
  const holds = [money(boundRunUsd(model.id, output, inputTokens, tools, settings))];
  for (const run of otherModelRuns(body.fallbacks, tools.advisors ?? [], output, resolve)) {
    const input = boundInputTokens(body, run.model.contextWindow).tokens + run.readsOutput;
    const once = boundRunUsd(run.model.id, run.maxOutputTokens, input, tools, settings);
    holds.push(timesCount(money(once), run.runs));
  }
  const observer = new MessageObserver({ ...context, watchIterations: true });
  return {
    holdUsd: formatUsd(sumMoney(holds)),
    model: model.id,
    observer: observerFor(settings.platform, observer),
    price: iterationPricer(observer, model.id, (id) => pricerFor(settings, resolve(id).id)),
  };
}

/**
 * Each client's pricing step per canonical model id, made once (see `stepsFor`). Priced
 * as the model the hold was priced for; the model the response names is recorded. `batch`
 * only when asked: left out, a usage saying `service_tier: 'batch'` prices as batch.
 */
const pricerFor = (settings: PlanSettings, model: string): UsagePricer =>
  stepsFor(settings, model).price;

/** What every call on one model needs from its prices: its hold step and its pricing step. */
interface ModelSteps {
  readonly bound: BoundPricer;
  readonly price: UsagePricer;
}

/** Each client's steps per canonical model id, made once: one lookup per call for both. */
const stepsFor = madePerModel<PlanSettings, ModelSteps>((settings, model) => {
  const { pricing, platform, batch } = settings;
  return {
    bound: boundPricer(pricing, platform, model),
    price: usagePricer(pricing, platform, model, {
      priceUsageModel: false,
      ...(batch ? { batch: true } : {}),
    }),
  };
});

/** The observer of one call: Bedrock's streams carry the Messages events inside AWS frames. */
function observerFor(platform: ClaudePlatform, messages: MessageObserver): ResponseObserver {
  return platform === 'bedrock' ? new BedrockStreamObserver(messages) : messages;
}

/**
 * The input tokens count_tokens answers, with its margin and what it cannot see; the local
 * bound when it cannot answer. Input that neither the count nor the request shows (MCP
 * servers' tools and results, a thread's held conversation) widens the hold to the context
 * window, as on the byte path, and is not asked about.
 */
async function countedInput(
  body: Record<string, unknown>,
  contextWindow: number,
  settings: PlanSettings,
): Promise<number> {
  if (hasUnseenInput(body)) return contextWindow;
  try {
    const counted = await settings.countTokens(body);
    const unseen = countTokensMargin(counted) + deferredToolTokens(body.tools);
    return Math.min(contextWindow, counted + unseen);
  } catch {
    // The count is an optimisation: when it fails (rate limit, a beta field it rejects),
    // the local bound still holds.
    return boundInputTokens(body, contextWindow).tokens;
  }
}
