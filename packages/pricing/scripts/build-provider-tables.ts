/**
 * Dev-only: drafts `pricing/<provider>.json` for the providers beyond OpenAI and Anthropic
 * from a local copy of genai-prices (v2 `data.json`) and LiteLLM's price file. Never run by
 * tests or the build; the tables it writes are reviewed and committed, and the decisions it
 * encodes are listed in pricing/README.md.
 *
 *   npx tsx --conditions=@tollgate/source packages/pricing/scripts/build-provider-tables.ts \
 *     GENAI_PRICES_V2_DATA_JSON LITELLM_JSON && pnpm format
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatUsd, money } from '@tollgate/core';
import { isRecord, priceTokens } from '@tollgate/core/internal';
import type { LongContextTier, ModelPricing, PriceEntry, RateSet } from '../src/schema.ts';

type Obj = Record<string, unknown>;
const [gpPath, llPath] = process.argv.slice(2);
if (gpPath === undefined || llPath === undefined) {
  console.error('usage: build-provider-tables.ts GENAI_PRICES_V2_DATA_JSON LITELLM_JSON');
  process.exit(2);
}
const genai = JSON.parse(readFileSync(gpPath, 'utf8')) as Obj[];
const litellm = JSON.parse(readFileSync(llPath, 'utf8')) as Record<string, Obj>;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../pricing');
const VERSION = '2026-11-29';
const CHECKED = '2026-08-21';
const GP = 'genai-prices 47df840a (2026-08-21)';

/** Token kinds a text meter cannot see: models whose output is audio, image or video are left out. */
const NON_TEXT_OUTPUT = ['output_audio_mtok', 'output_image_mtok', 'output_video_mtok'];

function dec(value: unknown): string {
  return formatUsd(money(String(value)));
}

function half(text: string): string {
  return formatUsd(priceTokens(1, money(text), 2));
}

function scale(text: string, factor: string): string {
  return formatUsd(money(text).times(factor));
}

function names(match: unknown, out: string[], latest: boolean): void {
  if (!isRecord(match)) return;
  for (const key of ['or', 'and']) {
    const list = match[key];
    if (Array.isArray(list)) for (const m of list) names(m, out, latest);
  }
  for (const key of ['equals', 'starts_with', 'contains', 'ends_with']) {
    const value = match[key];
    if (typeof value === 'string') out.push(value.toLowerCase());
  }
  // Mistral and Gemini call a family matched by prefix (mistral-medium…) by its -latest alias.
  const prefix = match.starts_with;
  if (latest && typeof prefix === 'string' && !/[-.:_]$/.test(prefix))
    out.push(`${prefix.toLowerCase()}-latest`);
}

function rateSet(prices: Obj): RateSet | undefined {
  const fields: Array<[string, keyof Omit<RateSet, 'longContext'>]> = [
    ['input_mtok', 'input'],
    ['cache_read_mtok', 'cachedInput'],
    ['cache_write_mtok', 'cacheWrite5m'],
    ['cache_write_1h_mtok', 'cacheWrite1h'],
    ['output_mtok', 'output'],
  ];
  if (prices.input_mtok === undefined) return undefined;
  const set: RateSet = { input: '0', output: '0' };
  const tiers = new Map<number, Partial<LongContextTier>>();
  for (const [key, field] of fields) {
    const value = prices[key];
    if (value === undefined) continue;
    if (isRecord(value)) {
      set[field] = dec(value.base);
      for (const tier of value.tiers as Obj[]) {
        const t = tiers.get(tier.start as number) ?? {};
        t[field] = dec(tier.price);
        tiers.set(tier.start as number, t);
      }
    } else {
      set[field] = dec(value);
    }
  }
  if (tiers.size > 0) {
    set.longContext = [...tiers.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([above, t]) => ({
        aboveInputTokens: above,
        input: t.input ?? set.input,
        ...((t.cachedInput ?? set.cachedInput)
          ? { cachedInput: t.cachedInput ?? set.cachedInput }
          : {}),
        ...((t.cacheWrite5m ?? set.cacheWrite5m)
          ? { cacheWrite5m: t.cacheWrite5m ?? set.cacheWrite5m }
          : {}),
        output: t.output ?? set.output,
      }));
  }
  return set;
}

