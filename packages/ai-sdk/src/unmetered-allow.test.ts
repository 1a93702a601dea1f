/**
 * `unmetered: 'allow'` lets a feature with no price through, but only its own fee goes
 * uncharged: the step is still held, refused by a closed or spent budget, and charged its
 * tokens, as `@tollgate/openai` does. Through the real AI SDK (`ai` 7 and `ai` 5) and the
 * real Google and OpenAI providers against the loopback mock.
 */
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { BudgetClosedError } from '@tollgate/core';
import { computeCost } from '@tollgate/pricing';
import { generateText } from 'ai';
import { generateText as generateTextV5 } from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import {
  budgetFor,
  providersFor,
  providersV2For,
  useMockProvider,
} from './test-support/providers.js';
import { only } from './test-support/scenarios.js';

const mock = useMockProvider();

const googleUsage = { promptTokenCount: 20_000, candidatesTokenCount: 2_000 };

function gemini() {
  const google = createGoogleGenerativeAI({ apiKey: 'test', baseURL: mock().googleBaseURL });
  return {
    model: google('gemini-2.5-flash'),
    tools: { google_search: google.tools.googleSearch({}) },
  };
}

describe("ai 7: a feature let through with unmetered: 'allow' is still metered", () => {
  test('a closed budget refuses it unsent', async () => {
    const budget = budgetFor('allow');
    await budget.close({ reason: 'session over' });
    const { model, tools } = gemini();
    await expect(
      generateText({
        model: withBudget(model, { budget, unmetered: 'allow' }),
        prompt: 'Hi',
        tools,
        maxOutputTokens: 4_000,
      }),
    ).rejects.toBeInstanceOf(BudgetClosedError);
    expect(mock().requests).toHaveLength(0);
  });

  test('a limit its hold does not fit refuses it unsent', async () => {
    for (const limitUsd of ['0', '0.0002']) {
      const budget = budgetFor('allow', limitUsd);
      const { model, tools } = gemini();
      await expect(
        generateText({
          model: withBudget(model, { budget, unmetered: 'allow' }),
          prompt: 'Hi',
          tools,
          maxOutputTokens: 4_000,
        }),
      ).rejects.toBeInstanceOf(BudgetExceededError);
    }
    expect(mock().requests).toHaveLength(0);
  });

  test('its tokens are charged from the usage; the search fee is not', async () => {
    const budget = budgetFor('allow');
    mock().script({ respond: { usage: googleUsage } });
    const { model, tools } = gemini();
    await generateText({
      model: withBudget(model, { budget, unmetered: 'allow' }),
      prompt: 'Hi',
      tools,
      maxOutputTokens: 4_000,
    });
    const entry = await only(budget.ledger());
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'google', model: 'gemini-2.5-flash', usage: googleUsage }).totalUsd,
    );
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('OpenAI file search let through is held at the context window it feeds', async () => {
    const openai = providersFor(mock()).openai;
    const budget = budgetFor('allow', '0.05');
    await expect(
      generateText({
        model: withBudget(openai.responses('gpt-4.1'), { budget, unmetered: 'allow' }),
        prompt: 'Hi',
        tools: { file_search: openai.tools.fileSearch({ vectorStoreIds: ['vs_1'] }) },
        maxOutputTokens: 50,
      }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });
});

describe("ai 5 (v2 models): a feature let through with unmetered: 'allow' is still metered", () => {
  test('a closed budget refuses it; an open one charges its tokens', async () => {
    const google = providersV2For(mock()).google;
    const call = (budget: ReturnType<typeof budgetFor>) =>
      generateTextV5({
        model: withBudget(google('gemini-2.5-flash'), { budget, unmetered: 'allow' }),
        prompt: 'Hi',
        tools: { google_search: google.tools.googleSearch({}) } as never,
        maxOutputTokens: 4_000,
      });
    const closed = budgetFor('allow');
    await closed.close({ reason: 'session over' });
    await expect(call(closed)).rejects.toBeInstanceOf(BudgetClosedError);
    expect(mock().requests).toHaveLength(0);
    const open = budgetFor('allow');
    mock().script({ respond: { usage: googleUsage } });
    await call(open);
    const entry = await only(open.ledger());
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'google', model: 'gemini-2.5-flash', usage: googleUsage }).totalUsd,
    );
  });
});
