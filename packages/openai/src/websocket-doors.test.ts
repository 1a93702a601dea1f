import { createServer, type Server } from 'node:net';
import { createBudget } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import OpenAI from 'openai';
import { OpenAIRealtimeWS as BetaRealtimeWSv6 } from 'openai/beta/realtime/ws';
import { OpenAIRealtimeWS as RealtimeWSv6 } from 'openai/realtime/ws';
import { ResponsesWS as BetaResponsesWSv6 } from 'openai/resources/beta/responses/ws';
import { ResponsesWS as ResponsesWSv6 } from 'openai/resources/responses/ws';
import OpenAIv7, { AzureOpenAI as AzureOpenAIv7 } from 'openai-v7';
import { BedrockOpenAI as BedrockOpenAIv7 } from 'openai-v7/bedrock';
import { OpenAIRealtimeWS as RealtimeWSv7 } from 'openai-v7/realtime/ws';
import { LiveWS as LiveWSv7 } from 'openai-v7/resources/live/ws';
import { ResponsesWS as ResponsesWSv7 } from 'openai-v7/resources/responses/ws';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { UnmeteredEndpointError, withBudget } from './index.js';
import { websocketTransports } from './websocket-doors.js';

/**
 * A loopback TCP server that counts connections: a WebSocket (ws:// or wss://) that opens
 * one connects here first, whatever it then sends, so zero connections means nothing left.
 */
