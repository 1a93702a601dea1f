/**
 * Anthropic server-side fallbacks through the AI SDK: `@ai-sdk/anthropic` 4.x and 3.x send
 * `providerOptions.anthropic.fallbacks` in the request body as given. The hold adds every hop
 * at its model's price; the charge prices `usage.iterations` model by model and names the
 * model that served; what cannot be priced beforehand is refused before anything is sent.
 */
import { createAnthropic } from '@ai-sdk/anthropic';
import type { LanguageModelV4, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { type Budget, compareMoney, formatUsd, type LedgerEntry, money } from '@tollgate/core';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import * as ai7 from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { createAnthropic as createAnthropicV3 } from 'ai-sdk-anthropic-v3';
import * as ai6 from 'ai-v6';
import { describe, expect, test } from 'vitest';
import {
  BudgetExceededError,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import { expectTokensCharged } from './test-support/scenarios.js';
import { usage } from './test-support/spec-models.js';

const mock = useMockProvider();
const pricing = defaultPricing();

const requested = 'claude-sonnet-4-5';
const fallbacks = [{ model: 'claude-opus-4-1' }, { model: 'claude-haiku-4-5', max_tokens: 50 }];
const withFallbacks = { anthropic: { fallbacks } };

/** The requested model declined; the first hop (Opus) served. */
const iterations = [
  { type: 'message', model: requested, input_tokens: 20, output_tokens: 0 },
  { type: 'fallback_message', model: 'claude-opus-4-1', input_tokens: 20, output_tokens: 16 },
];
const iterationsCost = () =>
  formatUsd(
    money(
      computeCost({ provider: 'anthropic', model: requested, usage: iterations[0] }).totalUsd,
    ).plus(
      money(
        computeCost({ provider: 'anthropic', model: 'claude-opus-4-1', usage: iterations[1] })
          .totalUsd,
      ),
    ),
  );

/** The bound of one run of `model` on `inputTokens` of prompt, as the hold prices it. */
const runBound = (model: string, inputTokens: number, maxOutputTokens: number) =>
  money(pricing.boundUsd({ provider: 'anthropic', model, inputTokens, maxOutputTokens }));

/** The hold of a call with `fallbacks` on `inputTokens` of prompt: each run at its own model. */
const fallbackHold = (inputTokens: number) =>
  formatUsd(
    runBound(requested, inputTokens, 100)
      .plus(runBound('claude-opus-4-1', inputTokens, 100))
      .plus(runBound('claude-haiku-4-5', inputTokens, 50)),
  );

type Sdk = {
  generateText: typeof ai7.generateText;
  streamText: typeof ai7.streamText;
  model: () => LanguageModelV4;
};

const sdks: Array<[string, Sdk]> = [
  [
    'ai 7, @ai-sdk/anthropic 4',
    {
      generateText: ai7.generateText,
      streamText: ai7.streamText,
      model: () =>
        createAnthropic({ apiKey: 'test', baseURL: `${mock().anthropicBaseURL}/v1` })(requested),
    },
  ],
  [
    'ai 6, @ai-sdk/anthropic 3',
    {
      // ai 6 takes specification v3 models: the types differ, the calls are the same.
      generateText: ai6.generateText as unknown as typeof ai7.generateText,
      streamText: ai6.streamText as unknown as typeof ai7.streamText,
      model: () =>
        createAnthropicV3({ apiKey: 'test', baseURL: `${mock().anthropicBaseURL}/v1` })(
          requested,
        ) as unknown as LanguageModelV4,
    },
  ],
];

async function onlyEntry(budget: Budget): Promise<LedgerEntry> {
  await budget.flush();
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  expect((await budget.status()).reservedUsd).toBe('0');
  return entries[0] as LedgerEntry;
}

describe.each(sdks)('%s: server-side fallbacks', (_name, sdk) => {
  test('are sent as given; the hold adds every hop at its own model and output maximum', async () => {
    const budget = budgetFor('fallback');
    await sdk.generateText({
      model: withBudget(sdk.model(), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 100,
      providerOptions: withFallbacks,
    });
    expect(mock().requests[0]?.body).toMatchObject({ fallbacks });
    // Some prompt size (the same for every run) gives exactly the hold: three runs, each
    // priced at its own model with its own output maximum.
    const held = (await onlyEntry(budget)).reservedUsd;
    const sizes = Array.from({ length: 2_000 }, (_, tokens) => tokens);
    expect(sizes.some((tokens) => fallbackHold(tokens) === held)).toBe(true);
  });

  test('a budget that covers the requested model and one hop, not every hop, refuses the call unsent', async () => {
    const probe = budgetFor('fallback');
    const options = {
      prompt: 'Hi',
      maxOutputTokens: 100,
      maxRetries: 0,
      providerOptions: withFallbacks,
    };
    await sdk.generateText({ model: withBudget(sdk.model(), { budget: probe }), ...options });
    const held = (await onlyEntry(probe)).reservedUsd;
    const input = Array.from({ length: 2_000 }, (_, tokens) => tokens).find(
      (tokens) => fallbackHold(tokens) === held,
    ) as number;
    mock().reset();
    const limit = runBound(requested, input, 100).plus(runBound('claude-opus-4-1', input, 100));
    const budget = budgetFor('fallback', formatUsd(limit));
    const call = sdk.generateText({ model: withBudget(sdk.model(), { budget }), ...options });
    await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0' });
  });

  test.each([
    ['generateText', false],
    ['streamText', true],
  ])(
    '%s is charged each iteration at its own model, naming the model that served',
    async (_fn, stream) => {
      const budget = budgetFor('fallback');
      mock().script({ respond: { usage: { iterations } } });
      const options = {
        model: withBudget(sdk.model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 100,
        providerOptions: withFallbacks,
      };
      if (stream) await sdk.streamText(options).consumeStream();
      else await sdk.generateText(options);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(iterationsCost());
      expect(entry.details).toMatchObject({ model: 'claude-opus-4-1', requestModel: requested });
      expect(entry.details.partial).toBeUndefined();
    },
  );

  test('a stream aborted mid-way is charged what arrived at the dearest model that may have served, at most the hold', async () => {
    const budget = budgetFor('fallback');
    mock().script({
      respond: { text: Array.from({ length: 30 }, () => 'word').join(' '), chunkDelayMs: 20 },
    });
    const controller = new AbortController();
    const result = sdk.streamText({
      model: withBudget(sdk.model(), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 100,
      providerOptions: withFallbacks,
      abortSignal: controller.signal,
      onError: () => {},
    });
    for await (const part of result.fullStream) if (part.type === 'text-delta') controller.abort();
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ partial: true, model: 'claude-opus-4-1' });
    expect(compareMoney(money(entry.actualUsd), money(entry.reservedUsd))).toBeLessThanOrEqual(0);
  });

  test.each([
    ["'default' (the server picks)", 'default', 'fallbacks: default'],
    ['a fast hop (premium rates)', [{ model: 'claude-opus-4-1', speed: 'fast' }], 'speed: fast'],
  ])(
    "%s: refused unsent, or let through with unmetered: 'allow' (its tokens charged)",
    async (_case, value, feature) => {
      const budget = budgetFor('fallback');
      const options = {
        prompt: 'Hi',
        maxOutputTokens: 20,
        providerOptions: { anthropic: { fallbacks: value } },
      };
      const refused = sdk.generateText({ model: withBudget(sdk.model(), { budget }), ...options });
      await expect(refused).rejects.toBeInstanceOf(UnmeteredEndpointError);
      await expect(refused).rejects.toThrow(feature);
      expect(mock().requests).toHaveLength(0);
      await sdk
        .generateText({
          model: withBudget(sdk.model(), { budget, unmetered: 'allow' }),
          ...options,
        })
        // The mock may answer a fast hop however it likes; only the metering matters here.
        .catch(() => undefined);
      expect(mock().requests).toHaveLength(1);
      await expectTokensCharged(budget);
    },
  );

  test('a hop no table prices, or without a model id, is refused unsent with a typed error', async () => {
    const budget = budgetFor('fallback');
    const call = (value: unknown) =>
      sdk.generateText({
        model: withBudget(sdk.model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 20,
        providerOptions: { anthropic: { fallbacks: value } } as never,
      });
    await expect(call([{ model: 'claude-imaginary-9' }])).rejects.toBeInstanceOf(UnknownModelError);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });
});

describe('fallbacks without usage.iterations', () => {
  /** The marker `@ai-sdk/anthropic` 4.x makes of a `fallback` block. */
  const handedTo = (model: string) => ({
    type: 'custom' as const,
    kind: 'anthropic.fallback' as const,
    providerMetadata: {
      anthropic: { type: 'fallback', from: { model: requested }, to: { model } },
    },
  });

  test.each([
    ['the model the response names', [], 'claude-opus-4-1', 'claude-opus-4-1'],
    [
      'the model a fallback marker in the content handed over to',
      [handedTo('claude-haiku-4-5')],
      requested,
      'claude-haiku-4-5',
    ],
  ])('are charged as %s', async (_case, markers, responseModel, served) => {
    const budget = budgetFor('fallback');
    const model = new MockLanguageModelV4({
      provider: 'anthropic.messages',
      modelId: requested,
      doGenerate: async () => ({
        content: [...markers, { type: 'text', text: 'hello' }],
        finishReason: { unified: 'stop', raw: 'end_turn' },
        usage: usage(20, 16, { input_tokens: 20, output_tokens: 16 }),
        warnings: [],
        response: { modelId: responseModel },
      }),
    });
    await ai7.generateText({
      model: withBudget(model, { budget }),
      prompt: 'Hi',
      maxOutputTokens: 100,
      providerOptions: withFallbacks,
    });
    const entry = await onlyEntry(budget);
    expect(entry.details.model).toBe(served);
    expect(entry.actualUsd).toBe(
      computeCost({
        provider: 'anthropic',
        model: served,
        usage: { input_tokens: 20, output_tokens: 16 },
      }).totalUsd,
    );
  });

  test('a stream cut after a fallback marker is charged what arrived at the model it handed over to', async () => {
    const charged = async (parts: LanguageModelV4StreamPart[]) => {
      const budget = budgetFor('fallback');
      const model = new MockLanguageModelV4({
        provider: 'anthropic.messages',
        modelId: requested,
        doStream: async () => ({ stream: convertArrayToReadableStream(parts) }),
      });
      await ai7
        .streamText({
          model: withBudget(model, { budget }),
          prompt: 'Hi',
          maxOutputTokens: 100,
          providerOptions: withFallbacks,
          onError: () => {},
        })
        .consumeStream();
      return onlyEntry(budget);
    };
    const text = { type: 'text-delta' as const, id: 't', delta: 'hello' };
    const haiku = await charged([handedTo('claude-haiku-4-5'), text]);
    expect(haiku.details).toMatchObject({ partial: true, model: 'claude-haiku-4-5' });
    // No marker (ai 6's provider drops it): the dearest model that may have served.
    const unknown = await charged([text]);
    expect(unknown.details).toMatchObject({ partial: true, model: 'claude-opus-4-1' });
    expect(compareMoney(money(haiku.actualUsd), money(unknown.actualUsd))).toBe(-1);
  });
});
