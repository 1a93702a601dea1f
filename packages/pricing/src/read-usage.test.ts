import {
  addMoney,
  type CallUsage,
  formatUsd,
  type Money,
  money,
  totalInputTokens,
  usageTokens,
  ZERO,
} from '@tollgate/core';
import { chargeUsage } from '@tollgate/core/adapter';
import { perUnit, timesCount } from '@tollgate/core/internal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidUsageError, UnknownModelError } from './errors.js';
import { normalizeUsage } from './normalize-usage.js';
import { checkCallUsage, readUsage } from './read-usage.js';
import type { Provider } from './schema.js';
import { usagePricer } from './usage-pricer.js';

const AT = '2026-11-29';
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidUsageError) return error.issues.map((issue) => issue.path);
  }
  return [];
};

describe('readUsage: every provider shape into one typed usage', () => {
  const cases: Array<[Provider, unknown, CallUsage]> = [
    [
      'openai',
      {
        prompt_tokens: 1000,
        completion_tokens: 50,
        prompt_tokens_details: { cached_tokens: 800 },
        completion_tokens_details: { reasoning_tokens: 20 },
        service_tier: 'default',
      },
      {
        tokens: usageTokens({ uncached: 200, cacheRead: 800 }, { text: 30, reasoning: 20 }),
        model: 'm',
        serviceTier: 'default',
      },
    ],
    [
      'anthropic',
      {
        input_tokens: 100,
        output_tokens: 10,
        cache_read_input_tokens: 5,
        cache_creation_input_tokens: 30,
        cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 20 },
        server_tool_use: { web_search_requests: 3, web_fetch_requests: 1 },
      },
      {
        tokens: usageTokens(
          { uncached: 100, cacheRead: 5, cacheWrite5m: 10, cacheWrite1h: 20 },
          { text: 10 },
        ),
        toolCalls: { webSearch: 3, webFetch: 1 },
        model: 'm',
      },
    ],
    [
      'google',
      {
        promptTokenCount: 100,
        cachedContentTokenCount: 40,
        candidatesTokenCount: 10,
        thoughtsTokenCount: 5,
      },
      {
        tokens: usageTokens({ uncached: 60, cacheRead: 40 }, { text: 10, reasoning: 5 }),
        model: 'm',
      },
    ],
    [
      'vertex',
      { usageMetadata: { promptTokenCount: 7, candidatesTokenCount: 3 } },
      { tokens: usageTokens({ uncached: 7 }, { text: 3 }), model: 'm' },
    ],
    [
      'bedrock',
      { inputTokens: 10, outputTokens: 3, cacheReadInputTokens: 20, cacheWriteInputTokens: 30 },
      {
        tokens: usageTokens({ uncached: 10, cacheRead: 20, cacheWrite5m: 30 }, { text: 3 }),
        model: 'm',
      },
    ],
    [
      'azure',
      { prompt_tokens: 10, completion_tokens: 4, prompt_tokens_details: { cached_tokens: 6 } },
      { tokens: usageTokens({ uncached: 4, cacheRead: 6 }, { text: 4 }), model: 'm' },
    ],
    [
      'deepseek',
      {
        prompt_tokens: 10,
        completion_tokens: 4,
        prompt_cache_hit_tokens: 7,
        prompt_cache_miss_tokens: 3,
      },
      { tokens: usageTokens({ uncached: 3, cacheRead: 7 }, { text: 4 }), model: 'm' },
    ],
    [
      'xai',
      {
        prompt_tokens: 10,
        completion_tokens: 4,
        total_tokens: 20,
        completion_tokens_details: { reasoning_tokens: 6 },
      },
      { tokens: usageTokens({ uncached: 10 }, { text: 4, reasoning: 6 }), model: 'm' },
    ],
    [
      'mistral',
      { prompt_tokens: 9, total_tokens: 9 },
      { tokens: usageTokens({ uncached: 9 }), model: 'm' },
    ],
    [
      'groq',
      { prompt_tokens: 12, completion_tokens: 2, total_tokens: 14 },
      { tokens: usageTokens({ uncached: 12 }, { text: 2 }), model: 'm' },
    ],
    [
      'together',
      { prompt_tokens: 5, completion_tokens: 5 },
      { tokens: usageTokens({ uncached: 5 }, { text: 5 }), model: 'm' },
    ],
    [
      'fireworks',
      { prompt_tokens: 8, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 8 } },
      { tokens: usageTokens({ cacheRead: 8 }, { text: 1 }), model: 'm' },
    ],
    [
      'openrouter',
      { input_tokens: 10, output_tokens: 4, input_tokens_details: { cached_tokens: 3 }, cost: 0.5 },
      {
        tokens: usageTokens({ uncached: 7, cacheRead: 3 }, { text: 4 }),
        model: 'm',
        reportedCostUsd: '0.5',
      },
    ],
  ];

  it.each(cases)('%s', (provider, raw, expected) => {
    expect(readUsage(provider, raw, { model: 'm' })).toEqual(expected);
  });

  it('covers all 13 providers', () => {
    expect(new Set(cases.map(([provider]) => provider)).size).toBe(13);
  });

  it('takes the response tier and batch flag beside the usage', () => {
    expect(
      readUsage(
        'openai',
        { prompt_tokens: 1, completion_tokens: 1 },
        {
          model: 'gpt-4o',
          serviceTier: 'flex',
          batch: true,
        },
      ),
    ).toMatchObject({ serviceTier: 'flex', batch: true });
  });

  it('caps a reported reasoning count at the output it is part of, so billed output never changes', () => {
    const usage = readUsage(
      'anthropic',
      { input_tokens: 1, output_tokens: 3, output_tokens_details: { thinking_tokens: 9 } },
      { model: 'm' },
    );
    expect(usage.tokens.output).toEqual({ text: 0, reasoning: 3 });
  });

  it('refuses bad provider usage, listing every bad count', () => {
    expect(
      issuesOf(() =>
        readUsage('anthropic', { input_tokens: -1, output_tokens: 'x' }, { model: 'm' }),
      ),
    ).toEqual(['input_tokens', 'output_tokens']);
  });
});

