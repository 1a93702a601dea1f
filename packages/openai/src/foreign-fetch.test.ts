/**
 * A client given another fetch implementation (the `undici` package's own, node-fetch 3, a
 * hand-made one returning a Response-like object) gets responses that are not the platform's
 * `Response`. The raw SDK works with them; the wrapped client must too, and end every call
 * the way it ends with the platform's fetch.
 */
import { type Budget, type BudgetEvent, createBudget, type LedgerEntry } from '@tollgate/core';
import { recordEndings, waitForEndings } from '@tollgate/core/testing';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost } from '@tollgate/pricing';
import nodeFetch from 'node-fetch';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

type Fetch = typeof fetch;

/**
 * A Response-like object over the platform's fetch, as a hand-made fetch returns: own
 * members only, no `Response` prototype, no `body`, `arrayBuffer()` or `clone()`.
 */
const responseLikeFetch = (async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  const text = response.text();
  return {
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    url: response.url,
    headers: response.headers,
    text: () => text,
    json: async () => JSON.parse(await text) as unknown,
  };
}) as unknown as Fetch;

const fetches: readonly (readonly [string, Fetch])[] = [
  ['undici', undiciFetch as unknown as Fetch],
  ['node-fetch', nodeFetch as unknown as Fetch],
];

const model = 'gpt-4o-mini';
const body = {
  model,
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
  max_completion_tokens: 40,
};
const streamBody = { ...body, stream: true } as const;
const exactCost = (usage: unknown) => computeCost({ provider: 'openai', model, usage }).totalUsd;

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

let budgets = 0;
function budgetOf(ttlMs?: number): { budget: Budget; events: BudgetEvent[] } {
  budgets += 1;
  const budget = createBudget({
    id: `openai-foreign-${budgets}`,
    limitUsd: '10',
    ...(ttlMs === undefined ? {} : { ttlMs }),
  });
  return { budget, events: recordEndings([budget]) };
}

/** Waits until the call has ended (nothing held), then returns its one ledger entry. */
async function endedWith(
  budget: Budget,
  events: BudgetEvent[],
  ending: string,
): Promise<LedgerEntry> {
  await expect.poll(() => events.length).toBeGreaterThan(0);
  await waitForEndings(events, 10_000);
  expect(events.map((event) => event.type)).toEqual(['reserved', ending]);
  expect((await budget.status()).reservedUsd).toBe('0');
  const entries = await budget.ledger();
  return entries[0] as LedgerEntry;
}

describe.each(majors)('%s', (_major, SDK) => {
  const client = (fetchWith: Fetch, budget: Budget) =>
    withBudget(
      new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0, fetch: fetchWith }),
      { budget },
    );

  describe.each(fetches)('with %s as fetch', (_name, fetchWith) => {
    test('a completion is answered as by the raw SDK and charged exactly', async () => {
      const raw = new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, fetch: fetchWith });
      const rawCompletion = await raw.chat.completions.create(body);
      const { budget, events } = budgetOf();
      const completion = await client(fetchWith, budget).chat.completions.create(body);
      expect(completion.choices).toEqual(rawCompletion.choices);
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.actualUsd).toBe(exactCost(completion.usage));
    });

    test('a completion nobody awaits is still charged exactly', async () => {
      const { budget, events } = budgetOf();
      void client(fetchWith, budget).chat.completions.create(body);
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.details?.partial).toBeUndefined();
      expect(entry.actualUsd).not.toBe(entry.reservedUsd);
    });

    test('a raw response read by the caller (asResponse, then text) is charged exactly', async () => {
      const { budget, events } = budgetOf();
      const response = await client(fetchWith, budget).chat.completions.create(body).asResponse();
      const completion = JSON.parse(await response.text()) as OpenAI.ChatCompletion;
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.actualUsd).toBe(exactCost(completion.usage));
    });

    test('a raw response whose body the caller streams is charged exactly', async () => {
      const { budget, events } = budgetOf();
      const response = await client(fetchWith, budget).chat.completions.create(body).asResponse();
      const chunks: Uint8Array[] = [];
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
        chunks.push(chunk);
      const completion = JSON.parse(Buffer.concat(chunks).toString()) as OpenAI.ChatCompletion;
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.actualUsd).toBe(exactCost(completion.usage));
    });

    test('a body cut after the headers fails as without Tollgate and is charged its hold', async () => {
      const { budget, events } = budgetOf();
      mock.script({ respond: { cutBodyAfterBytes: 20 } });
      await expect(client(fetchWith, budget).chat.completions.create(body)).rejects.toThrow();
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.actualUsd).toBe(entry.reservedUsd);
      expect(entry.details).toMatchObject({ partial: true, usage: 'unseen' });
    });

    test('a stream read to its end is charged its usage', async () => {
      const { budget, events } = budgetOf();
      const stream = await client(fetchWith, budget).chat.completions.create({
        ...streamBody,
        stream_options: { include_usage: true },
      });
      let usage: OpenAI.CompletionUsage | null | undefined;
      for await (const chunk of stream) usage = chunk.usage ?? usage;
      const entry = await endedWith(budget, events, 'settled');
      expect(usage).toBeDefined();
      expect(entry.actualUsd).toBe(exactCost(usage));
    });

    test('a stream broken after its first chunk is charged what it consumed', async () => {
      const { budget, events } = budgetOf();
      mock.script({ respond: { chunkDelayMs: 20 } });
      const stream = await client(fetchWith, budget).chat.completions.create(streamBody);
      for await (const _chunk of stream) break;
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.details).toMatchObject({ partial: true });
      expect(entry.details?.usage).not.toBe('unseen');
    });

    test('a stream the caller aborts midway is charged what it consumed', async () => {
      const { budget, events } = budgetOf();
      mock.script({ respond: { chunkDelayMs: 20 } });
      const controller = new AbortController();
      const stream = await client(fetchWith, budget).chat.completions.create(streamBody, {
        signal: controller.signal,
      });
      // The SDK's stream ends quietly on its caller's abort.
      for await (const _chunk of stream) controller.abort();
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.details).toMatchObject({ partial: true });
    });

    test('a stream the provider drops midway is charged what it consumed', async () => {
      const { budget, events } = budgetOf();
      mock.script({ respond: { dropAfterChunks: 2 } });
      const stream = await client(fetchWith, budget).chat.completions.create(streamBody);
      await expect(
        (async () => {
          for await (const _chunk of stream);
        })(),
      ).rejects.toThrow();
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.details).toMatchObject({ partial: true });
    });

    test('a stream nobody reads is charged its hold at its deadline', async () => {
      const { budget, events } = budgetOf(400);
      await client(fetchWith, budget).chat.completions.create(streamBody);
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.actualUsd).toBe(entry.reservedUsd);
      expect(entry.details).toMatchObject({ usage: 'unseen' });
    });
  });

  describe('with a fetch returning a Response-like object', () => {
    test('a completion is answered and charged exactly', async () => {
      const { budget, events } = budgetOf();
      const completion = await client(responseLikeFetch, budget).chat.completions.create(body);
      const entry = await endedWith(budget, events, 'settled');
      expect(entry.actualUsd).toBe(exactCost(completion.usage));
    });

    test('a raw response nobody reads in time is read by Tollgate and charged exactly', async () => {
      const { budget, events } = budgetOf();
      const response = await client(responseLikeFetch, budget)
        .chat.completions.create(body)
        .asResponse();
      const entry = await endedWith(budget, events, 'settled');
      const completion = (await response.json()) as OpenAI.ChatCompletion;
      expect(entry.actualUsd).toBe(exactCost(completion.usage));
    });
  });
});
