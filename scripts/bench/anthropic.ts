/**
 * `@tollgate/anthropic` overhead and the tightness of its local input bound.
 *
 * Latency: a raw and a wrapped `@anthropic-ai/sdk` client call the same loopback mock,
 * interleaved one after the other (the order alternating every iteration) so that noise
 * hits both alike; the figure is the ratio of their medians. Bound: for each prompt of a
 * varied corpus, the local bound's input tokens over the mock's count (o200k_base plus
 * framing, `countInputTokens`).
 */
import Anthropic from '@anthropic-ai/sdk';
import { boundInputTokens, withBudget } from '@tollgate/anthropic';
import { countInputTokens, startMockProvider } from '@tollgate/mock-provider';
import { median } from './measure.ts';
import type { BenchSection } from './types.ts';

const iterations = 400;
const warmup = 50;
const model = 'claude-opus-4-8';

/** Prompts of different kinds; English prose, code, CJK, JSON, mixed scripts and a tool call. */
export const promptCorpus: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'English, short', text: 'What is the capital of Australia?' },
  {
    name: 'English, paragraph',
    text: 'Summarise the following: The lighthouse keeper rose before dawn, trimmed the wick, polished the great lens and logged the weather, as his father had done for forty years. Ships passed in the grey light and none of them knew his name. '.repeat(
      4,
    ),
  },
  {
    name: 'TypeScript code',
    text: `Review this function:\n\n${'export async function retry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {\n  let last: unknown;\n  for (let i = 0; i < attempts; i += 1) {\n    try { return await operation(); } catch (error) { last = error; }\n  }\n  throw last;\n}\n'.repeat(3)}`,
  },
  {
    name: 'Chinese',
    text: '请用三句话介绍长城的历史，并说明它为什么被列为世界文化遗产。长城东起山海关，西至嘉峪关。'.repeat(
      4,
    ),
  },
  {
    name: 'Japanese',
    text: '次の文章を英語に翻訳してください。桜の季節になると、公園は花見をする人でいっぱいになります。'.repeat(
      4,
    ),
  },
  {
    name: 'JSON',
    text: `Extract the names: ${JSON.stringify(
      Array.from({ length: 40 }, (_, i) => ({
        id: i,
        name: `customer-${i}`,
        plan: i % 2 ? 'pro' : 'free',
        active: i % 3 === 0,
      })),
    )}`,
  },
  {
    name: 'Mixed scripts and emoji',
    text: 'Привет! Héllo, ñandú, Straße, 🙂🚀✨ — こんにちは 안녕하세요 مرحبا. '.repeat(8),
  },
];

function bodyOf(text: string) {
  return {
    model,
    max_tokens: 64,
    system: 'You are a concise assistant.',
    messages: [{ role: 'user' as const, content: text }],
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
    const body = bodyOf(promptCorpus[1]?.text ?? '');
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

    const ratios: Array<{ name: string; ratio: number }> = [];
    for (const { name, text } of promptCorpus) {
      const request = bodyOf(text);
      const actual = await countInputTokens('messages', request);
      ratios.push({ name, ratio: boundInputTokens(request, 1_000_000).tokens / actual });
    }
    const values = ratios.map(({ ratio }) => ratio);
    const plainRatio = plain.wrapped / plain.raw;
    const streamRatio = streamed.wrapped / streamed.raw;
    const status = await wrapped.budget.status();

    return {
      title: '@tollgate/anthropic',
      rows: [
        {
          name: 'wrapped/raw median latency, messages.create',
          value: plainRatio.toFixed(3),
          target: '<= 1.03',
          meets: plainRatio <= 1.03,
          note: `${iterations} interleaved pairs on a loopback mock; medians ${plain.raw.toFixed(3)} / ${plain.wrapped.toFixed(3)} ms`,
        },
        {
          name: 'wrapped/raw median latency, first stream event',
          value: streamRatio.toFixed(3),
          target: '<= 1.03',
          meets: streamRatio <= 1.03,
          note: `${iterations} interleaved pairs; medians ${streamed.raw.toFixed(3)} / ${streamed.wrapped.toFixed(3)} ms`,
        },
        {
          name: "local bound ('bytes') estimate/actual input tokens, median",
          value: median(values).toFixed(2),
          note: `min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)} over ${values.length} prompts; must stay >= 1`,
          target: '>= 1 for every prompt',
          meets: Math.min(...values) >= 1,
        },
      ],
      notes: [
        `Bound per prompt (bound / mock count): ${ratios.map(({ name, ratio }) => `${name} ${ratio.toFixed(2)}`).join('; ')}.`,
        `The wrapped client settled ${status.calls} calls and holds ${status.reservedUsd} USD at the end.`,
      ],
    };
  } finally {
    await mock.close();
  }
}
