/**
 * The charge of one model step. Where the result carries the provider's own usage
 * (`usage.raw`), it is priced as the provider reported it, so cache writes by TTL, service
 * tiers and server-tool fees are exact; otherwise from the AI SDK's normalised counts.
 */
import type { LanguageModelV4Usage, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import { type CallUsage, compareMoney, money, usageTokens } from '@tollgate/core';
import {
  type Charge,
  chargeUsage,
  pricerPerModel,
  reportedCostPricer,
} from '@tollgate/core/adapter';
import { isRecord, withFields } from '@tollgate/core/internal';
import type { NormalizedUsage, Pricing, Provider } from '@tollgate/pricing';
import { readUsage, usagePricer } from '@tollgate/pricing';
import type { MeterSettings } from './hold-step.js';
import type { StepPlan } from './plan-step.js';

type Json = Record<string, unknown>;

/** What a finished step reported. */
export interface StepOutcome {
  usage: LanguageModelV4Usage | undefined;
  providerMetadata: SharedV4ProviderMetadata | undefined;
  /** Provider-executed web searches seen in the content. */
  webSearches: number;
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
  const reported = outcome.providerMetadata?.[plan.route.optionsKey]?.serviceTier;
  const serviceTier = typeof reported === 'string' ? reported : plan.serviceTier;
  // Read once: the provider's own usage is normalised and typed in the same pass.
  const read = withWebSearches(
    readUsage(plan.route.provider, usage, { model: plan.model, serviceTier }),
    outcome.webSearches,
  );
  return chargeUsage(reportingPricerFor(settings, pricerKey(plan)), { usage: read }, plan.model);
}

/** The usage with the web searches seen in the content, when the usage counted none itself. */
function withWebSearches(usage: CallUsage, webSearches: number): CallUsage {
  if (webSearches === 0 || usage.toolCalls?.webSearch !== undefined) return usage;
  return withFields(usage, { toolCalls: { ...usage.toolCalls, webSearch: webSearches } });
}

/**
 * The charge of a step that ended without usage (a stream aborted, cancelled or broken):
 * the input the hold was computed on, at the uncached rate, plus the output counted from
 * what arrived. Without the response's tier, the dearer of the requested tier and standard.
 */
export function chargeConsumed(
  plan: StepPlan,
  pricing: Pricing,
  outputTokens: number,
  webSearches: number,
): Charge {
  const usage: CallUsage = {
    tokens: usageTokens(
      { uncached: plan.inputTokens },
      { text: Math.min(outputTokens, plan.outputTokens) },
    ),
    model: plan.model,
    ...(webSearches > 0 ? { toolCalls: { webSearch: webSearches } } : {}),
  };
  const price = tablePricerFor(pricing, pricerKey(plan));
  let dearest: Charge | undefined;
  for (const serviceTier of new Set([plan.serviceTier, undefined])) {
    const tiered = serviceTier === undefined ? usage : { ...usage, serviceTier };
    const charge = chargeUsage(price, { usage: tiered, partial: true }, plan.model);
    if (dearest === undefined || compareMoney(money(charge.costUsd), money(dearest.costUsd)) > 0)
      dearest = charge;
  }
  return dearest as Charge; // the set is never empty
}

type ChargeSettings = Pick<MeterSettings, 'pricing' | 'budget' | 'priceDriftShare'>;

/** The price table and the model of a step, as one key (`pricerPerModel` keys by a string). */
function pricerKey(plan: StepPlan): string {
  return `${plan.route.provider}\u0000${plan.model}`;
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
