/**
 * How a response whose SSE body a `WatchedBody` observes is read: the body object stays the
 * provider's own, and the body's and the response's reading methods go through the watcher.
 * Each is swapped to a shared prototype and given one field (its state): two prototype swaps
 * per call instead of fifteen properties and their closures.
 */
import { keepForeignBody } from './foreign-response.js';

/**
 * What the reading methods need of the body's watcher (`WatchedBody`, which installs them):
 * declared here rather than imported, so the two modules do not import each other.
 */
export interface BodyWatcher {
  /** True once anyone has read from the body (for `bodyUsed`). */
  readonly disturbed: boolean;
  reader(body: ReadableStream<Uint8Array>, anchor: object): ReadableStreamDefaultReader<Uint8Array>;
  iterator(
    body: ReadableStream<Uint8Array>,
    anchor: object,
    preventCancel: boolean,
  ): AsyncIterableIterator<Uint8Array>;
  cancel(
    body: ReadableStream<Uint8Array>,
    inner: ReadableStreamDefaultReader<Uint8Array> | undefined,
    reason: unknown,
  ): Promise<void>;
  readAll(body: ReadableStream<Uint8Array>, anchor: object): Promise<Uint8Array>;
  streamOf(body: ReadableStream<Uint8Array>, anchor: object): ReadableStream<Uint8Array>;
}

/** The options `pipeTo` and `pipeThrough` take, passed on as given. */
type PipeOptions = Parameters<ReadableStream<Uint8Array>['pipeTo']>[1];

const streamPrototype = ReadableStream.prototype;
const stateKey: unique symbol = Symbol('tollgate.watched');
const anchorKey: unique symbol = Symbol('tollgate.anchor');

/** A body that keeps the call's anchor once someone took it from its response. */
type AnchoringBody = ReadableStream<Uint8Array> & { [anchorKey]?: object | undefined };

/**
 * A reader took the body's lock: until it releases it, nobody but that reader can read the
 * body, so the body stops keeping the call's anchor (the reader keeps it). The provider's
 * connection holds a body it has not finished sending, and a reader dropped with the lock
 * held (a framework that stops iterating the SDK's stream without `return()`) would otherwise
 * keep the call held until its deadline. Returns what the body kept, for `bodyUnlocked`.
 */
export function bodyLocked(body: ReadableStream<Uint8Array>): object | undefined {
  const kept = (body as AnchoringBody)[anchorKey];
  if (kept !== undefined) (body as AnchoringBody)[anchorKey] = undefined;
  return kept;
}

/** The reader released the lock: whoever holds the body can read it again, so it keeps `kept`. */
export function bodyUnlocked(body: ReadableStream<Uint8Array>, kept: object | undefined): void {
  if (kept !== undefined) (body as AnchoringBody)[anchorKey] = kept;
}

/** What a watched response keeps: its watcher, its body, and the call's anchor (strongly). */
interface ResponseState {
  readonly watched: BodyWatcher;
  readonly body: ReadableStream<Uint8Array>;
  readonly anchor: object;
}

/**
 * What a watched body keeps: its watcher, and the call's anchor weakly. The provider's
 * connection holds the body while it streams, and that alone must not keep the call from
 * counting as dropped; each reader handed out keeps the anchor instead.
 */
interface BodyState {
  readonly watched: BodyWatcher;
  readonly anchor: WeakRef<object>;
}

type WatchedResponse = Response & { [stateKey]: ResponseState };
type WatchedStream = ReadableStream<Uint8Array> & { [stateKey]: BodyState };

/** Once the anchor is gone the call was charged as dropped; a late reader still reads. */
function anchorOf(body: WatchedStream): object {
  return body[stateKey].anchor.deref() ?? {};
}

function iterate(
  this: WatchedStream,
  options?: { preventCancel?: boolean },
): AsyncIterableIterator<Uint8Array> {
  return this[stateKey].watched.iterator(this, anchorOf(this), options?.preventCancel === true);
}

/** A stream over the watched reads, for the methods that need a real one. */
function streamOf(body: WatchedStream): ReadableStream<Uint8Array> {
  return body[stateKey].watched.streamOf(body, anchorOf(body));
}

