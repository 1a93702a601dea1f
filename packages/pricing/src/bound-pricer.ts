/**
 * The hold step of one model, made once: what an adapter computes before every call.
 *
 * `pricing.boundUsd` checks its options, finds the model, picks the price entry of the day,
 * the tier's rate sets and each long-context level, and builds a cost result, on every call.
 * A bound pricer does the finding and picking once (again only when the day's entry changes)
 * and keeps, per level, the dearest input rate and the output rate as integers of 10^-15
 * dollars: a standard-tier hold is then two multiplications per level and one decimal string.
 * Anything else (a priority, flex or unknown tier, batch, tool calls, rates past 10^-15
 * dollars, sums past 2^53) is bounded by `pricing.boundUsd` itself, so the two always agree.
 */
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue, formatFemtoUnits } from '@tollgate/core/internal';
import { DayRates, type FemtoLevel, type FemtoRates } from './day-rates.js';
import { compiledModelOf, type Pricing } from './pricing.js';
import { checkPricerArguments } from './pricing-options.js';
import type { Provider } from './schema.js';
import { wantedTier } from './service-tiers.js';

/** What one call asks of a model, as its hold is computed. */
export interface BoundRequest {
  /** Input tokens at most: the prompt's bound. */
  inputTokens: number;
  /** Output tokens at most. */
  maxOutputTokens: number;
  /** The service tier the request names. @default none (standard) */
  serviceTier?: string | null | undefined;
  /** Tool calls billed per call, at most. @default none */
  toolFees?: {
    /** Web searches at most. @default 0 */
    webSearch?: number;
    /** Web fetches at most. @default 0 */
    webFetch?: number;
  };
  /** Batch API rates. @default false */
  batch?: boolean;
}

/**
 * `pricing.boundUsd` for one model: the most a request can cost, a decimal string of USD.
 * The same amount and the same errors, for the same request.
 */
export type BoundPricer = (request: BoundRequest) => string;

/** Most model ids a `Pricing` keeps hold steps for per provider; past it they are made anew. */
const MAX_MADE = 10_000;

/** The hold steps made, per pricing, provider and model id as given. */
const made = new WeakMap<Pricing, Map<Provider, Map<string, BoundPricer>>>();

/**
 * The hold step of `model` of `provider`, as `pricing.boundUsd` would compute it for each
 * request. Made once per pricing, provider and model id: later calls return the same step,
 * so an adapter may call this on every request. Throws `UnknownModelError` for a model
 * without a price, as `boundUsd` would, and `InvalidOptionsError` for a `pricing` that is not
 * one, a provider that is not a provider id or a model id that is not a string.
 */
export function boundPricer(pricing: Pricing, provider: Provider, model: string): BoundPricer {
  let byProvider = made.get(pricing);
  if (byProvider === undefined) {
    // Only a pricing seen for the first time is checked: this runs on every call.
    checkPricerArguments('boundPricer', pricing, provider, model);
    byProvider = new Map();
    made.set(pricing, byProvider);
  }
  let byModel = byProvider.get(provider);
  if (byModel === undefined) {
    byModel = new Map();
    byProvider.set(provider, byModel);
  }
  let step = byModel.get(model);
  if (step === undefined) {
    step = newBoundPricer(pricing, provider, model);
    if (byModel.size >= MAX_MADE) byModel.clear();
    byModel.set(model, step);
  }
  return step;
}

function newBoundPricer(pricing: Pricing, provider: Provider, model: string): BoundPricer {
  const day = new DayRates(compiledModelOf(pricing, provider, model));
  return (request) => {
    if (standardRequest(provider, request)) {
      const rates = day.at(Date.now());
      const total = rates && femtoBound(rates, request.inputTokens, request.maxOutputTokens);
      if (total !== undefined) return formatFemtoUnits(total);
    }
    if (typeof request !== 'object' || request === null || Array.isArray(request))
      throw notARequest(request);
    return pricing.boundUsd({ ...request, provider, model });
  };
}

/** A bound pricer called with something other than a request object (null, a number). */
function notARequest(request: unknown): InvalidOptionsError {
  const expected = 'expected a request object ({ inputTokens, maxOutputTokens, ... })';
  return new InvalidOptionsError(
    `Invalid bound pricer request: ${expected}, received ${describeValue(request)}`,
    [{ path: '', message: expected }],
  );
}

/**
 * True for a well-formed request at standard rates with no tool call billed: only the keys
 * of `BoundRequest`, whole counts, a tier priced as standard. Anything else goes to
 * `boundUsd`, which prices it or refuses it with its own typed error.
 */
function standardRequest(provider: Provider, request: unknown): request is BoundRequest {
  if (typeof request !== 'object' || request === null) return false;
  const fields = request as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case 'inputTokens':
      case 'maxOutputTokens':
        continue;
      case 'serviceTier': {
        const tier = fields.serviceTier;
        if (tier != null && (typeof tier !== 'string' || wantedTier(provider, tier) !== 'standard'))
          return false;
        continue;
      }
      case 'batch':
        if (fields.batch !== undefined && fields.batch !== false) return false;
        continue;
      case 'toolFees':
        if (!noFees(fields.toolFees)) return false;
        continue;
      default:
        return false;
    }
  }
  return isCount(fields.inputTokens) && isCount(fields.maxOutputTokens);
}

/** No tool call billed: no fees given, or each count zero (anything else is checked by `boundUsd`). */
function noFees(fees: unknown): boolean {
  if (fees === undefined) return true;
  if (typeof fees !== 'object' || fees === null || Array.isArray(fees)) return false;
  for (const key in fees) {
    if (key !== 'webSearch' && key !== 'webFetch') return false;
    const count = (fees as Record<string, unknown>)[key];
    if (count !== undefined && count !== 0) return false;
  }
  return true;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The dearest level the input can reach, as `boundCost` picks it; `undefined` when a product
 * or the sum is not a safe integer (the exact path then bounds it).
 */
function femtoBound(
  rates: FemtoRates,
  inputTokens: number,
  outputTokens: number,
): number | undefined {
  const levels = rates.levels;
  let best = -1;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as FemtoLevel;
    if (inputTokens <= level.above) break;
    const next = levels[i + 1];
    const tokens = next !== undefined && inputTokens > next.above ? next.above : inputTokens;
    const total = tokens * level.dearestInput + outputTokens * level.output + rates.request;
    if (!Number.isSafeInteger(total)) return undefined;
    if (total > best) best = total;
  }
  return best;
}
