/**
 * A metered request's body as the SDK will send it, taken once as plain data.
 *
 * Why: the SDK sends `JSON.stringify(body)`, which honours `toJSON` and reads every getter
 * again. Measuring the caller's object and letting the SDK serialise it later measures one
 * request and sends another (a `toJSON` that returns a longer prompt, a getter that answers
 * the second read with a larger `max_completion_tokens`). The snapshot reads each value
 * once, exactly as `JSON.stringify` would, into fresh plain objects and arrays (strings are
 * shared, not copied); the hold is computed from it and it is what is sent, so what is
 * measured is what is sent, byte for byte. The walk costs about 2-4 µs on a 4 KB chat body
 * (strings are shared, only the ~12 objects and arrays are made anew): less than a sound
 * check that a body is plain would cost (a getter shows only in the property's descriptor,
 * and reading every descriptor took 7-13 µs), and several times cheaper than
 * `JSON.parse(JSON.stringify(body))`.
 *
 * Bodies `JSON.stringify` cannot serialise (a cycle, a BigInt) are refused with a typed
 * error naming the field, before anything is held or sent.
 */
import { InvalidRequestError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';

type Json = Record<string, unknown>;

/**
 * Nesting beyond which a body is refused: no request the API accepts comes near it, and
 * the walk (like `JSON.stringify`, which throws a `RangeError`) must not exhaust the stack.
 */
export const MAX_BODY_DEPTH = 1_000;

/** `JSON.isRawJSON` where the runtime has it (Node 21 and later). */
const isRawJson = (JSON as { isRawJSON?: (value: unknown) => boolean }).isRawJSON;

/**
 * The value `JSON.stringify(body)` serialises, as plain data: objects with
 * `Object.prototype`, arrays, strings, finite numbers, booleans and null, read once.
 * `where` names the call in errors (`POST /chat/completions`).
 *
 * @throws InvalidRequestError when the body cannot be serialised (a cycle, a BigInt, a
 * `JSON.rawJSON` text that does not read back as itself, nesting deeper than `MAX_BODY_DEPTH`).
 */
export function jsonSnapshot(body: unknown, where: string): unknown {
  return new Snapshot(where).value(body, '');
}

class Snapshot {
  /** The objects being copied, outermost first: a value among them is a cycle. */
  readonly #ancestors: object[] = [];
  /** The key of each ancestor under its parent, for error messages. */
  readonly #keys: (string | number)[] = [];

  constructor(private readonly where: string) {}

  /** The serialised form of `value` found under `key`; `undefined` where JSON omits it. */
  value(value: unknown, key: string | number): unknown {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : null;
      case 'undefined':
      case 'symbol':
        return undefined;
    }
    if (value === null) return null;
    // Objects, functions and BigInts may say how they serialise (`Date`, a BigInt polyfill).
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    const own: unknown = typeof toJSON === 'function' ? toJSON.call(value, String(key)) : value;
    if (typeof own !== 'object' || own === null) return this.#leaf(own, key);
    if (Array.isArray(own)) return this.#enter(own, key);
    const prototype: unknown = Object.getPrototypeOf(own);
    if (prototype === Object.prototype) return this.#enter(own, key);
    // A raw JSON text has no prototype; a boxed primitive has its class's.
    const primitive = prototype === null ? this.#rawJson(own, key) : unbox(own);
    return primitive === own ? this.#enter(own, key) : this.#leaf(primitive, key);
  }

  /** A value after `toJSON`: a primitive, a function (omitted) or a BigInt (refused). */
  #leaf(value: unknown, key: string | number): unknown {
    if (typeof value === 'bigint') throw this.#refusal(key, `a BigInt (${value}n)`);
    return typeof value === 'function' ? undefined : this.value(value, key);
  }

  /** An object or array, copied; a cycle or too deep a nesting is refused. */
  #enter(value: object, key: string | number): unknown {
    if (this.#ancestors.includes(value)) {
      const target = this.#pathOf(this.#ancestors.indexOf(value));
      throw this.#refusal(key, `a reference back to ${target} (a cycle)`);
    }
    if (this.#ancestors.length >= MAX_BODY_DEPTH)
      throw this.#refusal(key, `a value nested more than ${MAX_BODY_DEPTH} levels deep`);
    this.#ancestors.push(value);
    this.#keys.push(key);
    try {
      return Array.isArray(value) ? this.#array(value) : this.#object(value);
    } finally {
      this.#ancestors.pop();
      this.#keys.pop();
    }
  }

  #array(items: readonly unknown[]): unknown[] {
    const length = items.length;
    const copy: unknown[] = [];
    // JSON writes null for what it omits from an object.
    for (let index = 0; index < length; index += 1)
      copy.push(this.value(items[index], index) ?? null);
    return copy;
  }

  #object(object: object): Json {
    const source = object as Json;
    const copy: Json = {};
    for (const name of Object.keys(source)) {
      const item = this.value(source[name], name);
      if (item === undefined) continue;
      // An own `__proto__` key (JSON.parse makes them) is data, not the copy's prototype.
      if (name === '__proto__') Object.defineProperty(copy, name, dataProperty(item));
      else copy[name] = item;
    }
    return copy;
  }

  /**
   * A `JSON.rawJSON` text's value, or the object when it is not one. A text that does not
   * write back as itself (a number beyond a double's precision) cannot be measured as sent.
   */
  #rawJson(object: object, key: string | number): unknown {
    if (isRawJson === undefined || !isRawJson(object)) return object;
    const text = (object as { rawJSON: string }).rawJSON;
    const value: unknown = JSON.parse(text);
    if (JSON.stringify(value) === text) return value;
    throw this.#refusal(
      key,
      `JSON.rawJSON(${describeValue(text)}), which does not read back as the same JSON`,
    );
  }

  /** The path of the ancestor at `depth` (0 is the body itself). */
  #pathOf(depth: number): string {
    let path = 'body';
    for (let index = 1; index <= depth; index += 1) path += segment(this.#keys[index] ?? '');
    return path;
  }

  /** An error naming the value at `key` under the innermost ancestor, and what it is. */
  #refusal(key: string | number, received: string): InvalidRequestError {
    const depth = this.#ancestors.length;
    // While an object is entered its own key is on the stack already.
    const path = depth === 0 ? 'body' : this.#pathOf(depth - 1) + segment(key);
    return new InvalidRequestError(
      `${this.where}: expected a request body that can be sent as JSON, received ${received} at ${path}`,
    );
  }
}

/**
 * What `JSON.stringify` writes for a boxed primitive (it reads the box's own value, not its
 * prototype), or the object itself when it is not one.
 */
function unbox(object: object): unknown {
  if (boxes(Number.prototype.valueOf, object)) return Number(object);
  if (boxes(String.prototype.valueOf, object)) return String(object);
  if (boxes(Boolean.prototype.valueOf, object)) return Boolean.prototype.valueOf.call(object);
  if (boxes(BigInt.prototype.valueOf, object)) return BigInt.prototype.valueOf.call(object);
  return object;
}

/** True when `object` carries the value `read` (a `valueOf`) reads: it throws on any other object. */
function boxes(read: (this: never) => unknown, object: object): boolean {
  try {
    read.call(object as never);
    return true;
  } catch {
    return false;
  }
}

function dataProperty(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function segment(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
