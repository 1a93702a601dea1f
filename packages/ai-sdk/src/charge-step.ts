/**
 * The charge of one model step. Where the result carries the provider's own usage
 * (`usage.raw`), it is priced as the provider reported it, so cache writes by TTL, service
 * tiers and server-tool fees are exact; otherwise from the AI SDK's normalised counts.
 */
import type { LanguageModelV4Usage, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import { compareMoney, money } from '@tollgate/core';
import type { Charge } from '@tollgate/core/adapter';
import type { CostResult, NormalizedUsage, Pricing } from '@tollgate/pricing';
import { normalizeUsage } from '@tollgate/pricing';
import type { StepPlan } from './plan-step.js';

/** What a finished step reported. */
export interface StepOutcome {
  usage: LanguageModelV4Usage | undefined;
  providerMetadata: SharedV4ProviderMetadata | undefined;
  /** Provider-executed web searches seen in the content. */
  webSearches: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The exact charge of a finished step, or `undefined` when its usage cannot be read (the
 * caller then charges the hold: a dispatched call is never free).
 */
export function chargeOutcome(
  plan: StepPlan,
  pricing: Pricing,
  outcome: StepOutcome,
): Charge | undefined {
  const usage = usageOf(plan, outcome.usage);
  if (usage === undefined) return undefined;
  if (outcome.webSearches > 0 && usage.webSearchRequests === undefined)
    usage.webSearchRequests = outcome.webSearches;
  const reported = outcome.providerMetadata?.[plan.route.optionsKey]?.serviceTier;
  const serviceTier = typeof reported === 'string' ? reported : plan.serviceTier;
  return chargeOf(
    pricing.computeCost({
      provider: plan.route.provider,
      model: plan.model,
      usage,
      ...(serviceTier === undefined ? {} : { serviceTier }),
    }),
    usage,
    false,
  );
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
  const usage: NormalizedUsage = {
    inputTokens: plan.inputTokens,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens: Math.min(outputTokens, plan.outputTokens),
  };
  if (webSearches > 0) usage.webSearchRequests = webSearches;
  let dearest: CostResult | undefined;
  for (const serviceTier of new Set([plan.serviceTier, undefined])) {
    const cost = pricing.computeCost({
      provider: plan.route.provider,
      model: plan.model,
      usage,
      serviceTier: serviceTier ?? null,
    });
    if (dearest === undefined || compareMoney(money(cost.totalUsd), money(dearest.totalUsd)) > 0)
      dearest = cost;
  }
  return chargeOf(dearest as CostResult, usage, true); // the set is never empty
}

function usageOf(
  plan: StepPlan,
  usage: LanguageModelV4Usage | undefined,
): NormalizedUsage | undefined {
  if (usage === undefined) return undefined;
  // The provider's own usage, as it arrived: every bucket it reports is priced.
  if (isRecord(usage.raw)) return normalizeUsage(plan.route.provider, usage.raw);
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

function chargeOf(cost: CostResult, usage: NormalizedUsage, partial: boolean): Charge {
  const tokens: Record<string, number> = {
    input:
      usage.inputTokens +
      usage.cacheReadTokens +
      usage.cacheWrite5mTokens +
      usage.cacheWrite1hTokens,
    cachedInput: usage.cacheReadTokens,
    output: usage.outputTokens,
  };
  const written = usage.cacheWrite5mTokens + usage.cacheWrite1hTokens;
  if (written > 0) tokens.cacheWrite = written;
  if (usage.reasoningTokens !== undefined) tokens.reasoning = usage.reasoningTokens;
  if (usage.webSearchRequests !== undefined) tokens.webSearches = usage.webSearchRequests;
  return {
    costUsd: cost.totalUsd,
    details: {
      provider: cost.provider,
      model: cost.model,
      tokens,
      pricingVersion: cost.pricingVersion,
      ...(partial ? { partial: true } : {}),
    },
  };
}
