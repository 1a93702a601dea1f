/**
 * A custom model whose `doGenerate` result has its `content` but no usage the AI SDK can
 * read, or whose stream sends a part the AI SDK cannot read (not an object, no string
 * `type`, a `finish` whose usage is not the specification's shape), through the real `ai` 7, 6 and
 * 5 (specifications v4, v3, v2), under `withBudget` and under `budgetMiddleware`. The step
 * is charged its hold (`unreadable`), its `maxConcurrency` slot is freed for the next call,
 * and the caller gets an `InvalidRequestError` naming what arrived, not the AI SDK's own
 * `TypeError` or `Error`.
 */
import { type Budget, InvalidRequestError } from '@tollgate/core';
import * as ai7 from 'ai';
import * as ai5 from 'ai-v5';
import * as ai6 from 'ai-v6';
import { describe, expect, test } from 'vitest';
import { budgetMiddleware, withBudget } from './index.js';
import { budgetFor } from './test-support/providers.js';

type Spec = 'v2' | 'v3' | 'v4';

/** What one `ai` major's functions look like to these tests (its models are given untyped). */
interface Ai {
  readonly spec: Spec;
  generateText(options: object): PromiseLike<{ text: string }>;
  streamText(options: object): { fullStream: AsyncIterable<unknown> };
  wrapLanguageModel(options: { model: never; middleware: never }): unknown;
}

const AIS: Ai[] = [
  { spec: 'v4', ...(ai7 as unknown as Omit<Ai, 'spec'>) },
  { spec: 'v3', ...(ai6 as unknown as Omit<Ai, 'spec'>) },
  { spec: 'v2', ...(ai5 as unknown as Omit<Ai, 'spec'>) },
];

/** A good usage and finish reason of each specification (v2's usage is flat). */
function goodEnding(spec: Spec) {
  if (spec === 'v2')
    return { usage: { inputTokens: 5, outputTokens: 5, totalTokens: 10 }, finishReason: 'stop' };
  return {
    usage: {
      inputTokens: { total: 5, noCache: 5, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 5, text: 5, reasoning: 0 },
      raw: { input_tokens: 5, output_tokens: 5 },
    },
    finishReason: { unified: 'stop', raw: 'stop' },
  };
}

/**
 * A custom OpenAI Responses model of the specification: while `broken.on`, `doGenerate`
 * resolves `generated` and `doStream` streams `parts`; after, good results. Records the
 * reasons its streams were cancelled with.
 */
function customModel(spec: Spec, generated: object, parts: unknown[]) {
  const broken = { on: true };
  const cancelled: unknown[] = [];
  const ending = goodEnding(spec);
  const good = { content: [{ type: 'text', text: 'ok' }], warnings: [], ...ending };
  const goodParts = [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: '1' },
    { type: 'text-delta', id: '1', delta: 'ok' },
    { type: 'text-end', id: '1' },
    { type: 'finish', ...ending },
  ];
  const model = {
    specificationVersion: spec,
    provider: 'openai.responses',
    modelId: 'gpt-4.1',
    supportedUrls: {},
    doGenerate: async () => (broken.on ? generated : good),
    doStream: async () => {
      const sent = broken.on ? parts : goodParts;
      return {
        stream: new ReadableStream<unknown>({
          start(controller) {
            for (const part of sent) controller.enqueue(part);
            controller.close();
          },
          cancel(reason) {
            cancelled.push(reason);
          },
        }),
      };
    },
  };
  return { model, broken, cancelled };
}

/** The custom model metered by each layer, one step at a time. */
const LAYERS: Array<[string, (ai: Ai, model: object, budget: Budget) => unknown]> = [
  ['withBudget', (_ai, model, budget) => withBudget(model as never, { budget, maxConcurrency: 1 })],
  [
    'budgetMiddleware',
    (ai, model, budget) =>
      ai.wrapLanguageModel({
        model: model as never,
        middleware: budgetMiddleware({ budget, maxConcurrency: 1 }) as never,
      }),
  ],
];

async function expectChargedItsHold(budget: Budget) {
  const status = await budget.status();
  const [entry, ...others] = await budget.ledger();
  expect(others).toHaveLength(0);
  expect(entry?.details).toMatchObject({ partial: true, usage: 'unreadable' });
  expect(Number(entry?.reservedUsd)).toBeGreaterThan(0);
  expect(status.spentUsd).toBe(entry?.reservedUsd);
  expect(status.reservedUsd).toBe('0');
}

function expectTyped(error: unknown, message: RegExp) {
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect((error as InvalidRequestError).code).toBe('INVALID_REQUEST');
  expect((error as Error).message).toMatch(message);
}

/** The `doGenerate` results with content but no usage the AI SDK of `spec` can read. */
function usagesUnread(spec: Spec): Array<[string, object, RegExp]> {
  const cases: Array<[string, object, RegExp]> = [
    ['no usage', {}, /whose usage is undefined/],
    ['a usage that is a number', { usage: 7 }, /whose usage is 7 \(number\)/],
    ['a null usage', { usage: null }, /whose usage is null/],
  ];
  // `ai` 6 and 7 read `usage.inputTokens.total`; `ai` 5 reads the flat counts off any object.
  if (spec !== 'v2')
    cases.push([
      'a usage without token objects',
      { usage: { inputTokens: 5, outputTokens: 5 } },
      /whose usage is an object whose inputTokens is 5 \(number\) and outputTokens 5 \(number\)/,
    ]);
  return cases;
}

