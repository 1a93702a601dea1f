import { describe, expect, it } from 'vitest';
import { InvalidPricingError } from './errors.js';
import { fromGenaiPrices } from './from-genai-prices.js';
import { fromLiteLLM } from './from-litellm.js';
import { createPricing } from './pricing.js';

// Small hand-written samples in each project's format (not copies of their data).
const genai = [
  { id: 'google', models: [] },
  {
    id: 'anthropic',
    models: [
      {
        id: 'claude-demo-1',
        match: {
          or: [
            { equals: 'claude-demo-1' },
            { equals: 'claude-demo-1-20250101' },
            { equals: 'claude-demo' },
            { starts_with: 'claude-demo-1-' },
          ],
        },
        context_window: 200000,
        prices: {
          input_mtok: { base: 3, tiers: [{ start: 200000, price: 6 }] },
          cache_write_mtok: 3.75,
          cache_write_1h_mtok: 6,
          cache_read_mtok: { base: 0.3, tiers: [{ start: 200000, price: 0.6 }] },
          output_mtok: { base: 15, tiers: [{ start: 200000, price: 22.5 }] },
          web_searches_kcount: 10,
        },
      },
      {
        id: 'claude-demo-2',
        match: { equals: 'claude-demo-2' },
        prices: [
          { prices: { input_mtok: 10, output_mtok: 40 } },
          { constraint: { start_date: '2025-06-10' }, prices: { input_mtok: 2, output_mtok: 8 } },
        ],
      },
      {
        id: 'claude-odd',
        match: { starts_with: 'claude-odd' },
        prices: [
          {
            constraint: 'none',
            prices: {
              input_mtok: null,
              output_mtok: { base: 1, tiers: 'none' },
              cache_read_mtok: {
                base: 0.1,
                tiers: [5, { start: 'x', price: 1 }, { start: 1000, price: 0.2 }],
              },
              web_searches_kcount: null,
            },
          },
          { constraint: { start_date: '2025-01-01T00:00:00Z' }, prices: 'bad' },
          { constraint: { start_date: '2025-02-01' }, prices: { input_mtok: 1 } },
        ],
      },
      { id: 42 },
    ],
  },
];

const litellm = {
  sample_spec: { mode: 'chat' },
  'demo-4o': {
    litellm_provider: 'openai',
    mode: 'chat',
    input_cost_per_token: 2.5e-6,
    output_cost_per_token: 1e-5,
    cache_read_input_token_cost: 1.25e-6,
    input_cost_per_token_batches: 1.25e-6,
    output_cost_per_token_batches: 5e-6,
    input_cost_per_token_flex: 1.25e-6,
    output_cost_per_token_flex: 5e-6,
    input_cost_per_token_priority: 4.25e-6,
    output_cost_per_token_priority: 1.7e-5,
    max_input_tokens: 128000,
    max_output_tokens: 16384,
    search_context_cost_per_query: {
      search_context_size_low: 0.03,
      search_context_size_medium: 0.035,
      search_context_size_high: 0.05,
    },
  },
  'demo-long': {
    litellm_provider: 'openai',
    mode: 'responses',
    input_cost_per_token: 2.5e-6,
    output_cost_per_token: 1.5e-5,
    input_cost_per_token_above_272k_tokens: 5e-6,
    output_cost_per_token_above_272k_tokens: 2.25e-5,
    cache_creation_input_token_cost: 3.125e-6,
    cache_creation_input_token_cost_above_1hr: 5e-6,
    cache_creation_input_token_cost_above_1hr_above_272k_tokens: 1e-5,
  },
  'demo-tier-no-output': {
    litellm_provider: 'openai',
    input_cost_per_token: 1e-6,
    output_cost_per_token: 2e-6,
    input_cost_per_token_above_200k_tokens: 3e-6,
    input_cost_per_token_above_100k_tokens: 2e-6,
  },
  'demo-embed': { litellm_provider: 'openai', mode: 'embedding', input_cost_per_token: 2e-8 },
  'demo-image': {
    litellm_provider: 'openai',
    mode: 'image_generation',
    input_cost_per_token: 1e-6,
  },
  'demo-free': { litellm_provider: 'openai', mode: 'chat' },
  'claude-x': { litellm_provider: 'anthropic', mode: 'chat', input_cost_per_token: 3e-6 },
};

