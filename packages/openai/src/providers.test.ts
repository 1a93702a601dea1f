import { type BudgetEvent, createBudget, formatUsd, money } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost, createPricing, defaultPricing, type Provider } from '@tollgate/pricing';
import OpenAI, { AzureOpenAI } from 'openai';
import { AzureOpenAI as AzureOpenAIv7 } from 'openai-v7';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { UnknownModelError, withBudget } from './index.js';
import { providerOfClient } from './provider-of-client.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/**
 * The client keeps the provider's real base URL (that is what detection reads); its `fetch`
 * sends each request to the loopback mock instead, path and query unchanged. No DNS, no
 * network, and the mock sees the provider's own wire path.
 */
const viaLoopback: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return fetch(`${mock.url}${url.pathname}${url.search}`, init);
};

let budgets = 0;
const freshBudget = (limitUsd: string | number = 10) =>
  createBudget({ id: `providers-${++budgets}`, limitUsd });
const hi = [{ role: 'user' as const, content: 'Say hi.' }];

async function onlyEntry(budget: ReturnType<typeof freshBudget>) {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as NonNullable<(typeof entries)[0]>;
}

interface Case {
  provider: Provider;
  baseURL: string;
  model: string;
  /** The wire path the provider's endpoint has. */
  path: string;
  /** Usage fields of this provider's own, scripted into the response. */
  usage?: Record<string, number | Record<string, number>>;
}

const cases: Case[] = [
  {
    provider: 'deepseek',
    baseURL: 'https://api.deepseek.com',
    model: 'deepseek-chat',
    path: '/chat/completions',
    // Hits and misses split prompt_tokens; hits are billed at the cache rate.
    usage: { prompt_tokens: 900, prompt_cache_hit_tokens: 600, prompt_cache_miss_tokens: 300 },
  },
  {
    provider: 'xai',
    baseURL: 'https://api.x.ai/v1',
    model: 'grok-4',
    path: '/v1/chat/completions',
    // xAI counts reasoning outside completion_tokens (total_tokens says so): billed as output.
    usage: {
      prompt_tokens: 50,
      completion_tokens: 20,
      total_tokens: 470,
      completion_tokens_details: { reasoning_tokens: 400 },
    },
  },
  {
    provider: 'google',
    baseURL: 'https://generativelanguage.googleapis.com/v1beta/openai/',
    model: 'gemini-2.5-flash',
    path: '/v1beta/openai/chat/completions',
    usage: { completion_tokens_details: { reasoning_tokens: 8 }, completion_tokens: 24 },
  },
  {
    provider: 'groq',
    baseURL: 'https://api.groq.com/openai/v1',
    model: 'llama-3.3-70b-versatile',
    path: '/openai/v1/chat/completions',
  },
  {
    provider: 'together',
    baseURL: 'https://api.together.xyz/v1',
    model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    path: '/v1/chat/completions',
  },
  {
    provider: 'fireworks',
    baseURL: 'https://api.fireworks.ai/inference/v1',
    model: 'accounts/fireworks/models/deepseek-v3p2',
    path: '/inference/v1/chat/completions',
  },
  {
    provider: 'mistral',
    baseURL: 'https://api.mistral.ai/v1',
    model: 'mistral-large-latest',
    path: '/v1/chat/completions',
  },
  {
    provider: 'azure',
    baseURL: 'https://acme.openai.azure.com/openai/v1',
    model: 'gpt-4o',
    path: '/openai/v1/chat/completions',
  },
];

