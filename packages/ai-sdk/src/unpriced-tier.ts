/**
 * A service tier a call asks for that its model's table cannot price: OpenAI's and Azure's
 * tiers are priced from the table's rates for them (`Pricing.offersTier`), and a model
 * without them would be charged its standard rates, below the bill for a dearer tier.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { isRecord } from '@tollgate/core/internal';
import type { Pricing } from '@tollgate/pricing';
import type { ModelName } from './plan-step.js';
import { namespacesOf } from './provider-option-bounds.js';
import type { ProviderRoute } from './provider-route.js';

/**
 * The key the AI SDK's providers take a tier under (`serviceTier`, which `@ai-sdk/openai`,
 * `@ai-sdk/azure` and `@ai-sdk/xai` send as `service_tier`), and the wire name a provider
 * that passes its namespace's unknown keys through (`@ai-sdk/openai-compatible`) sends as is.
 */
export const TIER_KEYS = ['serviceTier', 'service_tier'] as const;

/**
 * The tier of a call on an OpenAI or Azure model that the model's table has no rates for,
 * named for the error (`serviceTier: priority`), or `undefined`. `flex` is the discounted
 * tier: without flex rates it is charged at standard, which bounds it from above, so it is
 * let through. Any other tier without rates (`priority` on Azure, whose table has none, or on
 * `o1`; a tier name no table knows) is refused: its response could only be charged at the
 * rates the model has, below what the provider bills. Reads the namespaces the route's
 * provider reads (`openai`, Azure's `azure` too, an OpenAI-compatible provider's name).
 * Throws `UnknownModelError` for a model no table prices, as the hold would.
 */
export function unpricedTier(
  route: ProviderRoute,
  options: LanguageModelV4CallOptions,
  name: ModelName,
  pricing: Pricing,
): string | undefined {
  // Most calls ask for no tier: nothing is looked up, nothing allocated.
  if (options.providerOptions === undefined) return undefined;
  if (route.provider !== 'openai' && route.provider !== 'azure') return undefined;
  const asked = askedTier(options, route, name.provider);
  if (asked === undefined || asked.tier === 'flex') return undefined;
  return pricing.offersTier(route.provider, name.modelId, asked.tier)
    ? undefined
    : `${asked.key}: ${asked.tier}`;
}

/**
 * The service tier a call asks for, and the key it is under, read from every namespace the
 * route's provider reads (`namespacesOf`: an OpenAI-compatible provider's name and its camel
 * case too), under either of `TIER_KEYS`; `undefined` when none is a string. The hold, the
 * refusal of an unpriced tier and the charge all read the tier from here, so a tier the
 * provider sends is never missed by one of them.
 */
export function askedTier(
  options: Pick<LanguageModelV4CallOptions, 'providerOptions'>,
  route: ProviderRoute,
  provider: string,
): { key: string; tier: string } | undefined {
  const all = options.providerOptions;
  if (all === undefined || !isRecord(all)) return undefined;
  for (const namespace of namespacesOf(route, provider)) {
    const own = all[namespace];
    if (!isRecord(own)) continue;
    for (const key of TIER_KEYS) {
      const tier = own[key];
      if (typeof tier === 'string') return { key, tier };
    }
  }
  return undefined;
}
