/**
 * `ai` 5 (model specification v2: `@ai-sdk/openai`, `@ai-sdk/anthropic`, `@ai-sdk/azure`,
 * `@ai-sdk/google` 2, `@ai-sdk/openai-compatible` 1, `@ai-sdk/amazon-bedrock` 3,
 * `@ai-sdk/deepseek` 1, `@ai-sdk/xai` 2, `@ai-sdk/groq` 2, `@ai-sdk/mistral` 2, `@ai-sdk/togetherai` 1,
 * `@ai-sdk/fireworks` 1) at run time: the same metering through the real `ai` 5 functions
 * and providers against the mock provider. A v2 usage is flat: cache writes, their TTL, the
 * tier served, Gemini's thoughts and tool-use prompt tokens, DeepSeek's cache hits and
 * misses are read from the provider's metadata and response body, so
 * every charge below is checked against the provider's own usage, priced by `computeCost`.
 */
import type { Budget } from '@tollgate/core';
import type { ScriptedResponse } from '@tollgate/mock-provider';
import { computeCost, type Provider } from '@tollgate/pricing';
import { embed, generateText, type LanguageModel, streamText } from 'ai-v5';
import { describe, expect, test } from 'vitest';
import {
  BudgetExceededError,
  UnknownModelError,
  UnmeteredEndpointError,
  type WithBudgetOptions,
  withBudget,
} from './index.js';
import { budgetFor, providersV2For, useMockProvider } from './test-support/providers.js';
import { expectAbortedStreamCharged, only } from './test-support/scenarios.js';
import { settled } from './test-support/spec-models.js';

const mock = useMockProvider();

const budgetOf = (limitUsd: string | number = 10) => budgetFor('v5', limitUsd);
const v2 = () => providersV2For(mock());

type Run = 'generate' | 'stream';

/** The OpenAI usage the OpenAI-wire cases script: cache reads and writes, reasoning. */
const responsesUsage = {
  input_tokens: 4_000,
  input_tokens_details: { cached_tokens: 2_048, cache_write_tokens: 1_000 },
  output_tokens_details: { reasoning_tokens: 8 },
};
const chatUsage = {
  prompt_tokens: 4_000,
  prompt_tokens_details: { cached_tokens: 2_048, cache_write_tokens: 1_000 },
  completion_tokens_details: { reasoning_tokens: 8 },
};

/**
 * One v2 model per provider package and wire API, with the provider's usage scripted (and
 * its output count's key), the table and model it is priced as, the adapter's options, and
 * the cache reads the ledger must show.
 */
