/**
 * Amazon Bedrock through the AI SDK (`@ai-sdk/amazon-bedrock`, the Converse API) against the
 * loopback provider: priced at Bedrock's rates from Converse's own usage (`usage.raw`), held
 * before dispatch, streams settled from their `metadata` event (AWS event-stream framing).
 */
import { createAmazonBedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import type { SharedV4ProviderOptions } from '@ai-sdk/provider';
import { createBudget, type LedgerEntry } from '@tollgate/core';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import { generateText, streamText, tool } from 'ai';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { TOOL_SYSTEM_PROMPT_TOKENS } from './bound-prompt.js';
import {
  BudgetExceededError,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import {
  awsTestCredentials,
  bedrockFor,
  budgetFor,
  useMockProvider,
} from './test-support/providers.js';
import { collect, expectAbortedStreamCharged } from './test-support/scenarios.js';

const mock = useMockProvider();

/** The real Bedrock provider with dummy AWS keys: requests are SigV4-signed offline. */
const bedrock = () => bedrockFor(mock());

const claude = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const nova = 'amazon.nova-lite-v1:0';

async function only(budget: { ledger(): Promise<LedgerEntry[]> }): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

const bedrockCost = (model: string, usage: unknown) =>
  computeCost({ provider: 'bedrock', model, usage });

describe.each([
  [
    'Claude through a cross-region inference profile',
    claude,
    'anthropic.claude-haiku-4-5-20251001-v1:0',
  ],
  ['Amazon Nova', nova, nova],
  ['Meta Llama', 'meta.llama3-3-70b-instruct-v1:0', 'meta.llama3-3-70b-instruct-v1:0'],
])('%s', (_name, modelId, canonical) => {
  test('generateText is held, then settled to the exact Converse cost at Bedrock rates', async () => {
    const budget = budgetFor('bedrock');
    const model = withBudget(bedrock()(modelId), { budget });
    expect(model.provider).toBe('amazon-bedrock');
    const result = await generateText({ model, prompt: 'Hello there', maxOutputTokens: 40 });
    expect(mock().requests[0]?.path).toBe(`/model/${encodeURIComponent(modelId)}/converse`);
    const entry = await only(budget);
    const expected = bedrockCost(modelId, result.usage.raw);
    expect(entry.actualUsd).toBe(expected.totalUsd);
    expect(entry.details).toMatchObject({
      provider: 'bedrock',
      model: canonical,
      pricingVersion: defaultPricing().versions.bedrock,
    });
    expect(Number(entry.reservedUsd)).toBeGreaterThanOrEqual(Number(entry.actualUsd));
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
  });

  test('streamText passes every part on and settles from the metadata event', async () => {
    const budget = budgetFor('bedrock');
    mock().script({ respond: { text: 'one two three four five' }, times: 2 });
    const plain = streamText({ model: bedrock()(modelId), prompt: 'Hi', maxOutputTokens: 30 });
    const plainParts = await collect(plain.fullStream);
    const wrapped = streamText({
      model: withBudget(bedrock()(modelId), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 30,
    });
    const parts = await collect(wrapped.fullStream);
    expect(parts.map((part) => part.type)).toEqual(plainParts.map((part) => part.type));
    expect(await wrapped.text).toBe('one two three four five');
    expect(mock().requests[1]?.path).toBe(`/model/${encodeURIComponent(modelId)}/converse-stream`);
    const entry = await only(budget);
    expect(entry.actualUsd).toBe(bedrockCost(modelId, (await wrapped.usage).raw).totalUsd);
    expect(entry.details.partial).toBeUndefined();
    expect((await budget.status()).reservedUsd).toBe('0');
  });
});

describe('Bedrock Converse pricing and refusals', () => {
  test('cache reads and writes in Converse usage are priced at their own rates', async () => {
    const budget = budgetFor('bedrock');
    mock().script({ respond: { usage: { cacheReadInputTokens: 6, cacheWriteInputTokens: 4 } } });
    const result = await generateText({
      model: withBudget(bedrock()(claude), { budget }),
      prompt: 'A long shared system prompt, then a question.',
      maxOutputTokens: 20,
    });
    expect(result.usage.raw).toMatchObject({ cacheReadInputTokens: 6, cacheWriteInputTokens: 4 });
    const entry = await only(budget);
    const expected = bedrockCost(claude, result.usage.raw);
    expect(expected.lines.map((line) => line.kind)).toEqual(
      expect.arrayContaining(['cache_read', 'cache_write_5m']),
    );
    expect(entry.actualUsd).toBe(expected.totalUsd);
    expect(entry.details.tokens).toMatchObject({ input: { cacheRead: 6, cacheWrite5m: 4 } });
  });

  test('a call the budget cannot cover is refused before any request', async () => {
    const budget = budgetFor('bedrock', '0.0000001');
    const error = await generateText({
      model: withBudget(bedrock()(claude), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 400,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ calls: 0, reservedUsd: '0' });
  });

  test('the priority tier has no price: refused as unmetered under either options key, unsent', async () => {
    for (const key of ['bedrock', 'amazonBedrock']) {
      const error = await generateText({
        model: withBudget(bedrock()(nova), { limitUsd: 1 }),
        prompt: 'Hello',
        maxOutputTokens: 10,
        providerOptions: { [key]: { serviceTier: 'priority' } },
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect(error).toMatchObject({ message: expect.stringContaining('serviceTier: priority') });
    }
    expect(mock().requests).toHaveLength(0);
    // Flex is cheaper than on-demand: let through, charged at on-demand rates.
    const budget = budgetFor('bedrock');
    await generateText({
      model: withBudget(bedrock()(nova), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 10,
      providerOptions: { bedrock: { serviceTier: 'flex' } },
    });
    expect((await budget.status()).calls).toBe(1);
  });

  test('a model the Bedrock table does not price is refused with UNKNOWN_MODEL, unsent', async () => {
    const budget = budgetFor('bedrock');
    const error = await generateText({
      model: withBudget(bedrock()('mistral.mistral-large-2407-v1:0'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 40,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(error).toMatchObject({ code: 'UNKNOWN_MODEL', provider: 'bedrock' });
    expect(mock().requests).toHaveLength(0);
  });

  test('tools and a thinking budget raise the hold to what the provider may send and bill', async () => {
    const holdOf = async (
      extra: Parameters<typeof generateText>[0]['providerOptions'],
      tools = false,
    ) => {
      const budget = budgetFor('bedrock');
      await generateText({
        model: withBudget(bedrock()(claude), { budget }),
        prompt: 'Hello',
        maxOutputTokens: 40,
        ...(extra === undefined ? {} : { providerOptions: extra }),
        ...(tools
          ? {
              tools: {
                weather: tool({
                  inputSchema: z.object({ city: z.string() }),
                  execute: async () => 'sunny',
                }),
              },
            }
          : {}),
      });
      return Number((await only(budget)).reservedUsd);
    };
    const plain = await holdOf(undefined);
    const reasoning = { reasoningConfig: { type: 'enabled', budgetTokens: 2000 } } as const;
    const thinking = await holdOf({ amazonBedrock: reasoning });
    // The provider sent maxTokens = maxOutputTokens + the thinking budget.
    expect(mock().requests.at(-1)?.body).toMatchObject({ inferenceConfig: { maxTokens: 2040 } });
    // The hold covers those 2,000 more output tokens at the model's output rate, and the
    // options' JSON bytes as input (provider options may carry input; these carry none).
    const budgetTokens = defaultPricing().estimateCost({
      provider: 'bedrock',
      model: claude,
      inputTokens: JSON.stringify(reasoning).length,
      maxOutputTokens: 2000,
    });
    expect(thinking - plain).toBeCloseTo(Number(budgetTokens.totalUsd), 12);
    // Tools add their definitions and the model's tool-use system prompt.
    const toolPrompt = defaultPricing().estimateCost({
      provider: 'bedrock',
      model: claude,
      inputTokens: TOOL_SYSTEM_PROMPT_TOKENS,
      maxOutputTokens: 0,
    });
    expect((await holdOf(undefined, true)) - plain).toBeGreaterThan(Number(toolPrompt.totalUsd));
  });

  test('a stream aborted mid-way is charged what was consumed, nothing left held', async () => {
    await expectAbortedStreamCharged(bedrock()(nova), budgetFor('bedrock'), mock());
  });

  test('a stream the provider breaks with an exception frame is charged what was consumed', async () => {
    const budget = budgetFor('bedrock');
    mock().script({ respond: { errorEventAfterChunks: 3 } });
    const result = streamText({
      model: withBudget(bedrock()(nova), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 40,
      onError: () => undefined,
    });
    const parts = await collect(result.fullStream);
    expect(parts.map((part) => part.type)).toContain('error');
    await budget.flush();
    const entry = await only(budget);
    expect(entry.details.partial).toBe(true);
    expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('an error status is released: a failed call costs nothing', async () => {
    const budget = budgetFor('bedrock');
    mock().script({ respond: { status: 500 } });
    const error = await generateText({
      model: withBudget(bedrock()(nova), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });

  test('concurrent streams on a small budget never go over and leave nothing held', async () => {
    const budget = createBudget({ id: `bedrock-many-${Date.now()}`, limitUsd: '0.0005' });
    const model = withBudget(bedrock()(nova), { budget });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, async () => {
        const result = streamText({
          model,
          prompt: 'Hi',
          maxOutputTokens: 200,
          maxRetries: 0,
          onError: () => undefined,
        });
        await result.consumeStream({
          onError: (error) => {
            throw error;
          },
        });
        return result.text;
      }),
    );
    const status = await budget.status();
    expect(status.reservedUsd).toBe('0');
    expect(Number(status.spentUsd)).toBeLessThanOrEqual(0.0005);
    expect(status.calls).toBe(mock().requests.length);
    expect(status.calls).toBeGreaterThan(0);
    expect(status.calls).toBeLessThan(40);
    expect(outcomes).toHaveLength(40);
  });
});

describe('Claude on Bedrock through the Messages API (@ai-sdk/amazon-bedrock/anthropic)', () => {
  const messagesApi = () =>
    createAmazonBedrockAnthropic({ ...awsTestCredentials, baseURL: mock().url });
  const model = 'anthropic.claude-haiku-4-5-20251001-v1:0';

  test('generateText is settled at Bedrock rates from the Anthropic usage', async () => {
    const budget = budgetFor('bedrock');
    const wrapped = withBudget(messagesApi()(model), { budget });
    expect(wrapped.provider).toBe('bedrock.anthropic.messages');
    const result = await generateText({ model: wrapped, prompt: 'Hello', maxOutputTokens: 40 });
    expect(mock().requests[0]?.path).toBe(`/model/${encodeURIComponent(model)}/invoke`);
    const entry = await only(budget);
    expect(entry.actualUsd).toBe(bedrockCost(model, result.usage.raw).totalUsd);
    expect(entry.details).toMatchObject({ provider: 'bedrock', model });
  });

  test('a thinking budget under either options key the provider reads is held', async () => {
    const holdOf = async (providerOptions: SharedV4ProviderOptions) => {
      const budget = budgetFor('bedrock');
      await generateText({
        model: withBudget(messagesApi()(model), { budget }),
        prompt: 'Hello',
        maxOutputTokens: 40,
        providerOptions,
      });
      return Number((await only(budget)).reservedUsd);
    };
    const thinking = { thinking: { type: 'enabled', budgetTokens: 1500 } };
    const plain = await holdOf({});
    const viaAnthropic = await holdOf({ anthropic: thinking });
    const viaBedrock = await holdOf({ bedrock: thinking });
    // The provider sent max_tokens = maxOutputTokens + the budget, from the bedrock key too.
    expect(mock().requests.at(-1)?.body).toMatchObject({ max_tokens: 1540 });
    // And the options' JSON bytes as input.
    const budgetTokens = defaultPricing().estimateCost({
      provider: 'bedrock',
      model,
      inputTokens: JSON.stringify(thinking).length,
      maxOutputTokens: 1500,
    });
    expect(viaAnthropic - plain).toBeCloseTo(Number(budgetTokens.totalUsd), 12);
    expect(viaBedrock - plain).toBeCloseTo(Number(budgetTokens.totalUsd), 12);
  });

  test('streamText over invoke-with-response-stream (AWS event-stream frames) is settled exactly', async () => {
    const budget = budgetFor('bedrock');
    const result = streamText({
      model: withBudget(messagesApi()(model), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 40,
    });
    expect(await result.text).not.toBe('');
    expect(mock().requests[0]?.path).toBe(
      `/model/${encodeURIComponent(model)}/invoke-with-response-stream`,
    );
    await budget.flush();
    const entry = await only(budget);
    expect(entry.actualUsd).toBe(bedrockCost(model, (await result.usage).raw).totalUsd);
    expect(entry.details.partial).toBeUndefined();
  });
});
