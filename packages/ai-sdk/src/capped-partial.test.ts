/**
 * A partial charge is never more than the step's hold (the kit's `atMostTheHold`), and a
 * completed step is always charged its exact cost, through the real `ai` 6 and 7 and their
 * OpenAI providers against the loopback mock. What the tokens of a cut stream price to can
 * exceed its hold when the price rises while the call runs: the table's next price takes
 * effect at midnight UTC, and the test moves the clock across it (only `Date` is faked).
 * Every ending is run with the cap in play: nothing stays held, one entry per call served.
 */

import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { type Budget, compareMoney, type LedgerEntry, money } from '@tollgate/core';
import { createPricing } from '@tollgate/pricing';
import * as ai7 from 'ai';
import { createOpenAI as createOpenAIv3 } from 'ai-sdk-openai-v3';
import * as ai6 from 'ai-v6';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import { settled } from './test-support/spec-models.js';

const mock = useMockProvider();

/** The last second before the price rise, and the first after it. */
const beforeRise = Date.parse('2026-06-01T23:59:59Z');
const afterRise = Date.parse('2026-06-02T00:00:01Z');

/** gpt-4.1 at $2 / $8 per million tokens, ten times that from 2026-06-02. */
const pricing = createPricing({
  overrides: [
    {
      provider: 'openai',
      id: 'gpt-4.1',
      prices: [
        { standard: { input: '2', output: '8' } },
        { effectiveFrom: '2026-06-02', standard: { input: '20', output: '80' } },
      ],
    },
  ],
});

/** Thirty one-token words, sent 20 ms apart: the test acts long before the last one. */
const slowText = {
  text: Array.from({ length: 30 }, (_, index) => `word${index}`).join(' '),
  chunkDelayMs: 20,
};

/**
 * Moves the clock past the rise once the request is on its way: its hold is placed before
 * it is sent, at the old price.
 */
async function riseOnceSent(): Promise<void> {
  await vi.waitFor(() => expect(mock().requests.length).toBeGreaterThan(0));
  vi.setSystemTime(afterRise);
}

/** What the entry's tokens cost at the table's current (risen) price. */
function priceNow(entry: LedgerEntry): string {
  const tokens = entry.details.tokens as { input: { uncached: number }; output: { text: number } };
  return pricing.computeCost({
    provider: 'openai',
    model: 'gpt-4.1',
    usage: { input_tokens: tokens.input.uncached, output_tokens: tokens.output.text },
  }).totalUsd;
}

/** A step cut after the rise: charged its hold, the tokens kept and priced in `uncappedUsd`. */
function expectCapped(entry: LedgerEntry): void {
  expect(entry.details).toMatchObject({ partial: true, capped: true });
  expect(entry.actualUsd).toBe(entry.reservedUsd);
  expect(entry.details.uncappedUsd).toBe(priceNow(entry));
  expect(compareMoney(money(priceNow(entry)), money(entry.reservedUsd))).toBe(1);
  // The output as it arrived, bounded by what the request allows (30 tokens).
  const tokens = entry.details.tokens as { output: { text: number } };
  expect(tokens.output.text).toBeGreaterThan(0);
  expect(tokens.output.text).toBeLessThanOrEqual(30);
}

/** A step that completed after the rise: its exact cost, above its hold, never capped. */
function expectExactAboveHold(entry: LedgerEntry): void {
  expect(entry.details.partial).toBeUndefined();
  expect(entry.details.capped).toBeUndefined();
  expect(entry.actualUsd).toBe(priceNow(entry));
  expect(compareMoney(money(entry.actualUsd), money(entry.reservedUsd))).toBe(1);
}

type Sdk = {
  streamText: typeof ai7.streamText;
  generateText: typeof ai7.generateText;
  model: () => LanguageModelV4;
};

const sdks: Array<[string, Sdk]> = [
  [
    'ai 7',
    {
      streamText: ai7.streamText,
      generateText: ai7.generateText,
      model: () => createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL })('gpt-4.1'),
    },
  ],
  [
    'ai 6',
    {
      // ai 6 takes specification v3 models: the types differ, the calls are the same.
      streamText: ai6.streamText as unknown as typeof ai7.streamText,
      generateText: ai6.generateText as unknown as typeof ai7.generateText,
      model: () =>
        createOpenAIv3({ apiKey: 'test', baseURL: mock().openaiBaseURL })(
          'gpt-4.1',
        ) as unknown as LanguageModelV4,
    },
  ],
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: beforeRise });
});

afterEach(() => {
  vi.useRealTimers();
});