const cases = [
  {
    name: 'openai.responses',
    model: () => v2().openai.responses('gpt-5'),
    provider: 'openai',
    modelId: 'gpt-5',
    scripted: responsesUsage,
    output: 'output_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'openai.chat',
    model: () => v2().openai.chat('gpt-5'),
    provider: 'openai',
    modelId: 'gpt-5',
    scripted: chatUsage,
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'anthropic.messages',
    model: () => v2().anthropic('claude-sonnet-4-5'),
    provider: 'anthropic',
    modelId: 'claude-sonnet-4-5',
    scripted: {
      input_tokens: 1_000,
      cache_read_input_tokens: 3_000,
      cache_creation_input_tokens: 2_500,
      cache_creation: { ephemeral_5m_input_tokens: 500, ephemeral_1h_input_tokens: 2_000 },
    },
    output: 'output_tokens',
    cacheRead: 3_000,
  },
  {
    name: 'azure.responses',
    model: () => v2().azure.responses('gpt-5'),
    provider: 'azure',
    modelId: 'gpt-5',
    scripted: responsesUsage,
    output: 'output_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'azure.chat',
    model: () => v2().azure('gpt-5'),
    provider: 'azure',
    modelId: 'gpt-5',
    scripted: chatUsage,
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'google.generative-ai',
    model: () => v2().google('gemini-2.5-flash'),
    provider: 'google',
    modelId: 'gemini-2.5-flash',
    scripted: {
      promptTokenCount: 4_000,
      cachedContentTokenCount: 2_048,
      thoughtsTokenCount: 30,
      toolUsePromptTokenCount: 500,
    },
    output: 'candidatesTokenCount',
    cacheRead: 2_048,
  },
  {
    name: 'my-llm.chat (openai-compatible)',
    model: () => v2().compatible('deepseek-chat'),
    provider: 'deepseek',
    modelId: 'deepseek-chat',
    options: { provider: 'deepseek' },
    scripted: { prompt_tokens: 4_000, prompt_tokens_details: { cached_tokens: 2_048 } },
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'amazon-bedrock',
    model: () => v2().bedrock('us.anthropic.claude-haiku-4-5-20251001-v1:0'),
    provider: 'bedrock',
    modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
    scripted: { inputTokens: 1_000, cacheReadInputTokens: 3_000, cacheWriteInputTokens: 2_500 },
    output: 'outputTokens',
    cacheRead: 3_000,
  },
  {
    name: 'deepseek.chat',
    model: () => v2().deepseek('deepseek-reasoner'),
    provider: 'deepseek',
    modelId: 'deepseek-reasoner',
    scripted: {
      prompt_tokens: 4_000,
      prompt_cache_hit_tokens: 2_048,
      prompt_cache_miss_tokens: 1_952,
      completion_tokens_details: { reasoning_tokens: 8 },
    },
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
  // xAI bills reasoning beside the completion: its total counts them (4,000 + 20 + 8).
  {
    name: 'xai.chat',
    model: () => v2().xai('grok-3-mini'),
    provider: 'xai',
    modelId: 'grok-3-mini',
    scripted: {
      ...chatUsage,
      prompt_tokens_details: { cached_tokens: 2_048 },
      total_tokens: 4_028,
    },
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'xai.responses',
    model: () => v2().xai.responses('grok-3-mini'),
    provider: 'xai',
    modelId: 'grok-3-mini',
    scripted: {
      ...responsesUsage,
      input_tokens_details: { cached_tokens: 2_048 },
      total_tokens: 4_028,
    },
    output: 'output_tokens',
    cacheRead: 2_048,
  },
  // Groq sends a stream's usage unasked, in the last chunk's x_groq.
  {
    name: 'groq.chat',
    model: () => v2().groq('openai/gpt-oss-120b'),
    provider: 'groq',
    modelId: 'openai/gpt-oss-120b',
    scripted: { prompt_tokens: 4_000, prompt_tokens_details: { cached_tokens: 2_048 } },
    output: 'completion_tokens',
    cacheRead: 2_048,
    respond: { streamUsage: 'x_groq' },
  },
  // Mistral's stream usage schema drops num_cached_tokens: a stream is charged them uncached.
  {
    name: 'mistral.chat',
    model: () => v2().mistral('mistral-large-2512'),
    provider: 'mistral',
    modelId: 'mistral-large-2512',
    scripted: { prompt_tokens: 4_000, num_cached_tokens: 2_048 },
    output: 'completion_tokens',
    cacheRead: 2_048,
    respond: { streamUsage: 'usage' },
    streamed: { usage: { prompt_tokens: 4_000 }, cacheRead: 0 },
  },
  // The OpenAI-compatible 1 chat model, stream usage asked for. Together's table has no
  // cache rate: its cached tokens are priced as input, as the table says.
  {
    name: 'togetherai.chat',
    model: () => v2().together('meta-llama/Llama-3.3-70B-Instruct-Turbo'),
    provider: 'together',
    modelId: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    scripted: { prompt_tokens: 4_000, prompt_tokens_details: { cached_tokens: 2_048 } },
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
  {
    name: 'fireworks.chat',
    model: () => v2().fireworks('accounts/fireworks/models/gpt-oss-120b'),
    provider: 'fireworks',
    modelId: 'accounts/fireworks/models/gpt-oss-120b',
    scripted: {
      prompt_tokens: 4_000,
      prompt_tokens_details: { cached_tokens: 2_048 },
      completion_tokens_details: { reasoning_tokens: 8 },
    },
    output: 'completion_tokens',
    cacheRead: 2_048,
  },
] as const satisfies ReadonlyArray<{
  name: string;
  model: () => LanguageModel;
  provider: Provider;
  modelId: string;
  options?: Pick<WithBudgetOptions, 'provider'>;
  scripted: Record<string, unknown>;
  output: string;
  cacheRead: number;
  respond?: Pick<ScriptedResponse, 'streamUsage'>;
  /** What a stream is priced from where it reads less than the API sent (the dearer). */
  streamed?: { usage: Record<string, unknown>; cacheRead: number };
}>;

type Case = (typeof cases)[number];

const outputTokens = 20;

/** The case's model, metered on `budget` with the case's options. */
function metered(testCase: Case, budget: Budget) {
  return withBudget(testCase.model(), { budget, ...optionsOf(testCase) });
}

function optionsOf(testCase: Case): Pick<WithBudgetOptions, 'provider'> {
  return 'options' in testCase ? testCase.options : {};
}

/** How the mock answers the case's next `times` requests beside `respond` (Groq's stream usage). */
function scriptFor(testCase: Case, respond: ScriptedResponse = {}, times = 1): void {
  const own = 'respond' in testCase ? testCase.respond : {};
  mock().script({ respond: { ...respond, ...own }, times });
}

/** Runs one step and reads it through (the stream to its end). */
async function run(model: LanguageModel, how: Run, options: { maxOutputTokens?: number } = {}) {
  const call = { model, prompt: 'Hi there', maxOutputTokens: 200, maxRetries: 0, ...options };
  if (how === 'generate') return (await generateText(call)).text;
  const streamed = streamText(call);
  await streamed.consumeStream();
  return streamed.text;
}

async function expectNothingHeld(budget: Budget): Promise<void> {
  await budget.flush();
  expect((await budget.status()).reservedUsd).toBe('0');
}

describe('ai 5 (specification v2): exact charges', () => {
  test.each(
    cases.flatMap((testCase) =>
      (['generate', 'stream'] as const).map((how) => [testCase, how] as const),
    ),
  )(
    '%s, %s: charged the provider usage exactly (cache reads and writes, reasoning)',
    async (testCase, how) => {
      const budget = budgetOf();
      scriptFor(testCase, { outputTokens, usage: testCase.scripted });
      const model = metered(testCase, budget);
      expect(model.specificationVersion).toBe('v2');
      await run(model, how);
      const entry = await only(budget.ledger());
      const priced = (usage: Record<string, unknown>) =>
        computeCost({
          provider: testCase.provider,
          model: testCase.modelId,
          usage: { ...usage, [testCase.output]: outputTokens },
        }).totalUsd;
      const exact = priced(testCase.scripted);
      const read = how === 'stream' && 'streamed' in testCase ? testCase.streamed : undefined;
      expect(entry.actualUsd).toBe(read === undefined ? exact : priced(read.usage));
      // What a stream cannot read is charged the dearer way: never under the provider's bill.
      expect(Number(entry.actualUsd)).toBeGreaterThanOrEqual(Number(exact));
      expect(entry.details.partial).toBeUndefined();
      const cacheRead = read === undefined ? testCase.cacheRead : read.cacheRead;
      expect(entry.details.tokens).toMatchObject({ input: { cacheRead } });
      await expectNothingHeld(budget);
    },
  );

  test.each(['generate', 'stream'] as const)(
    'anthropic.messages, %s: 1-hour cache writes are charged at their rate, not as 5-minute writes',
    async (how) => {
      const budget = budgetOf();
      const usage = {
        input_tokens: 100,
        cache_creation_input_tokens: 5_000,
        cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 5_000 },
      };
      mock().script({ respond: { outputTokens, usage } });
      await run(withBudget(v2().anthropic('claude-sonnet-4-5'), { budget }), how);
      const entry = await only(budget.ledger());
      const priced = (cacheCreation: object) =>
        computeCost({
          provider: 'anthropic',
          model: 'claude-sonnet-4-5',
          usage: { ...usage, cache_creation: cacheCreation, output_tokens: outputTokens },
        }).totalUsd;
      expect(entry.actualUsd).toBe(priced(usage.cache_creation));
      expect(entry.actualUsd).not.toBe(
        priced({ ephemeral_5m_input_tokens: 5_000, ephemeral_1h_input_tokens: 0 }),
      );
      expect(entry.details.tokens).toMatchObject({ input: { cacheWrite1h: 5_000 } });
    },
  );

  test.each(['generate', 'stream'] as const)(
    'openai.responses, %s: the tier the response reports is charged',
    async (how) => {
      const budget = budgetOf();
      mock().script({ respond: { serviceTier: 'priority' } });
      await generateOrStreamAt(budget, how, 'priority');
      const entry = await only(budget.ledger());
      expect(entry.details.serviceTier).toBe('priority');
    },
  );
});

async function generateOrStreamAt(budget: Budget, how: Run, serviceTier: string): Promise<void> {
  const model = withBudget(v2().openai.responses('gpt-5'), { budget });
  const call = {
    model,
    prompt: 'Hi',
    maxOutputTokens: 50,
    providerOptions: { openai: { serviceTier } },
  };
  if (how === 'generate') await generateText(call);
  else await streamText(call).consumeStream();
}

describe('ai 5 (specification v2): refusals send nothing', () => {
  test.each(cases)('$name: a step the budget cannot cover is refused unsent', async (testCase) => {
    const budget = budgetOf('0.000001');
    const model = metered(testCase, budget);
    await expect(run(model, 'generate')).rejects.toBeInstanceOf(BudgetExceededError);
    const errors: unknown[] = [];
    const streamed = streamText({
      model,
      prompt: 'Hi',
      maxOutputTokens: 200,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    await streamed.consumeStream();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ calls: 0, spentUsd: '0', reservedUsd: '0' });
  });
});

test("amazon-bedrock: Bedrock's priority tier, which no table prices, is refused unsent", async () => {
  const error = await generateText({
    model: withBudget(v2().bedrock('amazon.nova-lite-v1:0'), { limitUsd: 1 }),
    prompt: 'Hi',
    maxOutputTokens: 10,
    providerOptions: { bedrock: { serviceTier: 'priority' } },
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UnmeteredEndpointError);
  expect(mock().requests).toHaveLength(0);
});

test("xai.chat: xAI's Live Search (searchParameters), billed per source no table prices, is refused unsent", async () => {
  const error = await generateText({
    model: withBudget(v2().xai('grok-3-mini'), { limitUsd: 1 }),
    prompt: 'News?',
    maxOutputTokens: 10,
    providerOptions: { xai: { searchParameters: { mode: 'on' } } },
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UnmeteredEndpointError);
  expect(mock().requests).toHaveLength(0);
});

test.each([
  ['togetherai.chat', () => v2().together('acme/llm-1')],
  ['fireworks.chat', () => v2().fireworks('accounts/fireworks/models/llm-1')],
] as const)(
  '%s: a model its table does not list is refused with UNKNOWN_MODEL unsent, never free',
  async (_name, modelOf) => {
    const budget = budgetOf();
    const model = withBudget(modelOf(), { budget });
    const generated = await generateText({ model, prompt: 'Hi', maxOutputTokens: 10 }).catch(
      (caught: unknown) => caught,
    );
    expect(generated).toBeInstanceOf(UnknownModelError);
    const errors: unknown[] = [];
    await streamText({
      model,
      prompt: 'Hi',
      maxOutputTokens: 10,
      onError: ({ error }) => {
        errors.push(error);
      },
    }).consumeStream();
    expect(errors).toEqual([expect.any(UnknownModelError)]);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ calls: 0, spentUsd: '0', reservedUsd: '0' });
  },
);

test('groq.chat: a stream without x_groq.usage (Groq sent none) is charged what arrived', async () => {
  const budget = budgetOf();
  await run(withBudget(v2().groq('openai/gpt-oss-120b'), { budget }), 'stream');
  const entry = await only(budget.ledger());
  expect(entry.details.partial).toBe(true);
  expect(Number(entry.actualUsd)).toBeGreaterThan(0);
  expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
  await expectNothingHeld(budget);
});

describe('ai 5 (specification v2): every ending leaves nothing held', () => {
  test.each(cases)(
    '$name: an error status is released (a failed call costs nothing)',
    async (testCase) => {
      const budget = budgetOf();
      mock().script({ respond: { status: 500 }, times: 2 });
      const model = metered(testCase, budget);
      await expect(run(model, 'generate')).rejects.toThrow();
      await run(model, 'stream').catch(() => undefined);
      expect(mock().requests).toHaveLength(2);
      expect(await budget.status()).toMatchObject({ calls: 0, spentUsd: '0', reservedUsd: '0' });
    },
  );

  test.each(cases)('$name: aborted before the request, nothing held or sent', async (testCase) => {
    const budget = budgetOf();
    const model = metered(testCase, budget);
    const abortSignal = AbortSignal.abort();
    await expect(
      generateText({ model, prompt: 'Hi', maxOutputTokens: 20, abortSignal }),
    ).rejects.toThrow();
    await streamText({ model, prompt: 'Hi', maxOutputTokens: 20, abortSignal })
      .consumeStream()
      .catch(() => undefined);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });

  test.each(cases)('$name: aborted mid-stream, charged what arrived', async (testCase) => {
    await expectAbortedStreamCharged(
      testCase.model(),
      budgetOf(),
      mock(),
      streamText,
      optionsOf(testCase),
    );
  });

  test.each(cases)(
    '$name: a stream never read is charged exactly from its finish',
    async (testCase) => {
      const budget = budgetOf();
      scriptFor(testCase, {}, 2);
      const generated = await generateText({
        model: metered(testCase, budgetOf()),
        prompt: 'Hi',
        maxOutputTokens: 20,
      });
      streamText({
        model: metered(testCase, budget),
        prompt: 'Hi',
        maxOutputTokens: 20,
      });
      const entry = await settled(budget);
      expect(entry.details.partial).toBeUndefined();
      expect(entry.details.tokens).toMatchObject({
        output: { text: generated.usage.outputTokens },
      });
      await expectNothingHeld(budget);
    },
  );

  test.each(cases)('$name: a stream broken out of is charged exactly', async (testCase) => {
    const budget = budgetOf();
    scriptFor(testCase);
    const result = streamText({
      model: metered(testCase, budget),
      prompt: 'Hi',
      maxOutputTokens: 20,
    });
    for await (const _text of result.textStream) break;
    const entry = await settled(budget);
    expect(entry.details.partial).toBeUndefined();
    await expectNothingHeld(budget);
  });

  test.each(cases)(
    '$name: a stream cut after the headers is charged what arrived',
    async (testCase) => {
      const budget = budgetOf();
      mock().script({ respond: { dropAfterChunks: 3 } });
      // The v2 providers end a dropped body's stream without a finish part (no error part).
      await streamText({
        model: metered(testCase, budget),
        prompt: 'Hi',
        maxOutputTokens: 20,
        onError: () => undefined,
      }).consumeStream();
      const entry = await only(budget.ledger());
      expect(entry.details.partial).toBe(true);
      expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
      await expectNothingHeld(budget);
    },
  );

  test.each(cases)('$name: an error event mid-stream is charged what arrived', async (testCase) => {
    const budget = budgetOf();
    mock().script({ respond: { errorEventAfterChunks: 3 } });
    await streamText({
      model: metered(testCase, budget),
      prompt: 'Hi',
      maxOutputTokens: 20,
      onError: () => undefined,
    }).consumeStream();
    const entry = await only(budget.ledger());
    expect(entry.details.partial).toBe(true);
    await expectNothingHeld(budget);
  });
});

/**
 * One v2 embedding model per provider package (Bedrock's: Titan through `InvokeModel`).
 * Gemini's API returns no token count: such a call is charged its hold, as with v4.
 */
const embedders = [
  {
    name: 'openai.embedding',
    model: () => v2().openai.embedding('text-embedding-3-small'),
    provider: 'openai',
    modelId: 'text-embedding-3-small',
  },
  {
    name: 'azure.embeddings',
    model: () => v2().azure.textEmbedding('text-embedding-3-small'),
    provider: 'azure',
    modelId: 'text-embedding-3-small',
  },
  {
    name: 'my-llm.embedding (openai-compatible)',
    model: () => v2().compatible.textEmbeddingModel('text-embedding-3-small'),
    provider: 'openai',
    modelId: 'text-embedding-3-small',
    options: { provider: 'openai' },
  },
  {
    name: 'mistral.embedding',
    model: () => v2().mistral.textEmbedding('mistral-embed'),
    provider: 'mistral',
    modelId: 'mistral-embed',
  },
  {
    name: 'amazon-bedrock',
    model: () => v2().bedrock.embedding('amazon.titan-embed-text-v1'),
    provider: 'bedrock',
    modelId: 'amazon.titan-embed-text-v1',
  },
  {
    name: 'google.generative-ai',
    model: () => v2().google.textEmbedding('gemini-embedding-001'),
    provider: 'google',
    modelId: 'gemini-embedding-001',
    uncounted: true,
  },
] as const;

describe('ai 5 (specification v2): embeddings', () => {
  test.each(embedders)(
    '$name: embed is held and charged the tokens the provider counted',
    async (embedder) => {
      const budget = budgetOf();
      const options = 'options' in embedder ? embedder.options : {};
      const model = withBudget(embedder.model(), { budget, ...options });
      expect(model.specificationVersion).toBe('v2');
      expect(model.provider).toBe(embedder.name.split(' ')[0]);
      const result = await embed({ model, value: 'hello there' });
      const entry = await only(budget.ledger());
      if ('uncounted' in embedder) {
        expect(result.usage.tokens).toBeNaN();
        expect(entry.actualUsd).toBe(entry.reservedUsd);
      } else {
        expect(entry.details.tokens).toMatchObject({ input: { uncached: result.usage.tokens } });
        const usage = { prompt_tokens: result.usage.tokens, total_tokens: result.usage.tokens };
        const exact = computeCost({ provider: embedder.provider, model: embedder.modelId, usage });
        expect(entry.actualUsd).toBe(exact.totalUsd);
      }
      await expectNothingHeld(budget);
    },
  );

  test.each(embedders)(
    '$name: an embedding the budget cannot cover is refused unsent',
    async (embedder) => {
      const budget = budgetOf('0.0000000001');
      const options = 'options' in embedder ? embedder.options : {};
      const model = withBudget(embedder.model(), { budget, ...options });
      await expect(embed({ model, value: 'hello', maxRetries: 0 })).rejects.toBeInstanceOf(
        BudgetExceededError,
      );
      expect(mock().requests).toHaveLength(0);
    },
  );
});
