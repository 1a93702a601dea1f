import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlastTimeout } from './outlast-timeout.js';

const timing = { timeoutMs: 100, bodyDelayMs: 400 };
/** How late the server sends its headers, in real time: past the timeout. */
const lateHeadersMs = 150;

let server: Server;
let url: string;
/** Requests the server answered, to hold back the first body and not the later ones. */
let answered = 0;

beforeAll(async () => {
  server = createServer((_request, response) => {
    answered += 1;
    const holdBody = answered === 1;
    // Late headers on a real clock (Date and setImmediate are not faked), then the body
    // after the delay on the test's clock, as the mock provider sends them.
    realDelay(lateHeadersMs).then(() => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.flushHeaders();
      if (holdBody) setTimeout(() => response.end('held'), timing.bodyDelayMs);
      else response.end('at once');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function realDelay(ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve) => {
    const check = (): void => (Date.now() >= until ? resolve() : void setImmediate(check));
    check();
  });
}

/** One attempt as the SDKs make it: a timer on the headers, and on the body when asked. */
async function attempt(fetch: typeof globalThis.fetch, timeoutBoundsBody: boolean) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timing.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!timeoutBoundsBody) clearTimeout(timer);
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}

describe('outlastTimeout', () => {
  it('delivers late headers before the timeout, then passes the timeout with the body held', async () => {
    answered = 0;
    const call = await outlastTimeout(timing, (fetch) => attempt(fetch, false));
    expect(call).toEqual({ result: 'held', attempts: 1 });
  });

  it('follows an SDK whose timeout bounds the body to its retry after a backoff', async () => {
    answered = 0;
    const call = await outlastTimeout(timing, async (fetch) => {
      try {
        return await attempt(fetch, true);
      } catch {
        // A backoff longer than what is left of the body delay, as openai 7.x waits.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        return attempt(fetch, true);
      }
    });
    expect(call).toEqual({ result: 'at once', attempts: 2 });
  });

  it('rejects as the call does', async () => {
    answered = 1;
    await expect(
      outlastTimeout(timing, async (fetch) => {
        await attempt(fetch, false);
        throw new Error('the SDK failed');
      }),
    ).rejects.toThrow('the SDK failed');
  });

  it('refuses a body delay that does not outlast the timeout', async () => {
    await expect(
      outlastTimeout({ timeoutMs: 100, bodyDelayMs: 100 }, () => Promise.resolve()),
    ).rejects.toThrow(
      'outlastTimeout: expected 0 < timeoutMs < bodyDelayMs, got timeoutMs 100 and bodyDelayMs 100',
    );
  });
});
