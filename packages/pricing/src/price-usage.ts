/** Exact cost of one response from its typed usage. */
import { type CallUsage, ZERO } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import {
  type CompiledEntry,
  type CompiledModel,
  type CompiledRate,
  type CompiledRateSet,
  entryAt,
  levelFor,
  type RateSetName,
  type ResolvedModel,
} from './compile.js';
import type { CostResult } from './cost-types.js';
import { InvalidUsageError } from './errors.js';
import { LineCollector } from './line-collector.js';
import { hasRates, standInSets, wantedTier } from './service-tiers.js';

/** The furthest a `Date` reaches from the epoch either way, in milliseconds. */
const MAX_TIME = 8.64e15;

/**
 * Reads `at` as epoch milliseconds (default: now). Anything else, a `Date` that is invalid
 * or a time no `Date` can hold throws `InvalidUsageError` at `at`, naming `where` (the call
 * given it) when known. Plain checks only: it runs on every priced call.
 */
export function timeOf(at: unknown, where?: string): number {
  if (at === undefined) return Date.now();
  const ms =
    at instanceof Date
      ? at.getTime()
      : typeof at === 'number'
        ? at
        : typeof at === 'string'
          ? Date.parse(at)
          : Number.NaN;
  if (ms >= -MAX_TIME && ms <= MAX_TIME) return ms;
  const received = at instanceof Date ? 'an invalid Date' : describeValue(at);
  throw new InvalidUsageError(
    [
      {
        path: 'at',
        message: `expected a Date, epoch milliseconds or an ISO date string, received ${received}`,
      },
    ],
    where,
  );
}

/** When and at which tier a usage is priced; each overrides what the usage itself says. */
export interface PriceOptions {
  at: number;
  serviceTier: string | null | undefined;
  batch: boolean | undefined;
}

/** What a usage is priced from: everything in `CallUsage` but the model, which is resolved. */
export type PricedUsage = Omit<CallUsage, 'model'>;

/** The exact cost of a typed usage on a resolved model. Trusts its counts (see `checkCallUsage`). */
export function priceUsage(
  compiled: CompiledModel,
  usage: PricedUsage,
  options: PriceOptions,
  keepLines = true,
): CostResult {
  const { model } = compiled;
  const entry = entryAt(compiled.entries, options.at);
  const reported = options.serviceTier ?? usage.serviceTier;
  // Anthropic batch results say so in usage.service_tier.
  const batch =
    options.batch ?? usage.batch ?? (model.provider === 'anthropic' && reported === 'batch');
  const wanted = wantedTier(model.provider, reported);
  const rated = hasRates(entry, wanted);
  const priced = batch
    ? linesAt(entry, entry.sets.batch ? 'batch' : 'standard', usage, keepLines)
    : rated
      ? linesAt(entry, wanted, usage, keepLines)
      : dearest(entry, standInSets(entry, wanted), usage, keepLines);
  // A response at a tier this model has no rates for: say so (`serviceTier` is what priced it).
  const result = costResult(model, entry, priced, batch || rated ? undefined : String(reported));
  if (usage.reportedCostUsd !== undefined) result.reportedUsd = usage.reportedCostUsd;
  if (usage.reportedUpstreamCostUsd !== undefined)
    result.reportedUpstreamUsd = usage.reportedUpstreamCostUsd;
  return result;
}

/**
 * The result of a usage (or a bound) priced at one rate set, naming a tier it was asked for
 * that the model has no rates for.
 */
export function costResult(
  model: ResolvedModel,
  entry: CompiledEntry,
  priced: PricedAt,
  unpricedTier: string | undefined,
): CostResult {
  const result: CostResult = {
    totalUsd: priced.collector.total(),
    model: model.id,
    provider: model.provider,
    pricingVersion: model.pricingVersion,
    lines: priced.collector.lines,
    serviceTier: priced.name === 'batch' ? 'standard' : priced.name,
    batch: priced.name === 'batch',
  };
  if (unpricedTier !== undefined) result.unpricedTier = unpricedTier;
  if (priced.longContext) result.longContext = true;
  if (entry.effectiveFrom !== undefined) result.effectiveFrom = entry.effectiveFrom;
  return result;
}

/** A usage priced at one rate set. */
export interface PricedAt {
  collector: LineCollector;
  name: RateSetName;
  longContext: boolean;
}

/** The usage priced at the dearest of `names` (each a set the entry has). */
function dearest(
  entry: CompiledEntry,
  names: readonly RateSetName[],
  usage: PricedUsage,
  keepLines: boolean,
): PricedAt {
  let best: PricedAt | undefined;
  for (const name of names) {
    const candidate = linesAt(entry, name, usage, keepLines);
    if (best === undefined || candidate.collector.totalUnits() > best.collector.totalUnits())
      best = candidate;
  }
  return best as PricedAt; // `names` always holds standard
}

/** The usage's cost lines at one rate set of the entry. */
function linesAt(
  entry: CompiledEntry,
  name: RateSetName,
  usage: PricedUsage,
  keepLines: boolean,
): PricedAt {
  const set = entry.sets[name] as CompiledRateSet; // callers only name a set that exists
  // The cliff is measured on total input, cache tokens included.
  const { input, output } = usage.tokens;
  const level = levelFor(
    set,
    input.uncached + input.cacheRead + input.cacheWrite5m + input.cacheWrite1h,
  );
  const collected = new LineCollector(keepLines);
  collected.token('input', input.uncached, level.input);
  if (input.cacheRead > 0) collected.token('cache_read', input.cacheRead, level.cachedInput);
  if (input.cacheWrite5m > 0)
    collected.token('cache_write_5m', input.cacheWrite5m, level.cacheWrite5m);
  if (input.cacheWrite1h > 0)
    collected.token('cache_write_1h', input.cacheWrite1h, level.cacheWrite1h);
  // Text and reasoning are both output, billed at one rate on one line.
  collected.token('output', output.text + output.reasoning, level.output);
  const searches = usage.toolCalls?.webSearch ?? 0;
  if (searches > 0) collected.call('web_search', searches, entry.webSearch ?? FREE);
  const fetches = usage.toolCalls?.webFetch ?? 0;
  if (fetches > 0) collected.call('web_fetch', fetches, entry.webFetch ?? FREE);
  if (entry.request !== undefined) collected.call('request', 1, entry.request);
  return { collector: collected, name, longContext: level.above >= 0 };
}

/** A model without a fee for a tool: the calls cost nothing beyond their tokens. */
const FREE: CompiledRate = { text: '0', perUnit: ZERO, fixed: 0n, femto: 0 };
