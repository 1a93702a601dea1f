import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from './errors.js';
import { isNormalizedUsage, normalizeUsage } from './normalize-usage.js';

describe('normalizeUsage: OpenAI', () => {
  it('takes cached tokens out of prompt_tokens (Chat Completions)', () => {
    const usage = {
      prompt_tokens: 2006,
      completion_tokens: 300,
      total_tokens: 2306,
      prompt_tokens_details: { cached_tokens: 1920 },
      completion_tokens_details: { reasoning_tokens: 100, rejected_prediction_tokens: 5 },
    };
    expect(normalizeUsage('openai', usage)).toEqual({
      inputTokens: 86,
      cacheReadTokens: 1920,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      outputTokens: 300,
      reasoningTokens: 100,
    });
  });

  it('reads Responses usage, cache writes included in input_tokens', () => {
    const usage = {
      input_tokens: 1000,
      input_tokens_details: { cached_tokens: 200, cache_write_tokens: 300 },
      output_tokens: 50,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 1050,
    };
    expect(normalizeUsage('openai', usage)).toMatchObject({
      inputTokens: 500,
      cacheReadTokens: 200,
      cacheWrite5mTokens: 300,
      outputTokens: 50,
    });
  });

  it('reads Responses usage without any details', () => {
    expect(
      normalizeUsage('openai', { input_tokens: 37, output_tokens: 11, total_tokens: 48 }),
    ).toMatchObject({ inputTokens: 37, outputTokens: 11 });
  });

  it('reads Embeddings usage (no output)', () => {
    expect(normalizeUsage('openai', { prompt_tokens: 8, total_tokens: 8 })).toMatchObject({
      inputTokens: 8,
      outputTokens: 0,
    });
  });

  it('keeps a service_tier found in the object', () => {
    expect(
      normalizeUsage('openai', { prompt_tokens: 1, completion_tokens: 1, service_tier: 'flex' })
        .serviceTier,
    ).toBe('flex');
  });

  it('refuses cached tokens above the prompt and reasoning above the output', () => {
    const bad = {
      prompt_tokens: 10,
      completion_tokens: 1,
      prompt_tokens_details: { cached_tokens: 11 },
      completion_tokens_details: { reasoning_tokens: 2 },
    };
    const error = catchError(() => normalizeUsage('openai', bad));
    expect(error).toBeInstanceOf(InvalidUsageError);
    expect((error as InvalidUsageError).issues.map((i) => i.path)).toEqual([
      'prompt_tokens_details',
      'completion_tokens_details.reasoning_tokens',
    ]);
  });

  it('refuses a Responses usage without output_tokens', () => {
    expect(() => normalizeUsage('openai', { input_tokens: 1 })).toThrow(/output_tokens/);
  });
});

