/**
 * Responses that are not the platform's own `Response`: a client given another fetch
 * (the `undici` package's own, `node-fetch`, a hand-made Response-like object) gets them.
 * The platform's getters and methods refuse such an object, and swapping its prototype for
 * one built on `Response.prototype` would break every read, so the kit watches them per
 * object instead: its reading members are shadowed by own properties that read through the
 * object's own, and put back once the kit is done with them. Rare enough that defining a
 * few properties per call costs nothing that matters.
 */

/** A response's members that read its body. */
export type ReadingMember = 'json' | 'text' | 'arrayBuffer' | 'blob' | 'bytes' | 'clone' | 'body';

const readingMembers: readonly ReadingMember[] = [
  'json',
  'text',
  'arrayBuffer',
  'blob',
  'bytes',
  'clone',
  'body',
];

/** Where `key` is defined on `object` or its prototypes, as it is defined there. */
function descriptorOf(object: object, key: PropertyKey): PropertyDescriptor | undefined {
  for (let at: object | null = object; at !== null; at = Object.getPrototypeOf(at)) {
    const descriptor = Object.getOwnPropertyDescriptor(at, key);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

/**
 * The reading members of one foreign response as it had them, before the kit shadowed
 * them: called through here, they read the body the way the response's own fetch does.
 */
export class ForeignReading {
  readonly #response: object;
  /** Each shadowed member as the response had it (on itself or a prototype). */
  readonly #found = new Map<ReadingMember, PropertyDescriptor>();
  /** The response's own descriptor of each shadowed member, if it had one, to put back. */
  readonly #own = new Map<ReadingMember, PropertyDescriptor | undefined>();

  /**
   * Shadows the members of `response` that `watched` describes and the response has (a
   * Response-like object may lack some: they stay missing).
   */
  constructor(
    response: object,
    watched: Readonly<Partial<Record<ReadingMember, PropertyDescriptor>>>,
  ) {
    this.#response = response;
    const shadows: PropertyDescriptorMap = {};
    for (const member of readingMembers) {
      const found = descriptorOf(response, member);
      const shadow = watched[member];
      if (found === undefined || shadow === undefined) continue;
      this.#found.set(member, found);
      this.#own.set(member, Object.getOwnPropertyDescriptor(response, member));
      shadows[member] = shadow;
    }
    Object.defineProperties(response, shadows);
  }

  /** Calls the response's own method `member`. */
  call(member: Exclude<ReadingMember, 'body'>): unknown {
    const method: unknown = this.#found.get(member)?.value;
    if (typeof method !== 'function') {
      throw new TypeError(`The response has no ${member}() method to read its body with`);
    }
    return method.call(this.#response);
  }

  /** Puts the response's own members back: reads go to them directly from now on. */
  restore(): void {
    for (const [member, own] of this.#own) {
      if (own === undefined) Reflect.deleteProperty(this.#response, member);
      else Object.defineProperty(this.#response, member, own);
    }
    this.#own.clear();
  }
}

/**
 * The body of a foreign response as a stream the kit can watch: the body itself when it is
 * the platform's `ReadableStream` (the `undici` package's is), a stream over it when it is
 * only async-iterable (node-fetch's is a Node.js stream), or `null` when it is neither.
 */
export function foreignStream(response: Response): ReadableStream<Uint8Array> | null {
  const body: unknown = response.body;
  if (body instanceof ReadableStream) return body as ReadableStream<Uint8Array>;
  if (isAsyncIterable(body)) return ReadableStream.from(body);
  return null;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function'
  );
}

/**
 * Serves `stream` (the watched one) as the body of a foreign response whose own body,
 * `own`, is no web stream (node-fetch's Node.js stream). That body stays the response's
 * body, since the fetch itself still errors or destroys it through `response.body` on an
 * abort or a cut; its async iterator, how the SDKs read it, reads `stream` instead.
 * `looked` is told each time someone takes the body. Nothing to do when `own` is `stream`.
 */
export function keepForeignBody(
  response: object,
  own: unknown,
  stream: ReadableStream<Uint8Array>,
  looked?: (body: object) => void,
): void {
  if (own === stream || typeof own !== 'object' || own === null) return;
  Object.defineProperty(own, Symbol.asyncIterator, {
    configurable: true,
    value: () => stream.values(),
  });
  Object.defineProperty(response, 'body', {
    configurable: true,
    get() {
      looked?.(own);
      return own;
    },
  });
}