describe.each(cases)('$provider at $baseURL', (item) => {
  const raw = () =>
    new OpenAI({ apiKey: 'test', baseURL: item.baseURL, fetch: viaLoopback, maxRetries: 0 });

  test('is priced from its own table, with its own usage fields', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    if (item.usage !== undefined) mock.script({ respond: { usage: item.usage } });
    const completion = await client.chat.completions.create({
      model: item.model,
      messages: hi,
      max_completion_tokens: 40,
    });
    expect(mock.requests[0]?.path).toBe(item.path);
    const expected = computeCost({
      provider: item.provider,
      model: item.model,
      usage: completion.usage,
    });
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(expected.totalUsd);
    expect(entry.details).toMatchObject({
      provider: item.provider,
      model: expected.model,
      pricingVersion: defaultPricing().versions[item.provider],
    });
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a stream is priced from its own table too', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    const stream = await client.chat.completions.create({
      model: item.model,
      messages: hi,
      max_completion_tokens: 40,
      stream: true,
    });
    let chunks = 0;
    for await (const chunk of stream) chunks += chunk.choices.length;
    expect(chunks).toBeGreaterThan(0);
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ provider: item.provider });
    expect(entry.details.partial).toBeUndefined();
  });

  test('a stream cut by the connection is charged what arrived, at its own rates', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    mock.script({ respond: { dropAfterChunks: 3 } });
    const stream = await client.chat.completions.create({
      model: item.model,
      messages: hi,
      max_completion_tokens: 40,
      stream: true,
    });
    await expect(
      (async () => {
        for await (const _chunk of stream) {
          // read until the connection drops
        }
      })(),
    ).rejects.toThrow();
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ provider: item.provider, partial: true });
    expect(money(entry.actualUsd).gt(0)).toBe(true);
  });

  test('a model its table does not price is refused before sending', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    const call = client.chat.completions.create({ model: 'no-such-model-7', messages: hi });
    await expect(call).rejects.toBeInstanceOf(UnknownModelError);
    await expect(call).rejects.toMatchObject({ provider: item.provider });
    expect(mock.requests).toHaveLength(0);
  });
});

test('embeddings are priced from the provider’s table too', async () => {
  const budget = freshBudget();
  const client = withBudget(
    new OpenAI({ apiKey: 'test', baseURL: 'https://api.mistral.ai/v1', fetch: viaLoopback }),
    { budget },
  );
  const result = await client.embeddings.create({ model: 'mistral-embed', input: 'hello' });
  expect(mock.requests[0]?.path).toBe('/v1/embeddings');
  expect(mock.requests[0]?.body).not.toHaveProperty('usage');
  const entry = await onlyEntry(budget);
  expect(entry.details.provider).toBe('mistral');
  expect(entry.actualUsd).toBe(
    computeCost({ provider: 'mistral', model: 'mistral-embed', usage: result.usage }).totalUsd,
  );
});