const bodyPrototype: ReadableStream<Uint8Array> = Object.create(streamPrototype, {
  getReader: {
    configurable: true,
    value(this: WatchedStream, options?: { mode?: 'byob' }) {
      // A BYOB reader fails as it would on this body; the watcher reads by default.
      if (options?.mode !== undefined) return streamPrototype.getReader.call(this, options);
      return this[stateKey].watched.reader(this, anchorOf(this));
    },
  },
  values: { configurable: true, value: iterate },
  [Symbol.asyncIterator]: { configurable: true, value: iterate },
  tee: {
    configurable: true,
    value(this: WatchedStream) {
      return streamOf(this).tee();
    },
  },
  pipeTo: {
    configurable: true,
    value(this: WatchedStream, destination: WritableStream<Uint8Array>, options?: PipeOptions) {
      return streamOf(this).pipeTo(destination, options);
    },
  },
  pipeThrough: {
    configurable: true,
    value(
      this: WatchedStream,
      transform: Parameters<ReadableStream<Uint8Array>['pipeThrough']>[0],
      options?: PipeOptions,
    ) {
      return streamOf(this).pipeThrough(transform, options);
    },
  },
  cancel: {
    configurable: true,
    value(this: WatchedStream, reason?: unknown) {
      // A locked body refuses, as it would; otherwise the call ends as interrupted.
      if (this.locked) return streamPrototype.cancel.call(this, reason);
      return this[stateKey].watched.cancel(this, undefined, reason);
    },
  },
});

/** The whole body of a watched response, read through its watcher. */
function readAll(response: WatchedResponse): Promise<Uint8Array> {
  const { watched, body, anchor } = response[stateKey];
  return watched.readAll(body, anchor);
}

/** A response method answering with the whole body, as `convert` makes it. */
function readAllAs<T>(convert: (bytes: Uint8Array) => T): PropertyDescriptor {
  return {
    configurable: true,
    async value(this: WatchedResponse) {
      return convert(await readAll(this));
    },
  };
}

const decoder = new TextDecoder();
const textOf = (bytes: Uint8Array): string => decoder.decode(bytes);

/** The response's reading methods, read through the watcher (on a prototype made on first use). */
const responseMethods: PropertyDescriptorMap = {
  body: {
    configurable: true,
    get(this: WatchedResponse) {
      const { body, anchor } = this[stateKey];
      // Whoever holds the body alone can still read it: it keeps the anchor from now on. A
      // plain store (the SDK reads `body` more than once per call; a symbol key is invisible
      // to JSON, `for...in` and `Object.keys`).
      (body as ReadableStream<Uint8Array> & { [anchorKey]?: object })[anchorKey] = anchor;
      return body;
    },
  },
  // The SDK (and its middleware check) sees the body as used once a reader holds it.
  bodyUsed: {
    configurable: true,
    get(this: WatchedResponse) {
      const { watched, body } = this[stateKey];
      return watched.disturbed || body.locked;
    },
  },
  text: readAllAs(textOf),
  json: readAllAs((bytes) => JSON.parse(textOf(bytes)) as unknown),
  // A single chunk may be a view into a larger buffer: the answer is its own copy.
  arrayBuffer: readAllAs((bytes) => bytes.slice().buffer),
  bytes: readAllAs((bytes) => bytes),
  blob: {
    configurable: true,
    async value(this: WatchedResponse) {
      const bytes = await readAll(this);
      return new Blob([bytes], { type: this.headers.get('content-type') ?? '' });
    },
  },
  clone: {
    configurable: true,
    value(this: WatchedResponse) {
      const { watched, body, anchor } = this[stateKey];
      // Both copies read through the watcher, so the call is charged once, as it is read.
      const [own, copy] = watched.streamOf(body, anchor).tee();
      readThrough(this, own);
      return new Response(copy, {
        status: this.status,
        statusText: this.statusText,
        headers: this.headers,
      });
    },
  },
};

/** Made on first use: the first touch of `Response` loads Node's fetch, which an import must not cost. */
let responsePrototype: Response | undefined;

/**
 * Makes `response` (the SDK's own object) read `body` through `watched`, and its body
 * methods too. The response holds `anchor` (the call's liveness, see `WatchedBody`).
 * Nothing is read until someone reads.
 */
export function installWatchedBody(
  response: Response,
  watched: BodyWatcher,
  body: ReadableStream<Uint8Array>,
  anchor: object,
): void {
  // Plain stores of symbol keys, not `defineProperty`: one inline-cache step each per call.
  (response as WatchedResponse)[stateKey] = { watched, body, anchor };
  (body as WatchedStream)[stateKey] = { watched, anchor: new WeakRef(anchor) };
  Object.setPrototypeOf(body, bodyPrototype);
  if (!(response instanceof Response)) {
    installOnForeign(response, body);
    return;
  }
  responsePrototype ??= Object.create(Response.prototype, responseMethods) as Response;
  Object.setPrototypeOf(response, responsePrototype);
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

/**
 * Another fetch's response (see `foreign-response.ts`): `Response.prototype`'s getters would
 * refuse it, so it gets the reading methods as its own; a body that is no web stream stays
 * its body (see `keepForeignBody`).
 */
function installOnForeign(response: Response, stream: ReadableStream<Uint8Array>): void {
  const own: unknown = response.body;
  Object.defineProperties(response, responseMethods);
  keepForeignBody(response, own, stream, (body) => {
    // Whoever holds the body alone can still read it (see `responseMethods.body`).
    (body as { [anchorKey]?: object })[anchorKey] = (response as WatchedResponse)[stateKey].anchor;
  });
}
