/**
 * Gemini through the real `@ai-sdk/google` (Gemini API) and `@ai-sdk/google-vertex`
 * (Vertex AI, express mode: an API key instead of Google auth, so it reaches the loopback
 * mock with no SDK internals replaced). Expected costs are worked by hand from the tables:
 * gemini-2.5-flash (both tables) $0.30 input, $0.03 cached input, $2.50 output per million;
 * gemini-2.5-pro $1.25 / $10, above 200,000 input tokens $2.50 / $15;
 * gemini-embedding-001 $0.15 input; Claude Sonnet 4.5 on Vertex $3.30 input, $0.33 cache
 * read, $4.125 5-minute cache write, $16.50 output.
 */
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createVertex } from '@ai-sdk/google-vertex';
import { createVertexAnthropic } from '@ai-sdk/google-vertex/anthropic';
import type { EmbeddingModelV4, LanguageModelV4 } from '@ai-sdk/provider';
import { embed, embedMany, generateText, streamText } from 'ai';
import { describe, expect, test } from 'vitest';
import {
  BudgetExceededError,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import {
  expectAbortedStreamCharged,
  expectTokensCharged,
  expectToolLoopHalted,
  only,
} from './test-support/scenarios.js';

const mock = useMockProvider();

const budgetOf = (limitUsd: string | number = 10) => budgetFor('gemini', limitUsd);

function gemini(modelId: string): LanguageModelV4 {
  return createGoogleGenerativeAI({ apiKey: 'test', baseURL: mock().googleBaseURL })(modelId);
}

function vertex(modelId: string): LanguageModelV4 {
  const baseURL = `${mock().url}/v1/projects/acme/locations/us-central1/publishers/google`;
  return createVertex({ apiKey: 'test', baseURL })(modelId);
}

describe.each([
  ['google.generative-ai', gemini, 'gemini'],
  ['google.vertex.chat', vertex, 'vertex'],
] as const)('%s', (provider, modelOf, optionsKey) => {
  test('the model reports the provider string the route is for', () => {
    expect(modelOf('gemini-2.5-flash').provider).toBe(provider);
  });

  test('generateText charges cached and thinking tokens exactly from usageMetadata', async () => {
    const budget = budgetOf();
    mock().script({
      respond: {
        text: 'Hi there',
        usage: {
          promptTokenCount: 1000,
          cachedContentTokenCount: 400,
          candidatesTokenCount: 200,
          thoughtsTokenCount: 300,
        },
      },
    });
    const result = await generateText({
      model: withBudget(modelOf('gemini-2.5-flash'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 1000,
    });
    expect(result.text).toBe('Hi there');
    // 600 uncached x 0.30 + 400 cached x 0.03 + (200 + 300 thoughts) x 2.50, per million.
    const entry = await only(budget.ledger());
    expect(entry.actualUsd).toBe('0.001442');
    expect(await budget.status()).toMatchObject({ spentUsd: '0.001442', reservedUsd: '0' });
  });

  test('streamText settles from the finish part, tool-use prompt tokens as input', async () => {
    const budget = budgetOf();
    mock().script({
      respond: {
        text: 'one two three',
        usage: { promptTokenCount: 2000, candidatesTokenCount: 100, toolUsePromptTokenCount: 500 },
      },
    });
    const result = streamText({
      model: withBudget(modelOf('gemini-2.5-flash'), { budget }),
      prompt: 'Count to three',
      maxOutputTokens: 200,
    });
    expect(await result.text).toBe('one two three');
    // (2,000 + 500) x 0.30 + 100 x 2.50, per million.
    expect((await only(budget.ledger())).actualUsd).toBe('0.001');
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a call the budget cannot cover is refused before any request', async () => {
    const budget = budgetOf('0.000001');
    const error = await generateText({
      model: withBudget(modelOf('gemini-2.5-flash'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 1000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });

  test('an unknown model is refused with UNKNOWN_MODEL before any request', async () => {
    const error = await generateText({
      model: withBudget(modelOf('gemini-9-ultra'), { limitUsd: 1 }),
      prompt: 'Hello',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(error).toMatchObject({ code: 'UNKNOWN_MODEL', model: 'gemini-9-ultra' });
    expect(mock().requests).toHaveLength(0);
  });

  test('a stream aborted mid-way is charged what was consumed, nothing left held', async () => {
    await expectAbortedStreamCharged(modelOf('gemini-2.5-flash'), budgetOf(), mock());
  });

  test('a stream cut by an error chunk or a dropped connection ends its hold, never at $0', async () => {
    for (const fault of [{ errorEventAfterChunks: 2 }, { dropAfterChunks: 2 }]) {
      const budget = budgetOf();
      mock().script({ respond: { text: 'one two three four five six', ...fault } });
      const parts: string[] = [];
      const result = streamText({
        model: withBudget(modelOf('gemini-2.5-flash'), { budget }),
        prompt: 'Count',
        maxOutputTokens: 40,
        maxRetries: 0,
        onError: () => {},
      });
      // A broken body reaches the caller as the SDK reports it (an error part or a throw).
      try {
        for await (const part of result.fullStream) parts.push(part.type);
      } catch {
        parts.push('thrown');
      }
      await budget.flush();
      expect(parts.some((type) => type === 'error' || type === 'thrown')).toBe(true);
      const entry = await only(budget.ledger());
      expect(Number(entry.actualUsd)).toBeGreaterThan(0);
      expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
      expect((await budget.status()).reservedUsd).toBe('0');
    }
  });

  test('a tool loop the budget cannot finish is halted before the step it cannot cover', async () => {
    await expectToolLoopHalted(() => modelOf('gemini-2.5-flash'), budgetOf, mock());
    // Each step after the first sent the function's response back to the model.
    expect(JSON.stringify(mock().requests[1]?.body)).toContain('functionResponse');
  });

  test('a named context cache is input the prompt does not show: held at the context window', async () => {
    const cache = { cachedContent: 'cachedContents/abc123' };
    const error = await generateText({
      model: withBudget(modelOf('gemini-2.5-flash'), { limitUsd: '0.3' }),
      prompt: 'Hello',
      maxOutputTokens: 10,
      providerOptions: optionsKey === 'gemini' ? { google: cache } : { vertex: cache },
    }).catch((caught: unknown) => caught);
    // 1,048,576 context-window tokens x 0.30 + 10 x 2.50, per million.
    expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED', requestedUsd: '0.3145978' });
    expect(mock().requests).toHaveLength(0);
  });

  test('the priority tier has no price: refused as unmetered, or let through with its tokens charged', async () => {
    const tier =
      optionsKey === 'gemini'
        ? { google: { serviceTier: 'priority' } }
        : { vertex: { sharedRequestType: 'priority' } };
    const budget = budgetOf();
    const error = await generateText({
      model: withBudget(modelOf('gemini-2.5-flash'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 10,
      providerOptions: tier,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(mock().requests).toHaveLength(0);
    await generateText({
      model: withBudget(modelOf('gemini-2.5-flash'), { budget, unmetered: 'allow' }),
      prompt: 'Hello',
      maxOutputTokens: 10,
      providerOptions: tier,
    });
    expect(mock().requests).toHaveLength(1);
    await expectTokensCharged(budget);
  });
});

describe('Gemini specifics', () => {
  test('a prompt that could cross 200,000 tokens is held at the long-context rates', async () => {
    // 210,000 bytes of text: its bound is above the cliff, so input is held at $2.50 and
    // output at $15 per million, not $1.25 / $10.
    const long = 'a '.repeat(105_000);
    const error = await generateText({
      model: withBudget(gemini('gemini-2.5-pro'), { limitUsd: '0.5' }),
      prompt: long,
      maxOutputTokens: 100,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    // (210,000 bytes + 32 request + 4 message + 4 part framing) x 2.50 + 100 x 15, per million.
    expect(error).toMatchObject({ requestedUsd: '0.5266' });
    expect(mock().requests).toHaveLength(0);
    // Below the cliff the same budget holds the base rates: 180,040 x 1.25 + 100 x 10.
    const budget = budgetOf('0.5');
    await generateText({
      model: withBudget(gemini('gemini-2.5-pro'), { budget }),
      prompt: 'a '.repeat(90_000),
      maxOutputTokens: 100,
    });
    expect((await only(budget.ledger())).reservedUsd).toBe('0.22605');
  });

  test('usage past the cliff is charged at the long-context rates', async () => {
    const budget = budgetOf();
    mock().script({
      respond: { text: 'ok', usage: { promptTokenCount: 250_000, candidatesTokenCount: 1000 } },
    });
    await generateText({
      model: withBudget(gemini('gemini-2.5-pro'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 1000,
    });
    // 250,000 x 2.50 + 1,000 x 15, per million.
    expect((await only(budget.ledger())).actualUsd).toBe('0.64');
  });

  test('grounding with Google Search is charged per use by Google: refused as unmetered', async () => {
    const google = createGoogleGenerativeAI({ apiKey: 'test', baseURL: mock().googleBaseURL });
    const error = await generateText({
      model: withBudget(google('gemini-2.5-flash'), { limitUsd: 1 }),
      prompt: 'News today?',
      maxOutputTokens: 10,
      tools: { google_search: google.tools.googleSearch({}) },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(mock().requests).toHaveLength(0);
  });

  test('embed and embedMany: Gemini returns no token count, so each is charged its hold', async () => {
    const budget = budgetOf();
    const google = createGoogleGenerativeAI({ apiKey: 'test', baseURL: mock().googleBaseURL });
    const model: EmbeddingModelV4 = withBudget(google.embedding('gemini-embedding-001'), {
      budget,
    });
    const one = await embed({ model, value: 'hello' });
    expect(one.embedding).toHaveLength(3072);
    const many = await embedMany({ model, values: ['a', 'bb'] });
    expect(many.embeddings).toHaveLength(2);
    expect(mock().requests.map((request) => request.path)).toEqual([
      '/v1beta/models/gemini-embedding-001:embedContent',
      '/v1beta/models/gemini-embedding-001:batchEmbedContents',
    ]);
    // 'hello': 5 bytes + 1 = 6 tokens; 'a', 'bb': 2 + 3 = 5 tokens; at $0.15 per million
    // (the ledger lists the newest first).
    const entries = await budget.ledger();
    expect(entries.map((entry) => entry.actualUsd)).toEqual(['0.00000075', '0.0000009']);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('Vertex AI embeddings are charged the tokens Vertex counts, predict and embedContent alike', async () => {
    const budget = budgetOf();
    const vertexAi = createVertex({
      apiKey: 'test',
      baseURL: `${mock().url}/v1/projects/acme/locations/us-central1/publishers/google`,
    });
    const predicted = withBudget(vertexAi.embeddingModel('gemini-embedding-001'), { budget });
    mock().script({ respond: { usage: { token_count: 1000 } } });
    const many = await embedMany({ model: predicted, values: ['a', 'bb'] });
    expect(many.embeddings).toHaveLength(2);
    const single = withBudget(vertexAi.embeddingModel('gemini-embedding-2'), { budget });
    mock().script({ respond: { usage: { promptTokenCount: 3000 } } });
    await embed({ model: single, value: 'hello' });
    expect(mock().requests.map((request) => request.path.split('/').at(-1))).toEqual([
      'gemini-embedding-001:predict',
      'gemini-embedding-2:embedContent',
    ]);
    // 2 x 1,000 tokens at $0.15 per million; then 3,000 at $0.20 (newest first).
    const entries = await budget.ledger();
    expect(entries.map((entry) => entry.actualUsd)).toEqual(['0.0006', '0.0003']);
  });

  test('a 429 retried by the SDK holds once per attempt and releases the failed one', async () => {
    const budget = budgetOf();
    mock().script({ respond: { status: 429 } });
    mock().script({
      respond: { text: 'ok', usage: { promptTokenCount: 10, candidatesTokenCount: 1 } },
    });
    await generateText({
      model: withBudget(gemini('gemini-2.5-flash'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 10,
    });
    expect(mock().requests).toHaveLength(2);
    // 10 x 0.30 + 1 x 2.50, per million; the failed attempt costs nothing.
    expect(await budget.status()).toMatchObject({
      spentUsd: '0.0000055',
      reservedUsd: '0',
      calls: 1,
    });
  });
});

describe('Claude on Vertex AI (@ai-sdk/google-vertex/anthropic)', () => {
  // The provider takes a token generator in place of Google auth: no SDK internals replaced.
  const claude = () =>
    createVertexAnthropic({
      baseURL: `${mock().url}/v1/projects/acme/locations/us-east5/publishers/anthropic/models`,
      generateAuthToken: async () => 'test-token',
    })('claude-sonnet-4-5@20250929');

  test('is priced at Vertex rates from the Anthropic usage, cache reads and writes included', async () => {
    const budget = budgetOf();
    expect(claude().provider).toBe('googleVertex.anthropic.messages');
    mock().script({
      respond: {
        text: 'Hi',
        usage: {
          input_tokens: 1000,
          cache_read_input_tokens: 2000,
          cache_creation_input_tokens: 400,
          output_tokens: 300,
        },
      },
    });
    await generateText({
      model: withBudget(claude(), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 500,
    });
    expect(mock().requests[0]?.path).toMatch(/claude-sonnet-4-5@20250929:rawPredict$/);
    // 1,000 x 3.30 + 2,000 x 0.33 + 400 x 4.125 + 300 x 16.50, per million.
    const entry = await only(budget.ledger());
    expect(entry).toMatchObject({ actualUsd: '0.01056' });
    expect(entry.details.model).toBe('claude-sonnet-4-5');
  });

  test('streams settle from the finish part; a call the budget cannot cover sends nothing', async () => {
    const budget = budgetOf();
    mock().script({ respond: { text: 'one two', usage: { input_tokens: 100, output_tokens: 2 } } });
    const result = streamText({
      model: withBudget(claude(), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 50,
    });
    expect(await result.text).toBe('one two');
    // 100 x 3.30 + 2 x 16.50, per million.
    expect((await only(budget.ledger())).actualUsd).toBe('0.000363');
    mock().reset();
    const error = await generateText({
      model: withBudget(claude(), { limitUsd: '0.000001' }),
      prompt: 'Hello',
      maxOutputTokens: 50,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });
});
