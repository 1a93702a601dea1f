/**
 * OpenAI's Chat Completions search models bill a search fee on every request, whatever the
 * response shows (`@tollgate/openai` charges it the same way): held and charged once per
 * call, through `ai` 7 with `@ai-sdk/openai` 4 and `ai` 6 with `@ai-sdk/openai` 3, against
 * the mock provider. gpt-4o-search-preview: $2.50 / $10 per million tokens, and the table's
 * high-context fee, $50 per 1,000 requests.
 */
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { generateText, streamText } from 'ai';
import { createOpenAI as createOpenAIv3 } from 'ai-sdk-openai-v3';
import { generateText as generateTextV6, streamText as streamTextV6 } from 'ai-v6';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import { settled } from './test-support/spec-models.js';

const mock = useMockProvider();

const chatModel = (sdk: 'ai 7' | 'ai 6', id: string) =>
  (sdk === 'ai 7'
    ? createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL }).chat(id)
    : createOpenAIv3({ apiKey: 'test', baseURL: mock().openaiBaseURL }).chat(
        id,
      )) as LanguageModelV4;

async function run(sdk: 'ai 7' | 'ai 6', how: 'generate' | 'stream', model: LanguageModelV4) {
  const options = { model, prompt: 'News today', maxOutputTokens: 50 };
  if (sdk === 'ai 7') {
    if (how === 'generate') await generateText(options);
    else await streamText(options).consumeStream();
  } else if (how === 'generate') await generateTextV6(options as never);
  else await streamTextV6(options as never).consumeStream();
}

describe.each(['ai 7', 'ai 6'] as const)('%s: a Chat search model', (sdk) => {
  test.each(['generate', 'stream'] as const)('%s: one search fee held and charged', async (how) => {
    mock().script({ respond: { usage: { prompt_tokens: 100, completion_tokens: 20 } } });
    const budget = budgetFor('search-model');
    await run(sdk, how, withBudget(chatModel(sdk, 'gpt-4o-search-preview'), { budget }));
    const entry = await settled(budget);
    // 100 x $2.50 + 20 x $10 per million, plus $0.05 for the search.
    expect(entry.actualUsd).toBe('0.05045');
    expect(entry.details.toolCalls).toEqual({ webSearch: 1 });
    expect(Number(entry.reservedUsd)).toBeGreaterThan(0.05);
  });

  test('a budget below the fee refuses the call before any request', async () => {
    const error = await run(
      sdk,
      'generate',
      withBudget(chatModel(sdk, 'gpt-4o-mini-search-preview'), { limitUsd: '0.02' }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });
});

test('a stream aborted at its first text still pays the search', async () => {
  mock().script({ respond: { text: 'alpha beta gamma delta epsilon', chunkDelayMs: 20 } });
  const budget = budgetFor('search-model');
  const controller = new AbortController();
  const result = streamText({
    model: withBudget(chatModel('ai 7', 'gpt-4o-search-preview'), { budget }),
    prompt: 'News today',
    maxOutputTokens: 50,
    abortSignal: controller.signal,
  });
  for await (const part of result.fullStream) if (part.type === 'text-delta') controller.abort();
  const entry = await settled(budget);
  expect(entry.details).toMatchObject({ partial: true, toolCalls: { webSearch: 1 } });
  expect(Number(entry.actualUsd)).toBeGreaterThan(0.05);
});

test.each(['gpt-4o', 'o3-deep-research'])('%s pays no search fee', async (id) => {
  const budget = budgetFor('search-model');
  await run('ai 7', 'generate', withBudget(chatModel('ai 7', id), { budget }));
  expect((await settled(budget)).details.toolCalls).toBeUndefined();
});
