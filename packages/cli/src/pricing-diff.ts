/**
 * Compares newer price data with the prices in force and builds the overrides that would
 * bring them up to date: added models, changed rates (dated from when they apply), and
 * models the source no longer lists (kept: a priced model never starts failing).
 */
import { compareMoney, money } from '@tollgate/core';
import {
  type ModelPricing,
  type PriceEntry,
  type Pricing,
  type PricingTable,
  type Provider,
  type RateSet,
  type ResolvedModel,
  UnknownModelError,
} from '@tollgate/pricing';
import { entryAt } from './find-model.js';

/** One rate that differs. */
export interface RateChange {
  field: string;
  from: string;
  to: string;
}

/** What changes for one provider. */
export interface ProviderDiff {
  provider: Provider;
  added: ModelPricing[];
  changed: Array<{ model: ResolvedModel; effectiveFrom: string; changes: RateChange[] }>;
  /** Canonical ids in force that the source does not list. */
  gone: string[];
  /** Source ids without any price (both rates zero), left out. */
  unpriced: string[];
  /** The overrides table: added models and changed ones with their merged history. */
  overrides: ModelPricing[];
}

const FIELDS = ['input', 'cachedInput', 'cacheWrite5m', 'cacheWrite1h', 'output'] as const;

/** Rates as compared: a missing cache rate means "billed as input" (or as the 5-minute write). */
function effective(set: RateSet): Record<(typeof FIELDS)[number], string> {
  const write5m = set.cacheWrite5m ?? set.input;
  return {
    input: set.input,
    cachedInput: set.cachedInput ?? set.input,
    cacheWrite5m: write5m,
    cacheWrite1h: set.cacheWrite1h ?? write5m,
    output: set.output,
  };
}

function rateChanges(older: RateSet, newer: RateSet): RateChange[] {
  const a = effective(older);
  const b = effective(newer);
  // Compared as exact decimals: "0.50" and "0.5" are the same rate.
  // Cache writes that neither side prices follow input: not a change of their own.
  const changes: RateChange[] = FIELDS.filter(
    (field) =>
      !(
        field.startsWith('cacheWrite') &&
        older[field] === undefined &&
        newer[field] === undefined
      ) && compareMoney(money(a[field]), money(b[field])) !== 0,
  ).map((field) => ({
    field,
    from: a[field],
    to: b[field],
  }));
  const tiers = (set: RateSet) => JSON.stringify(set.longContext ?? []);
  if (tiers(older) !== tiers(newer))
    changes.push({
      field: 'longContext',
      from: `${older.longContext?.length ?? 0} tiers`,
      to: `${newer.longContext?.length ?? 0} tiers`,
    });
  return changes;
}

function find(
  pricing: Pricing,
  provider: Provider,
  model: ModelPricing,
): ResolvedModel | undefined {
  for (const name of [model.id, ...model.aliases, ...model.snapshots]) {
    try {
      return pricing.resolve(provider, name);
    } catch (error) {
      if (!(error instanceof UnknownModelError)) throw error;
    }
  }
  return undefined;
}

/**
 * The diff of `table` against `pricing` at `now` (epoch ms). An undated changed price is
 * dated `today`, so the history before the update keeps its prices.
 */
export function diffTable(
  pricing: Pricing,
  table: PricingTable,
  now: number,
  today: string,
): ProviderDiff {
  const provider = table.provider;
  const diff: ProviderDiff = {
    provider,
    added: [],
    changed: [],
    gone: [],
    unpriced: [],
    overrides: [],
  };
  const seen = new Set<string>();
  for (const model of table.models) {
    const latest = entryAt(model as ResolvedModel, now);
    if (
      latest.standard.input === '0' &&
      latest.standard.output === '0' &&
      !model.id.endsWith(':free')
    ) {
      diff.unpriced.push(model.id);
      continue;
    }
    const current = find(pricing, provider, model);
    if (current === undefined) {
      diff.added.push(model);
      diff.overrides.push(model);
      continue;
    }
    seen.add(current.id);
    const changes = rateChanges(entryAt(current, now).standard, latest.standard);
    if (changes.length === 0) continue;
    // A dated source entry says when the price applies; an undated one applies from today.
    const effectiveFrom = latest.effectiveFrom ?? today;
    const dated: PriceEntry = { ...latest, effectiveFrom };
    diff.changed.push({ model: current, effectiveFrom, changes });
    const { provider: _provider, pricingVersion: _version, ...base } = current;
    diff.overrides.push({ ...base, prices: [dated] });
  }
  diff.gone = pricing.models(provider).filter((id) => !seen.has(id));
  return diff;
}
