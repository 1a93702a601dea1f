/**
 * `ai` 5 (model specification v2, `@ai-sdk/openai` and `@ai-sdk/anthropic` 2) at run time:
 * the same metering through the real `ai` 5 functions and providers against the mock
 * provider. A v2 usage is flat: cache writes, their TTL and the tier served are read from
 * the provider's metadata and response body, so every charge below is checked against the
 * provider's own usage, priced by `computeCost`.
 */
import type { Budget } from '@tollgate/core';
import { computeCost } from '@tollgate/pricing';
import { embed, generateText, type LanguageModel, streamText } from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { budgetFor, providersV2For, useMockProvider } from './test-support/providers.js';
import { expectAbortedStreamCharged, only } from './test-support/scenarios.js';
import { settled } from './test-support/spec-models.js';

const mock = useMockProvider();

const budgetOf = (limitUsd: string | number = 10) => budgetFor('v5', limitUsd);
const openai = () => providersV2For(mock()).openai;
const anthropic = () => providersV2For(mock()).anthropic;

type Run = 'generate' | 'stream';

/** One v2 model per wire API, with the provider's usage scripted and the same usage as priced. */
const cases = [
  {
    name: 'openai.responses',
    model: () => openai().responses('gpt-5'),
    provider: 'openai',
    scripted: {
      input_tokens: 4_000,
      input_tokens_details: { cached_tokens: 2_048, cache_write_tokens: 1_000 },
      output_tokens_details: { reasoning_tokens: 8 },
    },
  },
  {
    name: 'openai.chat',
    model: () => openai().chat('gpt-5'),
    provider: 'openai',
    scripted: {
      prompt_tokens: 4_000,
      prompt_tokens_details: { cached_tokens: 2_048, cache_write_tokens: 1_000 },
      completion_tokens_details: { reasoning_tokens: 8 },
    },
  },
  {
    name: 'anthropic.messages',
    model: () => anthropic()('claude-sonnet-4-5'),
    provider: 'anthropic',
    scripted: {
      input_tokens: 1_000,
      cache_read_input_tokens: 3_000,
      cache_creation_input_tokens: 2_500,
      cache_creation: { ephemeral_5m_input_tokens: 500, ephemeral_1h_input_tokens: 2_000 },
    },
  },
] as const;

const outputTokens = 20;

/** The provider's usage as the mock sends it: the scripted fields and the output count. */
function sent(testCase: (typeof cases)[number]): Record<string, unknown> {
  const output = testCase.name === 'openai.chat' ? 'completion_tokens' : 'output_tokens';
  return { ...testCase.scripted, [output]: outputTokens };
}

/** Runs one step and reads it through (the stream to its end). */
async function run(model: LanguageModel, how: Run, options: { maxOutputTokens?: number } = {}) {
  const call = { model, prompt: 'Hi there', maxOutputTokens: 200, maxRetries: 0, ...options };
  if (how === 'generate') return (await generateText(call)).text;
  const streamed = streamText(call);
  await streamed.consumeStream();
  return streamed.text;
}

async function expectNothingHeld(budget: Budget): Promise<void> {
  await budget.flush();
  expect((await budget.status()).reservedUsd).toBe('0');
}

describe('ai 5 (specification v2): exact charges', () => {
  test.each(
    cases.flatMap((testCase) =>
      (['generate', 'stream'] as const).map((how) => [testCase, how] as const),
    ),
  )(
    '%s, %s: charged the provider usage exactly (cache reads and writes, reasoning)',
    async (testCase, how) => {
      const budget = budgetOf();
      mock().script({ respond: { outputTokens, usage: testCase.scripted } });
      const model = withBudget(testCase.model(), { budget });
      expect(model.specificationVersion).toBe('v2');
      await run(model, how);
      const entry = await only(budget.ledger());
      const exact = computeCost({
        provider: testCase.provider,
        model: testCase.name === 'anthropic.messages' ? 'claude-sonnet-4-5' : 'gpt-5',
        usage: sent(testCase),
      });
      expect(entry.actualUsd).toBe(exact.totalUsd);
      expect(entry.details.partial).toBeUndefined();
      const cacheRead = testCase.provider === 'openai' ? 2_048 : 3_000;
      expect(entry.details.tokens).toMatchObject({ input: { cacheRead } });
      await expectNothingHeld(budget);
    },
  );

  test.each(['generate', 'stream'] as const)(
    'anthropic.messages, %s: 1-hour cache writes are charged at their rate, not as 5-minute writes',
    async (how) => {
      const budget = budgetOf();
      const usage = {
        input_tokens: 100,
        cache_creation_input_tokens: 5_000,
        cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 5_000 },
      };
      mock().script({ respond: { outputTokens, usage } });
      await run(withBudget(anthropic()('claude-sonnet-4-5'), { budget }), how);
      const entry = await only(budget.ledger());
      const priced = (cacheCreation: object) =>
        computeCost({
          provider: 'anthropic',
          model: 'claude-sonnet-4-5',
          usage: { ...usage, cache_creation: cacheCreation, output_tokens: outputTokens },
        }).totalUsd;
      expect(entry.actualUsd).toBe(priced(usage.cache_creation));
      expect(entry.actualUsd).not.toBe(
        priced({ ephemeral_5m_input_tokens: 5_000, ephemeral_1h_input_tokens: 0 }),
      );
      expect(entry.details.tokens).toMatchObject({ input: { cacheWrite1h: 5_000 } });
    },
  );

  test.each(['generate', 'stream'] as const)(
    'openai.responses, %s: the tier the response reports is charged',
    async (how) => {
      const budget = budgetOf();
      mock().script({ respond: { serviceTier: 'priority' } });
      await generateOrStreamAt(budget, how, 'priority');
      const entry = await only(budget.ledger());
      expect(entry.details.serviceTier).toBe('priority');
    },
  );
});