function mapSet(set: RateSet, f: (text: string) => string): RateSet {
  const out: RateSet = { input: f(set.input), output: f(set.output) };
  if (set.cachedInput !== undefined) out.cachedInput = f(set.cachedInput);
  if (set.cacheWrite5m !== undefined) out.cacheWrite5m = f(set.cacheWrite5m);
  if (set.cacheWrite1h !== undefined) out.cacheWrite1h = f(set.cacheWrite1h);
  if (set.longContext !== undefined)
    out.longContext = set.longContext.map((tier) => ({
      aboveInputTokens: tier.aboveInputTokens,
      ...mapSet(tier, f),
    })) as LongContextTier[];
  return out;
}

interface Plan {
  provider: string;
  gp: string[];
  litellmProviders: string[];
  batch: boolean;
  source: string;
  rename?: (id: string) => string;
  extraNames?: (id: string, names: string[]) => string[];
  keep?: (id: string) => boolean;
}

function litellmLimits(
  plan: Plan,
  candidates: string[],
): { context?: number | undefined; output?: number | undefined } {
  for (const name of candidates) {
    for (const key of Object.keys(litellm)) {
      const entry = litellm[key] as Obj;
      if (!plan.litellmProviders.includes(entry.litellm_provider as string)) continue;
      const bare = key.toLowerCase().split('/').slice(-1)[0];
      if (key.toLowerCase() === name || key.toLowerCase().endsWith(`/${name}`) || bare === name) {
        return {
          context: typeof entry.max_input_tokens === 'number' ? entry.max_input_tokens : undefined,
          output: typeof entry.max_output_tokens === 'number' ? entry.max_output_tokens : undefined,
        };
      }
    }
  }
  return {};
}

function fromGenai(plan: Plan): ModelPricing[] {
  const taken = new Set<string>();
  const models: ModelPricing[] = [];
  for (const gpId of plan.gp) {
    const provider = genai.find((p) => p.id === gpId);
    for (const m of (provider?.models ?? []) as Obj[]) {
      const rawId = String(m.id).toLowerCase();
      if (plan.keep !== undefined && !plan.keep(rawId)) continue;
      const history = Array.isArray(m.prices) ? (m.prices as Obj[]) : [{ prices: m.prices }];
      if (history.some((h) => isRecord(h.constraint) && h.constraint.start_time !== undefined))
        continue; // time-of-day windows: written by hand
      const last = history.at(-1)?.prices as Obj;
      if (NON_TEXT_OUTPUT.some((key) => key in last)) continue;
      const entries: PriceEntry[] = [];
      for (const h of history) {
        const standard = rateSet(h.prices as Obj);
        if (standard === undefined) break;
        const entry: PriceEntry = { standard, checked: CHECKED, source: plan.source };
        const start = isRecord(h.constraint) ? h.constraint.start_date : undefined;
        if (typeof start === 'string') entry.effectiveFrom = start;
        if (plan.batch) entry.batch = mapSet(standard, half);
        if (isRecord(h.prices) && h.prices.requests_kcount !== undefined)
          entry.fees = { request: dec(h.prices.requests_kcount) };
        entries.push(entry);
      }
      if (entries.length !== history.length) continue; // free or unpriced
      const id = plan.rename ? plan.rename(rawId) : rawId;
      const found: string[] = [];
      names(m.match, found, plan.provider === 'mistral' || plan.provider === 'google');
      // A starts_with fragment such as "gemini-3-flash-preview-" names no model.
      const complete = found.filter((n) => !/[-.:_]$/.test(n));
      const all = [id, ...(plan.extraNames ? plan.extraNames(id, complete) : complete)];
      const unique = [...new Set(all)].filter((n) => !taken.has(n));
      if (!unique.includes(id)) continue;
      for (const n of unique) taken.add(n);
      const others = unique.filter((n) => n !== id);
      const dated = /(?:-\d{4}-\d{2}-\d{2}|-\d{8}|@\d{8})(?:-v\d+:\d+)?$/;
      const limits = litellmLimits(plan, unique);
      const contextWindow =
        typeof m.context_window === 'number' ? m.context_window : (limits.context ?? 128_000);
      const embedding = entries[0]?.standard.output === '0' && /embed/.test(id);
      models.push({
        id,
        aliases: others.filter((n) => !dated.test(n)),
        snapshots: others.filter((n) => dated.test(n)),
        contextWindow,
        maxOutputTokens: embedding ? 0 : Math.min(limits.output ?? contextWindow, contextWindow),
        prices: entries,
      });
    }
  }
  return models;
}

