/**
 * A Chat stream whose usage Tollgate (not the caller) asked for reaches the caller as the raw
 * SDK would deliver the caller's own request: no usage chunk, and no `"usage": null` on the
 * other chunks. Through both majors' helpers, against the loopback provider.
 */
import { createBudget } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

const body = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
  max_completion_tokens: 12,
};

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());

/** Each chunk's keys, in order: what the caller's code can see of it. */
async function chunkKeys(stream: AsyncIterable<object>): Promise<string[][]> {
  const keys: string[][] = [];
  for await (const chunk of stream) keys.push(Object.keys(chunk));
  return keys;
}

describe.each(majors)('%s: the chunks a caller gets', (_name, SDK) => {
  const raw = () => new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
  const wrapped = () => {
    const budget = createBudget({ id: `usage-chunks-${Math.random()}`, limitUsd: '1' });
    return { budget, client: withBudget(raw(), { budget }) };
  };

  test('create({ stream: true }): the same chunks as the raw SDK, none with usage; the call is charged its usage', async () => {
    const expected = await chunkKeys(
      await raw().chat.completions.create({ ...body, stream: true }),
    );
    const { budget, client } = wrapped();
    const seen = await chunkKeys(await client.chat.completions.create({ ...body, stream: true }));
    expect(seen).toEqual(expected);
    expect(seen.flat()).not.toContain('usage');
    const [entry] = await budget.ledger();
    expect(entry?.details).not.toHaveProperty('partial');
  });

  test('the .stream() helper: its final completion has no usage, as the raw one, never usage: null', async () => {
    const rawFinal = await raw().chat.completions.stream(body).finalChatCompletion();
    const { client } = wrapped();
    const helper = client.chat.completions.stream(body);
    const chunks: object[] = [];
    helper.on('chunk', (chunk) => chunks.push(chunk));
    const final = await helper.finalChatCompletion();
    expect('usage' in rawFinal).toBe('usage' in final);
    expect(final.usage).toBeUndefined();
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk).not.toHaveProperty('usage');
  });

  test('toReadableStream() and tee() carry the same chunks', async () => {
    const { client } = wrapped();
    const stream = await client.chat.completions.create({ ...body, stream: true });
    const [left, right] = stream.tee();
    const lines = async (readable: ReadableStream<Uint8Array>) => {
      const text = await new Response(readable).text();
      return text.split('\n').filter((line) => line !== '');
    };
    const [leftKeys, rightLines] = await Promise.all([
      chunkKeys(left),
      lines(right.toReadableStream()),
    ]);
    expect(rightLines).toHaveLength(leftKeys.length);
    for (const line of rightLines) expect(JSON.parse(line)).not.toHaveProperty('usage');
    expect(leftKeys.flat()).not.toContain('usage');
  });

  test('a caller who asked for include_usage gets the SDK own chunks: usage null, then the usage chunk', async () => {
    const asked = { ...body, stream: true as const, stream_options: { include_usage: true } };
    const { client } = wrapped();
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of await client.chat.completions.create(asked)) chunks.push(chunk);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBeGreaterThan(0);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.usage).toBeNull();
  });
});
