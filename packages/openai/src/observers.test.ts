import { createBudget } from '@tollgate/core';
import { defaultPricing } from '@tollgate/pricing';
import { describe, expect, test } from 'vitest';
import { type CallContext, chargeConsumed, chargeUsage } from './call-context.js';
import { ChatObserver } from './chat-observer.js';
import { EmbeddingsObserver } from './embeddings-observer.js';
import { OutputTally } from './output-tally.js';
import { ResponsesObserver } from './responses-observer.js';
import { loadCounter } from './text-tokenizer.js';

const context: CallContext = {
  pricing: defaultPricing(),
  provider: 'openai',
  budget: createBudget({ id: 'observers', limitUsd: 1 }),
  priceDriftShare: 0.05,
  model: 'gpt-4o',
  encoding: 'o200k_base',
  requestedTier: undefined,
  heldInputTokens: 100,
  searchesPerRequest: 0,
};
const sse = (data: unknown) => ({
  event: null,
  data: typeof data === 'string' ? data : JSON.stringify(data),
});

describe('chargeUsage and chargeConsumed', () => {
  test('details carry cache writes, reasoning and searches; the response model is priced when known', () => {
    const charge = chargeUsage(
      context,
      {
        input_tokens: 50,
        input_tokens_details: { cached_tokens: 10, cache_write_tokens: 5 },
        output_tokens: 20,
        output_tokens_details: { reasoning_tokens: 8 },
      },
      'default',
      'gpt-4o-mini',
      2,
    );
    expect(charge.details).toMatchObject({
      model: 'gpt-4o-mini',
      requestModel: 'gpt-4o',
      responseModel: 'gpt-4o-mini',
      serviceTier: 'default',
      tokens: {
        input: 50,
        cachedInput: 10,
        cacheWrite: 5,
        output: 20,
        reasoning: 8,
        webSearches: 2,
      },
    });
    const unknownModel = chargeUsage(
      context,
      { prompt_tokens: 1, completion_tokens: 1 },
      undefined,
      'gpt-x',
      0,
    );
    expect(unknownModel.details.model).toBe('gpt-4o');
    expect(unknownModel.details).not.toHaveProperty('serviceTier');
    expect(chargeConsumed(context, 1, 'flex', 'gpt-4o-2024-08-06', 0).details).toMatchObject({
      requestModel: 'gpt-4o',
      responseModel: 'gpt-4o-2024-08-06',
      serviceTier: 'flex',
      partial: true,
    });
  });

  test('without the response tier, the dearer of the requested tier and standard', () => {
    const priority = chargeConsumed(
      { ...context, requestedTier: 'priority' },
      10,
      undefined,
      undefined,
      0,
    );
    const standard = chargeConsumed(context, 10, undefined, undefined, 0);
    const flexRequested = chargeConsumed(
      { ...context, requestedTier: 'flex' },
      10,
      undefined,
      undefined,
      0,
    );
    expect(Number(priority.costUsd)).toBeGreaterThan(Number(standard.costUsd));
    expect(flexRequested.costUsd).toBe(standard.costUsd);
    expect(chargeConsumed(context, 10, 'flex', undefined, 1).details).toMatchObject({
      partial: true,
      tokens: { input: 100, output: 10, webSearches: 1 },
    });
  });
});

describe('OutputTally', () => {
  test('bytes until the tokenizer is loaded, then its count; never fewer than the deltas', async () => {
    const tally = new OutputTally();
    tally.add(0, 'Hello world');
    tally.add(1, '');
    tally.add(1, 'x');
    tally.add(1, 'y');
    expect(tally.tokens('cl100k_base')).toBe(13);
    const counter = await loadCounter('cl100k_base');
    expect(tally.tokens('cl100k_base')).toBe(counter('Hello world') + counter('xy'));
    const deltas = new OutputTally();
    for (const letter of 'abcdef') deltas.add(0, letter);
    expect(deltas.tokens('cl100k_base')).toBe(6);
  });
});