describe.each(sdks)('%s: partial charges at most the hold', (_name, sdk) => {
  const budgetOf = () => budgetFor('capped', 10);

  /** Streams the slow text; `end` ends the stream after its first text, the clock past the rise. */
  async function streamEndedBy(
    end: (
      result: ReturnType<typeof ai7.streamText>,
      abort: () => void,
      budget: Budget,
    ) => Promise<void>,
    script: Record<string, unknown> = {},
  ) {
    const budget = budgetOf();
    mock().script({ respond: { ...slowText, ...script } });
    const controller = new AbortController();
    const result = sdk.streamText({
      model: withBudget(sdk.model(), { budget, pricing }),
      prompt: 'Hi',
      maxOutputTokens: 30,
      abortSignal: controller.signal,
      maxRetries: 0,
      onError: () => {},
    });
    await end(result, () => controller.abort(), budget);
    await budget.flush();
    return budget;
  }

  /** The budget's only entry, with nothing left held. */
  async function onlyEntry(budget: Budget): Promise<LedgerEntry> {
    const entries = await budget.ledger();
    expect(entries).toHaveLength(1);
    expect((await budget.status()).reservedUsd).toBe('0');
    return entries[0] as LedgerEntry;
  }

  test('aborted mid-stream: charged the hold, capped, its tokens kept', async () => {
    const budget = await streamEndedBy(async (result, abort) => {
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta' && Date.now() === beforeRise) {
          vi.setSystemTime(afterRise);
          abort();
        }
      }
    });
    expectCapped(await onlyEntry(budget));
  });

  test('dropped by the provider mid-stream: charged the hold, capped', async () => {
    const budget = await streamEndedBy(
      async (result) => {
        await riseOnceSent();
        await result.consumeStream({ onError: () => {} });
      },
      { dropAfterChunks: 8 },
    );
    expectCapped(await onlyEntry(budget));
    expect(mock().requests).toHaveLength(1);
  });

  test('an error event mid-stream: charged the hold, capped', async () => {
    const budget = await streamEndedBy(
      async (result) => {
        await riseOnceSent();
        await result.consumeStream({ onError: () => {} });
      },
      { errorEventAfterChunks: 8 },
    );
    expectCapped(await onlyEntry(budget));
  });

  test('a stream that completes after the rise: its exact cost, above the hold, not capped', async () => {
    const budget = await streamEndedBy(async (result) => {
      await riseOnceSent();
      await result.consumeStream();
    });
    expectExactAboveHold(await onlyEntry(budget));
  });

  test('a caller that breaks out early: the provider still finished, so its exact cost', async () => {
    const budget = await streamEndedBy(async (result, _abort, budget) => {
      for await (const _text of result.textStream) {
        vi.setSystemTime(afterRise);
        break;
      }
      // The step settles when the provider's finish part arrives, read or not.
      await settled(budget);
    });
    expectExactAboveHold(await onlyEntry(budget));
  });

  test('a stream never read: settled exactly from its finish, not capped', async () => {
    const budget = await streamEndedBy(async (_result, _abort, budget) => {
      await riseOnceSent();
      await settled(budget);
    });
    expectExactAboveHold(await onlyEntry(budget));
  });

  test('generateText that reports more than its hold: its exact cost, not capped', async () => {
    const budget = budgetOf();
    // The provider says it wrote 300 tokens for a request that allowed 5.
    mock().script({ respond: { outputTokens: 300 } });
    await sdk.generateText({
      model: withBudget(sdk.model(), { budget, pricing }),
      prompt: 'Hi',
      maxOutputTokens: 5,
    });
    const entry = await onlyEntry(budget);
    expect(entry.details.capped).toBeUndefined();
    expect(entry.details.tokens).toMatchObject({ output: { text: 300 } });
    expect(entry.actualUsd).toBe(priceNow(entry));
    expect(compareMoney(money(entry.actualUsd), money(entry.reservedUsd))).toBe(1);
  });

  test('a streamed call that reports more than its hold: its exact cost, not capped', async () => {
    const budget = await streamEndedBy(async (result) => result.consumeStream(), {
      text: undefined,
      chunkDelayMs: 0,
      outputTokens: 300,
    });
    const entry = await onlyEntry(budget);
    expect(entry.details.capped).toBeUndefined();
    expect(entry.details.tokens).toMatchObject({ output: { text: 300 } });
    expect(compareMoney(money(entry.actualUsd), money(entry.reservedUsd))).toBe(1);
  });

  test('generateText failing with an error status after its retries: released, no entry', async () => {
    const budget = budgetOf();
    mock().script({ respond: { status: 500, retryAfterSeconds: 0 }, times: 3 });
    await expect(
      sdk.generateText({
        model: withBudget(sdk.model(), { budget, pricing }),
        prompt: 'Hi',
        maxOutputTokens: 5,
        maxRetries: 2,
      }),
    ).rejects.toThrow();
    expect(mock().requests).toHaveLength(3);
    expect(await budget.ledger()).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0' });
  });

  test('generateText whose 2xx body is cut after the headers: served, so charged its hold, never $0', async () => {
    const budget = budgetOf();
    mock().script({ respond: { cutBodyAfterBytes: 20 }, times: 3 });
    // The AI SDK backs off seconds between attempts at a cut body: one attempt is enough (each
    // attempt is a step of its own, served, charged its hold).
    await expect(
      sdk.generateText({
        model: withBudget(sdk.model(), { budget, pricing }),
        prompt: 'Hi',
        maxOutputTokens: 5,
        maxRetries: 0,
      }),
    ).rejects.toThrow('Failed to process successful response');
    expect(mock().requests).toHaveLength(1);
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(entry.reservedUsd);
    expect(entry.details).toMatchObject({ partial: true, usage: 'unseen' });
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
  });

  test('a retry that succeeds after an error status: one entry, exact', async () => {
    const budget = budgetOf();
    mock().script({ respond: { status: 500, retryAfterSeconds: 0 } });
    vi.setSystemTime(afterRise);
    await sdk.generateText({
      model: withBudget(sdk.model(), { budget, pricing }),
      prompt: 'Hi',
      maxOutputTokens: 5,
      maxRetries: 2,
    });
    expect(mock().requests).toHaveLength(2);
    const entry = await onlyEntry(budget);
    expect(entry.details.capped).toBeUndefined();
    expect(entry.actualUsd).toBe(priceNow(entry));
  });

  test('aborted before it is sent: nothing held, nothing sent', async () => {
    const budget = budgetOf();
    const result = sdk.streamText({
      model: withBudget(sdk.model(), { budget, pricing }),
      prompt: 'Hi',
      maxOutputTokens: 5,
      abortSignal: AbortSignal.abort(),
      onError: () => {},
    });
    await result.consumeStream({ onError: () => {} });
    expect(mock().requests).toHaveLength(0);
    expect(await budget.ledger()).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });
});
