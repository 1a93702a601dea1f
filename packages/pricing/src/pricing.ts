/**
 * A set of price tables with user overrides, resolving models and pricing calls.
 * Adapters accept a user's `Pricing` as their `pricing` option.
 */
import { type CallUsage, InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import { boundCost } from './bound-cost.js';
import { bundledTables } from './bundled-tables.js';
import type { CompiledModel, ResolvedModel } from './compile.js';
import type { CostRequest, CostResult, EstimateRequest } from './cost-types.js';
import { InvalidPricingError, UnknownModelError } from './errors.js';
import { mergeTables, type VersionedModel } from './merge-price-history.js';
import { ModelIndex } from './model-index.js';
import { normalizeUsage } from './normalize-usage.js';
import { priceUsage, timeOf } from './price-usage.js';
import {
  checkCostOptions,
  checkEstimateOptions,
  otherPricing,
  parsePricingOptions,
} from './pricing-options.js';
import { overridesFilePath, readOverridesFile } from './read-overrides-file.js';
import { checkCallUsage, typedUsage } from './read-usage.js';
import {
  PROVIDERS,
  type PriceEntryInput,
  type PricingTable,
  type Provider,
  pricingSchemas,
} from './schema.js';
import { joinPath, parseTableAt, toIssues } from './validate-table.js';

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

/** Options of `createPricing`. */
export interface CreatePricingOptions {
  /**
   * Tables to use, each validated (`INVALID_PRICING` on any problem). A table replaces the
   * bundled one of its provider. Default: the bundled tables.
   */
  tables?: unknown[];
  /** Models to add or change on top of the tables. Default: none. */
  overrides?: ModelOverride[];
  /**
   * An overrides file (written by `tollgate pricing update`): its tables are merged over the
   * bundled ones by effective date, validated when the `Pricing` is created (`INVALID_PRICING`
   * naming the file and each bad field). Read from disk once; never fetched. `null` ignores
   * the environment variable too.
   * @default process.env.TOLLGATE_PRICING_OVERRIDES, when set
   */
  overridesFile?: string | null;
}

/**
 * `pricing.priceUsage` without the cost lines (`lines` is empty): what `usagePricer` charges,
 * which reads only the total. Package-internal; set in `Pricing`'s static block.
 */
export let priceWithoutLines: (
  pricing: Pricing,
  provider: Provider,
  usage: CallUsage,
  at: Date | number | string | undefined,
) => CostResult;

/**
 * `pricing.computeCost` / `pricing.estimateCost` (or `boundUsd` without `lines`) for options
 * already checked: `computeCost` and `estimateCost` check theirs under their own names.
 * Package-internal; set in `Pricing`'s static block.
 */
export let checkedCost: (pricing: Pricing, options: CostRequest) => CostResult;
export let checkedBound: (
  pricing: Pricing,
  options: EstimateRequest,
  keepLines: boolean,
) => CostResult;

/** Prices models and calls from validated tables. */
export class Pricing {
  private readonly indexes: Readonly<Record<Provider, ModelIndex>>;
  /** The table version of each provider. */
  readonly versions: Readonly<Record<Provider, string>>;

  /** Use `createPricing` / `defaultPricing`. */
  constructor(
    tables: Readonly<Record<Provider, PricingTable>>,
    overrides: readonly ModelOverride[] = [],
    newer: readonly PricingTable[] = [],
  ) {
    const entries = {} as Record<Provider, VersionedModel[]>;
    for (const provider of PROVIDERS) {
      const table = tables[provider];
      entries[provider] = table.models.map((model) => ({ model, version: table.version }));
      for (const update of newer) {
        if (update.provider === provider)
          entries[provider] = mergeTables(entries[provider], table.version, update);
      }
    }
    overrides.forEach((raw, i) => {
      const parsed = pricingSchemas().overrideSchema.safeParse(raw);
      if (!parsed.success) {
        throw new InvalidPricingError(
          toIssues(parsed.error).map((issue) => ({
            ...issue,
            path: joinPath(`overrides.${i}`, issue.path),
          })),
          'pricing override',
        );
      }
      const o = parsed.data;
      const list = entries[o.provider];
      const index = new ModelIndex(o.provider, list);
      const found = index.find(o.id)?.model;
      const base = o.like === undefined ? found : index.find(o.like)?.model;
      // The model this override changes (its `id` is that model's id), whatever it copies
      // from: its names come along unless the override lists its own, so its dated snapshots
      // bill at the override as the model itself does. An id that is only a snapshot or
      // alias of a model prices that name alone (its own model), taking none of the family's.
      const changed = found?.id === o.id.toLowerCase() ? found : undefined;
      if (o.like !== undefined && base === undefined) {
        throw new InvalidPricingError(
          [
            {
              path: `overrides.${i}.like`,
              message: `no ${o.provider} model "${o.like}" to copy from`,
            },
          ],
          'pricing override',
        );
      }
      const today = new Date().toISOString().slice(0, 10);
      const prices = o.prices?.map((entry) => ({
        ...entry,
        checked: entry.checked ?? today,
        source: entry.source ?? 'override',
      }));
      const candidate = {
        id: o.id.toLowerCase(),
        aliases: (o.aliases ?? changed?.aliases ?? []).map((a) => a.toLowerCase()),
        snapshots: (o.snapshots ?? changed?.snapshots ?? []).map((s) => s.toLowerCase()),
        ...((o.encoding ?? base?.encoding) ? { encoding: o.encoding ?? base?.encoding } : {}),
        contextWindow: o.contextWindow ?? base?.contextWindow,
        maxOutputTokens: o.maxOutputTokens ?? base?.maxOutputTokens,
        prices: prices ?? base?.prices,
      };
      const checked = pricingSchemas().modelPricingSchema.safeParse(candidate);
      if (!checked.success) {
        throw new InvalidPricingError(
          toIssues(checked.error).map((issue) => ({
            ...issue,
            path: joinPath(`overrides.${i}`, issue.path),
          })),
          'pricing override',
        );
      }
      const version = `${tables[o.provider].version}+override`;
      list.push({ model: checked.data, version });
    });
    const indexes = {} as Record<Provider, ModelIndex>;
    const versions = {} as Record<Provider, string>;
    for (const provider of PROVIDERS) {
      indexes[provider] = new ModelIndex(provider, entries[provider]);
      versions[provider] = tables[provider].version;
    }
    this.indexes = indexes;
    this.versions = versions;
  }

  private indexFor(provider: Provider): ModelIndex {
    const known = typeof provider === 'string' && Object.hasOwn(this.indexes, provider);
    const index = known ? this.indexes[provider] : undefined;
    if (index === undefined) {
      throw new InvalidOptionsError(
        `provider: expected one of ${PROVIDERS.join(', ')}, received ${describeValue(provider)}`,
        [{ path: 'provider', message: `expected one of ${PROVIDERS.join(', ')}` }],
      );
    }
    return index;
  }

  private compiled(provider: Provider, model: string): CompiledModel {
    if (typeof model !== 'string') {
      throw new InvalidOptionsError(
        `model: expected a model id (string), received ${describeValue(model)}`,
        [{ path: 'model', message: 'expected a string' }],
      );
    }
    const index = this.indexFor(provider);
    const found = index.find(model);
    if (found === undefined) throw new UnknownModelError(provider, model, index.suggest(model));
    return found;
  }

  /** The model entry for an id, alias, snapshot or prefixed id. Throws `UnknownModelError`. */
  resolve(provider: Provider, model: string): ResolvedModel {
    return this.compiled(provider, model).model;
  }

  /** True when `model` resolves. */
  has(provider: Provider, model: string): boolean {
    const known = typeof provider === 'string' && Object.hasOwn(this.indexes, provider);
    return known && this.indexes[provider].find(model) !== undefined;
  }

  /** Canonical ids of a provider's models. */
  models(provider: Provider): string[] {
    return this.indexFor(provider).ids();
  }

  /** Exact cost of a response. See `computeCost`. */
  computeCost(options: CostRequest): CostResult {
    this.checkRequest(checkCostOptions, options, 'pricing.computeCost');
    return this.cost(options);
  }

  /** Checks a request's options, and that a `pricing` in them is this one. */
  private checkRequest(
    check: (options: unknown, where: string) => void,
    options: unknown,
    where: string,
  ): void {
    check(options, where);
    const given = (options as { pricing?: unknown }).pricing;
    if (given !== undefined && given !== this) throw otherPricing(where, given);
  }

  private cost(options: CostRequest): CostResult {
    const compiled = this.compiled(options.provider, options.model);
    const usage = typedUsage(normalizeUsage(options.provider, options.usage));
    return priceUsage(compiled, usage, {
      at: timeOf(options.at),
      serviceTier: options.serviceTier,
      batch: options.batch,
    });
  }

  /**
   * Exact cost of a typed usage (`CallUsage`, e.g. from `readUsage`), priced as its model,
   * at its tier and batch flag, at `at` (default: now). Its counts are checked
   * (`INVALID_USAGE` naming each bad one), never normalised again.
   */
  priceUsage(provider: Provider, usage: CallUsage, at?: Date | number | string): CostResult {
    const checked = checkCallUsage(usage);
    const compiled = this.compiled(provider, checked.model);
    return priceUsage(compiled, checked, {
      at: timeOf(at),
      serviceTier: undefined,
      batch: undefined,
    });
  }

  /** Upper bound of a request's cost. See `estimateCost`. */
  estimateCost(options: EstimateRequest): CostResult {
    this.checkRequest(checkEstimateOptions, options, 'pricing.estimateCost');
    return boundCost(this.compiled(options.provider, options.model), options);
  }

  /**
   * The total of `estimateCost` alone, a decimal string of USD: the hold an adapter places
   * before a call. The same checks, errors and amount, without building the cost lines.
   */
  boundUsd(options: EstimateRequest): string {
    this.checkRequest(checkEstimateOptions, options, 'pricing.boundUsd');
    return boundCost(this.compiled(options.provider, options.model), options, false).totalUsd;
  }

  static {
    priceWithoutLines = (pricing, provider, usage, at) => {
      const checked = checkCallUsage(usage);
      const compiled = pricing.compiled(provider, checked.model);
      const options = { at: timeOf(at), serviceTier: undefined, batch: undefined };
      return priceUsage(compiled, checked, options, false);
    };
    checkedCost = (pricing, options) => pricing.cost(options);
    checkedBound = (pricing, options, keepLines) =>
      boundCost(pricing.compiled(options.provider, options.model), options, keepLines);
  }
}

/**
 * Builds a `Pricing` from tables (validated; each replaces the bundled table of its
 * provider) and overrides (fine-tuned ids, private deployments, price changes).
 */
export function createPricing(options?: CreatePricingOptions): Pricing {
  const checked = parsePricingOptions(options);
  const file = checked.overridesFile;
  const tables = checked.tables;
  const loaded = tables?.map((table, i) => parseTableAt(table, i, tables.length));
  const chosen = {} as Record<Provider, PricingTable>;
  for (const provider of PROVIDERS)
    chosen[provider] =
      loaded?.findLast((t) => t.provider === provider) ?? bundledTables()[provider];
  const path = overridesFilePath(file);
  const newer = path === undefined ? [] : readOverridesFile(path).tables;
  return new Pricing(chosen, checked.overrides as ModelOverride[] | undefined, newer);
}
