/**
 * Azure OpenAI and the OpenAI-compatible providers through their real AI SDK packages,
 * pointed at the loopback mock. Each model's usage is scripted in the provider's own shape
 * and the expected cost is worked by hand from its table (rates per million tokens,
 * uncached input / cached input / output):
 * - azure gpt-4.1 $2 / $0.50 / $8; azure gpt-4o-mini $0.15 / $0.075 / $0.60
 * - deepseek deepseek-chat (from 2025-09-29) $0.28 / $0.028 / $0.42
 * - xai grok-3-mini $0.30 / $0.075 / $0.50
 * - groq llama-3.3-70b-versatile $0.59 / - / $0.79
 * - mistral mistral-small-latest $0.10 / - / $0.30
 * - together meta-llama/llama-3.3-70b-instruct-turbo $0.88 / - / $0.88
 * - fireworks gpt-oss-120b $0.15 / $0.014 / $0.60
 * - openrouter openai/gpt-4o-mini $0.15 / $0.075 / $0.60
 */
import { createAzure } from '@ai-sdk/azure';
import { createDeepSeek } from '@ai-sdk/deepseek';
import { createFireworks } from '@ai-sdk/fireworks';
import { createGroq } from '@ai-sdk/groq';
import { createMistral } from '@ai-sdk/mistral';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { createTogetherAI } from '@ai-sdk/togetherai';
import { createXai } from '@ai-sdk/xai';
import { createOpenRouter } from '@openrouter/ai-sdk-provider';
import type { BudgetEvent } from '@tollgate/core';
import type { MockProvider, ScriptedResponse, UsageOverride } from '@tollgate/mock-provider';
import { embed, generateText, streamText } from 'ai';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, UnknownModelError, withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import { expectAbortedStreamCharged, only } from './test-support/scenarios.js';

const mock = useMockProvider();

const budgetOf = (limitUsd: string | number = 10) => budgetFor('compatible', limitUsd);

const key = { apiKey: 'test' };

/** One provider's model, its usage as the provider sends it, and the cost worked by hand. */
interface Case {
  readonly provider: string;
  readonly model: (mock: MockProvider) => LanguageModelV4;
  readonly unknown: (mock: MockProvider) => LanguageModelV4;
  readonly usage: UsageOverride;
  readonly costUsd: string;
  /** How the provider's stream carries usage when the request does not ask for it. */
  readonly streamUsage?: ScriptedResponse['streamUsage'];
}

const chatUsage = (prompt: number, completion: number, cached = 0): UsageOverride => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  prompt_tokens_details: { cached_tokens: cached },
});

