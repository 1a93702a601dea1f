import { keepForeignBody } from './foreign-response.js';
/** A JSON body read once, in every form the SDK or its caller may ask for it. */
export interface ReadBody {
  bytes: Uint8Array;
  text: string;
  /** The parsed body, or the error `JSON.parse` threw (what `Response.json()` would reject with). */
  parsed: { ok: true; value: unknown } | { ok: false; error: unknown };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Reads a response's body to its end, once; rejects as `Response.arrayBuffer()` does if it breaks off. */
export async function readBody(response: Response): Promise<ReadBody> {
  // A Response-like object from a custom fetch may have no `arrayBuffer()`: its text, then.
  const bytes =
    typeof response.arrayBuffer === 'function'
      ? new Uint8Array(await response.arrayBuffer())
      : encoder.encode(await response.text());
  const text = decoder.decode(bytes);
  let parsed: ReadBody['parsed'];
  try {
    parsed = { ok: true, value: JSON.parse(text) };
  } catch (error) {
    parsed = { ok: false, error };
  }
  return { bytes, text, parsed };
}

const readKey: unique symbol = Symbol('tollgate.read');

type Answered = Response & { [readKey]: Promise<ReadBody> };

/** Responses whose body a caller has asked for through an answered method. */
const used = new WeakSet<Response>();

async function read(response: Response): Promise<ReadBody> {
  used.add(response);
  return (response as Answered)[readKey];
}

/**
 * The body methods of a response whose body Tollgate has read: each answers from what was
 * read, as the SDK's own `Response` would have, so the SDK keeps its own object. Shared by
 * every answered response (they find their body under `readKey`), so answering one costs no
 * closures.
 */
const answers: PropertyDescriptorMap = {
  // Tollgate's own read does not count: the SDK (and its middleware check, which refuses a
  // response whose body a middleware consumed) must see the body as unread until it reads it.
  bodyUsed: {
    configurable: true,
    get(this: Response) {
      return used.has(this);
    },
  },
  text: {
    configurable: true,
    async value(this: Response) {
      return (await read(this)).text;
    },
  },
  json: {
    configurable: true,
    async value(this: Response) {
      const { parsed } = await read(this);
      if (!parsed.ok) throw parsed.error;
      return parsed.value;
    },
  },
  arrayBuffer: {
    configurable: true,
    async value(this: Response) {
      return (await read(this)).bytes.slice().buffer;
    },
  },
  bytes: {
    configurable: true,
    async value(this: Response) {
      return (await read(this)).bytes.slice();
    },
  },
  blob: {
    configurable: true,
    async value(this: Response) {
      const type = this.headers.get('content-type') ?? '';
      return new Blob([(await read(this)).bytes], { type });
    },
  },
  body: {
    configurable: true,
    get(this: Response) {
      // Made only when someone reads the body as a stream (an `asResponse()` caller).
      const stream = streamOfRead(this);
      Object.defineProperty(this, 'body', { configurable: true, value: stream });
      return stream;
    },
  },
  clone: {
    configurable: true,
    value(this: Response) {
      return new Response(streamOfRead(this), initOf(this));
    },
  },
};

/**
 * A stream of the body read from `response`, or of the error its read broke off with. A
 * byte stream, as a fetch body is: a BYOB reader (`getReader({ mode: 'byob' })`) works on it.
 */
function streamOfRead(response: Response): ReadableStream<Uint8Array> {
  return new ReadableStream({
    type: 'bytes',
    async start(controller) {
      try {
        // Not `read()`: making the stream is not reading it (`bodyUsed` stays as it is).
        controller.enqueue((await (response as Answered)[readKey]).bytes.slice());
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

/** What a copy of `response` is made with, besides its body. */
function initOf(response: Response): ResponseInit {
  return { status: response.status, statusText: response.statusText, headers: response.headers };
}

/**
 * Makes `response` (the SDK's own object, not a copy) answer its body methods from `body`,
 * the read Tollgate made of it. A read that broke off rejects each of them with its error,
 * as the raw body would.
 */
export function answerFromRead(response: Response, body: Promise<ReadBody>): void {
  // Nobody may ask (a call nobody awaits): its failure must not surface as unhandled.
  body.catch(() => undefined);
  Object.defineProperty(response, readKey, { value: body });
  Object.defineProperties(response, answers);
}

/** A body method of a response whose body is a watched stream: read through that stream. */
function throughBody<Name extends 'text' | 'json' | 'arrayBuffer' | 'blob'>(
  name: Name,
): PropertyDescriptor {
  return {
    configurable: true,
    value(this: Response) {
      // A Response made only when asked (an `asResponse()` caller), reading the watched body.
      return new Response(this.body, { headers: this.headers })[name]();
    },
  };
}

const streamAnswers: PropertyDescriptorMap = {
  // The watcher pulls ahead from the original body, which marks it used; what the SDK sees
  // is the watched body, used once someone takes its reader.
  bodyUsed: {
    configurable: true,
    get(this: Response) {
      return (this.body as ReadableStream<Uint8Array>).locked;
    },
  },
  text: throughBody('text'),
  json: throughBody('json'),
  arrayBuffer: throughBody('arrayBuffer'),
  bytes: {
    configurable: true,
    async value(this: Response) {
      return new Uint8Array(await new Response(this.body).arrayBuffer());
    },
  },
  blob: throughBody('blob'),
  clone: {
    configurable: true,
    value(this: Response) {
      // Both copies read through the watched body, so the call is charged once, as it is read.
      const [own, copy] = (this.body as ReadableStream<Uint8Array>).tee();
      Object.defineProperty(this, 'body', { configurable: true, value: own });
      return new Response(copy, initOf(this));
    },
  },
};

/**
 * Makes `response` (the SDK's own object) serve `body` in place of its own: the SDK reads
 * `response.body`, and its body methods read through `body` too.
 */
export function answerFromStream(response: Response, body: ReadableStream<Uint8Array>): void {
  // Read off a plain object: where `Response` is the DOM's, a foreign one narrows to `never`.
  const own: unknown =
    response instanceof Response ? undefined : (response as object as { body?: unknown }).body;
  Object.defineProperty(response, 'body', { configurable: true, value: body });
  Object.defineProperties(response, streamAnswers);
  // Another fetch's body that is no web stream stays the body, read through `body`.
  if (own !== undefined) keepForeignBody(response, own, body);
}
