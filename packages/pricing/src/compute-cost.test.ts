import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { InvalidUsageError, UnknownModelError } from './errors.js';

const total = (options: Parameters<typeof computeCost>[0]) => computeCost(options).totalUsd;

describe('computeCost: OpenAI', () => {
  it('bills cached tokens inside prompt_tokens at the cached rate, never twice', () => {
    const cost = computeCost({
      provider: 'openai',
      model: 'gpt-4o',
      usage: {
        prompt_tokens: 2006,
        completion_tokens: 300,
        total_tokens: 2306,
        prompt_tokens_details: { cached_tokens: 1920 },
      },
    });
    // 86 x 2.5 + 1920 x 1.25 + 300 x 10 per million
    expect(cost.totalUsd).toBe('0.005615');
    expect(cost.lines.map((l) => [l.kind, l.tokens, l.rateUsd, l.usd])).toEqual([
      ['input', 86, '2.5', '0.000215'],
      ['cache_read', 1920, '1.25', '0.0024'],
      ['output', 300, '10', '0.003'],
    ]);
    expect(cost).toMatchObject({
      model: 'gpt-4o',
      provider: 'openai',
      pricingVersion: '2026-11-28',
      serviceTier: 'standard',
      batch: false,
    });
    expect(cost.lines.every((l) => l.unit === 'per_million_tokens')).toBe(true);
  });

  it('bills reasoning and rejected-prediction tokens once, inside output', () => {
    const usage = {
      prompt_tokens: 100,
      completion_tokens: 200,
      completion_tokens_details: { reasoning_tokens: 120, rejected_prediction_tokens: 30 },
    };
    expect(total({ provider: 'openai', model: 'gpt-4.1', usage })).toBe('0.0018');
  });

  it('prices Responses and Embeddings usage', () => {
    const responses = {
      input_tokens: 1000,
      input_tokens_details: { cached_tokens: 1000 },
      output_tokens: 0,
      output_tokens_details: { reasoning_tokens: 0 },
    };
    expect(total({ provider: 'openai', model: 'gpt-5', usage: responses })).toBe('0.000125');
    expect(
      total({
        provider: 'openai',
        model: 'text-embedding-3-small',
        usage: { prompt_tokens: 1_000_000, total_tokens: 1_000_000 },
      }),
    ).toBe('0.02');
  });

  it('bills OpenAI cache writes where the model has a write rate, else as input', () => {
    const usage = {
      prompt_tokens: 1000,
      completion_tokens: 0,
      prompt_tokens_details: { cache_write_tokens: 1000 },
    };
    expect(total({ provider: 'openai', model: 'gpt-5.6-sol', usage })).toBe('0.00625');
    expect(total({ provider: 'openai', model: 'gpt-4o', usage })).toBe('0.0025');
  });

  it('prices the tier the response reports', () => {
    const usage = { prompt_tokens: 1000, completion_tokens: 500 };
    expect(total({ provider: 'openai', model: 'gpt-5-nano', usage })).toBe('0.00025');
    expect(total({ provider: 'openai', model: 'gpt-5-nano', usage, serviceTier: 'flex' })).toBe(
      '0.000125',
    );
    const priority = computeCost({
      provider: 'openai',
      model: 'gpt-4o',
      usage,
      serviceTier: 'priority',
    });
    expect(priority).toMatchObject({ totalUsd: '0.01275', serviceTier: 'priority' });
    expect(total({ provider: 'openai', model: 'gpt-4o', usage, serviceTier: 'fast' })).toBe(
      '0.01275',
    );
    for (const tier of ['default', 'auto', 'scale', null]) {
      expect(total({ provider: 'openai', model: 'gpt-4o', usage, serviceTier: tier })).toBe(
        '0.0075',
      );
    }
    // A tier the model has no rates for is billed at standard.
    expect(
      computeCost({ provider: 'openai', model: 'gpt-4', usage, serviceTier: 'flex' }).serviceTier,
    ).toBe('standard');
    // The usage's own service_tier is used when no option is given.
    expect(
      total({ provider: 'openai', model: 'gpt-5-nano', usage: { ...usage, service_tier: 'flex' } }),
    ).toBe('0.000125');
  });

  it('applies batch rates when told the result came from the Batch API', () => {
    const cost = computeCost({
      provider: 'openai',
      model: 'gpt-4o',
      usage: { prompt_tokens: 1000, completion_tokens: 500 },
      batch: true,
    });
    expect(cost).toMatchObject({ totalUsd: '0.00375', batch: true, serviceTier: 'standard' });
  });

  it('applies the long-context cliff on total input, cached tokens included', () => {
    const at = {
      prompt_tokens: 272_000,
      completion_tokens: 1000,
      prompt_tokens_details: { cached_tokens: 100_000 },
    };
    const over = {
      prompt_tokens: 272_001,
      completion_tokens: 1000,
      prompt_tokens_details: { cached_tokens: 100_000 },
    };
    // 172000 x 2.5 + 100000 x 0.25 + 1000 x 15
    expect(total({ provider: 'openai', model: 'gpt-5.4', usage: at })).toBe('0.47');
    const cliff = computeCost({ provider: 'openai', model: 'gpt-5.4', usage: over });
    // 172001 x 5 + 100000 x 0.5 + 1000 x 22.5
    expect(cliff).toMatchObject({ totalUsd: '0.932505', longContext: true });
  });

  it('picks the price in force at the request time', () => {
    const usage = { prompt_tokens: 1000, completion_tokens: 0 };
    expect(total({ provider: 'openai', model: 'o3', usage, at: '2025-06-01T00:00:00Z' })).toBe(
      '0.01',
    );
    expect(
      total({ provider: 'openai', model: 'o3', usage, at: new Date('2025-06-10T00:00:00Z') }),
    ).toBe('0.002');
    expect(
      computeCost({ provider: 'openai', model: 'o3', usage, at: Date.parse('2026-01-01') })
        .effectiveFrom,
    ).toBe('2025-06-10');
    expect(() => computeCost({ provider: 'openai', model: 'o3', usage, at: 'yesterday' })).toThrow(
      InvalidUsageError,
    );
  });

  it('keeps a separately priced snapshot apart from its family', () => {
    expect(
      total({
        provider: 'openai',
        model: 'gpt-4o-2024-05-13',
        usage: { prompt_tokens: 1000, completion_tokens: 1000 },
      }),
    ).toBe('0.02');
    expect(
      total({
        provider: 'openai',
        model: 'gpt-4o-2024-08-06',
        usage: { prompt_tokens: 1000, completion_tokens: 1000 },
      }),
    ).toBe('0.0125');
  });

  it('adds web search calls counted by the adapter', () => {
    const cost = computeCost({
      provider: 'openai',
      model: 'gpt-5',
      usage: { inputTokens: 0, outputTokens: 0, webSearchRequests: 3 },
    });
    expect(cost.lines).toEqual([
      { kind: 'input', tokens: 0, rateUsd: '1.25', unit: 'per_million_tokens', usd: '0' },
      { kind: 'output', tokens: 0, rateUsd: '10', unit: 'per_million_tokens', usd: '0' },
      { kind: 'web_search', count: 3, rateUsd: '10', unit: 'per_thousand_calls', usd: '0.03' },
    ]);
    // A model without a search fee charges nothing for the call itself.
    expect(
      total({
        provider: 'openai',
        model: 'gpt-4',
        usage: { inputTokens: 0, outputTokens: 0, webSearchRequests: 3 },
      }),
    ).toBe('0');
  });
});

