/**
 * How a streamed step ends, through the AI SDK's spec test model: the parts pass on in
 * order, and the step is settled exactly once, from its finish part whenever the provider
 * sends one, whatever the caller does with its stream.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  type Budget,
  createBudget,
  isUsageTokens,
  type LegacyTokenCounts,
  totalInputTokens,
  type UsageTokens,
} from '@tollgate/core';
import { computeCost } from '@tollgate/pricing';
import { streamObject, streamText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { createOpenAI as createOpenAIv3 } from 'ai-sdk-openai-v3';
import { streamObject as streamObjectV6 } from 'ai-v6';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { withBudget } from './index.js';
import {
  controlledSource,
  finish,
  settled,
  streaming,
  streamingFrom,
  usage,
} from './test-support/spec-models.js';

const heldInput = (tokens: UsageTokens | LegacyTokenCounts | undefined) =>
  isUsageTokens(tokens) ? totalInputTokens(tokens) : 0;

let id = 0;
const budgetOf = () => createBudget({ id: `stream-${++id}`, limitUsd: 10 });

/** A metered step on `budget` whose model stream the test feeds part by part. */
async function controlledStep(budget: Budget) {
  const source = controlledSource();
  const model = withBudget(streamingFrom(source.stream), { budget });
  const { stream } = await model.doStream({ prompt: [], maxOutputTokens: 50 });
  return { source, stream };
}

