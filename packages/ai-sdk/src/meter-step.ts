/**
 * One model step, metered: held before the provider is called, settled from the usage of
 * the result (or of a stream's `finish` part), and ended exactly once whatever happens.
 */
import type {
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import { passUnmetered } from '@tollgate/core/adapter';
import { fallbackTarget } from './fallback-hops.js';
import { holdStep, type MeterSettings } from './hold-step.js';
import { callBelow, refuseMeteredTwice } from './metering-layer.js';
import { servedStep } from './openrouter-routing.js';
import { type ModelName, planStep, type StepPlan } from './plan-step.js';
import { routeOf } from './provider-routes.js';
import { dispatch, isWebSearchCall, settleStep } from './step-endings.js';
import { unpricedFeature } from './unpriced-features.js';
import { watchStream } from './watch-stream.js';

/**
 * Holds, generates and settles one step; a refused step throws before any request, as does
 * a step another metering layer is already running (see `refuseMeteredTwice`).
 */
export async function meterGenerate(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
  generateBelow: () => PromiseLike<LanguageModelV4GenerateResult>,
): Promise<LanguageModelV4GenerateResult> {
  refuseMeteredTwice(settings.layer, options);
  const generate = () => callBelow(settings.layer, options, generateBelow);
  if (isUnmetered(name, options, settings)) return generate();
  const held = await holdStep(
    (step) => planStep(name, options, step),
    settings,
    options.abortSignal,
  );
  const result = await dispatch(held, generate);
  // Settled before the caller sees the result, so status() is exact once the step returns.
  // An OpenRouter fallback is charged as the model the response names.
  const step =
    held.plan.routedModels === undefined ? held : servedStep(held, result.response?.modelId);
  await settleStep(step, {
    usage: result.usage,
    providerMetadata: result.providerMetadata,
    responseBody: result.response?.body,
    webSearches: webSearchesIn(result.content, held.plan),
    responseModel: result.response?.modelId,
    servingModel: servingModelIn(result.content),
  });
  return result;
}

/** Holds and starts one streamed step; the stream settles from its `finish` part. */
export async function meterStream(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
  streamBelow: () => PromiseLike<LanguageModelV4StreamResult>,
): Promise<LanguageModelV4StreamResult> {
  refuseMeteredTwice(settings.layer, options);
  const stream = () => callBelow(settings.layer, options, streamBelow);
  if (isUnmetered(name, options, settings)) return stream();
  const held = await holdStep(
    (step) => planStep(name, options, step),
    settings,
    options.abortSignal,
  );
  const result = await dispatch(held, stream);
  return { ...result, stream: watchStream(result.stream, held, options.abortSignal) };
}

/**
 * True when the step is a paid call Tollgate cannot price and the settings let such calls
 * through; throws `UnmeteredEndpointError` when they do not (see `unpricedFeature`).
 */
function isUnmetered(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
): boolean {
  const route = routeOf(name.provider, name.modelId, settings.provider);
  const feature = unpricedFeature(route, options, name);
  if (feature === undefined) return false;
  passUnmetered(
    settings.budget,
    `${name.provider} ${name.modelId} (${feature})`,
    settings.unmetered,
  );
  return true;
}

/** The model the last Anthropic fallback marker of the content handed over to, if any. */
function servingModelIn(content: readonly LanguageModelV4Content[]): string | undefined {
  let serving: string | undefined;
  for (const part of content) serving = fallbackTarget(part) ?? serving;
  return serving;
}

function webSearchesIn(content: readonly LanguageModelV4Content[], plan: StepPlan): number {
  let searches = plan.searchesPerCall ?? 0;
  for (const part of content) if (isWebSearchCall(part, plan)) searches += 1;
  return searches;
}
