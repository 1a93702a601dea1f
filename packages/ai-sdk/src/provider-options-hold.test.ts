/**
 * Provider options that add billed input or raise the output maximum are held, through the
 * real `ai` 7 and `ai` 6 providers against the mock: a budget that cannot cover what they add
 * refuses the call unsent, and one that can holds at least what the call is charged.
 */
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import type { Budget } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { generateText, streamText } from 'ai';
import { createAnthropic as createAnthropicV3 } from 'ai-sdk-anthropic-v3';
import { createOpenAI as createOpenAIV3 } from 'ai-sdk-openai-v3';
import { generateText as generateTextV6 } from 'ai-v6';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { budgetFor } from './test-support/providers.js';

let server: MockProvider | undefined;
const mock = (): MockProvider => {
  if (server === undefined) throw new Error('the mock provider starts in beforeAll');
  return server;
};
// Answers as long as the request allows (up to 20,000 tokens), as a real model may.
beforeAll(async () => {
  server = await startMockProvider({ defaultOutputTokens: 20_000 });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => server?.reset());

/** One model call, on either major of the AI SDK (the model made by that major's provider). */
type Generate = (options: {
  model: unknown;
  prompt: string;
  maxOutputTokens: number;
  providerOptions: Record<string, Record<string, unknown>>;
}) => Promise<unknown>;

const majors: Array<{
  name: string;
  generate: Generate;
  openai: () => ReturnType<typeof createOpenAI>;
  anthropic: () => ReturnType<typeof createAnthropic>;
}> = [
  {
    name: 'ai 7',
    generate: (options) => generateText({ ...options, maxRetries: 0 } as never),
    openai: () => createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL }),
    anthropic: () => createAnthropic({ apiKey: 'test', baseURL: `${mock().anthropicBaseURL}/v1` }),
  },
  {
    name: 'ai 6',
    generate: (options) => generateTextV6({ ...options, maxRetries: 0 } as never),
    openai: () =>
      createOpenAIV3({ apiKey: 'test', baseURL: mock().openaiBaseURL }) as unknown as ReturnType<
        typeof createOpenAI
      >,
    anthropic: () =>
      createAnthropicV3({
        apiKey: 'test',
        baseURL: `${mock().anthropicBaseURL}/v1`,
      }) as unknown as ReturnType<typeof createAnthropic>,
  },
];

/** About 100,000 tokens of instructions: $0.20 of gpt-4.1 input. */
const instructions = 'Follow these rules carefully. '.repeat(20_000);

async function expectRefusedUnsent(call: Promise<unknown>, budget: Budget): Promise<void> {
  await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
  expect(mock().requests).toHaveLength(0);
  expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
}

/** The call's charge is within its hold: what the options added was held. */
async function expectHeldAtLeastCharged(budget: Budget): Promise<void> {
  const [entry] = await budget.ledger();
  expect(entry).toBeDefined();
  expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
  expect(Number(entry?.actualUsd)).toBeLessThanOrEqual(Number(entry?.reservedUsd));
  expect((await budget.status()).reservedUsd).toBe('0');
}

