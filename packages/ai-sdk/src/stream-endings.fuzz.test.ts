/**
 * Every way a streamed step can end, generated: however many parts arrive and whichever
 * ending comes (a finish part read or not, the end without one, the reader cancelling,
 * the source breaking), the step ends exactly once, exactly charged when the provider
 * finished, never above its hold and never at $0, and
 * nothing stays held.
 */
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { createBudget } from '@tollgate/core';
import { MockLanguageModelV4 } from 'ai/test';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { withBudget } from './index.js';
import { settled } from './test-support/spec-models.js';

/** `stop`: the provider finishes, but the reader stops reading (never cancels). */
type Ending = 'finish' | 'stop' | 'end' | 'cancel' | 'break';

function source(deltas: readonly string[], ending: Ending, outputTokens: number) {
  let index = 0;
  return new ReadableStream<LanguageModelV4StreamPart>({
    pull(controller) {
      const delta = deltas[index];
      index += 1;
      if (delta !== undefined) {
        controller.enqueue({ type: 'text-delta', id: 't', delta });
      } else if (ending === 'break') {
        controller.error(new Error('connection reset'));
      } else if ((ending === 'finish' || ending === 'stop') && index === deltas.length + 1) {
        controller.enqueue({
          type: 'finish',
          finishReason: { unified: 'stop', raw: 'stop' },
          usage: {
            inputTokens: { total: 12, noCache: 12, cacheRead: 0, cacheWrite: 0 },
            outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
            raw: { input_tokens: 12, output_tokens: outputTokens },
          },
        });
      } else {
        controller.close();
      }
    },
  });
}

let id = 0;

test('a streamed step ends exactly once, within its hold, never free, nothing left held', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), { maxLength: 8 }),
      fc.constantFrom<Ending>('finish', 'stop', 'end', 'cancel', 'break'),
      fc.nat({ max: 8 }),
      fc.nat({ max: 40 }),
      async (deltas, ending, readBeforeCancel, outputTokens) => {
        const budget = createBudget({ id: `fuzz-${++id}`, limitUsd: 1 });
        const model = withBudget(
          new MockLanguageModelV4({
            provider: 'openai.responses',
            modelId: 'gpt-4.1-mini',
            doStream: async () => ({ stream: source(deltas, ending, outputTokens) }),
          }),
          { budget },
        );
        const { stream } = await model.doStream({
          prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
          maxOutputTokens: 40,
        });
        const reader = stream.getReader();
        const seen: LanguageModelV4StreamPart[] = [];
        try {
          for (;;) {
            if (ending === 'cancel' && seen.length >= readBeforeCancel) {
              await reader.cancel('stop');
              break;
            }
            if (ending === 'stop' && seen.length >= readBeforeCancel) break;
            const result = await reader.read();
            if (result.done) break;
            seen.push(result.value);
          }
        } catch {
          // The broken source reaches the caller as an error: expected for 'break'.
        }
        // A reader that stopped does not drive the step: it ends as the source does.
        const entry = await settled(budget);
        // A step whose provider finished is charged its usage, whatever its reader did.
        if (ending === 'finish' || ending === 'stop') expect(entry.details.partial).toBeUndefined();
        expect(Number(entry.actualUsd)).toBeGreaterThan(0);
        expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
        expect((await budget.status()).reservedUsd).toBe('0');
        // Nothing added or removed: the parts seen are the source's, in order.
        expect(seen.map((part) => (part.type === 'text-delta' ? part.delta : part.type))).toEqual(
          [...deltas, ...(ending === 'finish' || ending === 'stop' ? ['finish'] : [])].slice(
            0,
            seen.length,
          ),
        );
      },
    ),
    { numRuns: 150 },
  );
});
