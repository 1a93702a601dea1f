import { context, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** A real OpenTelemetry SDK pair with in-memory exporters, and helpers to read what they hold. */
export interface OtelHarness {
  meterProvider: MeterProvider;
  tracerProvider: BasicTracerProvider;
  /** Collects now and returns every metric exported by this collection. */
  collect(): Promise<MetricData[]>;
  spans(): ReadableSpan[];
  shutdown(): Promise<void>;
}

let contextManager: AsyncLocalStorageContextManager | undefined;

/** Registers an AsyncLocalStorage context manager once (as the Node SDK does), so active spans follow async calls. */
export function enableContext(): void {
  if (contextManager !== undefined) return;
  contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
}

/** @param temporality what the exporter asks for; cumulative is what Prometheus and OTLP use by default. */
export function otelHarness(
  temporality: AggregationTemporality = AggregationTemporality.CUMULATIVE,
): OtelHarness {
  enableContext();
  const metricExporter = new InMemoryMetricExporter(temporality);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    // Never on its own: tests collect when they choose to.
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(spanExporter)],
  });
  return {
    meterProvider,
    tracerProvider,
    async collect() {
      metricExporter.reset();
      await reader.forceFlush();
      return metricExporter
        .getMetrics()
        .flatMap((resource) => resource.scopeMetrics.flatMap((scope) => scope.metrics));
    },
    spans: () => spanExporter.getFinishedSpans(),
    async shutdown() {
      await meterProvider.shutdown();
      await tracerProvider.shutdown();
    },
  };
}

/** The data points of the metric called `name` (none when it was not exported). */
export function pointsOf(metrics: MetricData[], name: string): DataPoint<number | Histogram>[] {
  const metric = metrics.find((candidate) => candidate.descriptor.name === name);
  return (metric?.dataPoints ?? []) as DataPoint<number | Histogram>[];
}

/** The single value of a sum or gauge point whose attributes include `match`. */
export function metricValue(
  metrics: MetricData[],
  name: string,
  match: Record<string, unknown> = {},
): number | undefined {
  const point = pointsOf(metrics, name).find((candidate) =>
    Object.entries(match).every(([key, value]) => candidate.attributes[key] === value),
  );
  return point === undefined ? undefined : (point.value as number);
}

/** Every histogram point of `name`: attributes, count and sum. */
export function histogramOf(
  metrics: MetricData[],
  name: string,
): { attributes: Record<string, unknown>; count: number; sum: number }[] {
  return pointsOf(metrics, name).map((point) => {
    const value = point.value as Histogram;
    return { attributes: { ...point.attributes }, count: value.count, sum: value.sum ?? 0 };
  });
}

/** The name of the span `inAppSpan` opens, as a traced request handler would. */
const appSpanName = 'handle request';

/** Runs `work` inside an application span of the harness's tracer, as a traced request handler would. */
export function inAppSpan<T>(otel: OtelHarness, work: (span: Span) => Promise<T>): Promise<T> {
  return otel.tracerProvider.getTracer('app').startActiveSpan(appSpanName, async (span) => {
    try {
      return await work(span);
    } finally {
      span.end();
    }
  });
}

/** The exported application span `inAppSpan` opened. */
export function appSpan(otel: OtelHarness): ReadableSpan {
  const span = otel.spans().find((candidate) => candidate.name === appSpanName);
  if (span === undefined) throw new Error('the application span was not exported');
  return span;
}
