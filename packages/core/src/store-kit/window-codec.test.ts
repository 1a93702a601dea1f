import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WindowSpec } from '../store.js';
import { decodeWindow, encodeWindow } from './window-codec.js';

describe('window codec', () => {
  it('writes each window as short text, none as empty', () => {
    expect(encodeWindow({ unit: 'day' })).toBe('day');
    expect(encodeWindow({ seconds: 3600 })).toBe('3600s');
    expect(encodeWindow(null)).toBe('');
    expect(decodeWindow(null)).toBeNull();
    expect(decodeWindow('')).toBeNull();
  });

  it('reads back every window, and equal windows encode to equal text', () => {
    const window: fc.Arbitrary<WindowSpec | null> = fc.oneof(
      fc.constant(null),
      fc.constantFrom('day', 'week', 'month').map((unit) => ({ unit }) as WindowSpec),
      fc.integer({ min: 1, max: 10 ** 9 }).map((seconds) => ({ seconds })),
    );
    fc.assert(
      fc.property(window, window, (a, b) => {
        expect(decodeWindow(encodeWindow(a))).toEqual(a);
        expect(encodeWindow(a) === encodeWindow(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });
});
