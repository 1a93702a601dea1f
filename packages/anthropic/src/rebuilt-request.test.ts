import type Anthropic from '@anthropic-ai/sdk';
import { UnmeteredEndpointError } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { withBudget } from './index.js';
import { costOf, freshBudget, type SdkMajor, sdkMajors } from './test-support/sdks.js';

// A middleware that builds a new request object (not a spread of the SDK's: the kit's key
// is not on it) is still an attempt of its call: checked, observed before the SDK parses its
// answer, and charged its usage. A middleware that answers without `next()` sent nothing.

let mock: MockProvider;
/** Rejections nobody handled: a metered call must never leave one behind (it kills Node). */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  mock = await startMockProvider();
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await mock.close();
});
beforeEach(() => {
  mock.reset();
  unhandled.length = 0;
});
afterEach(async () => {
  // Past the turn the SDK parsed the answer in, where the kit's ending runs.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(unhandled).toEqual([]);
});

type Request = {
  body?: unknown;
  url: string;
  method?: string | undefined;
  headers?: unknown;
  signal?: unknown;
};
type Middleware = (request: Request, next: (request: Request) => Promise<Response>) => unknown;

const model = 'claude-haiku-4-5';
const body = { model, max_tokens: 20, messages: [{ role: 'user' as const, content: 'hi' }] };

/** Passes on a request object of its own, built field by field. */
const rebuild: Middleware = (request, next) =>
  next({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
  });
/** A rebuilt request for a dearer model and more output than the hold was planned for. */
const rebuildDearer: Middleware = (request, next) =>
  rebuild(
    {
      ...request,
      body: JSON.stringify({ ...JSON.parse(String(request.body)), model: 'claude-opus-4-8' }),
    },
    next,
  );
/** Sends a rebuilt request twice, keeping the second answer. */
const rebuildTwice: Middleware = async (request, next) => {
  await ((await rebuild(request, next)) as Response).text();
  return rebuild(request, next);
};
const cachedMessage = {
  id: 'msg_cached',
  type: 'message',
  role: 'assistant',
  model,
  content: [{ type: 'text', text: 'cached' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 7, output_tokens: 3 },
};
/** Answers from a cache: calls no `next()`, so nothing reaches the provider. */
const cache: Middleware = async () =>
  new Response(JSON.stringify(cachedMessage), {
    headers: { 'content-type': 'application/json' },
  });

async function nothingHeld(budget: ReturnType<typeof freshBudget>): Promise<void> {
  await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
}

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  describe.each([
    ['client', (mw: Middleware) => ({ client: { middleware: [mw] }, request: {} })],
    ['request', (mw: Middleware) => ({ client: {}, request: { middleware: [mw] } })],
  ] as const)('%s-level middleware', (_level, place) => {
    const metered = (mw: Middleware, limitUsd = '5') => {
      const budget = freshBudget(limitUsd);
      const { client, request } = place(mw);
      const raw = sdk.create({ baseURL: mock.anthropicBaseURL, ...client } as {
        baseURL: string;
      });
      return {
        budget,
        client: withBudget(raw as Anthropic, { budget }),
        request: request as object,
      };
    };

    it('a rebuilt request: the message is charged its usage exactly', async () => {
      const { budget, client, request } = metered(rebuild);
      const message = await client.messages.create(body, request);
      expect(mock.requests).toHaveLength(1);
      await nothingHeld(budget);
      const [entry, ...more] = await budget.ledger();
      expect(more).toEqual([]);
      expect(entry?.actualUsd).toBe(costOf(model, message.usage));
      expect(entry?.details.partial).toBeUndefined();
    });

    it('a rebuilt stream request: charged its usage exactly, as before', async () => {
      const { budget, client, request } = metered(rebuild);
      const message = await client.messages.stream(body, request).finalMessage();
      expect(mock.requests).toHaveLength(1);
      await nothingHeld(budget);
      const [entry, ...more] = await budget.ledger();
      expect(more).toEqual([]);
      expect(entry?.actualUsd).toBe(costOf(model, message.usage));
      expect(entry?.details.partial).toBeUndefined();
    });

    it('a rebuilt request for another model is refused before it is sent', async () => {
      const { budget, client, request } = metered(rebuildDearer);
      const refused = await client.messages.create(body, request).catch((error) => error);
      expect(refused).toBeInstanceOf(UnmeteredEndpointError);
      expect(refused.message).toContain('model: "claude-haiku-4-5" -> "claude-opus-4-8"');
      expect(mock.requests).toHaveLength(0);
      await nothingHeld(budget);
      expect((await budget.status()).spentUsd).toBe('0');
    });

    it('a rebuilt request sent twice: the second is refused, the first charged', async () => {
      const { budget, client, request } = metered(rebuildTwice);
      const refused = await client.messages.create(body, request).catch((error) => error);
      expect(refused).toBeInstanceOf(UnmeteredEndpointError);
      expect(refused.message).toContain('A second request of one call to POST /v1/messages');
      expect(mock.requests).toHaveLength(1);
      await nothingHeld(budget);
      const [entry] = await budget.ledger();
      expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
    });

    it('an answer from a cache (no next()): nothing sent, the hold given back', async () => {
      const { budget, client, request } = metered(cache);
      const message = await client.messages.create(body, request);
      expect(message.id).toBe('msg_cached');
      expect(mock.requests).toHaveLength(0);
      await nothingHeld(budget);
      expect(await budget.ledger()).toEqual([]);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    });
  });
});
