/**
 * A real HTTP error status answered with `content-type: text/event-stream` (a 429, or a 500,
 * 502 or 503 from an overloaded proxy or a gateway's error page) is never served, so each
 * retry of it is released at $0, not charged its input as an early stream error (an error
 * event in a 200 stream, which the providers throw with a made-up 500) is. Through the real
 * `streamText` and providers against a loopback server answering every request alike.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import * as ai7 from 'ai';
import { createAnthropic as createAnthropicV2 } from 'ai-sdk-anthropic-v2';
import { createOpenAI as createOpenAIV2 } from 'ai-sdk-openai-v2';
import { createOpenAI as createOpenAIV3 } from 'ai-sdk-openai-v3';
import * as ai5 from 'ai-v5';
import * as ai6 from 'ai-v6';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { budgetMiddleware, withBudget } from './index.js';
import { budgetFor } from './test-support/providers.js';

/** What the server answers every request with. */
interface Answer {
  readonly status: number;
  readonly body: string;
}

let server: Server;
let answer: Answer = { status: 200, body: '' };
let hits = 0;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      hits++;
      // Retry at once: the AI SDK reads this header from the error.
      response.writeHead(answer.status, {
        'content-type': 'text/event-stream',
        'retry-after-ms': '1',
      });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Ai {
  streamText(options: object): { fullStream: AsyncIterable<{ type: string; error?: unknown }> };
  wrapLanguageModel(options: { model: never; middleware: unknown }): unknown;
}

type Budget = ReturnType<typeof budgetFor>;

/** How a test meters the provider's model: `withBudget`, or `budgetMiddleware` closest to it. */
type Meter = (c: Case, model: unknown, budget: Budget) => unknown;

const byWithBudget: Meter = (_c, model, budget) => withBudget(model as never, { budget });
const byMiddleware: Meter = (c, model, budget) =>
  c.ai.wrapLanguageModel({ model: model as never, middleware: budgetMiddleware({ budget }) });

type Api = 'responses' | 'chat' | 'messages';

interface Case {
  readonly name: string;
  readonly ai: Ai;
  readonly api: Api;
  readonly model: (fetch?: typeof globalThis.fetch) => unknown;
  /**
   * The AI SDK retries an early error event of a 200 stream (the provider throws it); `ai`
   * 5's providers pass it on in the stream instead (`@ai-sdk/openai` 2's Responses model ends
   * the stream on it), which is not retried.
   */
  readonly earlyErrorRetried: boolean;
}

/** A provider's settings against the loopback server, with the `fetch` given, if any. */
const settings = (fetch?: typeof globalThis.fetch) => ({
  apiKey: 'test',
  baseURL: `${origin}/v1`,
  ...(fetch === undefined ? {} : { fetch }),
});
const openai = (fetch?: typeof globalThis.fetch) => createOpenAI(settings(fetch));
const anthropic = (fetch?: typeof globalThis.fetch) => createAnthropic(settings(fetch));

const cases: Case[] = [
  {
    name: 'ai 7, openai.responses',
    ai: ai7 as unknown as Ai,
    api: 'responses',
    model: (fetch) => openai(fetch).responses('gpt-4.1'),
    earlyErrorRetried: true,
  },
  {
    name: 'ai 7, openai.chat',
    ai: ai7 as unknown as Ai,
    api: 'chat',
    model: (fetch) => openai(fetch).chat('gpt-4.1'),
    earlyErrorRetried: true,
  },
  {
    name: 'ai 7, anthropic.messages',
    ai: ai7 as unknown as Ai,
    api: 'messages',
    model: (fetch) => anthropic(fetch)('claude-sonnet-4-5'),
    earlyErrorRetried: true,
  },
  {
    name: 'ai 6, openai.responses (@ai-sdk/openai 3)',
    ai: ai6 as unknown as Ai,
    api: 'responses',
    model: (fetch) => createOpenAIV3(settings(fetch))('gpt-4.1'),
    earlyErrorRetried: true,
  },
  {
    name: 'ai 5, openai.responses (@ai-sdk/openai 2)',
    ai: ai5 as unknown as Ai,
    api: 'responses',
    model: (fetch) => createOpenAIV2(settings(fetch))('gpt-4.1'),
    earlyErrorRetried: false,
  },
  {
    name: 'ai 5, openai.chat (@ai-sdk/openai 2)',
    ai: ai5 as unknown as Ai,
    api: 'chat',
    model: (fetch) => createOpenAIV2(settings(fetch)).chat('gpt-4.1'),
    earlyErrorRetried: false,
  },
  {
    name: 'ai 5, anthropic.messages (@ai-sdk/anthropic 2)',
    ai: ai5 as unknown as Ai,
    api: 'messages',
    model: (fetch) => createAnthropicV2(settings(fetch))('claude-sonnet-4-5'),
    earlyErrorRetried: false,
  },
];

/** The provider's own error body for a real error status. */
function errorBody(api: Api, message: string): string {
  return api === 'messages'
    ? JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message } })
    : JSON.stringify({ error: { message, type: 'server_error', param: null, code: null } });
}

