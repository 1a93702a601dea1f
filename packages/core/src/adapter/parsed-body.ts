/**
 * A JSON body charged from the SDK's own read of it: no second read, no second parse. The
 * response keeps its body; its reading methods are wrapped so the first read also hands
 * what it read to the call. A response nobody has read by the end of the turn it arrived in
 * (a call nobody awaits) is read by the kit instead, so it is still charged exactly.
 */

import { ForeignReading } from './foreign-response.js';
import { type BodyToRead, lookedAtBody, setBodyReading } from './looked-at-body.js';

/** What a watched JSON body tells the call it belongs to. */
export interface ParsedBodyOwner {
  /** The body was read and parsed (`null` for an empty body): charge it, then let the reader go on. */
  parsed(value: unknown): Promise<void>;
  /** The body was read but is not JSON: charge the hold. */
  unreadable(): Promise<void>;
  /** The read broke off. */
  readFailed(error: unknown): void;
  /** Nobody read the body in time, or someone wants it as a stream: the kit reads it itself. */
  readItself(response: Response): void;
}

interface Watch {
  readonly owner: ParsedBodyOwner;
  taken: boolean;
  /** True once the kit read the body itself: every reading method answers from its read. */
  answered: boolean;
  /** The response's own reading members, when it is not the platform's `Response`. */
  readonly foreign: ForeignReading | undefined;
}

const watchKey: unique symbol = Symbol('tollgate.parsed-body');

/** The watch of a watched response, if it is one. */
function watchOf(response: Response): Watch | undefined {
  return (response as Response & { [watchKey]?: Watch })[watchKey];
}
const decoder = new TextDecoder();

/** The first reader of the body: true once, for whoever reads it first. */
function take(response: Response): Watch | undefined {
  const watch = watchOf(response);
  if (watch === undefined || watch.taken) return undefined;
  watch.taken = true;
  return watch;
}

/**
 * Reads the body with the response's own method `name`, then charges the call from what
 * was read: `parse` turns it into the parsed body; a body that is not JSON was still read
 * whole, so the call was served: it is charged its hold.
 */
async function readThen<T>(
  response: Response,
  name: 'json' | 'text' | 'arrayBuffer',
  parse: (value: T) => unknown,
): Promise<T> {
  const watch = watchOf(response);
  const foreign = watch?.foreign;
  const read = () =>
    (foreign === undefined
      ? Response.prototype[name].call(response)
      : foreign.call(name)) as Promise<T>;
  if (watch === undefined || watch.taken) return read();
  watch.taken = true;
  let value: T;
  try {
    value = await read();
  } catch (error) {
    // `json()` of a body that is not JSON read it whole: the call was served.
    if (error instanceof SyntaxError) await watch.owner.unreadable();
    else watch.owner.readFailed(error);
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = parse(value);
  } catch {
    await watch.owner.unreadable();
    return value;
  }
  await watch.owner.parsed(parsed);
  return value;
}

const parseText = (text: string): unknown => (text === '' ? null : JSON.parse(text));
const parseBytes = (bytes: ArrayBuffer): unknown => parseText(decoder.decode(bytes));

/** The reading methods of every watched response (each finds its watch under `watchKey`). */
const readers: PropertyDescriptorMap = {
  json: {
    configurable: true,
    value(this: Response) {
      return readThen(this, 'json', (value: unknown) => value);
    },
  },
  text: {
    configurable: true,
    value(this: Response) {
      return readThen(this, 'text', parseText);
    },
  },
  arrayBuffer: {
    configurable: true,
    value(this: Response) {
      return readThen(this, 'arrayBuffer', parseBytes);
    },
  },
  blob: {
    configurable: true,
    async value(this: Response) {
      const bytes = await readThen(this, 'arrayBuffer', parseBytes);
      return new Blob([bytes], { type: this.headers.get('content-type') ?? '' });
    },
  },
  bytes: {
    configurable: true,
    async value(this: Response) {
      return new Uint8Array(await readThen(this, 'arrayBuffer', parseBytes));
    },
  },
  body: {
    configurable: true,
    get(this: Response) {
      const watch = watchOf(this);
      // Looked at before any read (Anthropic's SDK registers it for clean-up): the body as it
      // is, with only its reading methods watched, so only a read makes the kit read it. A
      // foreign response's body may be no web stream at all: the kit reads it at once.
      if (watch !== undefined && !watch.taken && watch.foreign === undefined)
        return lookedAtBody(this, nativeBody);
      readItself(this);
      return this.body;
    },
  },
  clone: {
    configurable: true,
    value(this: Response) {
      readItself(this);
      return this.clone();
    },
  },
};

/**
 * The prototype a watched response takes: `Response`'s, with the reading methods above in
 * front. Swapping one prototype costs far less per call than defining seven properties on
 * each response, and putting `Response.prototype` back restores every native method at once.
 * Made on first use: the first touch of `Response` loads Node's fetch (15 ms and more), which
 * importing Tollgate must not cost.
 */
let watchedPrototype: Response | undefined;

/** Hands the body to the kit's own read, which answers every reading method from then on. */
function readItself(response: Response): void {
  const watch = take(response);
  if (watch === undefined) {
    // Already read by its first reader: the native getters and methods apply again.
    const foreign = watchOf(response)?.foreign;
    if (foreign === undefined) Object.setPrototypeOf(response, Response.prototype);
    else foreign.restore();
    return;
  }
  // The kit's read starts at once (its native read has taken the body's reader on return):
  // from then on, a body stream handed out earlier answers from that read too.
  watch.owner.readItself(response);
  watch.answered = true;
}

const nativeBody = (response: Response): ReadableStream<Uint8Array> | null =>
  Reflect.get(Response.prototype, 'body', response) as ReadableStream<Uint8Array> | null;

/**
 * How a body stream handed out before any read is read: through the kit's own read (started
 * now if nobody read the body yet), or natively when the SDK or a caller read it first.
 */
function bodyToRead(response: Response, start: boolean): BodyToRead {
  const watch = watchOf(response) as Watch;
  if (start && !watch.taken) readItself(response);
  return watch.answered ? 'answered' : 'native';
}

/**
 * Watches a JSON `response` for `owner`: the first read of its body (the SDK's `json()`,
 * or a caller's `text()`, `arrayBuffer()`) charges the call from what it read. If nobody
 * has read it once the current turn of the event loop is over, the kit reads it itself.
 */
export function watchParsedBody(response: Response, owner: ParsedBodyOwner): void {
  const native = response instanceof Response;
  // A plain store, not `defineProperty`: a symbol key is invisible to JSON, `for...in` and
  // `Object.keys`, and a store is one step of an inline cache on every call.
  (response as Response & { [watchKey]?: Watch })[watchKey] = {
    owner,
    taken: false,
    answered: false,
    foreign: native ? undefined : new ForeignReading(response, readers),
  };
  if (native) {
    watchedPrototype ??= Object.create(Response.prototype, readers) as Response;
    Object.setPrototypeOf(response, watchedPrototype);
  }
  setImmediate(readIfUnread, response);
}

/**
 * The end of the turn a response arrived in: read by the kit if nobody read it. Read already,
 * it keeps the watched prototype, whose methods answer natively once the body is taken; a
 * foreign response read by its first reader gets its own members back.
 */
function readIfUnread(response: Response): void {
  const watch = watchOf(response);
  if (watch?.taken === false) readItself(response);
  else if (watch?.answered === false) watch.foreign?.restore();
}

setBodyReading({
  read: (response) => bodyToRead(response, true),
  now: (response) => bodyToRead(response, false),
});
