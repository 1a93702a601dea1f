/**
 * The price-table contract. Rates are decimal strings (never floats): USD per million
 * tokens for token rates, USD per thousand calls for per-call fees.
 */
import { createRequire } from 'node:module';
import { describeValue } from '@tollgate/core/internal';
import type * as Zod from 'zod';

/**
 * Every provider a table can price, as lower-case ids. `openai` and `anthropic` are the
 * first-party APIs; the others are the Gemini API (`google`), Vertex AI, Amazon Bedrock,
 * Azure OpenAI and the OpenAI-compatible providers.
 */
export const PROVIDERS = [
  'openai',
  'anthropic',
  'google',
  'vertex',
  'bedrock',
  'azure',
  'deepseek',
  'xai',
  'mistral',
  'groq',
  'together',
  'fireworks',
  'openrouter',
] as const;

/**
 * A zod issue message saying what was expected and what arrived (strings quoted, long ones
 * shortened): a bad rate in a hand-written table is found by its value as much as its path.
 */
function expecting(expected: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => `expected ${expected}, received ${describeValue(issue.input)}` };
}

/** Builds every schema of the contract with the given zod. */
function buildSchemas(z: typeof Zod) {
  const decimalExpected = expecting('a non-negative decimal string such as "2.5"');
  // The type check says the same as the format check: a number such as 2.5 is the usual slip.
  const decimal = z.string(decimalExpected).regex(/^\d+(\.\d+)?$/, decimalExpected);
  const isoDateExpected = expecting('a date as YYYY-MM-DD');
  const isoDate = z
    .string(isoDateExpected)
    .regex(/^\d{4}-\d{2}-\d{2}$/, isoDateExpected)
    // Date.parse accepts 2026-02-30 (rolling over to March): compare the round trip instead.
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
    }, expecting('a real date'));
  const tokenCount = z.number().int().nonnegative();

  const rateFields = {
    /** Uncached, non-cache-write input tokens. */
    input: decimal,
    /** Cache reads (OpenAI cached tokens, Anthropic cache reads). Absent: billed as `input`. */
    cachedInput: decimal.optional(),
    /** Cache writes at the default TTL (Anthropic 5 minutes; OpenAI's single write rate). Absent: billed as `input`. */
    cacheWrite5m: decimal.optional(),
    /**
     * Anthropic 1-hour cache writes. Absent: on a Claude model with a `cacheWrite5m` rate, the
     * dearer of that rate and 2x `input` (Anthropic's rule on every host); otherwise as `cacheWrite5m`.
     */
    cacheWrite1h: decimal.optional(),
    /** Output tokens, reasoning included. */
    output: decimal,
  };

  /** A long-context cliff: when total input (cache tokens included) exceeds `aboveInputTokens`, every token is billed at these rates. */
  const longContextTierSchema = z.strictObject({
    /** Total input tokens (cache reads and writes included) above which the tier applies. */
    aboveInputTokens: tokenCount,
    ...rateFields,
  });

  /** One set of token rates (standard, batch, flex or priority). */
  const rateSetSchema = z.strictObject({
    ...rateFields,
    /** Cliff tiers, ascending by threshold; the highest one crossed applies. */
    longContext: z
      .array(longContextTierSchema)
      .refine(
        (tiers) =>
          tiers.every(
            (tier, i) =>
              i === 0 ||
              tier.aboveInputTokens >
                (tiers[i - 1] as { aboveInputTokens: number }).aboveInputTokens,
          ),
        'long-context tiers must be in ascending order of aboveInputTokens',
      )
      .optional(),
  });

  /** Per-call fees in USD per thousand calls. */
  const feesSchema = z.strictObject({
    /** Web search calls (Anthropic `server_tool_use.web_search_requests`, OpenAI `web_search_call` items). */
    webSearch: decimal.optional(),
    /** Anthropic web fetch calls. */
    webFetch: decimal.optional(),
    /** A fee on every request, whatever its tokens (providers that bill per call). */
    request: decimal.optional(),
  });

  /** The prices of a model from one date on. A price change is a new entry; history is never edited. */
  const priceEntrySchema = z.strictObject({
    /** First day (UTC) the entry applies. Absent only on the first entry: it applies since the model existed. */
    effectiveFrom: isoDate.optional(),
    /** Standard (on-demand) rates. */
    standard: rateSetSchema,
    /** Batch API rates. */
    batch: rateSetSchema.optional(),
    /** OpenAI flex processing rates. */
    flex: rateSetSchema.optional(),
    /** OpenAI priority processing rates. */
    priority: rateSetSchema.optional(),
    /** Per-call fees, in USD per thousand calls. */
    fees: feesSchema.optional(),
    /** The day this price was last checked against its source. */
    checked: isoDate,
    /** Where the price comes from. */
    source: z.string().min(1),
    /** Anything unusual about this price, for readers of the table. */
    note: z.string().optional(),
  });

  /** One model: its ids, limits and price history. */
  const modelPricingSchema = z.strictObject({
    /** Canonical id, lowercase. */
    id: z.string().min(1),
    /** Other names that bill the same (e.g. `-latest`, `gpt-5-1`). */
    aliases: z.array(z.string().min(1)),
    /** Dated snapshot ids that bill the same. A snapshot with its own price is its own model. */
    snapshots: z.array(z.string().min(1)),
    /** OpenAI tokenizer, for adapters that count tokens. */
    encoding: z.enum(['o200k_base', 'cl100k_base']).optional(),
    /** Maximum input + output tokens. */
    contextWindow: z.number().int().positive(),
    /** Maximum output tokens (0 for embedding models). */
    maxOutputTokens: tokenCount,
    /** Ascending by `effectiveFrom`. */
    prices: z.array(priceEntrySchema).min(1).superRefine(checkHistoryOrder),
  });

  const versionExpected = expecting('a date-based version such as "2026-11-28"');
  /** A provider's price table. */
  const pricingTableSchema = z
    .strictObject({
      /** The JSON Schema this file follows, for editors (`./pricing.schema.json`). */
      $schema: z.string().optional(),
      /** The provider whose prices these are. */
      provider: z.enum(PROVIDERS),
      /** Date-based version; every computed cost names it. Changing the data means a new version. */
      version: z.string(versionExpected).regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/, versionExpected),
      /** Always USD. */
      currency: z.literal('USD'),
      /** Every priced model, current ones first. */
      models: z.array(modelPricingSchema).min(1),
    })
    .superRefine((table, ctx) => {
      const seen = new Map<string, string>();
      table.models.forEach((model, m) => {
        const names: Array<[string, string]> = [
          [model.id, 'id'],
          ...model.aliases.map((alias, i): [string, string] => [alias, `aliases.${i}`]),
          ...model.snapshots.map((snap, i): [string, string] => [snap, `snapshots.${i}`]),
        ];
        for (const [name, field] of names) {
          if (name !== name.toLowerCase()) {
            ctx.addIssue({
              code: 'custom',
              path: ['models', m, ...field.split('.').map(toKey)],
              message: `model names must be lowercase, got "${name}"`,
            });
          }
          const owner = seen.get(name.toLowerCase());
          if (owner !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['models', m, ...field.split('.').map(toKey)],
              message: `"${name}" already names model "${owner}"`,
            });
          } else {
            seen.set(name.toLowerCase(), model.id);
          }
        }
      });
    });
  const overrideSchema = z.strictObject({
    provider: z.enum(PROVIDERS),
    id: z.string().min(1),
    like: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    snapshots: z.array(z.string().min(1)).optional(),
    encoding: z.enum(['o200k_base', 'cl100k_base']).optional(),
    contextWindow: z.number().int().positive().optional(),
    maxOutputTokens: z.number().int().nonnegative().optional(),
    prices: z
      .array(
        priceEntrySchema.extend({
          checked: priceEntrySchema.shape.checked.optional(),
          source: z.string().min(1).optional(),
        }),
      )
      .min(1)
      .optional(),
  });
  /** An overrides file (`tollgate pricing update --out`): newer tables merged over the bundled ones. */
  const overridesFileSchema = z.strictObject({
    $schema: z.string().optional(),
    kind: z.literal('tollgate-pricing-overrides'),
    version: pricingTableSchema.shape.version,
    source: z.string().optional(),
    createdAt: z.string().optional(),
    tables: z.array(pricingTableSchema),
  });
  return {
    decimal,
    isoDate,
    tokenCount,
    rateFields,
    longContextTierSchema,
    rateSetSchema,
    feesSchema,
    priceEntrySchema,
    modelPricingSchema,
    pricingTableSchema,
    overrideSchema,
    overridesFileSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;

/**
 * The zod schemas of the contract, built on first use: zod takes longer to import than
 * the rest of Tollgate, and the bundled tables need no run-time check (a test validates
 * them), so only tables and overrides supplied at run time pay for it.
 */
export function pricingSchemas(): Schemas {
  built ??= buildSchemas(createRequire(import.meta.url)('zod') as typeof Zod);
  return built;
}

/**
 * The zod schema of a price table (loads zod on first call). Typed as a plain
 * `ZodType<PricingTable>` so the published declarations do not spell out zod's internals.
 */
export function pricingTableSchema(): Zod.ZodType<PricingTable> {
  return pricingSchemas().pricingTableSchema;
}

/**
 * The date rules of a model's price history, one check for tables and overrides alike:
 * only the first entry may be undated, and dates strictly ascend. Issues name the entry.
 */
function checkHistoryOrder(
  prices: ReadonlyArray<{ effectiveFrom?: string | undefined }>,
  ctx: Zod.core.$RefinementCtx,
): void {
  prices.forEach((entry, p) => {
    if (p === 0) return;
    if (entry.effectiveFrom === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [p, 'effectiveFrom'],
        message: 'every price entry after the first needs effectiveFrom',
      });
      return;
    }
    const previous = prices[p - 1]?.effectiveFrom;
    if (previous !== undefined && entry.effectiveFrom <= previous) {
      ctx.addIssue({
        code: 'custom',
        path: [p, 'effectiveFrom'],
        message: `price entries must be in ascending date order (${previous} then ${entry.effectiveFrom})`,
      });
    }
  });
}

function toKey(part: string): string | number {
  return /^\d+$/.test(part) ? Number(part) : part;
}

/** A validated price table. */
export type PricingTable = Zod.infer<Schemas['pricingTableSchema']>;
/** One model of a table. */
export type ModelPricing = Zod.infer<Schemas['modelPricingSchema']>;
/** One effective-dated price of a model. */
export type PriceEntry = Zod.infer<Schemas['priceEntrySchema']>;
/** Token rates of one service tier. */
export type RateSet = Zod.infer<Schemas['rateSetSchema']>;
/** A long-context cliff tier. */
export type LongContextTier = Zod.infer<Schemas['longContextTierSchema']>;
/** Per-call fees. */
export type Fees = Zod.infer<Schemas['feesSchema']>;
/** A provider Tollgate prices (see `PROVIDERS`). */
export type Provider = PricingTable['provider'];

/** What an override may contain, before validation. */
export type PriceEntryInput = Zod.input<Schemas['priceEntrySchema']>;
