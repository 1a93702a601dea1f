import { describe, expect, it, vi } from 'vitest';
import { usageTokens } from '../call-usage.js';
import { collectGarbage } from '../testing/collect-garbage.js';
import { sseScanner } from './scanner-for.js';
import type { ServerSentEvent } from './sse-events.js';
import { WatchedBody } from './watched-body.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function sse(chunks: string[], fail?: Error) {
  let index = 0;
  const state = { cancelled: undefined as unknown, pulls: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulls += 1;
      const chunk = chunks[index];
      index += 1;
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (fail !== undefined) controller.error(fail);
      else controller.close();
    },
    cancel(reason) {
      state.cancelled = reason ?? 'cancelled';
    },
  });
  return { stream, state };
}

/** A watched response over `chunks`; events with data `hidden` are cut out. */
function watched(chunks: string[], fail?: Error) {
  const { stream, state } = sse(chunks, fail);
  const seen: string[] = [];
  const endings: string[] = [];
  /** What the observer had seen when each ending was told. */
  const seenAtEnd: string[][] = [];
  const watch = new WatchedBody(
    stream,
    {
      json: () => ({ usage: { tokens: usageTokens(), model: 'm' } }),
      event: (event: ServerSentEvent) => {
        seen.push(event.data);
        return event.data !== 'hidden';
      },
      end: () => ({ usage: { tokens: usageTokens(), model: 'm' } }),
    },
    sseScanner,
    {
      end: async (how) => {
        endings.push(how);
        seenAtEnd.push([...seen]);
      },
      abandoned: () => endings.push('abandoned'),
    },
  );
  const response = new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
  watch.install(response);
  return { response, seen, endings, seenAtEnd, state, watch };
}

const text = (chunks: Uint8Array[]) => chunks.map((chunk) => decoder.decode(chunk)).join('');

async function collect(iterable: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of iterable) chunks.push(chunk);
  return chunks;
}

/** Collects garbage until the watcher was told its body was dropped, then sees it cancelled. */
async function abandonedOnceCollected(state: {
  endings: string[];
  state: { cancelled: unknown };
}): Promise<void> {
  await vi.waitFor(
    () => {
      collectGarbage();
      expect(state.endings).toEqual(['abandoned']);
    },
    { timeout: 10_000, interval: 20 },
  );
  await vi.waitFor(() => expect(state.state.cancelled).toBeDefined());
}

/** Collects garbage a few times: the body is still watched, and reads to its end. */
async function readableAfterCollections(
  body: ReadableStream<Uint8Array>,
  endings: string[],
): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(endings).toEqual([]);
  expect(text(await collect(body))).toBe('data: one\n\ndata: two\n\n');
  expect(endings).toEqual(['complete']);
}

