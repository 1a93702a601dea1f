/**
 * A set of price tables with user overrides, resolving models and pricing calls.
 * Adapters accept a user's `Pricing` as their `pricing` option.
 */
import { type CallUsage, InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import { boundCost } from './bound-cost.js';
import { bundledTable, bundledTableVersion } from './bundled-tables.js';
import type { CompiledModel, ResolvedModel } from './compile.js';
import type { CostRequest, CostResult, EstimateRequest } from './cost-types.js';
import { UnknownModelError } from './errors.js';
import { mergeTables, type VersionedModel } from './merge-price-history.js';
import { ModelIndex } from './model-index.js';
import { type ModelOverride, overriddenModel, parseOverride } from './model-override.js';
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
import { PROVIDERS, type PricingTable, type Provider } from './schema.js';
import { offersTier } from './service-tiers.js';
import { parseTableAt } from './validate-table.js';

export type { ModelOverride } from './model-override.js';

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
/**
 * The compiled prices of `model` (`UnknownModelError` when it has none), for the pricers
 * made once per model. Package-internal; set in `Pricing`'s static block.
 */
export let compiledModelOf: (pricing: Pricing, provider: Provider, model: string) => CompiledModel;
export let checkedBound: (
  pricing: Pricing,
  options: EstimateRequest,
  keepLines: boolean,
) => CostResult;

/** Where each provider's table comes from: read (a bundled one parsed) when first needed. */
export interface PricingTableSource {
  /** The table of `provider`. */
  table(provider: Provider): PricingTable;
  /** Its version, without reading the table. */
  version(provider: Provider): string;
}

/** The name `priceUsage`'s errors give it. */
const PRICE_USAGE = 'pricing.priceUsage';

/** Prices models and calls from validated tables. */
export class Pricing {
  /** Each provider's models, indexed on first use: most processes price one or two providers. */
  private readonly indexes: Partial<Record<Provider, ModelIndex>> = {};
  /** The models the overrides add or change, per provider, in the order given. */
  private readonly overridden: Partial<Record<Provider, VersionedModel[]>> = {};
  private readonly source: PricingTableSource;
  private readonly newer: readonly PricingTable[];
  /** The table version of each provider. */
  readonly versions: Readonly<Record<Provider, string>>;

  /** Use `createPricing` / `defaultPricing`. */
  constructor(
    source: PricingTableSource,
    overrides: readonly ModelOverride[] = [],
    newer: readonly PricingTable[] = [],
  ) {
    this.source = source;
    this.newer = newer;
    const versions = {} as Record<Provider, string>;
    for (const provider of PROVIDERS) versions[provider] = source.version(provider);
    this.versions = versions;
    // Checked here, so a bad override fails `createPricing`, not the first call it prices.
    overrides.forEach((raw, i) => {
      const parsed = parseOverride(raw, i);
      const list = this.tableModels(parsed.provider);
      const own = this.overridden[parsed.provider] ?? [];
      const model = overriddenModel(parsed, i, new ModelIndex(parsed.provider, [...list, ...own]));
      own.push({ model, version: `${versions[parsed.provider]}+override` });
      this.overridden[parsed.provider] = own;
    });
  }

  /** The models of a provider's table, with the newer tables of the overrides file merged in. */
  private tableModels(provider: Provider): VersionedModel[] {
    const table = this.source.table(provider);
    let entries = table.models.map((model) => ({ model, version: table.version }));
    for (const update of this.newer) {
      if (update.provider === provider) entries = mergeTables(entries, table.version, update);
    }
    return entries;
  }

  /** The index of `provider`; `where`, when given, names the call in the error. */
  private indexFor(provider: Provider, where?: string): ModelIndex {
    const known = typeof provider === 'string' && Object.hasOwn(this.versions, provider);
    if (!known) {
      const expected = `expected one of ${PROVIDERS.join(', ')}`;
      const message = `provider: ${expected}, received ${describeValue(provider)}`;
      throw new InvalidOptionsError(
        where === undefined ? message : `Invalid ${where} options: ${message}`,
        [{ path: 'provider', message: expected }],
      );
    }
    let index = this.indexes[provider];
    if (index === undefined) {
      const models = this.tableModels(provider);
      const own = this.overridden[provider];
      index = new ModelIndex(provider, own === undefined ? models : [...models, ...own]);
      this.indexes[provider] = index;
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
    return this.found(this.indexFor(provider), provider, model);
  }

  /** The model `model` names in `index`, or `UnknownModelError`. */
  private found(index: ModelIndex, provider: Provider, model: string): CompiledModel {
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
    const known = typeof provider === 'string' && Object.hasOwn(this.versions, provider);
    return known && this.indexFor(provider).find(model) !== undefined;
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
   * at its tier and batch flag, at `at` (default: now). Its arguments are checked in order,
   * each error naming `pricing.priceUsage`: a provider that is not one of the provider ids
   * (`INVALID_OPTIONS`), a usage that is not a `CallUsage` (`INVALID_USAGE` naming each bad
   * field: counts, `model`), an `at` that is not a valid time (`INVALID_USAGE`). The usage is
   * never normalised again: give a provider's raw usage to `readUsage` or `computeCost`.
   */
  priceUsage(provider: Provider, usage: CallUsage, at?: Date | number | string): CostResult {
    // Plain checks, in the order of the arguments: this runs on every call's path.
    const index = this.indexFor(provider, PRICE_USAGE);
    const checked = checkCallUsage(usage, PRICE_USAGE);
    return priceUsage(this.found(index, provider, checked.model), checked, {
      at: timeOf(at, PRICE_USAGE),
      serviceTier: undefined,
      batch: undefined,
    });
  }

  /**
   * True when a request for service tier `tier` on `model` can be priced at that tier's own
   * rates (at `at`, default now): a tier billed as standard (OpenAI `default`, `auto`,
   * `scale` or none; any tier of a provider whose tiers are priced as standard, Anthropic
   * included), or one the model has rates for. False for OpenAI / Azure `priority`, `fast` or
   * `flex` on a model without those rates, and for a tier name no table knows: OpenAI refuses
   * such a request, and a response at it could only be priced at stand-in rates
   * (`CostResult.unpricedTier`), so an adapter should refuse it before sending. Throws
   * `UnknownModelError`, and `InvalidOptionsError` for a tier that is not a string.
   */
  offersTier(
    provider: Provider,
    model: string,
    tier: string | null | undefined,
    at?: Date | number | string,
  ): boolean {
    return offersTier(this.compiled(provider, model), tier, timeOf(at));
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
    compiledModelOf = (pricing, provider, model) => pricing.compiled(provider, model);
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
  const given = (provider: Provider) => loaded?.findLast((t) => t.provider === provider);
  const source: PricingTableSource = {
    table: (provider) => given(provider) ?? bundledTable(provider),
    version: (provider) => given(provider)?.version ?? bundledTableVersion(provider),
  };
  const path = overridesFilePath(file);
  const newer = path === undefined ? [] : readOverridesFile(path).tables;
  return new Pricing(source, checked.overrides as ModelOverride[] | undefined, newer);
}
