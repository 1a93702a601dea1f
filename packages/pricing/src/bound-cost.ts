/**
 * An upper bound of what a request can cost, before it is sent.
 *
 * Every usage with total input <= `inputTokens` and output <= `maxOutputTokens` is bounded:
 * each input token is priced at the dearest input kind of its level (uncached, cache read,
 * 5-minute or 1-hour write), output at the output rate, on every long-context level the
 * input could reach (the base level with at most `threshold` tokens, each crossed tier with
 * all of them), and on every tier the response could report:
 * - `batch: true`: batch rates only.
 * - OpenAI `priority` / `fast`: the dearer of priority and standard (the response may say `default`).
 * - OpenAI `flex`: the dearer of flex and standard.
 * - OpenAI `auto` / `default` / `scale` / none: standard. A project configured to serve
 *   `auto` at priority is outside the bound; request `priority` explicitly to bound it.
 * - A tier the model has no rates for (`priority` on `o1`, an unknown name): the rates that
 *   would price such a response (see `service-tiers.ts`), with `unpricedTier` naming it.
 *   OpenAI refuses such a request; `Pricing.offersTier` lets an adapter refuse it first.
 * - Anthropic: standard (its priority tier has no public per-token rate).
 */
import { describeValue } from '@tollgate/core/internal';
import {
  type CompiledLevel,
  type CompiledModel,
  type CompiledRate,
  type CompiledRateSet,
  entryAt,
  type RateSetName,
} from './compile.js';
import type { CostResult, EstimateRequest } from './cost-types.js';
import { InvalidUsageError } from './errors.js';
import { LineCollector } from './line-collector.js';
import { costResult, type PricedAt, timeOf } from './price-usage.js';
import { hasRates, standInSets, wantedTier } from './service-tiers.js';

function count(
  value: unknown,
  path: string,
  issues: Array<{ path: string; message: string }>,
): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    issues.push({
      path,
      message: `expected a non-negative integer, received ${describeValue(value)}`,
    });
    return 0;
  }
  return value;
}

/** The dearest of a level's input kinds: what a bound charges every input token at. */
export function dearestInputRate(level: CompiledLevel): CompiledRate {
  let best = level.input;
  for (const rate of [level.cachedInput, level.cacheWrite5m, level.cacheWrite1h]) {
    if (rate.fixed > best.fixed) best = rate;
  }
  return best;
}

export function boundCost(
  compiled: CompiledModel,
  options: EstimateRequest,
  keepLines = true,
): CostResult {
  const issues: Array<{ path: string; message: string }> = [];
  if (options.inputTokens === undefined)
    issues.push({
      path: 'inputTokens',
      message: 'expected a non-negative integer, received undefined',
    });
  if (options.maxOutputTokens === undefined)
    issues.push({
      path: 'maxOutputTokens',
      message: 'expected a non-negative integer, received undefined',
    });
  const inputTokens = count(options.inputTokens, 'inputTokens', issues);
  const outputTokens = count(options.maxOutputTokens, 'maxOutputTokens', issues);
  const searches = count(options.toolFees?.webSearch, 'toolFees.webSearch', issues);
  const fetches = count(options.toolFees?.webFetch, 'toolFees.webFetch', issues);
  const at = timeOf(options.at);
  if (issues.length > 0) throw new InvalidUsageError(issues);

  const { model } = compiled;
  const entry = entryAt(compiled.entries, at);
  const batch = options.batch === true;
  const wanted = wantedTier(model.provider, options.serviceTier);
  const rated = hasRates(entry, wanted);
  const names: RateSetName[] = batch
    ? ['batch']
    : wanted === 'standard'
      ? ['standard']
      : rated
        ? ['standard', wanted]
        : standInSets(entry, wanted);

  let best: PricedAt | undefined;
  // Totals are compared only when there is a second candidate (most calls have one).
  let bestTotal: bigint | undefined;
  for (const wanted of names) {
    const name: RateSetName = entry.sets[wanted] ? wanted : 'standard';
    const set = entry.sets[name] as CompiledRateSet; // `name` only names a set that exists
    for (let i = 0; i < set.length; i++) {
      const level = set[i] as CompiledLevel;
      if (inputTokens <= level.above) break; // this tier and the ones above are out of reach
      const next = set[i + 1];
      // A level only holds while total input stays at or under the next threshold.
      const tokens = next !== undefined && inputTokens > next.above ? next.above : inputTokens;
      // Integers of 10^-15 (or 10^-30) dollars, not decimals: a bound is on every call's path.
      const collector = new LineCollector(keepLines);
      collector.token('input_max', tokens, dearestInputRate(level));
      collector.token('output', outputTokens, level.output);
      if (searches > 0 && entry.webSearch) collector.call('web_search', searches, entry.webSearch);
      if (fetches > 0 && entry.webFetch) collector.call('web_fetch', fetches, entry.webFetch);
      if (entry.request) collector.call('request', 1, entry.request);
      const candidate = { collector, name, longContext: level.above >= 0 };
      if (best === undefined) {
        best = candidate;
        continue;
      }
      bestTotal ??= best.collector.totalUnits();
      const total = collector.totalUnits();
      if (total > bestTotal) {
        best = candidate;
        bestTotal = total;
      }
    }
  }
  // The base level is always reachable (its threshold is -1), so `best` is set.
  const chosen = best as NonNullable<typeof best>;
  return costResult(model, entry, chosen, batch || rated ? undefined : String(options.serviceTier));
}
