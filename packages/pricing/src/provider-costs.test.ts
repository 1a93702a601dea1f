/**
 * Cost vectors per provider. Each expected total is worked out by hand from the provider's
 * published per-million rates (shown in the comment), not read back from the tables.
 */
import { describe, expect, it } from 'vitest';
import type { ComputeCostOptions } from './compute-cost.js';
import { computeCost } from './compute-cost.js';

const NOW = '2026-11-29';

function total(options: Omit<ComputeCostOptions, 'at'> & { at?: string }): string {
  return computeCost({ at: NOW, ...options }).totalUsd;
}

describe('Gemini API (google)', () => {
  it('bills cached prompt tokens at the cache rate and thoughts as output', () => {
    // gemini-2.5-pro <= 200k: input 1.25, cached 0.125, output 10.
    // 6,000 uncached x 1.25 + 4,000 cached x 0.125 + (500 + 1,500 thoughts) x 10 = 0.0075 + 0.0005 + 0.02
    const usageMetadata = {
      promptTokenCount: 10_000,
      cachedContentTokenCount: 4_000,
      candidatesTokenCount: 500,
      thoughtsTokenCount: 1_500,
      totalTokenCount: 12_000,
    };
    expect(total({ provider: 'google', model: 'gemini-2.5-pro', usage: usageMetadata })).toBe(
      '0.028',
    );
    // The whole response is accepted too, and the reasoning part is reported.
    const cost = computeCost({
      provider: 'google',
      model: 'models/gemini-2.5-pro',
      usage: { candidates: [], usageMetadata, modelVersion: 'gemini-2.5-pro' },
    });
    expect(cost.totalUsd).toBe('0.028');
    expect(cost.lines.map((line) => [line.kind, line.tokens])).toEqual([
      ['input', 6_000],
      ['cache_read', 4_000],
      ['output', 2_000],
    ]);
  });

  it('bills every token at the long-context rate past the 200k cliff, not at it', () => {
    // > 200,000 prompt tokens: input 2.5, output 15 for all tokens: 250,000 x 2.5 + 1,000 x 15.
    const above = { promptTokenCount: 250_000, candidatesTokenCount: 1_000 };
    const cost = computeCost({ provider: 'google', model: 'gemini-2.5-pro', usage: above });
    expect(cost.totalUsd).toBe('0.64');
    expect(cost.longContext).toBe(true);
    // Exactly 200,000: base rates, 200,000 x 1.25 + 1,000 x 10.
    const at = { promptTokenCount: 200_000, candidatesTokenCount: 1_000 };
    expect(total({ provider: 'google', model: 'gemini-2.5-pro', usage: at })).toBe('0.26');
  });

  it('bills tool-use prompt tokens as input, and dated snapshots as their family', () => {
    // gemini-2.5-flash: input 0.3, output 2.5. (1,000 + 500 tool-use) x 0.3 + 100 x 2.5.
    const usage = {
      promptTokenCount: 1_000,
      toolUsePromptTokenCount: 500,
      candidatesTokenCount: 100,
    };
    expect(total({ provider: 'google', model: 'gemini-2.5-flash', usage })).toBe('0.0007');
    // gemini-2.0-flash: 0.1 / 0.4. The -001 version bills as the family.
    const small = { promptTokenCount: 10_000, candidatesTokenCount: 1_000 };
    expect(total({ provider: 'google', model: 'gemini-2.0-flash-001', usage: small })).toBe(
      '0.0014',
    );
  });

  it('halves every rate for Batch API results', () => {
    // gemini-2.5-pro batch: 0.625 / 5. 10,000 x 0.625 + 1,000 x 5.
    const usage = { promptTokenCount: 10_000, candidatesTokenCount: 1_000 };
    expect(total({ provider: 'google', model: 'gemini-2.5-pro', usage, batch: true })).toBe(
      '0.01125',
    );
  });

  it('takes Gemini through its OpenAI-compatible endpoint as well', () => {
    // prompt 10,000 with 4,000 cached, completion 2,000 (reasoning inside): same as above.
    const usage = {
      prompt_tokens: 10_000,
      completion_tokens: 2_000,
      total_tokens: 12_000,
      prompt_tokens_details: { cached_tokens: 4_000 },
      completion_tokens_details: { reasoning_tokens: 1_500 },
    };
    expect(total({ provider: 'google', model: 'gemini-2.5-pro', usage })).toBe('0.028');
  });
});

