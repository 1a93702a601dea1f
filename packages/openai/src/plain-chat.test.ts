/**
 * The plain chat reader is a shortcut of the general path (`jsonSnapshot` then
 * `measureChat`): for every body it accepts, it must give exactly what the general path
 * gives, and it must give up on every body it cannot read that way.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonSnapshot } from './json-snapshot.js';
import { measureChat } from './measure-input.js';
import { readPlainChat } from './plain-chat.js';

type Json = Record<string, unknown>;

/** What the general path sends and measures of `body`. */
function generalPath(body: unknown): { body: unknown; input: unknown } {
  const snapshot = jsonSnapshot(body, 'POST /chat/completions') as Json;
  return { body: snapshot, input: measureChat(snapshot, 'gpt-4o') };
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constant(''));
const primitive = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(-0),
);
/** Values JSON writes differently, or the reader must not take: each sends a body elsewhere. */
const odd = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
  fc.constant(new Date(0)),
  fc.constant({ toJSON: () => 'replaced' }),
  fc.constant(Object.create({ inherited: 'x' }) as object),
  fc.constant(Object.assign(new Array<number>(3), { 0: 1, 2: 3 })),
  fc.constant({ nested: { deeper: 1 } }),
);
const part = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('text'), text }) },
  fc.record(
    { type: fc.constant('text'), text, cache: primitive },
    { requiredKeys: ['type'], noNullPrototype: true },
  ),
  fc.record({ type: fc.constant('image_url'), image_url: fc.record({ url: text }) }),
  fc.record({ type: fc.constant('input_audio'), input_audio: fc.record({ data: text }) }),
);
const content = fc.oneof(
  { weight: 12, arbitrary: text },
  { weight: 3, arbitrary: fc.array(part, { maxLength: 3 }) },
  fc.constant(null),
  fc.constant(undefined),
  odd,
);
const message = fc.oneof(
  {
    weight: 25,
    arbitrary: fc.record(
      {
        role: fc.constantFrom('system', 'developer', 'user', 'assistant', 'tool'),
        content,
        name: text,
        tool_call_id: text,
        refusal: fc.oneof(text, fc.constant(null)),
      },
      { requiredKeys: ['role', 'content'], noNullPrototype: true },
    ),
  },
  fc.record({
    role: fc.constant('assistant'),
    tool_calls: fc.constant([{ id: 'c', type: 'function' }]),
  }),
  fc.record({ type: fc.constant('message'), role: fc.constant('user'), content: text }),
  fc.record({ role: fc.constant('user'), audio: fc.record({ id: text }) }),
  fc.constant(null),
  odd,
);
const plainField = fc.oneof(
  { weight: 12, arbitrary: primitive },
  { weight: 4, arbitrary: text },
  { weight: 4, arbitrary: fc.constant(undefined) },
  fc.constant(undefined),
  fc.array(fc.oneof(text, primitive), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.oneof(text, primitive, fc.constant(undefined)), { maxKeys: 3 }),
  odd,
);
const body = fc
  .record(
    {
      model: fc.oneof({ weight: 5, arbitrary: fc.constant('gpt-4o') }, text, primitive),
      messages: fc.oneof(
        { weight: 8, arbitrary: fc.array(message, { maxLength: 4 }) },
        fc.constant(undefined),
        odd,
      ),
      max_completion_tokens: fc.oneof(fc.nat(), fc.constant(undefined), primitive),
      temperature: plainField,
      stream_options: plainField,
      metadata: plainField,
      stop: plainField,
      n: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 3 })),
      // Fields the general path reads: a body with one goes there.
      tools: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, fc.constant([])),
      response_format: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        fc.constant({ type: 'json_object' }),
      ),
    },
    { requiredKeys: ['model', 'messages'], noNullPrototype: true },
  )
  .map((fields) => fields as Json);

describe('readPlainChat', () => {
  test('what it reads is what the general path sends and measures; it reads most plain bodies', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(body, (generated) => {
        runs += 1;
        const plain = readPlainChat(generated);
        if (plain === undefined) return;
        read += 1;
        expect(plain).toStrictEqual(generalPath(generated));
        expect(JSON.stringify(plain.body)).toBe(JSON.stringify(generated));
      }),
      { numRuns: 2_000 },
    );
    // The property holds on bodies the reader takes, not only on those it gives up.
    expect(read / runs).toBeGreaterThan(0.1);
  });

  test('a body read through getters or a Proxy is read once, and the copy is what it read', () => {
    let reads = 0;
    const message = {
      role: 'user',
      get content() {
        reads += 1;
        return reads === 1 ? 'short' : 'a much longer prompt';
      },
    };
    const handler: ProxyHandler<Json> = {};
    const proxied = new Proxy<Json>({ model: 'gpt-4o', messages: [message] }, handler);
    const plain = readPlainChat(proxied);
    expect(reads).toBe(1);
    expect(plain?.body).toStrictEqual({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'short' }],
    });
    expect(plain?.input.textBytes).toBe('user'.length + 'short'.length);
  });

  test('gives up on what JSON writes differently or the general path reads by kind', () => {
    const messages = [{ role: 'user', content: 'hi' }];
    class Request {
      model = 'gpt-4o';
      messages = messages;
    }
    const withInherited = Object.create({ toJSON: () => ({}) }) as Json;
    Object.assign(withInherited, { model: 'gpt-4o', messages });
    const listWithToJson = Object.assign([...messages], { toJSON: () => [] });
    for (const odd of [
      new Request(),
      withInherited,
      { model: 'gpt-4o', messages: listWithToJson },
      { model: 'gpt-4o', messages, toJSON: () => ({}) },
      { model: 'gpt-4o', messages, tools: [] },
      { model: 'gpt-4o', messages, seed: 10n },
      { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi', toJSON: () => ({}) }] },
      { model: 'gpt-4o', messages: [{ type: 'message', role: 'user', content: 'hi' }] },
      {
        model: 'gpt-4o',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }],
      },
      // Own `__proto__` keys, as JSON.parse makes them: data the copy must not take for its prototype.
      JSON.parse('{"model":"gpt-4o","messages":[],"metadata":{"__proto__":"x"}}'),
      JSON.parse('{"model":"gpt-4o","messages":[{"role":"user","__proto__":"x"}]}'),
      JSON.parse(
        '{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","__proto__":"x"}]}]}',
      ),
      [messages],
      'a string body',
      null,
    ]) {
      expect(readPlainChat(odd)).toBeUndefined();
    }
  });

  test('fields passed as undefined are no fields, as JSON omits them', () => {
    const plain = readPlainChat({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi', name: undefined }],
      tools: undefined,
      max_completion_tokens: undefined,
    });
    expect(plain?.body).toStrictEqual({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
    });
  });
});
