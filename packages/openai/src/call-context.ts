import { compareMoney, money, type SettlementDetails } from '@tollgate/core';
import type { Charge } from '@tollgate/core/adapter';
import type { NormalizedUsage, Pricing } from '@tollgate/pricing';
import { normalizeUsage } from '@tollgate/pricing';
import { chargedUsd, type DriftWatch } from './openrouter-cost.js';
import type { Encoding } from './text-tokenizer.js';

/**
 * What an observer needs to know about the call it prices; as a `DriftWatch`, the price
 * table's provider and where a `price-drift` is reported.
 */
export interface CallContext extends DriftWatch {
  readonly pricing: Pricing;
  /** The canonical id of the requested model. */
  readonly model: string;
  readonly encoding: Encoding;
  /** The tier the request asked for, if any. */
  readonly requestedTier: string | undefined;
  /** The input tokens the hold was computed on (exact when a tokenizer counted them). */
  readonly heldInputTokens: number;
  /** Web search calls a Chat Completions search model makes per request (0 or 1). */
  readonly searchesPerRequest: number;
}

type Json = Record<string, unknown>;

/** A plain JSON object. */
export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string field, or `undefined`. */
export const stringField = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The model to price on: the one the response names when the table knows it, else the requested one. */
function pricedModel(context: CallContext, responseModel: string | undefined): string {
  return responseModel !== undefined && context.pricing.has(context.provider, responseModel)
    ? responseModel
    : context.model;
}

function tokensOf(usage: NormalizedUsage): Record<string, number> {
  const tokens: Record<string, number> = {
    input:
      usage.inputTokens +
      usage.cacheReadTokens +
      usage.cacheWrite5mTokens +
      usage.cacheWrite1hTokens,
    cachedInput: usage.cacheReadTokens,
    output: usage.outputTokens,
  };
  if (usage.cacheWrite5mTokens > 0) tokens.cacheWrite = usage.cacheWrite5mTokens;
  if (usage.reasoningTokens !== undefined) tokens.reasoning = usage.reasoningTokens;
  if (usage.webSearchRequests !== undefined) tokens.webSearches = usage.webSearchRequests;
  return tokens;
}

/** What a ledger entry says about the call itself: the model asked for and the one and tier that answered. */
function callFields(
  context: CallContext,
  responseModel: string | undefined,
  serviceTier: string | undefined,
): SettlementDetails {
  const fields: SettlementDetails = { requestModel: context.model };
  if (responseModel !== undefined) fields.responseModel = responseModel;
  if (serviceTier !== undefined) fields.serviceTier = serviceTier;
  return fields;
}

/** The exact charge for the usage a response returned, at the tier the response reports. */
export function chargeUsage(
  context: CallContext,
  usage: unknown,
  serviceTier: string | undefined,
  responseModel: string | undefined,
  webSearches: number,
): Charge {
  const normalized = normalizeUsage(context.provider, usage);
  if (webSearches > 0) normalized.webSearchRequests = webSearches;
  const cost = context.pricing.computeCost({
    provider: context.provider,
    model: pricedModel(context, responseModel),
    usage: normalized,
    serviceTier: serviceTier ?? null,
  });
  return {
    costUsd: chargedUsd(cost, normalized.reportedCostUsd, context),
    details: {
      provider: context.provider,
      model: cost.model,
      tokens: tokensOf(normalized),
      pricingVersion: cost.pricingVersion,
      ...callFields(context, responseModel, serviceTier),
    },
  };
}

/**
 * The charge for a call that ended without usage (interrupted stream, a body without
 * usage): the input the hold was computed on, all at the uncached rate, plus the output
 * counted from what arrived. Without the response's tier, the dearer of the requested
 * tier and standard. Marked `partial`.
 */
export function chargeConsumed(
  context: CallContext,
  outputTokens: number,
  serviceTier: string | undefined,
  responseModel: string | undefined,
  webSearches: number,
): Charge {
  const usage: NormalizedUsage = {
    inputTokens: context.heldInputTokens,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens,
  };
  if (webSearches > 0) usage.webSearchRequests = webSearches;
  const model = pricedModel(context, responseModel);
  const tiers = serviceTier !== undefined ? [serviceTier] : [context.requestedTier ?? null, null];
  let best: ReturnType<Pricing['computeCost']> | undefined;
  for (const tier of tiers) {
    const cost = context.pricing.computeCost({
      provider: context.provider,
      model,
      usage,
      serviceTier: tier,
    });
    if (best === undefined || compareMoney(money(cost.totalUsd), money(best.totalUsd)) > 0) {
      best = cost;
    }
  }
  const cost = best as NonNullable<typeof best>; // `tiers` is never empty
  return {
    costUsd: cost.totalUsd,
    details: {
      provider: context.provider,
      model: cost.model,
      tokens: tokensOf(usage),
      pricingVersion: cost.pricingVersion,
      partial: true,
      ...callFields(context, responseModel, serviceTier),
    },
  };
}
