/**
 * A client given another fetch implementation (the `undici` package's own, node-fetch 3)
 * gets responses that are not the platform's `Response`. The raw SDK works with them; the
 * wrapped client must too, and end every call as it does with the platform's fetch.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import nodeFetch from 'node-fetch';
import { fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { budgetOf, costOf, ended, onlyEntry, sdkMajors } from './test-support/sdks.js';

const fetches = [
  ['undici', undiciFetch as unknown as typeof fetch],
  ['node-fetch', nodeFetch as unknown as typeof fetch],
] as const;

const model = 'claude-haiku-4-5';
const body = {
  model,
  max_tokens: 64,
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
};

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe.each(sdkMajors)('$name', (major) => {
  describe.each(fetches)('with %s as fetch', (_name, fetchWith) => {
    const client = (budget: ReturnType<typeof budgetOf>['budget']) =>
      withBudget(major.create({ baseURL: mock.anthropicBaseURL, fetch: fetchWith }), { budget });

    test('a message is answered as by the raw SDK and charged exactly', async () => {
      const raw = major.create({ baseURL: mock.anthropicBaseURL, fetch: fetchWith });
      const rawMessage = await raw.messages.create(body);
      const { budget, events } = budgetOf();
      const message = await client(budget).messages.create(body);
      expect(message.content).toEqual(rawMessage.content);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, message.usage));
    });

    test('a raw response read by the caller is charged exactly', async () => {
      const { budget, events } = budgetOf();
      const response = await client(budget).messages.create(body).asResponse();
      const message = JSON.parse(await response.text()) as Anthropic.Message;
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, message.usage));
    });

    test('a stream read to its end is charged its usage', async () => {
      const { budget, events } = budgetOf();
      const stream = await client(budget).messages.create({ ...body, stream: true });
      let input = 0;
      let output = 0;
      for await (const event of stream) {
        if (event.type === 'message_start') input = event.message.usage.input_tokens;
        if (event.type === 'message_delta') output = event.usage.output_tokens;
      }
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const usage = { input_tokens: input, output_tokens: output };
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, usage));
    });

    test('a stream broken after its first event is charged what it consumed', async () => {
      const { budget, events } = budgetOf();
      mock.script({ respond: { chunkDelayMs: 20 } });
      const stream = await client(budget).messages.create({ ...body, stream: true });
      for await (const _event of stream) break;
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.details).toMatchObject({ partial: true });
      expect(entry.details?.usage).not.toBe('unseen');
    });

    test('a stream the provider drops midway is charged what it consumed', async () => {
      const { budget, events } = budgetOf();
      mock.script({ respond: { dropAfterChunks: 2 } });
      const stream = await client(budget).messages.create({ ...body, stream: true });
      await expect(
        (async () => {
          for await (const _event of stream);
        })(),
      ).rejects.toThrow();
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).details).toMatchObject({ partial: true });
    });
  });
});