describe('Vertex AI (vertex)', () => {
  it('prices Claude by its Vertex id at the regional-endpoint rate, with cache writes and reads', () => {
    // Sonnet 4.5 on a regional endpoint: Anthropic's 3 / 0.3 / 3.75 / 15 plus 10% = 3.3 / 0.33 / 4.125 / 16.5.
    // 1,000 x 3.3 + 2,000 x 0.33 + 1,000 x 4.125 + 500 x 16.5 = 0.0033 + 0.00066 + 0.004125 + 0.00825
    const usage = {
      input_tokens: 1_000,
      cache_read_input_tokens: 2_000,
      cache_creation_input_tokens: 1_000,
      output_tokens: 500,
    };
    expect(total({ provider: 'vertex', model: 'claude-sonnet-4-5@20250929', usage })).toBe(
      '0.016335',
    );
  });

  it('applies the Claude long-context cliff on total input, cache tokens included', () => {
    // 150,000 input + 60,000 cache reads = 210,000 > 200,000: 6.6 input, 0.66 read, 24.75 output.
    // 150,000 x 6.6 + 60,000 x 0.66 + 1,000 x 24.75 = 0.99 + 0.0396 + 0.02475
    const usage = { input_tokens: 150_000, cache_read_input_tokens: 60_000, output_tokens: 1_000 };
    expect(total({ provider: 'vertex', model: 'claude-sonnet-4-5', usage })).toBe('1.05435');
  });

  it('prices Gemini on Vertex from usageMetadata', () => {
    // gemini-2.5-pro: 1,000 x 1.25 + 1,000 x 10.
    const usage = { usageMetadata: { promptTokenCount: 1_000, candidatesTokenCount: 1_000 } };
    expect(total({ provider: 'vertex', model: 'gemini-2.5-pro', usage })).toBe('0.01125');
  });
});

