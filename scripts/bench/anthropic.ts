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
import { median } from './measure.ts';
import type { BenchSection } from './types.ts';

const iterations = 400;
const warmup = 50;
const model = 'claude-opus-4-8';

// The prompt corpus of the OpenAI adapter's bench (scripts/bench/openai.ts), kept identical
// so the two bounds are compared on the same texts: each sample alone and repeated 8 times.
const ENGLISH = [
  'Budgets make spending a hard limit: every call is priced before it is sent and charged after.',
  'The committee reviewed the quarterly figures, noting that freight costs rose while demand for spare parts stayed flat through the winter months.',
  'When the river flooded, the villagers moved their grain to the church loft and waited, counting sacks by lamplight, for the water to fall.',
  'Please summarise the attached incident report in three bullet points, naming the root cause, the customer impact and the follow-up actions.',
];
const CODE = [
  'export function median(values: number[]): number {\n  const sorted = [...values].sort((a, b) => a - b);\n  return sorted[Math.floor(sorted.length / 2)];\n}',
  'def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint([fib(i) for i in range(20)])',
  "SELECT customer_id, SUM(amount) AS total\nFROM payments\nWHERE paid_at >= NOW() - INTERVAL '30 days'\nGROUP BY customer_id\nHAVING SUM(amount) > 1000\nORDER BY total DESC;",
  // Code that itself uses template strings.
  [
    'for (let i = 0; i < rows.length; i++) { if (rows[i].status !== "ok") {',
    ' console.error(`row $',
    '{i}: $',
    '{rows[i].status}`); failures++; } }',
  ].join(''),
];
const CJK = [
  '東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。交通網が非常に発達しています。',
  '人工智能正在改变我们的工作方式，从自动翻译到医学影像分析，应用范围越来越广泛。',
  '서울은 대한민국의 수도이며 경제와 문화의 중심지입니다. 한강이 도시를 가로질러 흐릅니다.',
  '请根据以下会议记录，整理出三条主要结论和两项后续行动，并注明负责人和截止日期。',
];
const JSON_SAMPLES = [
  JSON.stringify({
    id: 'ord_1042',
    items: [
      { sku: 'A-17', qty: 2, price: '19.99' },
      { sku: 'B-02', qty: 1, price: '5.00' },
    ],
    paid: true,
  }),
  JSON.stringify({
    user: { name: 'Ada', roles: ['admin', 'billing'], limits: { daily: 50, monthly: 900 } },
    active: true,
  }),
  JSON.stringify(
    Array.from({ length: 12 }, (_, i) => ({
      t: 1_700_000_000 + i * 60,
      v: Math.round(Math.sin(i) * 1000) / 10,
    })),
  ),
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.35, 48.85] },
        properties: { name: 'Paris' },
      },
    ],
  }),
];
const CORPUS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['English', ENGLISH],
  ['code', CODE],
  ['CJK', CJK],
  ['JSON', JSON_SAMPLES],
];

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
        ...boundRows,
      ],
      notes: [
        `Local bound over all ${all.length} prompts: median ${median(all).toFixed(2)}, min ${Math.min(...all).toFixed(2)}, max ${Math.max(...all).toFixed(2)}. Absolute overhead per call: ${(plain.wrapped - plain.raw).toFixed(3)} ms non-streaming, ${(streamed.wrapped - streamed.raw).toFixed(3)} ms to the first event.`,
        `The wrapped client settled ${status.calls} calls and holds ${status.reservedUsd} USD at the end.`,
      ],
    };
  } finally {
    await mock.close();
  }
}
