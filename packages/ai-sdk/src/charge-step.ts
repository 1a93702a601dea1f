/**
 * The charge of one model step. Where the result carries the provider's own usage
 * (`usage.raw`), it is priced as the provider reported it, so cache writes by TTL, service
 * tiers and server-tool fees are exact; otherwise from the AI SDK's normalised counts.
 */
import type { LanguageModelV4Usage, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { CallUsage } from '@tollgate/core';
import {
  atMostTheHold,
  type Charge,
  chargeUsage,
  pricerPerModel,
  reportedCostPricer,
} from '@tollgate/core/adapter';
import { compareMoney, isRecord, money, usageTokens, withFields } from '@tollgate/core/internal';
import type { NormalizedUsage, Pricing, Provider } from '@tollgate/pricing';
import { iterationPricer, readUsage, usagePricer } from '@tollgate/pricing';
import type { HeldStep, MeterSettings } from './hold-step.js';
import type { StepPlan } from './plan-step.js';

type Json = Record<string, unknown>;

/** What a finished step reported. */
export interface StepOutcome {
  usage: LanguageModelV4Usage | undefined;
  providerMetadata: SharedV4ProviderMetadata | undefined;
  /**
   * The provider's response body, when the step returns one (`doGenerate`'s
   * `response.body`): the OpenAI Chat model reports the tier that served the call only
   * there (`service_tier`), not in its provider metadata.
   */
  responseBody?: unknown;
  /** Provider-executed web searches seen in the content. */
  webSearches: number;
  /**
   * The model the response names (`response.modelId`, a stream's `response-metadata`), if
   * any: with Anthropic fallbacks and no `usage.iterations`, the model that served.
   */
  responseModel?: string | undefined;
  /** The model the last Anthropic fallback marker handed over to (see `fallbackTarget`). */
  servingModel?: string | undefined;
}

/**
 * The exact charge of a finished step, or `undefined` when its usage cannot be read (the
 * caller then charges the hold: a dispatched call is never free). Priced once by the kit's
 * `chargeUsage`, so the ledger records the same typed tokens as every other adapter; a
 * cost the provider reports (OpenRouter's `usage.cost`) is what is charged, with a
 * `price-drift` event when the table differs from it by more than `priceDriftShare`.
 */
export function chargeOutcome(
  plan: StepPlan,
  settings: ChargeSettings,
  outcome: StepOutcome,
): Charge | undefined {
  const usage = usageOf(outcome.usage);
  if (usage === undefined) return undefined;
  const served = servedTier(plan, outcome);
  // Read once per tier: the provider's own usage is normalised and typed in the same pass.
  const readAt = (serviceTier: string | undefined) =>
    withWebSearches(
      readUsage(plan.route.provider, usage, { model: plan.model, serviceTier }),
      outcome.webSearches,
    );
  const read = served === undefined ? dearestUsage(plan, settings.pricing, readAt) : readAt(served);
  const price =
    plan.fallbackModels.length === 0
      ? reportingPricerFor(settings, pricerKey(plan))
      : fallbackPricer(
          plan,
          settings.pricing,
          usage,
          outcome.servingModel ?? outcome.responseModel,
        );
  return chargeUsage(price, { usage: read }, plan.model);
}

/**
 * The pricing of a step whose Anthropic fallbacks may have run other models (see
 * `fallback-hops.ts`): each entry of the provider's `usage.iterations` at its own model's
 * rates, the model that served named in the ledger; without iterations, the usage at the
 * rates of `servingModel` (the fallback marker's, else the model the response names, else the
 * requested one). A model no table prices throws, and the step is charged its hold.
 */
function fallbackPricer(
  plan: StepPlan,
  pricing: Pricing,
  usage: Json | NormalizedUsage,
  servingModel: string | undefined,
) {
  const iterations = (usage as Json).iterations;
  return iterationPricer(
    { iterations: Array.isArray(iterations) ? iterations : undefined, servingModel },
    plan.model,
    (id) => tablePricerFor(pricing, modelKey(plan, pricing.resolve(plan.route.provider, id).id)),
  );
}

/**
 * The tier the response says served the step (OpenAI: `providerMetadata.openai.serviceTier`
 * from the Responses API, `service_tier` in a Chat Completions body), or `undefined` when it
 * does not say, as on a Chat Completions stream, whose `finish` part carries neither.
 */
function servedTier(plan: StepPlan, outcome: StepOutcome): string | undefined {
  const reported = outcome.providerMetadata?.[plan.route.optionsKey]?.serviceTier;
  if (typeof reported === 'string') return reported;
  const body = outcome.responseBody;
  return isRecord(body) && typeof body.service_tier === 'string' ? body.service_tier : undefined;
}

/**
 * For a step whose served tier is unknown: of its usage at the tier asked for and at
 * standard (`undefined`: the usage's own tier, if any), the one the table prices higher.
 * A provider may serve another tier than the one asked (OpenAI falls back from priority to
 * default, and flex is cheaper than standard), so a step is never charged less than it may
 * have cost.
 */
function dearestUsage(
  plan: StepPlan,
  pricing: Pricing,
  usageAt: (serviceTier: string | undefined) => CallUsage,
): CallUsage {
  const price = tablePricerFor(pricing, pricerKey(plan));
  let dearest: { usage: CallUsage; costUsd: string } | undefined;
  for (const serviceTier of new Set([plan.serviceTier, undefined])) {
    const usage = usageAt(serviceTier);
    const { costUsd } = price(usage);
    if (dearest === undefined || compareMoney(money(costUsd), money(dearest.costUsd)) > 0)
      dearest = { usage, costUsd };
  }
  return (dearest as { usage: CallUsage }).usage; // the set is never empty
}

/** The usage with the web searches seen in the content, when the usage counted none itself. */
function withWebSearches(usage: CallUsage, webSearches: number): CallUsage {
  if (webSearches === 0 || usage.toolCalls?.webSearch !== undefined) return usage;
  return withFields(usage, { toolCalls: { ...usage.toolCalls, webSearch: webSearches } });
}

/**
 * The charge of a step that ended without usage (a stream aborted, cancelled or broken):
 * the input the hold was computed on, at the uncached rate, plus the output counted from
 * what arrived (bounded by what the request allows), at the dearer of the requested tier and
 * standard (see `dearestUsage`); with Anthropic fallbacks, at the model a fallback marker
 * handed over to (`servingModel`), else the dearest that may have served. Never more than the
 * hold, by the kit's one rule (`atMostTheHold`): when those counts price to more (more web
 * searches than the hold allowed for, a price that took effect while the step ran), the step
 * is charged its hold and the entry keeps the counts, marked `capped` with `uncappedUsd`.
 */
export function chargeConsumed(
  held: HeldStep,
  consumed: { outputTokens: number; webSearches: number; servingModel?: string | undefined },
): Charge {
  const { plan, settings } = held;
  const usage: CallUsage = {
    tokens: usageTokens(
      { uncached: plan.inputTokens },
      { text: Math.min(consumed.outputTokens, plan.outputTokens) },
    ),
    model: plan.model,
    ...(consumed.webSearches > 0 ? { toolCalls: { webSearch: consumed.webSearches } } : {}),
  };
  const tiered = dearestUsage(plan, settings.pricing, (serviceTier) =>
    serviceTier === undefined ? usage : { ...usage, serviceTier },
  );
  let charge: Charge | undefined;
  for (const model of servingCandidates(plan, settings.pricing, consumed.servingModel)) {
    const priced = chargeUsage(
      tablePricerFor(settings.pricing, modelKey(plan, model)),
      { usage: tiered, partial: true },
      plan.model,
    );
    if (charge === undefined || compareMoney(money(priced.costUsd), money(charge.costUsd)) > 0)
      charge = priced;
  }
  return atMostTheHold(charge as Charge, held.reservation.amountUsd); // never an empty list
}

/**
 * The models that may have served a step's output: the requested one, or with Anthropic
 * fallbacks the one a fallback marker handed over to when the table prices it, else every
 * model the fallbacks may run (the dearest is charged).
 */
function servingCandidates(
  plan: StepPlan,
  pricing: Pricing,
  servingModel: string | undefined,
): readonly string[] {
  if (plan.fallbackModels.length === 0) return [plan.model];
  if (servingModel !== undefined && pricing.has(plan.route.provider, servingModel))
    return [pricing.resolve(plan.route.provider, servingModel).id];
  return [plan.model, ...plan.fallbackModels];
}

type ChargeSettings = Pick<MeterSettings, 'pricing' | 'budget' | 'priceDriftShare'>;

/** The price table and the model of a step, as one key (`pricerPerModel` keys by a string). */
function pricerKey(plan: StepPlan): string {
  return modelKey(plan, plan.model);
}

/** The key of another model (a fallback hop's) in the step's price table. */
function modelKey(plan: StepPlan, model: string): string {
  return `${plan.route.provider}\u0000${model}`;
}

function tableAndModel(key: string): { provider: Provider; model: string } {
  const split = key.indexOf('\u0000');
  return { provider: key.slice(0, split) as Provider, model: key.slice(split + 1) };
}

/** Prices a step's usage as the model the hold was priced for, from the route's table. */
const tablePricerFor = pricerPerModel<Pricing>((pricing, key) => {
  const { provider, model } = tableAndModel(key);
  return usagePricer(pricing, provider, model, { priceUsageModel: false });
});

/** The same, charging a cost the provider reports (with `price-drift` beyond the share). */
const reportingPricerFor = pricerPerModel<ChargeSettings>((settings, key) =>
  reportedCostPricer(tablePricerFor(settings.pricing, key), {
    budget: settings.budget,
    provider: tableAndModel(key).provider,
    priceDriftShare: settings.priceDriftShare,
  }),
);

/**
 * The provider's own usage as it arrived (every bucket it reports is priced), else a
 * normalised usage built from the AI SDK's counts, for `readUsage`.
 */
function usageOf(usage: LanguageModelV4Usage | undefined): Json | NormalizedUsage | undefined {
  if (usage === undefined) return undefined;
  if (isRecord(usage.raw)) return usage.raw;
  const input = usage.inputTokens;
  const output = usage.outputTokens.total;
  const cacheRead = input.cacheRead ?? 0;
  const cacheWrite = input.cacheWrite ?? 0;
  const uncached =
    input.noCache ?? (input.total === undefined ? undefined : input.total - cacheRead - cacheWrite);
  if (uncached === undefined || output === undefined) return undefined;
  return {
    inputTokens: uncached,
    cacheReadTokens: cacheRead,
    cacheWrite5mTokens: cacheWrite,
    cacheWrite1hTokens: 0,
    outputTokens: output,
    ...(usage.outputTokens.reasoning === undefined
      ? {}
      : { reasoningTokens: usage.outputTokens.reasoning }),
  };
}
