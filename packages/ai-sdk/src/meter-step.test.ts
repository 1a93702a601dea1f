/**
 * Endings the loopback provider cannot produce on demand (a result without usage, usage
 * the pricing cannot read; streams: see watch-stream.test.ts), driven through the AI SDK's own
 * spec test model under the provider string of a real provider.
 */
import type {
  EmbeddingModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { createBudget, usageTokens } from '@tollgate/core';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import { generateText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { planStep } from './plan-step.js';
import { finish, streaming, usage } from './test-support/spec-models.js';

function generating(result: Partial<LanguageModelV4GenerateResult>, provider = 'openai.responses') {
  return new MockLanguageModelV4({
    provider,
    modelId: provider.startsWith('anthropic') ? 'claude-sonnet-4-5' : 'gpt-4.1',
    doGenerate: {
      content: [{ type: 'text', text: 'ok' }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: usage(10, 5),
      warnings: [],
      ...result,
    } as LanguageModelV4GenerateResult,
  });
}

let id = 0;
const budgetOf = () => createBudget({ id: `step-${++id}`, limitUsd: 10 });

describe('generate results', () => {
  test('normalised counts are priced when the provider gives no raw usage', async () => {
    const budget = budgetOf();
    await generateText({ model: withBudget(generating({}), { budget }), prompt: 'Hi' });
    const [entry] = await budget.ledger();
    expect(entry?.actualUsd).toBe(
      computeCost({
        provider: 'openai',
        model: 'gpt-4.1',
        usage: { input_tokens: 10, output_tokens: 5 },
      }).totalUsd,
    );
  });

  test('totals stand in for a missing uncached count; reasoning is recorded', async () => {
    const budget = budgetOf();
    const counted = {
      inputTokens: { total: 100, noCache: undefined, cacheRead: 40, cacheWrite: 10 },
      outputTokens: { total: 20, text: 5, reasoning: 15 },
    } as LanguageModelV4Usage;
    await generateText({
      model: withBudget(generating({ usage: counted }, 'anthropic.messages'), { budget }),
      prompt: 'Hi',
    });
    const [entry] = await budget.ledger();
    expect(entry?.details.tokens).toEqual(
      usageTokens({ uncached: 50, cacheRead: 40, cacheWrite5m: 10 }, { text: 5, reasoning: 15 }),
    );
  });

  test('a result whose usage cannot be read is charged its hold, never $0', async () => {
    for (const unreadable of [
      { inputTokens: { total: undefined }, outputTokens: { total: 5 } },
      { inputTokens: { total: 5, noCache: 5 }, outputTokens: { total: undefined } },
      usage(1, 1, { input_tokens: -4, output_tokens: 'many' }),
    ]) {
      const budget = budgetOf();
      await generateText({
        model: withBudget(generating({ usage: unreadable as LanguageModelV4Usage }), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 10,
      });
      const [entry] = await budget.ledger();
      expect(entry?.actualUsd).toBe(entry?.reservedUsd);
      expect(entry?.details.partial).toBe(true);
    }
  });

  test('provider-executed web searches are charged per call, and held for', async () => {
    const budget = budgetOf();
    const model = generating({
      content: [
        {
          type: 'tool-call',
          toolCallId: '1',
          toolName: 'search',
          input: '{}',
          providerExecuted: true,
        },
        {
          type: 'tool-call',
          toolCallId: '2',
          toolName: 'search',
          input: '{}',
          providerExecuted: true,
        },
        { type: 'text', text: 'found' },
      ],
      usage: usage(10, 5, { input_tokens: 10, output_tokens: 5 }),
    });
    await generateText({
      model: withBudget(model, { budget }),
      prompt: 'Search',
      maxOutputTokens: 10,
      tools: {
        search: { type: 'provider', id: 'openai.web_search', args: {} } as never,
      },
      providerOptions: { openai: { maxToolCalls: 2 } },
    });
    const [entry] = await budget.ledger();
    expect(entry?.details.toolCalls).toEqual({ webSearch: 2 });
    const exact = computeCost({
      provider: 'openai',
      model: 'gpt-4.1',
      usage: {
        inputTokens: 10,
        cacheReadTokens: 0,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        outputTokens: 5,
        webSearchRequests: 2,
      },
    });
    expect(entry?.actualUsd).toBe(exact.totalUsd);
  });
});

describe('planStep', () => {
  const settings = { pricing: defaultPricing(), metadata: undefined, provider: 'auto' as const };
  const prompt: LanguageModelV4CallOptions['prompt'] = [
    { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
  ];
  const anthropic = { provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5' };

  test('Anthropic: a reasoning level or a thinking budget without a size may use the whole output limit', () => {
    const limit = defaultPricing().resolve('anthropic', 'claude-sonnet-4-5').maxOutputTokens;
    const plan = (options: Partial<LanguageModelV4CallOptions>) =>
      planStep(anthropic, { prompt, maxOutputTokens: 100, ...options }, settings).outputTokens;
    expect(plan({})).toBe(100);
    expect(plan({ reasoning: 'none' })).toBe(100);
    expect(plan({ reasoning: 'provider-default' })).toBe(100);
    expect(plan({ reasoning: 'high' })).toBe(limit);
    expect(plan({ providerOptions: { anthropic: { thinking: { type: 'enabled' } } } })).toBe(limit);
    expect(
      plan({ providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 50 } } } }),
    ).toBe(150);
  });

  test('web search and fetch tools: fees per use and their results as input', () => {
    const tool = (toolId: `${string}.${string}`, args: Record<string, unknown> = {}) => ({
      type: 'provider' as const,
      id: toolId,
      name: toolId,
      args,
    });
    const base = planStep(anthropic, { prompt }, settings);
    const search = planStep(
      anthropic,
      { prompt, tools: [tool('anthropic.web_search_20250305', { maxUses: 2 })] },
      settings,
    );
    const fetch = planStep(
      anthropic,
      { prompt, tools: [tool('anthropic.web_fetch_20250910', { maxContentTokens: 500 })] },
      settings,
    );
    const other = planStep(
      anthropic,
      { prompt, tools: [tool('anthropic.bash_20250124')] },
      settings,
    );
    expect(search.inputTokens - base.inputTokens).toBeGreaterThan(20_000);
    expect(search.webSearchTools.has('anthropic.web_search_20250305')).toBe(true);
    expect(fetch.inputTokens - base.inputTokens).toBeGreaterThan(5_000);
    expect(fetch.inputTokens - base.inputTokens).toBeLessThan(10_000);
    expect(other.webSearchTools.size).toBe(0);
    expect(Number(search.holdUsd)).toBeGreaterThan(Number(base.holdUsd));
  });

  test('metadata rides on the plan', () => {
    const plan = planStep(anthropic, { prompt }, { ...settings, metadata: { team: 'a' } });
    expect(plan.metadata).toEqual({ team: 'a' });
  });
});

/** An OpenAI embedding model of the spec, answering with `doEmbed`. */
function embedder(doEmbed: EmbeddingModelV4['doEmbed']): EmbeddingModelV4 {
  return {
    specificationVersion: 'v4',
    provider: 'openai.embedding',
    modelId: 'text-embedding-3-small',
    maxEmbeddingsPerCall: 100,
    supportsParallelCalls: true,
    doEmbed,
  };
}

test('an embedding model that returns no usage is charged its hold; one that throws, nothing', async () => {
  const budget = budgetOf();
  const model = withBudget(
    embedder(async ({ values }) => ({ embeddings: values.map(() => [0]), warnings: [] })),
    { budget },
  );
  await model.doEmbed({ values: ['hello'] });
  const [entry] = await budget.ledger();
  expect(entry?.actualUsd).toBe(entry?.reservedUsd);
  const failing = withBudget(
    embedder(async () => {
      throw new Error('429');
    }),
    { budget: budgetOf() },
  );
  await expect(failing.doEmbed({ values: ['x'] })).rejects.toThrow('429');
  expect(await failing.budget.status()).toMatchObject({ calls: 0, reservedUsd: '0' });
});

test('an embedding call carries the metadata of its model', async () => {
  const budget = budgetOf();
  const reserved: unknown[] = [];
  budget.on('reserved', (event) => {
    reserved.push(event);
  });
  const model = withBudget(
    embedder(async ({ values }) => ({
      embeddings: values.map(() => [0]),
      usage: { tokens: 3 },
      warnings: [],
    })),
    { budget, metadata: { team: 'search' } },
  );
  await model.doEmbed({ values: ['hello'] });
  const [entry] = await budget.ledger();
  expect(entry?.details.tokens).toEqual(usageTokens({ uncached: 3 }));
  expect(JSON.stringify(reserved)).toContain('"team":"search"');
});

test('a finish part without readable usage is charged what arrived, not the hold', async () => {
  const budget = budgetOf();
  const model = withBudget(
    streaming([
      { type: 'text-delta', id: 't', delta: 'abcdef' },
      { type: 'error', error: new Error('overloaded') },
      finish({
        inputTokens: {
          total: undefined,
          noCache: undefined,
          cacheRead: undefined,
          cacheWrite: undefined,
        },
        outputTokens: { total: undefined, text: undefined, reasoning: undefined },
      }),
    ]),
    { budget },
  );
  const { stream } = await model.doStream({ prompt: [], maxOutputTokens: 500 });
  for await (const _part of stream);
  const [entry] = await budget.ledger();
  expect(entry?.details).toMatchObject({ partial: true, tokens: { output: { text: 6 } } });
  expect(Number(entry?.actualUsd)).toBeLessThan(Number(entry?.reservedUsd));
});
