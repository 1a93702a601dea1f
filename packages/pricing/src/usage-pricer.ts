import type { CallUsage } from '@tollgate/core';
import type { UsagePrice, UsagePricer } from '@tollgate/core/adapter';
import { formatFemtoUnits, withFields } from '@tollgate/core/internal';
import { levelFor } from './compile.js';
import { DayRates, type FemtoRates } from './day-rates.js';
import { compiledModelOf, type Pricing, priceWithoutLines } from './pricing.js';
import { checkPricerArguments, parseUsagePricerOptions } from './pricing-options.js';
import { checkCallUsage } from './read-usage.js';
import type { Provider } from './schema.js';
import { wantedTier } from './service-tiers.js';

/** Options of `usagePricer`. */
export interface UsagePricerOptions {
  /**
   * True when every usage priced is a Batch API result, whatever the usage says.
   * @default false (each usage's own `batch`)
   */
  batch?: boolean;
  /**
   * When the calls are priced (picks the effective price entry).
   * @default now, at each call
   */
  at?: () => Date | number | string;
  /**
   * False to price every usage as `model` (the model the hold was priced for), recording
   * the model the usage names without pricing it (Anthropic's dated, Bedrock and Vertex ids).
   * @default true (the usage's own model when the tables know it)
   */
  priceUsageModel?: boolean;
}

/**
 * The pricing step an adapter hands the kit (`MeteringPlan.price`): prices a `CallUsage` as
 * the model it names when the tables know that id (the response's dated snapshot, say),
 * else as `model` (the requested model the hold was priced for; always, with
 * `priceUsageModel: false`). Throws `InvalidOptionsError` at once for a `pricing`, provider,
 * model or option that is not one (an unknown option key included), and `InvalidUsageError`
 * for a malformed usage and `UnknownModelError` when neither id is priced.
 */
export function usagePricer(
  pricing: Pricing,
  provider: Provider,
  model: string,
  options: UsagePricerOptions = {},
): UsagePricer {
  checkPricerArguments('usagePricer', pricing, provider, model);
  const { batch, at, priceUsageModel = true } = parseUsagePricerOptions(options);
  const exact = (usage: CallUsage): UsagePrice => {
    const priced =
      priceUsageModel && pricing.has(provider, usage.model) ? usage : { ...usage, model };
    const cost = priceWithoutLines(
      pricing,
      provider,
      batch === true ? withFields(priced, { batch: true }) : priced,
      at?.(),
    );
    return {
      costUsd: cost.totalUsd,
      provider,
      model: cost.model,
      pricingVersion: cost.pricingVersion,
    };
  };
  // Batch rates and a chosen time are priced the exact way on every call.
  if (batch === true || at !== undefined) return exact;
  const rates = new RatesByModel(pricing, provider, model, priceUsageModel);
  return (usage: CallUsage): UsagePrice => {
    const checked = checkCallUsage(usage);
    if (!atStandardRates(provider, checked)) return exact(checked);
    const day = rates.of(checked.model);
    const today = day?.at(Date.now());
    const total = today && femtoCost(today, checked);
    if (day === undefined || total === undefined) return exact(checked);
    const { id, pricingVersion } = day.model;
    return { costUsd: formatFemtoUnits(total), provider, model: id, pricingVersion };
  };
}

/** True for a usage priced at standard rates: not batch, a tier priced as standard. */
function atStandardRates(provider: Provider, usage: CallUsage): boolean {
  // As `priceUsage` reads it: Anthropic batch results say so in their service tier.
  const batch = usage.batch ?? (provider === 'anthropic' && usage.serviceTier === 'batch');
  return !batch && wantedTier(provider, usage.serviceTier) === 'standard';
}

/**
 * The cost of a usage at the level its total input reaches, in 10^-15 dollars, as `priceUsage`
 * sums its lines; `undefined` past 2^53 (the exact path prices it then).
 */
function femtoCost(rates: FemtoRates, usage: CallUsage): number | undefined {
  const { input, output } = usage.tokens;
  const totalInput = input.uncached + input.cacheRead + input.cacheWrite5m + input.cacheWrite1h;
  const level = levelFor(rates.levels, totalInput);
  const tools = usage.toolCalls;
  const total =
    input.uncached * level.input +
    input.cacheRead * level.cachedInput +
    input.cacheWrite5m * level.cacheWrite5m +
    input.cacheWrite1h * level.cacheWrite1h +
    (output.text + output.reasoning) * level.output +
    (tools?.webSearch ?? 0) * rates.webSearch +
    (tools?.webFetch ?? 0) * rates.webFetch +
    rates.request;
  return Number.isSafeInteger(total) ? total : undefined;
}

/** The day's rates of each model a pricer prices, by the id the usage gives. */
class RatesByModel {
  readonly #byId = new Map<string, DayRates | null>();
  #requested: DayRates | null | undefined;

  constructor(
    private readonly pricing: Pricing,
    private readonly provider: Provider,
    private readonly model: string,
    private readonly priceUsageModel: boolean,
  ) {}

  /** The rates `id` is priced at: its own when the tables know it, else the requested model's. */
  of(id: string): DayRates | undefined {
    if (this.priceUsageModel) {
      let own = this.#byId.get(id);
      if (own === undefined) {
        own = this.#rates(id);
        if (this.#byId.size >= MAX_IDS) this.#byId.clear();
        this.#byId.set(id, own);
      }
      if (own !== null) return own;
    }
    if (this.#requested === undefined) this.#requested = this.#rates(this.model);
    return this.#requested ?? undefined;
  }

  #rates(id: string): DayRates | null {
    if (!this.pricing.has(this.provider, id)) return null;
    return new DayRates(compiledModelOf(this.pricing, this.provider, id));
  }
}

/** Most distinct model ids a pricer keeps rates for; past it they are looked up anew. */
const MAX_IDS = 1_000;
