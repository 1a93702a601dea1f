import { describe, expect, it } from 'vitest';
import { BedrockStreamObserver } from './bedrock-stream-observer.js';
import { MessageObserver } from './message-observer.js';

const model = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const observer = () =>
  new BedrockStreamObserver(new MessageObserver({ model, maxOutputTokens: 100 }));

/** A Bedrock `chunk` payload carrying one Anthropic event. */
const chunk = (event: object) =>
  JSON.stringify({ bytes: Buffer.from(JSON.stringify(event)).toString('base64'), p: 'abc' });

const start = {
  type: 'message_start',
  message: { model, usage: { input_tokens: 12, output_tokens: 1 } },
};
const delta = { type: 'message_delta', usage: { output_tokens: 30 } };

describe('BedrockStreamObserver', () => {
  it('reads the Anthropic events inside chunk frames, non-ASCII text included', () => {
    const watching = observer();
    expect(watching.event({ event: 'chunk', data: chunk(start) })).toBe(true);
    watching.event({
      event: 'chunk',
      data: chunk({ type: 'content_block_delta', delta: { type: 'text_delta', text: 'é😀' } }),
    });
    watching.event({ event: 'chunk', data: chunk(delta) });
    expect(watching.end('complete')).toMatchObject({
      usage: { tokens: { input: { uncached: 12 }, output: { text: 30 } } },
      responseModel: model,
    });
  });

  it('reads server-sent events as they came (a gateway that already speaks SSE)', () => {
    const watching = observer();
    watching.event({ event: 'message_start', data: JSON.stringify(start) });
    watching.event({ event: 'message_delta', data: JSON.stringify(delta) });
    expect(watching.end('complete').partial).toBeUndefined();
  });

  it('takes an exception frame as the stream’s error: what arrived is partial', () => {
    const watching = observer();
    watching.event({ event: 'chunk', data: chunk(start) });
    watching.event({ event: 'chunk', data: chunk(delta) });
    watching.event({ event: 'modelStreamErrorException', data: '{"message":"overloaded"}' });
    expect(watching.end('complete').partial).toBe(true);
  });

  it('passes a JSON body to the Messages observer', () => {
    expect(
      observer().json({ model, usage: { input_tokens: 3, output_tokens: 4 } }).usage.tokens,
    ).toMatchObject({ input: { uncached: 3 }, output: { text: 4 } });
  });

  it.each([
    ['not JSON', 'nope'],
    ['no bytes', '{"p":"abc"}'],
    ['not an object', '7'],
    ['bytes that are not JSON', JSON.stringify({ bytes: btoa('nope') })],
  ])('throws on a chunk with %s (the kit then charges the hold)', (_name, data) => {
    expect(() => observer().event({ event: 'chunk', data })).toThrow();
  });

  it('names an event without a type by nothing, and reads on', () => {
    const watching = observer();
    watching.event({ event: 'chunk', data: chunk({ keepAlive: true }) });
    watching.event({ event: 'chunk', data: JSON.stringify({ bytes: btoa('7') }) });
    watching.event({ event: 'chunk', data: chunk(start) });
    watching.event({ event: 'chunk', data: chunk(delta) });
    expect(watching.end('complete').partial).toBeUndefined();
  });
});
