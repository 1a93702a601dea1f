/** Exact cost of one response from its normalised usage. */
import { addMoney, formatUsd, type Money, timesCount, ZERO } from '@tollgate/core';
import {
  type CompiledEntry,
  type CompiledModel,
  type CompiledRate,
  type CompiledRateSet,
  entryAt,
  levelFor,
  type RateSetName,
} from './compile.js';
import type { CostLine, CostLineKind, CostResult, PricedTier } from './cost-types.js';
import { InvalidUsageError } from './errors.js';
import type { NormalizedUsage } from './normalize-usage.js';
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

/** Reads `at` as epoch milliseconds (default: now). */
export function timeOf(at: Date | number | string | undefined): number {
  if (at === undefined) return Date.now();
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) {
    throw new InvalidUsageError([
      {
        path: 'at',
        message: `expected a Date, epoch milliseconds or an ISO date string, received ${String(at)}`,
      },
    ]);
  }
  return ms;
}

/** The rate set to use, falling back to standard when the entry has none for that tier. */
export function setName(entry: CompiledEntry, tier: PricedTier, batch: boolean): RateSetName {
  if (batch) return entry.sets.batch ? 'batch' : 'standard';
  return entry.sets[tier] ? tier : 'standard';
}

function tokenLine(
  kind: CostLineKind,
  tokens: number,
  rate: CompiledRate,
  lines: CostLine[],
): Money {
  const usd = timesCount(rate.perUnit, tokens);
  lines.push({ kind, tokens, rateUsd: rate.text, unit: 'per_million_tokens', usd: formatUsd(usd) });
  return usd;
}

function callLine(kind: CostLineKind, count: number, rate: CompiledRate, lines: CostLine[]): Money {
  const usd = timesCount(rate.perUnit, count);
  lines.push({ kind, count, rateUsd: rate.text, unit: 'per_thousand_calls', usd: formatUsd(usd) });
  return usd;
}

export interface PriceOptions {
  at: number;
  serviceTier: string | null | undefined;
  batch: boolean | undefined;
}

export function priceUsage(
  compiled: CompiledModel,
  usage: NormalizedUsage,
  options: PriceOptions,
): CostResult {
  const { model } = compiled;
  const entry = entryAt(compiled.entries, options.at);
  const reported = options.serviceTier ?? usage.serviceTier;
  // Anthropic batch results say so in usage.service_tier.
  const batch = options.batch ?? (model.provider === 'anthropic' && reported === 'batch');
  const tier = pricedTier(model.provider, reported);
  const name = setName(entry, tier, batch);
  const set = entry.sets[name] as CompiledRateSet; // `setName` only names a set that exists
  // The cliff is measured on total input, cache tokens included.
  const totalInput =
    usage.inputTokens + usage.cacheReadTokens + usage.cacheWrite5mTokens + usage.cacheWrite1hTokens;
  const level = levelFor(set, totalInput);
  const lines: CostLine[] = [];
  let total = tokenLine('input', usage.inputTokens, level.input, lines);
  if (usage.cacheReadTokens > 0)
    total = addMoney(
      total,
      tokenLine('cache_read', usage.cacheReadTokens, level.cachedInput, lines),
    );
  if (usage.cacheWrite5mTokens > 0)
    total = addMoney(
      total,
      tokenLine('cache_write_5m', usage.cacheWrite5mTokens, level.cacheWrite5m, lines),
    );
  if (usage.cacheWrite1hTokens > 0)
    total = addMoney(
      total,
      tokenLine('cache_write_1h', usage.cacheWrite1hTokens, level.cacheWrite1h, lines),
    );
  // Reasoning and rejected-prediction tokens are already inside outputTokens: billed once.
  total = addMoney(total, tokenLine('output', usage.outputTokens, level.output, lines));
  const searches = usage.webSearchRequests ?? 0;
  if (searches > 0)
    total = addMoney(total, callLine('web_search', searches, entry.webSearch ?? FREE, lines));
  const fetches = usage.webFetchRequests ?? 0;
  if (fetches > 0)
    total = addMoney(total, callLine('web_fetch', fetches, entry.webFetch ?? FREE, lines));
  const result: CostResult = {
    totalUsd: formatUsd(total),
    model: model.id,
    provider: model.provider,
    pricingVersion: model.pricingVersion,
    lines,
    serviceTier: name === 'batch' ? 'standard' : name,
    batch: name === 'batch',
  };
  if (level.above >= 0) result.longContext = true;
  if (entry.effectiveFrom !== undefined) result.effectiveFrom = entry.effectiveFrom;
  return result;
}

/** A model without a fee for a tool: the calls cost nothing beyond their tokens. */
const FREE: CompiledRate = { text: '0', perUnit: ZERO };
