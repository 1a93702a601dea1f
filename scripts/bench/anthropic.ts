/**
 * `@tollgate/anthropic` overhead and the tightness of its local input bound.
 *
 * Latency: a raw and a wrapped `@anthropic-ai/sdk` client call the same loopback mock,
 * interleaved one after the other (the order alternating every iteration) so that noise
 * hits both alike; the figure is the ratio of their medians. Bound: for each prompt of the
 * OpenAI bench's corpus (English, code, CJK, JSON), the local bound's input tokens over the
 * mock's count (o200k_base plus framing, `countInputTokens`).
 */
import Anthropic from '@anthropic-ai/sdk';
import { boundInputTokens, withBudget } from '@tollgate/anthropic';
import { countInputTokens, startMockProvider } from '@tollgate/mock-provider';
import { bareFloorFetch, CLAUDE_OPUS_4_8 } from './_bare-floor.ts';
import { CORPUS, ENGLISH } from './_corpus.ts';
import { median, overheadRow, STEADY_STATE_WARMUP } from './_measure.ts';
import type { BenchSection } from './types.ts';

const iterations = 400;
const warmup = STEADY_STATE_WARMUP;
const model = 'claude-opus-4-8';

function bodyOf(text: string, repeat = 1) {
  return {
    model,
    max_tokens: 16,
    system: 'You are a careful assistant.',
    messages: [
      { role: 'user' as const, content: Array.from({ length: repeat }, () => text).join('\n') },
    ],
  };
}

async function timed(operation: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await operation();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export default async function benchAnthropic(): Promise<BenchSection> {
  const mock = await startMockProvider();
  try {
    const raw = new Anthropic({
      apiKey: 'sk-ant-bench',
      baseURL: mock.anthropicBaseURL,
      maxRetries: 0,
    });
    const wrapped = withBudget(
      new Anthropic({ apiKey: 'sk-ant-bench', baseURL: mock.anthropicBaseURL, maxRetries: 0 }),
      { limitUsd: '1000000' },
    );
    // The least any metering can do, with no Tollgate code (see _bare-floor.ts).
    const bare = new Anthropic({
      apiKey: 'sk-ant-bench',
      baseURL: mock.anthropicBaseURL,
      maxRetries: 0,
      fetch: bareFloorFetch(CLAUDE_OPUS_4_8, 1_000_000),
    });
    // A prompt of about 1,000 tokens, as in the OpenAI bench.
    const body = bodyOf(`${ENGLISH.join(' ')} `, 24);
    const create = (client: Anthropic) => () => client.messages.create(body).then(() => undefined);
    const firstEvent = (client: Anthropic) => async () => {
      const stream = await client.messages.create({ ...body, stream: true });
      // Time to the first event only; the rest is drained outside the measurement.
      const iterator = stream[Symbol.asyncIterator]();
      await iterator.next();
      return iterator;
    };

    const measurePair = async (
      rawOperation: () => Promise<unknown>,
      wrappedOperation: () => Promise<unknown>,
      drain: (value: unknown) => Promise<void>,
    ): Promise<{ raw: number; wrapped: number }> => {
      const rawTimes: number[] = [];
      const wrappedTimes: number[] = [];
      const run = async (operation: () => Promise<unknown>, into: number[] | undefined) => {
        let result: unknown;
        const ms = await timed(async () => {
          result = await operation();
        });
        await drain(result);
        into?.push(ms);
      };
      for (let i = 0; i < warmup + iterations; i += 1) {
        const measured = i >= warmup;
        const pair: Array<[() => Promise<unknown>, number[] | undefined]> = [
          [rawOperation, measured ? rawTimes : undefined],
          [wrappedOperation, measured ? wrappedTimes : undefined],
        ];
        if (i % 2 === 1) pair.reverse();
        for (const [operation, into] of pair) await run(operation, into);
      }
      return { raw: median(rawTimes), wrapped: median(wrappedTimes) };
    };

    const none = async () => undefined;
    const drainIterator = async (value: unknown) => {
      const iterator = value as AsyncIterator<unknown>;
      for (let step = await iterator.next(); !step.done; step = await iterator.next());
    };
    const plain = await measurePair(create(raw), create(wrapped), none);
    const streamed = await measurePair(firstEvent(raw), firstEvent(wrapped), drainIterator);
    const floor = await measurePair(create(raw), create(bare), none);

    const boundRows: BenchSection['rows'] = [];
    const all: number[] = [];
    for (const [category, samples] of CORPUS) {
      const values: number[] = [];
      for (const sample of samples) {
        for (const repeat of [1, 8]) {
          const request = bodyOf(sample, repeat);
          const actual = await countInputTokens('messages', request);
          values.push(boundInputTokens(request, 1_000_000).tokens / actual);
        }
      }
      all.push(...values);
      const low = Math.min(...values);
      boundRows.push({
        name: `estimate/actual input tokens, ${category}, 'bytes'`,
        value: `${median(values).toFixed(2)} (min ${low.toFixed(2)}, max ${Math.max(...values).toFixed(2)})`,
        target: '>= 1.00 (never under)',
        meets: low >= 1,
        note: `${values.length} prompts; actual = mock count (o200k_base + framing)`,
      });
    }
    const status = await wrapped.budget.status();

    return {
      title: '@tollgate/anthropic',
      rows: [
        overheadRow('wrapped/raw median latency, messages.create', plain, iterations, 1.06),
        overheadRow('wrapped/raw median latency, first stream event', streamed, iterations, 1.08),
        overheadRow(
          'floor: no Tollgate code (scripts/bench/_bare-floor.ts: hold the body length, charge json() at inlined integer rates)/raw, messages.create',
          floor,
          iterations,
        ),
        ...boundRows,
      ],
      notes: [
        `Local bound over all ${all.length} prompts: median ${median(all).toFixed(2)}, min ${Math.min(...all).toFixed(2)}, max ${Math.max(...all).toFixed(2)}. Absolute overhead per call: ${(plain.wrapped - plain.raw).toFixed(3)} ms non-streaming, ${(streamed.wrapped - streamed.raw).toFixed(3)} ms to the first event.`,
        `The wrapped client settled ${status.calls} calls and holds ${status.reservedUsd} USD at the end.`,
        `Each latency row follows ${warmup} interleaved warm-up pairs (see STEADY_STATE_WARMUP in scripts/bench/_measure.ts).`,
      ],
    };
  } finally {
    await mock.close();
  }
}
