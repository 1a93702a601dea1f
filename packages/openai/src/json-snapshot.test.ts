import { InvalidRequestError } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonSnapshot, MAX_BODY_DEPTH } from './json-snapshot.js';

const where = 'POST /chat/completions';
const snapshot = (body: unknown) => jsonSnapshot(body, where);

/** Values JSON.stringify accepts, with the pieces it drops, converts or calls on the way. */
const serialisable = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.constant(Symbol('s')),
    fc.date({ noInvalidDate: true }),
    fc.string().map((text) => new String(text)),
    fc.double().map((number) => new Number(number)),
    tie('value').map((inner) => ({ toJSON: () => inner })),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('jsonSnapshot', () => {
  test('the snapshot serialises exactly as the body does', () => {
    fc.assert(
      fc.property(serialisable, (body) => {
        expect(JSON.stringify(snapshot(body))).toBe(JSON.stringify(body));
      }),
    );
  });

  test('the snapshot is plain data: copies, not the caller objects', () => {
    const message = { role: 'user', content: 'hi' };
    const body = { messages: [message] };
    const copy = snapshot(body) as typeof body;
    expect(copy).toEqual(body);
    expect(copy).not.toBe(body);
    expect(copy.messages[0]).not.toBe(message);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  test('every value is read once, and toJSON is called with its key', () => {
    let reads = 0;
    const keys: string[] = [];
    const body = {
      get model() {
        reads += 1;
        return 'gpt-4o';
      },
      list: [{ toJSON: (key: string) => keys.push(key) }],
      named: { toJSON: (key: string) => keys.push(key) },
    };
    expect(snapshot(body)).toEqual({ model: 'gpt-4o', list: [1], named: 2 });
    expect(reads).toBe(1);
    expect(keys).toEqual(['0', 'named']);
  });

  test('an own __proto__ key stays data', () => {
    const body = JSON.parse('{"__proto__": {"polluted": true}, "model": "m"}') as object;
    const copy = snapshot(body) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(body));
  });

  test('a class instance, a Map and a null-prototype object serialise as their own keys', () => {
    class Message {
      role = 'user';
      content = 'hi';
    }
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    const body = { message: new Message(), map: new Map([[1, 2]]), bare, yes: new Boolean(false) };
    expect(snapshot(body)).toEqual({
      message: { role: 'user', content: 'hi' },
      map: {},
      bare: { a: 1 },
      yes: false,
    });
  });

  test('a cycle is refused naming both ends; a shared object is not a cycle', () => {
    const body: Record<string, unknown> = { model: 'm' };
    body.self = body;
    expect(() => snapshot(body)).toThrow(
      `${where}: expected a request body that can be sent as JSON, received a reference back to body (a cycle) at body.self`,
    );
    const list: unknown[] = [];
    list.push({ 'odd key': list });
    expect(() => snapshot({ list })).toThrow(
      'a reference back to body.list (a cycle) at body.list[0]["odd key"]',
    );
    const shared = { text: 'x' };
    expect(snapshot({ a: shared, b: [shared, shared] })).toEqual({
      a: shared,
      b: [shared, shared],
    });
  });

  test('BigInts are refused, unless they say how they serialise', () => {
    expect(() => snapshot({ seed: 1n })).toThrow(InvalidRequestError);
    expect(() => snapshot(2n)).toThrow('received a BigInt (2n) at body');
    expect(() => snapshot({ boxed: Object(3n) })).toThrow('received a BigInt (3n) at body.boxed');
    const counted = Object.assign(Object(4n) as object, { toJSON: () => '4' });
    expect(snapshot({ counted })).toEqual({ counted: '4' });
  });

  test('nesting deeper than the limit is refused, not a stack overflow', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < MAX_BODY_DEPTH + 1; level += 1) deep = [deep];
    expect(() => snapshot({ deep })).toThrow(InvalidRequestError);
    expect(() => snapshot({ deep })).toThrow(
      `a value nested more than ${MAX_BODY_DEPTH} levels deep`,
    );
  });

  test('what JSON drops is dropped: functions and undefined from toJSON, symbols in arrays as null', () => {
    const body = {
      fn: { toJSON: () => () => 1 },
      gone: { toJSON: () => undefined },
      list: [Symbol('s'), () => 1, undefined],
    };
    expect(snapshot(body)).toEqual({ list: [null, null, null] });
    expect(JSON.stringify(snapshot(body))).toBe(JSON.stringify(body));
  });

  test('a toJSON that throws fails as JSON.stringify would, with its own error', () => {
    const body = {
      toJSON() {
        throw new RangeError('mine');
      },
    };
    expect(() => snapshot(body)).toThrow('mine');
  });

  const rawJSON = (JSON as { rawJSON?: (text: string) => unknown }).rawJSON;
  test.runIf(rawJSON !== undefined)('a JSON.rawJSON value is read as the JSON it writes', () => {
    const raw = rawJSON as (text: string) => unknown;
    expect(snapshot({ n: raw('100') })).toEqual({ n: 100 });
    expect(() => snapshot({ n: raw('12345678901234567890') })).toThrow(
      'JSON.rawJSON("12345678901234567890"), which does not read back as the same JSON at body.n',
    );
  });
});
