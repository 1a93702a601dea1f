/**
 * Parses a model's decimal rates once into exact per-token (or per-call) amounts, so
 * pricing a call is a handful of multiplications, not string parsing.
 */
import { type Money, money } from '@tollgate/core';
import { FEMTO_SCALE, FIXED_SCALE, perUnit, toFixedUnits } from '@tollgate/core/internal';
import type { ModelPricing, PriceEntry, Provider, RateSet } from './schema.js';

/** A rate as written in the table and as an exact per-unit amount. */
export interface CompiledRate {
  /** Per million tokens or per thousand calls, as in the table. */
  readonly text: string;
  /** The rate per token (or per call), exact. */
  readonly perUnit: Money;
  /** `perUnit` in 10^-30 dollars, for the hot path. */
  readonly fixed: bigint;
  /**
   * `perUnit` in 10^-15 dollars when that is an exact safe integer (every rate quoted to
   * at most 9 decimals per million tokens): the faster path of plain numbers.
   */
  readonly femto: number | undefined;
}

/** The rates of one long-context level (the base level has `above = -1`). */
export interface CompiledLevel {
  readonly above: number;
  readonly input: CompiledRate;
  readonly cachedInput: CompiledRate;
  readonly cacheWrite5m: CompiledRate;
  readonly cacheWrite1h: CompiledRate;
  readonly output: CompiledRate;
}

/** A service tier's levels, base first, thresholds ascending. */
export type CompiledRateSet = readonly CompiledLevel[];

/** The service tiers priced by `CompiledEntry`. */
export type RateSetName = 'standard' | 'batch' | 'flex' | 'priority';

export interface CompiledEntry {
  /** UTC epoch milliseconds the entry starts; `-Infinity` for the first entry without a date. */
  readonly from: number;
  readonly effectiveFrom: string | undefined;
  readonly sets: Readonly<Partial<Record<RateSetName, CompiledRateSet>>> & {
    readonly standard: CompiledRateSet;
  };
  readonly webSearch: CompiledRate | undefined;
  readonly webFetch: CompiledRate | undefined;
  /** A fee on every request, per thousand requests. */
  readonly request: CompiledRate | undefined;
}

/** What `resolve` returns: the model entry plus where its prices come from. */
export interface ResolvedModel extends ModelPricing {
  /** The provider whose table priced the model. */
  readonly provider: Provider;
  /** Version of the table (with `+override` when an override changed this model). */
  readonly pricingVersion: string;
}

export interface CompiledModel {
  readonly model: ResolvedModel;
  readonly entries: readonly CompiledEntry[];
}

const MILLION = 1_000_000;
const THOUSAND = 1_000;

function rate(text: string, unit: number): CompiledRate {
  const exact = perUnit(money(text), unit);
  // Money division keeps 30 decimal places, so a per-unit rate always fits FIXED_SCALE.
  const fixed = toFixedUnits(exact) as bigint;
  return { text, perUnit: exact, fixed, femto: femtoUnits(fixed) };
}

/** 10^-30 dollars per 10^-15 dollar. */
export const FEMTO_IN_FIXED = 10n ** BigInt(FIXED_SCALE - FEMTO_SCALE);

/** A 10^-30 dollar amount in 10^-15 dollars, when exact and a safe integer. */
export function femtoUnits(fixed: bigint): number | undefined {
  if (fixed % FEMTO_IN_FIXED !== 0n) return undefined;
  const femto = Number(fixed / FEMTO_IN_FIXED);
  return Number.isSafeInteger(femto) ? femto : undefined;
}

interface LevelRates {
  input: string;
  cachedInput?: string | undefined;
  cacheWrite5m?: string | undefined;
  cacheWrite1h?: string | undefined;
  output: string;
}

