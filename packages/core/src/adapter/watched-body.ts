import { joinBytes } from './join-bytes.js';
import type { ServerSentEvent } from './sse-events.js';
import type { ScannerFactory, StreamScanner } from './stream-scanner.js';
import type { ResponseObserver } from './types.js';

/** What a stream watcher tells its owner. */
export interface StreamWatch {
  /**
   * The stream ended (`complete`) or broke (`interrupted`: a read error, or the caller
   * cancelled), with whether the observer failed on some event. Awaited before the caller
   * sees the end.
   */
  end(how: 'complete' | 'interrupted', observerFailed: boolean): Promise<void>;
  /** Nobody can read the stream any more: it was garbage-collected before it ended. */
  abandoned(): void;
}

type Chunk = Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>;

/** The options `pipeTo` and `pipeThrough` take, passed on as given. */
type PipeOptions = Parameters<ReadableStream<Uint8Array>['pipeTo']>[1];

const prototypeOf = ReadableStream.prototype;

/**
 * Streams whose response was dropped unread: their watcher is told and the body is
 * cancelled, which closes the connection. The registered object is the call's `anchor`,
 * held by the response and by every reader handed out, and by the body once someone took
 * it from the response: while any of them can still be read, the anchor lives. The
 * watcher (the held value) must never reach the anchor, so it holds the body, its reader
 * and its stream only weakly.
 */
const dropped = new FinalizationRegistry<WatchedBody>((watched) => watched.abandon());

/**
 * An SSE body observed as its reader pulls it, with no second stream: the body stays the
 * object the provider's response made (a new `ReadableStream` costs more than the rest of
 * the call's metering on Node 20), and its reading methods are answered by a reader that
 * reads the original, shows each event to the observer, and passes the bytes on untouched
 * (only an event the observer hides is cut out).
 */
export class WatchedBody {
  readonly #body: WeakRef<ReadableStream<Uint8Array>>;
  readonly #watch: StreamWatch;
  readonly #scanner: StreamScanner;
  /** Bytes the scanner passed on and no read has returned yet. */
  readonly #queue: Uint8Array[] = [];
  #observerFailed = false;
  #ended = false;
  /** True once anyone has read from the body: `bodyUsed` stays true, as a read body's does. */
  #disturbed = false;
  /** The original body's latest reader, to cancel it if the call is abandoned. */
  #inner: WeakRef<ReadableStreamDefaultReader<Uint8Array>> | undefined;
  /** A stream over the watched reads, made only for `tee`, `pipeTo` and `pipeThrough`. */
  #stream: WeakRef<ReadableStream<Uint8Array>> | undefined;

  /**
   * `scan` reads the body's framing (server-sent events unless told otherwise); framing it
   * cannot read counts as an observer failure (the call is charged its hold).
   */
  constructor(
    body: ReadableStream<Uint8Array>,
    observer: ResponseObserver,
    scan: ScannerFactory,
    watch: StreamWatch,
  ) {
    this.#body = new WeakRef(body);
    this.#watch = watch;
    // An observer that fails on an event must not break the caller's stream: the event is
    // passed on, and the call is charged its hold (the most it could cost) at the end.
    this.#scanner = scan(
      (event: ServerSentEvent) => {
        if (this.#observerFailed) return true;
        try {
          return observer.event(event);
        } catch {
          this.#observerFailed = true;
          return true;
        }
      },
      (bytes) => this.#queue.push(bytes),
      () => {
        this.#observerFailed = true;
      },
    );
  }