describe('computeCost: Anthropic', () => {
  it('bills cache tokens outside input_tokens, writes by TTL', () => {
    const usage = {
      input_tokens: 1000,
      cache_creation_input_tokens: 3000,
      cache_read_input_tokens: 10_000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
      output_tokens: 500,
    };
    const cost = computeCost({ provider: 'anthropic', model: 'claude-sonnet-4-5-20250929', usage });
    // 1000 x 3 + 1000 x 3.75 + 2000 x 6 + 10000 x 0.3 + 500 x 15
    expect(cost.totalUsd).toBe('0.02925');
    expect(cost.lines.map((l) => l.kind)).toEqual([
      'input',
      'cache_read',
      'cache_write_5m',
      'cache_write_1h',
      'output',
    ]);
  });

  it('bills writes without a breakdown at the 5-minute rate', () => {
    expect(
      total({
        provider: 'anthropic',
        model: 'claude-haiku-4-5',
        usage: { input_tokens: 0, cache_creation_input_tokens: 1_000_000, output_tokens: 0 },
      }),
    ).toBe('1.25');
  });

  it('applies the 200k cliff to every token, output included', () => {
    expect(
      total({
        provider: 'anthropic',
        model: 'claude-sonnet-4-5',
        usage: { input_tokens: 200_000, output_tokens: 0 },
      }),
    ).toBe('0.6');
    expect(
      total({
        provider: 'anthropic',
        model: 'claude-sonnet-4-5',
        usage: { input_tokens: 200_001, output_tokens: 0 },
      }),
    ).toBe('1.200006');
    const usage = { input_tokens: 100_000, cache_read_input_tokens: 100_001, output_tokens: 1000 };
    // 100000 x 6 + 100001 x 0.6 + 1000 x 22.5
    expect(total({ provider: 'anthropic', model: 'claude-sonnet-4-20250514', usage })).toBe(
      '0.6825006',
    );
  });

  it('drops the surcharge for Sonnet 4.6 from 2026-03-13', () => {
    const usage = { input_tokens: 300_000, output_tokens: 0 };
    expect(
      total({ provider: 'anthropic', model: 'claude-sonnet-4-6', usage, at: '2026-03-12' }),
    ).toBe('1.8');
    expect(
      total({ provider: 'anthropic', model: 'claude-sonnet-4-6', usage, at: '2026-03-13' }),
    ).toBe('0.9');
  });

  it('charges web searches per thousand and web fetches nothing', () => {
    const usage = {
      input_tokens: 100,
      output_tokens: 50,
      server_tool_use: { web_search_requests: 2, web_fetch_requests: 4 },
    };
    const cost = computeCost({ provider: 'anthropic', model: 'claude-3-7-sonnet-20250219', usage });
    expect(cost.totalUsd).toBe('0.02105');
    expect(cost.lines.at(-1)).toEqual({
      kind: 'web_fetch',
      count: 4,
      rateUsd: '0',
      unit: 'per_thousand_calls',
      usd: '0',
    });
  });

  it('halves every rate for batch results, also when usage says service_tier batch', () => {
    const usage = { input_tokens: 1000, cache_read_input_tokens: 1000, output_tokens: 1000 };
    expect(total({ provider: 'anthropic', model: 'claude-opus-4-5', usage, batch: true })).toBe(
      '0.01525',
    );
    expect(
      total({
        provider: 'anthropic',
        model: 'claude-opus-4-5',
        usage: { ...usage, service_tier: 'batch' },
      }),
    ).toBe('0.01525');
    // Anthropic priority has no public rate: standard.
    expect(
      total({
        provider: 'anthropic',
        model: 'claude-opus-4-5',
        usage: { ...usage, service_tier: 'priority' },
      }),
    ).toBe('0.0305');
  });

  it('follows Sonnet 5 from its introductory price to its standard price', () => {
    const usage = { input_tokens: 1_000_000, output_tokens: 0 };
    expect(
      total({ provider: 'anthropic', model: 'claude-sonnet-5', usage, at: '2026-08-31T23:59:59Z' }),
    ).toBe('2');
    expect(
      total({ provider: 'anthropic', model: 'claude-sonnet-5', usage, at: '2026-09-01T00:00:00Z' }),
    ).toBe('3');
  });
});

describe('computeCost: refusals', () => {
  it('refuses an unknown model with suggestions', () => {
    try {
      computeCost({
        provider: 'openai',
        model: 'gpt-4o-mni',
        usage: { prompt_tokens: 1, completion_tokens: 1 },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownModelError);
      const e = error as UnknownModelError;
      expect(e.code).toBe('UNKNOWN_MODEL');
      expect(e.suggestions[0]).toBe('gpt-4o-mini');
      expect(e.message).toMatch(
        /No openai price for model "gpt-4o-mni".*Closest known ids: gpt-4o-mini/,
      );
    }
  });

  it('refuses bad usage with INVALID_USAGE', () => {
    expect(() =>
      computeCost({
        provider: 'anthropic',
        model: 'claude-opus-4-5',
        usage: { input_tokens: 1.5, output_tokens: 1 },
      }),
    ).toThrow(InvalidUsageError);
  });
});