describe('detection', () => {
  test.each([
    ['openai 6', AzureOpenAI],
    ['openai 7', AzureOpenAIv7 as unknown as typeof AzureOpenAI],
  ])('AzureOpenAI (%s) is priced at Azure rates, whatever its base URL', async (_major, Azure) => {
    const azure = new Azure({
      apiKey: 'test',
      apiVersion: '2024-10-21',
      baseURL: `${mock.url}/openai`,
      maxRetries: 0,
    });
    expect(providerOfClient(azure, 'auto')).toBe('azure');
    const budget = freshBudget();
    const client = withBudget(azure, { budget });
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 10,
    });
    // The deployment-style path Azure's client builds from the model, with its API version.
    expect(mock.requests[0]?.path).toBe('/openai/deployments/gpt-4o/chat/completions');
    expect(mock.requests[0]?.query).toBe('?api-version=2024-10-21');
    const entry = await onlyEntry(budget);
    expect(entry.details.provider).toBe('azure');
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'azure', model: 'gpt-4o', usage: completion.usage }).totalUsd,
    );
    // Derived clients keep the API version (openai 6's own withOptions loses it).
    await client.withOptions({ timeout: 5_000 }).chat.completions.create({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 10,
    });
    expect(mock.requests[1]?.query).toBe('?api-version=2024-10-21');
    expect(azure.withOptions).toBe(Azure.prototype.withOptions); // the client is not changed
  });

  test('a proxy, a self-hosted server or the loopback mock keeps the OpenAI table', () => {
    for (const baseURL of [
      mock.openaiBaseURL,
      'https://llm-gateway.acme.internal/v1',
      'http://localhost:8000/v1',
      'https://api.anthropic.com/v1/', // Anthropic's compatibility endpoint: not priced here
    ]) {
      expect(providerOfClient(new OpenAI({ apiKey: 'x', baseURL }), 'auto')).toBe('openai');
    }
    // A client-like object without a base URL string.
    expect(providerOfClient({ baseURL: undefined }, 'auto')).toBe('openai');
  });

  test('the provider option overrides detection, e.g. behind a gateway', async () => {
    const budget = freshBudget();
    const client = withBudget(
      new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 }),
      { budget, provider: 'deepseek' },
    );
    await client.chat.completions.create({ model: 'deepseek-chat', messages: hi });
    expect((await onlyEntry(budget)).details.provider).toBe('deepseek');
  });

  test('a client derived with withOptions({ baseURL }) is priced for its new provider', async () => {
    const budget = freshBudget();
    const client = withBudget(
      new OpenAI({ apiKey: 'test', baseURL: 'https://api.openai.com/v1', fetch: viaLoopback }),
      { budget },
    );
    const xai = client.withOptions({ baseURL: 'https://api.x.ai/v1' });
    await xai.chat.completions.create({ model: 'grok-4', messages: hi, max_tokens: 10 });
    await expect(
      client.chat.completions.create({ model: 'grok-4', messages: hi, max_tokens: 10 }),
    ).rejects.toBeInstanceOf(UnknownModelError);
    expect((await onlyEntry(budget)).details.provider).toBe('xai');
  });

  test('a self-hosted model is priced by a one-line override (here at zero)', async () => {
    const pricing = createPricing({
      overrides: [
        {
          provider: 'openai',
          id: 'llama-3.1-8b-local',
          contextWindow: 131_072,
          maxOutputTokens: 8_192,
          prices: [{ standard: { input: '0', output: '0' } }],
        },
      ],
    });
    const budget = freshBudget();
    const client = withBudget(
      new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 }),
      { budget, pricing },
    );
    await client.chat.completions.create({ model: 'llama-3.1-8b-local', messages: hi });
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe('0');
    expect(entry.details.model).toBe('llama-3.1-8b-local');
  });

  test("non-OpenAI models are bounded by bytes, even with estimate: 'tokenizer'", async () => {
    const budget = freshBudget();
    const events: BudgetEvent[] = [];
    budget.on('reserved', (event) => events.push(event));
    const client = withBudget(
      new OpenAI({ apiKey: 'test', baseURL: 'https://api.mistral.ai/v1', fetch: viaLoopback }),
      { budget, estimate: 'tokenizer' },
    );
    const content = 'word '.repeat(200);
    await client.chat.completions.create({
      model: 'mistral-large-latest',
      messages: [{ role: 'user', content }],
      max_tokens: 1,
    });
    const held = events[0]?.type === 'reserved' ? events[0].amountUsd : '0';
    // 1000 bytes of prompt: a hold on bytes is far above one on o200k's ~200 tokens.
    const onTokens = defaultPricing().estimateCost({
      provider: 'mistral',
      model: 'mistral-large-latest',
      inputTokens: 220,
      maxOutputTokens: 1,
    }).totalUsd;
    expect(money(held).gt(money(onTokens))).toBe(true);
  });
});

describe('a prompt the tokenizer would merge for seconds', () => {
  test("is bounded by its bytes with estimate: 'tokenizer' (a run of 1,000 letters or more)", async () => {
    // 20,000 of one letter: gpt-tokenizer takes over a second on it, blocking the process.
    const content = 'a'.repeat(20_000);
    const holdWith = async (estimate: 'tokenizer' | 'bytes') => {
      const budget = freshBudget();
      const events: BudgetEvent[] = [];
      budget.on('reserved', (event) => events.push(event));
      const client = withBudget(
        new OpenAI({ apiKey: 'test', baseURL: 'https://api.openai.com/v1', fetch: viaLoopback }),
        { budget, estimate },
      );
      await client.chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content }],
        max_completion_tokens: 1,
      });
      return events[0]?.type === 'reserved' ? events[0].amountUsd : '0';
    };
    // The tokenizer would count the run as 2,500 tokens; its 20,000 bytes are held instead.
    const contentOnBytes = defaultPricing().boundUsd({
      provider: 'openai',
      model: 'gpt-4o',
      inputTokens: 20_000,
      maxOutputTokens: 1,
    });
    const held = await holdWith('tokenizer');
    expect(money(held).gt(money(contentOnBytes))).toBe(true);
    expect(money(held).lte(money(await holdWith('bytes')))).toBe(true);
  });
});

