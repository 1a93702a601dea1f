/**
 * A model metered twice is refused at its first call, before anything is held or sent;
 * separate calls made while another runs (tools, agent loops, parallel calls) are not.
 */

import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4, LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { Budget } from '@tollgate/core';
import {
  defaultSettingsMiddleware,
  embed,
  extractReasoningMiddleware,
  generateText,
  type LanguageModelMiddleware,
  simulateStreamingMiddleware,
  stepCountIs,
  streamText,
  ToolLoopAgent,
  tool,
  wrapEmbeddingModel,
  wrapLanguageModel,
} from 'ai';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { budgetMiddleware, InvalidOptionsError, withBudget } from './index.js';
import { callBelow, refuseMeteredTwice } from './metering-layer.js';
import { budgetFor, providersFor, useMockProvider } from './test-support/providers.js';
import { collect } from './test-support/scenarios.js';

const mock = useMockProvider();

const budgetOf = () => budgetFor('layer');
const gpt = () => providersFor(mock()).openai('gpt-4.1');

/** A middleware that changes nothing, to stack around a metered model. */
const passing: LanguageModelMiddleware = {
  specificationVersion: 'v4',
  wrapGenerate: ({ doGenerate }) => doGenerate(),
  wrapStream: ({ doStream }) => doStream(),
};

const doubles: Array<[string, (budget: Budget) => LanguageModelV4, string]> = [
  [
    'withBudget around a model with budgetMiddleware',
    (budget) =>
      withBudget(wrapLanguageModel({ model: gpt(), middleware: budgetMiddleware({ budget }) }), {
        budget,
      }),
    'Invalid budgetMiddleware options: model: expected a model metered once, received one already metered by withBudget',
  ],
  [
    'budgetMiddleware around a withBudget model',
    (budget) =>
      wrapLanguageModel({
        model: withBudget(gpt(), { budget }),
        middleware: budgetMiddleware({ budget }),
      }),
    'Invalid withBudget options: model: expected a model metered once, received one already metered by budgetMiddleware',
  ],
  [
    'budgetMiddleware listed twice',
    (budget) =>
      wrapLanguageModel({
        model: gpt(),
        middleware: [budgetMiddleware({ budget }), budgetMiddleware({ budget })],
      }),
    'Invalid budgetMiddleware options: model: expected a model metered once, received one already metered by budgetMiddleware',
  ],
  [
    'two layers with other middleware between them',
    (budget) =>
      withBudget(
        wrapLanguageModel({
          model: wrapLanguageModel({ model: gpt(), middleware: budgetMiddleware({ budget }) }),
          middleware: passing,
        }),
        { budget },
      ),
    'already metered by withBudget',
  ],
];

/**
 * Middleware that rebuild the options between two layers: the AI SDK's own (its
 * `defaultSettingsMiddleware` copies them with `for...in`, dropping symbols) and users' that
 * spread them or rebuild them field by field around the same prompt.
 */
const rebuilding: Array<[string, () => LanguageModelMiddleware]> = [
  ['defaultSettingsMiddleware', () => defaultSettingsMiddleware({ settings: { temperature: 0 } })],
  [
    'defaultSettingsMiddleware with provider options',
    () =>
      defaultSettingsMiddleware({
        settings: { maxOutputTokens: 30, providerOptions: { openai: { user: 'u' } } },
      }),
  ],
  ['extractReasoningMiddleware', () => extractReasoningMiddleware({ tagName: 'think' })],
  ['simulateStreamingMiddleware', () => simulateStreamingMiddleware()],
  [
    'a middleware spreading the options',
    () => ({ specificationVersion: 'v4', transformParams: async ({ params }) => ({ ...params }) }),
  ],
  [
    'a middleware rebuilding the options field by field',
    () => ({
      specificationVersion: 'v4',
      transformParams: async ({ params }) => ({
        prompt: params.prompt,
        ...(params.maxOutputTokens === undefined
          ? {}
          : { maxOutputTokens: params.maxOutputTokens }),
      }),
    }),
  ],
];

async function expectNothingHeldOrSent(budget: Budget): Promise<void> {
  expect(mock().requests).toHaveLength(0);
  expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  expect(await budget.ledger()).toHaveLength(0);
}

