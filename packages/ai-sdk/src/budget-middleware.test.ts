import type { Budget } from '@tollgate/core';
import { withBudget as withOpenAIBudget } from '@tollgate/openai';
import { computeCost } from '@tollgate/pricing';
import {
  defaultSettingsMiddleware,
  generateText,
  type LanguageModelMiddleware,
  streamText,
  wrapLanguageModel,
} from 'ai';
import OpenAI from 'openai';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, budgetMiddleware, withBudget } from './index.js';
import { budgetFor, providersFor, useMockProvider } from './test-support/providers.js';

const mock = useMockProvider();

const budgetOf = (limitUsd: string | number = 10) => budgetFor('mw', limitUsd);

/** A middleware that only watches the steps pass, to compose with. */
function countingMiddleware(seen: string[]): LanguageModelMiddleware {
  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate }) => {
      seen.push('generate');
      return doGenerate();
    },
  };
}

describe('budgetMiddleware', () => {
  test('meters generateText and streamText through wrapLanguageModel, exposing its budget', async () => {
    const budget = budgetOf();
    const middleware = budgetMiddleware({ budget });
    expect(middleware.budget).toBe(budget);
    const model = wrapLanguageModel({
      model: providersFor(mock()).anthropic('claude-sonnet-4-5'),
      middleware,
    });
    const generated = await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    const streamed = streamText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    await streamed.consumeStream();
    const entries = await budget.ledger();
    expect(entries).toHaveLength(2);
    expect(entries[0]?.actualUsd).toBe(
      computeCost({
        provider: 'anthropic',
        model: 'claude-sonnet-4-5',
        usage: generated.usage.raw,
      }).totalUsd,
    );
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test.each([
    [
      'outermost',
      (budget: LanguageModelMiddleware, other: LanguageModelMiddleware) => [budget, other],
    ],
    [
      'innermost',
      (budget: LanguageModelMiddleware, other: LanguageModelMiddleware) => [other, budget],
    ],
  ])('composes with other middleware placed %s', async (_place, order) => {
    const budget = budgetOf();
    const seen: string[] = [];
    const model = wrapLanguageModel({
      model: providersFor(mock()).openai('gpt-4.1'),
      middleware: order(
        budgetMiddleware({ budget }),
        countingMiddleware(seen),
      ) as LanguageModelMiddleware[],
    });
    const result = await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    expect(seen).toEqual(['generate']);
    const [entry] = await budget.ledger();
    expect(entry?.actualUsd).toBe(
      computeCost({ provider: 'openai', model: 'gpt-4.1', usage: result.usage.raw }).totalUsd,
    );
  });

  /**
   * A middleware that calls the model twice (a retry on a bad answer, a fallback, best-of-n):
   * the first answer is read to its end and dropped, the second returned.
   */
  const callsTwice: LanguageModelMiddleware = {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate }) => {
      await doGenerate();
      return doGenerate();
    },
    wrapStream: async ({ doStream }) => {
      const first = await doStream();
      await first.stream.pipeTo(new WritableStream());
      return doStream();
    },
  };

  test.each([
    [
      'budgetMiddleware last (innermost)',
      (budget: Budget) =>
        wrapLanguageModel({
          model: providersFor(mock()).openai('gpt-4.1'),
          middleware: [callsTwice, budgetMiddleware({ budget }) as LanguageModelMiddleware],
        }),
    ],
    [
      'withBudget on the model, the middleware around it',
      (budget: Budget) =>
        wrapLanguageModel({
          model: withBudget(providersFor(mock()).openai('gpt-4.1'), { budget }),
          middleware: callsTwice,
        }),
    ],
  ])(
    'closest to the model (%s), it charges every call a middleware makes',
    async (_place, modelOf) => {
      const budget = budgetOf();
      const model = modelOf(budget);
      await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
      await streamText({ model, prompt: 'Hi', maxOutputTokens: 20 }).consumeStream();
      expect(mock().requests).toHaveLength(4);
      const entries = await budget.ledger();
      expect(entries).toHaveLength(4);
      const status = await budget.status();
      expect(status).toMatchObject({ calls: 4, reservedUsd: '0' });
      expect(entries.every((entry) => Number(entry.actualUsd) > 0)).toBe(true);
    },
  );

  test('above a middleware that calls the model twice, it holds and charges one call (the README says: put it last)', async () => {
    const budget = budgetOf();
    const model = wrapLanguageModel({
      model: providersFor(mock()).openai('gpt-4.1'),
      middleware: [budgetMiddleware({ budget }) as LanguageModelMiddleware, callsTwice],
    });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 20 });
    expect(mock().requests).toHaveLength(2);
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
  });

  test('placed inside defaultSettingsMiddleware, it holds on the settings the model receives', async () => {
    const budget = budgetOf();
    const model = wrapLanguageModel({
      model: providersFor(mock()).openai('gpt-4.1'),
      middleware: [
        defaultSettingsMiddleware({ settings: { maxOutputTokens: 10 } }),
        budgetMiddleware({ budget }),
      ],
    });
    const events: unknown[] = [];
    budget.on('unbounded-output', (event) => {
      events.push(event);
    });
    await generateText({ model, prompt: 'Hi' });
    expect(events).toEqual([]);
    expect(mock().requests[0]?.body).toMatchObject({ max_output_tokens: 10 });
  });

  test('refuses before the request, whatever else wraps the model', async () => {
    const budget = budgetOf('0.000001');
    const seen: string[] = [];
    const model = wrapLanguageModel({
      model: providersFor(mock()).openai('gpt-4.1'),
      middleware: [countingMiddleware(seen), budgetMiddleware({ budget })],
    });
    await expect(generateText({ model, prompt: 'Hi', maxOutputTokens: 20 })).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    expect(mock().requests).toHaveLength(0);
  });

  test('checks its options like withBudget', () => {
    expect(() => budgetMiddleware({} as never)).toThrow(
      'expected a budget (createBudget(...)) or a limitUsd for a private budget, received neither',
    );
    const middleware = budgetMiddleware({ limitUsd: 1, id: 'mw-private' });
    expect(middleware.budget.id).toBe('mw-private');
  });

  test('names budgetMiddleware, not withBudget, in its options errors', () => {
    const budget = budgetOf();
    // The mistake is made at budgetMiddleware: the error must point there.
    expect(() => budgetMiddleware({ budget, maxConcurency: 1 } as never)).toThrow(
      'Invalid budgetMiddleware options: maxConcurency: expected a documented option, received unknown option "maxConcurency"; did you mean maxConcurrency?',
    );
    expect(() => budgetMiddleware(budget as never)).toThrow(/^Invalid budgetMiddleware options: /);
    expect(() => budgetMiddleware(undefined as never)).toThrow(
      /^Invalid budgetMiddleware options: /,
    );
    // withBudget still names itself.
    const model = providersFor(mock()).openai('gpt-4.1');
    expect(() => withBudget(model, { budget, maxConcurency: 1 } as never)).toThrow(
      /^Invalid withBudget options: maxConcurency: /,
    );
  });
});

describe('one budget for everything', () => {
  test('an AI SDK model and an official-SDK client draw on the same budget', async () => {
    const budget = budgetOf();
    const client = withOpenAIBudget(new OpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL }), {
      budget,
    });
    const model = withBudget(providersFor(mock()).openai('gpt-4.1'), { budget });
    await client.chat.completions.create({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'Hi' }],
      max_completion_tokens: 10,
    });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 10 });
    const status = await budget.status();
    const entries = await budget.ledger();
    expect(status).toMatchObject({ calls: 2, reservedUsd: '0' });
    const spent = entries.reduce((sum, entry) => sum + Number(entry.actualUsd), 0);
    expect(Number(status.spentUsd)).toBeCloseTo(spent, 12);
  });

  test('a child budget refuses for its parent: per-plan children of a session', async () => {
    const session = budgetOf('0.001');
    const plan = session.child({ id: `${session.id}-plan`, limitUsd: 1 });
    const model = withBudget(providersFor(mock()).openai('gpt-4.1'), { budget: plan });
    const error = await generateText({ model, prompt: 'Hi', maxOutputTokens: 1_000 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED', budgetId: session.id });
  });
});