describe('checkCallUsage', () => {
  const good: CallUsage = { tokens: usageTokens({ uncached: 1 }, { text: 1 }), model: 'gpt-4o' };

  it('passes a well-formed usage through untouched', () => {
    expect(checkCallUsage(good)).toBe(good);
    const full: CallUsage = {
      ...good,
      toolCalls: { webSearch: 1, webFetch: 0, codeExecution: 2 },
      serviceTier: 'priority',
      batch: false,
      reportedCostUsd: '0.1',
    };
    expect(checkCallUsage(full)).toBe(full);
  });

  it('lists every problem with its path', () => {
    expect(issuesOf(() => checkCallUsage('usage'))).toEqual(['']);
    expect(
      issuesOf(() =>
        checkCallUsage({
          tokens: { input: { uncached: -1, cacheRead: 1.5 }, output: { text: 1 } },
          toolCalls: { webSearch: 'two' },
          model: 4,
          serviceTier: 1,
          reportedCostUsd: 0.1,
          batch: 'yes',
        }),
      ),
    ).toEqual([
      'tokens.input.uncached',
      'tokens.input.cacheRead',
      'tokens.input.cacheWrite5m',
      'tokens.input.cacheWrite1h',
      'tokens.output.reasoning',
      'toolCalls.webSearch',
      'model',
      'serviceTier',
      'reportedCostUsd',
      'batch',
    ]);
    expect(issuesOf(() => checkCallUsage({ ...good, toolCalls: 'none' }))).toEqual([]);
  });
});

