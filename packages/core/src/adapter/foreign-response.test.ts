import { Readable } from 'node:stream';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { describe, expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { usageTokens } from '../call-usage.js';
import { MeteredCall } from './metered-call.js';
import type { Route, UsagePricer } from './types.js';

/** Prices a test usage at $0.00001 per output token. */
const price: UsagePricer = (priced) => ({
  costUsd: String(priced.tokens.output.text / 100_000),
  provider: 'test',
  model: priced.model,
  pricingVersion: 'test',
});

const usage = (text: number) => ({ tokens: usageTokens({}, { text }), model: 'm' });

/** JSON is charged $0.01; a stream $0.02 complete and $0.005 interrupted; `hidden` events are cut. */
const route: Route = {
  kind: 'metered',
  plan: () => ({
    holdUsd: '0.1',
    model: 'm',
    price,
    observer: {
      json: () => ({ usage: usage(1000) }),
      event: (event) => event.data !== 'hidden',
      end: (how) => ({
        usage: usage(how === 'complete' ? 2000 : 500),
        partial: how !== 'complete',
      }),
    },
  }),
};

/** A call held and ready for its response, and its budget. */
async function heldCall() {
  const budget = createBudget({
    id: `foreign-${Math.random().toString(36).slice(2)}`,
    limitUsd: '1',
  });
  const call = new MeteredCall({ budget, route: () => route, unmetered: 'refuse' });
  await call.begin({});
  const charged = async () => {
    await expect.poll(async () => (await budget.status()).reservedUsd).toBe('0');
    return (await budget.status()).spentUsd;
  };
  return { call, charged };
}

/**
 * Another fetch's Response, as the `undici` package makes one: its own class, its state in
 * private fields, so `Response.prototype`'s members refuse it and it refuses theirs.
 */
class OtherResponse {
  readonly #inner: Response;
  constructor(inner: Response) {
    this.#inner = inner;
  }
  get ok() {
    return this.#inner.ok;
  }
  get status() {
    return this.#inner.status;
  }
  get statusText() {
    return this.#inner.statusText;
  }
  get headers() {
    return this.#inner.headers;
  }
  get body() {
    return this.#inner.body;
  }
  get bodyUsed() {
    return this.#inner.bodyUsed;
  }
  json() {
    return this.#inner.json();
  }
  text() {
    return this.#inner.text();
  }
  arrayBuffer() {
    return this.#inner.arrayBuffer();
  }
  blob() {
    return this.#inner.blob();
  }
  clone() {
    return new OtherResponse(this.#inner.clone());
  }
}

/** A response as node-fetch makes one: a Node.js stream for a body. */
class NodeStyleResponse {
  readonly ok = true;
  readonly status = 200;
  readonly statusText = 'OK';
  readonly headers: Headers;
  readonly #body: Readable;
  constructor(chunks: readonly (string | Uint8Array)[], contentType: string) {
    this.headers = new Headers({ 'content-type': contentType });
    this.#body = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  }
  get body() {
    return this.#body;
  }
  async text() {
    const parts: Buffer[] = [];
    for await (const chunk of this.#body) parts.push(chunk as Buffer);
    return Buffer.concat(parts).toString();
  }
  async json() {
    return JSON.parse(await this.text()) as unknown;
  }
  async arrayBuffer() {
    return new TextEncoder().encode(await this.text()).buffer;
  }
}

const json = { usage: 'in the body' };
const otherJson = () =>
  new OtherResponse(
    new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } }),
  );
const asResponse = (value: object) => value as unknown as Response;
const stream = ['data: one\n\n', 'data: hidden\n\ndata: two\n\n'];

describe('a response that is not the platform Response', () => {
  it('is charged from its own first read, then given its own members back', async () => {
    for (const read of ['json', 'text', 'arrayBuffer', 'blob'] as const) {
      const { call, charged } = await heldCall();
      const response = asResponse(otherJson());
      expect(call.observe(response)).toBe(response);
      const body = await response[read]();
      expect(await charged()).toBe('0.01');
      expect(body).toBeDefined();
      // The next read goes to the response's own members, and by the end of the turn
      // nothing of the kit is left on it.
      await expect(response.text()).rejects.toThrow(TypeError);
      await new Promise((resolve) => setImmediate(resolve));
      expect(Object.getOwnPropertyNames(response)).toEqual([]);
    }
  });

  it('is read by the kit when nobody reads it in time, or someone looks at its body or clones it', async () => {
    const reads = {
      'nobody reads it': async (response: Response) => {
        await new Promise((resolve) => setImmediate(resolve));
        return response.json();
      },
      'its body as a stream': async (response: Response) =>
        JSON.parse(await new Response(response.body).text()) as unknown,
      'a clone': (response: Response) => response.clone().json(),
    };
    for (const [name, read] of Object.entries(reads)) {
      const { call, charged } = await heldCall();
      const response = call.observe(asResponse(otherJson()));
      expect({ name, body: await read(response) }).toEqual({ name, body: json });
      expect(await charged()).toBe('0.01');
      expect(await response.text()).toBe(JSON.stringify(json));
    }
  });

  it('gives a body looked at after the first read, and a clone, as its own fetch does', async () => {
    const { call, charged } = await heldCall();
    const response = call.observe(asResponse(otherJson()));
    expect(await response.json()).toEqual(json);
    expect(await charged()).toBe('0.01');
    expect(response.body?.locked).toBe(true);
    expect(response.clone).toThrow(TypeError);
  });

  it('reads a Response-like object with no arrayBuffer() through its text()', async () => {
    const { call, charged } = await heldCall();
    const own = { json: async () => json, text: async () => JSON.stringify(json) };
    const response = call.observe(
      asResponse({
        ok: true,
        headers: new Headers({ 'content-type': 'application/json' }),
        ...own,
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(await charged()).toBe('0.01');
    expect(await response.json()).toEqual(json);
  });

  it('fails a blob() read of a Response-like object with no arrayBuffer(), typed, and charges its hold', async () => {
    const { call, charged } = await heldCall();
    const response = call.observe(
      asResponse({
        ok: true,
        headers: new Headers({ 'content-type': 'application/json' }),
        blob: async () => new Blob([JSON.stringify(json)]),
      }),
    );
    await expect(response.blob()).rejects.toThrow(
      'The response has no arrayBuffer() method to read its body with',
    );
    // A 2xx answer was served: its usage unseen, it is charged its hold, never $0.
    expect(await charged()).toBe('0.1');
  });

  it('reads a stream with no body it can watch whole, and charges its hold', async () => {
    const { call, charged } = await heldCall();
    const sent = 'data: one\n\n';
    const response = call.observe(
      asResponse({
        ok: true,
        headers: new Headers({ 'content-type': 'text/event-stream' }),
        body: 'not a stream',
        text: async () => sent,
      }),
    );
    expect(await response.text()).toBe(sent);
    expect(await charged()).toBe('0.1');
  });

  it('puts the own members of a Response-like object back after its first read', async () => {
    const { call, charged } = await heldCall();
    const own = { json: async () => json, text: async () => JSON.stringify(json) };
    const response = call.observe(
      asResponse({
        ok: true,
        headers: new Headers({ 'content-type': 'application/json' }),
        ...own,
      }),
    );
    expect(await response.json()).toEqual(json);
    expect(await charged()).toBe('0.01');
    await new Promise((resolve) => setImmediate(resolve));
    expect(response.json).toBe(own.json);
    expect(response.text).toBe(own.text);
  });

  it('watches a web stream body through every reading member', async () => {
    const reads = {
      text: (response: Response) => response.text(),
      'body iteration': async (response: Response) => {
        let text = '';
        for await (const chunk of response.body as ReadableStream<Uint8Array>)
          text += new TextDecoder().decode(chunk);
        return text;
      },
    };
    for (const [name, read] of Object.entries(reads)) {
      const { call, charged } = await heldCall();
      const inner = new Response(stream.join(''), {
        headers: { 'content-type': 'text/event-stream' },
      });
      const response = call.observe(asResponse(new OtherResponse(inner)));
      expect({ name, text: await read(response) }).toEqual({
        name,
        text: 'data: one\n\ndata: two\n\n',
      });
      expect(await charged()).toBe('0.02');
    }
  });

  it('watches a Node.js stream body through its async iterator, keeping it the body', async () => {
    const { call, charged } = await heldCall();
    const original = new NodeStyleResponse(stream, 'text/event-stream');
    const body = original.body;
    const response = call.observe(asResponse(original));
    expect(response.body).toBe(body);
    let text = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      text += new TextDecoder().decode(chunk);
    expect(text).toBe('data: one\n\ndata: two\n\n');
    expect(await charged()).toBe('0.02');
  });

  it('ends a Node.js stream body broken off as interrupted, and closes it', async () => {
    const { call, charged } = await heldCall();
    const original = new NodeStyleResponse([...stream, 'data: three\n\n'], 'text/event-stream');
    const response = call.observe(asResponse(original));
    for await (const _chunk of response.body as unknown as AsyncIterable<Uint8Array>) break;
    expect(await charged()).toBe('0.005');
    await expect.poll(() => original.body.destroyed).toBe(true);
  });

  it('reads a Node.js stream body through the watcher for text()', async () => {
    const { call, charged } = await heldCall();
    const response = call.observe(asResponse(new NodeStyleResponse(stream, 'text/event-stream')));
    expect(await response.text()).toBe('data: one\n\ndata: two\n\n');
    expect(await charged()).toBe('0.02');
  });

  it('reads a Node.js JSON body through its own methods', async () => {
    const { call, charged } = await heldCall();
    const response = call.observe(
      asResponse(new NodeStyleResponse([JSON.stringify(json)], 'application/json')),
    );
    expect(await response.json()).toEqual(json);
    expect(await charged()).toBe('0.01');
  });
});

describe('a foreign response in AWS event-stream framing (Bedrock)', () => {
  const codec = new EventStreamCodec(
    (bytes) => new TextDecoder().decode(bytes),
    (text) => new TextEncoder().encode(text),
  );
  const frame = (payload: string) =>
    codec.encode({
      headers: {
        ':event-type': { type: 'string', value: 'chunk' },
        ':message-type': { type: 'string', value: 'event' },
      },
      body: new TextEncoder().encode(payload),
    });

  it('keeps a Node.js stream body the body, read through the watcher', async () => {
    const { call, charged } = await heldCall();
    const frames = ['one', 'hidden', 'two'].map(frame);
    const original = new NodeStyleResponse(frames, 'application/vnd.amazon.eventstream');
    const body = original.body;
    const response = call.observe(asResponse(original));
    expect(response.body).toBe(body);
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      chunks.push(chunk);
    expect(Buffer.concat(chunks)).toEqual(Buffer.concat([frames[0], frames[2]] as Uint8Array[]));
    expect(await charged()).toBe('0.02');
  });
});