function write(provider: string, models: ModelPricing[], note?: string): void {
  const table = {
    $schema: './pricing.schema.json',
    provider,
    version: VERSION,
    currency: 'USD',
    models: note
      ? models.map((m) => ({ ...m, prices: m.prices.map((p) => ({ ...p, note })) }))
      : models,
  };
  writeFileSync(resolve(root, `${provider}.json`), `${JSON.stringify(table, null, 2)}\n`);
  console.log(`${provider}: ${models.length} models`);
}

const BEDROCK_REGIONS = ['us', 'eu', 'apac', 'au', 'jp', 'ca', 'us-gov'];
const isGemini = (id: string) => id.startsWith('gemini') || id.startsWith('gemma');

const google = fromGenai({
  provider: 'google',
  gp: ['google'],
  litellmProviders: ['gemini', 'vertex_ai-language-models'],
  batch: true,
  source: `${GP}; ai.google.dev/gemini-api/docs/pricing`,
  keep: isGemini,
});
write('google', google);

// Vertex: the same Gemini rates, plus Claude (Anthropic's rates on the global endpoint;
// regional endpoints of Claude 4.5 and later cost 10% more, and that is what we charge).
const anthropic = JSON.parse(readFileSync(resolve(root, 'anthropic.json'), 'utf8')) as {
  models: ModelPricing[];
};
const REGIONAL_UPLIFT = /claude-(?:sonnet|haiku|opus)-4-[5-9]|claude-(?:sonnet|opus|fable)-5/;
const vertexClaude = anthropic.models.map((model): ModelPricing => {
  const uplift = REGIONAL_UPLIFT.test(model.id);
  // Vertex names the October 2024 Claude 3.5 Sonnet claude-3-5-sonnet-v2@20241022.
  const v2 = model.id === 'claude-3-5-sonnet' ? ['claude-3-5-sonnet-v2@20241022'] : [];
  return {
    ...model,
    aliases: [...model.aliases, ...(v2.length > 0 ? ['claude-3-5-sonnet-v2'] : [])],
    snapshots: [...model.snapshots.map((s) => s.replace(/-(\d{8})$/, '@$1')), ...v2],
    prices: model.prices.map((entry) => {
      const out: PriceEntry = {
        ...(entry.effectiveFrom === undefined ? {} : { effectiveFrom: entry.effectiveFrom }),
        standard: uplift ? mapSet(entry.standard, (t) => scale(t, '1.1')) : entry.standard,
        ...(entry.batch
          ? { batch: uplift ? mapSet(entry.batch, (t) => scale(t, '1.1')) : entry.batch }
          : {}),
        ...(entry.fees ? { fees: entry.fees } : {}),
        checked: entry.checked,
        source: `anthropic.json ${entry.source}; cloud.google.com/vertex-ai/generative-ai/pricing`,
      };
      const upliftNote =
        'Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden.';
      const note = [entry.note, uplift ? upliftNote : undefined].filter(Boolean).join(' ');
      if (note !== '') out.note = note;
      return out;
    }),
  };
});
write('vertex', [
  ...google
    .filter((m) => m.id.startsWith('gemini'))
    .map((m) => ({
      ...m,
      prices: m.prices.map((p) => ({
        ...p,
        source: `${GP}; cloud.google.com/vertex-ai/generative-ai/pricing`,
      })),
    })),
  ...vertexClaude,
]);

write(
  'bedrock',
  fromGenai({
    provider: 'bedrock',
    gp: ['aws'],
    litellmProviders: ['bedrock', 'bedrock_converse'],
    batch: true,
    source: `${GP}; aws.amazon.com/bedrock/pricing`,
    rename: (id) => id.replace(/^regional\./, ''),
    extraNames: (id, found) => {
      const extra = found.filter((n) => !/[\\^$]/.test(n));
      if (id.startsWith('global.')) return extra;
      return [...extra, ...BEDROCK_REGIONS.map((r) => `${r}.${id}`)];
    },
  }),
);

