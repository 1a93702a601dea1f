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
 * a function to optimised code only after it has run many times: with a few dozen warm-up
 * calls, both sides are measured half-interpreted and the ratio mixes in compile tiers (the
 * reference prototype in the openai section measured 1.07-1.12 after 100 warm-up calls and
 * 1.05 after 2,000). A thousand pairs measures the steady state a service making calls runs in.
 */
export const STEADY_STATE_WARMUP = 1000;

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