describe('Amazon Bedrock (bedrock)', () => {
  it('prices Converse usage with cache reads and writes outside inputTokens', () => {
    // us. cross-region profile of Sonnet 4.5 bills the regional 3.3 / 0.33 / 4.125 / 16.5.
    // 1,000 x 3.3 + 2,000 x 0.33 + 1,000 x 4.125 + 500 x 16.5
    const usage = {
      inputTokens: 1_000,
      outputTokens: 500,
      cacheReadInputTokens: 2_000,
      cacheWriteInputTokens: 1_000,
      totalTokens: 4_500,
    };
    expect(
      total({ provider: 'bedrock', model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', usage }),
    ).toBe('0.016335');
  });

  it('prices the global profile at its own (lower) rate', () => {
    // global.: 3 / 15. 1,000 x 3 + 1,000 x 15.
    const usage = { inputTokens: 1_000, outputTokens: 1_000, totalTokens: 2_000 };
    expect(
      total({
        provider: 'bedrock',
        model: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
        usage,
      }),
    ).toBe('0.018');
  });

  it('prices Nova with cache reads, Llama from InvokeModel counts, and Claude Messages usage', () => {
    // Nova Pro 0.8 / 0.2 cached / 3.2: 1,000 x 0.8 + 3,000 x 0.2 + 200 x 3.2.
    const nova = { inputTokens: 1_000, outputTokens: 200, cacheReadInputTokens: 3_000 };
    expect(total({ provider: 'bedrock', model: 'eu.amazon.nova-pro-v1:0', usage: nova })).toBe(
      '0.00204',
    );
    // Llama 3.3 70B 0.72 / 0.72: (1,000 + 500) x 0.72.
    const llama = { prompt_token_count: 1_000, generation_token_count: 500, stop_reason: 'stop' };
    expect(
      total({ provider: 'bedrock', model: 'meta.llama3-3-70b-instruct-v1:0', usage: llama }),
    ).toBe('0.00108');
    // AnthropicBedrock returns Messages usage: 1,000 x 3.3 + 100 x 16.5.
    const messages = { input_tokens: 1_000, output_tokens: 100 };
    expect(
      total({
        provider: 'bedrock',
        model: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
        usage: messages,
      }),
    ).toBe('0.00495');
  });
});

describe('Azure OpenAI (azure)', () => {
  it('prices chat and embeddings at the Global Standard (OpenAI) rates', () => {
    // gpt-4o 2.5 / 1.25 cached / 10: 500 x 2.5 + 500 x 1.25 + 100 x 10.
    const usage = {
      prompt_tokens: 1_000,
      completion_tokens: 100,
      prompt_tokens_details: { cached_tokens: 500 },
    };
    expect(total({ provider: 'azure', model: 'gpt-4o-2024-08-06', usage })).toBe('0.002875');
    // text-embedding-3-small 0.02: 1,000 x 0.02.
    const embedding = { prompt_tokens: 1_000, total_tokens: 1_000 };
    expect(total({ provider: 'azure', model: 'text-embedding-3-small', usage: embedding })).toBe(
      '0.00002',
    );
  });
});

describe('DeepSeek (deepseek)', () => {
  it('splits prompt tokens into cache hits and misses, at the price in force', () => {
    // V3.2 prices from 2025-09-29: miss 0.28, hit 0.028, output 0.42.
    // 2,000 x 0.28 + 8,000 x 0.028 + 1,000 x 0.42 = 0.00056 + 0.000224 + 0.00042
    const usage = {
      prompt_tokens: 10_000,
      completion_tokens: 1_000,
      total_tokens: 11_000,
      prompt_cache_hit_tokens: 8_000,
      prompt_cache_miss_tokens: 2_000,
    };
    expect(total({ provider: 'deepseek', model: 'deepseek-chat', usage })).toBe('0.001204');
    // Launch prices (before 2025-09-05): miss 0.27, hit 0.07, output 1.1.
    expect(total({ provider: 'deepseek', model: 'deepseek-chat', usage, at: '2025-03-01' })).toBe(
      '0.0022',
    );
  });

  it('bills reasoner thinking inside completion_tokens once', () => {
    // deepseek-reasoner from 2025-09-29: 0.28 / 0.42. 1,000 x 0.28 + 3,000 x 0.42.
    const usage = {
      prompt_tokens: 1_000,
      completion_tokens: 3_000,
      total_tokens: 4_000,
      prompt_cache_hit_tokens: 0,
      prompt_cache_miss_tokens: 1_000,
      completion_tokens_details: { reasoning_tokens: 2_500 },
    };
    expect(total({ provider: 'deepseek', model: 'deepseek-reasoner', usage })).toBe('0.00154');
  });
});

describe('xAI (xai)', () => {
  it('adds reasoning tokens that total_tokens shows outside completion_tokens', () => {
    // grok-4: 3 / 0.75 cached / 15. 800 x 3 + 200 x 0.75 + (100 + 300 reasoning) x 15.
    const usage = {
      prompt_tokens: 1_000,
      completion_tokens: 100,
      total_tokens: 1_400,
      prompt_tokens_details: { cached_tokens: 200 },
      completion_tokens_details: { reasoning_tokens: 300 },
    };
    expect(total({ provider: 'xai', model: 'grok-4', usage })).toBe('0.00855');
    // Counted inside (total = prompt + completion): the same tokens, billed once.
    const inside = { ...usage, completion_tokens: 400, total_tokens: 1_400 };
    expect(total({ provider: 'xai', model: 'grok-4', usage: inside })).toBe('0.00855');
  });

  it('reads reasoning as outside when xAI usage has no total', () => {
    // grok-3-mini 0.3 / 0.5: 1,000 x 0.3 + (100 + 900) x 0.5.
    const usage = {
      prompt_tokens: 1_000,
      completion_tokens: 100,
      completion_tokens_details: { reasoning_tokens: 900 },
    };
    expect(total({ provider: 'xai', model: 'grok-3-mini', usage })).toBe('0.0008');
  });
});

describe('OpenAI-compatible providers', () => {
  it('mistral: 2,000 x 0.5 + 1,000 x 1.5 on mistral-large-2512', () => {
    const usage = { prompt_tokens: 2_000, completion_tokens: 1_000, total_tokens: 3_000 };
    expect(total({ provider: 'mistral', model: 'mistral-large-2512', usage })).toBe('0.0025');
  });

  it('mistral: cache hits reported as num_cached_tokens are billed at the cache rate', () => {
    // mistral-large-2512: input 0.5, cached 0.05, output 1.5.
    // 1,200 uncached x 0.5 + 800 cached x 0.05 + 1,000 x 1.5 = 0.0006 + 0.00004 + 0.0015
    const usage = {
      prompt_tokens: 2_000,
      completion_tokens: 1_000,
      total_tokens: 3_000,
      num_cached_tokens: 800,
    };
    expect(total({ provider: 'mistral', model: 'mistral-large-2512', usage })).toBe('0.00214');
  });

  it('groq: 1,000 x 0.59 + 1,000 x 0.79, half on the batch API', () => {
    const usage = { prompt_tokens: 1_000, completion_tokens: 1_000, total_tokens: 2_000 };
    expect(total({ provider: 'groq', model: 'llama-3.3-70b-versatile', usage })).toBe('0.00138');
    expect(total({ provider: 'groq', model: 'llama-3.3-70b-versatile', usage, batch: true })).toBe(
      '0.00069',
    );
  });

  it('together: vendor/model ids, any case: 2,000 x 0.88', () => {
    const usage = { prompt_tokens: 1_000, completion_tokens: 1_000 };
    expect(
      total({ provider: 'together', model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo', usage }),
    ).toBe('0.00176');
  });

  it('fireworks: account paths and cached prompt tokens: 500 x 0.56 + 500 x 0.28 + 100 x 1.68', () => {
    const usage = {
      prompt_tokens: 1_000,
      completion_tokens: 100,
      prompt_tokens_details: { cached_tokens: 500 },
    };
    expect(
      total({ provider: 'fireworks', model: 'accounts/fireworks/models/deepseek-v3p2', usage }),
    ).toBe('0.000588');
  });

  it('openrouter: cache reads and writes inside prompt_tokens, reasoning inside completion', () => {
    // anthropic/claude-sonnet-4.5 3 / 0.3 read / 3.75 write / 15:
    // 1,000 x 3 + 2,000 x 0.3 + 1,000 x 3.75 + 500 x 15 = 0.003 + 0.0006 + 0.00375 + 0.0075
    const usage = {
      prompt_tokens: 4_000,
      completion_tokens: 500,
      total_tokens: 4_500,
      prompt_tokens_details: { cached_tokens: 2_000, cache_write_tokens: 1_000 },
      completion_tokens_details: { reasoning_tokens: 200 },
      cost: 0.01485,
    };
    const cost = computeCost({
      provider: 'openrouter',
      model: 'anthropic/claude-sonnet-4.5',
      usage,
    });
    expect(cost.totalUsd).toBe('0.01485');
    // What OpenRouter reports it billed comes along, exact, for the adapter to settle on.
    expect(cost.reportedUsd).toBe('0.01485');
    expect(
      computeCost({
        provider: 'openrouter',
        model: 'anthropic/claude-sonnet-4.5',
        usage: { ...usage, cost: 0.1 + 0.2 },
      }).reportedUsd,
    ).toBe('0.30000000000000004');
    expect(() =>
      computeCost({
        provider: 'openrouter',
        model: 'anthropic/claude-sonnet-4.5',
        usage: { ...usage, cost: -1 },
      }),
    ).toThrow(/cost: expected the reported cost as a non-negative decimal, received -1/);
  });
});

describe('model ids as each provider sends them', () => {
  it.each([
    [
      'bedrock',
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'anthropic.claude-sonnet-4-5-20250929-v1:0',
    ],
    [
      'bedrock',
      'anthropic.claude-sonnet-4-5-20250929-v1:0',
      'anthropic.claude-sonnet-4-5-20250929-v1:0',
    ],
    ['bedrock', 'jp.amazon.nova-pro-v1:0', 'amazon.nova-pro-v1:0'],
    ['bedrock', 'anthropic.claude-opus-4-5-20251101-v1:0', 'anthropic.claude-opus-4-5-v1:0'],
    ['vertex', 'claude-opus-4-1@20250805', 'claude-opus-4-1'],
    ['vertex', 'claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ['mistral', 'mistral-medium-latest', 'mistral-medium-3'],
    ['vertex', 'publishers/google/models/gemini-2.5-flash', 'gemini-2.5-flash'],
    ['google', 'gemini-2.5-pro-preview-06-05', 'gemini-2.5-pro'],
    ['openrouter', 'OpenAI/GPT-4o', 'openai/gpt-4o'],
    ['xai', 'grok-4-latest', 'grok-4-0709'],
  ] as const)('%s %s resolves to %s', (provider, id, canonical) => {
    expect(
      computeCost({ provider, model: id, usage: { inputTokens: 0, outputTokens: 0 } }).model,
    ).toBe(canonical);
  });

  it('keeps the global Bedrock profile apart from the regional one', () => {
    const usage = { inputTokens: 0, outputTokens: 0 };
    expect(
      computeCost({
        provider: 'bedrock',
        model: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
        usage,
      }).model,
    ).toBe('global.anthropic.claude-sonnet-4-5-20250929-v1:0');
  });
});