describe('OpenRouter', () => {
  const model = 'openai/gpt-4o';
  const counts = { prompt_tokens: 1000, completion_tokens: 500 };
  const tableUsd = computeCost({ provider: 'openrouter', model, usage: counts }).totalUsd;
  const times = (factor: string) => formatUsd(money(tableUsd).times(factor));
  const raw = () =>
    new OpenAI({
      apiKey: 'test',
      baseURL: 'https://openrouter.ai/api/v1',
      fetch: viaLoopback,
      maxRetries: 0,
    });
  const drifts = (budget: ReturnType<typeof freshBudget>) => {
    const seen: BudgetEvent[] = [];
    budget.on('price-drift', (event) => seen.push(event));
    return seen;
  };

  test('asks for usage accounting and settles on the reported cost', async () => {
    const budget = freshBudget();
    const seen = drifts(budget);
    const client = withBudget(raw(), { budget });
    const reported = times('1.02');
    mock.script({ respond: { usage: { ...counts, cost: Number(reported) } } });
    const completion = await client.chat.completions.create({
      model,
      messages: hi,
      max_completion_tokens: 600,
    });
    expect(mock.requests[0]?.path).toBe('/api/v1/chat/completions');
    expect(mock.requests[0]?.body).toMatchObject({ usage: { include: true } });
    // The caller sees OpenRouter's answer as it came, cost included.
    expect((completion.usage as unknown as { cost: number }).cost).toBe(Number(reported));
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(reported);
    expect(entry.details).toMatchObject({ provider: 'openrouter', model });
    expect(seen).toEqual([]); // 2% is within the default 5%
  });

  test('prices Sonnet 4 above 200k input at the long-context rates when no cost is reported', async () => {
    // OpenRouter passes Anthropic's rates: above 200,000 input tokens every token is billed
    // at 6 in / 22.5 out per million. 250,000 x 6 + 100 x 22.5 = $1.50225 (base: $0.7515).
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    mock.script({ respond: { usage: { prompt_tokens: 250_000, completion_tokens: 100 } } });
    await client.chat.completions.create({
      model: 'anthropic/claude-sonnet-4',
      messages: hi,
      max_completion_tokens: 100,
    });
    expect((await onlyEntry(budget)).actualUsd).toBe('1.50225');
  });

  test('emits price-drift when the reported cost strays past the share', async () => {
    const budget = freshBudget();
    const seen = drifts(budget);
    const client = withBudget(raw(), { budget });
    const reported = times('1.5');
    mock.script({ respond: { usage: { ...counts, cost: Number(reported) } } });
    await client.chat.completions.create({ model, messages: hi, max_completion_tokens: 600 });
    expect(seen).toEqual([
      {
        type: 'price-drift',
        budgetId: budget.id,
        model,
        provider: 'openrouter',
        tableUsd,
        reportedUsd: reported,
        share: 0.5,
      },
    ]);
    expect((await onlyEntry(budget)).actualUsd).toBe(reported);
  });

  test('priceDriftShare sets the share; a reported cost below the table drifts too', async () => {
    const budget = freshBudget();
    const seen = drifts(budget);
    const loose = withBudget(raw(), { budget, priceDriftShare: 0.6 });
    mock.script({ times: 2, respond: { usage: { ...counts, cost: Number(times('0.5')) } } });
    await loose.chat.completions.create({ model, messages: hi, max_completion_tokens: 600 });
    expect(seen).toEqual([]);
    const strict = withBudget(raw(), { budget, priceDriftShare: 0 });
    await strict.chat.completions.create({ model, messages: hi, max_completion_tokens: 600 });
    expect(seen).toMatchObject([{ share: 0.5, reportedUsd: times('0.5') }]);
  });

  test('a stream asks for usage and settles on the cost of its hidden usage chunk', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    const reported = times('1');
    mock.script({ respond: { usage: { ...counts, cost: Number(reported) } } });
    const stream = await client.chat.completions.create({
      model,
      messages: hi,
      max_completion_tokens: 600,
      stream: true,
    });
    let usageChunks = 0;
    for await (const chunk of stream) if (chunk.usage) usageChunks += 1;
    expect(usageChunks).toBe(0); // the caller did not ask for include_usage
    expect(mock.requests[0]?.body).toMatchObject({
      usage: { include: true },
      stream_options: { include_usage: true },
    });
    expect((await onlyEntry(budget)).actualUsd).toBe(reported);
  });

  test('without a reported cost the table prices the call; the caller’s usage options are kept', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    mock.script({ respond: { usage: counts } });
    await client.chat.completions.create({
      model,
      messages: hi,
      max_completion_tokens: 600,
      // OpenRouter's own request field, not in the SDK's types.
      ...({ usage: { include: false, note: 'kept' } } as object),
    });
    expect(mock.requests[0]?.body).toMatchObject({ usage: { include: true, note: 'kept' } });
    expect((await onlyEntry(budget)).actualUsd).toBe(tableUsd);
  });

  test('a Responses call asks for usage accounting and settles on the reported cost', async () => {
    const budget = freshBudget();
    const client = withBudget(raw(), { budget });
    const reported = times('1.01');
    mock.script({
      respond: { usage: { input_tokens: 1000, output_tokens: 500, cost: Number(reported) } },
    });
    await client.responses.create({ model, input: 'Say hi.', max_output_tokens: 600 });
    expect(mock.requests[0]?.path).toBe('/api/v1/responses');
    expect(mock.requests[0]?.body).toMatchObject({ usage: { include: true } });
    expect((await onlyEntry(budget)).actualUsd).toBe(reported);
  });

  describe('BYOK: the user pays OpenRouter its fee and the upstream provider on their own key', () => {
    const byok = (fee: string, upstream: string) => ({
      usage: {
        ...counts,
        cost: Number(fee),
        is_byok: true,
        cost_details: { upstream_inference_cost: Number(upstream) },
      },
    });

    test('charges cost + upstream_inference_cost; the fee on top of the table is no drift', async () => {
      const budget = freshBudget();
      const seen = drifts(budget);
      const client = withBudget(raw(), { budget });
      // OpenRouter's fee is 10% of the upstream bill, which matches the table exactly.
      const fee = times('0.1');
      mock.script({ times: 2, respond: byok(fee, tableUsd) });
      await client.chat.completions.create({ model, messages: hi, max_completion_tokens: 600 });
      const stream = await client.chat.completions.create({
        model,
        messages: hi,
        max_completion_tokens: 600,
        stream: true,
      });
      for await (const _ of stream);
      const both = formatUsd(money(fee).plus(tableUsd));
      const entries = await budget.ledger();
      expect(entries.map((entry) => entry.actualUsd)).toEqual([both, both]);
      expect((await budget.status()).spentUsd).toBe(formatUsd(money(both).times(2)));
      expect(seen).toEqual([]);
    });

    test('price-drift compares the table with the upstream bill and names it', async () => {
      const budget = freshBudget();
      const seen = drifts(budget);
      const client = withBudget(raw(), { budget });
      const upstream = times('1.5');
      const fee = times('0.05');
      mock.script({ respond: byok(fee, upstream) });
      await client.chat.completions.create({ model, messages: hi, max_completion_tokens: 600 });
      const both = formatUsd(money(fee).plus(upstream));
      expect(seen).toEqual([
        {
          type: 'price-drift',
          budgetId: budget.id,
          model,
          provider: 'openrouter',
          tableUsd,
          reportedUsd: both,
          upstreamUsd: upstream,
          share: 0.5,
        },
      ]);
      expect((await onlyEntry(budget)).actualUsd).toBe(both);
    });
  });

  test('other providers get no usage field', async () => {
    const client = withBudget(
      new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 }),
      { limitUsd: 1 },
    );
    await client.chat.completions.create({ model: 'gpt-4o', messages: hi });
    expect(mock.requests[0]?.body).not.toHaveProperty('usage');
  });
});
