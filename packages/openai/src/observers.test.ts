import { type UsageTokens, usageTokens } from '@tollgate/core';
import type { ResponseObserver } from '@tollgate/core/adapter';
import { chargingObserver } from '@tollgate/core/testing';
import { defaultPricing, usagePricer } from '@tollgate/pricing';
import { describe, expect, test, vi } from 'vitest';
import {
  type CallContext,
  consumedUsage,
  observedUsage,
  type ResponseFacts,
} from './call-context.js';
import { ChatObserver } from './chat-observer.js';
import { EmbeddingsObserver } from './embeddings-observer.js';
import { OutputTally } from './output-tally.js';
import { ResponsesObserver } from './responses-observer.js';
import { loadCounter } from './text-tokenizer.js';

const context: CallContext = {
  provider: 'openai',
  model: 'gpt-4o',
  encoding: 'o200k_base',
  requestedTier: undefined,
  heldInputTokens: 100,
  searchesPerRequest: 0,
  outputBound: { perChoice: 16_384, total: 16_384 },
};
const price = usagePricer(defaultPricing(), 'openai', 'gpt-4o');
/** The observer with the kit's pricing step, as the kit settles it. */
const charging = (observer: ResponseObserver) => chargingObserver(observer, price, 'gpt-4o');
const facts = (serviceTier?: string, model?: string, webSearches = 0): ResponseFacts => ({
  serviceTier,
  model,
  webSearches,
});
const sse = (data: unknown) => ({
  event: null,
  data: typeof data === 'string' ? data : JSON.stringify(data),
});

