import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetSnapshot } from '../store.js';
import { rollIntoWindow, snapshotInWindow, type WindowFigures } from './roll-window.js';

describe('rollIntoWindow', () => {
  it('starts a newer window: spend and calls reset, holds stay', () => {
    const figures = { spent: 5n, calls: 3, windowStart: 100, reserved: 7n };
    expect(rollIntoWindow(figures, 200)).toBe(true);
    expect(figures).toEqual({ spent: 0n, calls: 0, windowStart: 200, reserved: 7n });
  });

  it('changes nothing in the same window, an older one, or without a window', () => {
    for (const windowStart of [100, 50, null]) {
      const figures: WindowFigures = { spent: 5n, calls: 3, windowStart: 100 };
      expect(rollIntoWindow(figures, windowStart)).toBe(false);
      expect(figures).toEqual({ spent: 5n, calls: 3, windowStart: 100 });
    }
  });

  it('starts the first window of figures that never had one', () => {
    const figures: WindowFigures = { spent: 5n, calls: 3, windowStart: null };
    expect(rollIntoWindow(figures, 0)).toBe(true);
    expect(figures).toEqual({ spent: 0n, calls: 0, windowStart: 0 });
  });

  it('never moves a window backwards, whatever the order of commands', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(), { nil: null })), (starts) => {
        const figures: WindowFigures = { spent: 1n, calls: 1, windowStart: null };
        let newest: number | null = null;
        for (const start of starts) {
          rollIntoWindow(figures, start);
          if (start !== null && (newest === null || start > newest)) newest = start;
          expect(figures.windowStart).toBe(newest);
        }
      }),
    );
  });
});

describe('snapshotInWindow', () => {
  const snapshot: BudgetSnapshot = {
    id: 'a',
    parentId: null,
    limitUsd: '1',
    spentUsd: '0.5',
    reservedUsd: '0.25',
    calls: 2,
    window: { unit: 'day' },
    windowStart: 100,
  };

  it('reports a newer window empty, without changing the snapshot it was given', () => {
    expect(snapshotInWindow(snapshot, 200)).toEqual({
      ...snapshot,
      spentUsd: '0',
      calls: 0,
      windowStart: 200,
    });
    expect(snapshot.spentUsd).toBe('0.5');
  });

  it('returns the same snapshot when it is current', () => {
    expect(snapshotInWindow(snapshot, 100)).toBe(snapshot);
    expect(snapshotInWindow(snapshot, null)).toBe(snapshot);
  });
});
