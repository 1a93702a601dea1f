/**
 * A user's override of a price table: a model added or changed on top of the tables, checked
 * when the `Pricing` is created.
 */

import { InvalidPricingError } from './errors.js';
import type { ModelIndex } from './model-index.js';
import {
  type ModelPricing,
  type PriceEntryInput,
  type Provider,
  pricingSchemas,
} from './schema.js';
import { joinPath, toIssues } from './validate-table.js';

/** Adds a model, or changes one, on top of the tables. */
export interface ModelOverride {
  /** The provider whose table gets the model. */
  provider: Provider;
  /** The id to add or change (e.g. a fine-tuned `ft:gpt-4o-mini:acme::abc` or a deployment name). */
  id: string;
  /**
   * An existing model to copy prices and limits from. Default: the model with this `id`, if
   * any. Copying another model does not take its names: `aliases` and `snapshots` still
   * default to those of the model this `id` changes.
   */
  like?: string;
  /**
   * Extra names for this model. Default: those of the model it changes (an override whose
   * `id` the tables already price, with or without `like`), else none.
   */
  aliases?: string[];
  /**
   * Dated snapshot ids for this model. Default: those of the model it changes (an override
   * whose `id` the tables already price, with or without `like`), so its snapshots bill at
   * the override too; else none. `[]` leaves them at the table's price.
   */
  snapshots?: string[];
  /** The OpenAI tokenizer of the model. Default: that of the model it copies. */
  encoding?: 'o200k_base' | 'cl100k_base';
  /** Maximum input + output tokens. Default: that of the model it copies. */
  contextWindow?: number;
  /** Maximum output tokens. Default: that of the model it copies. */
  maxOutputTokens?: number;
  /** Replaces the price history. `checked` defaults to today, `source` to "override". */
  prices?: Array<
    Omit<PriceEntryInput, 'checked' | 'source'> & {
      /** The day the price was checked (YYYY-MM-DD). Default: today. */
      checked?: string;
      /** Where the price comes from. Default: `"override"`. */
      source?: string;
    }
  >;
}

/** The override at `index` of `createPricing`'s list, checked; `INVALID_PRICING` names its bad fields. */
export function parseOverride(raw: unknown, index: number): ModelOverride {
  const parsed = pricingSchemas().overrideSchema.safeParse(raw);
  if (!parsed.success) throw overrideError(parsed.error, index);
  return parsed.data as ModelOverride;
}

/**
 * The model an override makes, from the models of its provider so far (`models`: its table
 * and the overrides before it). The model this override changes (its `id` is that model's
 * id), whatever it copies from: its names come along unless the override lists its own, so
 * its dated snapshots bill at the override as the model itself does. An id that is only a
 * snapshot or alias of a model prices that name alone (its own model), taking none of the
 * family's.
 */
export function overriddenModel(
  override: ModelOverride,
  index: number,
  models: ModelIndex,
): ModelPricing {
  const found = models.find(override.id)?.model;
  const base = override.like === undefined ? found : models.find(override.like)?.model;
  const changed = found?.id === override.id.toLowerCase() ? found : undefined;
  if (override.like !== undefined && base === undefined) {
    throw new InvalidPricingError(
      [
        {
          path: `overrides.${index}.like`,
          message: `no ${override.provider} model "${override.like}" to copy from`,
        },
      ],
      'pricing override',
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  const prices = override.prices?.map((entry) => ({
    ...entry,
    checked: entry.checked ?? today,
    source: entry.source ?? 'override',
  }));
  const encoding = override.encoding ?? base?.encoding;
  const candidate = {
    id: override.id.toLowerCase(),
    aliases: (override.aliases ?? changed?.aliases ?? []).map((a) => a.toLowerCase()),
    snapshots: (override.snapshots ?? changed?.snapshots ?? []).map((s) => s.toLowerCase()),
    ...(encoding ? { encoding } : {}),
    contextWindow: override.contextWindow ?? base?.contextWindow,
    maxOutputTokens: override.maxOutputTokens ?? base?.maxOutputTokens,
    prices: prices ?? base?.prices,
  };
  const checked = pricingSchemas().modelPricingSchema.safeParse(candidate);
  if (!checked.success) throw overrideError(checked.error, index);
  return checked.data;
}

function overrideError(error: Parameters<typeof toIssues>[0], index: number): InvalidPricingError {
  return new InvalidPricingError(
    toIssues(error).map((issue) => ({
      ...issue,
      path: joinPath(`overrides.${index}`, issue.path),
    })),
    'pricing override',
  );
}
