import type { WindowSpec } from '../store.js';

/**
 * A window as one short string: `day`, `week`, `month`, `<seconds>s`, or `''` for no
 * window. Equal windows encode to equal text, so a stored definition is compared with a
 * new one as text (in SQL or Lua too).
 */
export function encodeWindow(window: WindowSpec | null): string {
  if (window === null) return '';
  return 'seconds' in window ? `${window.seconds}s` : window.unit;
}

/** The inverse of `encodeWindow`; `null` and `''` both read as no window. */
export function decodeWindow(text: string | null): WindowSpec | null {
  if (text === null || text === '') return null;
  if (text === 'day' || text === 'week' || text === 'month') return { unit: text };
  return { seconds: Number(text.slice(0, -1)) };
}