const openai = JSON.parse(readFileSync(resolve(root, 'openai.json'), 'utf8')) as {
  models: ModelPricing[];
};
const azureOwn = fromGenai({
  provider: 'azure',
  gp: ['azure'],
  litellmProviders: ['azure'],
  batch: true,
  source: `${GP}; azure.microsoft.com/pricing/details/cognitive-services/openai-service`,
  keep: (id) => !['ada', 'babbage', 'curie', 'davinci'].includes(id),
});
const azureNames = new Set(azureOwn.flatMap((m) => [m.id, ...m.aliases, ...m.snapshots]));
write('azure', [
  ...openai.models
    .filter((m) => ![m.id, ...m.aliases, ...m.snapshots].some((n) => azureNames.has(n)))
    .map((m) => ({
      ...m,
      prices: m.prices.map((p) => {
        const { flex: _flex, priority: _priority, ...rest } = p;
        return {
          ...rest,
          source: `openai.json ${p.source}; Azure OpenAI Global Standard bills OpenAI's rates`,
        };
      }),
    })),
  ...azureOwn,
]);

for (const [provider, gp, ll, batch] of [
  ['xai', 'x-ai', ['xai'], false],
  ['mistral', 'mistral', ['mistral'], true],
  ['groq', 'groq', ['groq'], true],
  ['together', 'together', ['together_ai'], true],
  ['fireworks', 'fireworks', ['fireworks_ai'], true],
  ['openrouter', 'openrouter', ['openrouter'], false],
] as const) {
  write(
    provider,
    fromGenai({
      provider,
      gp: [gp],
      litellmProviders: [...ll],
      batch,
      source: GP,
      ...(provider === 'fireworks' ? { extraNames: (_id: string, found: string[]) => found } : {}),
      ...(provider === 'xai'
        ? { extraNames: (_id: string, found: string[]) => found.filter((n) => !n.includes('/')) }
        : {}),
    }),
  );
}

// DeepSeek: genai-prices models the 2025 off-peak window (ended 2025-09-05) and still has the
// V4 Pro launch promotion; the provider's later prices are written here with their dates.
const DS = 'api-docs.deepseek.com/quick_start/pricing';
const ds = (input: string, cached: string, output: string): RateSet => ({
  input,
  cachedInput: cached,
  output,
});
const dsEntry = (set: RateSet, from?: string, source = DS): PriceEntry => ({
  ...(from === undefined ? {} : { effectiveFrom: from }),
  standard: set,
  checked: '2026-11-29',
  source,
});
const deepseekOwn = fromGenai({
  provider: 'deepseek',
  gp: ['deepseek'],
  litellmProviders: ['deepseek'],
  batch: false,
  source: `${GP}; ${DS}`,
});
write('deepseek', [
  {
    id: 'deepseek-chat',
    aliases: ['deepseek-chat-v3-0324'],
    snapshots: [],
    contextWindow: 128_000,
    maxOutputTokens: 8_192,
    prices: [
      dsEntry(ds('0.27', '0.07', '1.1')),
      dsEntry(ds('0.56', '0.07', '1.68'), '2025-09-05'),
      dsEntry(ds('0.28', '0.028', '0.42'), '2025-09-29'),
    ],
  },
  {
    id: 'deepseek-reasoner',
    aliases: ['deepseek-r1', 'deepseek-r1-0528'],
    snapshots: [],
    contextWindow: 128_000,
    maxOutputTokens: 65_536,
    prices: [
      dsEntry(ds('0.55', '0.14', '2.19')),
      dsEntry(ds('0.56', '0.07', '1.68'), '2025-09-05'),
      dsEntry(ds('0.28', '0.028', '0.42'), '2025-09-29'),
    ],
  },
  ...deepseekOwn.map((m) =>
    m.id === 'deepseek-v4-pro'
      ? {
          ...m,
          prices: [
            { ...(m.prices[0] as PriceEntry), note: 'launch promotion (75% off) until 2026-05-31' },
            dsEntry(ds('1.74', '0.0145', '3.48'), '2026-06-01'),
          ],
        }
      : m,
  ),
]);
