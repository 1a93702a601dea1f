import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutBytes } from '../test-support/cut-bytes.js';
import { type ServerSentEvent, SseSplitter } from './sse-events.js';
import { SseScanner, withoutCut } from './sse-scanner.js';
import type { EventVerdict } from './types.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const MEMBER = ',"usage":null';
const CUT = { cut: MEMBER };

/**
 * Scans `chunks`, hiding events whose data is `hidden` and cutting `MEMBER` from those whose
 * data holds it; returns what was seen and passed on.
 */
function scan(chunks: Uint8Array[]): { events: ServerSentEvent[]; out: Uint8Array[] } {
  const events: ServerSentEvent[] = [];
  const out: Uint8Array[] = [];
  const scanner = new SseScanner(
    (event): EventVerdict => {
      events.push(event);
      if (event.data.includes(MEMBER)) return CUT;
      return event.data !== 'hidden';
    },
    (bytes) => out.push(bytes),
  );
  for (const chunk of chunks) scanner.push(chunk);
  scanner.flush();
  return { events, out };
}

/** The text of the bytes passed on, decoded as one (a piece may end inside a character). */
const text = (pieces: Uint8Array[]) =>
  decoder.decode(new Uint8Array(pieces.flatMap((piece) => [...piece])));

describe('SseScanner', () => {
  it('passes a chunk of whole kept events on as the same bytes, untouched', () => {
    const chunk = encoder.encode('data: {"a":1}\n\nevent: x\ndata: é\n\n');
    const { events, out } = scan([chunk]);
    expect(out).toEqual([chunk]);
    expect(out[0]).toBe(chunk);
    expect(events).toEqual([
      { event: null, data: '{"a":1}' },
      { event: 'x', data: 'é' },
    ]);
  });

  it('cuts a hidden event out without touching the bytes around it, across chunks', () => {
    const { out } = scan([
      encoder.encode('data: one\n\ndata: hid'),
      encoder.encode('den\n\ndata: two\n'),
      encoder.encode('\n'),
    ]);
    expect(text(out)).toBe('data: one\n\ndata: two\n\n');
  });

  it('reads CRLF and CR line ends, blank lines between events and a last event without one', () => {
    const { events, out } = scan([
      encoder.encode('\r\nevent: a\r\ndata: 1\r'),
      encoder.encode('\n\r\ndata: hidden\r\n\r\n\r\r: note\rdata: 2\r\rdata: [DONE]'),
    ]);
    expect(events).toEqual([
      { event: 'a', data: '1' },
      { event: null, data: 'hidden' },
      { event: null, data: '2' },
      { event: null, data: '[DONE]' },
    ]);
    expect(text(out)).toBe('\r\nevent: a\r\ndata: 1\r\n\r\n\r\r: note\rdata: 2\r\rdata: [DONE]');
  });

  it('cuts out a hidden event whose blank CRLF line is split between chunks, LF and all', () => {
    const stream = 'data: a\r\n\r\ndata: hidden\r\n\r\ndata: b\r\n\r\n';
    for (let at = 0; at <= stream.length; at += 1) {
      const bytes = encoder.encode(stream);
      const { out } = scan([bytes.subarray(0, at), bytes.subarray(at)]);
      expect(text(out)).toBe('data: a\r\n\r\ndata: b\r\n\r\n');
    }
  });

  it('hides a last event without a blank line, and passes trailing blank lines on', () => {
    expect(text(scan([encoder.encode('data: a\n\ndata: hidden')]).out)).toBe('data: a\n\n');
    expect(text(scan([encoder.encode('data: a\n\n'), encoder.encode('\n')]).out)).toBe(
      'data: a\n\n\n',
    );
  });

  it('passes a cut event on without the member, across chunks and at the end without a blank line', () => {
    const stream = 'data: {"a":1,"usage":null}\r\n\r\ndata: hidden\n\ndata: {"b":2,"usage":null}';
    for (let at = 0; at <= stream.length; at += 1) {
      const bytes = encoder.encode(stream);
      const { out } = scan([bytes.subarray(0, at), bytes.subarray(at)]);
      expect(text(out)).toBe('data: {"a":1}\r\n\r\ndata: {"b":2}');
    }
  });

  it('withoutCut removes the cut only when it is there exactly once', () => {
    const once = encoder.encode('data: {"a":1,"usage":null}\n\n');
    expect(decoder.decode(withoutCut(once, MEMBER))).toBe('data: {"a":1}\n\n');
    const twice = encoder.encode('data: {"a":{"x":1,"usage":null},"usage":null}\n\n');
    expect(withoutCut(twice, MEMBER)).toBe(twice);
    const none = encoder.encode('data: {"a":1}\n\n');
    expect(withoutCut(none, MEMBER)).toBe(none);
    const short = encoder.encode(',"u');
    expect(withoutCut(short, MEMBER)).toBe(short);
    expect(withoutCut(once, '')).toBe(once);
    const atStart = encoder.encode(`${MEMBER}}`);
    expect(decoder.decode(withoutCut(atStart, MEMBER))).toBe('}');
    const split = encoder.encode('data: {"a":1,"usa\ndata: ge":null}\n\n');
    expect(withoutCut(split, MEMBER)).toBe(split);
  });

  it('sees the events the text splitter sees and passes on exactly the kept bytes, however the stream is cut', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'data: hidden',
        'data: [DONE]',
        ': ping',
        'event: delta',
        'data:',
        'data: {"é":"你好","usage":null}',
      ),
      fc
        .string({ unit: 'grapheme', maxLength: 12 })
        .map((data) => `data: ${data.replace(/[\r\n]/g, '')}`),
    );
    const event = fc.array(line, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 8 }),
        (lines, end, points) => {
          const eventTexts = lines.map((item) => `${item.join(end)}${end}${end}`);
          const bytes = encoder.encode(eventTexts.join(''));
          const { events, out } = scan(cutBytes(bytes, points));
          const splitter = new SseSplitter();
          const expected = [...splitter.push(bytes), ...splitter.flush()].map((item) => item.event);
          expect(events).toEqual(expected);
          const kept = eventTexts
            .filter((_text, index) => expected[index]?.data !== 'hidden')
            .map((item) => (item.split(MEMBER).length === 2 ? item.replace(MEMBER, '') : item));
          expect(text(out)).toBe(kept.join(''));
        },
      ),
    );
  });
});
