/**
 * A real HTTP error status answered with `content-type: text/event-stream`: a 429 is never
 * served, so each retry of it is released at $0, not charged its input as an early stream
 * error (an error event in a 2xx stream) is.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { budgetFor } from './test-support/providers.js';

let server: Server;
let hits = 0;
let baseURL = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      hits++;
      response.writeHead(429, { 'content-type': 'text/event-stream', 'retry-after-ms': '1' });
      response.end(JSON.stringify({ error: { message: 'rate limited', type: 'rate_limit' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.each(['responses', 'chat'] as const)(
  '429 as an event stream (%s): each retry released at $0',
  async (api) => {
    hits = 0;
    const budget = budgetFor('status-429');
    const provider = createOpenAI({ apiKey: 'test', baseURL });
    const model = api === 'chat' ? provider.chat('gpt-4.1') : provider.responses('gpt-4.1');
    let error: unknown;
    const stream = streamText({
      model: withBudget(model, { budget }),
      prompt: 'Hello there',
      maxOutputTokens: 100,
      maxRetries: 2,
      onError: () => undefined,
    });
    for await (const part of stream.fullStream)
      if (part.type === 'error') error = (part as { error: unknown }).error;
    await budget.flush();
    expect(error).toBeDefined();
    expect(hits).toBe(3);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    expect((await budget.ledger()).every((entry) => entry.actualUsd === '0')).toBe(true);
  },
);