describe('observedUsage and consumedUsage', () => {
  test('typed tokens split cache reads, writes and reasoning; searches are tool calls; the response model is priced when known', () => {
    const observed = observedUsage(
      context,
      {
        input_tokens: 50,
        input_tokens_details: { cached_tokens: 10, cache_write_tokens: 5 },
        output_tokens: 20,
        output_tokens_details: { reasoning_tokens: 8 },
      },
      facts('default', 'gpt-4o-mini', 2),
    );
    expect(observed.usage).toEqual({
      tokens: usageTokens(
        { uncached: 35, cacheRead: 10, cacheWrite5m: 5 },
        { text: 12, reasoning: 8 },
      ),
      toolCalls: { webSearch: 2 },
      model: 'gpt-4o-mini',
      serviceTier: 'default',
    });
    expect(price(observed.usage).model).toBe('gpt-4o-mini');
    const unknownModel = observedUsage(
      context,
      { prompt_tokens: 1, completion_tokens: 1 },
      facts(undefined, 'gpt-x'),
    );
    expect(price(unknownModel.usage).model).toBe('gpt-4o');
  });

  test('the ledger records the model asked for, and the model and tier that answered', () => {
    const chat = charging(new ChatObserver(context, false));
    expect(
      chat.json({
        model: 'gpt-4o-2024-08-06',
        service_tier: 'default',
        usage: { prompt_tokens: 1, completion_tokens: 1 },
      }).details,
    ).toMatchObject({
      requestModel: 'gpt-4o',
      responseModel: 'gpt-4o-2024-08-06',
      serviceTier: 'default',
    });
    const unnamed = charging(new ChatObserver(context, false)).json({
      usage: { prompt_tokens: 1, completion_tokens: 1 },
    }).details;
    expect(unnamed.requestModel).toBe('gpt-4o');
    expect(unnamed).not.toHaveProperty('responseModel');
    expect(unnamed).not.toHaveProperty('serviceTier');
  });

  test('without the response tier, the dearer of the requested tier and standard', () => {
    const cost = (requestedTier: string | undefined) =>
      price(consumedUsage({ ...context, requestedTier }, 10, facts()).usage).costUsd;
    expect(Number(cost('priority'))).toBeGreaterThan(Number(cost(undefined)));
    expect(cost('fast')).toBe(cost('priority'));
    expect(cost('flex')).toBe(cost(undefined));
    expect(consumedUsage(context, 10, facts('flex', undefined, 1))).toEqual({
      usage: {
        tokens: usageTokens({ uncached: 100 }, { text: 10 }),
        toolCalls: { webSearch: 1 },
        model: 'gpt-4o',
        serviceTier: 'flex',
      },
      partial: true,
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
    const unbounded = { perChoice: 100, total: 200 };
    expect(tally.tokens('cl100k_base', unbounded)).toBe(13);
    const counter = await loadCounter('cl100k_base');
    expect(tally.tokens('cl100k_base', unbounded)).toBe(counter('Hello world') + counter('xy'));
    const deltas = new OutputTally();
    for (const letter of 'abcdef') deltas.add(0, letter);
    expect(deltas.tokens('cl100k_base', unbounded)).toBe(6);
  });

  test('never more than the output bound, per choice and in all', () => {
    const tally = new OutputTally();
    for (let delta = 0; delta < 20; delta += 1) tally.add(0, '你好');
    tally.add(1, 'abcdef');
    // 120 bytes of CJK on choice 0 (capped at 20), 6 bytes on choice 1.
    expect(tally.tokens('o200k_base', { perChoice: 20, total: 40 })).toBe(26);
    expect(tally.tokens('o200k_base', { perChoice: 20, total: 24 })).toBe(24);
    const deltas = new OutputTally();
    for (let delta = 0; delta < 30; delta += 1) deltas.add(0, 'a');
    expect(deltas.tokens('o200k_base', { perChoice: 20, total: 20 })).toBe(20);
  });
});

describe('ChatObserver', () => {
  test('a body without usage is charged its input and the generated text, as partial', () => {
    const observer = charging(new ChatObserver(context, false));
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
    const tokens = charge.details.tokens as UsageTokens;
    expect(tokens.output.text).toBeGreaterThanOrEqual(3);
    expect(tokens.output.reasoning).toBe(0);
    expect(charging(new ChatObserver(context, false)).json('not json').details.partial).toBe(true);
  });

  test('events: [DONE], junk and non-objects pass; the usage chunk is hidden only when we added it', () => {
    const hiding = charging(new ChatObserver(context, true));
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
    expect(charging(new ChatObserver(context, false)).event(sse(usageChunk))).toBe(true);
    expect(hiding.end().details.tokens).toEqual(usageTokens({ uncached: 5 }, { text: 2 }));
  });

  test('cuts "usage":null only when we added include_usage and the chunk has the expected layout', () => {
    const cut = { cut: ',"usage":null' };
    const chunk = (data: string) => ({ event: null, data });
    const hiding = new ChatObserver(context, true);
    expect(hiding.event(chunk('{"choices":[],"usage":null}'))).toEqual(cut);
    // Plain top-level members after it (OpenAI's obfuscation padding) are fine.
    expect(hiding.event(chunk('{"choices":[],"usage":null,"obfuscation":"x1Y","n":2}'))).toEqual(
      cut,
    );
    // A nested member is never the one cut: only `,"usage":null` followed by the closing brace.
    expect(hiding.event(chunk('{"a":{"usage":null,"b":1},"usage":null}'))).toEqual(cut);
    // Not the expected layout: the chunk passes whole.
    for (const data of [
      '{"choices":[]}',
      '{"choices":[],"usage": null}',
      '{"a":{"b":1,"usage":null}}',
      '{"choices":[],"usage":null,"extra":{"x":1}}',
      '{"choices":[],"usage":null,"text":"a \\"quote\\""}',
      '{"choices":[],"usage":null} trailing',
    ])
      expect(hiding.event(chunk(data))).toBe(true);
    // The caller asked for include_usage: its chunks are its own.
    expect(new ChatObserver(context, false).event(chunk('{"choices":[],"usage":null}'))).toBe(true);
  });

  test('reads a chunk at once only when it carries usage; the rest in batches and at the end', () => {
    const delta = (text: string, extra: object = {}) =>
      sse({
        model: 'gpt-4o-2024-08-06',
        choices: [{ index: 0, delta: { content: text } }],
        ...extra,
      });
    // A usage chunk written with spaces is still found and hidden.
    const spaced = charging(new ChatObserver(context, true));
    expect(spaced.event(delta('hi', { service_tier: 'default', usage: null }))).toEqual({
      cut: ',"usage":null',
    });
    expect(
      spaced.event({
        event: null,
        data: '{"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 1}}',
      }),
    ).toBe(false);
    // The model and tier come from the chunks read before it, in order.
    expect(spaced.end().details).toMatchObject({
      tokens: usageTokens({ uncached: 7 }, { text: 1 }),
      responseModel: 'gpt-4o-2024-08-06',
      serviceTier: 'default',
    });
    // Text that looks like usage inside a string is passed on, not hidden.
    const quoting = charging(new ChatObserver(context, true));
    expect(quoting.event(delta('"usage":{"prompt_tokens":1}'))).toBe(true);
    // With usage that names the model and tier, the chunks before it are never parsed.
    const parses = vi.spyOn(JSON, 'parse');
    const exact = charging(new ChatObserver(context, true));
    for (let index = 0; index < 50; index += 1)
      exact.event(delta('word ', { service_tier: 'default', usage: null }));
    const usageChunk = {
      model: 'gpt-4o-2024-08-06',
      service_tier: 'priority',
      choices: [],
      usage: { prompt_tokens: 9, completion_tokens: 50 },
    };
    expect(exact.event(sse(usageChunk))).toBe(false);
    expect(exact.end().details).toMatchObject({
      tokens: usageTokens({ uncached: 9 }, { text: 50 }),
      responseModel: 'gpt-4o-2024-08-06',
      serviceTier: 'priority',
    });
    expect(parses).toHaveBeenCalledTimes(1);
    // A long stream is read as it goes, so the chunks kept unread stay bounded.
    parses.mockClear();
    const roomy = { ...context, outputBound: { perChoice: 200_000, total: 200_000 } };
    const long = charging(new ChatObserver(roomy, false));
    const word = delta('x'.repeat(1000));
    for (let index = 0; index < 100; index += 1) long.event(word);
    expect(parses.mock.calls.length).toBeGreaterThan(0);
    expect(parses.mock.calls.length).toBeLessThan(100);
    parses.mockRestore();
    expect((long.end().details.tokens as UsageTokens).output.text).toBeGreaterThanOrEqual(100_000);
    // A stream cut after many chunks counts every chunk's text, read or not yet read.
    const cut = charging(new ChatObserver(context, false));
    for (let index = 0; index < 100; index += 1) cut.event(delta('word '));
    const partial = cut.end();
    expect(partial.details.partial).toBe(true);
    expect(partial.details.tokens).toMatchObject({ output: { text: expect.any(Number) } });
    expect((partial.details.tokens as UsageTokens).output.text).toBeGreaterThanOrEqual(100);
  });
});

describe('ResponsesObserver', () => {
  test('json without usage counts output text and arguments', () => {
    const charge = charging(new ResponsesObserver(context)).json({
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
    expect(charging(new ResponsesObserver(context)).json(null).details.partial).toBe(true);
  });

  test('stream: deltas, web searches and final usage', () => {
    const observer = charging(new ResponsesObserver(context));
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
    observer.event(
      sse({ type: 'response.output_item.done', item: { type: 'code_interpreter_call' } }),
    );
    const partial = observer.end();
    expect(partial.details).toMatchObject({
      partial: true,
      toolCalls: { webSearch: 1, codeExecution: 1 },
    });
    observer.event(
      sse({
        type: 'response.completed',
        response: {
          usage: { input_tokens: 10, output_tokens: 4 },
          output: [
            { type: 'web_search_call' },
            { type: 'web_search_call' },
            { type: 'code_interpreter_call' },
            { type: 'code_interpreter_call' },
          ],
        },
      }),
    );
    expect(observer.end().details).toMatchObject({
      tokens: usageTokens({ uncached: 10 }, { text: 4 }),
      toolCalls: { webSearch: 2, codeExecution: 2 },
    });
  });
});

describe('EmbeddingsObserver', () => {
  test('usage, or nothing but the held input', () => {
    const observer = charging(new EmbeddingsObserver(context));
    expect(observer.event({ event: null, data: '{}' })).toBe(true);
    expect(observer.json({ usage: { prompt_tokens: 3, total_tokens: 3 } }).details.tokens).toEqual(
      usageTokens({ uncached: 3 }),
    );
    expect(observer.json({}).details).toMatchObject({
      partial: true,
      operation: 'embeddings',
      tokens: usageTokens({ uncached: 100 }),
    });
    expect(observer.json({ usage: { prompt_tokens: 3 } }).details.operation).toBe('embeddings');
  });
});
