/**
 * A compatible server may report a Chat stream's usage before it has finished: a first
 * chunk saying `completion_tokens: 0`, then the text. The text after the last usage is not
 * in it, so the call is charged that usage plus the text that followed (capped at the hold,
 * marked partial), cut or complete. Usage reported last (OpenAI's own) or on every chunk
 * (cumulative) is charged as reported.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBudget, type LedgerEntry, type UsageTokens } from '@tollgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { SDK_MAJORS } from './test-support/loopback.js';

const model = 'gpt-4o-mini';
const word = 'tide ';
const deltas = 40;

type Layout = 'usage-first' | 'usage-last' | 'usage-on-every-chunk';

function event(fields: object): string {
  const chunk = { id: 'c1', object: 'chat.completion.chunk', created: 1, model, ...fields };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

const text = (content: string) => [{ index: 0, delta: { content }, finish_reason: null }];

/** The stream of `layout`; `cut` ends it after the text, with no finish and no [DONE]. */
function streamOf(layout: Layout, cut: boolean): string {
  const usage = (completion: number) => ({
    prompt_tokens: 9,
    completion_tokens: completion,
    total_tokens: 9 + completion,
  });
  const parts: string[] = [];
  if (layout === 'usage-first') parts.push(event({ choices: text(''), usage: usage(0) }));
  for (let index = 0; index < deltas; index += 1) {
    const every = layout === 'usage-on-every-chunk';
    parts.push(event({ choices: text(word), usage: every ? usage(index + 1) : null }));
  }
  if (cut) return parts.join('');
  parts.push(event({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: null }));
  if (layout === 'usage-last') parts.push(event({ choices: [], usage: usage(deltas) }));
  return `${parts.join('')}data: [DONE]\n\n`;
}

let server: Server;
let baseURL: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const [, layout, ending] = (request.url ?? '').split('/');
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(streamOf(layout as Layout, ending === 'cut'));
      // A cut stream loses its connection after the text: no finish, no [DONE].
      if (ending === 'cut') setTimeout(() => response.destroy(), 20);
      else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** An entry's typed tokens (this adapter writes only the typed shape). */
const tokensOf = (entry: LedgerEntry | undefined) => entry?.details.tokens as UsageTokens;

describe.each(SDK_MAJORS)('%s: usage reported before the text ended', (_name, SDK) => {
  /** Streams one call of `layout` to its end; the output tokens and the entry it was charged. */
  async function charged(layout: Layout, ending: 'cut' | 'complete') {
    const budget = createBudget({
      id: `early-${layout}-${ending}-${Math.random()}`,
      limitUsd: '1',
    });
    const client = withBudget(
      new SDK({ apiKey: 'test', baseURL: `${baseURL}/${layout}/${ending}`, maxRetries: 0 }),
      { budget, provider: 'openai' },
    );
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'Tell me about the tides.' }],
      max_completion_tokens: 1000,
      stream: true,
    });
    let received = '';
    try {
      for await (const chunk of stream) received += chunk.choices[0]?.delta?.content ?? '';
    } catch {
      // The cut stream fails the caller's loop, as the raw SDK's does.
    }
    expect(received).toBe(word.repeat(deltas));
    await budget.flush();
    const [entry] = await budget.ledger();
    expect((await budget.status()).reservedUsd).toBe('0');
    return entry;
  }

  test.each(['cut', 'complete'] as const)(
    'a first chunk saying 0 output tokens, then the text (%s): charged the text that came after it',
    async (ending) => {
      const entry = await charged('usage-first', ending);
      const output = tokensOf(entry).output;
      // Never fewer than one token per delta; counted as UTF-8 bytes while no tokenizer is loaded.
      expect(output.text).toBeGreaterThanOrEqual(deltas);
      expect(output.text).toBeLessThanOrEqual(word.length * deltas);
      expect(tokensOf(entry).input.uncached).toBe(9);
      expect(entry?.details.partial).toBe(true);
    },
  );

  test('usage on the last chunk (OpenAI) is charged as reported', async () => {
    const entry = await charged('usage-last', 'complete');
    expect(tokensOf(entry).output.text).toBe(deltas);
    expect(entry?.details).not.toHaveProperty('partial');
  });

  test.each(['cut', 'complete'] as const)(
    'usage on every chunk, each counting the text so far (%s), is charged as last reported',
    async (ending) => {
      const entry = await charged('usage-on-every-chunk', ending);
      expect(tokensOf(entry).output.text).toBe(deltas);
      expect(entry?.details).not.toHaveProperty('partial');
    },
  );
});