describe('ChatObserver', () => {
  test('a body without usage is charged its input and the generated text, as partial', () => {
    const observer = new ChatObserver(context, false);
    const charge = observer.json({
      model: 'gpt-4o',
      choices: [
        {
          index: 0,
          message: {
            content: 'Hello',
            refusal: null,
            function_call: { name: 'f', arguments: '{}' },
          },
        },
        'junk',
        { message: null },
      ],
    });
    expect(charge.details.partial).toBe(true);
    expect(charge.details.tokens?.output).toBeGreaterThanOrEqual(3);
    expect(new ChatObserver(context, false).json('not json').details.partial).toBe(true);
  });

  test('events: [DONE], junk and non-objects pass; the usage chunk is hidden only when we added it', () => {
    const hiding = new ChatObserver(context, true);
    expect(hiding.event(sse('[DONE]'))).toBe(true);
    expect(hiding.event(sse('{oops'))).toBe(true);
    expect(hiding.event(sse(42))).toBe(true);
    expect(
      hiding.event(
        sse({
          choices: [{ delta: { tool_calls: [{ function: { arguments: '{"a":' } }, null, {}] } }],
        }),
      ),
    ).toBe(true);
    const usageChunk = { choices: [], usage: { prompt_tokens: 5, completion_tokens: 2 } };
    expect(hiding.event(sse(usageChunk))).toBe(false);
    expect(new ChatObserver(context, false).event(sse(usageChunk))).toBe(true);
    expect(hiding.end().details.tokens).toMatchObject({ input: 5, output: 2 });
  });
});

describe('ResponsesObserver', () => {
  test('json without usage counts output text and arguments', () => {
    const charge = new ResponsesObserver(context).json({
      output: [
        {
          type: 'message',
          content: [
            { type: 'output_text', text: 'Hi there' },
            { type: 'refusal', refusal: 'no' },
            7,
          ],
        },
        { type: 'function_call', arguments: '{"x":1}' },
        null,
      ],
    });
    expect(charge.details.partial).toBe(true);
    expect(new ResponsesObserver(context).json(null).details.partial).toBe(true);
  });

  test('stream: deltas, web searches and final usage', () => {
    const observer = new ResponsesObserver(context);
    expect(observer.event(sse('not json'))).toBe(true);
    expect(observer.event(sse({ nope: 1 }))).toBe(true);
    observer.event(
      sse({
        type: 'response.created',
        response: { model: 'gpt-4o', service_tier: 'default', usage: null },
      }),
    );
    observer.event(sse({ type: 'response.output_text.delta', delta: 'Hel', output_index: 0 }));
    observer.event(sse({ type: 'response.output_text.delta', delta: 'lo' }));
    observer.event(sse({ type: 'response.output_audio.delta', delta: 'AAAA' }));
    observer.event(sse({ type: 'response.output_item.done', item: { type: 'web_search_call' } }));
    observer.event(sse({ type: 'response.output_item.done', item: { type: 'message' } }));
    const partial = observer.end();
    expect(partial.details).toMatchObject({ partial: true, tokens: { webSearches: 1 } });
    observer.event(
      sse({
        type: 'response.completed',
        response: {
          usage: { input_tokens: 10, output_tokens: 4 },
          output: [{ type: 'web_search_call' }, { type: 'web_search_call' }],
        },
      }),
    );
    expect(observer.end().details.tokens).toMatchObject({ input: 10, output: 4, webSearches: 2 });
  });
});

describe('EmbeddingsObserver', () => {
  test('usage, or nothing but the held input', () => {
    const observer = new EmbeddingsObserver(context);
    expect(observer.event()).toBe(true);
    expect(
      observer.json({ usage: { prompt_tokens: 3, total_tokens: 3 } }).details.tokens,
    ).toMatchObject({ input: 3, output: 0 });
    expect(observer.json({}).details).toMatchObject({
      partial: true,
      operation: 'embeddings',
      tokens: { input: 100, output: 0 },
    });
    expect(observer.json({ usage: { prompt_tokens: 3 } }).details.operation).toBe('embeddings');
  });
});
