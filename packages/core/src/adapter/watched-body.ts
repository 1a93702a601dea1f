import { checkedVerdict } from './event-verdict.js';
import { joinBytes } from './join-bytes.js';
import type { ServerSentEvent } from './sse-events.js';
import { firstEventEnd } from './sse-scanner.js';
import type { ScannerFactory, StreamScanner } from './stream-scanner.js';
import type { StreamWatch } from './stream-watch.js';
import type { EventVerdict, ResponseObserver } from './types.js';
import {
  type BodyWatcher,
  bodyLocked,
  bodyUnlocked,
  installWatchedBody,
} from './watched-response.js';

type Chunk = Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>;

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
 * (only an event the observer hides is cut out, or one it cuts a member from is passed
 * on without it).
 */
export class WatchedBody implements BodyWatcher {
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
  /** The rest of the first chunk the provider sent, scanned on the next read (see `#push`). */
  #backlog: Uint8Array | undefined;
  #firstChunk = true;
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
      (event: ServerSentEvent): EventVerdict => {
        if (this.#observerFailed) return true;
        try {
          return checkedVerdict(observer, event);
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
    installWatchedBody(response, this, this.#body.deref() as ReadableStream<Uint8Array>, anchor);
    dropped.register(anchor, this, this);
  }

  /** True once anyone has read from the body (kit-internal, for `bodyUsed`). */
  get disturbed(): boolean {
    return this.#disturbed;
  }

  /** A default reader of the watched body (the original is locked while it is held). */
  reader(
    body: ReadableStream<Uint8Array>,
    anchor: object,
  ): ReadableStreamDefaultReader<Uint8Array> {
    const inner = prototypeOf.getReader.call(body) as ReadableStreamDefaultReader<Uint8Array>;
    this.#inner = new WeakRef(inner);
    const kept = bodyLocked(body);
    const reader = {
      // Keeps the anchor alive for as long as the reader is: it can still read.
      anchor,
      closed: inner.closed,
      read: () => this.#read(inner),
      releaseLock: () => {
        inner.releaseLock();
        bodyUnlocked(body, kept);
      },
      cancel: (reason?: unknown) => this.cancel(body, inner, reason),
    };
    return reader as unknown as ReadableStreamDefaultReader<Uint8Array>;
  }

  /** An async iterator over the watched reads (`values()` and `for await`). */
  iterator(
    body: ReadableStream<Uint8Array>,
    anchor: object,
    preventCancel: boolean,
  ): AsyncIterableIterator<Uint8Array> {
    const reader = this.reader(body, anchor);
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
      const backlog = this.#backlog;
      if (backlog !== undefined) {
        this.#backlog = undefined;
        this.#scanner.push(backlog);
        continue;
      }
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
      this.#push(result.value);
    }
  }

  /**
   * Scans a chunk the provider sent. The first is scanned only to the end of its first event:
   * a short answer often arrives whole in one chunk, and the caller gets its first event
   * without waiting for every other event in it to be observed (the next read does that).
   */
  #push(chunk: Uint8Array): void {
    if (this.#firstChunk) {
      this.#firstChunk = false;
      const end = firstEventEnd(chunk);
      if (end !== -1 && end < chunk.length) {
        this.#scanner.push(chunk.subarray(0, end));
        this.#backlog = chunk.subarray(end);
        return;
      }
    }
    this.#scanner.push(chunk);
  }

  /** Ends the call as interrupted and cancels the body (through `inner` when it holds it). */
  async cancel(
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

  /**
   * The caller aborted the call while its stream was open: it ends as interrupted (charged
   * what was consumed) and the body is cancelled, closing the connection as the raw SDK's
   * abort does, whether or not the caller ever reads or cancels the stream again (a
   * framework racing a read against the signal drops the stream without either).
   */
  interrupt(reason: unknown): void {
    void this.#end('interrupted');
    // A body read through a reader is locked, so only that reader can cancel it; a body not
    // read yet is cancelled by the SDK's own abort.
    this.#inner
      ?.deref()
      ?.cancel(reason)
      .catch(() => undefined);
  }

  /** The whole body, read through the watcher (for `text()`, `json()` and the like). */
  async readAll(body: ReadableStream<Uint8Array>, anchor: object): Promise<Uint8Array> {
    const reader = this.reader(body, anchor);
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
  streamOf(body: ReadableStream<Uint8Array>, anchor: object): ReadableStream<Uint8Array> {
    const made = this.#stream?.deref();
    if (made !== undefined) return made;
    const reader = this.reader(body, anchor);
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
    this.#observeBacklog();
    this.detach();
    return this.#watch.end(how, this.#observerFailed);
  }

  /**
   * Shows the observer the rest of the first chunk, which arrived but was not scanned yet: a
   * caller who stops after the first event of a stream that came in one chunk has received
   * its usage too, and the call is charged from it. Observed only, never delivered: nobody
   * reads on, and an event the observer hides stays hidden.
   */
  #observeBacklog(): void {
    const backlog = this.#backlog;
    if (backlog === undefined) return;
    this.#backlog = undefined;
    const queued = this.#queue.length;
    this.#scanner.push(backlog);
    this.#queue.length = queued;
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
