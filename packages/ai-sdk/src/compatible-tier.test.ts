/**
 * A tier an OpenAI-compatible gateway sends from the camel case of its name
 * (`@ai-sdk/openai-compatible` 1 and 3 spread `providerOptions.myGw` into the body as they
 * spread `providerOptions['my-gw']`), priced from the `openai` or `azure` table: refused
 * unsent where the table has no rates for it, held and charged at its rates where it has,
 * also when the response names no tier (a stream's never does).
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import * as ai7 from 'ai';
import { createOpenAICompatible as createOpenAICompatibleV1 } from 'ai-sdk-openai-compatible-v1';
import * as ai5 from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { UnmeteredEndpointError, withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';

const mock = useMockProvider();

interface Ai {
  generateText(options: object): PromiseLike<unknown>;
  streamText(options: object): { fullStream: AsyncIterable<{ type: string }> };
}

const versions = [
  {
    name: 'ai 7, openai-compatible 3, myGw',
    ai: ai7 as unknown as Ai,
    create: createOpenAICompatible,
    key: 'myGw',
  },
  // Version 1 reads the name only: its snake-case tier is held at priority all the same.
  {
    name: 'ai 5, openai-compatible 1, my-gw',
    ai: ai5 as unknown as Ai,
    create: createOpenAICompatibleV1 as unknown as typeof createOpenAICompatible,
    key: 'my-gw',
  },
];

async function step(
  v: (typeof versions)[number],
  modelId: string,
  provider: 'openai' | 'azure',
  stream: boolean,
) {
  const gateway = v.create({
    name: 'my-gw',
    apiKey: 'test',
    baseURL: mock().openaiBaseURL,
    includeUsage: true,
  });
  const budget = budgetFor('compat-tier', 100);
  const args = {
    model: withBudget(gateway.chatModel(modelId) as never, { budget, provider }),
    prompt: 'Hello',
    maxOutputTokens: 20,
    maxRetries: 0,
    providerOptions: { [v.key]: { service_tier: 'priority' } },
  };
  let error: unknown;
  try {
    if (!stream) await v.ai.generateText(args);
    else
      for await (const part of v.ai.streamText({ ...args, onError: () => undefined }).fullStream)
        if (part.type === 'error') throw (part as unknown as { error: unknown }).error;
  } catch (caught) {
    error = caught;
  }
  await budget.flush();
  return { budget, error };
}

describe.each(versions)('$name', (v) => {
  test.each([
    ['gpt-4o', 'azure', false],
    ['gpt-4o', 'azure', true],
    ['o1', 'openai', false],
    ['o1', 'openai', true],
  ] as const)(
    '%s on the %s table, service_tier priority: refused unsent (stream: %s)',
    async (modelId, provider, stream) => {
      const { budget, error } = await step(v, modelId, provider, stream);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect((error as Error).message).toContain('service_tier: priority');
      expect(mock().requests).toHaveLength(0);
      expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0' });
    },
  );

  test.each([false, true])(
    'gpt-4o on the openai table, service_tier priority: held and charged at priority (stream: %s)',
    async (stream) => {
      // No tier in the response: the charge rests on the tier asked for.
      mock().script({ respond: { usage: { prompt_tokens: 1_000_000 } } });
      const { budget, error } = await step(v, 'gpt-4o', 'openai', stream);
      expect(error).toBeUndefined();
      expect(
        (mock().requests.at(-1)?.body as { service_tier?: unknown } | undefined)?.service_tier,
      ).toBe('priority');
      // Priority: $4.25 in, $17 out per 1M (standard: $2.50, $10).
      const [entry] = await budget.ledger();
      expect(entry?.details?.serviceTier).toBe('priority');
      expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(4.25);
    },
  );
});
