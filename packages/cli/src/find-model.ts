import { editDistance } from '@tollgate/core/internal';
import {
  PROVIDERS,
  type PriceEntry,
  type Pricing,
  type Provider,
  type ResolvedModel,
  UnknownModelError,
} from '@tollgate/pricing';
import { usageError } from './cli-error.js';

/** Reads `--provider`: one of the priced providers (`PROVIDERS`); anything else is a usage error. */
export function parseProvider(value: string | undefined): Provider | undefined {
  if (value === undefined) return undefined;
  const provider = value.toLowerCase();
  if ((PROVIDERS as readonly string[]).includes(provider)) return provider as Provider;
  throw usageError(`--provider "${value}": expected one of ${PROVIDERS.join(', ')}`);
}

/** The price entry in force at `at`: the last one whose `effectiveFrom` is on or before it. */
export function entryAt(model: ResolvedModel, at: number): PriceEntry {
  let current = model.prices[0] as PriceEntry;
  for (const entry of model.prices) {
    if (entry.effectiveFrom === undefined || Date.parse(`${entry.effectiveFrom}T00:00:00Z`) <= at)
      current = entry;
  }
  return current;
}

/**
 * Finds a model in one provider's table or both. An unknown id is a usage error that
 * lists the closest known ids.
 */
export function findModel(pricing: Pricing, model: string, provider?: Provider): ResolvedModel {
  if (model.trim() === '') {
    // Every id is "close" to nothing: suggestions would only confuse.
    throw usageError(
      `A model name is required, got ${JSON.stringify(model)}: give an id, alias or dated snapshot such as gpt-4o (\`tollgate pricing list\` lists them).`,
    );
  }
  const providers = provider === undefined ? PROVIDERS : [provider];
  const suggestions: string[] = [];
  for (const candidate of providers) {
    try {
      return pricing.resolve(candidate, model);
    } catch (error) {
      if (!(error instanceof UnknownModelError)) throw error;
      suggestions.push(...error.suggestions);
    }
  }
  const where = provider === undefined ? 'provider has a' : `${provider}`;
  // Each table suggests its own closest ids; keep the closest across both.
  const closest = [...new Set(suggestions)]
    .sort((a, b) => {
      const typed = model.toLowerCase();
      return editDistance(typed, a.toLowerCase()) - editDistance(typed, b.toLowerCase());
    })
    .slice(0, 3);
  const hint =
    closest.length > 0
      ? ` Did you mean: ${closest.join(', ')}?`
      : ' Run `tollgate pricing list` to see every priced model.';
  throw usageError(`Unknown model "${model}": no ${where} price for it.${hint}`);
}
