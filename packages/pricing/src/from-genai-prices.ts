/**
 * Builds a table in our schema from genai-prices' `data.json` (v2): equals-matches become
 * aliases or snapshots, `ConditionalPrice` start dates become effective-dated entries,
 * `TieredPrices` become long-context cliffs. Prefix and regex matches have no equivalent
 * (our resolver strips dated suffixes instead) and are dropped.
 */
import { formatUsd, parseUsd } from '@tollgate/core';
import { isRecord } from '@tollgate/core/internal';
import type { LongContextTier, PriceEntry, PricingTable, Provider, RateSet } from './schema.js';
import { parsePricingTable } from './validate-table.js';

/** Options of the converters. */
export interface ConvertOptions {
  /** The provider whose models to convert. */
  provider: Provider;
  /** Version of the produced table, e.g. `"2026-11-28"`. */
  version: string;
  /** Date the prices were checked. Default: `version`'s date. */
  checked?: string;
  /** Context window for models the source gives none. Default: 128000. */
  defaultContextWindow?: number;
  /**
   * The provider's id in the source data when it differs from Tollgate's (genai-prices
   * `aws`, `x-ai`; LiteLLM `gemini`, `bedrock_converse`, `together_ai`, …).
   * @default `provider`
   */
  sourceProvider?: string;
}

type Obj = Record<string, unknown>;
const DATED = /(?:-\d{4}-\d{2}-\d{2}|-\d{8})$/;

function dec(value: unknown, path: string): string {
  return formatUsd(parseUsd(value, path));
}

function collectEquals(match: unknown, out: string[]): void {
  if (!isRecord(match)) return;
  if (Array.isArray(match.or)) for (const m of match.or) collectEquals(m, out);
  if (typeof match.equals === 'string') out.push(match.equals.toLowerCase());
}

const FIELDS: Array<[string, keyof Omit<RateSet, 'longContext'>]> = [
  ['input_mtok', 'input'],
  ['cache_read_mtok', 'cachedInput'],
  ['cache_write_mtok', 'cacheWrite5m'],
  ['cache_write_1h_mtok', 'cacheWrite1h'],
  ['output_mtok', 'output'],
];

function rateSet(prices: Obj, path: string): { set: RateSet; webSearch?: string } {
  const set: RateSet = { input: '0', output: '0' };
  const tiers = new Map<number, Partial<LongContextTier> & { aboveInputTokens: number }>();
  for (const [key, field] of FIELDS) {
    const value = prices[key];
    if (value === undefined || value === null) continue;
    if (isRecord(value)) {
      set[field] = dec(value.base, `${path}.${key}.base`);
      for (const tier of Array.isArray(value.tiers) ? value.tiers : []) {
        if (!isRecord(tier) || typeof tier.start !== 'number') continue;
        const t = tiers.get(tier.start) ?? { aboveInputTokens: tier.start };
        t[field] = dec(tier.price, `${path}.${key}.tiers`);
        tiers.set(tier.start, t);
      }
    } else {
      set[field] = dec(value, `${path}.${key}`);
    }
  }
  if (tiers.size > 0) {
    set.longContext = [...tiers.values()]
      .sort((a, b) => a.aboveInputTokens - b.aboveInputTokens)
      .map((t) => ({
        ...t,
        aboveInputTokens: t.aboveInputTokens,
        input: t.input ?? set.input,
        output: t.output ?? set.output,
      }));
  }
  const search = prices.web_searches_kcount;
  return search === undefined || search === null
    ? { set }
    : { set, webSearch: dec(search, `${path}.web_searches_kcount`) };
}

/**
 * Builds a table in Tollgate's schema from genai-prices' `data.json` (v2) for one provider; the
 * result is validated.
 */
export function fromGenaiPrices(json: unknown, options: ConvertOptions): PricingTable {
  const providers = Array.isArray(json) ? json : [json];
  const wanted = options.sourceProvider ?? options.provider;
  const provider = providers.find((p): p is Obj => isRecord(p) && p.id === wanted);
  const checked = options.checked ?? options.version.slice(0, 10);
  const models = (Array.isArray(provider?.models) ? provider.models : [])
    .filter(isRecord)
    .flatMap((m, i) => {
      if (typeof m.id !== 'string') return [];
      const id = m.id.toLowerCase();
      const names: string[] = [];
      collectEquals(m.match, names);
      const others = [...new Set(names)].filter((n) => n !== id);
      // Time-of-day windows (DeepSeek's former off-peak discount) have no equivalent: the
      // unconstrained price, the dearer one, applies around the clock.
      const history = Array.isArray(m.prices)
        ? m.prices.filter(
            (h): h is Obj =>
              isRecord(h) &&
              (!isRecord(h.constraint) || typeof h.constraint.start_date === 'string'),
          )
        : [{ prices: m.prices }];
      const prices: PriceEntry[] = history.map((h, p) => {
        const { set, webSearch } = rateSet(
          isRecord(h.prices) ? h.prices : {},
          `models.${i}.prices.${p}`,
        );
        const entry: PriceEntry = { standard: set, checked, source: 'genai-prices' };
        const start = isRecord(h.constraint) ? h.constraint.start_date : undefined;
        if (typeof start === 'string') entry.effectiveFrom = start.slice(0, 10);
        if (webSearch !== undefined) entry.fees = { webSearch };
        return entry;
      });
      const contextWindow =
        typeof m.context_window === 'number'
          ? m.context_window
          : (options.defaultContextWindow ?? 128_000);
      return [
        {
          id,
          aliases: others.filter((n) => !DATED.test(n)),
          snapshots: others.filter((n) => DATED.test(n)),
          contextWindow,
          // genai-prices has no output limit; the context window bounds it.
          maxOutputTokens: contextWindow,
          prices,
        },
      ];
    });
  return parsePricingTable({
    provider: options.provider,
    version: options.version,
    currency: 'USD',
    models,
  });
}
