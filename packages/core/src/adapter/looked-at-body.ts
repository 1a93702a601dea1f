/**
 * The body stream of a watched JSON response that someone looked at (`response.body`) before
 * anyone read it. Looking is not reading: Anthropic's SDK takes every response's body to
 * register it for clean-up, then reads the response with `json()`. So the stream handed out
 * is the provider's own, with only its reading methods watched: the first one called decides
 * how it is read (see `parsed-body.ts`), and a look alone costs one prototype swap.
 */

/** How a looked-at body is read: from the kit's own read of it, or natively. */
export type BodyToRead = 'answered' | 'native';

type Body = ReadableStream<Uint8Array>;

const responseKey: unique symbol = Symbol('tollgate.looked-at-body');
const streamPrototype = ReadableStream.prototype;

type LookedAt = Body & { [responseKey]: Response };

/** How a looked-at body of a response is read (see `setBodyReading`). */
export interface BodyReading {
  /** A reading method was called: start the kit's read if nobody read the body yet. */
  read(response: Response): BodyToRead;
  /** How it is read now, starting nothing (for `locked`). */
  now(response: Response): BodyToRead;
}

let reading: BodyReading = { read: () => 'native', now: () => 'native' };

/** Set once by `parsed-body.ts`, which owns the watch of each response. */
export function setBodyReading(owner: BodyReading): void {
  reading = owner;
}

/** The stream a reading method works on: the kit's answered body, or the body itself. */
function target(body: LookedAt, how: BodyToRead): Body {
  return how === 'answered' ? (body[responseKey].body as Body) : body;
}

const methodNames = [
  'getReader',
  'cancel',
  'tee',
  'pipeTo',
  'pipeThrough',
  'values',
  Symbol.asyncIterator,
] as const;

const watchedMethods: Record<PropertyKey, PropertyDescriptor> = {
  locked: {
    configurable: true,
    get(this: LookedAt) {
      const body = target(this, reading.now(this[responseKey]));
      return Reflect.get(streamPrototype, 'locked', body) as boolean;
    },
  },
};
for (const name of methodNames) {
  const native: unknown = Reflect.get(streamPrototype, name);
  if (typeof native !== 'function') continue;
  watchedMethods[name] = {
    configurable: true,
    value(this: LookedAt, ...args: unknown[]) {
      return native.apply(target(this, reading.read(this[responseKey])), args);
    },
  };
}

/** `ReadableStream`'s prototype with the reading methods above in front. */
const lookedAtPrototype: Body = Object.create(
  streamPrototype,
  watchedMethods as PropertyDescriptorMap,
);

/**
 * The body of `response`, watched as described above (the same stream on every look), or
 * `null` for a response without a body. `nativeBody` reads the response's own body.
 */
export function lookedAtBody(
  response: Response,
  nativeBody: (response: Response) => Body | null,
): Body | null {
  const body = nativeBody(response) as (Body & { [responseKey]?: Response }) | null;
  if (body === null || body[responseKey] !== undefined) return body;
  // A plain store of a symbol key (invisible to JSON, `for...in` and `Object.keys`), not
  // `defineProperty`: the Anthropic SDK looks at every response's body.
  body[responseKey] = response;
  Object.setPrototypeOf(body, lookedAtPrototype);
  return body;
}
