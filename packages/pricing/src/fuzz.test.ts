import { TollgateError } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { estimateCost } from './estimate-cost.js';
import { createPricing } from './pricing.js';
import { PROVIDERS } from './schema.js';
import { parsePricingTable } from './validate-table.js';

function outcome(operation: () => unknown): 'value' | 'typed' | 'untyped' {
  try {
    operation();
    return 'value';
  } catch (error) {
    return TollgateError.isInstance(error) ? 'typed' : 'untyped';
  }
}

const count = fc.oneof(
  fc.nat(),
  fc.double(),
  fc.integer({ min: -5, max: -1 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5, '12', null),
);
const usage = fc.oneof(
  fc.anything(),
  fc.record(
    {
      prompt_tokens: count,
      completion_tokens: count,
      prompt_tokens_details: fc.oneof(fc.anything(), fc.record({ cached_tokens: count })),
      completion_tokens_details: fc.oneof(fc.anything(), fc.record({ reasoning_tokens: count })),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      input_tokens: count,
      output_tokens: count,
      cache_read_input_tokens: count,
      cache_creation_input_tokens: count,
      cache_creation: fc.oneof(
        fc.anything(),
        fc.record({ ephemeral_5m_input_tokens: count, ephemeral_1h_input_tokens: count }),
      ),
      server_tool_use: fc.oneof(fc.anything(), fc.record({ web_search_requests: count })),
      service_tier: fc.oneof(fc.string(), fc.constantFrom('standard', 'batch', 'priority')),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      promptTokenCount: count,
      candidatesTokenCount: count,
      cachedContentTokenCount: count,
      thoughtsTokenCount: count,
      toolUsePromptTokenCount: count,
    },
    { requiredKeys: [] },
  ),
  fc.record({ usageMetadata: fc.anything() }),
  fc.record(
    {
      inputTokens: count,
      outputTokens: count,
      totalTokens: count,
      cacheReadInputTokens: count,
      cacheWriteInputTokens: count,
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      prompt_tokens: count,
      completion_tokens: count,
      total_tokens: count,
      prompt_cache_hit_tokens: count,
      prompt_cache_miss_tokens: count,
      prompt_token_count: count,
      generation_token_count: count,
    },
    { requiredKeys: [] },
  ),
);
const provider = fc.oneof(fc.constantFrom(...PROVIDERS), fc.anything());
const model = fc.oneof(
  fc.constantFrom(
    'gpt-4o',
    'claude-sonnet-4-5',
    'GPT-4O-2024-08-06',
    'openai/gpt-4.1',
    'gemini-2.5-pro',
    'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    'deepseek-chat',
    'grok-4',
  ),
  fc.string(),
  fc.anything(),
);

describe('bad input ends in a typed error (fuzz)', () => {
  it('computeCost', () => {
    fc.assert(
      fc.property(
        provider,
        model,
        usage,
        fc.oneof(fc.anything(), fc.constantFrom('flex', 'priority', 'auto')),
        (providerName, modelId, usageObject, tier) => {
          expect(
            outcome(() =>
              computeCost({
                provider: providerName,
                model: modelId,
                usage: usageObject,
                serviceTier: tier,
              } as never),
            ),
          ).not.toBe('untyped');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('estimateCost', () => {
    fc.assert(
      fc.property(
        provider,
        model,
        count,
        count,
        fc.anything(),
        (providerName, modelId, inputTokens, maxOutputTokens, toolFees) => {
          expect(
            outcome(() =>
              estimateCost({
                provider: providerName,
                model: modelId,
                inputTokens,
                maxOutputTokens,
                toolFees,
              } as never),
            ),
          ).not.toBe('untyped');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('price tables and overrides', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            provider,
            version: fc.anything(),
            models: fc.array(fc.anything(), { maxLength: 3 }),
          }),
        ),
        (table) => {
          expect(outcome(() => parsePricingTable(table))).not.toBe('untyped');
          expect(outcome(() => createPricing({ tables: [table] } as never))).not.toBe('untyped');
          expect(outcome(() => createPricing({ overrides: table } as never))).not.toBe('untyped');
        },
      ),
      { numRuns: 300 },
    );
  });
});
