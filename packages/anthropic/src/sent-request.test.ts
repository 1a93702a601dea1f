import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import type Anthropic from '@anthropic-ai/sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { UnmeteredEndpointError } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { withBudget } from './index.js';
import { freshBudget, type SdkMajor, sdkMajors } from './test-support/sdks.js';

// What reaches the provider is what was held: a request a middleware rewrote, a second
// request of one call, or a body replaced by fetch options is refused before it is sent.

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

type Request = { body?: unknown; url: string } & Record<string, unknown>;
type Next = (request: Request) => Promise<Response>;
type Middleware = (request: Request, next: Next) => Promise<Response>;

const body = {
  model: 'claude-haiku-4-5',
  max_tokens: 20,
  messages: [{ role: 'user' as const, content: 'hi' }],
};

/** Sends a dearer model and more output than the hold was planned for. */
const rewrite: Middleware = (request, next) => {
  const sent = JSON.parse(String(request.body)) as Record<string, unknown>;
  return next({
    ...request,
    body: JSON.stringify({ ...sent, model: 'claude-opus-4-8', max_tokens: 4000 }),
  });
};
/** Sends the same request again once the first is answered. */
const twice: Middleware = async (request, next) => {
  const first = await next(request);
  await first.text();
  return next(request);
};
/** Sends the request twice at once and keeps the second answer. */
const hedge: Middleware = async (request, next) => {
  const [first, second] = await Promise.all([next({ ...request }), next({ ...request })]);
  await first.body?.cancel();
  return second;
};
/** Serialises the same body anew: a different string with the same text. */
const reserialise: Middleware = (request, next) =>
  next({ ...request, body: JSON.stringify(JSON.parse(String(request.body))) });

async function nothingHeld(budget: ReturnType<typeof freshBudget>): Promise<void> {
  await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
}

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  const raw = (options: object = {}): Anthropic =>
    sdk.create({ baseURL: mock.anthropicBaseURL, ...options } as { baseURL: string });

  describe.each([
    ['client', (mw: Middleware) => ({ client: { middleware: [mw] }, request: {} })],
    ['request', (mw: Middleware) => ({ client: {}, request: { middleware: [mw] } })],
  ] as const)('%s-level middleware', (_level, place) => {
    it('a rewritten model and max_tokens is refused before it is sent', async () => {
      const budget = freshBudget('0.02');
      const { client, request } = place(rewrite);
      const metered = withBudget(raw(client), { budget });
      const refused = await metered.messages.create(body, request as object).catch((e) => e);
      expect(refused).toBeInstanceOf(UnmeteredEndpointError);
      expect(refused.message).toContain('model: "claude-haiku-4-5" -> "claude-opus-4-8"');
      expect(refused.message).toContain('max_tokens: 20 -> 4000');
      expect(mock.requests).toHaveLength(0);
      await nothingHeld(budget);
      expect((await budget.status()).spentUsd).toBe('0');
    });

    it('a rewritten stream request is refused the same way', async () => {
      const budget = freshBudget('0.02');
      const { client, request } = place(rewrite);
      const metered = withBudget(raw(client), { budget });
      const refused = await metered.messages
        .create({ ...body, stream: true }, request as object)
        .catch((e) => e);
      expect(refused).toBeInstanceOf(UnmeteredEndpointError);
      expect(mock.requests).toHaveLength(0);
      await nothingHeld(budget);
    });

    it.each([
      ['after the first is answered', twice],
      ['while the first is in flight', hedge],
    ])('a second request %s is refused; the first is charged', async (_when, mw) => {
      const budget = freshBudget('0.02');
      const { client, request } = place(mw);
      const metered = withBudget(raw(client), { budget });
      const refused = await metered.messages.create(body, request as object).catch((e) => e);
      expect(refused).toBeInstanceOf(UnmeteredEndpointError);
      expect(refused.message).toContain('A second request of one call to POST /v1/messages');
      // The first request reaches the provider (a hedge's may still be on its way).
      await vi.waitFor(() => expect(mock.requests).toHaveLength(1));
      await nothingHeld(budget);
      const [entry] = await budget.ledger();
      expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
      expect(mock.requests).toHaveLength(1);
    });

    it('the same body serialised anew is sent and charged', async () => {
      const budget = freshBudget('0.02');
      const { client, request } = place(reserialise);
      const metered = withBudget(raw(client), { budget });
      const message = await metered.messages.create(body, request as object);
      expect(message.model).toBe('claude-haiku-4-5');
      expect(mock.requests).toHaveLength(1);
      await nothingHeld(budget);
      expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0);
    });

    it("unmetered: 'allow' lets a second request through, unmetered; the first is charged", async () => {
      const budget = freshBudget('0.02');
      const { client, request } = place(twice);
      const metered = withBudget(raw(client), { budget, unmetered: 'allow' });
      await metered.messages.create(body, request as object);
      expect(mock.requests).toHaveLength(2);
      await nothingHeld(budget);
      expect(await budget.ledger()).toHaveLength(1);
    });

    it('a retry after an attempt that failed before its fetch is checked anew and sent', async () => {
      const budget = freshBudget('0.02');
      const { client, request } = place(reserialise);
      // The SDK prepares each attempt after the middleware: a failure there is retried.
      const Base = raw().constructor as new (options: object) => Anthropic;
      let failures = 1;
      class Flaky extends Base {
        override async prepareRequest(): Promise<void> {
          if (failures-- > 0) throw new TypeError('fetch failed');
        }
      }
      const flaky = new Flaky({
        apiKey: 'sk-ant-test',
        baseURL: mock.anthropicBaseURL,
        maxRetries: 1,
        ...client,
      });
      const metered = withBudget(flaky, { budget });
      const message = await metered.messages.create(body, request as object);
      expect(message.model).toBe('claude-haiku-4-5');
      expect(mock.requests).toHaveLength(1);
      await nothingHeld(budget);
      expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0);
    });

    it("unmetered: 'allow' lets the rewritten request through", async () => {
      const budget = freshBudget('0.02');
      const { client, request } = place(rewrite);
      const metered = withBudget(raw(client), { budget, unmetered: 'allow' });
      await metered.messages.create(body, request as object);
      expect(mock.requests[0]?.body).toMatchObject({ model: 'claude-opus-4-8' });
    });
  });

  it('a body replaced by per-request fetchOptions is refused before it is sent', async () => {
    const budget = freshBudget('0.02');
    const metered = withBudget(raw(), { budget });
    const replaced = JSON.stringify({ ...body, model: 'claude-opus-4-8' });
    const refused = await metered.messages
      .create(body, { fetchOptions: { body: replaced } } as never)
      .catch((e) => e);
    expect(refused).toBeInstanceOf(UnmeteredEndpointError);
    expect(refused.message).toContain('fetchOptions replace the body');
    expect(mock.requests).toHaveLength(0);
    await nothingHeld(budget);
  });
});

