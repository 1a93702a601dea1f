import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic, { betaRefusalFallbackMiddleware } from '@anthropic-ai/sdk';
import { UnmeteredEndpointError } from '@tollgate/core';
import AnthropicV0, { betaRefusalFallbackMiddleware as fallbackV0 } from 'anthropic-sdk-v0';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { withBudget } from './index.js';
import { costOf, freshBudget } from './test-support/sdks.js';

// The SDK's own betaRefusalFallbackMiddleware re-sends a refused call to a dearer model: that
// second request was never held. It is refused before it is sent; the refused first hop is
// charged. (The loopback mock cannot refuse, so a small server here refuses on haiku.)

const models: string[] = [];
const refusedUsage = { input_tokens: 50, output_tokens: 3 };
const server = http.createServer((request, response) => {
  let raw = '';
  request.on('data', (chunk) => {
    raw += chunk;
  });
  request.on('end', () => {
    const body = JSON.parse(raw) as { model: string; stream?: boolean };
    models.push(body.model);
    const refused = body.model === 'claude-haiku-4-5';
    const usage = refused ? refusedUsage : { input_tokens: 50, output_tokens: 900 };
    const message = {
      id: `msg_${models.length}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [{ type: 'text', text: refused ? 'I cannot' : 'served' }],
      stop_reason: refused ? 'refusal' : 'end_turn',
      stop_details: refused
        ? { type: 'refusal', category: 'cyber', explanation: null, fallback_credit_token: 't' }
        : null,
      usage,
    };
    if (body.stream !== true) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(message));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (type: string, data: object) =>
      response.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
    send('message_start', { message: { ...message, content: [], stop_reason: null } });
    send('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    send('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'I cannot' } });
    send('content_block_stop', { index: 0 });
    send('message_delta', {
      delta: { stop_reason: message.stop_reason, stop_details: message.stop_details },
      usage: { output_tokens: usage.output_tokens },
    });
    send('message_stop', {});
    response.end();
  });
});
let baseURL = '';
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  models.length = 0;
});

const majors = [
  ['@anthropic-ai/sdk 1.x', Anthropic, betaRefusalFallbackMiddleware],
  ['@anthropic-ai/sdk 0.x', AnthropicV0 as unknown as typeof Anthropic, fallbackV0],
] as const;
const body = {
  model: 'claude-haiku-4-5',
  max_tokens: 1000,
  messages: [{ role: 'user' as const, content: 'hi' }],
};

describe.each(majors)('%s', (_name, Client, fallback) => {
  const metered = (unmetered: 'refuse' | 'allow' = 'refuse') => {
    const budget = freshBudget('0.01');
    // Each major's middleware type names its own client class: typed loosely for the table.
    const middleware = [fallback([{ model: 'claude-opus-4-8' }]) as never];
    const raw = new Client({ apiKey: 'sk-ant-test', baseURL, maxRetries: 0, middleware });
    return { budget, client: withBudget(raw, { budget, unmetered }) };
  };

  it('the fallback request is refused before it is sent; the refused hop is charged', async () => {
    const { budget, client } = metered();
    const refused = await client.beta.messages.create(body).catch((e) => e);
    expect(refused).toBeInstanceOf(UnmeteredEndpointError);
    expect(refused.message).toContain('sent after its first was answered');
    expect(models).toEqual(['claude-haiku-4-5']);
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect((await budget.status()).spentUsd).toBe(costOf('claude-haiku-4-5', refusedUsage));
  });

  it('on a stream the fallback hop is refused too (the SDK then surfaces the refusal)', async () => {
    const { budget, client } = metered();
    await client.beta.messages
      .stream(body)
      .finalMessage()
      .catch(() => undefined);
    expect(models).toEqual(['claude-haiku-4-5']);
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect((await budget.status()).spentUsd).toBe(costOf('claude-haiku-4-5', refusedUsage));
  });

  it("unmetered: 'allow' lets the fallback through, unmetered", async () => {
    const { client } = metered('allow');
    const message = await client.beta.messages.create(body);
    expect(message.model).toBe('claude-opus-4-8');
    expect(models).toEqual(['claude-haiku-4-5', 'claude-opus-4-8']);
  });
});
