import { usageTokens } from '@tollgate/core';
import { chargingObserver } from '@tollgate/core/testing';
import { defaultPricing, usagePricer } from '@tollgate/pricing';
import { describe, expect, it, vi } from 'vitest';
import { MessageObserver } from './message-observer.js';
import { costOf } from './test-support/sdks.js';

const model = 'claude-haiku-4-5';
/** The observer with the kit's pricing step, as the kit settles it. */
const observer = (maxOutputTokens = 1_000, batch = false) =>
  chargingObserver(
    new MessageObserver({ model, maxOutputTokens }),
    usagePricer(defaultPricing(), 'anthropic', model, { batch }),
    model,
  );
const sse = (event: string, data: unknown) => ({
  event,
  data: typeof data === 'string' ? data : JSON.stringify({ type: event, ...(data as object) }),
});
const start = (usage: unknown) => sse('message_start', { message: { usage } });
const delta = (usage: unknown) => sse('message_delta', { delta: {}, usage });
const text = (value: string) =>
  sse('content_block_delta', { delta: { type: 'text_delta', text: value } });

describe('MessageObserver, streams', () => {
  it('overwrites with each cumulative message_delta, never adds, and keeps the TTL breakdown', () => {
    const watcher = observer();
    watcher.event(
      start({
        input_tokens: 10,
        cache_creation_input_tokens: 30,
        cache_read_input_tokens: 0,
        cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 20 },
        output_tokens: 7,
      }),
    );
    watcher.event(text('hello'));
    watcher.event(delta({ output_tokens: 20, input_tokens: null }));
    watcher.event(
      delta({ output_tokens: 35, input_tokens: 12, server_tool_use: { web_search_requests: 1 } }),
    );
    watcher.event(sse('message_stop', {}));
    const charge = watcher.end('complete');
    expect(charge.details.tokens).toEqual(
      usageTokens({ uncached: 12, cacheWrite5m: 10, cacheWrite1h: 20 }, { text: 35 }),
    );
    expect(charge.details.toolCalls).toEqual({ webSearch: 1 });
    expect(charge.details.partial).toBeUndefined();
    expect(charge.costUsd).toBe(
      costOf(model, {
        input_tokens: 12,
        cache_creation_input_tokens: 30,
        cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 20 },
        output_tokens: 35,
        server_tool_use: { web_search_requests: 1 },
      }),
    );
  });

  it('parses the content of a stream that completes only once, in the SDK; a broken one counts all it received', () => {
    const parses = vi.spyOn(JSON, 'parse');
    const complete = observer();
    complete.event(start({ input_tokens: 10, output_tokens: 1 }));
    for (let index = 0; index < 50; index += 1) complete.event(text('word '));
    complete.event(delta({ output_tokens: 50 }));
    complete.event(sse('message_stop', {}));
    expect(complete.end('complete').details.tokens).toEqual(
      usageTokens({ uncached: 10 }, { text: 50 }),
    );
    // message_start and message_delta: the usage events, and nothing else.
    expect(parses).toHaveBeenCalledTimes(2);
    // A long stream counts its content a batch at a time, so what it keeps uncounted stays bounded.
    parses.mockClear();
    const broken = observer(1_000_000);
    broken.event(start({ input_tokens: 10, output_tokens: 1 }));
    const long = text('x'.repeat(1000));
    for (let index = 0; index < 100; index += 1) broken.event(long);
    expect(parses.mock.calls.length).toBeGreaterThan(1);
    expect(parses.mock.calls.length).toBeLessThan(101);
    parses.mockRestore();
    const charge = broken.end('interrupted');
    expect(charge.details.tokens).toEqual(usageTokens({ uncached: 10 }, { text: 100_000 }));
    expect(charge.details.partial).toBe(true);
  });

  it('charges an interrupted stream its input and the larger of the last count and the bytes received', () => {
    const watcher = observer();
    watcher.event(start({ input_tokens: 50, output_tokens: 1 }));
    watcher.event(text('abcd'));
    watcher.event(
      sse('content_block_delta', { delta: { type: 'thinking_delta', thinking: 'éé' } }),
    );
    watcher.event(
      sse('content_block_delta', { delta: { type: 'input_json_delta', partial_json: '{"a"' } }),
    );
    watcher.event(
      sse('content_block_delta', { delta: { type: 'signature_delta', signature: 'zzzz' } }),
    );
    watcher.event(sse('content_block_delta', { index: 0 }));
    const charge = watcher.end('interrupted');
    expect(charge.details).toMatchObject({
      partial: true,
      tokens: usageTokens({ uncached: 50 }, { text: 4 + 4 + 4 }),
    });
    const counted = observer();
    counted.event(start({ input_tokens: 50, output_tokens: 1 }));
    counted.event(text('ab'));
    counted.event(delta({ output_tokens: 9 }));
    expect(counted.end('interrupted').details.tokens).toMatchObject({ output: { text: 9 } });
    const thinking = observer(10);
    thinking.event(start({ input_tokens: 5, output_tokens: 1 }));
    thinking.event(delta({ output_tokens: 30, output_tokens_details: { thinking_tokens: 25 } }));
    // Reasoning stays as reported until max_tokens cuts the output: then it fills it.
    expect(thinking.end('interrupted').details.tokens).toMatchObject({
      output: { text: 0, reasoning: 10 },
    });
  });

  it('never charges more output than max_tokens', () => {
    const watcher = observer(3);
    watcher.event(start({ input_tokens: 5, output_tokens: 1 }));
    watcher.event(text('a long piece of text'));
    expect(watcher.end('interrupted').details.tokens).toMatchObject({
      output: { text: 3, reasoning: 0 },
    });
  });

  it('treats a stream that ended after an error event, or without a message_delta, as partial', () => {
    const errored = observer();
    errored.event(start({ input_tokens: 5, output_tokens: 1 }));
    errored.event(delta({ output_tokens: 4 }));
    errored.event(sse('error', { error: { type: 'overloaded_error' } }));
    expect(errored.end('complete').details.partial).toBe(true);
    const cut = observer();
    cut.event(start({ input_tokens: 5, output_tokens: 1 }));
    expect(cut.end('complete').details.partial).toBe(true);
  });

  it('charges the final usage exactly once it has arrived, however the stream ends after it', () => {
    const stopping = (usage: unknown) =>
      sse('message_delta', { delta: { stop_reason: 'end_turn' }, usage });
    const streams = {
      // The caller breaks on message_stop (the final delta had no stop reason).
      stopped: [
        start({ input_tokens: 5, output_tokens: 1 }),
        text('x'.repeat(80)),
        delta({ output_tokens: 16 }),
        sse('message_stop', {}),
      ],
      // The caller breaks on the delta that stops the message, before message_stop.
      stopReason: [
        start({ input_tokens: 5, output_tokens: 1 }),
        text('x'.repeat(80)),
        stopping({ output_tokens: 16 }),
      ],
    };
    for (const events of Object.values(streams)) {
      for (const how of ['interrupted', 'complete'] as const) {
        const watcher = observer();
        for (const event of events) watcher.event(event);
        const charge = watcher.end(how);
        expect(charge.details.partial).toBeUndefined();
        expect(charge.details.tokens).toEqual(usageTokens({ uncached: 5 }, { text: 16 }));
      }
    }
  });

  it('stays partial when the stream broke before its final usage, or an error came first', () => {
    const cases = [
      // message_stop with no usage-bearing delta before it.
      [start({ input_tokens: 5, output_tokens: 1 }), text('x'.repeat(80)), sse('message_stop', {})],
      // A delta that does not stop the message: more may follow.
      [
        start({ input_tokens: 5, output_tokens: 1 }),
        text('x'.repeat(80)),
        delta({ output_tokens: 16 }),
      ],
      // A stop reason without usage.
      [
        start({ input_tokens: 5, output_tokens: 1 }),
        text('x'.repeat(80)),
        sse('message_delta', { delta: { stop_reason: 'end_turn' } }),
      ],
      // An error before the final usage.
      [
        start({ input_tokens: 5, output_tokens: 1 }),
        text('x'.repeat(80)),
        delta({ output_tokens: 16 }),
        sse('error', {}),
        sse('message_stop', {}),
      ],
      [
        start({ input_tokens: 5, output_tokens: 1 }),
        text('x'.repeat(80)),
        sse('error', {}),
        sse('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 16 } }),
      ],
    ];
    for (const events of cases) {
      const watcher = observer();
      for (const event of events) watcher.event(event);
      const charge = watcher.end('interrupted');
      expect(charge.details.partial).toBe(true);
      expect(charge.details.tokens).toMatchObject({ output: { text: 80 } });
    }
  });

  it('charges nothing for a stream broken before message_start', () => {
    const watcher = observer();
    watcher.event(sse('ping', {}));
    expect(watcher.end('interrupted')).toEqual({
      costUsd: '0',
      details: {
        provider: 'anthropic',
        model,
        tokens: usageTokens(),
        pricingVersion: defaultPricing().versions.anthropic,
        partial: true,
        requestModel: model,
      },
    });
  });

  it('refuses to price a complete stream that never reported usage (the hold is charged)', () => {
    const watcher = observer();
    watcher.event(sse('message_start', { message: {} }));
    watcher.event(sse('message_delta', '{not json'));
    expect(() => watcher.end('complete')).toThrow();
  });

  it('accepts a delta before any message_start, and passes every event through', () => {
    const watcher = observer();
    expect(watcher.event(sse('message_delta', { usage: 'none' }))).toBe(true);
    expect(watcher.event(sse('message_start', '[1,2]'))).toBe(true);
    watcher.event(delta({ input_tokens: 3, output_tokens: 2 }));
    expect(watcher.end('complete').details.tokens).toEqual(
      usageTokens({ uncached: 3 }, { text: 2 }),
    );
  });
});