describe('fromGenaiPrices', () => {
  it('converts matches, tiers, history and fees', () => {
    const table = fromGenaiPrices(genai, { provider: 'anthropic', version: '2026-11-28' });
    expect(table.models.map((m) => m.id)).toEqual(['claude-demo-1', 'claude-demo-2', 'claude-odd']);
    expect(table.models[2]?.prices.map((p) => [p.effectiveFrom, p.standard])).toEqual([
      [
        undefined,
        {
          input: '0',
          output: '1',
          cachedInput: '0.1',
          longContext: [{ aboveInputTokens: 1000, cachedInput: '0.2', input: '0', output: '1' }],
        },
      ],
      ['2025-01-01', { input: '0', output: '0' }],
      ['2025-02-01', { input: '1', output: '0' }],
    ]);
    const [one, two] = table.models;
    expect(one).toMatchObject({
      aliases: ['claude-demo'],
      snapshots: ['claude-demo-1-20250101'],
      contextWindow: 200000,
      maxOutputTokens: 200000,
    });
    expect(one?.prices[0]).toEqual({
      standard: {
        input: '3',
        cachedInput: '0.3',
        cacheWrite5m: '3.75',
        cacheWrite1h: '6',
        output: '15',
        longContext: [{ aboveInputTokens: 200000, input: '6', cachedInput: '0.6', output: '22.5' }],
      },
      fees: { webSearch: '10' },
      checked: '2026-11-28',
      source: 'genai-prices',
    });
    expect(two?.contextWindow).toBe(128000);
    expect(two?.prices.map((p) => [p.effectiveFrom, p.standard.input])).toEqual([
      [undefined, '10'],
      ['2025-06-10', '2'],
    ]);
    const pricing = createPricing({ tables: [table] });
    expect(
      pricing.computeCost({
        provider: 'anthropic',
        model: 'claude-demo-2',
        usage: { input_tokens: 1000, output_tokens: 0 },
        at: '2025-06-01',
      }).totalUsd,
    ).toBe('0.01');
  });

  it('accepts one provider object and refuses a table without models', () => {
    expect(
      fromGenaiPrices(genai[1], {
        provider: 'anthropic',
        version: '2026-11-28',
        defaultContextWindow: 1000,
      }).models[1]?.contextWindow,
    ).toBe(1000);
    expect(() => fromGenaiPrices(genai, { provider: 'openai', version: '2026-11-28' })).toThrow(
      InvalidPricingError,
    );
    expect(() => fromGenaiPrices({}, { provider: 'openai', version: '2026-11-28' })).toThrow(
      InvalidPricingError,
    );
  });
});

describe('fromLiteLLM', () => {
  it('converts float per-token prices to exact per-million decimals', () => {
    const table = fromLiteLLM(litellm, {
      provider: 'openai',
      version: '2026-11-28',
      checked: '2026-11-01',
    });
    expect(table.models.map((m) => m.id)).toEqual([
      'demo-4o',
      'demo-long',
      'demo-tier-no-output',
      'demo-embed',
    ]);
    const [fourO, long, noOut, embed] = table.models;
    expect(fourO).toMatchObject({ contextWindow: 128000, maxOutputTokens: 16384 });
    expect(fourO?.prices[0]).toEqual({
      standard: { input: '2.5', output: '10', cachedInput: '1.25' },
      batch: { input: '1.25', output: '5' },
      flex: { input: '1.25', output: '5' },
      priority: { input: '4.25', output: '17' },
      fees: { webSearch: '35' },
      checked: '2026-11-01',
      source: 'litellm',
    });
    expect(long?.prices[0]?.standard).toEqual({
      input: '2.5',
      output: '15',
      cacheWrite5m: '3.125',
      cacheWrite1h: '5',
      longContext: [{ aboveInputTokens: 272000, input: '5', output: '22.5', cacheWrite1h: '10' }],
    });
    expect(long?.maxOutputTokens).toBe(128000);
    expect(noOut?.prices[0]?.standard.longContext).toEqual([
      { aboveInputTokens: 100000, input: '2', output: '2' },
      { aboveInputTokens: 200000, input: '3', output: '2' },
    ]);
    expect(embed).toMatchObject({ maxOutputTokens: 0 });
    expect(embed?.prices[0]?.standard).toEqual({ input: '0.02', output: '0' });
  });

  it('refuses input without any model of the provider', () => {
    expect(() => fromLiteLLM([], { provider: 'openai', version: '2026-11-28' })).toThrow(
      InvalidPricingError,
    );
  });
});

describe('converters for the other providers', () => {
  it('reads a provider under its source id, skipping time-of-day windows', () => {
    const data = [
      {
        id: 'x-ai',
        models: [
          {
            id: 'grok-demo',
            match: { equals: 'grok-demo' },
            prices: [
              { prices: { input_mtok: 2, output_mtok: 4 } },
              {
                constraint: { start_time: '00:30:00Z', end_time: '16:30:00Z' },
                prices: { input_mtok: 1, output_mtok: 2 },
              },
              {
                constraint: { start_date: '2026-01-01' },
                prices: { input_mtok: 3, output_mtok: 6 },
              },
            ],
          },
        ],
      },
    ];
    const table = fromGenaiPrices(data, {
      provider: 'xai',
      version: '2026-11-29',
      sourceProvider: 'x-ai',
    });
    expect(table.provider).toBe('xai');
    expect(table.models[0]?.prices.map((p) => [p.effectiveFrom, p.standard.input])).toEqual([
      [undefined, '2'],
      ['2026-01-01', '3'],
    ]);
  });

  it('keeps the first of LiteLLM keys that differ only in case', () => {
    const entry = (input: number) => ({
      litellm_provider: 'together_ai',
      mode: 'chat',
      input_cost_per_token: input,
      output_cost_per_token: input,
    });
    const table = fromLiteLLM(
      { 'together_ai/BAAI/Demo': entry(1e-6), 'together_ai/baai/demo': entry(2e-6) },
      { provider: 'together', version: '2026-11-29', sourceProvider: 'together_ai' },
    );
    expect(table.models.map((m) => [m.id, m.prices[0]?.standard.input])).toEqual([
      ['together_ai/baai/demo', '1'],
    ]);
  });
});