let sockets: Server;
let connections = 0;
let baseURL: string;
let mock: MockProvider;
beforeAll(async () => {
  sockets = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => sockets.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(sockets.address() as { port: number }).port}/v1`;
  mock = await startMockProvider();
});
afterAll(async () => {
  await new Promise((resolve) => sockets.close(resolve));
  await mock.close();
});
beforeEach(() => {
  connections = 0;
  mock.reset();
});

/** Something a WebSocket helper returns: closable, with an error event to silence. */
interface Session {
  on(event: 'error', listener: () => void): unknown;
  close(): void;
}
type AnyClient = OpenAI;
type Opener = (client: AnyClient) => Session | Promise<Session>;

/** Resolves once the counting server saw a connection (the socket was opened). */
async function connected(): Promise<void> {
  while (connections === 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Opens a session and closes it at once, answering whether opening threw. */
async function open(opener: Opener, client: AnyClient): Promise<unknown> {
  try {
    const session = await opener(client);
    session.on('error', () => undefined);
    await connected();
    session.close();
    return undefined;
  } catch (error) {
    return error;
  }
}

const quiet = <T extends { on(event: 'error', listener: () => void): unknown }>(session: T) => {
  session.on('error', () => undefined);
  return session;
};

// Every WebSocket helper of both majors that takes a client (typed through openai 6).
const openers: [string, typeof OpenAI, Opener][] = [
  ['openai 6 ResponsesWS', OpenAI, (client) => quiet(new ResponsesWSv6(client))],
  ['openai 6 beta ResponsesWS', OpenAI, (client) => quiet(new BetaResponsesWSv6(client))],
  [
    'openai 6 OpenAIRealtimeWS.create',
    OpenAI,
    (client) => RealtimeWSv6.create(client, { model: 'gpt-realtime' }),
  ],
  [
    'openai 6 beta OpenAIRealtimeWS.create',
    OpenAI,
    (client) => BetaRealtimeWSv6.create(client, { model: 'gpt-4o-realtime-preview' }),
  ],
  [
    'openai 7 ResponsesWS',
    OpenAIv7 as unknown as typeof OpenAI,
    (client) => quiet(new ResponsesWSv7(client as unknown as OpenAIv7)),
  ],
  [
    'openai 7 LiveWS',
    OpenAIv7 as unknown as typeof OpenAI,
    (client) => quiet(new LiveWSv7(client as unknown as OpenAIv7)),
  ],
  [
    'openai 7 OpenAIRealtimeWS.create',
    OpenAIv7 as unknown as typeof OpenAI,
    (client) =>
      RealtimeWSv7.create(client as unknown as OpenAIv7, { model: 'gpt-realtime' }) as Promise<
        Session & { socket: { on(event: 'error', listener: () => void): unknown } }
      >,
  ],
  [
    'openai 7 new OpenAIRealtimeWS',
    OpenAIv7 as unknown as typeof OpenAI,
    (client) =>
      new RealtimeWSv7({ model: 'gpt-realtime' }, client as unknown as OpenAIv7) as Session,
  ],
];

let id = 0;
const budgetOf = (options: { enforce?: boolean } = {}) =>
  createBudget({ id: `ws-${++id}`, limitUsd: '10', ...options });

describe.each(openers)('%s', (_name, SDK, opener) => {
  const raw = () => new SDK({ apiKey: 'test', baseURL, maxRetries: 0 });

  test('is refused on a metered client before its socket opens, naming the way out', async () => {
    const budget = budgetOf();
    const error = await open(opener, withBudget(raw(), { budget }));
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(error).toMatchObject({ code: 'UNMETERED_ENDPOINT', endpoint: 'WebSocket' });
    const message = (error as Error).message;
    expect(message).toContain(`budget "${budget.id}"`);
    expect(message).toContain("unmetered: 'allow'");
    expect(message).toContain('HTTP transport');
    expect(connections).toBe(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });

  test("is refused on clients derived by withOptions and withBudget; 'allow' opens it", async () => {
    const client = withBudget(raw(), { budget: budgetOf() });
    expect(await open(opener, client.withOptions({ timeout: 5000 }))).toBeInstanceOf(
      UnmeteredEndpointError,
    );
    expect(await open(opener, client.withBudget(budgetOf()))).toBeInstanceOf(
      UnmeteredEndpointError,
    );
    expect(connections).toBe(0);
    const allowed = withBudget(raw(), { budget: budgetOf(), unmetered: 'allow' });
    expect(await open(opener, allowed)).toBeUndefined();
    expect(connections).toBeGreaterThan(0);
  });

  test('opens on a budget that does not enforce, and on the raw client', async () => {
    const loose = withBudget(raw(), { budget: budgetOf({ enforce: false }) });
    expect(await open(opener, loose)).toBeUndefined();
    connections = 0;
    expect(await open(opener, raw())).toBeUndefined();
  });
});

/** What the OpenAI Agents SDK's Responses WebSocket model asks the client before it connects. */
const majors = [
  ['openai 6', OpenAI],
  ['openai 7', OpenAIv7 as unknown as typeof OpenAI],
] as const;

interface ClientInternals {
  _callApiKey(): Promise<boolean>;
  authHeaders(options: object): Promise<unknown>;
}

describe.each(majors)('%s, the seams a framework opens its own socket with', (_name, SDK) => {
  test('authHeaders outside a request is refused (the Agents SDK WebSocket model)', async () => {
    const client = withBudget(new SDK({ apiKey: 'test', baseURL }), { budget: budgetOf() });
    const internals = client as unknown as ClientInternals;
    expect(() => internals.authHeaders({ method: 'get', path: '/v1/responses' })).toThrow(
      UnmeteredEndpointError,
    );
    const allowed = withBudget(new SDK({ apiKey: 'test', baseURL }), {
      budget: budgetOf(),
      unmetered: 'allow',
    }) as unknown as ClientInternals;
    await expect(
      allowed.authHeaders({ method: 'get', path: '/v1/responses' }),
    ).resolves.toBeTruthy();
  });

  test.each([
    ['a string API key', 'test'],
    ['an API key function (resolved before each request)', async () => 'test'],
  ])('HTTP calls pass every guard and are metered, with %s', async (_key, apiKey) => {
    const budget = budgetOf();
    const client = withBudget(
      new SDK({ apiKey: apiKey as string, baseURL: mock.openaiBaseURL, maxRetries: 1 }),
      { budget },
    );
    const messages = [{ role: 'user' as const, content: 'hi' }];
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
    const stream = await client.responses.create({
      model: 'gpt-4o-mini',
      input: 'hi',
      stream: true,
    });
    for await (const _event of stream);
    await client.embeddings.create({ model: 'text-embedding-3-small', input: 'hi' });
    // A retried attempt builds its request again, inside the same guards.
    mock.script({ times: 1, respond: { status: 500, retryAfterSeconds: 0.001 } });
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
    await client.models.list();
    expect(mock.requests).toHaveLength(6);
    expect(await budget.status()).toMatchObject({ calls: 4, reservedUsd: '0' });
  });
});

test('openai 6 _callApiKey outside a request is refused (Realtime create, Agents SDK)', () => {
  const client = withBudget(new OpenAI({ apiKey: 'test', baseURL }), { budget: budgetOf() });
  expect(() => (client as unknown as ClientInternals)._callApiKey()).toThrow(
    UnmeteredEndpointError,
  );
});

test('openai 7 Azure and Bedrock clients still send metered HTTP calls', async () => {
  const budget = budgetOf();
  const messages = [{ role: 'user' as const, content: 'hi' }];
  const bedrock = withBudget(
    new BedrockOpenAIv7({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 }),
    { budget, provider: 'openai' },
  );
  await bedrock.chat.completions.create({ model: 'gpt-4o-mini', messages });
  await bedrock.responses.create({ model: 'gpt-4o-mini', input: 'hi' });
  const azure = withBudget(
    new AzureOpenAIv7({
      apiKey: 'test',
      endpoint: mock.url,
      apiVersion: '2024-10-21',
      deployment: 'gpt-4o-mini',
      maxRetries: 0,
    }),
    { budget },
  );
  await azure.chat.completions.create({ model: 'gpt-4o-mini', messages });
  expect(await budget.status()).toMatchObject({ calls: 3, reservedUsd: '0' });
});

test('an openai 7 client with a workload identity keeps authHeaders open (its HTTP path calls it outside the build)', () => {
  const workloadIdentity = {
    identityProviderId: 'idp-test',
    serviceAccountId: 'sa-test',
    provider: { tokenType: 'jwt' as const, getToken: async () => 'subject-token' },
  };
  const client = new OpenAIv7({ workloadIdentity, baseURL });
  const methods = websocketTransports(client).doors.map((door) => door.method);
  expect(methods).toEqual(['_buildWebSocketHeaders']);
  expect(websocketTransports(new OpenAIv7({ apiKey: 'test', baseURL })).doors).toHaveLength(2);
  expect(websocketTransports(new OpenAI({ apiKey: 'test', baseURL })).doors).toEqual([
    { method: 'buildURL', passesInside: ['buildRequest'] },
    { method: '_callApiKey', passesInside: ['prepareOptions'] },
    { method: 'authHeaders', passesInside: ['buildRequest'] },
  ]);
});
