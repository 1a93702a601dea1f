/**
 * One model step, metered: held before the provider is called, settled from the usage of
 * the result (or of a stream's `finish` part), and ended exactly once whatever happens.
 * A step of a v4 or v3 model is read as it is; a v2 model's through `STEP_READING_V2`.
 */
import type {
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { passUnmetered } from '@tollgate/core/adapter';
import type { AnsweredStatuses } from './answered-statuses.js';
import type { StepOutcome } from './charge-step.js';
import { fallbackTarget } from './fallback-hops.js';
import { type HeldStep, holdStep, type MeterSettings } from './hold-step.js';
import {
  contentOf,
  endMalformed,
  streamOf,
  USAGE_SHAPE_V4,
  type UsageShape,
} from './malformed-result.js';
import { refuseMeteredTwice } from './metering-layer.js';
import { servedStep } from './openrouter-routing.js';
import { type ModelName, planStep, type StepPlan } from './plan-step.js';
import { routeOf } from './provider-routes.js';
import { dispatch, isWebSearchCall, settleStep } from './step-endings.js';
import { unpricedFeature } from './unpriced-features.js';
import { unpricedTier } from './unpriced-tier.js';
import { type FinishPart, finishedOutcome, watchStream } from './watch-stream.js';

/**
 * How the steps of one model specification are read: the options the hold is planned on
 * (v4 shapes) and the outcome the charge reads, of a result or of a stream's `finish` part.
 */
export interface StepReading<Options, Generated> {
  /** The call options as the hold reads them; throws to refuse the step unsent. */
  planView(name: ModelName, options: Options, settings: MeterSettings): LanguageModelV4CallOptions;
  /** What a finished `doGenerate` reported. */
  generated(plan: StepPlan, result: Generated, webSearches: number): StepOutcome;
  /** What a stream's `finish` part reported (the part as the model sent it). */
  finished(plan: StepPlan, part: FinishPart, webSearches: number): StepOutcome;
  /** The usage a `doGenerate` result must carry for the AI SDK of this specification to read it. */
  readonly usageShape: UsageShape;
}

/** Steps of v4 and v3 models, whose shapes are v4's wherever metering reads them. */
export const STEP_READING_V4: StepReading<
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult
> = {
  planView: (_name, options) => options,
  generated: (_plan, result, webSearches) => ({
    usage: result.usage,
    providerMetadata: result.providerMetadata,
    responseBody: result.response?.body,
    webSearches,
  }),
  finished: (_plan, part, webSearches) => finishedOutcome(part, webSearches),
  usageShape: USAGE_SHAPE_V4,
};

/** The part of a step's options every specification shares. */
export type StepOptions = { readonly abortSignal?: AbortSignal | undefined };

/** The part of a step's result every specification shares. */
export type StepResult = {
  readonly content: readonly unknown[];
  readonly response?: { readonly modelId?: string | undefined } | undefined;
};

/** The part of a streamed step's result every specification shares. */
export type StreamedResult = { readonly stream: ReadableStream<unknown> };

/**
 * Holds, generates and settles one step; a refused step throws before any request, as does
 * a step another metering layer is already running (see `refuseMeteredTwice`). `statuses`,
 * when the provider's `fetch` is watched, tells a failed step's real error status apart
 * (see `dispatch`).
 */
export async function meterGenerate<Options extends StepOptions, Result extends StepResult>(
  name: ModelName,
  options: Options,
  settings: MeterSettings,
  generate: () => PromiseLike<Result>,
  reading: StepReading<Options, Result>,
  statuses?: AnsweredStatuses,
): Promise<Result> {
  refuseMeteredTwice(settings.layer, options);
  const planned = reading.planView(name, options, settings);
  refuseUnpriced(name, planned, settings);
  const held = await holdStep(
    (step) => planStep(name, planned, step),
    settings,
    options.abortSignal,
  );
  const result = await dispatch(held, generate, statuses);
  let settled: Promise<void>;
  try {
    settled = settleGenerated(held, result, reading);
  } catch {
    // The provider was called but its result cannot be read (see malformed-result.ts).
    throw await endMalformed(held, name, 'doGenerate', result, reading.usageShape);
  }
  // Settled before the caller sees the result, so status() is exact once the step returns.
  await settled;
  return result;
}

/**
 * Settles a generated step from its result; throws, before the step ends, when the result
 * is not one (no `content` array, no usage the AI SDK can read, a part that cannot be read).
 */
function settleGenerated<Options, Result extends StepResult>(
  held: HeldStep,
  result: Result,
  reading: StepReading<Options, Result>,
): Promise<void> {
  const content = contentOf(result);
  if (content === undefined) throw new TypeError('no content array');
  // The AI SDK reads the usage as soon as the step returns: a missing one would reach the
  // caller as its own TypeError.
  if (!reading.usageShape.readable((result as { usage?: unknown }).usage))
    throw new TypeError('no usage the AI SDK can read');
  const webSearches = webSearchesIn(content, held.plan);
  // An OpenRouter fallback is charged as the model the response names.
  const modelId = result.response?.modelId;
  const step = held.plan.routedModels === undefined ? held : servedStep(held, modelId);
  return settleStep(step, {
    ...reading.generated(held.plan, result, webSearches),
    responseModel: modelId,
    servingModel: servingModelIn(content),
  });
}

/**
 * Holds and starts one streamed step; the stream settles from its `finish` part. `statuses`
 * as for `meterGenerate`.
 */
export async function meterStream<Options extends StepOptions, Result extends StreamedResult>(
  name: ModelName,
  options: Options,
  settings: MeterSettings,
  stream: () => PromiseLike<Result>,
  reading: StepReading<Options, unknown>,
  statuses?: AnsweredStatuses,
): Promise<Result> {
  refuseMeteredTwice(settings.layer, options);
  const planned = reading.planView(name, options, settings);
  refuseUnpriced(name, planned, settings);
  const held = await holdStep(
    (step) => planStep(name, planned, step),
    settings,
    options.abortSignal,
  );
  const result = await dispatch(held, stream, statuses);
  // Every specification's parts are read by their `type`, deltas and tool-call input, which
  // v2 shares with v4; only the `finish` part differs, and the reading reads that one.
  const source = streamOf(result) as ReadableStream<LanguageModelV4StreamPart> | undefined;
  // The provider was called but its stream cannot be read (see malformed-result.ts).
  if (source === undefined)
    throw await endMalformed(held, name, 'doStream', result, reading.usageShape);
  const watched = watchStream(
    source,
    held,
    name,
    options.abortSignal,
    (part, webSearches) => reading.finished(held.plan, part, webSearches),
    reading.usageShape,
  );
  return { ...result, stream: watched } as Result;
}

/**
 * Refuses a step with a paid feature Tollgate cannot price (see `unpricedFeature`), or a
 * service tier its table has no rates for (see `unpricedTier`), with
 * `UnmeteredEndpointError` unless the settings let such features through. A step let
 * through is still planned, held, refused by a closed or spent budget, and charged its
 * tokens like any other: only the feature's own fees go uncharged.
 */
function refuseUnpriced(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
): void {
  const route = routeOf(name.provider, name.modelId, settings.provider);
  const feature =
    unpricedFeature(route, options, name) ?? unpricedTier(route, options, name, settings.pricing);
  if (feature === undefined) return;
  passUnmetered(
    settings.budget,
    `${name.provider} ${name.modelId} (${feature})`,
    settings.unmetered,
  );
}

/** The model the last Anthropic fallback marker of the content handed over to, if any. */
function servingModelIn(content: readonly unknown[]): string | undefined {
  let serving: string | undefined;
  for (const part of content) serving = fallbackTarget(part as LanguageModelV4Content) ?? serving;
  return serving;
}

function webSearchesIn(content: readonly unknown[], plan: StepPlan): number {
  let searches = plan.searchesPerCall ?? 0;
  // A v2 tool call has the fields a v4 one is recognised by (type, providerExecuted, toolName).
  for (const part of content)
    if (isWebSearchCall(part as LanguageModelV4Content, plan)) searches += 1;
  return searches;
}
