/**
 * `@tollgate/ai-sdk` overhead and the tightness of its prompt bound.
 *
 * Latency: `generateText` through the real `@ai-sdk/openai` Responses model, raw and
 * wrapped by `withBudget`, on the same loopback mock, interleaved one after the other (the
 * order alternating every iteration) so that noise hits both alike; the figure is the
 * ratio of their medians. Bound: for each prompt of the shared corpus, the bound's input
 * tokens over the mock's count of the Responses body the provider sends (o200k_base plus
 * framing, `countInputTokens`).
 */
import { createOpenAI } from '@ai-sdk/openai';
import { boundPrompt, withBudget } from '@tollgate/ai-sdk';
import { countInputTokens, startMockProvider } from '@tollgate/mock-provider';
import { generateText, type LanguageModel, streamText } from 'ai';
import { CORPUS, ENGLISH } from './_corpus.ts';
import { median, STEADY_STATE_WARMUP } from './_measure.ts';
import type { BenchSection } from './types.ts';

const iterations = 400;
const warmup = STEADY_STATE_WARMUP;

async function timed(operation: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await operation();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export default async function benchAiSdk(): Promise<BenchSection> {
  const mock = await startMockProvider();
  try {
    const openai = createOpenAI({ apiKey: 'sk-bench', baseURL: mock.openaiBaseURL });
    const raw = openai('gpt-4.1');
    const wrapped = withBudget(openai('gpt-4.1'), { limitUsd: '1000000' });
    // A prompt of about 1,000 tokens, as in the other adapter benches.
    const prompt = Array.from({ length: 24 }, () => ENGLISH.join(' ')).join('\n');
    /**
     * Times `measure` on the raw and the wrapped model one after the other, the order
     * alternating every iteration so that noise hits both alike; warm-up pairs dropped.
     */
    const interleaved = async (measure: (model: LanguageModel) => Promise<number>) => {
      const times = { raw: [] as number[], wrapped: [] as number[] };
      for (let i = 0; i < warmup + iterations; i += 1) {
        const order = i % 2 === 0 ? (['raw', 'wrapped'] as const) : (['wrapped', 'raw'] as const);
        for (const side of order) {
          const ms = await measure(side === 'raw' ? raw : wrapped);
          if (i >= warmup) times[side].push(ms);
        }
      }
      return times;
    };
    const call = (model: LanguageModel) => () =>
      generateText({
        model,
        system: 'You are a careful assistant.',
        prompt,
        maxOutputTokens: 16,
        maxRetries: 0,
      });
    const { raw: rawTimes, wrapped: wrappedTimes } = await interleaved((model) =>
      timed(call(model)),
    );
    const ratio = median(wrappedTimes) / median(rawTimes);

    // Time to the first text delta of `streamText`, each stream then read to its end (so
    // calls never overlap); the same interleaving.
    const firstChunk = async (model: LanguageModel) => {
      const started = process.hrtime.bigint();
      const result = streamText({ model, prompt, maxOutputTokens: 16, maxRetries: 0 });
      let first = 0;
      for await (const _delta of result.textStream)
        if (first === 0) first = Number(process.hrtime.bigint() - started) / 1e6;
      return first;
    };
    const { raw: rawFirst, wrapped: wrappedFirst } = await interleaved(firstChunk);
    const firstRatio = median(wrappedFirst) / median(rawFirst);

    const boundRows: BenchSection['rows'] = [];
    const all: number[] = [];
    for (const [category, samples] of CORPUS) {
      const values: number[] = [];
      for (const sample of samples) {
        for (const repeat of [1, 8]) {
          const text = Array.from({ length: repeat }, () => sample).join('\n');
          const actual = await countInputTokens('responses', {
            model: 'gpt-4.1',
            input: [{ role: 'user', content: [{ type: 'input_text', text }] }],
          });
          const bound = boundPrompt(
            { prompt: [{ role: 'user', content: [{ type: 'text', text }] }] },
            'openai-responses',
            1_000_000,
          );
          values.push(bound.tokens / actual);
        }
      }
      all.push(...values);
      const low = Math.min(...values);
      boundRows.push({
        name: `estimate/actual input tokens, ${category}`,
        value: `${median(values).toFixed(2)} (min ${low.toFixed(2)}, max ${Math.max(...values).toFixed(2)})`,
        target: '>= 1.00 (never under)',
        meets: low >= 1,
        note: `${values.length} prompts; actual = mock count (o200k_base + framing)`,
      });
    }
    const status = await wrapped.budget.status();
    return {
      title: '@tollgate/ai-sdk',
      rows: [
        {
          name: 'wrapped/raw median latency, generateText',
          value: ratio.toFixed(3),
          target: '<= 1.06',
          meets: ratio <= 1.06,
          note: `${iterations} interleaved pairs after ${warmup} warm-up pairs, on a loopback mock (@ai-sdk/openai Responses); medians ${median(rawTimes).toFixed(3)} / ${median(wrappedTimes).toFixed(3)} ms`,
        },
        {
          name: 'wrapped/raw median time to first text delta, streamText',
          value: firstRatio.toFixed(3),
          target: '<= 1.08',
          meets: firstRatio <= 1.08,
          note: `${iterations} interleaved pairs after ${warmup} warm-up pairs, each stream read to its end; medians ${median(rawFirst).toFixed(3)} / ${median(wrappedFirst).toFixed(3)} ms`,
        },
        ...boundRows,
      ],
      notes: [
        `Prompt bound over all ${all.length} prompts: median ${median(all).toFixed(2)}, min ${Math.min(...all).toFixed(2)}, max ${Math.max(...all).toFixed(2)}. Absolute overhead per call: ${(median(wrappedTimes) - median(rawTimes)).toFixed(3)} ms.`,
        `The wrapped model settled ${status.calls} calls and holds ${status.reservedUsd} USD at the end.`,
      ],
    };
  } finally {
    await mock.close();
  }
}
