/**
 * A stream answered 200 that breaks with an `error` event before its first output: the
 * OpenAI providers of `ai` 7 and 6 (`@ai-sdk/openai` 4 and 3, and `@ai-sdk/azure` 4 on them)
 * read the first events before `doStream` resolves and throw an `APICallError` with a
 * `statusCode` made up from the event (500), retried by the AI SDK. Each such attempt was
 * served, so each is charged what it consumed (its input, `partial`), as the same event
 * later in the stream is, never released at $0. `ai` 5's providers (`@ai-sdk/openai` 2,
 * `@ai-sdk/azure` 2) pass the event on as an error part: the same charge. `@ai-sdk/anthropic` 2
 * and 4 throw an error that is the first event of the stream the same way. Through the real
 * `streamText` and providers against the loopback mock.
 */
import { createAnthropic } from '@ai-sdk/anthropic';
import { createAzure } from '@ai-sdk/azure';
import { createOpenAI } from '@ai-sdk/openai';
import type { LedgerEntry } from '@tollgate/core';
import * as ai7 from 'ai';
import { createOpenAI as createOpenAIV3 } from 'ai-sdk-openai-v3';
import * as ai5 from 'ai-v5';
import * as ai6 from 'ai-v6';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { budgetFor, providersV2For, useMockProvider } from './test-support/providers.js';

const mock = useMockProvider();
const key = { apiKey: 'test' };

interface Ai {
  streamText(options: object): { fullStream: AsyncIterable<{ type: string }> };
}

interface Case {
  readonly name: string;
  readonly ai: Ai;
  readonly model: () => unknown;
  /** Events the provider sends before its first output (the error then comes before it). */
  readonly before: readonly number[];
  /** The AI SDK retries the error after the last of them (thrown early, and retryable). */
  readonly retried: boolean;
}

const ai7s = ai7 as unknown as Ai;
const ai6s = ai6 as unknown as Ai;
const ai5s = ai5 as unknown as Ai;
const azure = () => createAzure({ ...key, baseURL: `${mock().url}/openai` });
const openai = () => createOpenAI({ ...key, baseURL: mock().openaiBaseURL });
const v2 = () => providersV2For(mock());

// Responses: `response.created`, `response.in_progress`, then the output. Chat: a role-only
// delta, then the text.
const responses = [0, 1, 2];
const chat = [0, 1];

const cases: Case[] = [
  {
    name: 'ai 7, openai.responses',
    ai: ai7s,
    model: () => openai()('gpt-4.1'),
    before: responses,
    retried: true,
  },
  {
    name: 'ai 7, azure.responses',
    ai: ai7s,
    model: () => azure()('gpt-4.1'),
    before: responses,
    retried: true,
  },
  {
    name: 'ai 7, openai.chat',
    ai: ai7s,
    model: () => openai().chat('gpt-4.1'),
    before: chat,
    retried: true,
  },
  {
    name: 'ai 7, azure.chat',
    ai: ai7s,
    model: () => azure().chat('gpt-4.1'),
    before: chat,
    retried: true,
  },
  // `@ai-sdk/anthropic` 4 reads its first event the same way: an error there is thrown.
  {
    name: 'ai 7, anthropic.messages',
    ai: ai7s,
    model: () =>
      createAnthropic({ ...key, baseURL: `${mock().anthropicBaseURL}/v1` })('claude-sonnet-4-5'),
    before: chat,
    retried: false,
  },
  {
    name: 'ai 5, anthropic.messages (@ai-sdk/anthropic 2)',
    ai: ai5s,
    model: () => v2().anthropic('claude-sonnet-4-5'),
    before: chat,
    retried: false,
  },
  {
    name: 'ai 6, openai.responses (@ai-sdk/openai 3)',
    ai: ai6s,
    model: () => createOpenAIV3({ ...key, baseURL: mock().openaiBaseURL })('gpt-4.1'),
    before: responses,
    retried: true,
  },
  {
    name: 'ai 5, openai.responses (@ai-sdk/openai 2)',
    ai: ai5s,
    model: () => v2().openai('gpt-4.1'),
    before: responses,
    retried: false,
  },
  {
    name: 'ai 5, azure.responses (@ai-sdk/azure 2)',
    ai: ai5s,
    model: () => v2().azure('gpt-4.1'),
    // The mock's Azure stream has no `response.in_progress`.
    before: chat,
    retried: false,
  },
  {
    name: 'ai 5, azure.chat (@ai-sdk/azure 2)',
    ai: ai5s,
    model: () => v2().azure.chat('gpt-4.1'),
    before: chat,
    retried: false,
  },
];