async function generateOrStreamAt(budget: Budget, how: Run, serviceTier: string): Promise<void> {
  const model = withBudget(openai().responses('gpt-5'), { budget });
  const call = {
    model,
    prompt: 'Hi',
    maxOutputTokens: 50,
    providerOptions: { openai: { serviceTier } },
  };
  if (how === 'generate') await generateText(call);
  else await streamText(call).consumeStream();
}

describe('ai 5 (specification v2): refusals send nothing', () => {
  test.each(cases)('$name: a step the budget cannot cover is refused unsent', async (testCase) => {
    const budget = budgetOf('0.000001');
    const model = withBudget(testCase.model(), { budget });
    await expect(run(model, 'generate')).rejects.toBeInstanceOf(BudgetExceededError);
    const errors: unknown[] = [];
    const streamed = streamText({
      model,
      prompt: 'Hi',
      maxOutputTokens: 200,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    await streamed.consumeStream();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ calls: 0, spentUsd: '0', reservedUsd: '0' });
  });
});

describe('ai 5 (specification v2): every ending leaves nothing held', () => {
  test.each(cases)(
    '$name: an error status is released (a failed call costs nothing)',
    async (testCase) => {
      const budget = budgetOf();
      mock().script({ respond: { status: 500 }, times: 2 });
      const model = withBudget(testCase.model(), { budget });
      await expect(run(model, 'generate')).rejects.toThrow();
      await run(model, 'stream').catch(() => undefined);
      expect(mock().requests).toHaveLength(2);
      expect(await budget.status()).toMatchObject({ calls: 0, spentUsd: '0', reservedUsd: '0' });
    },
  );

  test.each(cases)('$name: aborted before the request, nothing held or sent', async (testCase) => {
    const budget = budgetOf();
    const model = withBudget(testCase.model(), { budget });
    const abortSignal = AbortSignal.abort();
    await expect(
      generateText({ model, prompt: 'Hi', maxOutputTokens: 20, abortSignal }),
    ).rejects.toThrow();
    await streamText({ model, prompt: 'Hi', maxOutputTokens: 20, abortSignal })
      .consumeStream()
      .catch(() => undefined);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });

  test.each(cases)('$name: aborted mid-stream, charged what arrived', async (testCase) => {
    await expectAbortedStreamCharged(testCase.model(), budgetOf(), mock(), streamText);
  });

  test.each(cases)(
    '$name: a stream never read is charged exactly from its finish',
    async (testCase) => {
      const budget = budgetOf();
      const generated = await generateText({
        model: withBudget(testCase.model(), { budget: budgetOf() }),
        prompt: 'Hi',
        maxOutputTokens: 20,
      });
      streamText({
        model: withBudget(testCase.model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 20,
      });
      const entry = await settled(budget);
      expect(entry.details.partial).toBeUndefined();
      expect(entry.details.tokens).toMatchObject({
        output: { text: generated.usage.outputTokens },
      });
      await expectNothingHeld(budget);
    },
  );

  test.each(cases)('$name: a stream broken out of is charged exactly', async (testCase) => {
    const budget = budgetOf();
    const result = streamText({
      model: withBudget(testCase.model(), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
    });
    for await (const _text of result.textStream) break;
    const entry = await settled(budget);
    expect(entry.details.partial).toBeUndefined();
    await expectNothingHeld(budget);
  });

  test.each(cases)(
    '$name: a stream cut after the headers is charged what arrived',
    async (testCase) => {
      const budget = budgetOf();
      mock().script({ respond: { dropAfterChunks: 3 } });
      // The v2 providers end a dropped body's stream without a finish part (no error part).
      await streamText({
        model: withBudget(testCase.model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 20,
        onError: () => undefined,
      }).consumeStream();
      const entry = await only(budget.ledger());
      expect(entry.details.partial).toBe(true);
      expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
      await expectNothingHeld(budget);
    },
  );

  test.each(cases)('$name: an error event mid-stream is charged what arrived', async (testCase) => {
    const budget = budgetOf();
    mock().script({ respond: { errorEventAfterChunks: 3 } });
    await streamText({
      model: withBudget(testCase.model(), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
      onError: () => undefined,
    }).consumeStream();
    const entry = await only(budget.ledger());
    expect(entry.details.partial).toBe(true);
    await expectNothingHeld(budget);
  });
});

describe('ai 5 (specification v2): embeddings', () => {
  test('embed is held and charged the tokens the provider counted', async () => {
    const budget = budgetOf();
    const model = withBudget(openai().embedding('text-embedding-3-small'), { budget });
    expect(model.specificationVersion).toBe('v2');
    const result = await embed({ model, value: 'hello there' });
    const entry = await only(budget.ledger());
    expect(entry.details.tokens).toMatchObject({ input: { uncached: result.usage.tokens } });
    expect(entry.actualUsd).toBe(
      computeCost({
        provider: 'openai',
        model: 'text-embedding-3-small',
        usage: { prompt_tokens: result.usage.tokens, total_tokens: result.usage.tokens },
      }).totalUsd,
    );
    await expectNothingHeld(budget);
  });

  test('an embedding the budget cannot cover is refused unsent', async () => {
    const budget = budgetOf('0.0000000001');
    const model = withBudget(openai().embedding('text-embedding-3-small'), { budget });
    await expect(embed({ model, value: 'hello', maxRetries: 0 })).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    expect(mock().requests).toHaveLength(0);
  });
});
