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
import type { Budget } from '@tollgate/core';
import {
  announceUnboundedOutput,
  type Charge,
  chargeTheHold,
  type Held,
  holdPlan,
  passUnmetered,
  releaseHold,
  settleCharge,
} from '@tollgate/core/adapter';
import { chargeOutcome, type StepOutcome } from './charge-step.js';
import {
  type ModelName,
  planStep,
  providerOptionsOf,
  type StepPlan,
  type StepSettings,
} from './plan-step.js';
import { routeOf } from './provider-routes.js';
import { watchStream } from './watch-stream.js';

/** Everything a metered step needs besides its own options. */
export interface MeterSettings extends StepSettings {
  readonly budget: Budget;
  /** `'allow'` lets calls Tollgate cannot price through, uncharged (see `unmeteredCall`). */
  readonly unmetered: 'refuse' | 'allow';
  /** Waits for a free slot when calls in flight are limited; resolves its release. */
  readonly acquireSlot: (() => Promise<() => void>) | undefined;
}

/** A held step, with the slot it occupies. */
export interface HeldStep extends Held<StepPlan> {
  readonly settings: MeterSettings;
  /** Frees the slot: called once, by whichever ending comes (see `endStep`, `releaseStep`). */
  readonly releaseSlot: () => void;
}

/** Waits for a slot, plans and holds one step; throws (slot freed) to refuse it. */
export async function holdStep(
  planOf: (settings: StepSettings) => StepPlan,
  settings: MeterSettings,
): Promise<HeldStep> {
  const releaseSlot = (await settings.acquireSlot?.()) ?? (() => {});
  try {
    const plan = planOf(settings);
    announceUnboundedOutput(settings.budget, plan);
    return { ...(await holdPlan(settings.budget, plan)), settings, releaseSlot };
  } catch (error) {
    releaseSlot();
    throw error;
  }
}

/** Holds, generates and settles one step; a refused step throws before any request. */
export async function meterGenerate(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
  generate: () => PromiseLike<LanguageModelV4GenerateResult>,
): Promise<LanguageModelV4GenerateResult> {
  if (isUnmetered(name, options, settings)) return generate();
  const held = await holdStep((step) => planStep(name, options, step), settings);
  const result = await dispatch(held, generate);
  // Settled before the caller sees the result, so status() is exact once the step returns.
  await settleStep(held, {
    usage: result.usage,
    providerMetadata: result.providerMetadata,
    webSearches: webSearchesIn(result.content, held.plan),
  });
  return result;
}

/** Holds and starts one streamed step; the stream settles from its `finish` part. */
export async function meterStream(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
  stream: () => PromiseLike<LanguageModelV4StreamResult>,
): Promise<LanguageModelV4StreamResult> {
  if (isUnmetered(name, options, settings)) return stream();
  const held = await holdStep((step) => planStep(name, options, step), settings);
  const result = await dispatch(held, stream);
  return { ...result, stream: watchStream(result.stream, held) };
}

/**
 * True when the step is a paid call Tollgate cannot price and the settings let such calls
 * through; throws `UnmeteredEndpointError` when they do not. Today: Anthropic fast mode
 * (`providerOptions.anthropic.speed: 'fast'`), whose premium rates no table has.
 */
function isUnmetered(
  name: ModelName,
  options: LanguageModelV4CallOptions,
  settings: MeterSettings,
): boolean {
  const route = routeOf(name.provider, name.modelId);
  if (route.api !== 'anthropic' || providerOptionsOf(options, 'anthropic').speed !== 'fast')
    return false;
  passUnmetered(
    settings.budget,
    `${name.provider} ${name.modelId} (speed: fast)`,
    settings.unmetered,
  );
  return true;
}

/**
 * Calls the provider for a held step. When it throws, no usage came back (an error
 * status, a network failure, an abort before the response): the hold is released and the
 * error passed on, as with the official-SDK adapters.
 */
export async function dispatch<Result>(
  held: HeldStep,
  call: () => PromiseLike<Result>,
): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    await releaseStep(held);
    throw error;
  }
}

/**
 * Settles a finished step from its outcome. Usage that cannot be read is charged
 * `fallback`: the hold by default (a dispatched call is never free), what arrived for a
 * stream.
 */
export async function settleStep(
  held: HeldStep,
  outcome: StepOutcome,
  fallback: () => Charge = () => chargeTheHold(held),
): Promise<void> {
  let charge: Charge | undefined;
  try {
    charge = chargeOutcome(held.plan, held.settings.pricing, outcome);
  } catch {
    // Usage the pricing cannot read (a malformed or unexpected shape).
  }
  await endStep(held, charge ?? fallback());
}

/** Settles a step with a known charge and frees its slot. */
export async function endStep(held: HeldStep, charge: Charge): Promise<void> {
  held.releaseSlot();
  await settleCharge(held.reservation, charge);
}

/** Gives a step's hold back: it failed before any usage arrived. */
async function releaseStep(held: HeldStep): Promise<void> {
  held.releaseSlot();
  await releaseHold(held.reservation);
}

/** Provider-executed calls of the step's web search tools (their fees are per call). */
export function isWebSearchCall(part: LanguageModelV4Content, plan: StepPlan): boolean {
  return (
    part.type === 'tool-call' &&
    part.providerExecuted === true &&
    plan.webSearchTools.has(part.toolName)
  );
}

function webSearchesIn(content: readonly LanguageModelV4Content[], plan: StepPlan): number {
  let searches = 0;
  for (const part of content) if (isWebSearchCall(part, plan)) searches += 1;
  return searches;
}