/**
 * Stream endings the AI SDK of `spec` cannot read, after a good text delta: a part that is
 * not an object with a string type (then a good finish), or a finish whose usage is not the
 * spec's shape. With the error message each gets.
 */
function partsUnread(spec: Spec): Array<[string, unknown[], RegExp]> {
  const { finishReason, usage } = goodEnding(spec);
  const finish = { type: 'finish', finishReason, usage };
  const part = (arrived: string) =>
    new RegExp(
      `expected every part of the doStream stream of openai\\.responses model "gpt-4\\.1" to be an object with a string type, but it sent ${arrived}\\.`,
    );
  const finishUsage = (arrived: string) =>
    new RegExp(
      `expected the finish part of the doStream stream of openai\\.responses model "gpt-4\\.1" to carry a usage object.*, but its usage is ${arrived}\\.`,
    );
  const cases: Array<[string, unknown[], RegExp]> = [
    ['a part that is null', [null, finish], part('null')],
    ['a part that is a string', ['ok', finish], part('"ok"')],
    ['a part that is an array', [[], finish], part('an array of 0')],
    [
      'a part that is an object without a type',
      [{}, finish],
      part('an object whose type is undefined'),
    ],
    [
      'a part whose type is a number',
      [{ type: 7 }, finish],
      part('an object whose type is 7 \\(number\\)'),
    ],
    ['a finish part with a null usage', [{ ...finish, usage: null }], finishUsage('null')],
    [
      'a finish part whose usage is a number',
      [{ ...finish, usage: 7 }],
      finishUsage('7 \\(number\\)'),
    ],
    ['a finish part without usage', [{ type: 'finish', finishReason }], finishUsage('undefined')],
  ];
  // `ai` 6 and 7 read `usage.inputTokens.total`; `ai` 5 reads the flat counts off any object.
  if (spec !== 'v2')
    cases.push(
      [
        'a finish part whose usage is {}',
        [{ ...finish, usage: {} }],
        finishUsage('an object whose inputTokens is undefined and outputTokens undefined'),
      ],
      [
        'a finish part whose usage has no token objects',
        [{ ...finish, usage: { inputTokens: 5, outputTokens: 5 } }],
        finishUsage(
          'an object whose inputTokens is 5 \\(number\\) and outputTokens 5 \\(number\\)',
        ),
      ],
    );
  return cases;
}

for (const ai of AIS)
  for (const [layer, meter] of LAYERS)
    describe(`ai with ${ai.spec} models, ${layer}: a malformed step of a custom model`, () => {
      for (const [label, fields, arrived] of usagesUnread(ai.spec)) {
        test(`doGenerate with content and ${label}: charged its hold, typed error, slot freed`, async () => {
          const budget = budgetFor('malformed-custom');
          const generated = { content: [{ type: 'text', text: 'ok' }], ...fields };
          const { model, broken } = customModel(ai.spec, generated, []);
          const metered = meter(ai, model, budget);
          const error = await Promise.resolve(
            ai.generateText({ model: metered, prompt: 'Hi', maxOutputTokens: 50 }),
          ).catch((caught: unknown) => caught);
          expectTyped(
            error,
            new RegExp(
              `expected doGenerate of openai\\.responses model "gpt-4\\.1" to resolve a result with a content array and a usage object.*, but it resolved an object ${arrived.source}`,
            ),
          );
          await expectChargedItsHold(budget);
          broken.on = false;
          const second = await ai.generateText({
            model: metered,
            prompt: 'Hi',
            maxOutputTokens: 50,
            abortSignal: AbortSignal.timeout(2_000),
          });
          expect(second.text).toBe('ok');
          expect((await budget.status()).calls).toBe(2);
        });
      }

      for (const [label, bad, arrived] of partsUnread(ai.spec)) {
        test(`doStream with ${label}: charged its hold, typed error, source cancelled, slot freed`, async () => {
          const budget = budgetFor('malformed-custom');
          const { model, broken, cancelled } = customModel(ai.spec, {}, [
            { type: 'stream-start', warnings: [] },
            { type: 'text-start', id: '1' },
            { type: 'text-delta', id: '1', delta: 'o' },
            ...bad,
          ]);
          const metered = meter(ai, model, budget);
          const errors: unknown[] = [];
          const result = ai.streamText({
            model: metered,
            prompt: 'Hi',
            maxOutputTokens: 50,
            onError: ({ error }: { error: unknown }) => errors.push(error),
          });
          // `ai` 7 rethrows the stream's error from `fullStream`; 5 and 6 hand it to `onError`.
          await (async () => {
            for await (const _ of result.fullStream);
          })().catch((error: unknown) => errors.push(error));
          expect(errors.length).toBeGreaterThan(0);
          for (const error of errors) expectTyped(error, arrived);
          // The source is cancelled when it has more to send (a finish is its last part).
          expect(cancelled).toHaveLength(bad.length > 1 ? 1 : 0);
          await expectChargedItsHold(budget);
          broken.on = false;
          const second = ai.streamText({
            model: metered,
            prompt: 'Hi',
            maxOutputTokens: 50,
            abortSignal: AbortSignal.timeout(2_000),
          });
          const seen: unknown[] = [];
          for await (const streamed of second.fullStream) seen.push(streamed);
          expect(seen).toContainEqual(expect.objectContaining({ type: 'text-delta' }));
          expect((await budget.status()).calls).toBe(2);
        });
      }
    });
