/**
 * Whatever the caller does with a `streamText` result (breaks out of `textStream` or
 * `fullStream`, cancels the UI message stream as a client disconnect does, or never reads
 * it), the step is charged its exact usage as soon as the provider's `finish` arrives:
 * the AI SDK reads the provider's body to its end, and so does the metering.
 */
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { streamText } from 'ai';
import { describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { budgetFor, languageModels, useMockProvider } from './test-support/providers.js';
import { settled } from './test-support/spec-models.js';

const mock = useMockProvider();

// Long enough that the AI SDK's own read-ahead (a part or two per stage of its pipeline)
// does not reach the finish part before the caller stops.
const text = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');

type Reading = (result: ReturnType<typeof streamText>) => Promise<void>;

const readings: Array<[string, Reading]> = [
  [
    'breaks out of textStream',
    async (result) => {
      for await (const _delta of result.textStream) break;
    },
  ],
  [
    'breaks out of fullStream',
    async (result) => {
      let parts = 0;
      for await (const _part of result.fullStream) if (++parts === 4) break;
    },
  ],
  [
    'cancels the UI message stream',
    async (result) => {
      const reader = result.toUIMessageStream().getReader();
      for (let read = 0; read < 4; read += 1) await reader.read();
      await reader.cancel();
    },
  ],
  [
    'is a client that disconnects from toUIMessageStreamResponse',
    async (result) => {
      const reader = (result.toUIMessageStreamResponse().body as ReadableStream).getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
    },
  ],
  ['never reads the result', async () => {}],
];

describe.each(languageModels(mock))('%s', (_name, modelOf) => {
  /** The charge of the same step read to its end: the exact one. */
  async function exactCharge(model: LanguageModelV4): Promise<string> {
    const budget = budgetFor('reader-full');
    mock().script({ respond: { text } });
    await streamText({
      model: withBudget(model, { budget }),
      prompt: 'Hi',
      maxOutputTokens: 200,
    }).consumeStream();
    const entry = await settled(budget);
    expect(entry.details.partial).toBeUndefined();
    return entry.actualUsd;
  }

  test.each(readings)(
    'a caller that %s is charged the exact usage, nothing left held',
    async (_how, read) => {
      const exact = await exactCharge(modelOf());
      const budget = budgetFor('reader');
      mock().script({ respond: { text, chunkDelayMs: 5 } });
      const result = streamText({
        model: withBudget(modelOf(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 200,
      });
      await read(result);
      const entry = await settled(budget);
      expect(entry.details.partial).toBeUndefined();
      expect(entry.actualUsd).toBe(exact);
      expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
    },
  );
});

test('a step dispatched and dropped unread is charged its exact usage, not its hold', async () => {
  const budget = budgetFor('reader-drop');
  const model = withBudget(languageModels(mock)[0]?.[1]() as LanguageModelV4, { budget });
  await model.doStream({
    prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    maxOutputTokens: 40,
  });
  const entry = await settled(budget);
  expect(entry.details.partial).toBeUndefined();
  expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
  expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
});