describe('a model metered twice', () => {
  test.each(doubles)(
    '%s: generateText is refused before anything is held or sent',
    async (_name, modelOf, message) => {
      const budget = budgetOf();
      const error = await generateText({
        model: modelOf(budget),
        prompt: 'Hi',
        maxOutputTokens: 20,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'model' }] });
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).toContain('charged twice');
      await expectNothingHeldOrSent(budget);
    },
  );

  test.each(doubles)(
    '%s: streamText reports the refusal and sends nothing',
    async (_name, modelOf) => {
      const budget = budgetOf();
      const errors: unknown[] = [];
      const result = streamText({
        model: modelOf(budget),
        prompt: 'Hi',
        maxOutputTokens: 20,
        onError: ({ error }) => {
          errors.push(error);
        },
      });
      const parts = await collect(result.fullStream);
      expect(parts.find((part) => part.type === 'error')).toMatchObject({
        error: expect.any(InvalidOptionsError),
      });
      expect(errors).toEqual([expect.any(InvalidOptionsError)]);
      await expectNothingHeldOrSent(budget);
    },
  );

  test('layers on different budgets are refused too, naming both budgets', async () => {
    const outer = budgetOf();
    const inner = budgetOf();
    const model = withBudget(
      wrapLanguageModel({ model: gpt(), middleware: budgetMiddleware({ budget: inner }) }),
      { budget: outer },
    );
    const error = await Promise.resolve(
      model.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] }),
    ).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(
      `withBudget (budget "${outer.id}") around this budgetMiddleware (budget "${inner.id}")`,
    );
    await expectNothingHeldOrSent(outer);
    await expectNothingHeldOrSent(inner);
  });

  test.each(rebuilding)(
    '%s between two layers: refused before anything is held or sent (generateText, streamText)',
    async (_name, middlewareOf) => {
      const outer = budgetOf();
      const inner = budgetOf();
      const model = withBudget(
        wrapLanguageModel({
          model: withBudget(gpt(), { budget: inner }),
          middleware: middlewareOf(),
        }),
        { budget: outer },
      );
      const error = await generateText({ model, prompt: 'Hi', maxOutputTokens: 5 }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain('already metered by withBudget');
      const streamed = await collect(
        streamText({ model, prompt: 'Hi', maxOutputTokens: 5, onError: () => {} }).fullStream,
      );
      expect(streamed.find((part) => part.type === 'error')).toMatchObject({
        error: expect.any(InvalidOptionsError),
      });
      await expectNothingHeldOrSent(outer);
      await expectNothingHeldOrSent(inner);
    },
  );

  test.each(rebuilding)(
    '%s around a model metered once: one charge, and the same wire request as unmetered',
    async (_name, middlewareOf) => {
      const budget = budgetOf();
      const call = (model: LanguageModelV4) =>
        generateText({
          model: wrapLanguageModel({ model, middleware: middlewareOf() }),
          prompt: 'Hi',
          maxOutputTokens: 5,
        });
      await call(gpt());
      await call(withBudget(gpt(), { budget }));
      const [unmetered, metered] = mock().requests;
      expect(metered?.body).toEqual(unmetered?.body);
      expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
    },
  );

  test('an embedding model metered twice is refused before anything is held or sent', async () => {
    const budget = budgetOf();
    const embedder = wrapEmbeddingModel({
      model: withBudget(providersFor(mock()).openai.embedding('text-embedding-3-small'), {
        budget,
      }),
      middleware: { specificationVersion: 'v4' },
    });
    const error = await embed({ model: withBudget(embedder, { budget }), value: 'hello' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InvalidOptionsError);
    await expectNothingHeldOrSent(budget);
  });

  test('the same model wrapped once is accepted again after a refusal', async () => {
    const budget = budgetOf();
    await generateText({ model: doubles[0]?.[1](budget) as LanguageModelV4, prompt: 'Hi' }).catch(
      () => undefined,
    );
    await generateText({ model: withBudget(gpt(), { budget }), prompt: 'Hi', maxOutputTokens: 20 });
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
  });
});

