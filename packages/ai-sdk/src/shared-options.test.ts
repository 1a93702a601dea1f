/**
 * Calls that share one call-options object while both run (a best-of-n or hedging middleware
 * above the metering, two `doGenerate`s of the same options) each run and are each charged:
 * the metering marks a copy it sends down, never the caller's options, which are the same
 * after as before. Through the real AI SDK (`ai` 7 and `ai` 5) and the real OpenAI and
 * Anthropic providers against the loopback mock, whose answers take 200 ms.
 */
import type { LanguageModelV4CallOptions, LanguageModelV4Middleware } from '@ai-sdk/provider';
import { generateText, wrapLanguageModel } from 'ai';
import { generateText as generateTextV5, wrapLanguageModel as wrapLanguageModelV5 } from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { budgetMiddleware, withBudget } from './index.js';
import {
  budgetFor,
  providersFor,
  providersV2For,
  useMockProvider,
} from './test-support/providers.js';

const mock = useMockProvider();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `doGenerate`, then again 50 ms later while the first still runs; both must succeed. */
function staggeredBestOfTwo(): LanguageModelV4Middleware {
  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate }) => {
      const first = doGenerate();
      await sleep(50);
      const [a] = await Promise.all([first, doGenerate()]);
      return a;
    },
  };
}

describe('ai 7: calls sharing one options object', () => {
  test('best-of-2 above withBudget: both attempts run and are charged', async () => {
    mock().script({ respond: { latencyMs: 200 }, times: 2 });
    const budget = budgetFor('shared');
    const model = wrapLanguageModel({
      model: withBudget(providersFor(mock()).openai.responses('gpt-4.1'), { budget }),
      middleware: staggeredBestOfTwo(),
    });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    expect(mock().requests).toHaveLength(2);
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });

  test('best-of-2 above budgetMiddleware: both attempts run and are charged', async () => {
    mock().script({ respond: { latencyMs: 200 }, times: 2 });
    const budget = budgetFor('shared');
    const model = wrapLanguageModel({
      model: providersFor(mock()).openai.responses('gpt-4.1'),
      middleware: [staggeredBestOfTwo(), budgetMiddleware({ budget })],
    });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });

  test('a hedge sending the same params to a backup model 50 ms later: both run', async () => {
    mock().script({ respond: { latencyMs: 200 }, times: 2 });
    const budget = budgetFor('shared');
    const { openai, anthropic } = providersFor(mock());
    const backup = withBudget(anthropic('claude-sonnet-4-5'), { budget });
    const hedge: LanguageModelV4Middleware = {
      specificationVersion: 'v4',
      wrapGenerate: async ({ doGenerate, params }) => {
        const first = doGenerate();
        await sleep(50);
        const [a] = await Promise.all([first, backup.doGenerate(params)]);
        return a;
      },
    };
    await generateText({
      model: wrapLanguageModel({
        model: withBudget(openai.responses('gpt-4.1'), { budget }),
        middleware: hedge,
      }),
      prompt: 'Hi',
      maxOutputTokens: 20,
    });
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });

  test("two doGenerate calls on one options object both run; the caller's object is unchanged", async () => {
    mock().script({ respond: { latencyMs: 200 }, times: 2 });
    const budget = budgetFor('shared');
    const model = withBudget(providersFor(mock()).openai.responses('gpt-4.1'), { budget });
    const prompt: LanguageModelV4CallOptions['prompt'] = [
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
    ];
    const options: LanguageModelV4CallOptions = { prompt, maxOutputTokens: 20 };
    const keys = Object.keys(options);
    const first = model.doGenerate(options);
    await sleep(50);
    expect(Object.getOwnPropertySymbols(options)).toEqual([]);
    expect(options.prompt).toBe(prompt);
    await Promise.all([first, model.doGenerate(options)]);
    expect(Object.keys(options)).toEqual(keys);
    expect(Object.getOwnPropertySymbols(options)).toEqual([]);
    expect(Object.getOwnPropertySymbols(prompt)).toEqual([]);
    expect(options.prompt).toBe(prompt);
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });
});

describe('ai 5 (v2 models): calls sharing one options object', () => {
  test('best-of-2 above withBudget: both attempts run and are charged', async () => {
    mock().script({ respond: { latencyMs: 200 }, times: 2 });
    const budget = budgetFor('shared');
    const model = wrapLanguageModelV5({
      model: withBudget(providersV2For(mock()).openai.responses('gpt-4.1'), { budget }),
      middleware: {
        middlewareVersion: 'v2',
        wrapGenerate: async ({ doGenerate }) => {
          const first = doGenerate();
          await sleep(50);
          const [a] = await Promise.all([first, doGenerate()]);
          return a;
        },
      },
    });
    await generateTextV5({ model, prompt: 'Hi', maxOutputTokens: 20 });
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });
});
