import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';

/** The timing of {@link outlastTimeout}. */
export interface OutlastTimeoutOptions {
  /** The `timeout` the call gives its SDK, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * How long the provider holds the body back after the headers, in milliseconds (the
   * mock provider's `bodyDelayMs`, scripted by the test); longer than `timeoutMs`.
   */
  readonly bodyDelayMs: number;
}

/** What {@link outlastTimeout} saw of a call. */
export interface OutlastedCall<T> {
  /** What the call resolved with. */
  readonly result: T;
  /** The HTTP attempts the SDK made: calls of the fetch it was given. */
  readonly attempts: number;
}

/**
 * Runs an SDK call whose `timeout` elapses while its body arrives, in an order the test
 * forces: the response headers, then the timeout, then the held body. `setTimeout` and
 * `clearTimeout` are faked for the call, so the SDK's timers and the body delay of a
 * loopback provider running in the test's process move only when this helper moves the
 * clock, and it never moves the clock while an attempt waits for its headers. On real
 * timers a loaded machine can deliver the headers after the timeout fired, and the SDK
 * then retries or fails instead.
 *
 * An SDK whose timeout bounds only the headers reads the held body once it comes. One whose
 * timeout also bounds the body (openai 7.x) drops the attempt when the timeout elapses and
 * retries after its backoff: the clock then moves to the SDK's next timer, and stands still
 * again while the new attempt waits for its headers and reads a body that is not held.
 *
 * `start` starts the call with the fetch to give the SDK client (it counts the attempts).
 * Rejects as the call does.
 */
export async function outlastTimeout<T>(
  options: OutlastTimeoutOptions,
  start: (fetch: typeof globalThis.fetch) => Promise<T>,
): Promise<OutlastedCall<T>> {
  const { timeoutMs, bodyDelayMs } = options;
  if (!(timeoutMs > 0 && bodyDelayMs > timeoutMs))
    throw new RangeError(
      `outlastTimeout: expected 0 < timeoutMs < bodyDelayMs, got timeoutMs ${timeoutMs} and bodyDelayMs ${bodyDelayMs}`,
    );
  await realFetchTimers();
  const attempts = new AttemptLog();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    let settled = false;
    const call = start(attempts.fetch);
    // Rejections are reported by the await below, not as unhandled while the clock moves.
    call.then(
      () => (settled = true),
      () => (settled = true),
    );
    await Promise.race([attempts.headersOf(1), call]);
    await vi.advanceTimersByTimeAsync(timeoutMs);
    // The held body comes, unless the SDK dropped the attempt: then its next timer is its
    // backoff, which a longer move could pass, and the retry's own timeout with it.
    if (!attempts.lastDropped()) await vi.advanceTimersByTimeAsync(bodyDelayMs - timeoutMs);
    while (!settled && attempts.lastDropped()) {
      // The SDK's path from the dropped attempt to its backoff timer is microtasks only.
      await macrotask();
      if (settled) break;
      const before = attempts.count;
      await vi.advanceTimersToNextTimerAsync();
      await macrotask();
      if (attempts.count > before) await Promise.race([attempts.headersOf(before + 1), call]);
    }
    return { result: await call, attempts: attempts.count };
  } finally {
    vi.useRealTimers();
  }
}

/** The HTTP attempts of one call, through the fetch it gives the SDK. */
class AttemptLog {
  readonly #signals: (AbortSignal | undefined)[] = [];
  readonly #headers: Promise<void>[] = [];
  readonly #arrived: (() => void)[] = [];

  get count(): number {
    return this.#signals.length;
  }

  /** Resolves once attempt `number` (from 1) has its response headers. */
  headersOf(number: number): Promise<void> {
    return this.#slot(number - 1);
  }

  /** Whether the SDK has aborted its latest attempt (timed out, say). */
  lastDropped(): boolean {
    return this.#signals.at(-1)?.aborted === true;
  }

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const index = this.#signals.length;
    this.#signals.push(init?.signal ?? undefined);
    this.#slot(index);
    const response = await globalThis.fetch(input, init);
    // A macrotask later, so the SDK has cleared the timer it armed for the headers (in the
    // microtasks after this fetch resolves) before the clock moves; setImmediate stays real.
    setImmediate(this.#arrived[index] as () => void);
    return response;
  };

  #slot(index: number): Promise<void> {
    while (this.#headers.length <= index)
      this.#headers.push(
        new Promise<void>((resolve) => {
          this.#arrived.push(resolve);
        }),
      );
    return this.#headers[index] as Promise<void>;
  }
}

/** Resolves after the pending microtasks and one turn of the event loop. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let fetchTimersReal: Promise<void> | undefined;

/**
 * Makes one request on real timers, once per process. Node's fetch (undici) creates the
 * timer that drives all its connect, headers and body timeouts on its first request and
 * refreshes that same timer ever after: created on a fake clock, it would never fire again
 * in this process.
 */
function realFetchTimers(): Promise<void> {
  fetchTimersReal ??= (async () => {
    const server = createServer((_request, response) => response.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await (await globalThis.fetch(`http://127.0.0.1:${port}/`)).arrayBuffer();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  })();
  return fetchTimersReal;
}