/**
 * A stream whose every attempt breaks after `after` events (the error reaches the caller as
 * an error part, or, for `@ai-sdk/openai` 2's Responses model, ends the stream); returns the
 * ledger.
 */
async function brokenStream(c: Case, after: number, maxRetries: number): Promise<LedgerEntry[]> {
  const budget = budgetFor('early-error');
  // The stream's headers say to retry at once (the AI SDK reads them from the error).
  mock().script({
    respond: { errorEventAfterChunks: after, headers: { 'retry-after-ms': '0' } },
    times: maxRetries + 1,
  });
  const result = c.ai.streamText({
    model: withBudget(c.model() as never, { budget }),
    prompt: 'hello '.repeat(500),
    maxOutputTokens: 200,
    maxRetries,
    onError: () => undefined,
  });
  for await (const _part of result.fullStream);
  await budget.flush();
  expect((await budget.status()).reservedUsd).toBe('0');
  return budget.ledger();
}

/** Charged its input, no output, marked partial, within the hold: what it consumed. */
function expectInputCharged(entry: LedgerEntry | undefined): void {
  expect(entry?.details.partial).toBe(true);
  expect(entry?.details.tokens?.output).toMatchObject({ text: 0 });
  const input = entry?.details.tokens?.input as { uncached: number } | undefined;
  expect(input?.uncached).toBeGreaterThan(500);
  expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
  expect(Number(entry?.actualUsd)).toBeLessThan(Number(entry?.reservedUsd));
}

describe.each(cases)('$name: an error event before the first output', (c) => {
  test.each(c.before)('after %i events: charged its input, never $0', async (after) => {
    const entries = await brokenStream(c, after, 0);
    expect(mock().requests).toHaveLength(1);
    expect(entries).toHaveLength(1);
    expectInputCharged(entries[0]);
  });

  test('each attempt the AI SDK retries was served, and is charged', async () => {
    const entries = await brokenStream(c, c.before.at(-1) as number, 2);
    // `ai` 5's providers pass the event on in the stream, which the AI SDK does not retry;
    // so does `@ai-sdk/anthropic` 4 once a part came before it.
    expect(mock().requests).toHaveLength(c.retried ? 3 : 1);
    expect(entries).toHaveLength(mock().requests.length);
    for (const entry of entries) expectInputCharged(entry);
  });
});

test('the charge is the one the same event later in the stream gets, with no output', async () => {
  const c = cases[0] as Case;
  const [early] = await brokenStream(c, 2, 0);
  mock().reset();
  const [late] = await brokenStream(c, 3, 0);
  // The late one read some output: priced on top of the same input.
  expect(late?.details.tokens?.input).toEqual(early?.details.tokens?.input);
  expect(Number(late?.actualUsd)).toBeGreaterThanOrEqual(Number(early?.actualUsd));
});

test('an error status is still released: a failed call costs nothing', async () => {
  const budget = budgetFor('early-error');
  mock().script({ respond: { status: 500, retryAfterSeconds: 0 } });
  const result = ai7.streamText({
    model: withBudget(openai()('gpt-4.1'), { budget }),
    prompt: 'hello',
    maxRetries: 0,
    onError: () => undefined,
  });
  for await (const _part of result.fullStream);
  expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
});

test('property: every attempt answered 200 is charged, within its hold, once', async () => {
  const ai7Cases = cases.filter((c) => c.ai === ai7s);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ai7Cases),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: 2 }),
      async (c, after, maxRetries) => {
        mock().reset();
        const entries = await brokenStream(c, after, maxRetries);
        expect(entries).toHaveLength(mock().requests.length);
        for (const entry of entries) {
          expect(Number(entry.actualUsd)).toBeGreaterThan(0);
          expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
        }
      },
    ),
    { numRuns: 30 },
  );
});
