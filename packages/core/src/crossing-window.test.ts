import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import type { ExceededEvent, ThresholdEvent } from './events.js';
import { manualClock } from './testing/manual-clock.js';

describe('threshold and exceeded events name their window', () => {
  it('carry the start of the window the spend belongs to, and null without a window', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 15));
    const daily = createBudget({
      id: 'daily',
      limitUsd: 1,
      window: 'day',
      clock,
      thresholds: [0.5],
    });
    const forever = createBudget({ id: 'forever', limitUsd: 1, clock, thresholds: [0.5] });
    const heard: (ThresholdEvent | ExceededEvent)[] = [];
    for (const budget of [daily, forever]) {
      budget.on('threshold', (event) => heard.push(event));
      budget.on('exceeded', (event) => heard.push(event));
      await (await budget.reserve('1')).settle('1');
    }
    clock.advance(86_400_000);
    await (await daily.reserve('0.6')).settle('0.6');
    expect(heard.map((event) => [event.type, event.budgetId, event.windowStart])).toEqual([
      ['threshold', 'daily', Date.UTC(2026, 0, 5)],
      ['exceeded', 'daily', Date.UTC(2026, 0, 5)],
      ['threshold', 'forever', null],
      ['exceeded', 'forever', null],
      ['threshold', 'daily', Date.UTC(2026, 0, 6)],
    ]);
  });
});