describe('normalizeUsage: Anthropic', () => {
  it('keeps cache tokens outside input_tokens and splits writes by TTL', () => {
    const usage = {
      input_tokens: 415,
      cache_creation_input_tokens: 300,
      cache_read_input_tokens: 50,
      cache_creation: { ephemeral_5m_input_tokens: 100, ephemeral_1h_input_tokens: 200 },
      output_tokens: 76,
      output_tokens_details: { thinking_tokens: 20 },
      server_tool_use: { web_search_requests: 2, web_fetch_requests: 1 },
      service_tier: 'standard',
    };
    expect(normalizeUsage('anthropic', usage)).toEqual({
      inputTokens: 415,
      cacheReadTokens: 50,
      cacheWrite5mTokens: 100,
      cacheWrite1hTokens: 200,
      outputTokens: 76,
      reasoningTokens: 20,
      webSearchRequests: 2,
      webFetchRequests: 1,
      serviceTier: 'standard',
    });
  });

  it('bills all writes at 5 minutes when no breakdown is given', () => {
    expect(
      normalizeUsage('anthropic', {
        input_tokens: 1,
        output_tokens: 1,
        cache_creation_input_tokens: 500,
        cache_read_input_tokens: null,
      }),
    ).toMatchObject({
      cacheWrite5mTokens: 500,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 0,
    });
  });

  it('bills writes missing from the breakdown at 5 minutes', () => {
    const usage = {
      input_tokens: 1,
      output_tokens: 1,
      cache_creation_input_tokens: 500,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 300 },
    };
    expect(normalizeUsage('anthropic', usage)).toMatchObject({
      cacheWrite5mTokens: 200,
      cacheWrite1hTokens: 300,
    });
  });

  it.each(['anthropic', 'bedrock', 'vertex'] as const)(
    'refuses a %s cache-write breakdown larger than its own total',
    (provider) => {
      const usage = {
        input_tokens: 0,
        output_tokens: 0,
        cache_creation_input_tokens: 100,
        cache_creation: { ephemeral_5m_input_tokens: 400, ephemeral_1h_input_tokens: 600 },
      };
      const error = catchError(() => normalizeUsage(provider, usage));
      expect(error).toBeInstanceOf(InvalidUsageError);
      expect((error as InvalidUsageError).issues).toEqual([
        {
          path: 'cache_creation',
          message:
            'cache writes by TTL (ephemeral_5m_input_tokens 400 + ephemeral_1h_input_tokens 600 = 1000) are part of cache_creation_input_tokens (100) and cannot exceed it',
        },
      ]);
    },
  );

  it('takes a breakdown that adds up to the total, or one without a total', () => {
    const breakdown = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 1000 };
    expect(
      normalizeUsage('anthropic', {
        input_tokens: 0,
        output_tokens: 0,
        cache_creation_input_tokens: 1000,
        cache_creation: breakdown,
      }),
    ).toMatchObject({ cacheWrite5mTokens: 0, cacheWrite1hTokens: 1000 });
    expect(
      normalizeUsage('anthropic', { input_tokens: 0, output_tokens: 0, cache_creation: breakdown }),
    ).toMatchObject({ cacheWrite5mTokens: 0, cacheWrite1hTokens: 1000 });
  });

  it('lists every bad count with its path', () => {
    const error = catchError(() =>
      normalizeUsage('anthropic', {
        input_tokens: -1,
        output_tokens: 1.5,
        cache_read_input_tokens: '3',
      }),
    );
    expect(error).toBeInstanceOf(InvalidUsageError);
    expect((error as InvalidUsageError).code).toBe('INVALID_USAGE');
    expect((error as InvalidUsageError).issues.map((i) => i.path)).toEqual([
      'input_tokens',
      'output_tokens',
      'cache_read_input_tokens',
    ]);
    expect((error as Error).message).toContain(
      'expected a non-negative integer token count, received -1',
    );
  });

  it('refuses missing counts and non-objects', () => {
    expect(() => normalizeUsage('anthropic', { output_tokens: 1 })).toThrow(
      /input_tokens: expected .* received undefined/,
    );
    expect(() => normalizeUsage('anthropic', null)).toThrow(InvalidUsageError);
    expect(() => normalizeUsage('anthropic', [1])).toThrow(/received an array of 1$/);
    expect(() => normalizeUsage('openai', 'usage')).toThrow(/received "usage" \(string\)$/);
  });
});

describe('normalizeUsage: normalised form', () => {
  it('is detected by its keys and validated', () => {
    const usage = {
      inputTokens: 5,
      outputTokens: 2,
      cacheReadTokens: 1,
      reasoningTokens: 1,
      webSearchRequests: 1,
      webFetchRequests: 0,
      serviceTier: 'priority',
    };
    expect(isNormalizedUsage(usage)).toBe(true);
    expect(isNormalizedUsage({ input_tokens: 1 })).toBe(false);
    expect(normalizeUsage('openai', usage)).toEqual({
      inputTokens: 5,
      cacheReadTokens: 1,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      outputTokens: 2,
      reasoningTokens: 1,
      webSearchRequests: 1,
      webFetchRequests: 0,
      serviceTier: 'priority',
    });
    expect(() => normalizeUsage('openai', { inputTokens: 1, outputTokens: -2 })).toThrow(
      InvalidUsageError,
    );
  });

  it('keeps a reported cost, so normalising twice loses nothing', () => {
    const raw = { prompt_tokens: 10, completion_tokens: 2, cost: 0.0005 };
    const once = normalizeUsage('openrouter', raw);
    expect(once.reportedCostUsd).toBe('0.0005');
    expect(normalizeUsage('openrouter', once)).toEqual(once);
    expect(normalizeUsage('openai', once)).toEqual(once);
    const error = catchError(() =>
      normalizeUsage('openrouter', { inputTokens: 1, outputTokens: 1, reportedCostUsd: 0.5 }),
    );
    expect(error).toBeInstanceOf(InvalidUsageError);
    expect(error).toMatchObject({
      issues: [
        {
          path: 'reportedCostUsd',
          message:
            'expected the reported cost as a non-negative decimal string, received 0.5 (number)',
        },
      ],
    });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
