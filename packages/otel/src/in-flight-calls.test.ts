import { describe, expect, it } from 'vitest';
import { InFlightCalls } from './in-flight-calls.js';
import { otelHarness } from './test-support/otel-harness.js';

describe('InFlightCalls', () => {
  it('forgets the oldest call past its capacity, ending the span it started', async () => {
    const otel = otelHarness();
    const tracer = otel.tracerProvider.getTracer('test');
    const calls = new InFlightCalls(2);
    calls.start('a', { startedAt: 1, span: tracer.startSpan('a') });
    calls.start('b', { startedAt: 2, span: undefined });
    calls.start('c', { startedAt: 3, span: undefined });
    expect(calls.size).toBe(2);
    expect(calls.end('a')).toBeUndefined();
    expect(otel.spans().map((span) => span.name)).toEqual(['a']);
    expect(calls.end('c')).toEqual({ startedAt: 3, span: undefined });
    expect(calls.end('c')).toBeUndefined();
    await otel.shutdown();
  });
});