  /**
   * Makes `response` (the SDK's own object) read its body through this watcher, and its
   * body methods too. Nothing is read until someone reads.
   */
  install(response: Response): void {
    const anchor = {};
    const body = this.#body.deref() as ReadableStream<Uint8Array>;
    Object.defineProperty(response, anchorKey, { value: anchor });
    Object.defineProperties(body, this.#bodyMethods(body, new WeakRef(anchor)));
    Object.defineProperty(response, 'body', {
      configurable: true,
      get() {
        // Whoever holds the body alone can still read it: it keeps the anchor from now on.
        Object.defineProperty(body, anchorKey, { configurable: true, value: anchor });
        return body;
      },
    });
    Object.defineProperties(response, {
      // The SDK (and its middleware check) sees the body as used once a reader holds it.
      bodyUsed: { configurable: true, get: () => this.#disturbed || body.locked },
      text: { configurable: true, value: async () => textOf(await this.#readAll(body, anchor)) },
      json: {
        configurable: true,
        value: async () => JSON.parse(textOf(await this.#readAll(body, anchor))),
      },
      arrayBuffer: {
        configurable: true,
        // A single chunk may be a view into a larger buffer: the answer is its own copy.
        value: async () => (await this.#readAll(body, anchor)).slice().buffer,
      },
      bytes: { configurable: true, value: async () => this.#readAll(body, anchor) },
      blob: {
        configurable: true,
        value: async () =>
          new Blob([await this.#readAll(body, anchor)], {
            type: response.headers.get('content-type') ?? '',
          }),
      },
      clone: {
        configurable: true,
        value: () => {
          // Both copies read through the watcher, so the call is charged once, as it is read.
          const [own, copy] = this.#streamOf(body, anchor).tee();
          readThrough(response, own);
          return new Response(copy, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
        },
      },
    });
    dropped.register(anchor, this, this);
  }

  /**
   * The body's reading methods, answered through the watcher; each reader keeps the anchor.
   * They hold it weakly: the provider's connection holds the body while it streams, and
   * that alone must not keep the call from counting as dropped.
   */
  #bodyMethods(
    body: ReadableStream<Uint8Array>,
    anchorRef: WeakRef<object>,
  ): PropertyDescriptorMap {
    const watched = this;
    // Once the anchor is gone the call was charged as dropped; a late reader still reads.
    const anchorOf = () => anchorRef.deref() ?? {};
    const iterate = (options?: { preventCancel?: boolean }) =>
      watched.#iterator(body, anchorOf(), options?.preventCancel === true);
    return {
      getReader: {
        configurable: true,
        value(options?: { mode?: 'byob' }) {
          // A BYOB reader fails as it would on this body; the watcher reads by default.
          if (options?.mode !== undefined) return prototypeOf.getReader.call(this, options);
          return watched.#reader(body, anchorOf());
        },
      },
      values: { configurable: true, value: iterate },
      [Symbol.asyncIterator]: { configurable: true, value: iterate },
      tee: { configurable: true, value: () => watched.#streamOf(body, anchorOf()).tee() },
      pipeTo: {
        configurable: true,
        value: (destination: WritableStream<Uint8Array>, options?: PipeOptions) =>
          watched.#streamOf(body, anchorOf()).pipeTo(destination, options),
      },
      pipeThrough: {
        configurable: true,
        value: (
          transform: Parameters<ReadableStream<Uint8Array>['pipeThrough']>[0],
          options?: PipeOptions,
        ) => watched.#streamOf(body, anchorOf()).pipeThrough(transform, options),
      },
      cancel: {
        configurable: true,
        value(this: ReadableStream<Uint8Array>, reason?: unknown) {
          // A locked body refuses, as it would; otherwise the call ends as interrupted.
          if (this.locked) return prototypeOf.cancel.call(this, reason);
          return watched.#cancel(body, undefined, reason);
        },
      },
    };
  }

  /** A default reader of the watched body (the original is locked while it is held). */
  #reader(
    body: ReadableStream<Uint8Array>,
    anchor: object,
  ): ReadableStreamDefaultReader<Uint8Array> {
    const inner = prototypeOf.getReader.call(body) as ReadableStreamDefaultReader<Uint8Array>;
    this.#inner = new WeakRef(inner);
    const reader = {
      // Keeps the anchor alive for as long as the reader is: it can still read.
      anchor,
      closed: inner.closed,
      read: () => this.#read(inner),
      releaseLock: () => inner.releaseLock(),
      cancel: (reason?: unknown) => this.#cancel(body, inner, reason),
    };
    return reader as unknown as ReadableStreamDefaultReader<Uint8Array>;
  }

  #iterator(
    body: ReadableStream<Uint8Array>,
    anchor: object,
    preventCancel: boolean,
  ): AsyncIterableIterator<Uint8Array> {
    const reader = this.#reader(body, anchor);
    return {
      async next() {
        let result: Chunk;
        try {
          result = await reader.read();
        } catch (error) {
          reader.releaseLock();
          throw error;
        }
        if (result.done) reader.releaseLock();
        return result as IteratorResult<Uint8Array>;
      },
      async return(value?: unknown) {
        if (!preventCancel) await reader.cancel(value);
        reader.releaseLock();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /**
   * The next bytes to pass on. Reads on until there are some: a chunk holding half an event
   * (or only a hidden one) gives the caller nothing yet.
   */
  async #read(inner: ReadableStreamDefaultReader<Uint8Array>): Promise<Chunk> {
    this.#disturbed = true;
    for (;;) {
      const queued = this.#queue.shift();
      if (queued !== undefined) return { done: false, value: queued };
      let result: Chunk;
      try {
        result = await inner.read();
      } catch (error) {
        await this.#end('interrupted');
        throw error;
      }
      if (result.done) {
        this.#scanner.flush();
        if (this.#queue.length > 0) continue;
        // Settled before the caller sees the end, so status() is exact after the loop.
        await this.#end('complete');
        return result;
      }
      this.#scanner.push(result.value);
    }
  }

  async #cancel(
    body: ReadableStream<Uint8Array>,
    inner: ReadableStreamDefaultReader<Uint8Array> | undefined,
    reason: unknown,
  ): Promise<void> {
    await this.#end('interrupted');
    if (inner !== undefined) {
      try {
        await inner.cancel(reason);
        return;
      } catch {
        // Released: the body is cancelled itself below.
      }
    }
    if (!body.locked) await prototypeOf.cancel.call(body, reason);
  }

  /** The whole body, read through the watcher (for `text()`, `json()` and the like). */
  async #readAll(body: ReadableStream<Uint8Array>, anchor: object): Promise<Uint8Array> {
    const reader = this.#reader(body, anchor);
    const chunks: Uint8Array[] = [];
    try {
      for (let result = await reader.read(); !result.done; result = await reader.read())
        chunks.push(result.value);
    } finally {
      reader.releaseLock();
    }
    return joinBytes(chunks);
  }

  /** A stream over the watched reads, for the methods that need a real one. */
  #streamOf(body: ReadableStream<Uint8Array>, anchor: object): ReadableStream<Uint8Array> {
    const made = this.#stream?.deref();
    if (made !== undefined) return made;
    const reader = this.#reader(body, anchor);
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const result = await reader.read();
          if (result.done) controller.close();
          else controller.enqueue(result.value);
        } catch (error) {
          controller.error(error);
        }
      },
      cancel: (reason) => reader.cancel(reason),
    });
    this.#stream = new WeakRef(stream);
    return stream;
  }

  #end(how: 'complete' | 'interrupted'): Promise<void> {
    if (this.#ended) return Promise.resolve();
    this.detach();
    return this.#watch.end(how, this.#observerFailed);
  }

  /** The call ended some other way (its deadline): nothing more is watched for it. */
  detach(): void {
    this.#ended = true;
    dropped.unregister(this);
  }

  /** Nobody can read the body any more: the call is told, and the connection closed. */
  abandon(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#watch.abandoned();
    const inner = this.#inner?.deref();
    const body = this.#body.deref();
    const cancelled =
      inner?.cancel() ?? (body === undefined ? undefined : prototypeOf.cancel.call(body));
    cancelled?.catch(() => undefined);
  }
}

/** Makes `response` read its body from `stream` (its branch of a `clone()`). */
function readThrough(response: Response, stream: ReadableStream<Uint8Array>): void {
  const through = (name: 'text' | 'json' | 'arrayBuffer' | 'blob') => ({
    configurable: true,
    value: () => new Response(stream, { headers: response.headers })[name](),
  });
  Object.defineProperties(response, {
    body: { configurable: true, value: stream },
    bodyUsed: { configurable: true, get: () => stream.locked },
    text: through('text'),
    json: through('json'),
    arrayBuffer: through('arrayBuffer'),
    blob: through('blob'),
    bytes: {
      configurable: true,
      value: async () =>
        new Uint8Array(await new Response(stream, { headers: response.headers }).arrayBuffer()),
    },
  });
}

const anchorKey: unique symbol = Symbol('tollgate.anchor');
const decoder = new TextDecoder();

function textOf(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
