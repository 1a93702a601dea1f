/**
 * Builds a table in our schema from LiteLLM's `model_prices_and_context_window.json`:
 * per-token float prices become exact per-million decimal strings (read through their
 * shortest decimal form, never multiplied as floats), `_above_Nk_tokens` keys become
 * long-context cliffs, `_batches` / `_flex` / `_priority` keys become tier rate sets. Each
 * key is its own model (LiteLLM has no aliases and no price history).
 */
import { formatUsd, parseUsd } from '@tollgate/core';
import { isRecord, priceTokens } from '@tollgate/core/internal';
import type { ConvertOptions } from './from-genai-prices.js';
import type { LongContextTier, ModelPricing, PriceEntry, PricingTable, RateSet } from './schema.js';
import { parsePricingTable } from './validate-table.js';

type Obj = Record<string, unknown>;
const MODES = new Set(['chat', 'responses', 'embedding', undefined]);

function perMillion(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return formatUsd(priceTokens(1_000_000, parseUsd(value, path), 1));
}

function set(v: Obj, suffix: string, key: string): RateSet | undefined {
  const input = perMillion(
    v[`input_cost_per_token${suffix}`],
    `${key}.input_cost_per_token${suffix}`,
  );
  if (input === undefined) return undefined;
  const out: RateSet = {
    input,
    output: perMillion(v[`output_cost_per_token${suffix}`], key) ?? '0',
  };
  const cached = perMillion(v[`cache_read_input_token_cost${suffix}`], key);
  if (cached !== undefined) out.cachedInput = cached;
  const write = perMillion(v[`cache_creation_input_token_cost${suffix}`], key);
  if (write !== undefined) out.cacheWrite5m = write;
  const write1h = perMillion(v[`cache_creation_input_token_cost_above_1hr${suffix}`], key);
  if (write1h !== undefined) out.cacheWrite1h = write1h;
  return out;
}

function tiers(v: Obj, key: string): LongContextTier[] {
  const thresholds = new Set<number>();
  for (const k of Object.keys(v)) {
    const m = /^input_cost_per_token_above_(\d+)k_tokens$/.exec(k);
    if (m?.[1]) thresholds.add(Number(m[1]) * 1000);
  }
  return [...thresholds]
    .sort((a, b) => a - b)
    .map((above) => {
      const s = `_above_${above / 1000}k_tokens`;
      const base = set(v, s, key) as RateSet; // the threshold came from this input key
      const w1h = perMillion(v[`cache_creation_input_token_cost_above_1hr${s}`], key);
      const tier: LongContextTier = { aboveInputTokens: above, ...base };
      if (w1h !== undefined) tier.cacheWrite1h = w1h;
      if (tier.output === '0') tier.output = perMillion(v.output_cost_per_token, key) ?? '0';
      return tier;
    });
}

/**
 * Builds a table in Tollgate's schema from LiteLLM's `model_prices_and_context_window.json` for one
 * provider; the result is validated.
 */
export function fromLiteLLM(json: unknown, options: ConvertOptions): PricingTable {
  const checked = options.checked ?? options.version.slice(0, 10);
  const models: ModelPricing[] = [];
  const wanted = options.sourceProvider ?? options.provider;
  const ids = new Set<string>();
  for (const [key, v] of Object.entries(isRecord(json) ? json : {})) {
    if (!isRecord(v) || v.litellm_provider !== wanted || !MODES.has(v.mode as string | undefined))
      continue;
    // Keys differing only in case (`together_ai/BAAI/…`, `together_ai/baai/…`) name one model: the first wins.
    if (ids.has(key.toLowerCase())) continue;
    ids.add(key.toLowerCase());
    const standard = set(v, '', key);
    if (standard === undefined) continue;
    const lc = tiers(v, key);
    if (lc.length > 0) standard.longContext = lc;
    const entry: PriceEntry = { standard, checked, source: 'litellm' };
    const batch = set(v, '_batches', key);
    if (batch) entry.batch = batch;
    const flex = set(v, '_flex', key);
    if (flex) entry.flex = flex;
    const priority = set(v, '_priority', key);
    if (priority) entry.priority = priority;
    const search = v.search_context_cost_per_query;
    if (isRecord(search) && search.search_context_size_medium !== undefined) {
      entry.fees = {
        webSearch: formatUsd(
          priceTokens(1000, parseUsd(search.search_context_size_medium, key), 1),
        ),
      };
    }
    const contextWindow =
      typeof v.max_input_tokens === 'number'
        ? v.max_input_tokens
        : (options.defaultContextWindow ?? 128_000);
    models.push({
      id: key.toLowerCase(),
      aliases: [],
      snapshots: [],
      contextWindow,
      maxOutputTokens:
        typeof v.max_output_tokens === 'number'
          ? v.max_output_tokens
          : v.mode === 'embedding'
            ? 0
            : contextWindow,
      prices: [entry],
    });
  }
  return parsePricingTable({
    provider: options.provider,
    version: options.version,
    currency: 'USD',
    models,
  });
}