describe('usagePricer: the pricing step an adapter hands the kit', () => {
  const pricing = defaultPricing();

  it('prices the model the usage names when the tables know it, else the plan model', () => {
    const price = usagePricer(pricing, 'openai', 'gpt-4o');
    const tokens = usageTokens({ uncached: 1000 }, { text: 100 });
    expect(price({ tokens, model: 'gpt-4o-mini-2024-07-18' }).model).toBe('gpt-4o-mini');
    expect(price({ tokens, model: 'gpt-x-unknown' })).toMatchObject({
      model: 'gpt-4o',
      provider: 'openai',
      pricingVersion: pricing.versions.openai,
    });
  });

  it('prices the plan model whatever the usage names, with priceUsageModel: false', () => {
    const price = usagePricer(pricing, 'openai', 'gpt-4o', { priceUsageModel: false });
    const tokens = usageTokens({ uncached: 1000 }, { text: 100 });
    expect(price({ tokens, model: 'gpt-4o-mini-2024-07-18' }).model).toBe('gpt-4o');
  });

  it('prices batch when the adapter says every call is batch, and at the injected time', () => {
    const usage: CallUsage = { tokens: usageTokens({ uncached: 1_000_000 }), model: 'gpt-4o' };
    expect(usagePricer(pricing, 'openai', 'gpt-4o', { batch: true })(usage).costUsd).toBe('1.25');
    expect(usagePricer(pricing, 'openai', 'gpt-4o', { at: () => AT })(usage).costUsd).toBe('2.5');
  });

  it('throws typed errors for a malformed usage or a model nobody prices', () => {
    const price = usagePricer(pricing, 'openai', 'no-such-model');
    // Built without the public helper, which refuses a negative count itself: an adapter's
    // observer hands the pricing step whatever it read.
    const negative = { ...usageTokens(), input: { ...usageTokens().input, uncached: -5 } };
    expect(() => price({ tokens: negative, model: 'gpt-4o' })).toThrow(InvalidUsageError);
    expect(() => price({ tokens: usageTokens(), model: 'nor-this' })).toThrow(UnknownModelError);
  });
});

/** Per-million rates from the bundled tables, written out so the oracle shares no code. */
const RATES = {
  openai: { model: 'gpt-4o', input: '2.5', cacheRead: '1.25', output: '10', webSearch: '25' },
  anthropic: {
    model: 'claude-sonnet-4-5',
    input: '3',
    cacheRead: '0.3',
    cacheWrite5m: '3.75',
    cacheWrite1h: '6',
    output: '15',
    webSearch: '10',
    webFetch: '0',
  },
} as const;

/** The cost of a typed usage from first principles: each bucket times its rate. */
function oracle(provider: 'openai' | 'anthropic', usage: CallUsage): string {
  const rates: Record<string, string> = RATES[provider];
  const { input, output } = usage.tokens;
  const perMillion = (rate: string | undefined, count: number): Money =>
    count === 0 || rate === undefined ? ZERO : timesCount(perUnit(money(rate), 1_000_000), count);
  const perThousand = (rate: string | undefined, count: number | undefined): Money =>
    count === undefined || rate === undefined
      ? ZERO
      : timesCount(perUnit(money(rate), 1000), count);
  return formatUsd(
    [
      perMillion(rates.input, input.uncached),
      perMillion(rates.cacheRead, input.cacheRead),
      perMillion(rates.cacheWrite5m, input.cacheWrite5m),
      perMillion(rates.cacheWrite1h, input.cacheWrite1h),
      perMillion(rates.output, output.text + output.reasoning),
      perThousand(rates.webSearch, usage.toolCalls?.webSearch),
      perThousand(rates.webFetch, usage.toolCalls?.webFetch),
    ].reduce(addMoney, ZERO),
  );
}

const count = (max: number) => fc.integer({ min: 0, max });
const openaiUsage = fc
  .record({
    prompt: count(150_000),
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    completion: count(50_000),
    reasoningShare: fc.double({ min: 0, max: 1, noNaN: true }),
    responses: fc.boolean(),
    tier: fc.constantFrom(undefined, 'default', 'auto', 'flex', 'priority'),
  })
  .map(({ prompt, cachedShare, completion, reasoningShare, responses, tier }) => {
    const cached = Math.floor(prompt * cachedShare);
    const reasoning = Math.floor(completion * reasoningShare);
    const usage: Record<string, unknown> = responses
      ? {
          input_tokens: prompt,
          output_tokens: completion,
          input_tokens_details: { cached_tokens: cached },
          output_tokens_details: { reasoning_tokens: reasoning },
        }
      : {
          prompt_tokens: prompt,
          completion_tokens: completion,
          prompt_tokens_details: { cached_tokens: cached },
          completion_tokens_details: { reasoning_tokens: reasoning },
        };
    if (tier !== undefined) usage.service_tier = tier;
    return usage;
  });
