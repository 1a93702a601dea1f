import { describe, expect, it } from 'vitest';
import { describeWindow, sameWindow, toWindowSpec, windowBounds } from './window.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('windows', () => {
  it('follows UTC calendar days, ISO weeks (from Monday) and months', () => {
    const sunday = Date.UTC(2026, 10, 29, 23, 59);
    expect(iso(windowBounds({ unit: 'day' }, sunday).start)).toBe('2026-11-29T00:00:00.000Z');
    const week = windowBounds({ unit: 'week' }, sunday);
    expect([iso(week.start), iso(week.end)]).toEqual([
      '2026-11-23T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
    ]);
    const december = windowBounds({ unit: 'month' }, Date.UTC(2026, 11, 31, 12));
    expect([iso(december.start), iso(december.end)]).toEqual([
      '2026-12-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ]);
  });

  it('aligns second windows to the epoch, so every process agrees', () => {
    expect(windowBounds({ seconds: 60 }, 125_000)).toEqual({ start: 120_000, end: 180_000 });
  });

  it('compares and describes stored windows', () => {
    expect(sameWindow(toWindowSpec('day'), { unit: 'day' })).toBe(true);
    expect(sameWindow({ unit: 'day' }, { seconds: 86_400 })).toBe(false);
    expect(sameWindow({ seconds: 60 }, { unit: 'day' })).toBe(false);
    expect(sameWindow(toWindowSpec({ seconds: 60 }), { seconds: 60 })).toBe(true);
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(null, { unit: 'month' })).toBe(false);
    expect([
      describeWindow(null),
      describeWindow({ unit: 'week' }),
      describeWindow({ seconds: 30 }),
    ]).toEqual(['none', 'week', '30s']);
  });
});
