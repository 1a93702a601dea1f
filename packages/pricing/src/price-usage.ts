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
} from './compile.js';
import type { CostResult, PricedTier } from './cost-types.js';
import { InvalidUsageError } from './errors.js';
import { LineCollector } from './line-collector.js';
import type { Provider } from './schema.js';

/**
 * The tier a response reports, as a rate set. OpenAI: `priority` (and `fast`, which the
 * API reports as priority) and `flex` have their own rates; `default`, `auto`, `scale`,
 * null and anything unknown are standard. Anthropic: priority tier has no public
 * per-token rate (committed-capacity contracts), so it is priced as standard.
 */
export function pricedTier(provider: Provider, tier: string | null | undefined): PricedTier {
  if (provider !== 'openai' || tier == null) return 'standard';
  if (tier === 'priority' || tier === 'fast') return 'priority';
  return tier === 'flex' ? 'flex' : 'standard';
}

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

/** The rate set to use, falling back to standard when the entry has none for that tier. */
export function setName(entry: CompiledEntry, tier: PricedTier, batch: boolean): RateSetName {
  if (batch) return entry.sets.batch ? 'batch' : 'standard';
  return entry.sets[tier] ? tier : 'standard';
}

/** When and at which tier a usage is priced; each overrides what the usage itself says. */
export interface PriceOptions {
  at: number;
  serviceTier: string | null | undefined;
  batch: boolean | undefined;
}

/** What a usage is priced from: everything in `CallUsage` but the model, which is resolved. */
export type PricedUsage = Omit<CallUsage, 'model'>;

/** The exact cost of a typed usage on a resolved model. Trusts its counts (see `checkUsage`). */
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
  const tier = pricedTier(model.provider, reported);
  const name = setName(entry, tier, batch);
  const set = entry.sets[name] as CompiledRateSet; // `setName` only names a set that exists
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
  const result: CostResult = {
    totalUsd: collected.total(),
    model: model.id,
    provider: model.provider,
    pricingVersion: model.pricingVersion,
    lines: collected.lines,
    serviceTier: name === 'batch' ? 'standard' : name,
    batch: name === 'batch',
  };
  if (level.above >= 0) result.longContext = true;
  if (entry.effectiveFrom !== undefined) result.effectiveFrom = entry.effectiveFrom;
  if (usage.reportedCostUsd !== undefined) result.reportedUsd = usage.reportedCostUsd;
  if (usage.reportedUpstreamCostUsd !== undefined)
    result.reportedUpstreamUsd = usage.reportedUpstreamCostUsd;
  return result;
}

/** A model without a fee for a tool: the calls cost nothing beyond their tokens. */
const FREE: CompiledRate = { text: '0', perUnit: ZERO, fixed: 0n, femto: 0 };
