/**
 * A step whose model result cannot be read: a middleware below `withBudget` (or a custom
 * provider) hands back no result, no stream, an async iterable, or a stream it already
 * locked, after the real provider was called against the loopback mock. The step is charged
 * its hold (`unreadable`), its `maxConcurrency` slot is freed, and the caller gets an
 * `InvalidRequestError` naming what arrived, in `ai` 7 (v4 models) and `ai` 5 (v2 models).
 */
import { InvalidRequestError } from '@tollgate/core';
import { generateText, streamText, wrapLanguageModel } from 'ai';
import {
  generateText as generateTextV5,
  streamText as streamTextV5,
  wrapLanguageModel as wrapLanguageModelV5,
} from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import {
  budgetFor,
  providersFor,
  providersV2For,
  useMockProvider,
} from './test-support/providers.js';

const mock = useMockProvider();

type Broken = (result: { stream: ReadableStream<unknown> }) => unknown;

/** Stream results a broken layer below the metering could hand back. */
const brokenStreams: Array<[string, Broken]> = [
  ['no result', () => undefined],
  ['no stream', (result) => ({ ...result, stream: undefined })],
  [
    'an async iterable',
    (result) => ({
      ...result,
      stream: (async function* () {
        yield* [];
      })(),
    }),
  ],
  [
    'a locked stream',
    (result) => {
      result.stream.getReader();
      return result;
    },
  ],
];

/** The openai model of `ai` 7, its results broken by a middleware below the metering. */
function brokenV4(generated: unknown, streamed: Broken = (result) => result) {
  return wrapLanguageModel({
    model: providersFor(mock()).openai.responses('gpt-4.1'),
    middleware: {
      specificationVersion: 'v4',
      wrapGenerate: async ({ doGenerate }) => {
        await doGenerate();
        return generated as never;
      },
      wrapStream: async ({ doStream }) => streamed(await doStream()) as never,
    },
  });
}

async function expectChargedItsHold(budget: ReturnType<typeof budgetFor>) {
  const status = await budget.status();
  expect(status.reservedUsd).toBe('0');
  const [entry] = await budget.ledger();
  expect(entry?.details).toMatchObject({ partial: true, usage: 'unreadable' });
  expect(entry?.actualUsd).toBe(entry?.reservedUsd);
  expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
}

describe('ai 7: a malformed result ends its step', () => {
  for (const [label, generated] of [
    ['no result', undefined],
    ['no content', { finishReason: 'stop' }],
  ] as const) {
    test(`doGenerate with ${label}: charged its hold, typed error`, async () => {
      const budget = budgetFor('malformed');
      const model = withBudget(brokenV4(generated), { budget });
      const error = await generateText({ model, prompt: 'Hi', maxOutputTokens: 50 }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as Error).message).toMatch(
        /expected doGenerate of openai\.responses model "gpt-4\.1" to resolve a result with a content array and a usage object whose inputTokens and outputTokens are objects, but it resolved/,
      );
      expect(mock().requests).toHaveLength(1);
      await expectChargedItsHold(budget);
    });
  }

  for (const [label, broken] of brokenStreams) {
    test(`doStream with ${label}: charged its hold, typed error`, async () => {
      const budget = budgetFor('malformed');
      const model = withBudget(brokenV4(undefined, broken), { budget });
      let error: unknown;
      const result = streamText({
        model,
        prompt: 'Hi',
        maxOutputTokens: 50,
        onError: ({ error: caught }) => {
          error = caught;
        },
      });
      for await (const _ of result.fullStream);
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as Error).message).toMatch(/expected doStream of openai\.responses model/);
      await expectChargedItsHold(budget);
    });
  }

  test('the maxConcurrency slot of a malformed step is freed for the next call', async () => {
    const budget = budgetFor('malformed');
    let broken = true;
    const model = withBudget(
      wrapLanguageModel({
        model: providersFor(mock()).openai.responses('gpt-4.1'),
        middleware: {
          specificationVersion: 'v4',
          wrapGenerate: async ({ doGenerate }) => {
            const result = await doGenerate();
            return (broken ? undefined : result) as never;
          },
        },
      }),
      { budget, maxConcurrency: 1 },
    );
    await expect(generateText({ model, prompt: 'Hi', maxOutputTokens: 50 })).rejects.toThrow(
      InvalidRequestError,
    );
    broken = false;
    const second = await generateText({
      model,
      prompt: 'Hi',
      maxOutputTokens: 50,
      abortSignal: AbortSignal.timeout(2_000),
    });
    expect(second.text).toBeTypeOf('string');
    expect((await budget.status()).calls).toBe(2);
  });
});

describe('ai 5 (v2 models): a malformed result ends its step', () => {
  function brokenV2(generated: unknown, streamed: Broken = (result) => result) {
    return wrapLanguageModelV5({
      model: providersV2For(mock()).openai.responses('gpt-4.1'),
      middleware: {
        middlewareVersion: 'v2',
        wrapGenerate: async ({ doGenerate }) => {
          await doGenerate();
          return generated as never;
        },
        wrapStream: async ({ doStream }) => streamed(await doStream()) as never,
      },
    });
  }

  test('doGenerate with no result: charged its hold, typed error', async () => {
    const budget = budgetFor('malformed');
    const model = withBudget(brokenV2(undefined), { budget });
    await expect(generateTextV5({ model, prompt: 'Hi', maxOutputTokens: 50 })).rejects.toThrow(
      InvalidRequestError,
    );
    await expectChargedItsHold(budget);
  });

  for (const [label, broken] of brokenStreams) {
    test(`doStream with ${label}: charged its hold, typed error`, async () => {
      const budget = budgetFor('malformed');
      const model = withBudget(brokenV2(undefined, broken), { budget });
      let error: unknown;
      const result = streamTextV5({
        model,
        prompt: 'Hi',
        maxOutputTokens: 50,
        onError: ({ error: caught }) => {
          error = caught;
        },
      });
      for await (const _ of result.fullStream);
      expect(error).toBeInstanceOf(InvalidRequestError);
      await expectChargedItsHold(budget);
    });
  }
});
