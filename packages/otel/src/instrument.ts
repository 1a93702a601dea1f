import {
  createNoopMeter,
  type MeterProvider,
  metrics,
  ProxyTracerProvider,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import { BudgetMetrics } from './budget-metrics.js';
import { InFlightCalls } from './in-flight-calls.js';
import { EventClaims, listen } from './listen.js';
import { type BudgetSources, resolveBudgets } from './resolve-budgets.js';
import { SpanAnnotator } from './span-annotator.js';

/** Options of `instrument`. */
export interface InstrumentOptions {
  /**
   * Where metrics go.
   * @default the global meter provider (`metrics.getMeterProvider()`); none registered means no metrics
   */
  meterProvider?: MeterProvider;
  /**
   * Where the spans Tollgate starts itself go (`createSpans`). Calls annotate the active
   * span whatever this is.
   * @default the global tracer provider (`trace.getTracerProvider()`); none registered means no spans
   */
  tracerProvider?: TracerProvider;
  /**
   * Start a span for a metered call (and a refusal) made while no span is active. Off, such
   * calls are measured by the metrics only.
   * @default false
   */
  createSpans?: boolean;
  /**
   * The clock call durations are measured on, in milliseconds.
   * @default performance.now
   */
  now?: () => number;
}

/** The instrumentation scope's name, as metrics and spans report it. */
export const instrumentationScope = '@tollgate/otel';

// Calls whose reservation never ends (made by hand and abandoned) are forgotten past this.
const inFlightCapacity = 10_000;

/**
 * Reports the budgets' spend to OpenTelemetry: cost, tokens and call duration as metrics,
 * spent, held, limit and remaining as gauges, refusals by code, and the GenAI attributes and
 * Tollgate's money on the active span of every metered call. Pass a budget, a wrapped client
 * or a list of them; a budget's descendants are covered by its events (a call counts under
 * the nearest instrumented budget of its chain). Returns a function that stops reporting.
 *
 * It uses the providers the application registered (or those passed) and costs nothing —
 * no listener, so no event is even built — when there are none: register them first.
 */
export function instrument(budgets: BudgetSources, options: InstrumentOptions = {}): () => void {
  const targets = resolveBudgets(budgets, 'instrument');
  checkOptions(options);
  const meterProvider = options.meterProvider ?? registeredMeterProvider();
  const tracerProvider = options.tracerProvider ?? registeredTracerProvider();
  if (meterProvider === undefined && tracerProvider === undefined) return () => {};
  const meter = meterProvider?.getMeter(instrumentationScope);
  const metrics = meter === undefined ? undefined : new BudgetMetrics(meter, targets);
  const createSpans = options.createSpans === true && tracerProvider !== undefined;
  const spans =
    tracerProvider === undefined
      ? undefined
      : new SpanAnnotator(createSpans ? tracerProvider.getTracer(instrumentationScope) : undefined);
  const now = options.now ?? (() => performance.now());
  const unsubscribers: (() => void)[] = [];
  if (metrics !== undefined) {
    // When each call was held, for its duration.
    const started = new InFlightCalls(inFlightCapacity);
    const unsubscribe = listen(
      targets,
      {
        reserved: (event) =>
          started.start(event.reservationId, { startedAt: now(), span: undefined }),
        settled: (event, budget, first) => {
          const call = started.end(event.entry.reservationId);
          const seconds = call === undefined ? undefined : (now() - call.startedAt) / 1000;
          metrics.settled(event.entry, budget.id, seconds, first);
        },
        released: (event) => {
          started.end(event.reservationId);
          metrics.ended(event.reservationId);
        },
        refused: (event, budget, first) => {
          // A core older than the event's `code` reports only limits: BUDGET_EXCEEDED.
          if (first) metrics.refused(budget.id, event.code ?? 'BUDGET_EXCEEDED', event.enforced);
        },
        'store-unavailable': (event, budget, first) => {
          if (first && !event.allowed) metrics.refused(budget.id, 'STORE_UNAVAILABLE', true);
        },
        'settlement-pending': (event, budget) => metrics.pending(event.reservationId, budget.id),
        'settlement-lost': (event, budget, first) =>
          metrics.lost(event.reservationId, budget.id, first),
      },
      claimsOf(meterProvider as MeterProvider),
      // Every instrumentation of the nearest budget keeps whole totals of its calls (observed,
      // so the provider reads one value however many keep it); only the first to hear an
      // event records it on the per-event instruments, which would otherwise add it twice.
      true,
    );
    unsubscribers.push(unsubscribe);
  }
  if (spans !== undefined) {
    // The spans Tollgate started itself (`createSpans`), to end with their call; without
    // them a call's hold is not tracked at all (its end annotates the active span).
    const own = createSpans ? new InFlightCalls(inFlightCapacity) : undefined;
    const unsubscribe = listen(
      targets,
      {
        // Heard even without a span to start, so that the budget that handles a call's
        // hold (the nearest) is the one that handles its end.
        reserved: (event) => {
          own?.start(event.reservationId, { startedAt: 0, span: spans.begin() });
        },
        released: (event) => spans.released(own?.end(event.reservationId)?.span),
        settled: (event) => spans.settled(event.entry, own?.end(event.entry.reservationId)?.span),
        refused: (event) => spans.refused(event),
        'store-unavailable': (event) => spans.storeUnavailable(event),
      },
      spanClaims,
    );
    unsubscribers.push(unsubscribe);
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const unsubscribe of unsubscribers) unsubscribe();
    metrics?.stop();
  };
}

