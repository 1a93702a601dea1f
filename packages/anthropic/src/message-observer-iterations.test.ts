import { describe, expect, it } from 'vitest';
import { MessageObserver } from './message-observer.js';

const model = 'claude-haiku-4-5';
const sse = (event: string, data: object) => ({
  event,
  data: JSON.stringify({ type: event, ...data }),
});
const fallbackBlock = (to: unknown) =>
  sse('content_block_start', {
    index: 1,
    content_block: { type: 'fallback', from: { model }, to, trigger: {} },
  });

describe('MessageObserver, watching iterations', () => {
  const observer = () =>
    new MessageObserver({ model, maxOutputTokens: 1000, watchIterations: true });

  it('notes the model a fallback block hands over to; a broken stream keeps no iterations', () => {
    const watcher = observer();
    watcher.event(
      sse('message_start', { message: { usage: { input_tokens: 5, output_tokens: 1 } } }),
    );
    watcher.event(sse('content_block_start', { content_block: { type: 'text', text: '' } }));
    watcher.event(fallbackBlock('claude-opus-4-1'));
    expect(watcher.servingModel).toBeUndefined();
    watcher.event(fallbackBlock({ model: 42 }));
    expect(watcher.servingModel).toBeUndefined();
    watcher.event(fallbackBlock({ model: 'claude-opus-4-1' }));
    expect(watcher.servingModel).toBe('claude-opus-4-1');
    expect(watcher.end('interrupted').partial).toBe(true);
    expect(watcher.iterations).toBeUndefined();
  });

  it('keeps the iterations of a final usage, streamed or whole', () => {
    const iterations = [{ type: 'message', input_tokens: 1, output_tokens: 1 }];
    const streamed = observer();
    streamed.event(sse('message_start', { message: { usage: { input_tokens: 5 } } }));
    streamed.event(
      sse('message_delta', {
        delta: { stop_reason: 'end_turn' },
        usage: { output_tokens: 1, iterations },
      }),
    );
    streamed.end('complete');
    expect(streamed.iterations).toEqual(iterations);
    const whole = observer();
    whole.json({ usage: { input_tokens: 1, output_tokens: 1, iterations } });
    expect(whole.iterations).toEqual(iterations);
    const none = observer();
    none.json({ usage: { input_tokens: 1, output_tokens: 1, iterations: 'many' } });
    expect(none.iterations).toBeUndefined();
  });

  it('reads no content_block_start when not watching', () => {
    const plain = new MessageObserver({ model, maxOutputTokens: 1000 });
    plain.event(fallbackBlock({ model: 'claude-opus-4-1' }));
    expect(plain.servingModel).toBeUndefined();
  });
});