describe('separate calls are not metered twice', () => {
  /** A tool whose `execute` calls `generateText` on another metered model. */
  const askingTool = (model: LanguageModelV4) => ({
    ask: tool({
      description: 'Ask another model',
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => {
        const { text } = await generateText({ model, prompt: city, maxOutputTokens: 20 });
        return text;
      },
    }),
  });
  const callAsk = { toolCall: { name: 'ask', arguments: { city: 'Oslo' } } };

  test.each([
    ['withBudget', (budget: Budget) => withBudget(gpt(), { budget })],
    [
      'budgetMiddleware',
      (budget: Budget) =>
        wrapLanguageModel({ model: gpt(), middleware: budgetMiddleware({ budget }) }),
    ],
  ])('a tool calling another metered model during generateText (%s)', async (_name, modelOf) => {
    const outer = budgetOf();
    const inner = budgetOf();
    mock().script({ respond: callAsk });
    const result = await generateText({
      model: modelOf(outer),
      prompt: 'Weather?',
      maxOutputTokens: 40,
      tools: askingTool(modelOf(inner)),
      stopWhen: stepCountIs(3),
    });
    expect(result.steps).toHaveLength(2);
    expect(mock().requests).toHaveLength(3);
    expect(await outer.status()).toMatchObject({ reservedUsd: '0', calls: 2 });
    expect(await inner.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
  });

  test('a tool calling the same metered model during streamText (the tool runs while the stream is read)', async () => {
    const budget = budgetOf();
    const model = withBudget(gpt(), { budget });
    mock().script({ respond: callAsk });
    const errors: unknown[] = [];
    const result = streamText({
      model,
      prompt: 'Weather?',
      maxOutputTokens: 40,
      tools: askingTool(model),
      stopWhen: stepCountIs(3),
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    const parts = await collect(result.fullStream);
    expect(errors).toEqual([]);
    expect(parts.filter((part) => part.type === 'tool-result')).toHaveLength(1);
    expect(mock().requests).toHaveLength(3);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 3 });
  });

  test('a tool streaming from a metered model while the outer stream is read', async () => {
    const budget = budgetOf();
    const model = wrapLanguageModel({ model: gpt(), middleware: budgetMiddleware({ budget }) });
    mock().script({ respond: callAsk });
    const result = streamText({
      model,
      prompt: 'Weather?',
      maxOutputTokens: 40,
      stopWhen: stepCountIs(3),
      tools: {
        ask: tool({
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }) =>
            streamText({ model, prompt: city, maxOutputTokens: 20 }).text,
        }),
      },
    });
    await result.consumeStream();
    expect(await result.steps).toHaveLength(2);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 3 });
  });

  test('calls running side by side on one prompt array (one prompt sent to several models)', async () => {
    const first = budgetOf();
    const second = budgetOf();
    const prompt: LanguageModelV4Prompt = [
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
    ];
    // The first call stays in flight (its request held at the fetch) while the others run.
    let entered: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const held = createOpenAI({
      apiKey: 'test',
      baseURL: mock().openaiBaseURL,
      fetch: async (input, init) => {
        entered();
        await gate;
        return fetch(input, init);
      },
    });
    const running = withBudget(held('gpt-4.1'), { budget: first }).doGenerate({
      prompt,
      maxOutputTokens: 5,
    });
    await inFlight;
    const viaMiddleware = wrapLanguageModel({
      model: gpt(),
      middleware: budgetMiddleware({ budget: second }),
    });
    await viaMiddleware.doGenerate({ prompt, maxOutputTokens: 5 });
    const streamed = await withBudget(gpt(), { budget: second }).doStream({
      prompt,
      maxOutputTokens: 5,
    });
    await collect(streamed.stream);
    open();
    await running;
    expect(mock().requests).toHaveLength(3);
    expect(await first.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
    expect(await second.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
    // The prompt the caller passed is its own again, unchanged.
    expect(prompt).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]);
  });

  test('an agent loop of several steps, and calls running side by side', async () => {
    const budget = budgetOf();
    const model = withBudget(gpt(), { budget });
    mock().script({ respond: callAsk, times: 2 });
    const agent = new ToolLoopAgent({
      model,
      tools: askingTool(model),
      stopWhen: stepCountIs(5),
      maxOutputTokens: 40,
    });
    const [first, second] = await Promise.all([
      agent.generate({ prompt: 'Weather?' }),
      generateText({ model, prompt: 'Hi', maxOutputTokens: 20 }),
    ]);
    expect(first.steps.length).toBeGreaterThanOrEqual(2);
    expect(second.steps).toHaveLength(1);
    expect(await budget.status()).toMatchObject({
      reservedUsd: '0',
      calls: mock().requests.length,
    });
  });
});

describe('the marks on call options', () => {
  const layer = { where: 'withBudget', budgetId: 'b' } as const;

  const other = { where: 'budgetMiddleware', budgetId: 'c' } as const;

  test('options without a prompt or values array are marked by the symbol alone', async () => {
    for (const options of [{}, { prompt: 'not a list' }, { values: undefined }]) {
      refuseMeteredTwice(layer, options);
      const inside = await callBelow(layer, options, async (marked) => {
        expect(() => refuseMeteredTwice(other, marked)).toThrow(InvalidOptionsError);
        // The caller's options are not the ones marked.
        refuseMeteredTwice(other, options);
        return 'done';
      });
      expect(inside).toBe('done');
      expect(Object.getOwnPropertySymbols(options)).toEqual([]);
    }
  });

  test('a copy of the marked options around the same prompt or values is refused; the caller keeps its own', async () => {
    for (const key of ['prompt', 'values'] as const) {
      const list = ['x'];
      const options: Record<string, unknown> = { [key]: list };
      await callBelow(layer, options, async (marked) => {
        // What defaultSettingsMiddleware passes on: a new object, the same list, no symbol.
        const rebuilt: Record<string, unknown> = {};
        for (const name in marked) rebuilt[name] = marked[name];
        expect(() => refuseMeteredTwice(other, rebuilt)).toThrow('already metered by withBudget');
        expect(marked[key]).not.toBe(list);
        expect([...(marked[key] as unknown[])]).toEqual(list);
        expect(options[key]).toBe(list);
      });
      expect(options[key]).toBe(list);
      expect(Object.getOwnPropertySymbols(list)).toEqual([]);
      refuseMeteredTwice(other, { [key]: list });
    }
  });
});
