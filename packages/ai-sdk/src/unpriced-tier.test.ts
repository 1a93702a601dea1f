/**
 * Service tiers no table prices, through the real providers against the loopback mock, on
 * `ai` 7 and `ai` 5: xAI's priority tier (a premium per-token rate) and a tier an OpenAI or
 * Azure model's table has no rates for (Azure's priority, `o1` at priority) are refused
 * unsent as unmetered, unless `unmetered: 'allow'`; tiers the table prices, and `flex`
 * (charged at standard, which bounds it), are sent.
 */
import { createAzure } from '@ai-sdk/azure';
import { createOpenAI } from '@ai-sdk/openai';
import { createXai } from '@ai-sdk/xai';
import type { Budget } from '@tollgate/core';
import * as ai7 from 'ai';
import * as ai5 from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { UnmeteredEndpointError, withBudget } from './index.js';
import { budgetFor, providersV2For, useMockProvider } from './test-support/providers.js';
import { expectTokensCharged } from './test-support/scenarios.js';

const mock = useMockProvider();
const key = { apiKey: 'test' };

interface Ai {
  generateText(options: object): PromiseLike<unknown>;
  streamText(options: object): { fullStream: AsyncIterable<{ type: string }> };
}

/** One model and the provider options that ask it for a tier. */
interface Case {
  readonly name: string;
  readonly ai: Ai;
  readonly model: () => unknown;
  readonly options: Record<string, Record<string, unknown>>;
}

const ai7s = ai7 as unknown as Ai;
const ai5s = ai5 as unknown as Ai;
const xai = () => createXai({ ...key, baseURL: mock().openaiBaseURL });
const azure = () => createAzure({ ...key, baseURL: `${mock().url}/openai` });
const openai = () => createOpenAI({ ...key, baseURL: mock().openaiBaseURL });
const v2 = () => providersV2For(mock());

/** Runs one step, generated or streamed; rejects with the step's error. */
async function step(c: Case, budget: Budget, stream: boolean, unmetered?: 'allow') {
  const args = {
    model: withBudget(c.model() as never, { budget, ...(unmetered ? { unmetered } : {}) }),
    prompt: 'Hello',
    maxOutputTokens: 20,
    maxRetries: 0,
    providerOptions: c.options,
  };
  if (!stream) return void (await c.ai.generateText(args));
  for await (const part of c.ai.streamText({ ...args, onError: () => undefined }).fullStream)
    if (part.type === 'error') throw (part as unknown as { error: unknown }).error;
}

const sentTier = () =>
  (mock().requests.at(-1)?.body as { service_tier?: unknown } | undefined)?.service_tier;

const refused: Case[] = [
  {
    name: 'ai 7, xai.responses, xai.serviceTier priority',
    ai: ai7s,
    model: () => xai()('grok-4'),
    options: { xai: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 7, azure.responses, azure.serviceTier priority',
    ai: ai7s,
    model: () => azure()('gpt-4.1'),
    options: { azure: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 7, azure.responses, openai.serviceTier priority',
    ai: ai7s,
    model: () => azure()('gpt-4.1'),
    options: { openai: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 7, azure.chat, azure.serviceTier priority',
    ai: ai7s,
    model: () => azure().chat('gpt-4.1'),
    options: { azure: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 7, openai.responses o1 (no priority rates), priority',
    ai: ai7s,
    model: () => openai().responses('o1'),
    options: { openai: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 5, azure 2 responses, openai.serviceTier priority',
    ai: ai5s,
    model: () => v2().azure('gpt-4.1'),
    options: { openai: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 5, azure 2 chat, openai.serviceTier priority',
    ai: ai5s,
    model: () => v2().azure.chat('gpt-4.1'),
    options: { openai: { serviceTier: 'priority' } },
  },
  {
    name: 'ai 5, openai 2 chat o1, priority',
    ai: ai5s,
    model: () => v2().openai.chat('o1'),
    options: { openai: { serviceTier: 'priority' } },
  },
];

describe.each(refused)('$name', (c) => {
  test.each([false, true])('refused unsent as unmetered (stream: %s)', async (stream) => {
    const budget = budgetFor('tier');
    const error = await step(c, budget, stream).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect((error as Error).message).toContain('serviceTier: priority');
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0' });
  });

  test("unmetered: 'allow' sends it, held and charged its tokens", async () => {
    const budget = budgetFor('tier');
    mock().script({ respond: { serviceTier: 'priority' } });
    await step(c, budget, false, 'allow');
    expect(mock().requests).toHaveLength(1);
    await expectTokensCharged(budget);
  });
});

test('ai 5, xai 2: the priority tier is refused unsent too (the package does not send it)', async () => {
  const error = await step(
    {
      name: 'xai 2',
      ai: ai5s,
      model: () => v2().xai.responses('grok-4'),
      options: { xai: { serviceTier: 'priority' } },
    },
    budgetFor('tier'),
    false,
  ).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UnmeteredEndpointError);
  expect(mock().requests).toHaveLength(0);
});

const sent: Array<Case & { readonly tier: string }> = [
  {
    name: 'ai 7, xai.responses, default',
    ai: ai7s,
    model: () => xai()('grok-4'),
    options: { xai: { serviceTier: 'default' } },
    tier: 'default',
  },
  {
    name: 'ai 7, openai.responses gpt-5, priority (priced)',
    ai: ai7s,
    model: () => openai().responses('gpt-5'),
    options: { openai: { serviceTier: 'priority' } },
    tier: 'priority',
  },
  {
    name: 'ai 7, openai.chat gpt-5, flex (priced)',
    ai: ai7s,
    model: () => openai().chat('gpt-5'),
    options: { openai: { serviceTier: 'flex' } },
    tier: 'flex',
  },
  {
    name: 'ai 7, azure.responses, flex (charged at standard, over the bill)',
    ai: ai7s,
    model: () => azure()('gpt-5'),
    options: { azure: { serviceTier: 'flex' } },
    tier: 'flex',
  },
  {
    name: 'ai 5, openai 2 responses gpt-5, priority (priced)',
    ai: ai5s,
    model: () => v2().openai.responses('gpt-5'),
    options: { openai: { serviceTier: 'priority' } },
    tier: 'priority',
  },
  {
    name: 'ai 5, azure 2 chat, flex',
    ai: ai5s,
    model: () => v2().azure.chat('gpt-5'),
    options: { openai: { serviceTier: 'flex' } },
    tier: 'flex',
  },
];

describe.each(sent)('$name', (c) => {
  test.each([false, true])('sent and charged (stream: %s)', async (stream) => {
    const budget = budgetFor('tier');
    mock().script({ respond: { serviceTier: c.tier } });
    await step(c, budget, stream);
    expect(sentTier()).toBe(c.tier);
    await budget.flush();
    await expectTokensCharged(budget);
  });
});