/** A 200 event stream whose first event is an error: served, so charged its input. */
function errorEventStream(api: Api): string {
  const message = 'The server had an error while processing your request.';
  if (api === 'responses')
    return `event: error\ndata: ${JSON.stringify({ type: 'error', code: 'server_error', message, param: null, sequence_number: 0 })}\n\n`;
  if (api === 'chat')
    return `data: ${JSON.stringify({ error: { message, type: 'server_error', param: null, code: null } })}\n\n`;
  return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'api_error', message } })}\n\n`;
}

/** Streams one call with two retries; returns the error the caller saw and the budget. */
async function streamed(c: Case, fetch?: typeof globalThis.fetch, meter = byWithBudget) {
  hits = 0;
  const budget = budgetFor('error-status');
  let error: unknown;
  const result = c.ai.streamText({
    model: meter(c, c.model(fetch), budget),
    prompt: 'hello '.repeat(500),
    maxOutputTokens: 100,
    maxRetries: 2,
    onError: () => undefined,
  });
  for await (const part of result.fullStream) if (part.type === 'error') error = part.error;
  await budget.flush();
  return { error, budget };
}

/** The provider's `APICallError` behind the AI SDK's retry error, when it retried. */
function providerError(error: unknown): { statusCode?: unknown; message?: unknown } | undefined {
  const retried = error as { lastError?: unknown } | undefined;
  return (retried?.lastError ?? error) as { statusCode?: unknown; message?: unknown } | undefined;
}

const meters = cases.flatMap((c) => [
  { ...c, meter: byWithBudget, via: 'withBudget' },
  { ...c, meter: byMiddleware, via: 'budgetMiddleware' },
]);

describe.each(meters)('$name, $via', (c) => {
  test.each([500, 502, 503])(
    'a real %i as an event stream: every retry released, nothing spent',
    async (status) => {
      answer = { status, body: errorBody(c.api, `upstream answered ${status}`) };
      const { error, budget } = await streamed(c, undefined, c.meter);
      expect(hits).toBe(3);
      expect(providerError(error)).toMatchObject({
        statusCode: status,
        message: `upstream answered ${status}`,
      });
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
      const ledger = await budget.ledger();
      expect(ledger.every((entry) => entry.actualUsd === '0')).toBe(true);
    },
  );

  test('a 200 stream whose first event is an error is still charged, each attempt', async () => {
    answer = { status: 200, body: errorEventStream(c.api) };
    const { budget } = await streamed(c, undefined, c.meter);
    expect(hits).toBe(c.earlyErrorRetried ? 3 : 1);
    const ledger = await budget.ledger();
    expect(ledger).toHaveLength(hits);
    for (const entry of ledger) expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });
});

test('a provider given its own fetch: that fetch is used, and a real 503 still released', async () => {
  const c = cases[0] as Case;
  let own = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    own++;
    return globalThis.fetch(input, init);
  };
  answer = { status: 503, body: errorBody('responses', 'overloaded') };
  const { budget } = await streamed(c, fetch);
  expect(own).toBe(3);
  expect(hits).toBe(3);
  expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });

  answer = { status: 200, body: errorEventStream('responses') };
  const served = await streamed(c, fetch);
  expect(own).toBe(6);
  for (const entry of await served.budget.ledger())
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
});

test.each([
  ['responses', (fetch?: typeof globalThis.fetch) => openai(fetch).responses('gpt-4.1')],
  ['chat', (fetch?: typeof globalThis.fetch) => openai(fetch).chat('gpt-4.1')],
] as const)(
  '429 as an event stream (%s): each retry released, nothing spent',
  async (_api, model) => {
    answer = {
      status: 429,
      body: JSON.stringify({ error: { message: 'rate limited', type: 'rate_limit' } }),
    };
    const { error, budget } = await streamed({ ...(cases[0] as Case), model });
    expect(error).toBeDefined();
    expect(hits).toBe(3);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    expect((await budget.ledger()).every((entry) => entry.actualUsd === '0')).toBe(true);
  },
);

test.each(['responses', 'chat'] as const)(
  'generateText (%s): a real 503 as an event stream, every retry released',
  async (api) => {
    hits = 0;
    answer = { status: 503, body: errorBody(api, 'overloaded') };
    const budget = budgetFor('error-status');
    const model = api === 'chat' ? openai().chat('gpt-4.1') : openai().responses('gpt-4.1');
    const failed = ai7.generateText({
      model: withBudget(model, { budget }),
      prompt: 'hello '.repeat(500),
      maxOutputTokens: 100,
      maxRetries: 2,
    });
    await expect(failed).rejects.toMatchObject({ lastError: { statusCode: 503 } });
    await budget.flush();
    expect(hits).toBe(3);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  },
);

test('embed: a real 503 as an event stream, every retry released', async () => {
  hits = 0;
  answer = { status: 503, body: errorBody('chat', 'overloaded') };
  const budget = budgetFor('error-status');
  const failed = ai7.embed({
    model: withBudget(openai().embedding('text-embedding-3-small'), { budget }),
    value: 'hello '.repeat(500),
    maxRetries: 2,
  });
  await expect(failed).rejects.toMatchObject({ lastError: { statusCode: 503 } });
  await budget.flush();
  expect(hits).toBe(3);
  expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
});
