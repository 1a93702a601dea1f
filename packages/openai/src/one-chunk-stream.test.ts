/**
 * A short answer often arrives whole, usage included, in one network chunk. A caller who
 * stops after its first event has still received the usage: the call is charged from it,
 * not from the first event alone (DESIGN.md, "output counted from what was received").
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBudget } from '@tollgate/core';
import { computeCost } from '@tollgate/pricing';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

const model = 'gpt-4o-mini';
const usage = { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 };

/** A whole chat completion stream, usage included, as one string (sent in one write). */
function wholeStream(): string {
  const base = { id: 'c1', object: 'chat.completion.chunk', created: 1, model };
  const event = (fields: object) => `data: ${JSON.stringify({ ...base, ...fields })}\n\n`;
  const delta = (content: string) => ({
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
    usage: null,
  });
  return [
    event({
      choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
      usage: null,
    }),
    event(delta('Hello')),
    event(delta(' there')),
    event(delta(' friend')),
    event({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: null }),
    event({ choices: [], usage }),
    'data: [DONE]\n\n',
  ].join('');
}

let server: Server;
let baseURL: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(wholeStream());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe.each(majors)('%s: a stream that arrived in one chunk', (_name, SDK) => {
  test.each([1, 2, 7])('broken after event %i is charged the usage it received', async (stop) => {
    const budget = createBudget({ id: `one-chunk-${stop}`, limitUsd: '1' });
    const client = withBudget(new SDK({ apiKey: 'test', baseURL, maxRetries: 0 }), { budget });
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'hi' }],
      max_completion_tokens: 1000,
      stream: true,
    });
    let events = 0;
    for await (const _chunk of stream) {
      events += 1;
      if (events === stop) break;
    }
    await expectChargedTheUsage(budget);
  });

  test('aborted by the caller after its first event is charged the usage it received', async () => {
    const budget = createBudget({ id: 'one-chunk-abort', limitUsd: '1' });
    const client = withBudget(new SDK({ apiKey: 'test', baseURL, maxRetries: 0 }), { budget });
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model, messages: [{ role: 'user', content: 'hi' }], stream: true },
      { signal: controller.signal },
    );
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    controller.abort();
    await expectChargedTheUsage(budget);
  });
});

async function expectChargedTheUsage(budget: ReturnType<typeof createBudget>): Promise<void> {
  await expect.poll(async () => (await budget.status()).reservedUsd).toBe('0');
  const [entry] = await budget.ledger();
  expect(entry?.actualUsd).toBe(computeCost({ provider: 'openai', model, usage }).totalUsd);
  expect(entry?.details?.tokens).toMatchObject({ input: { uncached: 9 }, output: { text: 3 } });
}