describe('WatchedBody', () => {
  const chunks = ['data: one\n\n', 'data: hid', 'den\n\ndata: two\n\n'];

  it('keeps the provider body object, reads it through every reading method, and ends once', async () => {
    for (const read of [
      async (body: ReadableStream<Uint8Array>) => text(await collect(body)),
      async (body: ReadableStream<Uint8Array>) => text(await collect(body.values())),
      async (body: ReadableStream<Uint8Array>) => {
        const reader = body.getReader();
        const parts: Uint8Array[] = [];
        for (let result = await reader.read(); !result.done; result = await reader.read())
          parts.push(result.value);
        return text(parts);
      },
      async (body: ReadableStream<Uint8Array>) =>
        new Response(body.pipeThrough(new TransformStream())).text(),
      async (body: ReadableStream<Uint8Array>) => {
        const parts: Uint8Array[] = [];
        await body.pipeTo(new WritableStream({ write: (chunk) => void parts.push(chunk) }));
        return text(parts);
      },
      async (body: ReadableStream<Uint8Array>) => {
        const [first, second] = body.tee();
        const [a, b] = await Promise.all([collect(first), collect(second)]);
        expect(text(b)).toBe(text(a));
        return text(a);
      },
    ]) {
      const { response, seen, endings } = watched(chunks);
      const body = response.body as ReadableStream<Uint8Array>;
      expect(body).toBeInstanceOf(ReadableStream);
      expect(await read(body)).toBe('data: one\n\ndata: two\n\n');
      expect(seen).toEqual(['one', 'hidden', 'two']);
      expect(endings).toEqual(['complete']);
      expect(response.bodyUsed).toBe(true);
    }
  });

  it('answers the response body methods, and a clone, through the watcher', async () => {
    for (const method of ['text', 'arrayBuffer', 'blob'] as const) {
      const { response, endings } = watched(chunks);
      expect(response.bodyUsed).toBe(false);
      const answer = await response[method]();
      const bytes =
        answer instanceof Blob
          ? new Uint8Array(await answer.arrayBuffer())
          : typeof answer === 'string'
            ? encoder.encode(answer)
            : new Uint8Array(answer);
      expect(decoder.decode(bytes)).toBe('data: one\n\ndata: two\n\n');
      expect(endings).toEqual(['complete']);
    }
    const json = watched(['{"a":', '1}']);
    expect(await json.response.json()).toEqual({ a: 1 });
    const cloned = watched(chunks);
    const copy = cloned.response.clone();
    expect(await cloned.response.text()).toBe(await copy.text());
    expect(cloned.endings).toEqual(['complete']);
  });

  it('ends as interrupted when the caller breaks off, cancels, or the body errors', async () => {
    const broken = watched(chunks);
    for await (const _chunk of broken.response.body as ReadableStream<Uint8Array>) break;
    expect(broken.endings).toEqual(['interrupted']);
    expect(broken.state.cancelled).toBeDefined();

    const kept = watched(chunks);
    const body = kept.response.body as ReadableStream<Uint8Array>;
    for await (const _chunk of body.values({ preventCancel: true })) break;
    expect(kept.state.cancelled).toBeUndefined();
    // The same body reads on from where it stopped, through a new reader.
    expect(text(await collect(body))).toBe('data: two\n\n');
    expect(kept.endings).toEqual(['complete']);

    const cancelled = watched(chunks);
    await (cancelled.response.body as ReadableStream<Uint8Array>).cancel('stop');
    expect(cancelled.endings).toEqual(['interrupted']);
    expect(cancelled.state.cancelled).toBe('stop');

    const failing = watched(['data: one\n\n'], new Error('socket closed'));
    await expect(collect(failing.response.body as ReadableStream<Uint8Array>)).rejects.toThrow(
      'socket closed',
    );
    expect(failing.endings).toEqual(['interrupted']);

    const locked = watched(chunks);
    const lockedBody = locked.response.body as ReadableStream<Uint8Array>;
    const reader = lockedBody.getReader();
    await expect(lockedBody.cancel()).rejects.toThrow(TypeError);
    expect(() => lockedBody.getReader()).toThrow(TypeError);
    await reader.cancel();
    expect(locked.endings).toEqual(['interrupted']);
    expect(() => lockedBody.getReader({ mode: 'byob' })).toThrow(TypeError);
  });

  it('tells its owner when the response is dropped unread, and cancels the body', async () => {
    // The test keeps the body, as the provider's connection does while it streams.
    const state = (() => {
      const { state, endings, response } = watched(chunks);
      const provider = Object.getOwnPropertyDescriptor(Response.prototype, 'body')?.get?.call(
        response,
      ) as ReadableStream<Uint8Array>;
      return { state, endings, provider };
    })();
    await abandonedOnceCollected(state);
  });

  it('keeps a body someone took from the response readable after the response is dropped', async () => {
    const { body, endings } = (() => {
      const made = watched(chunks);
      return { body: made.response.body as ReadableStream<Uint8Array>, endings: made.endings };
    })();
    await readableAfterCollections(body, endings);
  });

  it('tells its owner when a reader is dropped holding the lock of a body the connection holds', async () => {
    // An SDK stream left mid-way by a framework that never calls its return(): the body
    // is taken and locked, its reader dropped; the test keeps the body, as the connection does.
    const state = await (async () => {
      const { response, endings, state } = watched(chunks);
      const body = response.body as ReadableStream<Uint8Array>;
      const reader = body.getReader();
      await reader.read();
      return { body, endings, state };
    })();
    await abandonedOnceCollected(state);
  });

  it('keeps a body readable after its reader released the lock and was dropped', async () => {
    const { body, endings } = await (async () => {
      const made = watched(chunks);
      const taken = made.response.body as ReadableStream<Uint8Array>;
      const reader = taken.getReader();
      reader.releaseLock();
      return { body: taken, endings: made.endings };
    })();
    await readableAfterCollections(body, endings);
  });

  it('stops watching once detached: its owner ended the call another way', async () => {
    const { response, endings, watch } = watched(chunks);
    watch.detach();
    expect(text(await collect(response.body as ReadableStream<Uint8Array>))).toBe(
      'data: one\n\ndata: two\n\n',
    );
    expect(endings).toEqual([]);
  });

  it('gives the first event of a first chunk at once, and observes the rest of it on the next read', async () => {
    const whole = 'data: one\n\ndata: hidden\n\ndata: two\n\n';
    const { response, seen, endings } = watched([whole, 'data: three\n\n']);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('data: one\n\n');
    expect(seen).toEqual(['one']);
    const rest: Uint8Array[] = [];
    for (let result = await reader.read(); !result.done; result = await reader.read())
      rest.push(result.value);
    expect(text(rest)).toBe('data: two\n\ndata: three\n\n');
    expect(seen).toEqual(['one', 'hidden', 'two', 'three']);
    expect(endings).toEqual(['complete']);
  });

  it('observes the rest of a first chunk when the caller stops after its first event', async () => {
    const whole = 'data: one\n\ndata: hidden\n\ndata: two\n\ndata: usage\n\n';
    const stops: Record<string, (response: Response, watch: WatchedBody) => Promise<unknown>> = {
      'reader.cancel()': async (response) => {
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        await reader.read();
        await reader.cancel();
      },
      'a break out of for await': async (response) => {
        for await (const _chunk of response.body as ReadableStream<Uint8Array>) break;
      },
      'body.cancel() after the reader is released': async (response) => {
        const body = response.body as ReadableStream<Uint8Array>;
        const reader = body.getReader();
        await reader.read();
        reader.releaseLock();
        await body.cancel();
      },
      "the caller's abort": async (response, watch) => {
        await (response.body as ReadableStream<Uint8Array>).getReader().read();
        watch.interrupt(new Error('aborted'));
      },
    };
    for (const [name, stop] of Object.entries(stops)) {
      const { response, endings, seenAtEnd, watch } = watched([whole, 'data: later\n\n']);
      await stop(response, watch);
      expect({ name, endings, seenAtEnd }).toEqual({
        name,
        endings: ['interrupted'],
        seenAtEnd: [['one', 'hidden', 'two', 'usage']],
      });
    }
  });

  it('delivers nothing more once the caller stopped, and ends once however often it cancels', async () => {
    const { response, seen, endings } = watched(['data: one\n\ndata: two\n\n']);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(decoder.decode((await reader.read()).value)).toBe('data: one\n\n');
    await reader.cancel();
    await reader.cancel();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(seen).toEqual(['one', 'two']);
    expect(endings).toEqual(['interrupted']);
  });

  it('takes a first chunk with carriage returns, or without a whole event, whole', async () => {
    for (const first of ['data: a\r\n\r\ndata: b\r\n\r\n', 'data: a\ndata: b']) {
      const { response, seen } = watched([first, '\n\n']);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const chunks: Uint8Array[] = [];
      for (let result = await reader.read(); !result.done; result = await reader.read())
        chunks.push(result.value);
      expect(text(chunks)).toBe(`${first}\n\n`);
      expect(seen.length).toBeGreaterThan(0);
    }
  });
});
