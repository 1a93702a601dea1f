/**
 * The tier a step is charged at, through the real OpenAI and Azure providers (`ai` 7 with
 * `@ai-sdk/openai` 4, `ai` 6 with `@ai-sdk/openai` 3) against the mock provider: the tier
 * the response reports when it reports one, else the dearer of the tier asked and standard.
 */
import { createAzure } from '@ai-sdk/azure';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { computeCost } from '@tollgate/pricing';
import { generateText, streamText, wrapLanguageModel } from 'ai';
import { createOpenAI as createOpenAIv3 } from 'ai-sdk-openai-v3';
import { generateText as generateTextV6, streamText as streamTextV6 } from 'ai-v6';
import { describe, expect, test } from 'vitest';
import { budgetMiddleware, withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';

const mock = useMockProvider();

type Tier = 'priority' | 'default' | 'flex';
type Run = 'generate' | 'stream';

/** One step of `model` through `ai` 7 or 6, asking for `asked`; returns the provider's raw usage. */
async function step(
  sdk: 'ai 7' | 'ai 6',
  model: unknown,
  run: Run,
  asked: Tier | undefined,
  optionsKey = 'openai',
): Promise<unknown> {
  const options = {
    model: model as LanguageModelV4,
    prompt: 'Hi there',
    maxOutputTokens: 20,
    ...(asked === undefined ? {} : { providerOptions: { [optionsKey]: { serviceTier: asked } } }),
  };
  if (sdk === 'ai 7') {
    if (run === 'generate') return (await generateText(options)).usage.raw;
    const streamed = streamText(options);
    await streamed.consumeStream();
    return (await streamed.usage).raw;
  }
  const v3 = options as unknown as Parameters<typeof generateTextV6>[0];
  if (run === 'generate') return (await generateTextV6(v3)).usage.raw;
  const streamed = streamTextV6(v3 as Parameters<typeof streamTextV6>[0]);
  await streamed.consumeStream();
  return (await streamed.usage).raw;
}

const chatModels = {
  'ai 7': () => createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL }).chat('gpt-5'),
  'ai 6': () => createOpenAIv3({ apiKey: 'test', baseURL: mock().openaiBaseURL }).chat('gpt-5'),
} as const;

const responsesModels = {
  'ai 7': () => createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL }).responses('gpt-5'),
  'ai 6': () =>
    createOpenAIv3({ apiKey: 'test', baseURL: mock().openaiBaseURL }).responses('gpt-5'),
} as const;

function costAt(usage: unknown, serviceTier: Tier | undefined): string {
  return computeCost({ provider: 'openai', model: 'gpt-5', usage, serviceTier }).totalUsd;
}

/** Runs one step served at `served`; returns what it was charged, at which tier, and its usage. */
async function charged(
  sdk: 'ai 7' | 'ai 6',
  modelOf: () => unknown,
  run: Run,
  asked: Tier | undefined,
  served: Tier,
) {
  const budget = budgetFor('tier');
  mock().script({ respond: { serviceTier: served } });
  const usage = await step(sdk, withBudget(modelOf() as LanguageModelV4, { budget }), run, asked);
  const [entry, ...others] = await budget.ledger();
  expect(others).toEqual([]);
  expect((await budget.status()).reservedUsd).toBe('0');
  return { actualUsd: entry?.actualUsd, tier: entry?.details.serviceTier, usage };
}

describe.each(['ai 7', 'ai 6'] as const)('%s: OpenAI Chat service tiers', (sdk) => {
  test.each([
    ['priority', 'default'],
    [undefined, 'priority'],
    ['flex', 'default'],
    ['priority', 'priority'],
  ] as const)(
    'generate asking %s, served %s: charged at the tier served',
    async (asked, served) => {
      const { actualUsd, tier, usage } = await charged(
        sdk,
        chatModels[sdk],
        'generate',
        asked,
        served,
      );
      expect(tier).toBe(served);
      expect(actualUsd).toBe(costAt(usage, served));
    },
  );

  // A Chat Completions stream's parts carry no tier: the dearer of the asked and standard.
  test.each([
    ['priority', 'default', 'priority'],
    ['flex', 'flex', 'standard'],
    [undefined, 'default', 'standard'],
  ] as const)(
    'stream asking %s, served %s: charged the dearer of the tier asked and standard (%s)',
    async (asked, served, expected) => {
      const { actualUsd, usage } = await charged(sdk, chatModels[sdk], 'stream', asked, served);
      expect(actualUsd).toBe(costAt(usage, expected === 'standard' ? undefined : expected));
    },
  );

  test.each([
    ['generate', 'priority', 'default'],
    ['stream', 'priority', 'default'],
    ['generate', undefined, 'priority'],
    ['stream', undefined, 'priority'],
  ] as const)(
    'Responses %s asking %s, served %s: charged at the tier served',
    async (run, asked, served) => {
      const { actualUsd, tier, usage } = await charged(
        sdk,
        responsesModels[sdk],
        run,
        asked,
        served,
      );
      expect(tier).toBe(served);
      expect(actualUsd).toBe(costAt(usage, served));
    },
  );
});

describe('Azure OpenAI Chat', () => {
  const azureChat = () =>
    createAzure({ apiKey: 'test', resourceName: 'x', baseURL: `${mock().url}/openai` }).chat(
      'gpt-5',
    );

  // Azure's table has one tier, so the cost is the same; the ledger records the tier served.
  // (Priority, which it has no rates for, is refused unsent: see unpriced-tier.test.ts.)
  test('generate: the tier the response reports is recorded, priced from the Azure table', async () => {
    const budget = budgetFor('azure-tier');
    mock().script({ respond: { serviceTier: 'default' } });
    const model = withBudget(azureChat(), { budget });
    const usage = await step('ai 7', model, 'generate', 'flex', 'azure');
    const [entry] = await budget.ledger();
    expect(entry?.actualUsd).toBe(
      computeCost({ provider: 'azure', model: 'gpt-5', usage }).totalUsd,
    );
    expect(entry?.details.serviceTier).toBe('default');
  });
});

test('budgetMiddleware: an OpenAI Chat step is charged at the tier that served it', async () => {
  const budget = budgetFor('middleware-tier');
  mock().script({ respond: { serviceTier: 'default' } });
  const model = wrapLanguageModel({
    model: chatModels['ai 7'](),
    middleware: budgetMiddleware({ budget }),
  });
  const usage = await step('ai 7', model, 'generate', 'priority');
  const [entry] = await budget.ledger();
  expect(entry?.details.serviceTier).toBe('default');
  expect(entry?.actualUsd).toBe(costAt(usage, 'default'));
});