// Bedrock and Vertex rewrite every request in their backend middleware (model into the
// path, the API version into the body): the check sits before it, and the body it sends on
// is the one the attempt's fetch expects.
describe.each([
  [
    'AnthropicBedrock',
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
    (middleware: Middleware[]) =>
      new AnthropicBedrock({
        awsAccessKey: 'AKIAIOSFODNN7EXAMPLE',
        awsSecretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        awsRegion: 'us-east-1',
        baseURL: mock.url,
        maxRetries: 0,
        middleware: middleware as never,
      }),
  ],
  [
    'AnthropicVertex',
    'claude-sonnet-4-5@20250929',
    (middleware: Middleware[]) =>
      new AnthropicVertex({
        region: 'us-east5',
        projectId: 'tollgate-test',
        baseURL: `${mock.url}/v1`,
        authClient: {
          getRequestHeaders: async () => new Headers({ authorization: 'Bearer offline' }),
        } as never,
        maxRetries: 0,
        middleware: middleware as never,
      }),
  ],
] as const)('%s', (_name, model, create) => {
  it('a middleware passing the request on is served and charged', async () => {
    const budget = freshBudget('0.02');
    const metered = withBudget(create([reserialise]), { budget });
    await metered.messages.create({ ...body, model });
    expect(mock.requests).toHaveLength(1);
    await nothingHeld(budget);
    expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0);
  });

  it('a rewritten request is refused before the backend adapts and sends it', async () => {
    const budget = freshBudget('0.02');
    const metered = withBudget(create([rewrite]), { budget });
    const refused = await metered.messages.create({ ...body, model }).catch((e) => e);
    expect(refused).toBeInstanceOf(UnmeteredEndpointError);
    expect(mock.requests).toHaveLength(0);
    await nothingHeld(budget);
  });

  it('with no middleware of its own, its calls are served and charged', async () => {
    const budget = freshBudget('0.02');
    const metered = withBudget(create([]), { budget });
    await metered.messages.create({ ...body, model });
    await nothingHeld(budget);
    expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0);
  });
});
