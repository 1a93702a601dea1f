/**
 * Models of the AI SDK's spec test kit under a real provider's name, for endings the
 * loopback provider cannot produce on demand, and a wait for a step nobody reads.
 */
import type { LanguageModelV4StreamPart, LanguageModelV4Usage } from '@ai-sdk/provider';
import type { Budget, LedgerEntry } from '@tollgate/core';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { expect } from 'vitest';

/** A step usage of the spec, with the provider's own usage when given. */
export const usage = (input: number, output: number, raw?: Record<string, unknown>) =>
  ({
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: undefined },
    ...(raw === undefined ? {} : { raw }),
  }) as LanguageModelV4Usage;

/** An OpenAI Responses model streaming the given parts. */
export function streaming(parts: LanguageModelV4StreamPart[]) {
  return new MockLanguageModelV4({
    provider: 'openai.responses',
    modelId: 'gpt-4.1',
    doStream: async () => ({ stream: convertArrayToReadableStream(parts) }),
  });
}

/** A finish part with the given usage. */
export const finish = (stepUsage: LanguageModelV4Usage): LanguageModelV4StreamPart => ({
  type: 'finish',
  usage: stepUsage,
  finishReason: { unified: 'stop', raw: 'stop' },
});

/** A model stream the test feeds part by part, recording what it was cancelled with. */
export function controlledSource() {
  let feed: ReadableStreamDefaultController<LanguageModelV4StreamPart> | undefined;
  const cancelledWith: unknown[] = [];
  const stream = new ReadableStream<LanguageModelV4StreamPart>({
    start(controller) {
      feed = controller;
    },
    cancel(reason) {
      cancelledWith.push(reason);
    },
  });
  const controller = feed as ReadableStreamDefaultController<LanguageModelV4StreamPart>;
  return {
    stream,
    cancelledWith,
    send: (part: LanguageModelV4StreamPart) => controller.enqueue(part),
    end: () => controller.close(),
  };
}

/** An OpenAI Responses model answering with this stream. */
export function streamingFrom(stream: ReadableStream<LanguageModelV4StreamPart>) {
  return new MockLanguageModelV4({
    provider: 'openai.responses',
    modelId: 'gpt-4.1',
    doStream: async () => ({ stream }),
  });
}

/** The budget's only ledger entry, once the step has ended (no reader drives it). */
export async function settled(budget: Budget): Promise<LedgerEntry> {
  for (let tries = 0; tries < 250; tries += 1) {
    const [entry, ...others] = await budget.ledger();
    if (entry !== undefined) {
      expect(others).toHaveLength(0);
      return entry;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the step never ended');
}
