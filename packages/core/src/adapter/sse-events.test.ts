import { expect, it } from 'vitest';
import { SseSplitter } from './sse-events.js';

const bytes = (text: string) => new TextEncoder().encode(text);

it('splits events across chunks, CRLF line ends and a last event without a blank line', () => {
  const splitter = new SseSplitter();
  expect(splitter.push(bytes('event: message_start\r\ndata: {"a":'))).toEqual([]);
  const first = splitter.push(bytes('1}\r\n\r\ndata: line one\ndata: line two\n\n: comment\n'));
  expect(first.map((item) => item.event)).toEqual([
    { event: 'message_start', data: '{"a":1}' },
    { event: null, data: 'line one\nline two' },
  ]);
  expect(first[0]?.raw).toBe('event: message_start\ndata: {"a":1}\n\n');
  expect(splitter.push(bytes('data:[DONE]'))).toEqual([]);
  expect(splitter.flush()).toEqual([
    { raw: ': comment\ndata:[DONE]\n\n', event: { event: null, data: '[DONE]' } },
  ]);
  expect(splitter.flush()).toEqual([]);
});
