/**
 * A compatible server may report a Chat stream's usage before it has finished: a first
 * chunk saying `completion_tokens: 0`, then the text. The text after the last usage whose
 * output grew is not in it, so the call is charged that usage whole plus the text that
 * followed (counted as a cut stream's, never more than the request allows), cut or complete.
 * Usage reported last (OpenAI's own) or on every chunk (cumulative) is charged as reported.
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

type Layout =
  | 'usage-first'
  | 'usage-last'
  | 'usage-on-every-chunk'
  | 'stale-usage-repeated'
  | 'large-usage-first';

function event(fields: object): string {
  const chunk = { id: 'c1', object: 'chat.completion.chunk', created: 1, model, ...fields };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

const text = (content: string) => [{ index: 0, delta: { content }, finish_reason: null }];

/** The stream of `layout`; `cut` ends it after the text, with no finish and no [DONE]. */
function streamOf(layout: Layout, cut: boolean): string {
  const prompt = layout === 'large-usage-first' ? 100_000 : 9;
  const usage = (completion: number) => ({
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  });
  const parts: string[] = [];
  if (layout !== 'usage-last' && layout !== 'usage-on-every-chunk')
    parts.push(event({ choices: text(''), usage: usage(0) }));
  for (let index = 0; index < deltas; index += 1) {
    const every = layout === 'usage-on-every-chunk';
    parts.push(event({ choices: text(word), usage: every ? usage(index + 1) : null }));
  }
  if (cut) return parts.join('');
  parts.push(event({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: null }));
  if (layout === 'usage-last') parts.push(event({ choices: [], usage: usage(deltas) }));
  // The first usage again, as it was: it counts none of the text since.
  if (layout === 'stale-usage-repeated') parts.push(event({ choices: [], usage: usage(0) }));
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

  test.each([
    ['usage-first', 'cut'],
    ['usage-first', 'complete'],
    ['stale-usage-repeated', 'complete'],
  ] as const)(
    '%s (%s): charged the usage and the text that came after it',
    async (layout, ending) => {
      const entry = await charged(layout, ending);
      const output = tokensOf(entry).output;
      // Never fewer than one token per delta; counted as UTF-8 bytes while no tokenizer is loaded.
      expect(output.text).toBeGreaterThanOrEqual(deltas);
      expect(output.text).toBeLessThanOrEqual(word.length * deltas);
      expect(tokensOf(entry).input.uncached).toBe(9);
    },
  );

  test.each(['cut', 'complete'] as const)(
    'a large usage reported first (%s) is charged whole, above the hold, with the text after it',
    async (ending) => {
      const entry = await charged('large-usage-first', ending);
      expect(tokensOf(entry).input.uncached).toBe(100_000);
      expect(tokensOf(entry).output.text).toBeGreaterThanOrEqual(deltas);
      expect(Number(entry?.actualUsd)).toBeGreaterThan(Number(entry?.reservedUsd));
      expect(entry?.details).not.toHaveProperty('partial');
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
