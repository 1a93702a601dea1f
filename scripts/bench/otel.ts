/**
 * `@tollgate/otel` overhead: what instrumenting a wrapped client adds to each call.
 *
 * A raw `openai` client, a wrapped one and a wrapped-and-instrumented one call the same
 * loopback mock, interleaved in rotating order so that noise hits all three alike. The
 * instrumented client reports to a real OpenTelemetry SDK (a MeterProvider collected at the
 * end, a tracer provider with an AsyncLocalStorage context manager), and every call runs
 * inside an active span so the span is annotated too. The figure held to the target is the
 * instrumented/raw ratio over the wrapped/raw ratio.
 */
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import { instrument } from '@tollgate/otel';
import OpenAI from 'openai';
import { formatCount, median, ratePerSecond, STEADY_STATE_WARMUP } from './_measure.ts';
import type { BenchSection } from './types.ts';

const roundCount = 7;
const perRound = 100;
const warmup = 20;

export default async function benchOtel(): Promise<BenchSection> {
  const mock = await startMockProvider();
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(spanExporter)],
  });
  const tracer = tracerProvider.getTracer('bench');
  try {
    const client = () =>
      new OpenAI({ apiKey: 'bench', baseURL: mock.openaiBaseURL, maxRetries: 0 });
    const raw = client();
    const wrapped = withBudget(client(), { limitUsd: '1000000' });
    const instrumented = withBudget(client(), { limitUsd: '1000000' });
    const stop = instrument(instrumented, { meterProvider, tracerProvider });
    const body = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user' as const, content: 'Name three uses of a toll gate.' }],
      max_completion_tokens: 16,
    };
    // Every call in a span of its own, for all three: only the annotation differs.
    const call = (target: OpenAI) => () =>
      tracer.startActiveSpan('request', async (span) => {
        await target.chat.completions.create(body);
        span.end();
      });
    const operations = [call(raw), call(wrapped), call(instrumented)];
    // Rounds of interleaved triplets; each round gives its own ratios, and the figure is the
    // median round, so a burst of noise from a neighbour spoils one round, not the result.
    const rounds: { raw: number; wrapped: number; instrumented: number }[] = [];
    // The steady state first (see STEADY_STATE_WARMUP), then the measured rounds.
    for (let i = 0; i < STEADY_STATE_WARMUP; i += 1) {
      for (const operation of operations) await operation();
      spanExporter.reset();
    }
    for (let round = 0; round < roundCount; round += 1) {
      const times: number[][] = [[], [], []];
      for (let i = 0; i < warmup + perRound; i += 1) {
        for (let step = 0; step < 3; step += 1) {
          const which = (i + step) % 3;
          const started = process.hrtime.bigint();
          await (operations[which] as () => Promise<void>)();
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          if (i >= warmup) times[which]?.push(ms);
          spanExporter.reset();
        }
      }
      const [rawMs, wrappedMs, instrumentedMs] = times.map((values) => median(values)) as [
        number,
        number,
        number,
      ];
      rounds.push({ raw: rawMs, wrapped: wrappedMs, instrumented: instrumentedMs });
    }
    await reader.forceFlush();
    stop();
    const pairs = await budgetPairs(meterProvider, tracerProvider);
    const middle = (pick: (round: (typeof rounds)[number]) => number) => median(rounds.map(pick));
    const wrappedRatio = middle((round) => round.wrapped / round.raw);
    const instrumentedRatio = middle((round) => round.instrumented / round.raw);
    const relative = middle((round) => round.instrumented / round.wrapped);
    const rawMs = middle((round) => round.raw);
    const wrappedMs = middle((round) => round.wrapped);
    const instrumentedMs = middle((round) => round.instrumented);
    return {
      title: '@tollgate/otel',
      rows: [
        {
          name: 'wrapped/raw median latency, chat.completions.create',
          value: wrappedRatio.toFixed(3),
          note: `median of ${roundCount} rounds of ${perRound} interleaved triplets on a loopback mock, each call in an active span`,
        },
        {
          name: 'wrapped-and-instrumented/raw median latency',
          value: instrumentedRatio.toFixed(3),
          note: 'instrument(client, { meterProvider, tracerProvider }): metrics and span annotation',
        },
        {
          name: 'instrumented ratio / uninstrumented ratio',
          value: relative.toFixed(3),
          target: '<= 1.02',
          meets: relative <= 1.02,
          note: `medians ${rawMs.toFixed(3)} / ${wrappedMs.toFixed(3)} / ${instrumentedMs.toFixed(3)} ms`,
        },
        {
          name: 'reserve+settle pairs/s, plain / instrumented',
          value: `${formatCount(pairs.plain)} / ${formatCount(pairs.instrumented)}`,
          note: `memory store, depth 1, in process: ${pairs.costUs.toFixed(1)} µs added per call`,
        },
      ],
      notes: [
        `Absolute cost of instrumenting: ${((instrumentedMs - wrappedMs) * 1000).toFixed(1)} µs per call (median against median).`,
      ],
    };
  } finally {
    await meterProvider.shutdown();
    await tracerProvider.shutdown();
    await mock.close();
  }
}

/** The budget step alone, without HTTP: what instrumenting adds in CPU per call. */
async function budgetPairs(
  meterProvider: MeterProvider,
  tracerProvider: BasicTracerProvider,
): Promise<{ plain: number; instrumented: number; costUs: number }> {
  const details = {
    provider: 'openai',
    model: 'gpt-4o-mini',
    tokens: { input: 120, cachedInput: 0, output: 16 },
    pricingVersion: 'bench',
  };
  const rate = async (instrumented: boolean) => {
    const budget = createBudget({ id: `pairs-${String(instrumented)}`, limitUsd: '1000000' });
    const stop = instrumented ? instrument(budget, { meterProvider, tracerProvider }) : () => {};
    const perSecond = await ratePerSecond(7, 5_000, async (count) => {
      for (let i = 0; i < count; i += 1) {
        await (await budget.reserve('0.001')).settle('0.0005', details);
      }
    });
    stop();
    return perSecond;
  };
  await rate(false);
  const plain = await rate(false);
  const instrumented = await rate(true);
  return { plain, instrumented, costUs: (1 / instrumented - 1 / plain) * 1e6 };
}
