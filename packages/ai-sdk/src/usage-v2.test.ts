/**
 * How a v2 step's flat usage is read when the provider's own usage is not at hand (a
 * stream, no response body, no raw Anthropic usage), through `ai` 5 and the AI SDK's v2
 * spec models under a real provider's name: priced as the provider's usage with the same
 * counts, the dearer reading where a count's rate cannot be told, and never $0.
 */
import { computeCost } from '@tollgate/pricing';
import type { LanguageModelV2StreamPart } from 'ai-sdk-provider-v2';
import { generateText, streamText } from 'ai-v5';
import { MockLanguageModelV2 } from 'ai-v5/test';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type WithBudgetOptions, withBudget } from './index.js';
import { budgetFor } from './test-support/providers.js';
import { only } from './test-support/scenarios.js';

type Usage = Extract<LanguageModelV2StreamPart, { type: 'finish' }>['usage'];
type Metadata = Extract<LanguageModelV2StreamPart, { type: 'finish' }>['providerMetadata'];

/** A v2 model of `provider` answering with `usage` and `providerMetadata`, streamed or not. */
function modelOf(provider: string, modelId: string, usage: Usage, providerMetadata?: Metadata) {
  const finish: LanguageModelV2StreamPart = {
    type: 'finish',
    finishReason: 'stop',
    usage,
    ...(providerMetadata === undefined ? {} : { providerMetadata }),
  };
  const parts: LanguageModelV2StreamPart[] = [
    { type: 'text-start', id: '1' },
    { type: 'text-delta', id: '1', delta: 'Hello' },
    { type: 'text-end', id: '1' },
    finish,
  ];
  return new MockLanguageModelV2({
    provider,
    modelId,
    doGenerate: async () => ({
      content: [{ type: 'text', text: 'Hello' }],
      finishReason: 'stop',
      usage,
      warnings: [],
      ...(providerMetadata === undefined ? {} : { providerMetadata }),
    }),
    doStream: async () => ({
      stream: new ReadableStream({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    }),
  });
}

async function step(
  model: MockLanguageModelV2,
  how: 'generate' | 'stream',
  options: Pick<WithBudgetOptions, 'provider'> = {},
) {
  const budget = budgetFor('v2-usage');
  const call = {
    model: withBudget(model, { budget, ...options }),
    prompt: 'Hi',
    maxOutputTokens: 500,
  };
  if (how === 'generate') await generateText(call);
  else await streamText(call).consumeStream();
  await budget.flush();
  expect((await budget.status()).reservedUsd).toBe('0');
  return only(budget.ledger());
}

const flatUsage = fc
  .record({
    input: fc.integer({ min: 0, max: 5_000 }),
    output: fc.integer({ min: 0, max: 500 }),
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    reasoningShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ input, output, cachedShare, reasoningShare }) => ({
    inputTokens: input,
    outputTokens: output,
    totalTokens: input + output,
    cachedInputTokens: Math.floor(input * cachedShare),
    reasoningTokens: Math.floor(output * reasoningShare),
  }));

describe('OpenAI flat usage is priced as the API usage with the same counts', () => {
  test.each([
    ['openai.chat', 'generate'],
    ['openai.chat', 'stream'],
    ['openai.responses', 'generate'],
    ['openai.responses', 'stream'],
  ] as const)('%s, %s', async (provider, how) => {
    await fc.assert(
      fc.asyncProperty(flatUsage, async (usage) => {
        const entry = await step(modelOf(provider, 'gpt-5', usage, { openai: {} }), how);
        const wire = {
          input_tokens: usage.inputTokens,
          output_tokens: usage.outputTokens,
          input_tokens_details: { cached_tokens: usage.cachedInputTokens },
          output_tokens_details: { reasoning_tokens: usage.reasoningTokens },
        };
        const exact = computeCost({ provider: 'openai', model: 'gpt-5', usage: wire });
        expect(entry.actualUsd).toBe(exact.totalUsd);
        expect(entry.details.partial).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  test('cache writes in the provider metadata are read', async () => {
    const usage = {
      inputTokens: 3_000,
      outputTokens: 10,
      totalTokens: 3_010,
      cachedInputTokens: 0,
    };
    const metadata = { openai: { usage: { cacheWriteTokens: 2_000 } } };
    const entry = await step(modelOf('openai.chat', 'gpt-5', usage, metadata), 'stream');
    expect(entry.details.tokens).toMatchObject({
      input: { uncached: 1_000, cacheWrite5m: 2_000 },
    });
  });
});

const generateOrStream = fc.constantFrom('generate' as const, 'stream' as const);

describe('OpenAI-compatible 1 flat usage is priced as the Chat usage with the same counts', () => {
  // A total that counts the reasoning beside the completion tells it is billed on top (xAI's way).
  test('with and without total_tokens (reasoning inside or outside), streamed or not', async () => {
    const totals = fc.constantFrom('none' as const, 'inside' as const, 'outside' as const);
    await fc.assert(
      fc.asyncProperty(flatUsage, totals, generateOrStream, async (flat, totalIs, how) => {
        const outside = totalIs === 'outside' ? flat.reasoningTokens : 0;
        const usage = { ...flat, totalTokens: flat.totalTokens + outside };
        const total = totalIs !== 'none';
        const reported = total ? usage : { ...usage, totalTokens: undefined };
        const model = modelOf('my-llm.chat', 'deepseek-chat', reported, { 'my-llm': {} });
        const entry = await step(model, how, { provider: 'deepseek' });
        const wire = {
          prompt_tokens: usage.inputTokens,
          completion_tokens: usage.outputTokens,
          ...(total ? { total_tokens: usage.totalTokens } : {}),
          prompt_tokens_details: { cached_tokens: usage.cachedInputTokens },
          completion_tokens_details: { reasoning_tokens: usage.reasoningTokens },
        };
        const exact = computeCost({ provider: 'deepseek', model: 'deepseek-chat', usage: wire });
        expect(entry.actualUsd).toBe(exact.totalUsd);
      }),
      { numRuns: 25 },
    );
  });
});

describe("DeepSeek 1 usage is priced as DeepSeek's usage with the same counts", () => {
  // @ai-sdk/deepseek 1 reads cachedInputTokens from prompt_cache_hit_tokens and writes the
  // hits and misses in its metadata, null when the API sent none.
  test('cache hits and misses from the metadata, reasoning inside the completion', async () => {
    const sentHits = fc.boolean();
    await fc.assert(
      fc.asyncProperty(flatUsage, sentHits, generateOrStream, async (flat, hitsSent, how) => {
        const hits = hitsSent ? flat.cachedInputTokens : 0;
        const usage = { ...flat, cachedInputTokens: hitsSent ? hits : undefined };
        const metadata = {
          deepseek: {
            promptCacheHitTokens: hitsSent ? hits : null,
            promptCacheMissTokens: hitsSent ? flat.inputTokens - hits : null,
          },
        };
        const entry = await step(
          modelOf('deepseek.chat', 'deepseek-reasoner', usage, metadata),
          how,
        );
        const wire = {
          prompt_tokens: flat.inputTokens,
          completion_tokens: flat.outputTokens,
          total_tokens: flat.totalTokens,
          ...(hitsSent
            ? { prompt_cache_hit_tokens: hits, prompt_cache_miss_tokens: flat.inputTokens - hits }
            : {}),
          completion_tokens_details: { reasoning_tokens: flat.reasoningTokens },
        };
        const exact = computeCost({
          provider: 'deepseek',
          model: 'deepseek-reasoner',
          usage: wire,
        });
        expect(entry.actualUsd).toBe(exact.totalUsd);
        expect(entry.details.partial).toBeUndefined();
        expect(entry.details.tokens).toMatchObject({ input: { cacheRead: hits } });
      }),
      { numRuns: 25 },
    );
  });

  test('hits and misses that do not add up to the prompt are not trusted: the hold is charged', async () => {
    const usage = {
      inputTokens: 1_000,
      outputTokens: 10,
      totalTokens: 1_010,
      cachedInputTokens: 100,
    };
    const metadata = { deepseek: { promptCacheHitTokens: 100, promptCacheMissTokens: 100 } };
    const entry = await step(
      modelOf('deepseek.chat', 'deepseek-chat', usage, metadata),
      'generate',
    );
    expect(entry.details).toMatchObject({ partial: true, usage: 'unreadable' });
    expect(entry.actualUsd).toBe(entry.reservedUsd);
  });
});

describe('xAI 2 usage is priced as the xAI usage it was read from', () => {
  /** xAI's usage: reasoning billed beside the completion, cached tokens within the prompt. */
  const xaiUsage = fc
    .record({
      prompt: fc.integer({ min: 0, max: 5_000 }),
      completion: fc.integer({ min: 0, max: 500 }),
      reasoning: fc.integer({ min: 0, max: 500 }),
      cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ prompt, cachedShare, ...counts }) => ({
      prompt,
      cached: Math.floor(prompt * cachedShare),
      ...counts,
    }));

  test('Chat: the reasoning it adds into outputTokens is charged once', async () => {
    await fc.assert(
      fc.asyncProperty(xaiUsage, generateOrStream, async (wire, how) => {
        const total = wire.prompt + wire.completion + wire.reasoning;
        // As @ai-sdk/xai 2's Chat model reports it (convertXaiChatUsage).
        const usage = {
          inputTokens: wire.prompt,
          outputTokens: wire.completion + wire.reasoning,
          totalTokens: total,
          reasoningTokens: wire.reasoning || undefined,
          cachedInputTokens: wire.cached || undefined,
        };
        const entry = await step(modelOf('xai.chat', 'grok-3-mini', usage), how);
        const exact = computeCost({
          provider: 'xai',
          model: 'grok-3-mini',
          usage: {
            prompt_tokens: wire.prompt,
            completion_tokens: wire.completion,
            total_tokens: total,
            prompt_tokens_details: { cached_tokens: wire.cached },
            completion_tokens_details: { reasoning_tokens: wire.reasoning },
          },
        });
        expect(entry.actualUsd).toBe(exact.totalUsd);
        expect(entry.details.partial).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  test('Responses: output and total as xAI sent them (without a total, reasoning on top)', async () => {
    const totals = fc.constantFrom('none' as const, 'inside' as const, 'outside' as const);
    await fc.assert(
      fc.asyncProperty(xaiUsage, totals, generateOrStream, async (drawn, totalIs, how) => {
        // Reasoning counted inside the output is part of it.
        const reasoning =
          totalIs === 'inside' ? Math.min(drawn.reasoning, drawn.completion) : drawn.reasoning;
        const wire = { ...drawn, reasoning };
        const counted = wire.prompt + wire.completion;
        const total =
          totalIs === 'none' ? undefined : counted + (totalIs === 'outside' ? wire.reasoning : 0);
        // As @ai-sdk/xai 2's Responses model reports it (convertXaiResponsesUsage).
        const usage = {
          inputTokens: wire.prompt,
          outputTokens: wire.completion,
          totalTokens: total,
          reasoningTokens: wire.reasoning || undefined,
          cachedInputTokens: wire.cached || undefined,
        };
        const entry = await step(modelOf('xai.responses', 'grok-3-mini', usage), how);
        const exact = computeCost({
          provider: 'xai',
          model: 'grok-3-mini',
          usage: {
            input_tokens: wire.prompt,
            output_tokens: wire.completion,
            ...(total === undefined ? {} : { total_tokens: total }),
            input_tokens_details: { cached_tokens: wire.cached },
            output_tokens_details: { reasoning_tokens: wire.reasoning },
          },
        });
        expect(entry.actualUsd).toBe(exact.totalUsd);
      }),
      { numRuns: 25 },
    );
  });

  test('a response body without usage is charged the hold, not the zeros the provider reports', async () => {
    const zeros = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
    const model = new MockLanguageModelV2({
      provider: 'xai.responses',
      modelId: 'grok-3-mini',
      doGenerate: async () => ({
        content: [{ type: 'text', text: 'Hello' }],
        finishReason: 'stop',
        usage: zeros,
        warnings: [],
        response: { body: { object: 'response', output: [], usage: null } },
      }),
    });
    const entry = await step(model, 'generate');
    expect(entry.details).toMatchObject({ partial: true, usage: 'unreadable' });
    expect(entry.actualUsd).toBe(entry.reservedUsd);
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
  });
});

describe('Groq 2 flat usage is priced as the Chat usage with the same counts', () => {
  test('prompt, cached and completion tokens with the total, streamed or not', async () => {
    await fc.assert(
      fc.asyncProperty(flatUsage, generateOrStream, async (flat, how) => {
        // @ai-sdk/groq 2 reads no reasoning count: Groq counts it inside the completion.
        const usage = { ...flat, reasoningTokens: undefined };
        const model = modelOf('groq.chat', 'openai/gpt-oss-120b', usage);
        const entry = await step(model, how);
        const wire = {
          prompt_tokens: flat.inputTokens,
          completion_tokens: flat.outputTokens,
          total_tokens: flat.totalTokens,
          prompt_tokens_details: { cached_tokens: flat.cachedInputTokens },
        };
        const exact = computeCost({ provider: 'groq', model: 'openai/gpt-oss-120b', usage: wire });
        expect(entry.actualUsd).toBe(exact.totalUsd);
        expect(entry.details.partial).toBeUndefined();
        expect(entry.details.tokens).toMatchObject({
          input: { cacheRead: flat.cachedInputTokens },
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('Together 1 and Fireworks 1 flat usage is priced as the Chat usage with the same counts', () => {
  test.each([
    ['togetherai.chat', 'together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'],
    ['fireworks.chat', 'fireworks', 'accounts/fireworks/models/gpt-oss-120b'],
  ] as const)(
    '%s: prompt, cached, completion and reasoning tokens with the total, streamed or not',
    async (name, provider, modelId) => {
      await fc.assert(
        fc.asyncProperty(flatUsage, generateOrStream, async (flat, how) => {
          // The OpenAI-compatible 1 chat model: reasoning inside the completion, as the total says.
          const metadata = { [name.split('.')[0] as string]: {} };
          const entry = await step(modelOf(name, modelId, flat, metadata), how);
          const wire = {
            prompt_tokens: flat.inputTokens,
            completion_tokens: flat.outputTokens,
            total_tokens: flat.totalTokens,
            prompt_tokens_details: { cached_tokens: flat.cachedInputTokens },
            completion_tokens_details: { reasoning_tokens: flat.reasoningTokens },
          };
          const exact = computeCost({ provider, model: modelId, usage: wire });
          expect(entry.actualUsd).toBe(exact.totalUsd);
          expect(entry.details.partial).toBeUndefined();
          expect(entry.details.tokens).toMatchObject({
            input: { cacheRead: flat.cachedInputTokens },
          });
        }),
        { numRuns: 25 },
      );
    },
  );
});

describe('Mistral 2 flat usage, which drops the cache hits, is never priced under the bill', () => {
  test('charged as the Chat usage without cache hits: the dearest the hits could be', async () => {
    await fc.assert(
      fc.asyncProperty(flatUsage, generateOrStream, async (flat, how) => {
        // @ai-sdk/mistral 2's flat usage: prompt, completion and total only.
        const usage = {
          inputTokens: flat.inputTokens,
          outputTokens: flat.outputTokens,
          totalTokens: flat.totalTokens,
        };
        const entry = await step(modelOf('mistral.chat', 'mistral-large-2512', usage), how);
        const billed = (hits: number) =>
          computeCost({
            provider: 'mistral',
            model: 'mistral-large-2512',
            usage: {
              prompt_tokens: flat.inputTokens,
              completion_tokens: flat.outputTokens,
              total_tokens: flat.totalTokens,
              num_cached_tokens: hits,
            },
          }).totalUsd;
        expect(entry.actualUsd).toBe(billed(0));
        // Whatever share of the prompt Mistral served from its cache.
        expect(Number(entry.actualUsd)).toBeGreaterThanOrEqual(
          Number(billed(flat.cachedInputTokens)),
        );
        expect(entry.details.tokens).toMatchObject({ input: { cacheRead: 0 } });
      }),
      { numRuns: 25 },
    );
  });
});

describe('Bedrock 3 flat usage is priced as the Converse usage with the same counts', () => {
  const claude = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
  test('cache reads from the flat counts, cache writes from the provider metadata', async () => {
    const counts = fc.record({
      input: fc.integer({ min: 0, max: 5_000 }),
      output: fc.integer({ min: 0, max: 500 }),
      read: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
      written: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(counts, generateOrStream, async ({ input, output, read, written }, how) => {
        const usage = {
          inputTokens: input,
          outputTokens: output,
          totalTokens: input + output,
          ...(read === undefined ? {} : { cachedInputTokens: read }),
        };
        const metadata =
          written === undefined
            ? undefined
            : { bedrock: { usage: { cacheWriteInputTokens: written } } };
        const entry = await step(modelOf('amazon-bedrock', claude, usage, metadata), how);
        const wire = {
          inputTokens: input,
          outputTokens: output,
          cacheReadInputTokens: read ?? 0,
          cacheWriteInputTokens: written ?? 0,
        };
        const exact = computeCost({ provider: 'bedrock', model: claude, usage: wire });
        expect(entry.actualUsd).toBe(exact.totalUsd);
        expect(entry.details.partial).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });
});

describe('Bedrock v2 cache writes split by TTL in the provider metadata', () => {
  test.each(['generate', 'stream'] as const)(
    '%s: 1-hour writes in providerMetadata.bedrock.usage.cacheDetails are charged 2x input',
    async (how) => {
      const sonnet = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
      const usage = {
        inputTokens: 1_000,
        outputTokens: 300,
        totalTokens: 1_300,
        cachedInputTokens: 2_000,
      };
      const bedrock = {
        usage: {
          cacheWriteInputTokens: 10_000,
          cacheDetails: [
            { ttl: '5m', inputTokens: 4_000 },
            { ttl: '1h', inputTokens: 6_000 },
          ],
        },
      };
      const entry = await step(modelOf('amazon-bedrock', sonnet, usage, { bedrock }), how);
      // 1,000 x 3.3 + 2,000 x 0.33 + 4,000 x 4.125 + 6,000 x 6.6 + 300 x 16.5
      expect(entry.actualUsd).toBe('0.06501');
      expect(entry.details.tokens).toMatchObject({
        input: { cacheWrite5m: 4_000, cacheWrite1h: 6_000 },
      });
    },
  );
});

describe('Gemini usage of @ai-sdk/google 2', () => {
  test.each(['generate', 'stream'] as const)(
    '%s: what totalTokenCount counts beyond prompt, candidates and thoughts is charged as tool-use input',
    async (how) => {
      const usageMetadata = {
        promptTokenCount: 1_000,
        cachedContentTokenCount: 400,
        candidatesTokenCount: 200,
        thoughtsTokenCount: 300,
        totalTokenCount: 1_000 + 200 + 300 + 700,
      };
      const usage = { inputTokens: 1_000, outputTokens: 200, totalTokens: 2_200 };
      const model = modelOf('google.generative-ai', 'gemini-2.5-flash', usage, {
        google: { usageMetadata },
      });
      const entry = await step(model, how);
      const exact = computeCost({
        provider: 'google',
        model: 'gemini-2.5-flash',
        usage: { ...usageMetadata, toolUsePromptTokenCount: 700 },
      });
      expect(entry.actualUsd).toBe(exact.totalUsd);
      expect(entry.details.tokens).toMatchObject({ input: { uncached: 1_300, cacheRead: 400 } });
    },
  );

  test('usage past 200,000 prompt tokens is charged at the long-context rates', async () => {
    const usageMetadata = {
      promptTokenCount: 250_000,
      candidatesTokenCount: 1_000,
      totalTokenCount: 251_000,
    };
    const usage = { inputTokens: 250_000, outputTokens: 1_000, totalTokens: 251_000 };
    const model = modelOf('google.generative-ai', 'gemini-2.5-pro', usage, {
      google: { usageMetadata },
    });
    // 250,000 x 2.50 + 1,000 x 15, per million (not 1.25 and 10).
    expect((await step(model, 'generate')).actualUsd).toBe('0.64');
  });
});

describe('Anthropic without its raw usage', () => {
  test.each(['generate', 'stream'] as const)(
    '%s: cache writes of unknown TTL are charged as 1-hour writes (the dearer)',
    async (how) => {
      const usage = {
        inputTokens: 100,
        outputTokens: 10,
        totalTokens: 110,
        cachedInputTokens: 300,
      };
      const metadata = { anthropic: { usage: null, cacheCreationInputTokens: 2_000 } };
      const entry = await step(
        modelOf('anthropic.messages', 'claude-sonnet-4-5', usage, metadata),
        how,
      );
      const at = (fiveMinutes: number, oneHour: number) =>
        computeCost({
          provider: 'anthropic',
          model: 'claude-sonnet-4-5',
          usage: {
            input_tokens: 100,
            output_tokens: 10,
            cache_read_input_tokens: 300,
            cache_creation_input_tokens: 2_000,
            cache_creation: {
              ephemeral_5m_input_tokens: fiveMinutes,
              ephemeral_1h_input_tokens: oneHour,
            },
          },
        }).totalUsd;
      expect(entry.actualUsd).toBe(at(0, 2_000));
      expect(Number(entry.actualUsd)).toBeGreaterThan(Number(at(2_000, 0)));
    },
  );
});

describe('usage that cannot be read is never free', () => {
  const missing = { inputTokens: undefined, outputTokens: 5, totalTokens: undefined };

  test.each([
    ['openai.chat', 'gpt-5', { openai: {} }],
    ['anthropic.messages', 'claude-sonnet-4-5', { anthropic: { usage: null } }],
    ['amazon-bedrock', 'amazon.nova-lite-v1:0', { bedrock: {} }],
    ['my-llm.chat', 'deepseek-chat', { 'my-llm': {} }],
    ['xai.chat', 'grok-3-mini', undefined],
    ['groq.chat', 'openai/gpt-oss-120b', undefined],
    ['mistral.chat', 'mistral-large-2512', undefined],
    ['togetherai.chat', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', { togetherai: {} }],
    ['fireworks.chat', 'accounts/fireworks/models/gpt-oss-120b', { fireworks: {} }],
    [
      'deepseek.chat',
      'deepseek-chat',
      { deepseek: { promptCacheHitTokens: 9, promptCacheMissTokens: 0 } },
    ],
    // Without its total, the tool-use prompt tokens the provider dropped cannot be told.
    [
      'google.generative-ai',
      'gemini-2.5-flash',
      { google: { usageMetadata: { promptTokenCount: 9 } } },
    ],
    ['google.generative-ai', 'gemini-2.5-flash', { google: { usageMetadata: null } }],
  ] as const)(
    '%s: a result without its input count is charged the hold',
    async (provider, modelId, metadata) => {
      const options = provider === 'my-llm.chat' ? { provider: 'deepseek' as const } : {};
      const entry = await step(modelOf(provider, modelId, missing, metadata), 'generate', options);
      expect(entry.actualUsd).toBe(entry.reservedUsd);
      expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    },
  );

  test('a stream whose finish has no usage at all is charged what arrived', async () => {
    // The v2 type requires it; a provider built against an older one may still leave it out.
    const model = modelOf('groq.chat', 'openai/gpt-oss-120b', undefined as unknown as Usage);
    const entry = await step(model, 'stream');
    expect(entry.details.partial).toBe(true);
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
  });

  test('a stream whose finish has no input count is charged what arrived', async () => {
    const entry = await step(
      modelOf('openai.responses', 'gpt-5', missing, { openai: {} }),
      'stream',
    );
    expect(entry.details.partial).toBe(true);
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
  });
});

describe('provider-executed web searches of a v2 step', () => {
  const searches: LanguageModelV2StreamPart[] = [1, 2].map((id) => ({
    type: 'tool-call',
    toolCallId: String(id),
    toolName: 'search',
    input: '{}',
    providerExecuted: true,
  }));
  const usage = { inputTokens: 10, outputTokens: 5, totalTokens: 15 };

  test.each(['generate', 'stream'] as const)('%s: charged per search', async (how) => {
    const model = new MockLanguageModelV2({
      provider: 'openai.responses',
      modelId: 'gpt-4.1',
      doGenerate: async () => ({
        content: [...(searches as never[]), { type: 'text', text: 'found' }],
        finishReason: 'stop',
        usage,
        warnings: [],
      }),
      doStream: async () => ({
        stream: new ReadableStream<LanguageModelV2StreamPart>({
          start(controller) {
            for (const part of searches) controller.enqueue(part);
            controller.enqueue({ type: 'finish', finishReason: 'stop', usage });
            controller.close();
          },
        }),
      }),
    });
    const budget = budgetFor('v2-search');
    const call = {
      model: withBudget(model, { budget }),
      prompt: 'Search',
      maxOutputTokens: 10,
      // ai 5 sends it to the model as a provider-defined tool named `search`.
      tools: {
        search: { type: 'provider-defined', id: 'openai.web_search', name: 'search', args: {} },
      },
      providerOptions: { openai: { maxToolCalls: 2 } },
    } as unknown as Parameters<typeof generateText>[0];
    if (how === 'generate') await generateText(call);
    else await streamText(call).consumeStream();
    const entry = await only(budget.ledger());
    expect(entry.details.toolCalls).toEqual({ webSearch: 2 });
    const exact = computeCost({
      provider: 'openai',
      model: 'gpt-4.1',
      usage: { input_tokens: 10, output_tokens: 5 },
    });
    expect(Number(entry.actualUsd)).toBeGreaterThan(Number(exact.totalUsd));
  });
});