const cases: readonly Case[] = [
  {
    provider: 'azure.responses',
    model: (m) => createAzure({ ...key, baseURL: `${m.url}/openai` })('gpt-4.1'),
    unknown: (m) => createAzure({ ...key, baseURL: `${m.url}/openai` })('my-deployment'),
    usage: { input_tokens: 1000, input_tokens_details: { cached_tokens: 200 }, output_tokens: 300 },
    // 800 x 2 + 200 x 0.50 + 300 x 8
    costUsd: '0.0041',
  },
  {
    provider: 'azure.chat',
    model: (m) => createAzure({ ...key, baseURL: `${m.url}/openai` }).chat('gpt-4o-mini'),
    unknown: (m) => createAzure({ ...key, baseURL: `${m.url}/openai` }).chat('my-deployment'),
    usage: chatUsage(1000, 300, 200),
    // 800 x 0.15 + 200 x 0.075 + 300 x 0.60
    costUsd: '0.000315',
  },
  {
    provider: 'deepseek.chat',
    model: (m) => createDeepSeek({ ...key, baseURL: m.openaiBaseURL })('deepseek-chat'),
    unknown: (m) => createDeepSeek({ ...key, baseURL: m.openaiBaseURL })('deepseek-v9'),
    usage: {
      prompt_tokens: 1000,
      prompt_cache_hit_tokens: 600,
      prompt_cache_miss_tokens: 400,
      completion_tokens: 500,
    },
    // 400 misses x 0.28 + 600 hits x 0.028 + 500 x 0.42
    costUsd: '0.0003388',
  },
  {
    provider: 'xai.responses',
    model: (m) => createXai({ ...key, baseURL: m.openaiBaseURL })('grok-3-mini'),
    unknown: (m) => createXai({ ...key, baseURL: m.openaiBaseURL })('grok-99'),
    usage: { input_tokens: 1000, input_tokens_details: { cached_tokens: 200 }, output_tokens: 300 },
    // 800 x 0.30 + 200 x 0.075 + 300 x 0.50
    costUsd: '0.000405',
  },
  {
    provider: 'groq.chat',
    model: (m) => createGroq({ ...key, baseURL: m.openaiBaseURL })('llama-3.3-70b-versatile'),
    unknown: (m) => createGroq({ ...key, baseURL: m.openaiBaseURL })('llama-99'),
    usage: chatUsage(1000, 500),
    // 1,000 x 0.59 + 500 x 0.79
    costUsd: '0.000985',
    streamUsage: 'x_groq',
  },
  {
    provider: 'mistral.chat',
    model: (m) => createMistral({ ...key, baseURL: m.openaiBaseURL })('mistral-small-latest'),
    unknown: (m) => createMistral({ ...key, baseURL: m.openaiBaseURL })('mistral-huge'),
    usage: chatUsage(1000, 500),
    // 1,000 x 0.10 + 500 x 0.30
    costUsd: '0.00025',
    streamUsage: 'usage',
  },
  {
    provider: 'togetherai.chat',
    model: (m) =>
      createTogetherAI({ ...key, baseURL: m.openaiBaseURL })(
        'meta-llama/Llama-3.3-70B-Instruct-Turbo',
      ),
    unknown: (m) => createTogetherAI({ ...key, baseURL: m.openaiBaseURL })('acme/llm-1'),
    usage: chatUsage(1000, 500),
    // 1,500 x 0.88
    costUsd: '0.00132',
  },
  {
    provider: 'fireworks.chat',
    model: (m) =>
      createFireworks({ ...key, baseURL: m.openaiBaseURL })(
        'accounts/fireworks/models/gpt-oss-120b',
      ),
    unknown: (m) =>
      createFireworks({ ...key, baseURL: m.openaiBaseURL })('accounts/fireworks/models/llm-1'),
    usage: chatUsage(1000, 500, 200),
    // 800 x 0.15 + 200 x 0.014 + 500 x 0.60
    costUsd: '0.0004228',
  },
  {
    provider: 'openrouter',
    model: (m) => createOpenRouter({ ...key, baseURL: m.openaiBaseURL })('openai/gpt-4o-mini'),
    unknown: (m) => createOpenRouter({ ...key, baseURL: m.openaiBaseURL })('acme/llm-1'),
    usage: chatUsage(1000, 500),
    // 1,000 x 0.15 + 500 x 0.60
    costUsd: '0.00045',
    streamUsage: 'usage',
  },
];