describe('MessageObserver, JSON bodies', () => {
  it('prices the usage of a Message, and batch rates when asked', () => {
    const usage = {
      input_tokens: 100,
      output_tokens: 10,
      output_tokens_details: { thinking_tokens: 4 },
    };
    const charge = observer().json({ type: 'message', usage });
    expect(charge.costUsd).toBe(costOf(model, usage));
    expect(charge.details).toMatchObject({
      provider: 'anthropic',
      model,
      tokens: { output: { text: 6, reasoning: 4 } },
    });
    expect(observer(10, true).json({ usage }).costUsd).toBe(costOf(model, usage, true));
  });

  it('records the model asked for, and the model and service tier the response reports', () => {
    const usage = { input_tokens: 10, output_tokens: 2, service_tier: 'priority' };
    const dated = 'claude-haiku-4-5-20251001';
    expect(observer().json({ model: dated, usage }).details).toMatchObject({
      requestModel: model,
      responseModel: dated,
      serviceTier: 'priority',
    });
    const watcher = observer();
    watcher.event(sse('message_start', { message: { model: dated, usage } }));
    watcher.event(delta({ output_tokens: 2 }));
    expect(watcher.end('complete').details).toMatchObject({
      requestModel: model,
      responseModel: dated,
      serviceTier: 'priority',
    });
    expect(observer().json({ usage: { input_tokens: 1, output_tokens: 1 } }).details).toEqual(
      expect.not.objectContaining({ responseModel: expect.anything() }),
    );
  });

  it('throws on a body without usage (the kit then charges the hold)', () => {
    expect(() => observer().json(null)).toThrow();
    expect(() => observer().json({ type: 'message' })).toThrow();
  });
});