describe.each(majors)('$name', ({ generate, openai, anthropic }) => {
  test.each([
    [
      'openai.responses',
      (provider: ReturnType<typeof createOpenAI>) => provider.responses('gpt-4.1'),
    ],
    ['openai() (Responses)', (provider: ReturnType<typeof createOpenAI>) => provider('gpt-4.1')],
  ])('%s: providerOptions.openai.instructions is held as input', async (_name, modelOf) => {
    const call = (budget: Budget) =>
      generate({
        model: withBudget(modelOf(openai()), { budget }),
        prompt: 'hi',
        maxOutputTokens: 5,
        providerOptions: { openai: { instructions } },
      });
    const small = budgetFor('instructions', '0.01');
    await expectRefusedUnsent(call(small), small);
    // $0.50 refuses the byte bound ($1.20) but fits the exact count of the instructions
    // (about $0.20): the tighter hold is tried, as for a long prompt.
    const fitting = budgetFor('instructions', '0.5');
    await call(fitting);
    expect(mock().requests[0]?.body).toMatchObject({ instructions });
    await expectHeldAtLeastCharged(fitting);
  });

  test.each(['o4-mini', 'gpt-5-mini', 'gpt-4.1'])(
    'openai.chat %s: providerOptions.openai.maxCompletionTokens beside maxOutputTokens holds the higher',
    async (modelId) => {
      const call = (budget: Budget) =>
        generate({
          model: withBudget(openai().chat(modelId), { budget }),
          prompt: 'hi',
          maxOutputTokens: 5,
          providerOptions: { openai: { maxCompletionTokens: 20_000 } },
        });
      const small = budgetFor('completion', '0.001');
      await expectRefusedUnsent(call(small), small);
      const large = budgetFor('completion', '10');
      await call(large);
      expect(mock().requests[0]?.body).toMatchObject({ max_completion_tokens: 20_000 });
      await expectHeldAtLeastCharged(large);
    },
  );

  test.each([
    ['mcpServers', { mcpServers: [{ type: 'url', name: 'docs', url: 'https://mcp.example/sse' }] }],
    ['container skills', { container: { skills: [{ type: 'anthropic', skillId: 'pptx' }] } }],
  ])(
    'anthropic: providerOptions.anthropic.%s (input the request cannot show) is held to the context window',
    async (_name, options) => {
      const call = (budget: Budget) =>
        generate({
          model: withBudget(anthropic()('claude-haiku-4-5'), { budget }),
          prompt: 'hi',
          maxOutputTokens: 100,
          providerOptions: { anthropic: options },
        });
      // The prompt alone holds $0.000584; the context window of input, $0.20 and more.
      const small = budgetFor('mcp', '0.1');
      await expectRefusedUnsent(call(small), small);
      const large = budgetFor('mcp', '10');
      await call(large).catch(() => undefined);
      const [entry] = await large.ledger();
      expect(Number(entry?.reservedUsd)).toBeGreaterThanOrEqual(0.2);
    },
  );
});

test('streamText: instructions the budget cannot cover refuse the stream unsent', async () => {
  const budget = budgetFor('instructions', '0.01');
  const errors: unknown[] = [];
  const result = streamText({
    model: withBudget(createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL })('gpt-4.1'), {
      budget,
    }),
    prompt: 'hi',
    maxOutputTokens: 5,
    providerOptions: { openai: { instructions } },
    onError: ({ error }) => {
      errors.push(error);
    },
  });
  await result.consumeStream();
  expect(errors).toEqual([expect.any(BudgetExceededError)]);
  expect(mock().requests).toHaveLength(0);
});

test('azure: the openai key the Azure provider falls back to is held too', async () => {
  const { createAzure } = await import('@ai-sdk/azure');
  const azure = createAzure({ apiKey: 'test', baseURL: `${mock().openaiBaseURL}` });
  const budget = budgetFor('azure', '0.01');
  await expectRefusedUnsent(
    generateText({
      model: withBudget(azure.responses('gpt-4.1'), { budget }),
      prompt: 'hi',
      maxOutputTokens: 5,
      maxRetries: 0,
      providerOptions: { openai: { instructions } },
    }),
    budget,
  );
});

test('a maximum in the options without maxOutputTokens never lowers the hold below the model limit', async () => {
  // `maxTokens` is no Anthropic option: the provider drops it and sends its own default.
  const budget = budgetFor('no-max');
  const reserved: string[] = [];
  budget.on('reserved', (event) => {
    reserved.push(event.amountUsd);
  });
  const anthropic = createAnthropic({ apiKey: 'test', baseURL: `${mock().anthropicBaseURL}/v1` });
  const model = withBudget(anthropic('claude-haiku-4-5'), { budget });
  await generateText({ model, prompt: 'hi', maxRetries: 0 });
  await generateText({
    model,
    prompt: 'hi',
    maxRetries: 0,
    providerOptions: { anthropic: { maxTokens: 10 } },
  });
  // The second holds the same output (the model's limit) and its options' few bytes more.
  expect(Number(reserved[1])).toBeGreaterThanOrEqual(Number(reserved[0]));
});
