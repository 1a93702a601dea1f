import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutBytes } from '../test-support/cut-bytes.js';
import { crc32 } from './crc32.js';
import { EventStreamScanner, readMessage } from './event-stream-scanner.js';
import type { ServerSentEvent } from './sse-events.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// The AWS SDKs' own codec writes the frames: the scanner is checked against the standard.
const codec = new EventStreamCodec(
  (bytes) => decoder.decode(bytes),
  (text) => encoder.encode(text),
);

/** One event frame, as Bedrock sends them, with extra headers of other types to skip. */
function frame(eventType: string, payload: string, extra: MessageHeaders = {}): Uint8Array {
  return codec.encode({
    headers: {
      ...extra,
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: encoder.encode(payload),
  });
}

function join(pieces: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(pieces.flatMap((piece) => [...piece]));
}

/** Scans `chunks`, hiding events whose data is `hidden`. */
function scan(chunks: Uint8Array[]) {
  const events: ServerSentEvent[] = [];
  const out: Uint8Array[] = [];
  let unreadable = 0;
  const scanner = new EventStreamScanner(
    (event) => {
      events.push(event);
      return event.data !== 'hidden';
    },
    (bytes) => out.push(bytes),
    () => {
      unreadable += 1;
    },
  );
  for (const chunk of chunks) scanner.push(chunk);
  scanner.flush();
  return { events, out, unreadable };
}

describe('crc32', () => {
  it('is the IEEE CRC-32 (the check value of "123456789")', () => {
    expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('EventStreamScanner', () => {
  it('passes a chunk of whole kept messages on as the same bytes, and shows each', () => {
    const chunk = join([frame('chunk', '{"bytes":"e30="}'), frame('chunk', 'é')]);
    const { events, out, unreadable } = scan([chunk]);
    expect(out).toHaveLength(1);
    expect(out[0]).toBe(chunk);
    expect(events).toEqual([
      { event: 'chunk', data: '{"bytes":"e30="}' },
      { event: 'chunk', data: 'é' },
    ]);
    expect(unreadable).toBe(0);
  });

  it('skips headers of every other type', () => {
    const extra: MessageHeaders = {
      yes: { type: 'boolean', value: true },
      no: { type: 'boolean', value: false },
      byte: { type: 'byte', value: 7 },
      short: { type: 'short', value: 300 },
      integer: { type: 'integer', value: 70_000 },
      blob: { type: 'binary', value: new Uint8Array([1, 2, 3]) },
      time: { type: 'timestamp', value: new Date(0) },
      id: { type: 'uuid', value: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    };
    expect(scan([frame('metadata', '{}', extra)]).events).toEqual([
      { event: 'metadata', data: '{}' },
    ]);
  });

  it('names exceptions by their type and errors by their code', () => {
    const exception = codec.encode({
      headers: {
        ':message-type': { type: 'string', value: 'exception' },
        ':exception-type': { type: 'string', value: 'throttlingException' },
      },
      body: encoder.encode('{"message":"slow down"}'),
    });
    const error = codec.encode({
      headers: {
        ':message-type': { type: 'string', value: 'error' },
        ':error-code': { type: 'string', value: 'InternalFailure' },
        ':error-message': { type: 'string', value: 'boom' },
      },
      body: new Uint8Array(),
    });
    const bare = (messageType: string, body: string) =>
      codec.encode({
        headers: { ':message-type': { type: 'string', value: messageType } },
        body: encoder.encode(body),
      });
    expect(
      scan([exception, error, bare('exception', 'x'), bare('error', 'y'), bare('event', 'z')])
        .events,
    ).toEqual([
      { event: 'throttlingException', data: '{"message":"slow down"}' },
      { event: 'InternalFailure', data: 'boom' },
      { event: null, data: 'x' },
      { event: null, data: 'y' },
      { event: null, data: 'z' },
    ]);
  });

  it('cuts out a hidden message, and passes an unfinished last message on as it came', () => {
    const one = frame('a', 'one');
    const hidden = frame('a', 'hidden');
    const two = frame('a', 'two');
    const { out, events } = scan([
      join([one, hidden.subarray(0, 9)]),
      join([hidden.subarray(9), two.subarray(0, 3)]),
    ]);
    expect(join(out)).toEqual(join([one, two.subarray(0, 3)]));
    expect(events.map((event) => event.data)).toEqual(['one', 'hidden']);
  });

  it('stops reading at a corrupt message: told once, every byte passed on untouched', () => {
    const good = frame('a', 'good');
    const bad = frame('a', 'bad');
    bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 1;
    const after = frame('a', 'after');
    const bytes = join([good, bad, after]);
    const chunks = cutBytes(bytes, [5, good.length + 3, bytes.length - 2]);
    // An empty chunk after the break passes nothing on.
    const { events, out, unreadable } = scan([...chunks, new Uint8Array()]);
    expect(events.map((event) => event.data)).toEqual(['good']);
    expect(unreadable).toBe(1);
    expect(join(out)).toEqual(bytes);
  });

  it('treats a length out of range as corrupt framing', () => {
    const tooShort = new Uint8Array([0, 0, 0, 4, 1, 2, 3, 4]);
    expect(scan([tooShort])).toMatchObject({ events: [], unreadable: 1 });
    expect(join(scan([tooShort]).out)).toEqual(tooShort);
    const tooLong = new Uint8Array([0xff, 0, 0, 0, 1, 2]);
    expect(scan([tooLong]).unreadable).toBe(1);
  });

  it('rejects a message whose prelude CRC, headers or header lengths do not hold', () => {
    const good = frame('a', 'x');
    const badPrelude = good.slice();
    badPrelude[8] = (badPrelude[8] ?? 0) ^ 1;
    expect(readMessage(badPrelude)).toBeUndefined();
    // Headers said to run past the payload.
    const longHeaders = good.slice();
    new DataView(longHeaders.buffer).setUint32(4, good.length);
    expect(readMessage(longHeaders)).toBeUndefined();
    // A header of an unknown type, with both CRCs made valid again.
    expect(readMessage(withHeaders(new Uint8Array([1, 120, 42])))).toBeUndefined();
    // A header name running past the headers.
    expect(readMessage(withHeaders(new Uint8Array([9, 120])))).toBeUndefined();
    // A string value running past the headers.
    expect(readMessage(withHeaders(new Uint8Array([1, 120, 7, 0, 9, 65])))).toBeUndefined();
    expect(readMessage(withHeaders(new Uint8Array([1, 120, 7, 0])))).toBeUndefined();
    expect(readMessage(withHeaders(new Uint8Array([1, 120, 4, 0])))).toBeUndefined();
  });

  it('shows every message the AWS codec wrote and passes on exactly the kept bytes, however the stream is cut', () => {
    const payload = fc.oneof(fc.constant('hidden'), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('chunk', 'metadata', 'messageStop'), payload), {
          maxLength: 6,
        }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (messages, points) => {
          const framed = messages.map(([type, data]) => frame(type, data));
          const { events, out, unreadable } = scan(cutBytes(join(framed), points));
          expect(unreadable).toBe(0);
          expect(events).toEqual(messages.map(([type, data]) => ({ event: type, data })));
          const kept = framed.filter((_bytes, index) => messages[index]?.[1] !== 'hidden');
          expect(join(out)).toEqual(join(kept));
        },
      ),
    );
  });
});

/** A message with the given raw header bytes and valid CRCs. */
function withHeaders(headers: Uint8Array): Uint8Array {
  const total = 12 + headers.length + 4;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, total);
  view.setUint32(4, headers.length);
  view.setUint32(8, crc32(bytes.subarray(0, 8)));
  bytes.set(headers, 12);
  view.setUint32(total - 4, crc32(bytes.subarray(0, total - 4)));
  return bytes;
}
