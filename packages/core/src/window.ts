import type { WindowSpec } from './store.js';

/** A window option as users write it. */
export type WindowOption =
  | 'day'
  | 'week'
  | 'month'
  | {
      /** A fixed window length, in seconds. */
      seconds: number;
    };

/** The bounds of one window, ms since epoch; `end` is exclusive. */
export interface WindowBounds {
  /** The first millisecond of the window. */
  start: number;
  /** The first millisecond after the window. */
  end: number;
}

const dayMs = 86_400_000;

/** The stored form of a window option. */
export function toWindowSpec(option: WindowOption): WindowSpec {
  return typeof option === 'string' ? { unit: option } : { seconds: option.seconds };
}

/**
 * The window that contains `now`. Named windows follow UTC calendar boundaries (weeks
 * start on Monday, as ISO 8601 has it); `{ seconds }` windows are aligned to the epoch,
 * so every process computes the same bounds without sharing a start time.
 */
export function windowBounds(spec: WindowSpec, now: number): WindowBounds {
  if ('seconds' in spec) {
    const length = spec.seconds * 1000;
    const start = Math.floor(now / length) * length;
    return { start, end: start + length };
  }
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  switch (spec.unit) {
    case 'day': {
      const start = Date.UTC(year, month, day);
      return { start, end: start + dayMs };
    }
    case 'week': {
      const daysSinceMonday = (date.getUTCDay() + 6) % 7;
      const start = Date.UTC(year, month, day - daysSinceMonday);
      return { start, end: start + 7 * dayMs };
    }
    case 'month':
      return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  }
}

/** True when two stored windows mean the same period. */
export function sameWindow(a: WindowSpec | null, b: WindowSpec | null): boolean {
  if (a === null || b === null) return a === b;
  if ('seconds' in a) return 'seconds' in b && a.seconds === b.seconds;
  return 'unit' in b && a.unit === b.unit;
}

/** A window for messages: `day`, `3600s`, or `none`. */
export function describeWindow(spec: WindowSpec | null): string {
  if (spec === null) return 'none';
  return 'seconds' in spec ? `${spec.seconds}s` : spec.unit;
}