describe('stream endings', () => {
  test('a stream that ends without a finish part is charged what arrived', async () => {
    const budget = budgetOf();
    const model = streaming([
      { type: 'stream-start', warnings: [] },
      { type: 'reasoning-delta', id: 'r', delta: 'thinking' },
      { type: 'text-delta', id: 't', delta: 'hello world' },
      { type: 'tool-input-delta', id: 'c', delta: '{"a"' },
      { type: 'tool-call', toolCallId: 'c', toolName: 'calc', input: '{"a":1}' },
      {
        type: 'tool-call',
        toolCallId: 's',
        toolName: 'search',
        input: '{}',
        providerExecuted: true,
      },
    ]);
    const result = streamText({
      model: withBudget(model, { budget }),
      prompt: 'Hi',
      maxOutputTokens: 1_000,
      tools: { search: { type: 'provider', id: 'openai.web_search', args: {} } as never },
      onError: () => {},
    });
    await result.consumeStream();
    const [entry] = await budget.ledger();
    expect(entry?.details).toMatchObject({ partial: true });
    expect(entry?.details.tokens).toMatchObject({
      output: { text: 'thinkinghello world{"a"{"a":1}'.length, reasoning: 0 },
    });
    expect(entry?.details.toolCalls).toEqual({ webSearch: 1 });
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('an interrupted stream that ran more web searches than its hold allowed for is charged its hold, its searches kept', async () => {
    const budget = budgetOf();
    // No maxToolCalls: the hold allows for ASSUMED_TOOL_USES (10) searches; the model ran 11.
    const searches = Array.from({ length: 11 }, (_, index) => ({
      type: 'tool-call' as const,
      toolCallId: `s${index}`,
      toolName: 'search',
      input: '{}',
      providerExecuted: true,
    }));
    const model = streaming([{ type: 'text-delta', id: 't', delta: 'abc' }, ...searches]);
    const result = streamText({
      model: withBudget(model, { budget }),
      prompt: 'Hi',
      maxOutputTokens: 10,
      tools: { search: { type: 'provider', id: 'openai.web_search', args: {} } as never },
      onError: () => {},
    });
    await result.consumeStream();
    const [entry] = await budget.ledger();
    expect(entry?.details).toMatchObject({
      partial: true,
      capped: true,
      toolCalls: { webSearch: 11 },
    });
    expect(entry?.actualUsd).toBe(entry?.reservedUsd);
    const uncapped = computeCost({
      provider: 'openai',
      model: 'gpt-4.1',
      usage: {
        inputTokens: heldInput(entry?.details.tokens),
        cacheReadTokens: 0,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        outputTokens: 3,
        webSearchRequests: 11,
      },
    }).totalUsd;
    expect(entry?.details.uncappedUsd).toBe(uncapped);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('an interrupted stream at a requested tier is charged at the dearer of that tier and standard', async () => {
    const charged = async (serviceTier: string) => {
      const budget = budgetOf();
      const model = withBudget(streaming([{ type: 'text-delta', id: 't', delta: 'abc' }]), {
        budget,
      });
      const { stream } = await model.doStream({
        prompt: [],
        maxOutputTokens: 50,
        providerOptions: { openai: { serviceTier } },
      });
      for await (const _part of stream);
      const [entry] = await budget.ledger();
      return entry;
    };
    const priority = await charged('priority');
    const flex = await charged('flex');
    // Each charged its own held input (the options' bytes differ by the tier's name).
    const at = (entry: typeof priority, serviceTier: string | null) =>
      computeCost({
        provider: 'openai',
        model: 'gpt-4.1',
        usage: { input_tokens: heldInput(entry?.details.tokens), output_tokens: 3 },
        serviceTier,
      }).totalUsd;
    expect(priority?.actualUsd).toBe(at(priority, 'priority'));
    expect(flex?.actualUsd).toBe(at(flex, null));
  });

  test('a stream cancelled by its reader before the finish is charged what arrived, once, and the source cancelled', async () => {
    const budget = budgetOf();
    const { source, stream } = await controlledStep(budget);
    const reader = stream.getReader();
    source.send({ type: 'text-delta', id: 't', delta: 'abc' });
    expect(await reader.read()).toMatchObject({ value: { delta: 'abc' } });
    await reader.cancel('enough');
    await reader.cancel('again');
    expect(source.cancelledWith).toEqual(['enough']);
    const entries = await budget.ledger();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toMatchObject({ partial: true, tokens: { output: { text: 3 } } });
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a stream cancelled after its finish arrived, unread, is charged its usage exactly', async () => {
    const budget = budgetOf();
    const { source, stream } = await controlledStep(budget);
    const reader = stream.getReader();
    source.send({ type: 'text-delta', id: 't', delta: 'abc' });
    expect(await reader.read()).toMatchObject({ value: { delta: 'abc' } });
    source.send({ type: 'text-delta', id: 't', delta: 'def' });
    source.send(finish(usage(10, 2)));
    await settled(budget);
    await reader.cancel('enough');
    const [entry] = await budget.ledger();
    expect(entry?.details.partial).toBeUndefined();
    expect(entry?.details.tokens).toMatchObject({ output: { text: 2 } });
  });

  test('a stream whose source never ends is charged its hold at its deadline, read or not', async () => {
    const budget = createBudget({ id: `stalled-${++id}`, limitUsd: 10, ttlMs: 300 });
    const { source, stream } = await controlledStep(budget);
    source.send({ type: 'text-delta', id: 't', delta: 'abc' });
    const reader = stream.getReader();
    await reader.read();
    const entry = await settled(budget);
    expect(entry.details).toMatchObject({ partial: true, usage: 'unseen' });
    expect(entry.actualUsd).toBe(entry.reservedUsd);
    // The finish that comes too late changes nothing: the step ended once.
    source.send(finish(usage(10, 2)));
    expect(await reader.read()).toMatchObject({ value: { type: 'finish' } });
    expect(await budget.ledger()).toHaveLength(1);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });
  });

  test('a stream whose source errors is charged what arrived and errors the caller', async () => {
    const budget = budgetOf();
    let pulls = 0;
    const source = new ReadableStream<LanguageModelV4StreamPart>({
      pull(controller) {
        pulls += 1;
        if (pulls === 1) controller.enqueue({ type: 'text-delta', id: 't', delta: 'abcd' });
        else controller.error(new Error('socket closed'));
      },
    });
    const model = withBudget(
      new MockLanguageModelV4({
        provider: 'openai.chat',
        modelId: 'gpt-4.1',
        doStream: { stream: source },
      }),
      { budget },
    );
    const { stream } = await model.doStream({ prompt: [], maxOutputTokens: 50 });
    const entry = await settled(budget);
    expect(entry.details).toMatchObject({ partial: true, tokens: { output: { text: 4 } } });
    // The error was read ahead of the caller, and still comes after the part before it.
    const reader = stream.getReader();
    expect(await reader.read()).toMatchObject({ value: { delta: 'abcd' } });
    await expect(reader.read()).rejects.toThrow('socket closed');
  });

  test('a part that cannot be read errors the caller after the parts before it and lets the source go', async () => {
    const budget = budgetOf();
    const { source, stream } = await controlledStep(budget);
    source.send({ type: 'text-delta', id: 't', delta: 'abc' });
    source.send({ type: 'text-delta', id: 't' } as unknown as LanguageModelV4StreamPart);
    const entry = await settled(budget);
    expect(entry.details).toMatchObject({ partial: true, tokens: { output: { text: 3 } } });
    expect(source.cancelledWith).toEqual([expect.any(TypeError)]);
    const reader = stream.getReader();
    expect(await reader.read()).toMatchObject({ value: { delta: 'abc' } });
    await expect(reader.read()).rejects.toThrow(TypeError);
  });

  test('a stream settles at its finish part, before the caller sees it', async () => {
    const budget = budgetOf();
    const { source, stream } = await controlledStep(budget);
    const reader = stream.getReader();
    source.send({ type: 'text-delta', id: 't', delta: 'abc' });
    await reader.read();
    expect((await budget.status()).calls).toBe(0);
    source.send(finish(usage(10, 2)));
    expect(await reader.read()).toMatchObject({ value: { type: 'finish' } });
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
    const [entry] = await budget.ledger();
    expect(entry?.details.partial).toBeUndefined();
  });

  test('a stream nobody reads, or whose reader stops, is settled exactly when its finish arrives', async () => {
    for (const reads of [0, 1]) {
      const budget = budgetOf();
      const { source, stream } = await controlledStep(budget);
      source.send({ type: 'text-delta', id: 't', delta: 'abc' });
      source.send({ type: 'text-delta', id: 't', delta: 'def' });
      const reader = stream.getReader();
      for (let read = 0; read < reads; read += 1) await reader.read();
      expect(await budget.ledger()).toHaveLength(0);
      source.send(finish(usage(10, 2)));
      source.end();
      const entry = await settled(budget);
      expect(entry.details.partial).toBeUndefined();
      expect(entry.details.tokens).toMatchObject({ output: { text: 2 } });
      // Every part is still there, in order, for a reader that comes back.
      const rest: string[] = [];
      for (let result = await reader.read(); !result.done; result = await reader.read())
        rest.push(result.value.type === 'text-delta' ? result.value.delta : result.value.type);
      expect(rest).toEqual(['abc', 'def', 'finish'].slice(reads));
    }
  });

  test('a doStream that throws releases its hold', async () => {
    const budget = budgetOf();
    const model = withBudget(
      new MockLanguageModelV4({
        provider: 'openai.responses',
        modelId: 'gpt-4.1',
        doStream: async () => {
          throw new Error('connect ECONNREFUSED');
        },
      }),
      { budget },
    );
    await expect(model.doStream({ prompt: [], maxOutputTokens: 5 })).rejects.toThrow(
      'ECONNREFUSED',
    );
    expect(await budget.status()).toMatchObject({ calls: 0, reservedUsd: '0', spentUsd: '0' });
  });
});

describe('stream endings the providers shape', () => {
  const zero = {
    inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: 0, text: 0, reasoning: 0 },
  };

  test('a finish with all-zero usage after an error part (xAI) is charged what arrived, never $0', async () => {
    const budget = budgetOf();
    const model = streaming([
      { type: 'stream-start', warnings: [] },
      { type: 'text-delta', id: 't', delta: 'twelve bytes' },
      { type: 'error', error: new Error('overloaded') },
      { type: 'finish', usage: zero, finishReason: { unified: 'error', raw: 'error' } },
    ]);
    await streamText({
      model: withBudget(model, { budget }),
      prompt: 'Hi',
      onError: () => {},
    }).consumeStream();
    const entry = await settled(budget);
    expect(entry.details).toMatchObject({ partial: true, tokens: { output: { text: 12 } } });
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
  });

  test('usage after an error part that the provider did report is charged exactly', async () => {
    const budget = budgetOf();
    const model = streaming([
      { type: 'text-delta', id: 't', delta: 'twelve bytes' },
      { type: 'error', error: new Error('overloaded') },
      finish(usage(10, 3)),
    ]);
    await streamText({
      model: withBudget(model, { budget }),
      prompt: 'Hi',
      onError: () => {},
    }).consumeStream();
    const entry = await settled(budget);
    expect(entry.details.partial).toBeUndefined();
    expect(entry.details.tokens).toMatchObject({ output: { text: 3 } });
  });

  test('a zero usage with no error part is a reading (a custom model that counts nothing)', async () => {
    const budget = budgetOf();
    const model = streaming([
      { type: 'text-delta', id: 't', delta: 'x' },
      { type: 'finish', usage: zero, finishReason: { unified: 'stop', raw: 'stop' } },
    ]);
    await streamText({ model: withBudget(model, { budget }), prompt: 'Hi' }).consumeStream();
    expect((await settled(budget)).actualUsd).toBe('0');
  });

  test.each(['ai 7', 'ai 6'] as const)(
    '%s: streamObject broken out of after the whole response arrived (it cancels the model stream) is charged the usage exactly',
    async (sdk) => {
      // One write: the whole stream is in the client before its first partial object.
      const chunk = (delta: object, finishReason: string | null = null, extra: object = {}) =>
        `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [{ index: 0, delta, finish_reason: finishReason }], ...extra })}\n\n`;
      const body = [
        chunk({ role: 'assistant', content: '{"name":"x",' }),
        chunk({ content: '"n":1}' }),
        chunk({}, 'stop', { usage: { prompt_tokens: 40, completion_tokens: 9, total_tokens: 49 } }),
        'data: [DONE]\n\n',
      ].join('');
      const server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.end(body);
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      try {
        const { port } = server.address() as AddressInfo;
        const provider = { apiKey: 'test', baseURL: `http://127.0.0.1:${port}/v1` };
        const budget = budgetOf();
        const options = {
          schema: z.object({ name: z.string(), n: z.number() }),
          prompt: 'Hi',
          maxOutputTokens: 500,
          onError: () => {},
        };
        const result =
          sdk === 'ai 7'
            ? streamObject({
                ...options,
                model: withBudget(createOpenAI(provider).chat('gpt-4.1'), { budget }),
              })
            : streamObjectV6({
                ...options,
                model: withBudget(createOpenAIv3(provider).chat('gpt-4.1'), { budget }),
              });
        for await (const _partial of result.partialObjectStream) break;
        const entry = await settled(budget);
        expect(entry.details.partial).toBeUndefined();
        expect(entry.details.tokens).toMatchObject({
          input: { uncached: 40 },
          output: { text: 9 },
        });
      } finally {
        server.close();
      }
    },
  );
});
