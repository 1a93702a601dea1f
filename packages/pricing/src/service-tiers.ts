/**
 * Which rates a service tier is priced at, and what happens when a model has none for it.
 *
 * OpenAI (and Azure OpenAI, which serves the same models and tier names): `priority` (and
 * `fast`, which the API reports as priority) and `flex` have their own rates on the models
 * that offer them; `default`, `auto`, `scale` and no tier are standard. OpenAI refuses a
 * request for a tier the model does not offer (HTTP 400) and says in the response which tier
 * served a call, so a response naming a tier the table has no rates for means the table is
 * behind (or the tier is new). Such a tier is never priced as if it were standard without
 * saying so (`CostResult.unpricedTier`), and never below what it can cost:
 * - `flex` (the discounted tier) without flex rates: standard, which bounds it from above.
 * - `priority` without priority rates, or a tier name no table knows: the dearest rates the
 *   model has for that usage (standard, flex or priority), never below standard.
 * Anthropic's priority tier is a committed-capacity contract with no public per-token rate:
 * priced as standard, by design. Other providers' tiers are standard.
 */
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import { type CompiledEntry, type CompiledModel, entryAt, type RateSetName } from './compile.js';
import type { PricedTier } from './cost-types.js';
import type { Provider } from './schema.js';

/** The tiers priced as standard whatever the model (`scale` is prepaid capacity). */
const STANDARD_NAMES: ReadonlySet<string> = new Set(['default', 'auto', 'scale', 'standard']);

/** What a tier name asks of a model's rates: a rate set, or `'unknown'` for a name no table prices. */
export type WantedTier = PricedTier | 'unknown';

/** The rates a tier name asks for. */
export function wantedTier(provider: Provider, tier: string | null | undefined): WantedTier {
  if (tier == null || (provider !== 'openai' && provider !== 'azure')) return 'standard';
  if (tier === 'priority' || tier === 'fast') return 'priority';
  if (tier === 'flex') return 'flex';
  return STANDARD_NAMES.has(tier) ? 'standard' : 'unknown';
}

/** True when an entry prices a wanted tier with rates of its own (standard always). */
export function hasRates(entry: CompiledEntry, wanted: WantedTier): wanted is PricedTier {
  return wanted !== 'unknown' && entry.sets[wanted] !== undefined;
}

/**
 * The rate sets that may price a tier the entry has no rates for; the dearest for the usage
 * is charged. Flex is the discounted tier, so standard bounds it; for priority or an unknown
 * tier no known rate is too dear, so every tier's rates the entry has are candidates.
 */
export function standInSets(entry: CompiledEntry, wanted: WantedTier): RateSetName[] {
  if (wanted === 'flex') return ['standard'];
  const names: RateSetName[] = ['standard'];
  if (entry.sets.flex) names.push('flex');
  if (entry.sets.priority) names.push('priority');
  return names;
}

/**
 * `Pricing.offersTier`: true when a request at `tier` can be priced at that tier's own rates
 * (a tier billed as standard, or one the model's price entry at `at` has rates for).
 */
export function offersTier(compiled: CompiledModel, tier: unknown, at: number): boolean {
  if (tier !== undefined && tier !== null && typeof tier !== 'string') {
    throw new InvalidOptionsError(
      `serviceTier: expected a service tier name (string), null or undefined, received ${describeValue(tier)}`,
      [{ path: 'serviceTier', message: 'expected a string, null or undefined' }],
    );
  }
  const wanted = wantedTier(compiled.model.provider, tier);
  return hasRates(entryAt(compiled.entries, at), wanted);
}
