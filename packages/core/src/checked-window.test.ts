import { describe, expect, it } from 'vitest';
import {
  describeWindow,
  InvalidOptionsError,
  sameWindow,
  toWindowSpec,
  windowBounds,
} from './index.js';
import { thrownError } from './test-support/thrown-error.js';

const notWindows: unknown[] = [
  undefined,
  '',
  'abc',
  'Day',
  42,
  10n,
  {},
  { unit: 'year' },
  { seconds: 0 },
  { seconds: -60 },
  { seconds: 1.5 },
  { seconds: '60' },
  { seconds: Number.NaN },
  { seconds: 10 * 365 * 86_400 + 1 },
  [],
];

/** The `InvalidOptionsError` `call` threw (fails the test otherwise). */
function optionsError(call: () => unknown): InvalidOptionsError {
  return thrownError(InvalidOptionsError, call);
}

describe('the public window helpers refuse what is not a window', () => {
  it.each(notWindows.map((value) => [value]))('%s', (value) => {
    const bad = value as never;
    expect(optionsError(() => windowBounds(bad, 0)).issues[0]?.path).toBe('spec');
    expect(optionsError(() => describeWindow(bad)).issues[0]?.path).toBe('spec');
    expect(optionsError(() => sameWindow(bad, null)).issues[0]?.path).toBe('a');
    expect(optionsError(() => sameWindow({ unit: 'day' }, bad)).issues[0]?.path).toBe('b');
    expect(optionsError(() => toWindowSpec(bad)).issues[0]?.path).toBe('option');
  });

  it('refuses null where a window is required, and a time that is not a finite number', () => {
    expect(optionsError(() => windowBounds(null as never, 0)).message).toMatch(
      /^windowBounds\(\) spec: expected \{ unit: 'day' \| 'week' \| 'month' \}, .+, received null$/,
    );
    expect(() => toWindowSpec(null as never)).toThrow(InvalidOptionsError);
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, '0', null, new Date(0)])
      expect(optionsError(() => windowBounds({ unit: 'day' }, now as never)).message).toContain(
        'windowBounds() now: expected a finite number of ms since the epoch',
      );
  });

  it('answers as before for windows', () => {
    expect(toWindowSpec('day')).toEqual({ unit: 'day' });
    expect(toWindowSpec({ seconds: 3600 })).toEqual({ seconds: 3600 });
    expect(describeWindow(null)).toBe('none');
    expect(describeWindow({ seconds: 3600 })).toBe('3600s');
    expect(describeWindow({ unit: 'week' })).toBe('week');
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow({ unit: 'day' }, { seconds: 86_400 })).toBe(false);
    expect(windowBounds({ seconds: 3600 }, 5_400_000)).toEqual({
      start: 3_600_000,
      end: 7_200_000,
    });
    // 2026-11-30 is a Monday.
    const monday = Date.UTC(2026, 10, 30);
    expect(windowBounds({ unit: 'week' }, monday + 3 * 86_400_000)).toEqual({
      start: monday,
      end: monday + 7 * 86_400_000,
    });
  });
});