function level(above: number, r: LevelRates, claude: boolean): CompiledLevel {
  const input = rate(r.input, MILLION);
  // Missing cache rates mean "billed as input": OpenAI models without a cache discount,
  // OpenAI models without a write fee.
  const cachedInput = r.cachedInput === undefined ? input : rate(r.cachedInput, MILLION);
  const cacheWrite5m = r.cacheWrite5m === undefined ? input : rate(r.cacheWrite5m, MILLION);
  const cacheWrite1h =
    r.cacheWrite1h === undefined
      ? missingOneHourRate(r, cacheWrite5m, claude)
      : rate(r.cacheWrite1h, MILLION);
  return { above, input, cachedInput, cacheWrite5m, cacheWrite1h, output: rate(r.output, MILLION) };
}

/**
 * The 1-hour write rate of a level whose table gives none; never below what the write costs.
 * Claude bills a 1-hour write at 2x the base input on every host (Anthropic, Bedrock, Vertex,
 * batch included: the multipliers stack), so a Claude level that caches (has a 5-minute rate)
 * gets the dearer of its 5-minute rate and 2x input: the 5-minute rate alone under-charged the
 * write by 37.5%. Other models never report 1-hour writes; their fallback stays the 5-minute
 * rate, since every cache rate also raises the hold (`dearestInputRate`) and 2x input there
 * would double their holds for writes they cannot make. A level without any write rate
 * bills writes as input, whatever their TTL.
 */
function missingOneHourRate(
  r: LevelRates,
  cacheWrite5m: CompiledRate,
  claude: boolean,
): CompiledRate {
  if (!claude || r.cacheWrite5m === undefined) return cacheWrite5m;
  const doubled = money(r.input).times(2);
  return doubled.gt(r.cacheWrite5m) ? rate(doubled.toFixed(), MILLION) : cacheWrite5m;
}

/** Claude models (any host's id: `claude-…`, `anthropic.claude-…`, `anthropic/claude-…`). */
const CLAUDE = /claude/i;

function compileSet(set: RateSet, claude: boolean): CompiledRateSet {
  return [
    level(-1, set, claude),
    ...(set.longContext ?? []).map((tier) => level(tier.aboveInputTokens, tier, claude)),
  ];
}

function compileEntry(entry: PriceEntry, claude: boolean): CompiledEntry {
  const sets: Partial<Record<RateSetName, CompiledRateSet>> & { standard: CompiledRateSet } = {
    standard: compileSet(entry.standard, claude),
  };
  if (entry.batch) sets.batch = compileSet(entry.batch, claude);
  if (entry.flex) sets.flex = compileSet(entry.flex, claude);
  if (entry.priority) sets.priority = compileSet(entry.priority, claude);
  return {
    from:
      entry.effectiveFrom === undefined
        ? Number.NEGATIVE_INFINITY
        : Date.parse(`${entry.effectiveFrom}T00:00:00Z`),
    effectiveFrom: entry.effectiveFrom,
    sets,
    webSearch:
      entry.fees?.webSearch === undefined ? undefined : rate(entry.fees.webSearch, THOUSAND),
    webFetch: entry.fees?.webFetch === undefined ? undefined : rate(entry.fees.webFetch, THOUSAND),
    request: entry.fees?.request === undefined ? undefined : rate(entry.fees.request, THOUSAND),
  };
}

export function compileModel(
  model: ModelPricing,
  provider: Provider,
  pricingVersion: string,
): CompiledModel {
  const resolved: ResolvedModel = Object.freeze({ ...model, provider, pricingVersion });
  const claude = CLAUDE.test(model.id);
  return { model: resolved, entries: model.prices.map((entry) => compileEntry(entry, claude)) };
}

/** The entry in force at `at` (epoch ms): the last one that started on or before it. */
export function entryAt(entries: readonly CompiledEntry[], at: number): CompiledEntry {
  let chosen = entries[0] as CompiledEntry; // schema: at least one entry
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i] as CompiledEntry;
    if (entry.from <= at) chosen = entry;
  }
  return chosen;
}

/** The level whose threshold the total input crosses (strictly greater than), base otherwise. */
export function levelFor<Level extends { readonly above: number }>(
  set: readonly Level[],
  totalInput: number,
): Level {
  let chosen = set[0] as Level;
  for (let i = 1; i < set.length; i++) {
    const candidate = set[i] as Level;
    if (totalInput > candidate.above) chosen = candidate;
  }
  return chosen;
}