/**
 * The events already handled for each meter provider, shared by every `instrument` call that
 * reports to it: a call counts once there, under the nearest instrumented budget of its chain,
 * however many calls instrumented the chain. Calls reporting to different providers each
 * count it (each provider is its own picture). The same budget instrumented twice on one
 * provider keeps whole money totals in both, so stopping either loses nothing, while its
 * histograms and counters record each event once, by whichever heard it first. Once
 * a nearer budget's last instrumentation stops, its calls count under the next one up.
 */
const metricClaims = new WeakMap<MeterProvider, EventClaims>();

function claimsOf(provider: MeterProvider): EventClaims {
  let claims = metricClaims.get(provider);
  if (claims === undefined) {
    claims = new EventClaims();
    metricClaims.set(provider, claims);
  }
  return claims;
}

/**
 * The events already put on a span: the active span is the process's, whatever the tracer
 * provider, so a call's span is annotated once, by the nearest instrumented budget (which
 * also starts and ends the call's own span, `createSpans`).
 */
const spanClaims = new EventClaims();

function registeredMeterProvider(): MeterProvider | undefined {
  const provider = metrics.getMeterProvider();
  // With nothing registered the API hands out no-op meters: one looks like another.
  const noop = createNoopMeter().constructor;
  return provider.getMeter(instrumentationScope).constructor === noop ? undefined : provider;
}

function registeredTracerProvider(): TracerProvider | undefined {
  // The API always hands out its proxy; the proxy's delegate is a shared no-op until a
  // provider is registered. (A proxy of another API copy has another no-op: taken as registered.)
  const provider = trace.getTracerProvider() as ProxyTracerProvider;
  return provider.getDelegate() === new ProxyTracerProvider().getDelegate() ? undefined : provider;
}

const optionChecks: Record<keyof InstrumentOptions, [(value: unknown) => boolean, string]> = {
  meterProvider: [(value) => hasMethod(value, 'getMeter'), 'a MeterProvider'],
  tracerProvider: [(value) => hasMethod(value, 'getTracer'), 'a TracerProvider'],
  createSpans: [(value) => typeof value === 'boolean', 'a boolean'],
  now: [(value) => typeof value === 'function', 'a function returning milliseconds'],
};

function hasMethod(value: unknown, name: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[name] === 'function'
  );
}

function checkOptions(options: unknown): asserts options is InstrumentOptions {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError(
      `instrument: expected an options object, received ${describeValue(options)}`,
      [{ path: '', message: 'expected an object' }],
    );
  }
  for (const [path, value] of Object.entries(options)) {
    const check = optionChecks[path as keyof InstrumentOptions];
    if (check === undefined) {
      throw new InvalidOptionsError(
        `instrument: unknown option "${path}"; expected one of ${Object.keys(optionChecks).join(', ')}`,
        [{ path, message: 'unknown option' }],
      );
    }
    const [valid, expected] = check;
    if (value !== undefined && !valid(value)) {
      throw new InvalidOptionsError(
        `instrument: ${path} must be ${expected}, received ${describeValue(value)}`,
        [{ path, message: `expected ${expected}` }],
      );
    }
  }
}
