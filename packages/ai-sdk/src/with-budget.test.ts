import type { LanguageModelV4 } from '@ai-sdk/provider';
import { totalOutputTokens, type UsageTokens } from '@tollgate/core';
import { computeCost } from '@tollgate/pricing';
import {
  embed,
  embedMany,
  generateObject,
  generateText,
  Output,
  stepCountIs,
  streamText,
  ToolLoopAgent,
} from 'ai';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  BudgetExceededError,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import {
  budgetFor,
  languageModels,
  providersFor,
  useMockProvider,
} from './test-support/providers.js';
import {
  collect,
  expectAbortedStreamCharged,
  expectTokensCharged,
  expectToolLoopHalted,
  only,
  weather,
} from './test-support/scenarios.js';

// generateObject's deprecation notice would clutter the test output.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const mock = useMockProvider();

const budgetOf = (limitUsd: string | number = 10) => budgetFor('ai', limitUsd);

function providerOf(name: string) {
  return name.startsWith('openai') ? ('openai' as const) : ('anthropic' as const);
}

describe.each(languageModels(mock))('%s', (name, modelOf) => {
  const provider = providerOf(name);

  test('generateText settles the exact cost of the usage the provider returned', async () => {
    const budget = budgetOf();
    const result = await generateText({
      model: withBudget(modelOf(), { budget }),
      prompt: 'Hello there',
      maxOutputTokens: 40,
    });
    const entry = await only(budget.ledger());
    const expected = computeCost({
      provider,
      model: entry.details.model as string,
      usage: result.usage.raw,
    });
    expect(entry.actualUsd).toBe(expected.totalUsd);
    expect(entry.details).toMatchObject({ provider, pricingVersion: expected.pricingVersion });
    expect(totalOutputTokens(entry.details.tokens as UsageTokens)).toBe(result.usage.outputTokens);
    expect(Number(entry.reservedUsd)).toBeGreaterThanOrEqual(Number(entry.actualUsd));
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
  });

  test('streamText settles from the finish part and passes every part on unchanged', async () => {
    const budget = budgetOf();
    mock().script({ respond: { text: 'one two three four five' }, times: 2 });
    const plain = streamText({ model: modelOf(), prompt: 'Hi', maxOutputTokens: 30 });
    const plainParts = await collect(plain.fullStream);
    const wrapped = streamText({
      model: withBudget(modelOf(), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 30,
    });
    const parts = await collect(wrapped.fullStream);
    expect(parts.map((part) => part.type)).toEqual(plainParts.map((part) => part.type));
    expect(await wrapped.text).toBe(await plain.text);
    const entry = await only(budget.ledger());
    expect(entry.actualUsd).toBe(
      computeCost({
        provider,
        model: entry.details.model as string,
        usage: (await wrapped.usage).raw,
      }).totalUsd,
    );
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('structured output is metered (the mock answers the schema)', async () => {
    const budget = budgetOf();
    const result = await generateText({
      model: withBudget(modelOf(), { budget }),
      prompt: 'A city',
      maxOutputTokens: 50,
      output: Output.object({ schema: z.object({ city: z.string() }) }),
    });
    expect(result.output).toEqual({ city: 'lorem' });
    const [entry] = await budget.ledger();
    expect(entry?.actualUsd).toBe(
      computeCost({ provider, model: entry?.details.model as string, usage: result.usage.raw })
        .totalUsd,
    );
  });

  test('generateObject is metered (deprecated in ai 7, still supported)', async () => {
    const budget = budgetOf();
    const result = await generateObject({
      model: withBudget(modelOf(), { budget }),
      prompt: 'A city',
      maxOutputTokens: 50,
      schema: z.object({ city: z.string() }),
    });
    expect(result.object).toEqual({ city: 'lorem' });
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
  });

  test('a tool loop reserves once per model step', async () => {
    const budget = budgetOf();
    mock().script({ respond: { toolCall: { name: 'weather', arguments: { city: 'Oslo' } } } });
    const result = await generateText({
      model: withBudget(modelOf(), { budget }),
      prompt: 'Weather in Oslo?',
      maxOutputTokens: 50,
      tools: weather,
      stopWhen: stepCountIs(5),
    });
    expect(result.steps).toHaveLength(2);
    expect(await budget.ledger()).toHaveLength(2);
    expect(mock().requests).toHaveLength(2);
  });

  test('a tool loop the budget cannot finish is halted before the step it cannot cover', async () => {
    await expectToolLoopHalted(modelOf, budgetOf, mock());
  });
});

describe('refusals, before any request', () => {
  const models = () => providersFor(mock());

  test('a call the budget cannot cover throws BudgetExceededError and sends nothing', async () => {
    const budget = budgetOf('0.000001');
    const error = await generateText({
      model: withBudget(models().openai('gpt-4.1'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 100,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED', budgetId: budget.id });
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });

  test('OpenAI: a byte bound the budget refuses is tightened by counting the prompt exactly', async () => {
    // About 24,000 bytes but 4,000 tokens: the byte hold does not fit, the exact one does.
    const prompt = 'hello world '.repeat(2_000);
    const fits = budgetOf('0.02');
    const refusals: unknown[] = [];
    fits.on('refused', (event) => {
      refusals.push(event);
    });
    await generateText({
      model: withBudget(models().openai('gpt-4.1'), { budget: fits }),
      prompt,
      maxOutputTokens: 10,
    });
    const entry = await only(fits.ledger());
    expect(Number(entry.reservedUsd)).toBeLessThan(0.02);
    expect(Number(entry.reservedUsd)).toBeGreaterThanOrEqual(Number(entry.actualUsd));
    expect(refusals).toEqual([]);
    // Too small even for the exact count: refused once, and reported once.
    const tight = budgetOf('0.005');
    tight.on('refused', (event) => {
      refusals.push(event);
    });
    await expect(
      generateText({
        model: withBudget(models().openai.chat('gpt-4.1'), { budget: tight }),
        prompt,
        maxOutputTokens: 10,
      }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(refusals).toHaveLength(1);
    // Anthropic has no local tokenizer: its byte bound stands.
    await expect(
      generateText({
        model: withBudget(models().anthropic('claude-haiku-4-5'), { budget: budgetOf('0.02') }),
        prompt,
        maxOutputTokens: 10,
      }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(1);
  });

  test('streamText reports the refusal through onError and the error part', async () => {
    const budget = budgetOf('0.000001');
    const errors: unknown[] = [];
    const result = streamText({
      model: withBudget(models().anthropic('claude-sonnet-4-5'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 100,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    const parts = await collect(result.fullStream);
    const errorPart = parts.find((part) => part.type === 'error');
    expect(errorPart?.type === 'error' && errorPart.error).toBeInstanceOf(BudgetExceededError);
    expect(errors[0]).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });

  test('the agent class throws BudgetExceededError from generate()', async () => {
    const budget = budgetOf('0.000001');
    const agent = new ToolLoopAgent({
      model: withBudget(models().openai('gpt-4.1'), { budget }),
      tools: weather,
      maxOutputTokens: 50,
    });
    await expect(agent.generate({ prompt: 'Weather?' })).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    expect(mock().requests).toHaveLength(0);
  });

  test('an unknown model fails closed with UNKNOWN_MODEL', async () => {
    const budget = budgetOf();
    const error = await generateText({
      model: withBudget(models().openai('gpt-unknown-9'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 10,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(error).toMatchObject({ code: 'UNKNOWN_MODEL', model: 'gpt-unknown-9' });
    expect(mock().requests).toHaveLength(0);
  });

  test('a provider no table prices fails closed with UNKNOWN_MODEL', async () => {
    const real = models().openai('gpt-4.1');
    const cohere: LanguageModelV4 = {
      specificationVersion: 'v4',
      provider: 'cohere.chat',
      modelId: 'command-a-03-2025',
      supportedUrls: {},
      doGenerate: (options) => real.doGenerate(options),
      doStream: (options) => real.doStream(options),
    };
    const error = await generateText({
      model: withBudget(cohere, { limitUsd: 1 }),
      prompt: 'Hello',
      maxOutputTokens: 10,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNKNOWN_MODEL', provider: 'cohere.chat' });
    expect(mock().requests).toHaveLength(0);
  });

  test('no output maximum holds the model limit and emits unbounded-output', async () => {
    const budget = budgetOf();
    const events: unknown[] = [];
    budget.on('unbounded-output', (event) => {
      events.push(event);
    });
    await generateText({ model: withBudget(models().openai('gpt-4.1'), { budget }), prompt: 'Hi' });
    expect(events).toEqual([
      expect.objectContaining({ model: 'gpt-4.1', assumedOutputTokens: 32_768 }),
    ]);
  });
});

describe('price-changing options and provider usage', () => {
  const models = () => providersFor(mock());

  test('an OpenAI service tier is held and charged at the tier the response reports', async () => {
    const budget = budgetOf();
    mock().script({ respond: { serviceTier: 'priority' } });
    const result = await generateText({
      model: withBudget(models().openai('gpt-4.1'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
      providerOptions: { openai: { serviceTier: 'priority' } },
    });
    const entry = await only(budget.ledger());
    const atPriority = computeCost({
      provider: 'openai',
      model: 'gpt-4.1',
      usage: result.usage.raw,
      serviceTier: 'priority',
    });
    const atStandard = computeCost({
      provider: 'openai',
      model: 'gpt-4.1',
      usage: result.usage.raw,
    });
    expect(entry.actualUsd).toBe(atPriority.totalUsd);
    expect(entry.actualUsd).not.toBe(atStandard.totalUsd);
  });

  test('Anthropic cache writes are charged by TTL from the provider usage', async () => {
    const budget = budgetOf();
    mock().script({
      respond: {
        usage: {
          cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 2_000 },
        },
      },
    });
    const result = await generateText({
      model: withBudget(models().anthropic('claude-sonnet-4-5'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
    });
    const entry = await only(budget.ledger());
    const exact = computeCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      usage: result.usage.raw,
    });
    expect(exact.lines.map((line) => line.kind)).toContain('cache_write_1h');
    expect(entry.actualUsd).toBe(exact.totalUsd);
    expect(entry.details.tokens).toMatchObject({ input: { cacheWrite1h: 2_000 } });
  });

  test("Anthropic fast mode has no price: refused as unmetered, or let through with unmetered: 'allow'", async () => {
    const fast = { anthropic: { speed: 'fast' } };
    const budget = budgetOf();
    const refused = await generateText({
      model: withBudget(models().anthropic('claude-opus-4-6'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
      providerOptions: fast,
    }).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(UnmeteredEndpointError);
    expect(refused).toMatchObject({
      code: 'UNMETERED_ENDPOINT',
      endpoint: 'anthropic.messages claude-opus-4-6 (speed: fast)',
    });
    expect(mock().requests).toHaveLength(0);
    const allowed = withBudget(models().anthropic('claude-opus-4-6'), {
      budget,
      unmetered: 'allow',
    });
    await generateText({
      model: allowed,
      prompt: 'Hi',
      maxOutputTokens: 20,
      providerOptions: fast,
    });
    const streamed = streamText({
      model: allowed,
      prompt: 'Hi',
      maxOutputTokens: 20,
      providerOptions: fast,
    });
    await streamed.consumeStream();
    expect(mock().requests).toHaveLength(2);
    // Held and charged at the table's standard rates; only fast mode's premium goes uncharged.
    await expectTokensCharged(budget, 2);
  });

  test('an Anthropic thinking budget is added to the held output', async () => {
    const plain = budgetOf();
    const thinking = budgetOf();
    const anthropic = models().anthropic;
    await generateText({
      model: withBudget(anthropic('claude-sonnet-4-5'), { budget: plain }),
      prompt: 'Hi',
      maxOutputTokens: 100,
    });
    await generateText({
      model: withBudget(anthropic('claude-sonnet-4-5'), { budget: thinking }),
      prompt: 'Hi',
      maxOutputTokens: 100,
      providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 2_000 } } },
    });
    const [held] = await plain.ledger();
    const [heldThinking] = await thinking.ledger();
    // claude-sonnet-4-5 output: $15 per million tokens; 2,000 more tokens held. The options'
    // JSON bytes are held as input, at the dearest input rate (a 1-hour cache write, $6).
    const optionBytes = JSON.stringify({
      thinking: { type: 'enabled', budgetTokens: 2_000 },
    }).length;
    expect(Number(heldThinking?.reservedUsd) - Number(held?.reservedUsd)).toBeCloseTo(
      0.03 + (optionBytes * 6) / 1_000_000,
      9,
    );
  });
});

describe('endings', () => {
  const models = () => providersFor(mock());

  test('a 429 retried by the SDK: one hold per attempt, the failed one released', async () => {
    const budget = budgetOf();
    mock().script({ respond: { status: 429 } });
    await generateText({
      model: withBudget(models().openai('gpt-4.1'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
      maxRetries: 2,
    });
    expect(mock().requests).toHaveLength(2);
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
  });

  test('a 5xx that outlasts the retries costs nothing and leaves nothing held', async () => {
    const budget = budgetOf();
    mock().script({ respond: { status: 500, retryAfterSeconds: 0 }, times: 3 });
    const error = await generateText({
      model: withBudget(models().anthropic('claude-sonnet-4-5'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 20,
      maxRetries: 2,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(mock().requests).toHaveLength(3);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });

  test('a stream aborted mid-way is charged what was consumed, nothing left held', async () => {
    await expectAbortedStreamCharged(models().openai('gpt-4.1'), budgetOf(), mock());
  });

  test('a stream whose provider sends an error event is charged what was consumed', async () => {
    const budget = budgetOf();
    mock().script({ respond: { errorEventAfterChunks: 3 } });
    const result = streamText({
      model: withBudget(models().anthropic('claude-sonnet-4-5'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 40,
      onError: () => {},
    });
    const parts = await collect(result.fullStream);
    expect(parts.some((part) => part.type === 'error')).toBe(true);
    const entry = await only(budget.ledger());
    expect(entry.details.partial).toBe(true);
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a dropped stream ends its hold', async () => {
    const budget = budgetOf();
    mock().script({ respond: { dropAfterChunks: 2 } });
    const result = streamText({
      model: withBudget(models().openai.chat('gpt-4.1'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 40,
      onError: () => {},
    });
    // The broken body reaches the caller as the SDK reports it (an error part or a throw).
    await collect(result.fullStream).catch(() => undefined);
    await budget.flush();
    const entry = await only(budget.ledger());
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });
});

describe('embeddings', () => {
  test('embed and embedMany settle the tokens the provider returned', async () => {
    const budget = budgetOf();
    const model = withBudget(providersFor(mock()).openai.embedding('text-embedding-3-small'), {
      budget,
    });
    const one = await embed({ model, value: 'hello world' });
    const many = await embedMany({ model, values: ['alpha', 'beta gamma'] });
    const entries = await budget.ledger();
    entries.sort((a, b) => a.settledAt - b.settledAt);
    expect(entries.map((entry) => entry.actualUsd)).toEqual(
      [one.usage.tokens, many.usage.tokens].map(
        (tokens) =>
          computeCost({
            provider: 'openai',
            model: 'text-embedding-3-small',
            usage: { prompt_tokens: tokens, total_tokens: tokens },
          }).totalUsd,
      ),
    );
    expect(model.budget).toBe(budget);
  });
});

describe('concurrency', () => {
  test('hundreds of concurrent calls on a small budget: never over, nothing held, requests equal admitted calls', async () => {
    const probe = budgetOf();
    const { openai } = providersFor(mock());
    await generateText({
      model: withBudget(openai('gpt-4.1-mini'), { budget: probe }),
      prompt: 'Hi',
      maxOutputTokens: 20,
    });
    const [first] = await probe.ledger();
    const limit = (Number(first?.reservedUsd) * 25).toFixed(12);
    const budget = budgetOf(limit);
    const model = withBudget(openai('gpt-4.1-mini'), { budget });
    mock().reset();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 300 }, () =>
        generateText({ model, prompt: 'Hi', maxOutputTokens: 20, maxRetries: 0 }),
      ),
    );
    const admitted = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const refused = outcomes.filter(
      (outcome) => outcome.status === 'rejected' && outcome.reason instanceof BudgetExceededError,
    ).length;
    expect(admitted + refused).toBe(300);
    expect(admitted).toBeGreaterThanOrEqual(25);
    const status = await budget.status();
    expect(Number(status.spentUsd)).toBeLessThanOrEqual(Number(limit));
    expect(status).toMatchObject({ reservedUsd: '0', calls: admitted });
    expect(mock().requests).toHaveLength(admitted);
  });
});
