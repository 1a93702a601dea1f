/** Shared measuring helpers for the benchmarks. */
import type { BenchRow } from './types.ts';

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Interleaved pairs run before the measured ones in the adapter latency benches. V8 compiles
 * a function to optimised code only after it has run many times, on a background thread: a
 * function that runs once per call is still being compiled thousands of calls in. Counted
 * with `node --trace-opt` over windows of 500 pairs (openai, non-streaming, 2026-11-30):
 * 392, 128, 43, 20, 19, 10, 7, 2, 4, 1 functions finished optimising per window, and the
 * wrapped/raw ratio fell with them (1.12-1.17 in the first 1,000 pairs, 1.09-1.10 after
 * 3,000; the reference prototype 1.08 to 1.04-1.05, as the issue measured it). The AI SDK
 * pairs showed the same curve (297, 149, 100, 33, 31, 21, 12, 9, 6, 6 per 400 pairs). Both
 * sides run the same warm-up; measuring after it is the steady state of a service that makes
 * calls all day, not of its first second.
 */
export const STEADY_STATE_WARMUP = 3000;

/** Runs `operation` `count` times in `rounds` rounds and returns the median rate per second. */
export async function ratePerSecond(
  rounds: number,
  count: number,
  operation: (count: number) => Promise<void> | void,
): Promise<number> {
  const rates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    await operation(count);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(count / seconds);
  }
  return median(rates);
}

/** A whole number with thousands separators. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Milliseconds or microseconds, whichever reads better. */
export function formatDuration(ms: number): string {
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}

/** Median latencies in milliseconds of the raw and the wrapped client, measured side by side. */
export interface SideBySide {
  raw: number;
  wrapped: number;
}

/**
 * A wrapped/raw latency row: the ratio, with the absolute overhead per call in µs beside it
 * (a ratio alone hides how short a loopback call is), held against `limit` when given.
 */
export function overheadRow(
  name: string,
  result: SideBySide,
  pairs: number,
  limit?: number,
): BenchRow {
  const ratio = result.wrapped / result.raw;
  const overheadUs = (result.wrapped - result.raw) * 1000;
  return {
    name,
    value: `${ratio.toFixed(3)} (${overheadUs >= 0 ? '+' : ''}${overheadUs.toFixed(0)} µs per call)`,
    ...(limit === undefined ? {} : { target: `<= ${limit.toFixed(2)}`, meets: ratio <= limit }),
    note: `medians ${result.wrapped.toFixed(3)} ms wrapped vs ${result.raw.toFixed(3)} ms raw, ${pairs} interleaved pairs`,
  };
}
