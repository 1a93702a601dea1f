import type { WindowSpec } from '@tollgate/core';

/**
 * A window as one short text column: `day`, `week`, `month` or `<seconds>s`; `null` for
 * no window. Equal windows encode to equal text, so a conflict check is a comparison.
 */
export function encodeWindow(window: WindowSpec | null): string | null {
  if (window === null) return null;
  return 'seconds' in window ? `${window.seconds}s` : window.unit;
}

/** The inverse of `encodeWindow`. */
export function decodeWindow(text: string | null): WindowSpec | null {
  if (text === null || text === '') return null;
  if (text === 'day' || text === 'week' || text === 'month') return { unit: text };
  return { seconds: Number(text.slice(0, -1)) };
}
