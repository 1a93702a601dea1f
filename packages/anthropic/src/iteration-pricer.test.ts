import { usageTokens } from '@tollgate/core';
import {
  defaultPricing,
  InvalidUsageError,
  UnknownModelError,
  usagePricer,
} from '@tollgate/pricing';
import { describe, expect, it } from 'vitest';
import { iterationPricer } from './iteration-pricer.js';
import { MessageObserver } from './message-observer.js';
import { costOf } from './test-support/sdks.js';

const pricing = defaultPricing();
const model = 'claude-haiku-4-5';
const priceAs = (id: string) =>
  usagePricer(pricing, 'anthropic', pricing.resolve('anthropic', id).id, {
    priceUsageModel: false,
  });
const usage = { tokens: usageTokens({ uncached: 10 }, { text: 100 }), model };
const sse = (event: string, data: object) => ({
  event,
  data: JSON.stringify({ type: event, ...data }),
});
const fallbackBlock = (to: unknown) =>
  sse('content_block_start', {
    index: 1,
    content_block: { type: 'fallback', from: { model }, to, trigger: {} },
  });

describe('iterationPricer', () => {
  it('prices a usage without iterations as the model serving when it ended', () => {
    const served = iterationPricer(
      { iterations: undefined, servingModel: 'claude-opus-4-1' },
      model,
      priceAs,
    );
    expect(served(usage)).toMatchObject({
      model: 'claude-opus-4-1',
      costUsd: costOf('claude-opus-4-1', { input_tokens: 10, output_tokens: 100 }),
    });
    const requested = iterationPricer({ iterations: [], servingModel: undefined }, model, priceAs);
    expect(requested(usage).costUsd).toBe(costOf(model, { input_tokens: 10, output_tokens: 100 }));
  });

  it('adds the tool fees of the whole usage once, beside the iterations', () => {
    const iteration = { type: 'message', model: null, input_tokens: 10, output_tokens: 5 };
    const price = iterationPricer(
      { iterations: [iteration], servingModel: undefined },
      model,
      priceAs,
    );
    const withSearches = { ...usage, toolCalls: { webSearch: 2 } };
    expect(price(withSearches).costUsd).toBe(
      costOf(model, { ...iteration, server_tool_use: { web_search_requests: 2 } }),
    );
  });

  it('throws a typed error for an iteration that is not a usage, or names a model no table prices', () => {
    expect(() =>
      iterationPricer({ iterations: [42], servingModel: undefined }, model, priceAs)(usage),
    ).toThrow(InvalidUsageError);
    expect(() =>
      iterationPricer({ iterations: [42], servingModel: undefined }, model, priceAs)(usage),
    ).toThrow('iterations.0: expected an object, received 42 (number)');
    const unknown = {
      type: 'fallback_message',
      model: 'claude-imaginary-9',
      input_tokens: 1,
      output_tokens: 1,
    };
    expect(() =>
      iterationPricer({ iterations: [unknown], servingModel: undefined }, model, priceAs)(usage),
    ).toThrow(UnknownModelError);
  });
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
