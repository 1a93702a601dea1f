import type { WindowSpec } from '@tollgate/core';

/**
 * A window as one short string: `day`, `week`, `month`, `<seconds>s`, or `''` for no
 * window. Equal windows encode to equal text, so the Lua conflict check is a comparison.
 */
export function encodeWindow(window: WindowSpec | null): string {
  if (window === null) return '';
  return 'seconds' in window ? `${window.seconds}s` : window.unit;
}

/** The inverse of `encodeWindow`. */
export function decodeWindow(text: string): WindowSpec | null {
  if (text === '') return null;
  if (text === 'day' || text === 'week' || text === 'month') return { unit: text };
  return { seconds: Number(text.slice(0, -1)) };
}