const anthropicUsage = fc
  .record({
    input: count(60_000),
    read: count(60_000),
    write5m: count(40_000),
    write1h: count(40_000),
    breakdown: fc.boolean(),
    output: count(30_000),
    thinking: count(30_000),
    searches: count(5),
    fetches: count(5),
  })
  .map((u) => ({
    input_tokens: u.input,
    cache_read_input_tokens: u.read,
    cache_creation_input_tokens: u.write5m + u.write1h,
    ...(u.breakdown
      ? {
          cache_creation: {
            ephemeral_5m_input_tokens: u.write5m,
            ephemeral_1h_input_tokens: u.write1h,
          },
        }
      : {}),
    output_tokens: u.output + u.thinking,
    output_tokens_details: { thinking_tokens: u.thinking },
    server_tool_use: { web_search_requests: u.searches, web_fetch_requests: u.fetches },
  }));

describe('pricing the typed usage equals computeCost on the raw usage', () => {
  const pricing = defaultPricing();
  const cases = [
    ['openai', openaiUsage],
    ['anthropic', anthropicUsage],
  ] as const;

  it.each(cases)(
    '%s: the kit step, computeCost and the rates agree to the digit',
    (provider, raw) => {
      const model = RATES[provider].model;
      const price = usagePricer(pricing, provider, model, { at: () => AT });
      fc.assert(
        fc.property(raw, fc.constantFrom(0, 1, 2), (usage, searches) => {
          const read = readUsage(provider, usage, { model });
          // The OpenAI adapter counts web searches from the response, outside usage.
          const typed: CallUsage =
            provider === 'openai' && searches > 0
              ? { ...read, toolCalls: { webSearch: searches } }
              : read;
          const charged = chargeUsage(price, { usage: typed }, model);
          // Raw OpenAI usage cannot carry searches: computeCost takes them in the normalised form.
          const rawUsage =
            typed === read
              ? usage
              : { ...normalizeUsage(provider, usage), webSearchRequests: searches };
          const expected = computeCost({ provider, model, usage: rawUsage, at: AT });
          expect(charged.costUsd).toBe(expected.totalUsd);
          expect(charged.details).toMatchObject({
            model: expected.model,
            pricingVersion: expected.pricingVersion,
          });
          expect(charged.details.tokens).toBe(typed.tokens);
          const tier = typed.serviceTier;
          if (tier !== 'flex' && tier !== 'priority' && totalInputTokens(typed.tokens) <= 200_000)
            expect(charged.costUsd).toBe(oracle(provider, typed));
        }),
        { numRuns: 400 },
      );
    },
  );
});

describe('pricing past the range of plain numbers', () => {
  it('stays exact when a line or the running total outgrows a safe integer of 10^-15 dollars', () => {
    const pricing = defaultPricing();
    const price = usagePricer(pricing, 'anthropic', 'claude-sonnet-4-5', { at: () => AT });
    // Long-context rates: 3e6 cache reads at $0.6/M fit in 10^-15 dollars; 2e9 output tokens do not.
    const big: CallUsage = {
      tokens: usageTokens({ cacheRead: 3_000_000 }, { text: 2_000_000_000 }),
      model: 'claude-sonnet-4-5',
    };
    // Each line fits on its own, their sum does not.
    const sum: CallUsage = {
      tokens: usageTokens({ cacheWrite1h: 300_000 }, { text: 400_000 }),
      model: 'claude-sonnet-4-5',
    };
    for (const usage of [big, sum]) {
      const oracleOnLongContext = formatUsd(
        pricing
          .priceUsage('anthropic', usage, AT)
          .lines.map((line) =>
            timesCount(
              perUnit(money(line.rateUsd), line.unit === 'per_million_tokens' ? 1_000_000 : 1000),
              line.tokens ?? line.count ?? 0,
            ),
          )
          .reduce(addMoney, ZERO),
      );
      expect(price(usage).costUsd).toBe(oracleOnLongContext);
    }
    expect(price(big).costUsd).toBe('45001.8');
    expect(price(sum).costUsd).toBe('12.6');
  });
});
