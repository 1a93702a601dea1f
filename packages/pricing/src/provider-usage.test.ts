import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from './errors.js';
import { normalizeUsage } from './normalize-usage.js';

function issues(run: () => unknown): Array<{ path: string; message: string }> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidUsageError);
    return [...(error as InvalidUsageError).issues];
  }
  throw new Error('expected INVALID_USAGE');
}

describe('provider usage shapes', () => {
  it('normalises Gemini usageMetadata: cached inside the prompt, thoughts and tool-use prompts on top', () => {
    expect(
      normalizeUsage('google', {
        promptTokenCount: 100,
        cachedContentTokenCount: 40,
        toolUsePromptTokenCount: 7,
        candidatesTokenCount: 10,
        thoughtsTokenCount: 5,
      }),
    ).toEqual({
      inputTokens: 67,
      cacheReadTokens: 40,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      outputTokens: 15,
      reasoningTokens: 5,
    });
  });

  it('normalises Converse usage with cache counts outside inputTokens', () => {
    expect(
      normalizeUsage('bedrock', {
        inputTokens: 10,
        outputTokens: 3,
        cacheReadInputTokens: 20,
        cacheWriteInputTokens: 30,
        totalTokens: 63,
      }),
    ).toEqual({
      inputTokens: 10,
      cacheReadTokens: 20,
      cacheWrite5mTokens: 30,
      cacheWrite1hTokens: 0,
      outputTokens: 3,
    });
  });

  it('reads Claude Messages usage on Bedrock and Vertex, 1-hour writes and searches included', () => {
    expect(
      normalizeUsage('vertex', {
        input_tokens: 5,
        output_tokens: 6,
        cache_creation_input_tokens: 30,
        cache_creation: { ephemeral_1h_input_tokens: 10 },
        output_tokens_details: { thinking_tokens: 2 },
        server_tool_use: { web_search_requests: 1 },
      }),
    ).toEqual({
      inputTokens: 5,
      cacheReadTokens: 0,
      cacheWrite5mTokens: 20,
      cacheWrite1hTokens: 10,
      outputTokens: 6,
      reasoningTokens: 2,
      webSearchRequests: 1,
    });
  });

  it('reads Responses-style usage from OpenAI-compatible providers', () => {
    expect(
      normalizeUsage('openrouter', {
        input_tokens: 10,
        output_tokens: 4,
        input_tokens_details: { cached_tokens: 3 },
      }),
    ).toMatchObject({ inputTokens: 7, cacheReadTokens: 3, outputTokens: 4 });
    // Embeddings: no completion count, no output.
    expect(normalizeUsage('mistral', { prompt_tokens: 9, total_tokens: 9 })).toMatchObject({
      inputTokens: 9,
      outputTokens: 0,
    });
  });

  it('takes normalised usage for every provider, and validates it', () => {
    expect(normalizeUsage('groq', { inputTokens: 1, outputTokens: 2 })).toMatchObject({
      inputTokens: 1,
      outputTokens: 2,
    });
    expect(issues(() => normalizeUsage('groq', { inputTokens: -1, outputTokens: 2 }))).toEqual([
      expect.objectContaining({ path: 'inputTokens' }),
    ]);
  });

  it('refuses a shape that matches nothing, saying what was expected and what arrived', () => {
    const [issue] = issues(() => normalizeUsage('bedrock', { tokens: 5 }));
    expect(issue?.message).toMatch(/expected bedrock usage as returned \(Converse \{ inputTokens/);
    expect(issue?.message).toMatch(/received an object with keys \[tokens\]/);
    expect(issues(() => normalizeUsage('google', {}))[0]?.message).toMatch(
      /Gemini usageMetadata \{ promptTokenCount/,
    );
    expect(issues(() => normalizeUsage('xai', { foo: 1 }))[0]?.message).toMatch(
      /OpenAI-compatible \{ prompt_tokens/,
    );
    expect(issues(() => normalizeUsage('xai', null))[0]?.message).toMatch(/usage object/);
  });

  it('lists every bad count with its path', () => {
    expect(
      issues(() =>
        normalizeUsage('google', {
          promptTokenCount: 10,
          cachedContentTokenCount: 20,
          candidatesTokenCount: -1,
        }),
      ).map((issue) => issue.path),
    ).toEqual(['candidatesTokenCount', 'cachedContentTokenCount']);
    expect(
      issues(() => normalizeUsage('bedrock', { inputTokens: 1.5, cacheReadInputTokens: 'x' })).map(
        (issue) => issue.path,
      ),
    ).toEqual(['inputTokens', 'cacheReadInputTokens', 'outputTokens']);
    expect(
      issues(() => normalizeUsage('bedrock', { prompt_token_count: 1 })).map((i) => i.path),
    ).toEqual(['generation_token_count']);
    expect(issues(() => normalizeUsage('vertex', { input_tokens: 1 })).map((i) => i.path)).toEqual([
      'output_tokens',
    ]);
  });

  it('refuses OpenAI-compatible counts that contradict each other', () => {
    expect(
      issues(() =>
        normalizeUsage('deepseek', {
          prompt_tokens: 10,
          completion_tokens: 1,
          prompt_cache_hit_tokens: 8,
          prompt_cache_miss_tokens: 5,
        }),
      )[0],
    ).toEqual({
      path: 'prompt_cache_hit_tokens',
      message: 'cache hits (8) and misses (5) must add up to prompt_tokens (10)',
    });
    // A hit count alone implies the misses.
    expect(
      normalizeUsage('deepseek', {
        prompt_tokens: 10,
        completion_tokens: 1,
        prompt_cache_hit_tokens: 4,
      }),
    ).toMatchObject({ inputTokens: 6, cacheReadTokens: 4 });
    expect(
      issues(() =>
        normalizeUsage('fireworks', {
          prompt_tokens: 10,
          completion_tokens: 1,
          prompt_tokens_details: { cached_tokens: 11 },
        }),
      )[0]?.path,
    ).toBe('prompt_tokens_details');
    expect(
      issues(() =>
        normalizeUsage('together', {
          prompt_tokens: 10,
          completion_tokens: 1,
          total_tokens: 11,
          completion_tokens_details: { reasoning_tokens: 5 },
        }),
      )[0]?.path,
    ).toBe('completion_tokens_details.reasoning_tokens');
  });
});