describe.each(cases)('$provider', (row) => {
  test('the model reports the provider string the route is for', () => {
    expect(row.model(mock()).provider).toBe(row.provider);
  });

  test('generateText settles the exact cost of the provider usage', async () => {
    const budget = budgetOf();
    mock().script({ respond: { text: 'Hi there', usage: row.usage } });
    const result = await generateText({
      model: withBudget(row.model(mock()), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 1000,
    });
    expect(result.text).toBe('Hi there');
    expect((await only(budget.ledger())).actualUsd).toBe(row.costUsd);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('streamText settles the exact cost from the finish part', async () => {
    const budget = budgetOf();
    const streamUsage = row.streamUsage === undefined ? {} : { streamUsage: row.streamUsage };
    mock().script({ respond: { text: 'one two three', usage: row.usage, ...streamUsage } });
    const result = streamText({
      model: withBudget(row.model(mock()), { budget }),
      prompt: 'Count to three',
      maxOutputTokens: 1000,
    });
    expect(await result.text).toBe('one two three');
    expect((await only(budget.ledger())).actualUsd).toBe(row.costUsd);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a call the budget cannot cover is refused before any request', async () => {
    const error = await generateText({
      model: withBudget(row.model(mock()), { limitUsd: '0.000001' }),
      prompt: 'Hello',
      maxOutputTokens: 1000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });

  test('a model the table does not list is refused with UNKNOWN_MODEL before any request', async () => {
    const error = await generateText({
      model: withBudget(row.unknown(mock()), { limitUsd: 1 }),
      prompt: 'Hello',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(mock().requests).toHaveLength(0);
  });

  test('a stream aborted mid-way is charged what was consumed, nothing left held', async () => {
    await expectAbortedStreamCharged(row.model(mock()), budgetOf(), mock());
  });
});

test("Azure's OpenAI models tighten a refused byte bound with OpenAI's tokenizer; other models do not", async () => {
  // About 24,000 bytes but about 4,000 o200k tokens.
  const prompt = 'hello world '.repeat(2_000);
  // Azure gpt-4.1 at $2 per million: the byte hold (~$0.048) does not fit $0.02; the exact one does.
  const azure = budgetOf('0.02');
  await generateText({
    model: withBudget(createAzure({ ...key, baseURL: `${mock().url}/openai` })('gpt-4.1'), {
      budget: azure,
    }),
    prompt,
    maxOutputTokens: 10,
  });
  expect(Number((await only(azure.ledger())).reservedUsd)).toBeLessThan(0.02);
  mock().reset();
  // Groq's Llama at $0.59 per million: its byte hold (~$0.0142) does not fit $0.01, and no
  // OpenAI count is tried for a model whose tokenizer is not OpenAI's.
  const error = await generateText({
    model: withBudget(
      createGroq({ ...key, baseURL: mock().openaiBaseURL })('llama-3.3-70b-versatile'),
      { limitUsd: '0.01' },
    ),
    prompt,
    maxOutputTokens: 10,
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(BudgetExceededError);
  expect(mock().requests).toHaveLength(0);
});

test("OpenRouter's reported cost is what is charged, with price-drift past the share", async () => {
  const budget = budgetOf();
  const drifts: BudgetEvent[] = [];
  budget.on('price-drift', (event) => {
    drifts.push(event);
  });
  const router = createOpenRouter({ ...key, baseURL: mock().openaiBaseURL });
  const usage = { ...chatUsage(1000, 500), cost: 0.0005 };
  mock().script({ respond: { text: 'Hi', usage } });
  await generateText({
    model: withBudget(router('openai/gpt-4o-mini'), { budget }),
    prompt: 'Hello',
    maxOutputTokens: 100,
  });
  mock().script({ respond: { text: 'Hi', usage, streamUsage: 'usage' } });
  const quiet = withBudget(router('openai/gpt-4o-mini'), { budget, priceDriftShare: Infinity });
  await streamText({ model: quiet, prompt: 'Hello', maxOutputTokens: 100 }).text;
  // Charged the reported $0.0005 twice; the table says 1,000 x 0.15 + 500 x 0.60 = $0.00045,
  // 11% less: one drift (the second model never reports one).
  const entries = await budget.ledger();
  expect(entries.map((entry) => entry.actualUsd)).toEqual(['0.0005', '0.0005']);
  expect(drifts).toMatchObject([
    { type: 'price-drift', provider: 'openrouter', tableUsd: '0.00045', reportedUsd: '0.0005' },
  ]);
});

test('OpenRouter BYOK: charged the fee plus the upstream bill; the table is compared with the upstream part', async () => {
  const budget = budgetOf();
  const drifts: BudgetEvent[] = [];
  budget.on('price-drift', (event) => {
    drifts.push(event);
  });
  const router = createOpenRouter({ ...key, baseURL: mock().openaiBaseURL });
  // The table says 1,000 x 0.15 + 500 x 0.60 = $0.00045: the upstream bill matches it; the
  // fee is 10% on top (no drift), then the upstream bill strays 20% (a drift naming it).
  const byok = (fee: number, upstream: number) => ({
    ...chatUsage(1000, 500),
    cost: fee,
    is_byok: true,
    cost_details: { upstream_inference_cost: upstream },
  });
  mock().script({ respond: { text: 'Hi', usage: byok(0.000045, 0.00045) } });
  await generateText({
    model: withBudget(router('openai/gpt-4o-mini'), { budget }),
    prompt: 'Hello',
    maxOutputTokens: 100,
  });
  mock().script({ respond: { text: 'Hi', usage: byok(0.000054, 0.00054), streamUsage: 'usage' } });
  await streamText({
    model: withBudget(router('openai/gpt-4o-mini'), { budget }),
    prompt: 'Hello',
    maxOutputTokens: 100,
  }).text;
  const entries = await budget.ledger();
  // Newest first: $0.000054 + $0.00054, then $0.000045 + $0.00045.
  expect(entries.map((entry) => entry.actualUsd)).toEqual(['0.000594', '0.000495']);
  expect(drifts).toMatchObject([
    {
      type: 'price-drift',
      provider: 'openrouter',
      tableUsd: '0.00045',
      reportedUsd: '0.000594',
      upstreamUsd: '0.00054',
      share: 0.2,
    },
  ]);
});

test("Mistral's cache hits (num_cached_tokens) are charged at the cache rate", async () => {
  const budget = budgetOf();
  const usage = { ...chatUsage(2000, 1000), num_cached_tokens: 800 };
  mock().script({ respond: { text: 'Hi', usage } });
  await generateText({
    model: withBudget(
      createMistral({ ...key, baseURL: mock().openaiBaseURL })('mistral-large-2512'),
      { budget },
    ),
    prompt: 'Hello',
    maxOutputTokens: 1000,
  });
  // mistral-large-2512: 1,200 x 0.50 + 800 x 0.05 + 1,000 x 1.50, per million.
  expect((await only(budget.ledger())).actualUsd).toBe('0.00214');
});

describe('@ai-sdk/openai-compatible: the provider option names the table', () => {
  const myLlm = (m: MockProvider) =>
    createOpenAICompatible({ name: 'my-llm', baseURL: m.openaiBaseURL, includeUsage: true });

  test('without it, the provider has no route: refused with UNKNOWN_MODEL before any request', async () => {
    const error = await generateText({
      model: withBudget(myLlm(mock())('meta-llama/Llama-3.3-70B-Instruct-Turbo'), { limitUsd: 1 }),
      prompt: 'Hello',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(error).toMatchObject({ code: 'UNKNOWN_MODEL', provider: 'my-llm.chat' });
    expect(mock().requests).toHaveLength(0);
  });

  test("with provider: 'together', chat is priced from Together's table", async () => {
    const budget = budgetOf();
    const model = withBudget(myLlm(mock())('meta-llama/Llama-3.3-70B-Instruct-Turbo'), {
      budget,
      provider: 'together',
    });
    mock().script({ respond: { text: 'Hi', usage: chatUsage(1000, 500) } });
    await generateText({ model, prompt: 'Hello', maxOutputTokens: 100 });
    mock().script({ respond: { text: 'Hi', usage: chatUsage(1000, 500) } });
    await streamText({ model, prompt: 'Hello', maxOutputTokens: 100 }).text;
    // 1,500 x 0.88 per million, twice.
    const entries = await budget.ledger();
    expect(entries.map((entry) => entry.actualUsd)).toEqual(['0.00132', '0.00132']);
    expect(entries.map((entry) => entry.details.model)).toEqual([
      'meta-llama/llama-3.3-70b-instruct-turbo',
      'meta-llama/llama-3.3-70b-instruct-turbo',
    ]);
  });

  test("with provider: 'mistral', embeddings are priced from Mistral's table", async () => {
    const budget = budgetOf();
    const model = withBudget(myLlm(mock()).embeddingModel('mistral-embed'), {
      budget,
      provider: 'mistral',
    });
    mock().script({ respond: { usage: { prompt_tokens: 2000, total_tokens: 2000 } } });
    await embed({ model, value: 'hello' });
    // 2,000 x 0.10 per million.
    expect((await only(budget.ledger())).actualUsd).toBe('0.0002');
  });

  test("createOpenAI pointed at DeepSeek is priced from DeepSeek's table with provider: 'deepseek'", async () => {
    const budget = budgetOf();
    const deepseek = createOpenAI({ ...key, baseURL: mock().openaiBaseURL }).chat('deepseek-chat');
    mock().script({
      respond: {
        text: 'Hi',
        usage: { prompt_tokens: 1000, prompt_cache_hit_tokens: 600, completion_tokens: 500 },
      },
    });
    await generateText({
      model: withBudget(deepseek, { budget, provider: 'deepseek' }),
      prompt: 'Hello',
      maxOutputTokens: 100,
    });
    // @ai-sdk/openai keeps only OpenAI's usage fields, so DeepSeek's cache hits never reach
    // usage.raw: all 1,000 are charged as misses (never less than the bill), 1,000 x 0.28 +
    // 500 x 0.42 per million. @ai-sdk/deepseek passes them on (see its row above).
    expect((await only(budget.ledger())).actualUsd).toBe('0.00049');
  });

  test('a model kind it cannot price (completion) stays refused', async () => {
    const error = await generateText({
      model: withBudget(myLlm(mock()).completionModel('meta-llama/Llama-3.3-70B-Instruct-Turbo'), {
        limitUsd: 1,
        provider: 'together',
      }),
      prompt: 'Hello',
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNKNOWN_MODEL', provider: 'my-llm.completion' });
    expect(mock().requests).toHaveLength(0);
  });

  test('a provider id that is not a table is a typed option error', () => {
    expect(() =>
      withBudget(myLlm(mock())('x'), {
        limitUsd: 1,
        provider: 'cohere' as 'together',
      }),
    ).toThrow(/provider/);
  });
});
