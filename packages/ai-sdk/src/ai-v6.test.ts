/**
 * `ai` 6 (model specification v3, `@ai-sdk/*` 3) at run time: the same metering through
 * the real `ai` 6 functions and providers against the mock provider.
 */
import type { Budget } from '@tollgate/core';
import { computeCost } from '@tollgate/pricing';
import { createAnthropic } from 'ai-sdk-anthropic-v3';
import { createOpenAI } from 'ai-sdk-openai-v3';
import {
  defaultSettingsMiddleware,
  embed,
  generateText,
  type LanguageModelMiddleware,
  stepCountIs,
  streamText,
  tool,
  wrapLanguageModel,
} from 'ai-v6';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { BudgetExceededError, budgetMiddleware, withBudget } from './index.js';
import {
  type AiFunctions,
  expectLayersAroundDefaultSettingsRefused,
  expectWithBudgetAroundMiddlewareRefused,
} from './test-support/layer-scenarios.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';

const mock = useMockProvider();

const aiV6: AiFunctions = { generateText, wrapLanguageModel, defaultSettingsMiddleware };

const budgetOf = (limitUsd: string | number = 10) => budgetFor('v6', limitUsd);
const openai = () => createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL });
const anthropic = () =>
  createAnthropic({ apiKey: 'test', baseURL: `${mock().anthropicBaseURL}/v1` });

describe('ai 6 (specification v3)', () => {
  test.each([
    ['openai.responses', () => openai()('gpt-4.1'), 'openai'],
    ['openai.chat', () => openai().chat('gpt-4.1'), 'openai'],
    ['anthropic.messages', () => anthropic()('claude-sonnet-4-5'), 'anthropic'],
  ] as const)(
    '%s: generateText and streamText settle exactly',
    async (_name, modelOf, provider) => {
      const budget = budgetOf();
      const model = withBudget(modelOf(), { budget });
      expect(model.specificationVersion).toBe('v3');
      const generated = await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
      const streamed = streamText({ model, prompt: 'Hi', maxOutputTokens: 20 });
      await streamed.consumeStream();
      const entries = (await budget.ledger()).sort((a, b) => a.settledAt - b.settledAt);
      expect(entries).toHaveLength(2);
      const usage = generated.usage.raw ?? {
        input_tokens: generated.usage.inputTokens,
        output_tokens: generated.usage.outputTokens,
      };
      const exact = computeCost({ provider, model: entries[0]?.details.model as string, usage });
      expect(entries.map((entry) => entry.actualUsd)).toContain(exact.totalUsd);
      expect(entries.every((entry) => entry.details.partial === undefined)).toBe(true);
      expect((await budget.status()).reservedUsd).toBe('0');
    },
  );

  test('a tool loop the budget cannot finish is refused before the step it cannot cover', async () => {
    const budget = budgetOf('0.002');
    mock().script({
      respond: { toolCall: { name: 'weather', arguments: { city: 'Oslo' } } },
      times: Number.POSITIVE_INFINITY,
    });
    const error = await generateText({
      model: withBudget(openai()('gpt-4.1'), { budget }),
      prompt: 'Weather?',
      maxOutputTokens: 50,
      tools: {
        weather: tool({
          inputSchema: z.object({ city: z.string() }),
          execute: async () => 'sunny',
        }),
      },
      stopWhen: stepCountIs(100),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    const status = await budget.status();
    expect(status.calls).toBeGreaterThanOrEqual(1);
    expect(mock().requests).toHaveLength(status.calls);
    expect(status.reservedUsd).toBe('0');
  });

  test('ai 7 accepts a wrapped v3 model too (it adapts v3 models itself)', async () => {
    const budget = budgetOf();
    const { generateText: generateTextV7 } = await import('ai');
    const result = await generateTextV7({
      model: withBudget(anthropic()('claude-sonnet-4-5'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
    });
    expect(result.text.length).toBeGreaterThan(0);
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
  });

  test('embed meters a v3 embedding model', async () => {
    const budget = budgetOf();
    const result = await embed({
      model: withBudget(openai().embedding('text-embedding-3-small'), { budget }),
      value: 'hello',
    });
    const [entry] = await budget.ledger();
    expect(entry?.details.tokens).toMatchObject({ input: { uncached: result.usage.tokens } });
  });

  test("budgetMiddleware goes into ai 6's wrapLanguageModel as it is (v3), generating and streaming", async () => {
    const budget = budgetOf();
    const middleware = budgetMiddleware({ budget });
    expect(middleware.specificationVersion).toBe('v3');
    const model = wrapLanguageModel({ model: anthropic()('claude-sonnet-4-5'), middleware });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
    const stream = streamText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    await stream.consumeStream();
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });

  test.each([
    [
      'withBudget on the model, the middleware around it',
      (budget: Budget, twice: LanguageModelMiddleware) =>
        wrapLanguageModel({
          model: withBudget(openai().chat('gpt-4.1'), { budget }),
          middleware: twice,
        }),
    ],
    [
      'budgetMiddleware last (innermost)',
      (budget: Budget, twice: LanguageModelMiddleware) =>
        wrapLanguageModel({
          model: openai().chat('gpt-4.1'),
          middleware: [twice, budgetMiddleware({ budget })],
        }),
    ],
  ])(
    'closest to the model (%s), the budget charges every call a middleware makes',
    async (_place, modelOf) => {
      // A retry, fallback or best-of-n middleware: it calls the model twice.
      const twice: LanguageModelMiddleware = {
        specificationVersion: 'v3',
        wrapGenerate: async ({ doGenerate }) => {
          await doGenerate();
          return doGenerate();
        },
      };
      const budget = budgetOf();
      await generateText({ model: modelOf(budget, twice), prompt: 'Hi', maxOutputTokens: 20 });
      expect(mock().requests).toHaveLength(2);
      expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
      const entries = await budget.ledger();
      expect(entries.map((entry) => entry.actualUsd)).toEqual([
        entries[0]?.actualUsd,
        entries[0]?.actualUsd,
      ]);
      expect(Number(entries[0]?.actualUsd)).toBeGreaterThan(0);
    },
  );

  test("two layers with ai 6's defaultSettingsMiddleware between them are refused unsent", async () => {
    await expectLayersAroundDefaultSettingsRefused(
      aiV6,
      openai()('gpt-4.1'),
      { outer: budgetOf(), inner: budgetOf() },
      mock(),
    );
  });

  test("a model metered twice through ai 6's wrapLanguageModel is refused unsent", async () => {
    await expectWithBudgetAroundMiddlewareRefused(aiV6, openai()('gpt-4.1'), budgetOf(), mock());
  });
});
